// Round thirteen (fresh provider tokens, after held-out Y6), written for this project corpus in
// other contexts and wordings than Y6's:
// - a secret in a "value" field whose sibling "name"/"key" field names it: an SSM parameter in
//   Terraform state, a container env entry, an ECS task definition, CloudFormation parameters;
// - a literal fallback after an env lookup (`process.env.X_TOKEN ?? "…"`, `|| "…"`);
// - a provider token cut by a shell line continuation outside quotes;
// - a long base64 access token as a quoted literal in a code const block;
// - WeCom robot webhook keys and Riot Games API keys (documented shapes).
// Look-alikes: ids, names, URLs and cache keys in the same name/value pairs; short defaults;
// a literal measured (`"…".length`) under a key name; placeholder provider shapes.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x13a6e9);
const b = builder({ category: "r13-y6-sibling-fallback", expect: "secrets" });
const bb = builder({ category: "r13-y6-sibling-fallback-benign", expect: "secrets" });
const uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`;

// ---- name/value siblings
b.pos("r13-y6-ssm-state", "SSM parameter in Terraform state: the name field names a signing secret", `{"resources":[{"type":"aws_ssm_parameter","instances":[{"attributes":{\n  "name": "/staging/stripe_signing_secret",\n  "type": "SecureString",\n  "value": "${r.hex(48)}"\n}}]}]}`);
b.pos("r13-y6-k8s-env", "container env entry in a Deployment", `      containers:\n        - name: api\n          env:\n            - name: SENDGRID_API_KEY\n              value: "${r.alnum(40)}"\n            - name: LOG_LEVEL\n              value: info\n`);
b.pos("r13-y6-ecs-taskdef", "ECS task definition environment, minified", `{"containerDefinitions":[{"name":"web","environment":[{"name":"DB_PASSWORD","value":"${r.alnum(12)}9${r.alnum(11)}"},{"name":"PORT","value":"8080"}]}]}`);
b.pos("r13-y6-cfn-params", "CloudFormation parameters file", `[\n  { "ParameterKey": "GithubOauthToken", "ParameterValue": "${r.alnum(36)}" },\n  { "ParameterKey": "Stage", "ParameterValue": "prod" }\n]`);
b.pos("r13-y6-uuid-token-pair", "a UUID credential under a qualified token name in a name/value list", `variables:\n  - name: datadog_app_token\n    value: ${uuid()}\n`);
bb.ben("r13-y6-sibling-ids", "name/value pairs whose names are ids, names, URLs and cache keys", `env:\n  - name: API_KEY_ID\n    value: "${r.alnum(20)}"\n  - name: SECRET_NAME\n    value: "prod-payments-db-credentials"\n  - name: TOKEN_URL\n    value: "https://auth.example.com/oauth/token"\n[{"name": "cache_key", "value": "${r.hex(40)}"}]\n`);
bb.ben("r13-y6-sibling-refs", "name/value pairs holding references, not values", `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef: { name: openai, key: api-key }\n  - name: GITHUB_TOKEN\n    value: "$(GITHUB_TOKEN)"\n`);

// ---- literal fallbacks after an env lookup
b.pos("r13-y6-env-fallback-ts", "a hex token as the ?? fallback of an env lookup (TypeScript)", `export const cfg = {\n  region: "fsn1",\n  apiToken: process.env.HCLOUD_TOKEN ?? "${r.hex(64)}",\n};\n`);
b.pos("r13-y6-env-fallback-js-or", "a token as the || fallback of an env lookup (JS)", `const mapToken = process.env.MAPBOX_TOKEN || '${r.alnum(32)}';\n`);
bb.ben("r13-y6-env-fallback-short", "fallbacks that are words, paths and URLs", `const token = process.env.API_TOKEN ?? "";\nconst keyFile = process.env.KEY_FILE ?? "./certs/server-key.pem";\nconst authUrl = process.env.AUTH_URL || "https://login.example.com/authorize";\n`);

// ---- shell continuation
b.pos("r13-y6-shell-cont-hf", "HF token cut by a backslash-newline in an export", `export HUGGING_FACE_HUB_TOKEN=hf_${r.str(14, UPPER + LOWER)}\\\n${r.str(20, UPPER + LOWER)}\n`);
b.pos("r13-y6-shell-cont-gl", "GitLab PAT cut twice by backslash-newlines in a docker run", `docker run -e GITLAB_TOKEN=glpat-${r.str(8, ALNUM)}\\\n${r.str(6, ALNUM)}\\\n${r.str(6, ALNUM)} registry.example.com/ci:latest\n`);
bb.ben("r13-y6-shell-cont-cmd", "an ordinary continued command line", `docker run --rm \\\n  -e HF_HOME=/cache \\\n  -v "$PWD:/work" image:tag\n`);

// ---- long base64 access token literal in a const block
b.pos("r13-y6-go-const-b64", "long base64 channel access token in a Go const block", `const (\n\tbotChannelAccessToken = "${r.b64bytes(129)}"\n)\n`);

// ---- provider shapes
b.pos("r13-y6-wecom-hook", "WeCom robot webhook in a Python notifier", `HOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${uuid()}"\nrequests.post(HOOK, json={"msgtype": "text"})\n`);
b.pos("r13-y6-riot-chat", "Riot Games API key pasted in a chat message", JSON.stringify({ messages: [{ role: "user", content: `why does summoner-v4 return 403 with RGAPI-${uuid()} on euw1?` }] }));
bb.ben("r13-y6-provider-placeholders", "placeholder WeCom and Riot shapes", `webhook: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY\nRIOT=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n`);

// ---- literal measured, not kept
bb.ben("r13-y6-measured-literal", "a random literal's length under a key name", `const SIZES = { secret: "${r.alnum(40)}".length, token: '${r.alnum(32)}'.size };\n`);

void HEX;
export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
