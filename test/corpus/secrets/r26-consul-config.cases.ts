// Round twenty-six (held-out Y114's y114-s-035): a HashiCorp agent's own secrets in its config: the
// gossip key (`encrypt = "<base64 of 32 bytes>"` in Consul or Nomad, `-encrypt=` on the command line)
// and Consul's ACL tokens (UUIDs) in `acl { tokens { … } }`, HCL or JSON. Benign: TLS `encrypt_*`
// booleans, nil and templated tokens, a `tokens` object that is no ACL block, a word ending in encrypt.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c305);
const b = builder({ category: "r26-consul-config" });
const bb = builder({ category: "r26-consul-config-benign" });

b.pos("r26l-consul-encrypt-hcl", "consul.hcl gossip key", `datacenter = "eu1"\ndata_dir   = "/opt/consul"\nencrypt    = "${r.b64bytes(32)}"\nserver     = true\n`);
b.pos("r26l-consul-tokens-hcl", "acl tokens block", `acl {\n  enabled        = true\n  default_policy = "deny"\n  tokens {\n    initial_management = "${r.uuid()}"\n    agent              = "${r.uuid()}"\n  }\n}\n`);
b.pos("r26l-consul-json", "consul.json with both", JSON.stringify({ datacenter: "dc1", encrypt: r.b64bytes(32), acl: { enabled: true, tokens: { master: r.uuid() } } }));
b.pos("r26l-consul-cli", "consul agent -encrypt on the command line", `consul agent -server -bootstrap-expect=3 -encrypt=${r.b64bytes(32)} -data-dir=/opt/consul\n`);
b.pos("r26l-nomad-encrypt", "Nomad server stanza", `server {\n  enabled          = true\n  bootstrap_expect = 3\n  encrypt          = "${r.b64bytes(32)}"\n}\n`);
b.pos("r26l-consul-tool-call", "consul.hcl in a JSON-string tool argument", JSON.stringify({ path: "/etc/consul.d/acl.hcl", content: `acl {\n  enabled = true\n  tokens {\n    agent = "${r.uuid()}"\n  }\n}\n` }));

bb.ben("r26l-consul-tls-flags", "TLS encrypt booleans", `encrypt_verify_incoming = true\nencrypt_verify_outgoing = true\nverify_incoming = true\n`);
bb.ben("r26l-consul-nil-tokens", "nil UUID and variable tokens", `acl {\n  tokens {\n    initial_management = "00000000-0000-0000-0000-000000000000"\n    agent = "\${CONSUL_AGENT_TOKEN}"\n  }\n}\n`);
bb.ben("r26l-consul-design-tokens", "a tokens object outside an ACL block", `const tokens = { default: "${r.uuid()}", accent: "#ff0066" };\n`);
bb.ben("r26l-consul-reencrypt", "a word ending in encrypt", `def reencrypt = "${r.b64bytes(32)}"\n`);
bb.ben("r26l-consul-template", "gossip key from a template", `encrypt = "{{ consul_gossip_key }}"\n`);
bb.ben("r26l-consul-policy-ids", "ACL policy ids listed, no tokens block", `acl {\n  enabled = true\n}\npolicy_ids = ["${r.uuid()}", "${r.uuid()}"]\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
