// Round thirty-two (Y138): a public key written with its kind as a prefix, as Tailscale prints and
// stores them (`nodekey:<hex>`, `mkey:`, `discokey:`, `nlpub:`), under a field named for a key or as a
// map's key: the prefix's "key" read as a slot's name took the hex for a secret. Positives: the
// private kinds (`privkey:`, `nlpriv:`) and opaque keys in the same fields.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32f005);
const b = builder({ category: "r32-r32f-typed-public-key" });
const bb = builder({ category: "r32-r32f-typed-public-key-benign" });

b.pos("r32f-tpk-privkey", "Tailscale node private key in a state file", `{"_machinekey": "priv` + `key:${r.hex(64)}", "_profiles": "e30="}\n`);
b.pos("r32f-tpk-nlpriv", "network-lock private key in YAML", `tailnet_lock:\n  signing_key: "nlpriv:${r.hex(64)}"\n`);
b.pos("r32f-tpk-authkey", "auth key beside node keys", `TS_NODE_PUBKEY=nodekey:${r.hex(64)}\nTS_AUTHKEY=tskey-auth-${r.alnum(12)}CNTRL-${r.alnum(33)}\n`);
b.pos("r32f-tpk-wg-private", "WireGuard private key in a node config", `[Interface]\nPrivateKey = ${r.b64bytes(32)}\nAddress = 100.64.0.2/32\n`);
b.pos("r32f-tpk-api-key", "API key in a field next to a public key", `{"node_pubkey": "nodekey:${r.hex(64)}", "api_key": "${r.alnum(40)}"}\n`);
b.pos("r32f-tpk-hex-key", "bare hex under a key-named field", `node:\n  private_key: ${r.hex(64)}\n`);

bb.ben("r32f-tpk-status", "tailscale status JSON", `{"Self": {"PublicKey": "nodekey:${r.hex(64)}", "HostName": "bastion"}, "Peer": {"nodekey:${r.hex(64)}": {"PublicKey": "nodekey:${r.hex(64)}"}}}\n`);
bb.ben("r32f-tpk-mkey", "machine key in an admin API reply", `{"machineKey": "mkey:${r.hex(64)}", "nodeKey": "nodekey:${r.hex(64)}"}\n`);
bb.ben("r32f-tpk-disco", "disco key in a debug dump", `peer 100.64.0.9 discokey:${r.hex(64)} via derp-4\n`);
bb.ben("r32f-tpk-nlpub", "trusted network-lock key", `tailscale lock add nlpub:${r.hex(64)}\n`);
bb.ben("r32f-tpk-yaml", "public key under a key-named field", `nodes:\n  - name: siem-02\n    node_key: "nodekey:${r.hex(64)}"\n`);
bb.ben("r32f-tpk-env", "public key in an env file", `HEADSCALE_NODE_KEY=nodekey:${r.hex(64)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
