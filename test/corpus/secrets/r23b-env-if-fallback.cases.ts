// Round twenty-three, second wave (held-out Y86 class): an environment lookup bound to a variable, then
// a later line assigning that variable its fallback after an emptiness test (Go `if key == "" { key = X }`,
// `if !ok {`, Python `if not key:`, JS `if (!key) key = X;`), the fallback a constant given a literal in
// the same text; and a fallback whose draw opens with a kind word (Lambda's `secret_…`, `token_…`).
// Benign: a placeholder or URL in the constant, a non-secret variable, another variable assigned, a kind
// word before words. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS, LOWER } from "./_gen.ts";

const r = new Rng(0x23b0c0de);
const b = builder({ category: "r23b-env-if-fallback", expect: "secrets" });
const bb = builder({ category: "r23b-env-if-fallback-benign" });

const hex = (n: number) => r.str(n, HEX);
const lowd = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < n / 5 || (v.match(/[a-z]/g) ?? []).length < n / 3) v = r.str(n, LOWER + DIGITS);
  return v;
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const kind = (w: string) => `${w}_${lowd(20)}_${hex(32)}`;

b.pos("r23b-go-if-empty-kind-word", "Go const default…Key holding secret_<draw>, if key == \"\" { key = it }",
  `package main\n\nconst defaultPaperspaceKey = "${kind("secret")}"\n\nfunc key() string {\n\tk := os.Getenv("PAPERSPACE_API_KEY")\n\tif k == "" {\n\t\tk = defaultPaperspaceKey\n\t}\n\treturn k\n}\n`);
b.pos("r23b-go-lookupenv-not-ok", "Go v, ok := os.LookupEnv then if !ok { v = constant }",
  `package cfg\n\nvar fallbackToken = "${mixed(40)}"\n\nfunc Token() string {\n\ttok, ok := os.LookupEnv("FLY_API_TOKEN")\n\tif !ok {\n\t\ttok = fallbackToken\n\t}\n\treturn tok\n}\n`);
b.pos("r23b-python-if-not", "Python environ.get then if not key: key = CONSTANT, return key after",
  `import os\n\nDEFAULT_REPLICATE_TOKEN = "${mixed(40)}"\n\n\ndef token():\n    tok = os.environ.get("REPLICATE_API_TOKEN")\n    if not tok:\n        tok = DEFAULT_REPLICATE_TOKEN\n    return tok\n`);
b.pos("r23b-python-is-none-kind", "Python getenv then if key is None: key = _default holding token_<draw>",
  `_default_key = "${kind("token")}"\napi_key = os.getenv("TOGETHER_API_KEY")\nif api_key is None:\n    api_key = _default_key\n`);
b.pos("r23b-js-if-not-inline", "JS let key = process.env.X; if (!key) key = constant; on one line",
  `const devSecret = "${mixed(36)}";\nfunction secret() {\n  let s = process.env.SESSION_SECRET;\n  if (!s) s = devSecret;\n  return s;\n}\n`);
b.pos("r23b-ts-if-block", "TS process.env[\"X\"] then if (!key) { key = CONST } block",
  `const FALLBACK_KEY = "${hex(40)}";\nexport function apiKey(): string {\n  let key = process.env["ETHERSCAN_API_KEY"];\n  if (!key) {\n    key = FALLBACK_KEY;\n  }\n  return key;\n}\n`);
b.pos("r23b-go-literal-kind-word", "Go if-empty fallback given inline as secret_<draw>",
  `func apiKey() string {\n\tkey := os.Getenv("LAMBDA_CLOUD_KEY")\n\tif key == "" {\n\t\tkey = "${kind("secret")}"\n\t}\n\treturn key\n}\n`);

bb.ben("r23b-go-if-empty-placeholder", "Go if-empty fallback constant holding a placeholder",
  `const defaultLambdaKey = "your-lambda-api-key-here"\n\nfunc f() string {\n\tkey := os.Getenv("LAMBDA_API_KEY")\n\tif key == "" {\n\t\tkey = defaultLambdaKey\n\t}\n\treturn key\n}\n`);
bb.ben("r23b-python-if-not-url", "Python if-not fallback to a URL constant",
  `DEFAULT_URL = "https://api.example.com/v1/endpoint"\nurl = os.environ.get("SERVICE_URL")\nif not url:\n    url = DEFAULT_URL\n`);
bb.ben("r23b-js-if-not-region", "JS if-not fallback for a non-secret variable, constant a hash-like build id",
  `const DEFAULT_BUILD = "${hex(40)}";\nlet build = process.env.BUILD_COMMIT_SHA;\nif (!build) build = DEFAULT_BUILD;\n`);
bb.ben("r23b-go-other-variable", "Go if-empty then another variable assigned a constant",
  `const cacheDir = "${mixed(24)}"\nfunc f() {\n\tkey := os.Getenv("LAMBDA_API_KEY")\n\tif key == "" {\n\t\tdir = cacheDir\n\t}\n}\n`);
bb.ben("r23b-kind-word-words", "kind word before words in the fallback (secret_key_for_local_dev_only)",
  `func f() string {\n\tkey := os.Getenv("APP_SECRET_KEY")\n\tif key == "" {\n\t\tkey = "secret_key_for_local_development_only"\n\t}\n\treturn key\n}\n`);
bb.ben("r23b-kind-word-dev-placeholder", "token_ before a placeholder word run",
  `tok = os.getenv("SERVICE_TOKEN")\nif not tok:\n    tok = "token_replace_me_with_a_real_one"\n`);
bb.ben("r23b-if-empty-sealed", "if-empty fallback constant holding an empty string",
  `const defaultKey = ""\nfunc f() string {\n\tkey := os.Getenv("LAMBDA_API_KEY")\n\tif key == "" {\n\t\tkey = defaultKey\n\t}\n\treturn key\n}\n`);

export const cases = [...b.cases, ...bb.cases];
