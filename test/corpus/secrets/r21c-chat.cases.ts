// Round twenty-one, wave three (held-out Y59/Y60 class): a credential named in one chat message
// ("prod <Vendor> creds for the migration") and its value alone in the same speaker's next message
// (or the one after), and a teammate's line quoted under a question about a vendor's call ("> use
// <value> for the staging account"). Benign: the same chat shapes handing over a commit, a vault
// path, a build number, a request id, a cache key, another speaker's paste, an endpoint. Every
// credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS, LOWER } from "./_gen.ts";

const r = new Rng(0x21cc0a51);
const b = builder({ category: "r21c-chat-named-next-line", expect: "secrets" });
const bb = builder({ category: "r21c-chat-named-next-line-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const lowerDigits = (n: number) => r.str(n, LOWER + DIGITS);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const slack = (text: string) => JSON.stringify({ channel: "C07RT2MQ", user: "U02K8", text });
const ask = (content: string) => JSON.stringify({ messages: [{ role: "user", content }] });

b.pos("r21c-keys-for-mixed", "[time] name: staging Mailgun keys for the import job, then the value alone", `[14:03] marta: staging Mailgun keys for the import job, don't share pls\n[14:03] marta: ${mixed(40)}\n[14:05] sam: 👍`);
b.pos("r21c-api-key-for-prefixed", "name: the Render API key for preview envs, then rnd_ + 32", `ravi: the Render API key for preview envs\nravi: rnd_${mixed(32)}\nolga: ta`);
b.pos("r21c-two-lines-hex", "value on the second line after, same speaker", `[09:01] kim: Algolia admin key for the reindex\n[09:01] kim: (prod one, rotate monday)\n[09:02] kim: ${hex(32)}`);
b.pos("r21c-irc-token-for", "IRC <nick>: token for the deploy bot, then the value", `<ferris> Buildkite token for the deploy bot, expires in a week\n<ferris> bkua_${lowerDigits(40)}\n<anya> thx`);
b.pos("r21c-de-zugangsdaten", "German: Zugangsdaten für den Import, value next line", `[11:20] jonas: Zugangsdaten für den Import, bitte nach Freitag rotieren\n[11:20] jonas: ${mixed(36)}\n[11:21] lea: danke`);
b.pos("r21c-es-credenciales", "Spanish: credenciales para la migración, 30 lower alnum", `[16:05] lucia: credenciales para la migración de prod\n[16:05] lucia: ${lowerDigits(30)}\n[16:06] pablo: gracias`);
b.pos("r21c-slack-json-escaped", "Slack JSON export: escaped breaks, hex 32 value", slack(`[10:42] dana: prod Honeycomb creds for the cutover, rotate after friday\n[10:42] dana: ${hex(32)}\n[10:43] lee: got it`));
b.pos("r21c-quoted-use-hex", "quoted teammate line: > use <32 hex> for the prod workspace", ask(`a colleague sent this on teams, can you test the Postmark API with it?\n> use ${hex(32)} for the prod workspace`));
b.pos("r21c-quoted-use-mixed", "quoted teammate line: > use <mixed 24> for the sandbox", `my teammate pasted this, does the Brevo integration work with it?\n> use ${mixed(24)} for the sandbox, thx`);
b.pos("r21c-quoted-verwende", "German quoted line: > verwende <value> für das Staging-Konto", `kannst du prüfen, ob der Aufruf an Pipedrive klappt?\n> verwende ${mixed(28)} für das Staging-Konto`);

bb.ben("r21c-deploy-notes-sha", "deploy notes for the migration, then a commit sha", `[10:42] dana: prod deploy notes for the migration\n[10:42] dana: ${hex(40)}\n[10:43] lee: thx`);
bb.ben("r21c-creds-vault-path", "creds for the migration are in vault, then a vault path", `[10:42] dana: prod creds for the migration are in vault\n[10:42] dana: kv/prod/payments-v2/migration\n[10:43] lee: ok`);
bb.ben("r21c-key-for-build-number", "api key for the staging build, then a build number", `[10:42] dana: api key for the staging build is in 1password\n[10:42] dana: build 4821${r.str(2, DIGITS)}`);
bb.ben("r21c-token-for-request-uuid", "token for the replay job failed, then a UUID (the request id)", `[10:42] dana: token for the replay job got a 401, request id below\n[10:42] dana: ${uuid()}`);
bb.ben("r21c-cache-key-for", "cache key for the migration, then hex", `[10:42] dana: cache key for the migration\n[10:42] dana: ${hex(32)}`);
bb.ben("r21c-other-speaker-sha", "creds for the migration; another speaker pastes a commit", `[10:42] dana: creds for the migration are rotated\n[10:43] lee: ${hex(40)}\n[10:43] lee: ^ that's the fix commit`);
bb.ben("r21c-quoted-cache-key", "quoted: > use <hex> for the cache key", `can you check the Redis call works?\n> use ${hex(32)} for the cache key`);
bb.ben("r21c-quoted-endpoint", "quoted: > use the v2 endpoint for this", `my teammate pasted this in slack, can you check the Stripe call works?\n> use the v2 endpoint for this`);
bb.ben("r21c-quoted-commit-revert", "quoted: > use <commit> for the revert", `can you check the deploy API call works after this?\n> use ${hex(40)} for the revert`);
bb.ben("r21c-de-vault-pfad", "German: Zugangsdaten für die Migration liegen im Vault, then a path", `[11:20] jonas: Zugangsdaten für die Migration liegen im Vault\n[11:20] jonas: secret/data/prod/migration\n[11:21] lea: ok`);
bb.ben("r21c-es-request-id", "Spanish: token para el job falló, then a UUID", `[16:05] lucia: el token para el job de replay falló, id de la petición:\n[16:05] lucia: ${uuid()}`);
export const cases = [...b.cases, ...bb.cases];
