// Round twenty-one (held-out Y50/Y51/Y53/Y54 class): value shapes and chat hand-overs. An
// application password in its six groups of four after a sentence naming it ("… application password
// key for staging is X") or as a lookup's fallback (`GetEnvironmentVariable("WP_APP_PASSWORD") ?? "X"`);
// a symbol draw with no digit and a single brace in an INI line with blanks around `=`; a UUID named a
// secret key in a sentence; a cloud's "SK" rotated in chat ("new value is X"). Benign: four-letter
// words and license keys in groups, templates (`{x}`, `{{ x }}`, `${X}`), a request id, "SK" as a
// company's name, values that are no credential. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x21a7c3e5);
const b = builder({ category: "r21-vals", expect: "secrets" });
const bb = builder({ category: "r21-vals-benign" });

/** Six groups of four, most holding a capital or a digit (as WordPress shows them). */
const groups = () => {
  for (;;) {
    const g = Array.from({ length: 6 }, () => r.str(4, ALNUM));
    if (g.filter((x) => /[A-Z0-9]/.test(x.slice(1))).length >= 4 && /[a-z]/.test(g.join(""))) return g.join(" ");
  }
};
/** Letters at random case with a dash and a single brace: no digit, no lower-case run of 5. */
const braceDraw = (n: number) => {
  for (;;) {
    const body = r.str(n - 2, UPPER + LOWER);
    const v = `${body.slice(0, 1)}-${body.slice(1, 4)}{${body.slice(4)}`;
    if (!/[a-z]{5}|[A-Z]{6}/.test(v) && (v.match(/[A-Z]/g) ?? []).length >= n / 3 && (v.match(/[a-z]/g) ?? []).length >= n / 3) return v;
  }
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};

b.pos("r21-wp-chat-sentence", "chat: WordPress application password for prod is <groups>", `{"channel":"C01OPS","text":"fyi the WordPress application password for the prod blog is ${groups()} - pls put it in 1password"}`);
b.pos("r21-wp-chat-words", "chat: app password token on staging is <groups>", `[14:02] lea: the app password token on staging was ${groups()} but i just regenerated it`);
b.pos("r21-wp-de", "German: Das Application Password für Staging ist <groups>", `Das Application Password für Staging ist ${groups()}, bitte im Vault ablegen.`);
b.pos("r21-wp-csharp-fallback", "C# GetEnvironmentVariable(\"WP_APP_PASSWORD\") ?? \"<groups>\"", `var pw = Environment.GetEnvironmentVariable("WP_APP_PASSWORD") ?? "${groups()}";\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Encode("admin:" + pw));`);
b.pos("r21-wp-js-or", "JS process.env.WP_APPLICATION_PASSWORD || '<groups>'", `const auth = { username: "editor", password: process.env.WP_APPLICATION_PASSWORD || '${groups()}' };`);
b.pos("r21-wp-php-elvis", "PHP getenv('WP_APP_PASSWORD') ?: '<groups>'", `<?php\n$pass = getenv('WP_APP_PASSWORD') ?: '${groups()}';\n$client->setAuth('admin', $pass);`);
b.pos("r21-ini-brace", "INI oci_auth_token = <draw with a brace, no digit>", `[default]\nregion = eu-frankfurt-1\n\n[integration]\noci_auth_token = ${braceDraw(20)}\n`);
b.pos("r21-ini-brace-22", "INI auth_token = <draw with a brace, no digit> indented", `[tenancy]\n  user = ocid1.user.oc1..aaaa\n  oci_auth_token = ${braceDraw(22)}\n`);
b.pos("r21-ini-spaced-digit", "INI db_password = <symbol draw with digits>", `[database]\nhost = db.internal\ndb_password = ${mixed(10)}(${mixed(8)}#${mixed(3)}\n`);
b.pos("r21-uuid-secret-key", "chat: Acme integration secret key is <uuid>", `{"text":"heads up, the Acme integration secret key is \`${r.uuid()}\` - don't paste it anywhere else"}`);
b.pos("r21-uuid-client-secret", "prose: the staging client secret is <uuid>", `for the webhook test the staging client secret is ${r.uuid()} until we rotate it`);
b.pos("r21-uuid-secret-token", "prose: our Zendesk secret token: <uuid>", `note to self - our Zendesk secret token: ${r.uuid()}`);
b.pos("r21-sk-rotated", "chat: rotated the Volcengine SK, new value is <mixed 40>", `[09:12] kai: rotated the Volcengine SK, new value is ${mixed(40)}\n[09:13] kai: vault later`);
b.pos("r21-sk-rotated-arrow", "chat: rotated our OBS SK -> <mixed 40>", `[16:20] ana: rotated our OBS SK for prod -> ${mixed(40)}`);

bb.ben("r21-four-letter-words", "sentence of four-letter words after app password", `the application password for this site will have been done soon\nthe app password is this that will have been done`);
bb.ben("r21-license-groups", "docs: license key in groups after an app password heading", `## App password manager\nThe app password manager is ABCD 1234 EFGH 5678 in the examples; your license key is shown as XXXX XXXX XXXX XXXX.`);
bb.ben("r21-wp-placeholder", "code: WP_APP_PASSWORD fallback to placeholder groups", `var pw = Environment.GetEnvironmentVariable("WP_APP_PASSWORD") ?? "xxxx xxxx xxxx xxxx xxxx xxxx";`);
bb.ben("r21-ini-templates", "INI tokens holding templates", `[integration]\noci_auth_token = {tenant}-{region}-AbCdEfGhIj\napi_token = \${API_TOKEN}\nauth_token = {{ token }}\nsecret_token = {"a":"Bc","dE":"fG"}\n`);
bb.ben("r21-request-id", "chat: the request id is <uuid>", `the request id is \`${r.uuid()}\` - can you check the logs?\nthe secret key id is ${r.uuid()}`);
bb.ben("r21-new-value-plain", "chat: new value is 42 / ready", `[10:40] sam: rotated the SK one, new value is 42\n[10:41] sam: rotated the logs, new value is ready`);
bb.ben("r21-sk-company", "SK as a company and a country", `rotated the SK Telecom integration, new value is ${mixed(40).slice(0, 8)} per their docs\nshipping to SK: rotated the warehouse shift`);
export const cases = [...b.cases, ...bb.cases];
