// Round nineteen (held-out Y33/Y34 class): a credential handed over in chat on request. The line
// before asks for or names it, the reply hands the value over ("sure, here: X", "here you go: X",
// "try this: X"), maybe with the variable named on the line after; or one sentence names the key and
// ends in a colon before the value. Benign: the same replies with a log URL, a commit, a request id,
// a key id, a public key, a fingerprint, and a credential question answered with no value. Every
// credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS, LOWER } from "./_gen.ts";

const r = new Rng(0x19c4a7e3);
const b = builder({ category: "r19-chat-handover", expect: "secrets" });
const bb = builder({ category: "r19-chat-handover-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const lowerDigits = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < 6) v = r.str(n, LOWER + DIGITS);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const b64url = (n: number) => Buffer.from(r.bytes(n)).toString("base64url");
const jsonChat = (lines: string[]) => JSON.stringify({ messages: [{ role: "user", content: "Summarise this thread:\n\n" + lines.join("\n") }] }, null, 2);

b.pos("r19-hand-sure-here", "asks for the Sentry auth token, reply sure, here: X", `[09:02] lea: anyone got the Sentry auth token for staging? mine expired\n[09:04] jon: sure, here: ${mixed(36)}\n[09:05] lea: thanks!`);
b.pos("r19-hand-here-you-go", "asks for the Mailgun key, here you go: X (lower case and digits)", `nina: could you DM me the mailgun key, the old one 401s\npete: here you go: ${lowerDigits(32)}`);
b.pos("r19-hand-try-this", "names the Twilio secret, try this: X, variable on the next line", `[14:10] sam: twilio secret from prod keeps failing for me\n[14:11] ali: try this: ${b64url(30)}\n[14:11] ali: (that's TWILIO_AUTH_SECRET, keep it out of git)`);
b.pos("r19-hand-json", "JSON-escaped chat body, use this one: X", jsonChat(["[7:40] kai: need the Contentful delivery token for the preview env", `[7:42] mo: use this one: ${mixed(43)}`]));
b.pos("r19-hand-dashed-hex", "asks for the API key, here it is: 32 hex and a UUID", `ops: can someone paste the Infobip API key for the SMS worker?\ndev: here it is: ${hex(32)}-${uuid()}`);
b.pos("r19-hand-de", "German, Schlüssel erfragt, hier: X", `[16:20] mia: hast du den Postmark-Schlüssel für prod?\n[16:21] tom: klar, hier: ${mixed(30)}`);
b.pos("r19-hand-es", "Spanish, pide la clave, aquí tienes: X", `eva: ¿me pasas la clave de Algolia de producción?\nluis: aquí tienes: ${mixed(32)}`);
b.pos("r19-hand-named-sentence", "here's the Plaid secret from 1Password, put it in the worker please: X", `here's the Plaid secret from 1Password, drop it into the nightly worker please: ${lowerDigits(30)}`);
b.pos("r19-hand-named-sentence-json", "JSON chat, here is the token for the deploy bot, wire it up: X", JSON.stringify({ role: "user", content: [{ type: "text", text: `here is the Netlify token for the deploy bot, wire it up when you can: ${mixed(40)}` }] }));

bb.ben("r19-hand-log-url", "asks for the build log, sure, here: URL", `[09:02] lea: can you send the build log?\n[09:04] jon: sure, here: https://ci.example.com/builds/88213/log`);
bb.ben("r19-hand-commit", "which commit broke it, here: 40 hex", `lea: which commit broke it?\njon: here: ${hex(40)}`);
bb.ben("r19-hand-request-id", "what's the request id, here you go: UUID", `lea: what's the request id from the failing call?\njon: here you go: ${uuid()}`);
bb.ben("r19-hand-key-id", "can you share the key id, sure, here: a mixed-case id", `lea: can you share the key id for the backup user?\njon: sure, here: ${mixed(24)}`);
bb.ben("r19-hand-token-id-uuid", "asks for the token id, here: UUID", `lea: what's the API token id in the dashboard?\njon: here: ${uuid()}`);
bb.ben("r19-hand-public-key", "here's the public key: ssh-ed25519", `here's the public key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64url(32)} deploy@ci`);
bb.ben("r19-hand-public-key-reply", "asks for the public key, here you go: base64", `lea: can you send me your public key for the repo?\njon: here you go: ${b64url(40)}`);
bb.ben("r19-hand-fingerprint", "here's the fingerprint: SHA256:…", `here's the fingerprint: SHA256:${b64url(32)}`);
bb.ben("r19-hand-key-vault-path", "asks for the key, here: a vault path", `lea: where's the Stripe key?\njon: here: secret/data/prod/stripe-api-key`);
bb.ben("r19-hand-key-no-value", "asks for the key, here it is in the vault", `lea: do you have the Slack bot token?\njon: here it is, in 1Password under "Slack prod"`);
bb.ben("r19-hand-key-name-only", "asks for the key name, here: a variable name", `lea: what's the name of the secret in the workflow?\njon: here: STRIPE_SECRET_KEY_PRODUCTION_EU`);
bb.ben("r19-hand-key-id-sentence", "here's the key id of the KMS alias: an id", `here's the key id of the KMS alias we rotate with: ${mixed(22)}`);
export const cases = [...b.cases, ...bb.cases];
