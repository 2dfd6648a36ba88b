// Round twenty-two (held-out Y67 class): a chat thread where one message names a failing credential
// and a later message hands it over without its value ("here's the current one, paste it into the
// staging vars"), the value alone in the next message of the same speaker ("[10:42] mike: <value>",
// "<mike> <value>", a Slack group under "mike  10:42"). Benign: the same thread shape handing over a
// commit, a run id, a request id, a tracking number, a checksum, or a placeholder for a credential.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS, UPPER } from "./_gen.ts";

const r = new Rng(0x22c4a7e1);
const b = builder({ category: "r22-chat-lone-value", expect: "secrets" });
const bb = builder({ category: "r22-chat-lone-value-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

b.pos("r22-brackets-mixed32", "[time] name: thread names a Mailgun key failing; here's the one we use; value alone next",
  `[09:12] priya: staging Mailgun key keeps getting 401s since this morning\n[09:14] tom: here's the one we use in prod, try it in staging\n[09:14] tom: ${mixed(32)}\n[09:15] priya: works, ty`);
b.pos("r22-plain-hex32", "name: thread asks for the Sentry token; here it is; hex value alone next",
  `ana: does anyone have the Sentry auth token for the release job? it expired\nleo: here it is, put it in the CI vars\nleo: ${hex(32)}\nana: 🙏`);
b.pos("r22-irc-mixed64", "IRC <nick> thread: the exchange API secret; here you go; value alone next",
  `<kim> the exchange API secret in the bot config is wrong again\n<raj> here you go, paste it into the bot's env\n<raj> ${mixed(64)}\n<kim> thanks`);
b.pos("r22-slack-hex40", "Slack header thread: the webhook signing secret; here's the current one; value grouped below",
  `sam  11:02\nwho has the Linear webhook signing secret? verification fails\njo  11:05\nhere's the current one, add it to the worker secrets\n${hex(40)}\nsam  11:06\nthx`);
b.pos("r22-de-hier-bitte", "German thread: API-Schlüssel fehlgeschlagen; hier bitte; value alone next",
  `[14:20] lena: der Brevo API-Schlüssel auf staging schlägt wieder fehl, kann jemand helfen?\n[14:22] jonas: hier bitte, trag ihn in die Staging-Variablen ein\n[14:22] jonas: ${mixed(40)}\n[14:23] lena: danke`);
b.pos("r22-es-aqui-esta", "Spanish thread: la clave de la API falla; aquí está; value alone next",
  `[16:01] marta: la clave de la API de Algolia falla otra vez en prod\n[16:03] pablo: aquí está, pégala en las variables de staging\n[16:03] pablo: ${hex(32)}\n[16:04] marta: gracias`);
b.pos("r22-new-one-colon", "thread asks to rotate the Pinecone key; done, new one:; value alone in the next message",
  `[08:30] omar: Pinecone API key auth is failing on prod, can someone rotate?\n[08:41] li: done, new one:\n[08:41] li: ${mixed(36)}\n[08:42] omar: 👍`);
b.pos("r22-fr-voila", "French thread: le jeton d'API échoue; voilà; value alone next",
  `[11:10] chloé: le jeton d'API Mistral ne passe plus en staging\n[11:12] hugo: voilà, colle-le dans les variables de staging\n[11:12] hugo: ${mixed(32)}\n[11:13] chloé: merci`);

bb.ben("r22-new-one-build", "new one: after a question about the build; a build id alone next",
  `[08:30] omar: the token refresh job failed again, which build is it now?\n[08:41] li: new one:\n[08:41] li: ${r.str(20, DIGITS)}\n[08:42] omar: ok`);
bb.ben("r22-commit-sha", "which commit broke it? here's the one; a commit sha alone next",
  `[10:40] dana: the deploy token check is red again, which commit broke it?\n[10:42] mike: here's the one, revert it on staging too\n[10:42] mike: ${hex(40)}\n[10:43] dana: thx`);
bb.ben("r22-run-id", "what's the run id? here it is; a build id alone next",
  `[10:40] dana: auth job failed on the key step, what's the run id?\n[10:42] mike: here it is, paste it into the ticket\n[10:42] mike: ${r.str(19, DIGITS)}\n[10:43] dana: thx`);
bb.ben("r22-request-id", "here's the request id; a UUID alone next",
  `[10:40] dana: prod is failing API key auth for one customer\n[10:42] mike: here's the request id, paste it into the vendor ticket\n[10:42] mike: ${uuid()}\n[10:43] dana: thx`);
bb.ben("r22-parcel", "here's the parcel; a tracking number alone next",
  `[10:40] dana: did the new YubiKey for the secrets vault ship?\n[10:42] mike: here's the parcel, track it on the courier site\n[10:42] mike: 1Z${r.str(16, UPPER + DIGITS)}\n[10:43] dana: thx`);
bb.ben("r22-checksum", "here's the checksum; a hex digest alone next",
  `[10:40] dana: the token service binary looks corrupted\n[10:42] mike: here's the checksum of the release build\n[10:42] mike: ${hex(64)}\n[10:43] dana: thx`);
bb.ben("r22-placeholder-redacted", "credential-worded thread, the lone message a placeholder",
  `[10:40] dana: prod is failing Twilio API key auth again, can someone rotate?\n[10:42] mike: here's the current one, paste it into the staging vars\n[10:42] mike: <redacted>\n[10:43] dana: thx`);
bb.ben("r22-placeholder-xxxx", "credential-worded thread, the lone message xxxx",
  `[10:40] dana: prod is failing OpenAI API key auth again\n[10:42] mike: here it is, paste it into the staging vars\n[10:42] mike: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n[10:43] dana: thx`);
bb.ben("r22-placeholder-sk-dots", "credential-worded thread, the lone message sk-...",
  `<kim> the exchange API secret is wrong again\n<raj> here you go, paste it into the env\n<raj> sk-...\n<kim> thanks`);
bb.ben("r22-other-speaker", "hand-over by one speaker, a commit pasted by another below",
  `[10:40] dana: prod is failing Datadog API key auth again\n[10:42] mike: here's the current one, paste it into the staging vars\n[10:42] eve: ${hex(40)}\n[10:43] dana: ?`);
export const cases = [...b.cases, ...bb.cases];
