// Round seventeen: an environment lookup whose literal fallback is returned in a later statement
// (Go's `if v := os.Getenv("X"); v != "" { return v }` then `return "…"`, `os.LookupEnv` with
// `if ok`, and the same shape in Python, JavaScript, Java, C#), and a credential stated in chat as
// the one in use ("tried X as my token"). Benign: the same code returning an error, a placeholder
// or a path, and prose using a name or an id as a map key. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x17e2f0a1);
const b = builder({ category: "r17-env-later-fallback", expect: "secrets" });
const bb = builder({ category: "r17-env-later-fallback-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);

// ---- Positives: the fallback a few lines after the lookup
b.pos("r17-envlater-go-lookupenv", "Go, os.LookupEnv then if ok, literal returned after", `func token() string {\n\tt, ok := os.LookupEnv("SENDGRID_API_KEY")\n\tif ok {\n\t\treturn t\n\t}\n\treturn "${mixed(40)}"\n}\n`);
b.pos("r17-envlater-go-hex", "Go, Getenv in the if, hex fallback", `func secret() string {\n\tif s := os.Getenv("WEBHOOK_SIGNING_SECRET"); s != "" {\n\t\treturn s\n\t}\n\treturn "${hex(40)}"\n}\n`);
b.pos("r17-envlater-py", "Python, environ.get then if, return literal", `def api_key():\n    value = os.environ.get("MAILGUN_API_KEY")\n    if value:\n        return value\n    return "${hex(32)}"\n`);
b.pos("r17-envlater-js-member", "JavaScript, process.env member then early return", `function token() {\n  const t = process.env.DISCORD_BOT_TOKEN;\n  if (t) return t;\n  return "${mixed(36)}";\n}\n`);
b.pos("r17-envlater-ts-nullish-next-line", "TypeScript, ?? on the next line", `export const apiKey =\n  process.env.RESEND_API_KEY\n  ?? "${mixed(32)}";\n`);
b.pos("r17-envlater-java", "Java, System.getenv then null check", `static String key() {\n    String v = System.getenv("ALGOLIA_ADMIN_KEY");\n    if (v != null && !v.isEmpty()) return v;\n    return "${hex(32)}";\n}\n`);
b.pos("r17-envlater-cs", "C#, GetEnvironmentVariable then IsNullOrEmpty block", `static string Token() {\n    var v = Environment.GetEnvironmentVariable("SLACK_BOT_SECRET");\n    if (!string.IsNullOrEmpty(v)) {\n        return v;\n    }\n    return "${mixed(32)}";\n}\n`);
// ---- Positives: the value stated as the credential in use
b.pos("r17-asnoun-tried-my-token", "chat, tried <quoted value> as my token", `tried \`${mixed(30)}\` as my token and the API still says 403, any idea?`);
b.pos("r17-asnoun-with-api-key", "chat, with <value> as the API key", JSON.stringify({ role: "user", content: `with ${hex(40)} as the API key the webhook call fails, is the region wrong?` }));
b.pos("r17-asnoun-passing-password", "issue, passing <value> as the password", `When passing ${mixed(24)} as the password the login form rejects it after the upgrade.`);

// ---- Benign look-alikes
bb.ben("r17-envlater-go-error", "Go, the later return is an error", `func token() (string, error) {\n\tif t := os.Getenv("GITHUB_TOKEN"); t != "" {\n\t\treturn t, nil\n\t}\n\treturn "", errors.New("GITHUB_TOKEN is not set")\n}\n`);
bb.ben("r17-envlater-go-placeholder", "Go, placeholder fallback", `func token() string {\n\tif t := os.Getenv("API_TOKEN"); t != "" {\n\t\treturn t\n\t}\n\treturn "replace-with-your-api-token"\n}\n`);
bb.ben("r17-envlater-py-path", "Python, a path as fallback", `def key_file():\n    p = os.environ.get("SERVICE_ACCOUNT_KEY")\n    if p:\n        return p\n    return "/var/run/secrets/service-account.json"\n`);
bb.ben("r17-envlater-js-name", "JavaScript, returns the variable's name for a message", `function keyName() {\n  const k = process.env.STRIPE_SECRET_KEY;\n  if (k) return k;\n  return "STRIPE_SECRET_KEY_MISSING";\n}\n`);
bb.ben("r17-envlater-go-region", "Go, a non-secret variable with an id fallback", `func region() string {\n\tif v := os.Getenv("AWS_REGION"); v != "" {\n\t\treturn v\n\t}\n\treturn "${hex(32)}"\n}\n`);
bb.ben("r17-asnoun-map-key", "prose, a field name used as the key", `We dedupe events using customer_account_identifier as the key in the cache.`);
bb.ben("r17-asnoun-uuid-id", "prose, a UUID as the key of a record", `Using ${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)} as the key, the row is found in the table.`);
bb.ben("r17-asnoun-placeholder", "docs, a placeholder as the token", `Run the CLI with YOUR_PERSONAL_ACCESS_TOKEN as the token argument.`);
bb.ben("r17-k8s-stringdata-digest", "a Kubernetes Secret's stringData key naming a digest", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: assets\ntype: Opaque\nstringData:\n  BUNDLE_SHA256: "${Buffer.from(hex(32), "hex").toString("base64")}"\n  ARCHIVE_CHECKSUM: "${hex(40)}"\n`);
b.pos("r17-k8s-stringdata-after-digest", "a Kubernetes Secret: a digest key, then a token", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: assets\ntype: Opaque\nstringData:\n  BUNDLE_MD5: "${Buffer.from(hex(32), "hex").toString("base64")}"\n  UPLOAD_TOKEN: "${mixed(32)}"\n`);
export const cases = [...b.cases, ...bb.cases];
