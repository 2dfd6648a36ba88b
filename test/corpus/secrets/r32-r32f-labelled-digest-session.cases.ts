// Round thirty-two (Y138): values that read as keys where a secret's name stands near, but are a
// digest labelled with its algorithm (a webhook's `X-Hub-Signature-256: sha256=<hex>` in a header block
// beside a header that names a secret) or a TLS handshake's session id as a TLS client prints it
// (`openssl s_client`'s `SSL-Session:` block). Positives: the same neighbourhoods holding a key or a
// session cookie.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32f006);
const b = builder({ category: "r32-r32f-labelled-digest-session" });
const bb = builder({ category: "r32-r32f-labelled-digest-session-benign" });
const H = () => r.hex(64);

b.pos("r32f-lds-eth", "deployer private key", `DEPLOYER_PRIVATE_KEY=0x${H()}\n`);
b.pos("r32f-lds-wallet", "wallet secret in JSON", `{"wallet_secret": "${H()}", "chain": 1}\n`);
b.pos("r32f-lds-signer-header", "signer key in a header block", `X-Event: secret_rotation\nX-Signer-Key: ${H()}\n`);
b.pos("r32f-lds-session-cookie", "session cookie in a request", `GET /console HTTP/1.1\nHost: siem.example.net\nCookie: session_id=${r.alnum(40)}\n`);
b.pos("r32f-lds-session-header", "session id header of an API", `X-Session-Id: ${r.alnum(12)}${r.digits(4)}${r.alnum(24)}\n`);
b.pos("r32f-lds-session-json", "session token in JSON", `{"session": "${r.alnum(20)}${r.digits(3)}${r.alnum(20)}", "user": "ops"}\n`);

bb.ben("r32f-lds-hub", "webhook signature headers after a secret-named event", `X-GitHub-Event: secret_scanning_alert_location\nX-Hub-Signature-256: sha256=${H()}\n`);
bb.ben("r32f-lds-sha512", "private repo artefact digest", `private_artifact: build.tgz\nchecksum: sha512=${H()}${H()}\n`);
bb.ben("r32f-lds-md5", "a secret's file digest", `secret_file: /etc/ssl/private/ca.key\nsha256: ${H()}\n`);
bb.ben("r32f-lds-tls12", "TLS 1.2 s_client session block", `SSL-Session:\n    Protocol  : TLSv1.2\n    Cipher    : ECDHE-RSA-AES128-GCM-SHA256\n    Session-ID: ${H().toUpperCase()}\n    Session-ID-ctx: \n`);
bb.ben("r32f-lds-tls13", "TLS 1.3 s_client in a tool result", JSON.stringify({ role: "tool", content: `---\nSSL handshake has read 4312 bytes\n---\nSSL-Session:\n    Protocol  : TLSv1.3\n    Session-ID: ${H().toUpperCase()}\n` }));
bb.ben("r32f-lds-wallet-tx", "wallet with a transaction hash labelled", `wallet: ops-hot\ntx sha256=${H()}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
