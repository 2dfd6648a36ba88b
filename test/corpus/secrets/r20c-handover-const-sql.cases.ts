// Round twenty, third wave (held-out Y45/Y48 class): a chat reply handing a credential over "for now"
// after a message asking for or naming creds (the value opaque, or a vendor's lower-case words before
// a random body); "new value:" before a key behind its deployment's label and a bar (Convex's
// `prod:<name>|<key>`); a declared constant named for a token holding 20+ random lower case and
// digits; a SQL insert whose `*_secret_key` column holds a UUID. Benign: the same phrases for a build
// link, a request id, a number; a constant's type name; UUIDs under `secret_key_id` and
// `idempotency_key`. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS } from "./_gen.ts";

const r = new Rng(0x20c0a3f1);
const b = builder({ category: "r20c-handover-const-sql", expect: "secrets" });
const bb = builder({ category: "r20c-handover-const-sql-benign" });

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const switches = (s: string) => s.split("").filter((c, i) => i > 0 && /\d/.test(c) !== /\d/.test(s[i - 1]!)).length;
/** Lower case and digits drawn at random, digits all through it. */
const lowerAlnum = (n: number) => {
  let v = r.str(n, LOWER_ALNUM);
  while (switches(v) < Math.max(6, n / 4) || (v.replace(/\d/g, "").match(/[aeiou]/g) ?? []).length > 0.25 * v.replace(/\d/g, "").length) v = r.str(n, LOWER_ALNUM);
  return v;
};
const upperAlnum = (n: number) => r.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

b.pos("r20c-for-now-upper", "chat: asked for the prod creds, reply 'use this one for now X'", `[09:01] lena: does anyone have working staging creds for Linode? mine got revoked\n[09:03] omar: use this one for now ${upperAlnum(40)}\n[09:03] omar: it's from the shared vault`);
b.pos("r20c-for-now-vendor-words", "chat: 'use this for now' a vendor-prefixed lower-case key", `[14:20] ana: need the push API key for the mobile app, the old one 401s\n[14:22] raj: use this for now acme_v2_app_${lowerAlnum(64)}`);
b.pos("r20c-here-use-this", "chat: 'here, use this:' after a token request", `[11:05] kim: can someone send me the CI token for the registry?\n[11:06] joe: here, use this: ${mixed(38)}`);
b.pos("r20c-for-now-es", "Spanish chat: 'usa esta por ahora X' after asking for the key", `[08:40] lucía: ¿alguien tiene la clave del API de pagos? la mía caducó\n[08:41] pablo: usa esta por ahora ${mixed(36)}`);
b.pos("r20c-new-value-barred", "rotated DEPLOY_KEY, new value: prod:<name>|<key>", `[16:02] ops: rotated the backend deploy key (BACKEND_DEPLOY_KEY) after the offboarding, new value: prod:quiet-falcon-${r.str(3, DIGITS)}|${mixed(64)}`);
b.pos("r20c-const-token-cs", "C# const string named ...Token: 22 random lower case and digits", `internal static class Keys\n{\n    public const string RegistryToken = "${lowerAlnum(22)}";\n}\n`);
b.pos("r20c-final-token-java", "Java static final String *_TOKEN: 24 random lower case and digits", `public final class Config {\n    private static final String SENTRY_AUTH_TOKEN = "${lowerAlnum(24)}";\n}\n`);
b.pos("r20c-const-secret-go", "Go const named ...Secret: 20 random lower case and digits", `package cfg\n\nconst webhookSecret = "${lowerAlnum(20)}"\n`);
b.pos("r20c-sql-secret-key-uuid", "SQL insert, *_secret_key column holding a UUID", `INSERT INTO provider_accounts (id, org_id, kind, ovh_secret_key, updated_at)\nVALUES (9, 3, 'object-storage', '${uuid()}', CURRENT_TIMESTAMP);`);
b.pos("r20c-sql-secretkey-mixed", "SQL insert, secretkey column with an opaque value", `insert into creds (name, secretkey) values ('billing', '${mixed(40)}');`);

bb.ben("r20c-for-now-build-link", "chat: 'use this one for now: <build URL>'", `[10:01] a: the nightly build is broken, anyone have a good one?\n[10:02] b: use this one for now: https://ci.example.com/build/${r.str(4, DIGITS)}`);
bb.ben("r20c-use-this-request-id", "chat: 'use this one: <uuid>' a request id, no credential named", `[12:10] c: which request failed in the logs?\n[12:11] d: use this one: ${uuid()}`);
bb.ben("r20c-for-now-words", "chat: 'use this for now' before prose", `[13:00] e: the token refresh job is flaky again\n[13:01] f: use this for now thenightlyrefreshworkaround branch, fix coming`);
bb.ben("r20c-new-value-number", "rotated API_KEY ttl: new value: 42", `rotated the API_KEY cache ttl config, new value: 42 minutes`);
bb.ben("r20c-new-value-barred-short", "new value: label|short word", `the SECRET_KEY_LABEL changed, new value: prod:main|default`);
bb.ben("r20c-const-token-type", "C# const TokenType = a word", `public const string TokenType = "bearerauthorization";\npublic const string TokenScheme = "bearer";`);
bb.ben("r20c-const-token-version", "const token format version with a date", `const string CacheToken = "build20241205nightly";`);
bb.ben("r20c-bare-token-id", "bare assignment of 26 lower/digits under commToken (as often an id)", `commToken = "${lowerAlnum(26)}"`);
bb.ben("r20c-js-const-session-token", "JS const (not a typed constant) of 22 lower/digits under sessionToken", `const sessionToken = "${lowerAlnum(22)}";`);
bb.ben("r20c-sql-secret-key-id", "SQL: secret_key_id and idempotency_key UUID columns", `INSERT INTO api_keys (id, secret_key_id, idempotency_key, created_at) VALUES (5, '${uuid()}', '${uuid()}', NOW());`);
bb.ben("r20c-sql-secret-key-placeholder", "SQL: secret_key column with a placeholder", `INSERT INTO integrations (id, provider, scw_secret_key) VALUES (1, 'scaleway', 'changeme');`);
export const cases = [...b.cases, ...bb.cases];
