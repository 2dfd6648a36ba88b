// Round twenty-one, wave two (held-out Y55/Y56 class): a value handed over in chat as the
// replacement of a credential, framed by the old one being gone ("try with this one, the old one
// got revoked: X (it's the <Vendor> prod one)", "der alte wurde widerrufen"), or stated as the new
// one with its destination named after it ("new one is <uuid> — put it in RAILWAY_TOKEN"). Hex and
// UUID values count only with that framing. Benign: the same phrases handing over a commit, a
// build number, a request id, a link, an index id, a file name. Every credential-shaped value is
// built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS } from "./_gen.ts";

const r = new Rng(0x21bc4a77);
const b = builder({ category: "r21b-chat-replacement", expect: "secrets" });
const bb = builder({ category: "r21b-chat-replacement-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const slack = (text: string) => JSON.stringify({ channel: "C07RT2MQ", user: "U02K8", text });

b.pos("r21b-gone-hex32-slack", "Slack paste: try this one, the previous one expired — 32 hex (the staging one)", slack(`sorry, try this one — the previous one expired: ${hex(32)} (it's the Mailjet staging one)`));
b.pos("r21b-gone-hex30", "use this one instead, my old key was rotated: 30 hex", `[09:12] kai: use this one instead, my old key was rotated: ${hex(30)}`);
b.pos("r21b-gone-before-uuid", "the old one got deactivated, try with this one: UUID", `ugh the old one got deactivated overnight. try with this one: ${uuid()}`);
b.pos("r21b-gone-vendor-prefix", "this one should work, the old token was revoked: sk_ + 40 mixed", `this one should work, the old token was revoked: sk_${mixed(40)}`);
b.pos("r21b-gone-de", "German: versuch es mit diesem, der alte wurde widerrufen: 32 hex", `versuch es mit diesem, der alte wurde widerrufen: ${hex(32)} (ist der für prod)`);
b.pos("r21b-gone-es", "Spanish: prueba con esta, la anterior fue revocada: UUID", `prueba con esta, la anterior fue revocada: ${uuid()}`);
b.pos("r21b-gone-fr", "French: essaie avec celle-ci, l'ancienne a été révoquée : mixed", `essaie avec celle-ci, l'ancienne a été révoquée : ${mixed(36)}`);
b.pos("r21b-prod-one-prefixed", "try with this one: vendor-prefixed token (it's the Novita prod one)", slack(`can you try with this one: nv_${mixed(38)} (it's the Novita AI prod one)`));
b.pos("r21b-new-one-uuid-put-in", "new one is UUID — put it in FLY_API_TOKEN", JSON.stringify({ role: "user", content: `rotated it just now, new one is ${uuid()} - could you put it in FLY_API_TOKEN for the preview env and redeploy?` }));
b.pos("r21b-new-one-hex-set", "the new one is 30 hex, set NETLIFY_AUTH_TOKEN to it", `the old one expired, the new one is ${hex(30)} — set NETLIFY_AUTH_TOKEN to it in the CI secrets pls`);
b.pos("r21b-new-value-uuid", "new value is UUID for HEROKU_API_KEY", `heads up: new value is ${uuid()} for HEROKU_API_KEY on staging`);

bb.ben("r21b-try-commit", "try with this one: a commit sha", `that bisect didn't reproduce, try with this one: ${hex(40)}`);
bb.ben("r21b-gone-build", "the old one got revoked, new build is 4821", `the old one got revoked, new build is ${r.str(4, DIGITS)} — try with this one when it's green`);
bb.ben("r21b-new-one-request-id", "new one is UUID (the request id)", `the call failed again, new one is ${uuid()} (the request id) if you want to grep the API_TOKEN logs`);
bb.ben("r21b-put-in-release-notes", "new one is a hash, put it in RELEASE_NOTES.md", `new one is ${hex(32)} — put it in RELEASE_NOTES.md under the checksum section`);
bb.ben("r21b-gone-link", "try this one, the old link got revoked: https://…", `try this one, the old link got revoked: https://share.example.com/s/${mixed(24)}`);
bb.ben("r21b-index-id", "try with this one, the old one got deleted: hex (it's the Algolia index id)", `try with this one, the old one got deleted: ${hex(32)} (it's the Algolia index id)`);
bb.ben("r21b-gone-commit-after", "use this one instead, the old one was rotated: 40 hex (the commit on main)", `use this one instead, the old one was rotated out: ${hex(40)} (the commit on main)`);
bb.ben("r21b-prod-one-hex-no-framing", "try with this one: 32 hex (it's the prod one) — no credential, no revocation", `try with this one: ${hex(32)} (it's the prod one)`);
bb.ben("r21b-de-build", "German: der alte Build ist kaputt, versuch es mit diesem: a commit", `der alte Build ist kaputt, versuch es mit diesem: ${hex(40)}`);
bb.ben("r21b-es-pedido", "Spanish: prueba con este, el anterior caducó: an order number", `prueba con este, el anterior caducó: PED-2026-${r.str(8, DIGITS)}`);
bb.ben("r21b-new-one-uuid-no-name", "new one is a UUID, nothing secret named", `the old device was wiped, new one is ${uuid()} — can you add it to the MDM inventory?`);
export const cases = [...b.cases, ...bb.cases];
