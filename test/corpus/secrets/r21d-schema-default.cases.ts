// Round twenty-one, wave four (held-out Y61/Y62 class): a secret written as a config schema's
// default (zod `NAME: z.string().default("…")`, yup, Joi, pydantic `Field(default="…")`), a typed
// constant (Rust `const X_SK: &str = "…"`, `&'static str`, Go `const x string`, TS `: string`,
// Kotlin `val x: String`), and Mailgun's private key (32-8-8 hex) alone as a client's argument.
// Benign: the same shapes holding a URL, a log level, an empty default, a version, a placeholder,
// a UUID trace id, a 32-8-8 value inside a path. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, B64 } from "./_gen.ts";

const r = new Rng(0x21d0c0de);
const b = builder({ category: "r21d-schema-default-typed-const", expect: "secrets" });
const bb = builder({ category: "r21d-schema-default-typed-const-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

b.pos("r21d-zod-default-mixed", "zod schema default under a token name, 40 mixed", `export const env = z.object({\n  PIPEDRIVE_API_TOKEN: z.string().default("${mixed(40)}"),\n  PORT: z.coerce.number().default(3000),\n}).parse(process.env);`);
b.pos("r21d-zod-default-b64", "zod default, 64 base64 secret", `const schema = z.object({\n  KRAKEN_API_SECRET: z.string().default("${r.str(62, B64)}=="),\n});`);
b.pos("r21d-yup-default", "yup schema default under apiSecret", `const configSchema = yup.object({\n  apiSecret: yup.string().default('${mixed(36)}'),\n});`);
b.pos("r21d-joi-default", "Joi schema default under a key name", `const envSchema = Joi.object({\n  SENDINBLUE_API_KEY: Joi.string().default("${mixed(44)}"),\n}).unknown();`);
b.pos("r21d-pydantic-field-default", "pydantic Field(default=…) under a key", `class Settings(BaseSettings):\n    airtable_api_key: str = Field(default="${mixed(34)}")\n    debug: bool = False`);
b.pos("r21d-rust-static-str-sk", "Rust typed const &'static str under _SK", `pub const VOLCENGINE_SK: &'static str = "${mixed(40)}";`);
b.pos("r21d-rust-string-token", "Rust typed const String-typed token", `const DEPLOY_TOKEN: &str = "${mixed(38)}";\nfn main() {}`);
b.pos("r21d-go-typed-const", "Go typed const string under apiKey", `package client\n\nconst sendgridAPIKey string = "${mixed(36)}"`);
b.pos("r21d-ts-typed-const", "TS typed const under a secret name", `export const PADDLE_SECRET_KEY: string = "${mixed(40)}";`);
b.pos("r21d-kotlin-val-typed", "Kotlin val typed String under a token", `object Keys {\n    val apiToken: String = "${mixed(40)}"\n}`);
b.pos("r21d-mailgun-client-new", "Mailgun private key alone as a client's argument (Python)", `mg = MailgunClient("${hex(32)}-${hex(8)}-${hex(8)}")\nmg.send(to=addr)`);
b.pos("r21d-mailgun-go-arg", "Mailgun private key alone in Go NewMailgun", `mg := NewClient("mg.example.org", "${hex(32)}-${hex(8)}-${hex(8)}")`);

bb.ben("r21d-zod-benign-defaults", "zod defaults: URL, log level, empty, enum", `const env = z.object({\n  APP_URL: z.string().default("http://localhost:3000"),\n  LOG_LEVEL: z.enum(["debug", "info"]).default("debug"),\n  LEVEL: z.string().default("info"),\n  API_TOKEN: z.string().default(""),\n});`);
bb.ben("r21d-zod-placeholder", "zod default placeholder under a secret", `const env = z.object({\n  JWT_SECRET: z.string().default("change-me-in-production"),\n  STRIPE_API_KEY: z.string().default("your-stripe-key-here"),\n});`);
bb.ben("r21d-zod-token-url", "zod default URL under a token endpoint name", `const env = z.object({\n  AUTH_TOKEN_URL: z.string().default("https://auth.example.com/oauth/token"),\n});`);
bb.ben("r21d-rust-typed-consts", "Rust typed consts: base URL, version", `const API_BASE: &str = "https://api.example.com/v2";\nconst VERSION: &str = "1.2.3";\nconst USER_AGENT: &'static str = "toolkit/1.2.3";`);
bb.ben("r21d-rust-trace-uuid", "Rust typed const UUID trace id", `const TRACE_ID: &str = "${uuid()}";\nconst REQUEST_TOKEN_ID: &str = "${uuid()}";`);
bb.ben("r21d-hex-8-8-in-path", "32-8-8 hex inside a path (an artifact's name)", `curl -O https://cdn.example.com/builds/${hex(32)}-${hex(8)}-${hex(8)}/bundle.js`);
bb.ben("r21d-go-typed-const-benign", "Go typed const names of keys", `const tokenHeader string = "X-Api-Token"\nconst secretName string = "payments-prod-credentials"`);
export const cases = [...b.cases, ...bb.cases];
