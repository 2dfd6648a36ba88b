// Round twenty-three, first wave (held-out Y83 class): an environment lookup of a secret-named
// variable whose fallback is a name (`env::var("X_SECRET").unwrap_or_else(|_| FALLBACK.to_string())`,
// `os.getenv("X_TOKEN", DEFAULT_TOKEN)`, `process.env.X_KEY ?? FALLBACK`), the name given a literal
// in the same text: the literal is the fallback. Benign: the name given a placeholder, a URL, an empty
// string, or a non-secret variable's default; a name given no literal at all.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x23c0de01);
const b = builder({ category: "r23-env-fallback-constant", expect: "secrets" });
const bb = builder({ category: "r23-env-fallback-constant-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};

b.pos("r23-rust-static-unwrap-or", "Rust static &'static str, .ok().unwrap_or(FALLBACK_VALUE) on the next line",
  `static FALLBACK_VALUE: &'static str = "${mixed(40)}";\n\nfn key() -> String {\n    std::env::var("LINEAR_API_KEY")\n        .ok().unwrap_or(FALLBACK_VALUE.into())\n}\n`);
b.pos("r23-python-getenv-const", "Python os.getenv with a module constant as default",
  `import os\n\n_FALLBACK = '${hex(40)}'\n\nclient = Client(token=os.getenv("HONEYCOMB_WRITE_TOKEN", _FALLBACK))\n`);
b.pos("r23-python-environ-get-default", "Python os.environ.get(..., DEFAULT) with the constant below the call",
  `def secret():\n    return os.environ.get("FLASK_SECRET_KEY", DEFAULT)\n\nDEFAULT = "${mixed(32)}"\n`);
b.pos("r23-ts-nullish-const", "TS process.env member ?? a typed const",
  `const fallbackSecret: string = "${mixed(48)}";\nexport const secret = process.env.NEXTAUTH_SECRET ?? fallbackSecret;\n`);
b.pos("r23-js-or-const", "JS process.env member || a const",
  `const DEV_TOKEN = '${hex(32)}';\nmodule.exports = { token: process.env.MAPBOX_ACCESS_TOKEN || DEV_TOKEN };\n`);
b.pos("r23-go-helper-var", "Go getEnv helper with a const fallback",
  `package cfg\n\nconst defaultSigningSecret = "${mixed(44)}"\n\nvar SigningSecret = getEnv("SLACK_SIGNING_SECRET", defaultSigningSecret)\n`);
b.pos("r23-java-getordefault-const", "Java getOrDefault with a static final constant",
  `class Keys {\n  private static final String FALLBACK = "${mixed(36)}";\n  static String secret() { return System.getenv().getOrDefault("CLOUDINARY_API_SECRET", FALLBACK); }\n}\n`);
b.pos("r23-csharp-coalesce-const", "C# GetEnvironmentVariable ?? a const string",
  `public static class Cfg {\n    private const string Fallback = "${hex(64)}";\n    public static string Key => Environment.GetEnvironmentVariable("SENDBIRD_API_TOKEN") ?? Fallback;\n}\n`);
b.pos("r23-ruby-fetch-block-const", "Ruby ENV.fetch block returning a constant",
  `FALLBACK = "${mixed(40)}".freeze\nPAT = ENV.fetch("GITLAB_PRIVATE_TOKEN") { FALLBACK }\n`);

bb.ben("r23-const-placeholder", "constant holding a placeholder",
  `const FALLBACK: &str = "changeme-please-set-this";\nfn s() -> String { env::var("AUTH0_CLIENT_SECRET").unwrap_or_else(|_| FALLBACK.to_string()) }\n`);
bb.ben("r23-const-template", "constant holding a template reference",
  `DEFAULT = "\${STRIPE_SECRET_KEY_FROM_VAULT}"\nkey = os.getenv("STRIPE_SECRET_KEY", DEFAULT)\n`);
bb.ben("r23-const-empty", "constant holding an empty string",
  `const FALLBACK = "";\nconst key = process.env.OPENAI_API_KEY ?? FALLBACK;\n`);
bb.ben("r23-const-url", "constant named FALLBACK holding a URL",
  `const FALLBACK: &str = "https://auth.internal.example.org/oauth/token";\nfn t() -> String { env::var("AUTH_TOKEN_URL_SECRET").unwrap_or_else(|_| FALLBACK.to_string()) }\n`);
bb.ben("r23-const-non-secret-var", "random-looking constant as the default of a non-secret variable",
  `const DEFAULT_BUILD: &str = "${mixed(40)}";\nfn build() -> String { env::var("BUILD_LABEL").unwrap_or_else(|_| DEFAULT_BUILD.to_string()) }\n`);
bb.ben("r23-const-region", "region default constant",
  `DEFAULT_REGION = "ap-southeast-2-zone-b-cluster-7"\nregion = os.environ.get("AWS_REGION", DEFAULT_REGION)\n`);
bb.ben("r23-name-unresolved", "fallback name given no literal in the text",
  `let key = env::var("MAILGUN_API_KEY").unwrap_or_else(|_| config.fallback_key.clone());\nlet k2 = std::env::var("MAILGUN_API_KEY").unwrap_or(DEFAULT_KEY.to_string());\n`);
bb.ben("r23-const-words", "constant holding words as a password default",
  `static final String DEFAULT_PASSWORD = "correct-horse-battery-staple";\nString pw = System.getenv().getOrDefault("DB_PASSWORD", DEFAULT_PASSWORD);\n`);
bb.ben("r23-const-sealed", "SealedSecret ciphertext kept in the fallback constant",
  `const sealedTokenFallback = "Ag${r.b64bytes(300).replace(/=+$/, "")}="\n\nfunc Token() string {\n\tif v := os.Getenv("SEALED_GITHUB_TOKEN"); v != "" {\n\t\treturn v\n\t}\n\treturn sealedTokenFallback\n}\n`);

// ---- an application password (groups of four) as a Ruby ENV.fetch block's value
const grouped = () => Array.from({ length: 6 }, () => mixed(4)).join(" ");
b.pos("r23-ruby-fetch-block-app-password", "Ruby ENV.fetch block giving a WordPress application password",
  `WP_CLIENT = WordPress::Client.new(\n  user: "deploy",\n  password: ENV.fetch("WP_APPLICATION_PASSWORD") { "${grouped()}" }\n)\n`);
b.pos("r23-ruby-fetch-block-app-password-single", "Ruby ENV.fetch block, single quotes, mail app password",
  `smtp_pass = ENV.fetch('GMAIL_APP_PASSWORD') {'${grouped()}'}\n`);
bb.ben("r23-ruby-fetch-block-app-password-mask", "Ruby ENV.fetch block with the documented mask",
  `config.x.wp = ENV.fetch("WP_APPLICATION_PASSWORD") { "xxxx xxxx xxxx xxxx xxxx xxxx" }\n`);
bb.ben("r23-ruby-fetch-block-app-password-words", "Ruby ENV.fetch block with words in groups of four",
  `config.x.wp = ENV.fetch("WP_APP_PASSWORD") { "test pass word here demo only" }\n`);

export const cases = [...b.cases, ...bb.cases];
