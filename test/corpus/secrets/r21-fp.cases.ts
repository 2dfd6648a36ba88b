// Round twenty-one (fresh-token false positives): values that sit where a credential would and
// are not one. (1) A stored password hash: Spring's DelegatingPasswordEncoder ids ({bcrypt},
// {pbkdf2}, {scrypt}, {argon2}, {sha256}) and bare modular-crypt hashes ($2a$/$2b$/$2y$,
// $argon2id$, $6$); {noop} holds the password in clear and stays a finding. (2) A Heroku UUID under
// a name that says id (herokuAppId, HEROKU_APP_ID); HEROKU_API_KEY stays. (3) Vendor object ids sent
// where a credential goes (OpenAI chatcmpl-/org-/asst_/thread_, Stripe cus_/pi_, Anthropic
// msg_01…); credential kinds (sk-…, sk_live_…, a pi_…_secret_… client secret) stay. (4) Values under
// a SealedSecret's encryptedData whatever their first bytes; a plain Secret's stringData stays.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS, UPPER } from "./_gen.ts";

const r = new Rng(0x21f9a7e3);
const b = builder({ category: "r21-fp", expect: "secrets" });
const bb = builder({ category: "r21-fp-benign" });

const CRYPT = "./" + ALNUM;
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const b64 = (n: number) => Buffer.from(r.bytes(n)).toString("base64");
const bcrypt = (v = "2a") => `$${v}$${r.str(2, "01")}$${r.str(53, CRYPT)}`.replace(/\$([01])([01])\$/, (_m, a) => `$1${a === "0" ? "0" : "2"}$`);
const sha512crypt = () => `$6$${r.str(16, CRYPT)}$${r.str(86, CRYPT)}`;
const argon2 = () => `$argon2id$v=19$m=65536,t=3,p=4$${b64(16).replace(/=+$/, "")}$${b64(32).replace(/=+$/, "")}`;
const password = () => `${r.str(4, UPPER)}${r.str(3, LOWER)}!${r.str(3, DIGITS)}#${r.str(4, LOWER)}`;

// (1) stored password hashes
bb.ben("r21-hash-yaml-bcrypt", "Spring YAML, password: '{bcrypt}$2a$…'", `spring:\n  security:\n    user:\n      name: ops\n      password: '{bcrypt}${bcrypt()}'\n`);
bb.ben("r21-hash-props-pbkdf2", "properties, {pbkdf2} + hex", `app.admin.username=root\napp.admin.password={pbkdf2}${hex(80)}\n`);
bb.ben("r21-hash-env-argon2", ".env, ADMIN_PASSWORD={argon2}$argon2id$…", `ADMIN_USER=admin\nADMIN_PASSWORD={argon2}${argon2()}\n`);
bb.ben("r21-hash-bare-2b", "users file, bare $2b$ bcrypt", `users:\n  - name: deploy\n    password: "${bcrypt("2b")}"\n    roles: [admin]\n`);
bb.ben("r21-hash-cloud-init-sha512", "cloud-init passwd: $6$ crypt", `#cloud-config\nusers:\n  - name: ubuntu\n    passwd: "${sha512crypt()}"\n    lock_passwd: false\n`);
bb.ben("r21-hash-json-argon2", "JSON user record, password: $argon2id$…", JSON.stringify({ id: 42, email: "ana@example.org", password: argon2(), created_at: "2026-11-02" }));
bb.ben("r21-hash-java-const-sha256", "Java test, password = \"{sha256}…\"", `User u = User.withUsername("ops").password("{sha256}${hex(80)}").roles("ADMIN").build();\nString password = "{sha256}${hex(80)}";`);
b.pos("r21-hash-noop", "Spring {noop} password (clear text)", `spring.security.user.name=admin\nspring.security.user.password={noop}${password()}\n`);
b.pos("r21-hash-noop-yaml", "YAML {noop} password", `spring:\n  security:\n    user:\n      password: "{noop}${mixed(20)}"\n`);

// (2) Heroku UUIDs named as ids
bb.ben("r21-heroku-app-id-env", ".env HEROKU_APP_ID=<uuid>", `HEROKU_APP_NAME=billing-prod\nHEROKU_APP_ID=${uuid()}\n`);
bb.ben("r21-heroku-app-id-yaml", "YAML heroku_app_id: <uuid>", `deploy:\n  heroku_app_id: "${uuid()}"\n  region: eu\n`);
bb.ben("r21-heroku-app-id-json", "JSON herokuAppID", JSON.stringify({ herokuAppID: uuid(), stack: "heroku-24" }));
b.pos("r21-heroku-api-key-env", ".env HEROKU_API_KEY=<uuid>", `HEROKU_APP_NAME=billing-prod\nHEROKU_API_KEY=${uuid()}\n`);
b.pos("r21-heroku-api-key-yaml", "YAML heroku api key", `ci:\n  heroku_api_key: ${uuid()}\n`);

// (3) vendor object ids where a credential goes
bb.ben("r21-obj-bearer-chatcmpl-curl", "curl, Bearer chatcmpl-…", `curl -s https://proxy.internal/v1/replay -H "Authorization: Bearer chatcmpl-${mixed(29)}"`);
bb.ben("r21-obj-bearer-org-ts", "TS headers, Bearer org-…", `const headers = { Authorization: \`Bearer org-${mixed(24)}\`, "Content-Type": "application/json" };`);
bb.ben("r21-obj-token-asst", "Python, api_token = 'asst_…'", `api_token = "asst_${mixed(24)}"\nclient.call(api_token)`);
bb.ben("r21-obj-header-thread", "header X-Auth-Token: thread_…", `X-Auth-Token: thread_${mixed(24)}\nAccept: application/json`);
bb.ben("r21-obj-stripe-cus", "Go, Bearer cus_…", `req.Header.Set("Authorization", "Bearer cus_${mixed(14)}")`);
bb.ben("r21-obj-anthropic-msg", "log line, auth=Bearer msg_01…", `2026-11-03T10:22:01Z WARN upstream rejected authorization="Bearer msg_01${mixed(22)}" status=401`);
b.pos("r21-obj-bearer-sk-proj", "Bearer sk-proj-… (a credential)", `c.DefaultRequestHeaders.Add("Authorization", "Bearer sk-proj-${mixed(48)}T3BlbkFJ${mixed(48)}");`);
b.pos("r21-obj-bearer-sk-live", "Bearer sk_live_… (a credential)", `curl https://api.stripe.com/v1/charges -H "Authorization: Bearer sk_live_${mixed(24)}"`);
b.pos("r21-obj-client-secret", "a pi_…_secret_… client secret in a token slot", `X-Api-Token: pi_3${mixed(23)}_secret_${mixed(25)}`);

// (4) SealedSecret encryptedData
bb.ben("r21-sealed-yaml-other", "SealedSecret, encryptedData value without the Ag mark", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api\nspec:\n  encryptedData:\n    API_TOKEN: ${b64(300)}\n    DB_PASSWORD: ${b64(260)}\n  template:\n    metadata:\n      name: api\n`);
bb.ben("r21-sealed-json", "SealedSecret as JSON", JSON.stringify({ apiVersion: "bitnami.com/v1alpha1", kind: "SealedSecret", metadata: { name: "gh" }, spec: { encryptedData: { GITHUB_TOKEN: b64(280) } } }, null, 2));
b.pos("r21-k8s-secret-stringdata", "plain k8s Secret, stringData holds a real token", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe\ntype: Opaque\nstringData:\n  STRIPE_SECRET_KEY: sk_live_${mixed(24)}\n`);
b.pos("r21-k8s-secret-data-b64", "k8s Secret, data: base64 of a GitHub token", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gh\ndata:\n  GITHUB_TOKEN: ${Buffer.from(`ghp_${mixed(36)}`).toString("base64")}\n`);

export const cases = [...b.cases, ...bb.cases];
