// Round thirty (after Y132): a symmetric key or PSK written as the whole content of a key file named
// beside it (Zabbix's TLS-PSK `*.psk`, a `.key`/`.secret` file, MongoDB's replica-set keyfile), by a
// file-writing tool call, a heredoc or a redirect. Benign: generating commands, the setting that
// points at the file, a checksum listing, a certificate in a .key path, the PSK identity.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30e6b5);
const b = builder({ category: "r30g-key-file-content" });
const bb = builder({ category: "r30g-key-file-content-benign" });

b.pos("r30g-kf-psk-tool", "Zabbix proxy PSK in a write tool call", JSON.stringify({ type: "tool_use", name: "create_file", input: { file_path: "/etc/zabbix/zabbix_proxy.psk", content: `${r.hex(64)}\n` } }));
b.pos("r30g-kf-psk-echo", "PSK echoed into the file", `sudo sh -c 'echo ${r.hex(64)} > /etc/zabbix/agent2.psk'\nsudo chmod 600 /etc/zabbix/agent2.psk\n`);
b.pos("r30g-kf-psk-tee", "PSK piped to tee", `echo "${r.hex(32)}" | sudo tee /opt/agent/conf/tls.psk >/dev/null\n`);
b.pos("r30g-kf-mongo-heredoc", "MongoDB keyfile from a heredoc", `cat > /srv/mongodb/keyfile <<'KEY'\n${r.b64bytes(90).replace(/=+$/, "")}\nKEY\nchmod 400 /srv/mongodb/keyfile\n`);
b.pos("r30g-kf-dotkey", "a symmetric .key file written by an agent", JSON.stringify({ name: "write_file", arguments: JSON.stringify({ path: "secrets/session.key", content: r.hex(48) }) }));
b.pos("r30g-kf-secret", "a .secret file from a heredoc", `cat > ./deploy/hmac.secret <<EOF\n${r.b64bytes(33)}\nEOF\n`);

bb.ben("r30g-kf-gen", "commands that generate the keys", `openssl rand -hex 32 > /etc/zabbix/zabbix_agentd.psk\nopenssl rand -base64 756 > /srv/mongodb/keyfile\n`);
bb.ben("r30g-kf-setting", "settings pointing at the files", `TLSConnect=psk\nTLSPSKIdentity=agent-${r.hex(6)}\nTLSPSKFile=/etc/zabbix/zabbix_agentd.psk\nsecurity:\n  keyFile: /srv/mongodb/keyfile\n`);
bb.ben("r30g-kf-sum", "a checksum listing of key files", `${r.hex(64)}  certs/server.key\n${r.hex(64)}  certs/server.crt\n`);
bb.ben("r30g-kf-cert", "a certificate in a .key path by mistake, placeholder body", JSON.stringify({ path: "tls/server.key", content: "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----" }));
bb.ben("r30g-kf-pub", "a public key file with hex content", JSON.stringify({ path: "keys/signing.key.pub", content: r.hex(64) }));
bb.ben("r30g-kf-placeholder", "placeholder content", `cat > /etc/zabbix/zabbix_agentd.psk <<EOF\n<64 hex characters from the server>\nEOF\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
