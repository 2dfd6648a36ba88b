// Round twenty (held-out Y37/Y40 class): a credential handed over inside the chat message that
// names it: "the <Provider> token integration is down again, can you try with this one? X". The
// hand-over phrase ("try with this one", "use this one instead", "this one should work", "prueba
// con esta", "essaie avec celle-ci", "versuch es mit diesem") follows a credential noun in the same
// message. Benign: the same phrase handing over a link, a commit, a request id, a version, a key id,
// a digest, an order id or a ticket number. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS } from "./_gen.ts";

const r = new Rng(0x20c7a11e);
const b = builder({ category: "r20-chat-try-this-one", expect: "secrets" });
const bb = builder({ category: "r20-chat-try-this-one-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const b64 = (n: number) => Buffer.from(r.bytes(n)).toString("base64");

b.pos("r20-try-hex", "Plivo auth token failing on prod, could you try with this one: 40 hex", `morning! the plivo auth token keeps getting 401 on prod since last night, could you try with this one: ${hex(40)} — should be good till friday`);
b.pos("r20-try-mixed-newline", "Airtable API key broken, try this one?\\nX", `[11:02] ana: the Airtable API key on the sandbox base stopped working after the migration. try this one?\n${mixed(34)}\n[11:03] ana: lmk`);
b.pos("r20-try-uuid-server-token", "server token rejected, use this one instead: UUID", `fyi the Postmark server token on the mailer is rejected by the API, use this one instead: ${uuid()} (old one revoked)`);
b.pos("r20-try-b64", "webhook signing secret mismatch, this one should work: base64", `the webhook signing secret on staging doesn't match anymore — this one should work: ${b64(48)}`);
b.pos("r20-try-es", "Spanish, la clave de Mapbox falla, prueba con esta: X", `oye, la clave de Mapbox en staging vuelve a fallar. ¿prueba con esta? ${mixed(28)} (la roté esta mañana)`);
b.pos("r20-try-fr", "French, le jeton Doppler, essaie avec celui-ci : X", `le jeton Doppler de la préprod ne passe plus, essaie avec celui-ci : ${mixed(32)}`);
b.pos("r20-try-de", "German, das Passwort für die Staging-DB, versuch es mit diesem: X", `das Passwort für die Staging-DB geht wieder nicht. versuch es mit diesem: ${mixed(24)}`);
b.pos("r20-try-json", "JSON chat body, the Linear API key, can you try with this one? X", JSON.stringify({ messages: [{ role: "user", content: `the Linear API key integration is flaky again, can you try with this one? lin_api_${mixed(40)}` }] }));
b.pos("r20-try-heres-new-one", "the Resend API key 403s, here's the new one: X", `[15:40] jo: heads up, the Resend API key on the preview env 403s since lunch — here's the new one: re_${mixed(32)}`);

bb.ben("r20-try-heres-new-one-docs", "the API key docs moved, here's the new one: a link", `the API key docs page moved, here's the new one: https://docs.example.com/auth/api-keys#rotation`);
bb.ben("r20-try-build-url", "build failing, can you try with this one? a CI link", `the build is failing again — can you try with this one? https://ci.example.com/job/deploy/4417/console`);
bb.ben("r20-try-commit", "which commit? try with this one: 40 hex", `which commit did you bisect from? try with this one: ${hex(40)}`);
bb.ben("r20-try-request-id", "the request id is wrong, try with this one: UUID", `the request id in the ticket is wrong, try with this one: ${uuid()}`);
bb.ben("r20-try-version", "API token integration down, try with this one? a version", `the API token integration is down, can you try with this one? v2.3.1-rc4`);
bb.ben("r20-try-key-id", "the key id was wrong, try with this one instead: a 40-hex private key id", `the service account key id was wrong — try with this one instead: ${hex(40)}`);
bb.ben("r20-try-digest", "token service image, try with this one: sha256 digest", `the deploy token is fine, it's the worker image that crashes on boot — try with this one: sha256:${hex(64)}`);
bb.ben("r20-try-order-id", "order id, try this one: ORD-…", `the refunds API key works now but that order still shows no refund, try this one: ORD-2026-${r.str(8, DIGITS)}`);
bb.ben("r20-try-ticket", "password reset ticket, try this one: a ticket number", `the password reset ticket was closed, try this one: JIRA-${r.str(5, DIGITS)}`);
bb.ben("r20-try-uuid-password", "the password is wrong, try this one: a UUID (not a token/key/secret)", `the password for the kiosk user is wrong, try this one: ${uuid()}`);
bb.ben("r20-try-token-blank-line", "token named in an earlier message, a blank line, then try this one: a build hash", `the Slack token rotation is scheduled for monday.\n\nunrelated: the e2e run is flaky again, try this one: ${hex(32)}`);
export const cases = [...b.cases, ...bb.cases];
