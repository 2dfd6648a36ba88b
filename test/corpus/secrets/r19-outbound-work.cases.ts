// Round nineteen (fixers' own outbound blocks of ordinary work): a value whose prefix is a word of
// the name before a digest (`build_token = "build_<hex>"`, an object's hashed name); a multipart
// part or field named for a digest (`token_hash`, `*_sha256`, `*_checksum`) holding its hex; a
// shell default expansion (`${API_KEY:-please-set-me!}`) whose default is a placeholder; an env
// lookup of an id (`process.env.OKTA_CLIENT_ID ?? "…"`) under a password label, the fallback an
// id's length; words and a date in one case (`stagingdeploymentnightly20241205`). Positives beside
// each: a prefix that is no word of the name, a part named as the secret, a random default, a
// secret env name's fallback, a random draw of letters and digits. Values are built at run time.
import { builder, Rng, ALNUM, DIGITS, HEX, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x19c5ec);
const b = builder({ category: "r19-outbound-work", expect: "secrets" });
const bb = builder({ category: "r19-outbound-work-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const part = (name: string, value: string) => `--xYzBoundary\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--xYzBoundary--\r\n`;

// ---- A word of the name before a digest: the object's id
bb.ben("r19-ow-build-prefix-py", "Python: build_token holding build_ + 40 hex", `build_token = "build_${r.hex(40)}"\n`);
bb.ben("r19-ow-artifact-prefix-yaml", "YAML: artifact_secret holding artifact_ + 64 hex", `cache:\n  artifact_secret: "artifact_${r.hex(64)}"\n`);
bb.ben("r19-ow-commit-prefix-js", "JS camelCase: commitKey holding commit_ + 40 hex", `const commitKey = "commit_${r.hex(40)}";\n`);
bb.ben("r19-ow-release-prefix-env", "dotenv: RELEASE_TOKEN holding release_ + 40 hex", `RELEASE_TOKEN=release_${r.hex(40)}\nREGION=eu-west-1\n`);
b.pos("r19-ow-tkn-prefix-py", "Python: api_token with a prefix that is no word of the name", `api_token = "tkn_${mixed(32)}"\n`);
b.pos("r19-ow-abbrev-prefix-env", "dotenv: BUILD_TOKEN holding an abbreviated vendor code + 40 hex", `BUILD_TOKEN=bld_${r.hex(40)}\n`);
b.pos("r19-ow-dpl-prefix-yaml", "YAML: deploy_token with its own short prefix, random mixed", `deploy_token: "dpl_${mixed(40)}"\n`);

// ---- A field named for a digest holding its hex
bb.ben("r19-ow-part-token-hash", "multipart part token_hash with a sha256 hex", part("token_hash", r.hex(64)));
bb.ben("r19-ow-part-secret-sha256", "multipart part secret_sha256 with a sha256 hex", part("secret_sha256", r.hex(64)));
bb.ben("r19-ow-part-key-checksum", "multipart part api_key_checksum with a sha256 hex", part("api_key_checksum", r.hex(64)));
bb.ben("r19-ow-json-token-digest", "JSON field refresh_token_digest with a sha256 hex", `{"user": 42, "refresh_token_digest": "${r.hex(64)}"}\n`);
b.pos("r19-ow-part-api-token", "multipart part api_token with 64 random hex", part("api_token", r.hex(64)));
b.pos("r19-ow-part-webhook-secret", "multipart part webhook_secret with 40 random hex", part("webhook_secret", r.hex(40)));

// ---- Shell default expansions
bb.ben("r19-ow-shell-default-please", "curl header with ${API_KEY:-please-set-me!}", `curl -sS -H "Authorization: Bearer \${API_KEY:-please-set-me!}" https://api.internal.example.com/v1/ping\n`);
bb.ben("r19-ow-shell-default-replace", "Dockerfile ENV with a replace-me default", `ENV AUTH_TOKEN="\${AUTH_TOKEN:-replace-me}"\n`);
bb.ben("r19-ow-shell-default-changeme", "compose env with ${DB_PASSWORD:-changeme}", `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "\${DB_PASSWORD:-changeme}"\n`);
bb.ben("r19-ow-shell-default-dev", "shell script: secret key with a readable dev default", `export SECRET_KEY="\${SECRET_KEY:-dev-only-secret}"\n`);
b.pos("r19-ow-shell-default-random", "shell: ${API_KEY:-<random 32>}", `export API="\${API_KEY:-${mixed(32)}}"\n`);
b.pos("r19-ow-shell-default-session", "compose: SESSION_SECRET default of 48 random", `environment:\n  - SESSION_SECRET=\${SESSION_SECRET:-${mixed(48)}}\n`);

// ---- An env lookup of an id under a credential label
bb.ben("r19-ow-env-id-password", "JS: password label, OKTA_CLIENT_ID lookup with a 20-char fallback", `const cfg = {\n  password: process.env.OKTA_CLIENT_ID ?? "${mixed(20)}",\n};\n`);
bb.ben("r19-ow-env-id-apikey-or", "TS: apiKey label, ACCOUNT_ID lookup || a 24-char fallback", `export const opts = { apiKey: process.env.ACCOUNT_ID || "${mixed(24)}" };\n`);
b.pos("r19-ow-env-secret-password", "JS: password label, DB_PASSWORD lookup with a 20-char fallback", `const cfg = {\n  password: process.env.DB_PASSWORD ?? "${mixed(20)}",\n};\n`);

// ---- Words and a date in one case
bb.ben("r19-ow-words-date-upload", "upload_token: lower-case words and a date", `upload_token = "stagingdeploymentnightly20241205"\n`);
bb.ben("r19-ow-words-date-runner", "JS runnerToken: words and a date", `const runnerToken = "productionreleasecandidatebuild20250117";\n`);
bb.ben("r19-ow-words-date-upper", "dotenv RUNNER_TOKEN: upper-case words and a date", `RUNNER_TOKEN=NIGHTLYBUILDSTAGINGDEPLOYMENT20241205\n`);
b.pos("r19-ow-lower-digits-random", "upload_token: 32 random lower case and digits", `upload_token = "${r.str(32, LOWER + DIGITS)}"\n`);
b.pos("r19-ow-upper-digits-random", "dotenv RUNNER_TOKEN: 32 random upper case and digits", `RUNNER_TOKEN=${r.str(32, UPPER + DIGITS)}\n`);
b.pos("r19-ow-hex-random-token", "Go: authToken with 40 random hex", `authToken := "${r.str(40, HEX)}"\n`);

export const cases = [...b.cases, ...bb.cases];
