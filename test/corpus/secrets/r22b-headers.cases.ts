// Round twenty-two, second wave (held-out Y70–Y72 classes): an Authorization header set by a call
// whose first string argument names it and whose second is the value (C# Headers.Add /
// TryAddWithoutValidation, Go Header.Set/Add, Java setHeader/addHeader, JS headers.set/append, Rust
// .header, Kotlin/OkHttp .header, Python headers["Authorization"] = …), judged as the raw
// `Authorization: <scheme> <credential>` line is. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x22b0c0de);
const b = builder({ category: "r22b-header-call", expect: "secrets" });
const bb = builder({ category: "r22b-header-call-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const lowerAlnum = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while (!/\d/.test(v) || !/[a-z]/.test(v)) v = r.str(n, LOWER + DIGITS);
  return v;
};
const hex = (n: number) => r.str(n, HEX);

b.pos("r22b-cs-default-headers-add", "C# DefaultRequestHeaders.Add(\"Authorization\", \"Bearer …\")", `using var http = new HttpClient();\nhttp.DefaultRequestHeaders.Add("Authorization", "Bearer ${lowerAlnum(33)}");\nvar res = await http.GetAsync(url);`);
b.pos("r22b-cs-try-add", "C# TryAddWithoutValidation(\"Authorization\", \"Token …\")", `request.Headers.TryAddWithoutValidation("Authorization", "Token ${mixed(40)}");`);
b.pos("r22b-go-header-set", "Go req.Header.Set(\"Authorization\", \"Bearer <prefix>_<hex>\")", `req, _ := http.NewRequest("GET", url, nil)\nreq.Header.Set("Authorization", "Bearer dop_v1_${hex(64)}")\nresp, err := client.Do(req)`);
b.pos("r22b-go-header-add", "Go req.Header.Add with a bare key", `req.Header.Add("Authorization", "${mixed(36)}")`);
b.pos("r22b-java-set-header", "Java HttpPost.setHeader", `HttpPost post = new HttpPost(endpoint);\npost.setHeader("Authorization", "Bearer ${mixed(44)}");`);
b.pos("r22b-java-builder-header", "Java HttpRequest.newBuilder().header(…)", `HttpRequest req = HttpRequest.newBuilder(URI.create(u))\n    .header("Authorization", "Bearer ${lowerAlnum(40)}")\n    .build();`);
b.pos("r22b-js-headers-set", "JS Headers.set('Authorization', 'Bearer …')", `const h = new Headers();\nh.set('Authorization', 'Bearer ${mixed(48)}');\nawait fetch(url, { headers: h });`);
b.pos("r22b-js-headers-append", "JS headers.append with a scheme", `headers.append("Authorization", "Token ${hex(40)}");`);
b.pos("r22b-rust-reqwest-header", "Rust reqwest .header(\"Authorization\", \"Bearer …\")", `let res = client.get(url)\n    .header("Authorization", "Bearer ${mixed(42)}")\n    .send().await?;`);
b.pos("r22b-kotlin-okhttp", "Kotlin OkHttp addHeader", `val req = Request.Builder().url(u).addHeader("Authorization", "Bearer ${lowerAlnum(36)}").build()`);
b.pos("r22b-python-headers-index", "Python headers[\"Authorization\"] = \"Bearer …\"", `headers = {}\nheaders["Authorization"] = "Bearer ${mixed(40)}"\nrequests.get(url, headers=headers)`);

bb.ben("r22b-cs-headers-add-var", "C# header set from a variable", `http.DefaultRequestHeaders.Add("Authorization", $"Bearer {token}");`);
bb.ben("r22b-go-header-set-concat", "Go header built from a variable", `req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))`);
bb.ben("r22b-java-set-header-placeholder", "Java setHeader with a placeholder", `post.setHeader("Authorization", "Bearer YOUR_ACCESS_TOKEN_HERE");`);
bb.ben("r22b-js-headers-set-template", "JS headers.set with a template", "h.set('Authorization', `Bearer ${token}`);");
bb.ben("r22b-js-headers-delete", "JS headers list of names, no value", `const sensitive = ["Authorization", "Cookie", "X-Api-Key"];\nfor (const n of sensitive) h.delete(n);`);
bb.ben("r22b-rust-header-format", "Rust header from format!", `.header("Authorization", format!("Bearer {}", token))`);
bb.ben("r22b-python-header-fstring", "Python f-string header", `headers["Authorization"] = f"Bearer {self.token}"`);
bb.ben("r22b-map-of-names", "a call listing header names", `allow("authorization", "content-type", "x-request-id-with-long-name");`);

// SQL rows whose column is an auth token run together (`ngrok_authtoken`, `authtoken`) or split (`*_auth_token`).
const sq = builder({ category: "r22b-sql-authtoken", expect: "secrets" });
const sqb = builder({ category: "r22b-sql-authtoken-benign" });
const tok = (n: number) => { let v = r.str(n, ALNUM + "_"); while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM + "_"); return v; };
sq.pos("r22b-sql-run-together", "SQL INSERT with a *_authtoken column", `INSERT INTO tunnels (id, owner, ngrok_authtoken, region) VALUES (7, 'ops', '${tok(49)}', 'eu');`);
sq.pos("r22b-sql-bare-authtoken", "SQL INSERT with an authtoken column", `insert into agents (name, authtoken) values ('edge-1', '${tok(40)}');`);
sq.pos("r22b-sql-auth-token", "SQL INSERT with a *_auth_token column, two rows", `INSERT INTO providers (slug, twilio_auth_token, active)\nVALUES ('sms', '${hex(32)}', true),\n       ('voice', '${hex(32)}', false);`);
sqb.ben("r22b-sql-authtoken-null", "SQL INSERT with NULL and empty authtoken", `INSERT INTO tunnels (id, ngrok_authtoken) VALUES (1, NULL), (2, '');`);
sqb.ben("r22b-sql-authtoken-placeholder", "SQL INSERT with a placeholder authtoken", `INSERT INTO tunnels (id, ngrok_authtoken) VALUES (1, 'changeme'), (2, '<your-authtoken>');`);
sqb.ben("r22b-sql-authtoken-expiry", "SQL INSERT with an authtoken expiry column (not the token)", `INSERT INTO tunnels (id, authtoken_expires_at) VALUES (1, '2026-01-01 00:00:00');`);

// Terraform: a secret-named variable's `default`, a generated password with symbols (`%` among them).
const tf = builder({ category: "r22b-tf-variable-default", expect: "secrets" });
const tfb = builder({ category: "r22b-tf-variable-default-benign" });
const SYM = "%#!*^~@";
const drawn = (n: number) => {
  let v = "";
  do {
    v = Array.from({ length: n }, (_, i) => (i % 5 === 4 ? r.str(1, SYM) : r.str(1, ALNUM))).join("");
  } while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{6}/.test(v) || new Set(v).size < n * 0.8 || /%[sdifxXc]/.test(v));
  return v;
};
tf.pos("r22b-tf-sensitive-default", "variable \"warehouse_password\" sensitive, default with %", `variable "warehouse_password" {\n  type      = string\n  sensitive = true\n  default   = "${drawn(20)}"\n}`);
tf.pos("r22b-tf-plain-default", "variable \"db_admin_password\" with a description, default drawn", `variable "db_admin_password" {\n  description = "Admin password for the cluster"\n  type        = string\n  default     = "${drawn(24)}"\n}`);
tf.pos("r22b-tf-secret-default", "variable \"oauth_client_secret\" default", `variable "oauth_client_secret" {\n  sensitive = true\n  default = "${drawn(20)}"\n}`);
tf.pos("r22b-tf-locals", "locals { db_password = \"…\" }", `locals {\n  env         = "prod"\n  db_password = "${drawn(22)}"\n}`);
tfb.ben("r22b-tf-empty-default", "variable \"db_password\" default empty", `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = ""\n}`);
tfb.ben("r22b-tf-null-default", "variable \"db_password\" default null", `variable "db_password" {\n  type    = string\n  default = null\n}`);
tfb.ben("r22b-tf-var-default", "variable default from another var (not allowed in TF but written)", `variable "api_secret" {\n  default = var.fallback_secret\n}`);
tfb.ben("r22b-tf-region", "variable \"region\" default", `variable "region" {\n  default = "eu-west-1"\n}`);
tfb.ben("r22b-tf-placeholder", "sensitive variable with a placeholder default", `variable "admin_password" {\n  sensitive = true\n  default   = "CHANGE_ME_BEFORE_APPLY"\n}`);
tfb.ben("r22b-tf-format-default", "variable holding a format string", `variable "password_format" {\n  default = "%s-%d-%s-%04d-%s"\n}`);

// A form body's or a query's secret-named field holding a punctuated draw, percent-escaped or raw.
const fm = builder({ category: "r22b-form-punctuated", expect: "secrets" });
const fmb = builder({ category: "r22b-form-punctuated-benign" });
const esc = (v: string) => v.replace(/[;#&%@!*^~]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
const PUNCT = ");#@!*^~";
const punct = (n: number) => {
  let v = "";
  do {
    v = Array.from({ length: n }, (_, i) => (i % 6 === 4 ? r.str(1, PUNCT) : r.str(1, ALNUM))).join("");
  } while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{6}/.test(v) || new Set(v).size < n * 0.8);
  return v;
};
fm.pos("r22b-form-escaped", "form body, secret field value with %3B / %23 escapes", `POST /v1/token HTTP/1.1\nHost: auth.internal.example\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=svc-batch&svc_auth_token=${esc(punct(22))}&scope=read`);
fm.pos("r22b-form-raw", "form body, client_secret with raw ) and !", `curl -s -X POST https://login.example.net/oauth2/token -d 'grant_type=client_credentials&client_id=app-77&client_secret=${punct(24)}'`);
fm.pos("r22b-query-password", "query string, db_password with escapes", `GET /connect?host=db01&user=report&db_password=${esc(punct(21))}&ssl=1 HTTP/1.1`);
fmb.ben("r22b-form-format", "form body built by a format string", `body = "grant_type=password&username=%s&password=%s&scope=%s" % (user, pw, scope)`);
fmb.ben("r22b-form-template", "form body with template fields", `grant_type=client_credentials&client_id={{client_id}}&client_secret={{client_secret}}&scope=read`);
fmb.ben("r22b-form-shell-var", "form body with shell variables", `curl -d "grant_type=password&username=$USER&password=$(cat ~/.pw)&scope=openid" https://idp.example/token`);

// A dotenv-vault URI: its key part decides (`key_` + 64 hex is the vault's key; a word there is a placeholder).
const dv = builder({ category: "r22b-dotenv-vault", expect: "secrets" });
const dvb = builder({ category: "r22b-dotenv-vault-benign" });
const vault = (key: string, env = "production") => `dotenv://:${key}@dotenv.org/vault/.env.vault?environment=${env}`;
dv.pos("r22b-dotenv-key-env", "DOTENV_KEY in a .env line", `DOTENV_KEY="${vault("key_" + hex(64))}"`);
dv.pos("r22b-dotenv-key-gh", "DOTENV_KEY in a GitHub Actions env block", `env:\n  DOTENV_KEY: ${vault("key_" + hex(64), "ci")}\nsteps:\n  - run: npm test`);
dv.pos("r22b-dotenv-key-export", "export OPENAI_API_KEY set to a dotenv-vault URI with a real key", `export OPENAI_API_KEY='${vault("key_" + hex(64), "staging")}'`);
dvb.ben("r22b-dotenv-placeholder-word", "dotenv-vault URI with a word as its key", `export STRIPE_SECRET_KEY='${vault("key_from_ci")}' && npm run deploy`);
dvb.ben("r22b-dotenv-placeholder-x", "dotenv-vault URI with xxxx key in docs", `DOTENV_KEY="${vault("key_xxxxxxxxxxxxxxxx", "development")}"`);
dvb.ben("r22b-dotenv-placeholder-angle", "dotenv-vault URI with a <your-key> key", `API_TOKEN=dotenv://:key_your_key_here@dotenv.org/vault/.env.vault?environment=production`);

export const cases = [...dv.cases, ...dvb.cases, ...fm.cases, ...fmb.cases, ...tf.cases, ...tfb.cases, ...b.cases, ...bb.cases, ...sq.cases, ...sqb.cases];
