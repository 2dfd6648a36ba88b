// Round twenty-eight (blind set Y122: an agent doing ML engineering): values YAML puts below their
// names. (1) A mapping named for the secret whose `value:` field holds it, after sibling fields
// (W&B's config.yaml writes every setting as `NAME:` / `  desc: null` / `  value: …`; Helm and
// Ansible settings objects do the same). (2) A credential field (`token:`, `api_key:`) under a
// mapping named for its service (`mattermost:` / `  token: …`), a value of the service's shape.
// (3) A key given to a CLI's login in a CI log, after the line's timestamp and the shell's `+`.
// Benign: `value:` fields under names that say nothing secret, ids and digests under a service's
// mapping, a service's token field holding a value not of its shape, log lines logging in without a key.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, DIGITS, HEX, Rng } from "./_gen.ts";

const r = new Rng(0x28a001);
const b = builder({ category: "r28-yaml-value-field" });
const bb = builder({ category: "r28-yaml-value-field-benign" });
const s = builder({ category: "r28-service-mapping" });
const sb = builder({ category: "r28-service-mapping-benign" });
const c = builder({ category: "r28-ci-log-login" });
const cb = builder({ category: "r28-ci-log-login-benign" });

const wandb = (name: string, value: string) =>
  `_wandb:\n  desc: null\n  value:\n    python_version: 3.10.12\n    cli_version: 0.17.4\nepochs:\n  desc: null\n  value: 3\n${name}:\n  desc: null\n  value: ${value}\n`;
const lowerAlnum = (n: number) => r.str(n, LOWER + DIGITS);

b.pos("r28y-wandb-openrouter", "W&B config.yaml, OPENROUTER_KEY setting", wandb("OPENROUTER_KEY", `${r.alnum(22)}${r.digits(4)}${r.alnum(14)}`));
b.pos("r28y-wandb-db-password", "W&B config.yaml, a database password", wandb("pg_password", `${r.alnum(10)}_${r.digits(3)}${r.alnum(5)}`));
b.pos("r28y-wandb-quoted", "W&B config.yaml, quoted value", wandb("LANGFUSE_SECRET", `"${r.alnum(20)}${r.digits(3)}"`));
b.pos("r28y-helm-settings", "settings object with description and value", `settings:\n  vectorStoreApiKey:\n    description: key for the vector store\n    type: string\n    value: ${r.alnum(30)}${r.digits(2)}\n  region:\n    value: eu-west-1\n`);
b.pos("r28y-crlf", "W&B config with CRLF line ends", wandb("HF_TOKEN_WRITE", `${r.alnum(16)}${r.digits(3)}${r.alnum(12)}`).replace(/\n/g, "\r\n"));
b.pos("r28y-in-chat", "config pasted into a chat body (JSON-escaped)", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `why does this run fail?\n${wandb("COHERE_API_KEY", `${r.alnum(28)}${r.digits(4)}${r.alnum(8)}`)}` }] }));

bb.ben("r28y-wandb-plain", "W&B config.yaml, hyper-parameters only", `learning_rate:\n  desc: null\n  value: 0.0003\nwarmup_steps:\n  desc: null\n  value: 500\nrun_name:\n  desc: null\n  value: sft-llama3-${lowerAlnum(8)}\n`);
bb.ben("r28y-wandb-commit", "W&B config.yaml, a git commit under a non-secret name", wandb("git_commit", r.hex(40)));
bb.ben("r28y-wandb-token-count", "a setting named for tokens holding a number-ish id", wandb("max_new_tokens", "2048"));
bb.ben("r28y-wandb-keypath", "a key's path, not the key", wandb("SIGNING_KEY_PATH", "/etc/keys/signing.pem"));
bb.ben("r28y-wandb-placeholder", "a placeholder value", wandb("OPENAI_API_KEY", "${OPENAI_API_KEY}"));
bb.ben("r28y-schema", "JSON schema in YAML: a default, no secret", `properties:\n  apiKey:\n    description: The API key\n    type: string\n    value: <set in the console>\n`);

s.pos("r28y-mm-nested", "mattermost mapping, token field", `notifications:\n  mattermost:\n    url: https://chat.example.com/hooks\n    token: ${lowerAlnum(26)}\n    channel: training-runs\n`);
s.pos("r28y-mm-first", "mattermost mapping, token first", `mattermost:\n  token: "${lowerAlnum(26)}"\n  team: ml\n`);
s.pos("r28y-datadog-nested", "datadog mapping, api_key field", `monitoring:\n  datadog:\n    site: datadoghq.eu\n    api_key: ${r.hex(32)}\n`);
s.pos("r28y-heroku-nested", "heroku mapping, api_key field", `deploy:\n  heroku:\n    app: api-staging\n    api_key: ${r.uuid()}\n`);
s.pos("r28y-pagerduty-nested", "pagerduty mapping, token field", `alerting:\n  pagerduty:\n    token: ${r.str(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")}\n    service: ml-platform\n`);
s.pos("r28y-mm-crlf", "mattermost mapping in a CRLF file", `integrations:\r\n  mattermost:\r\n    token: ${lowerAlnum(26)}\r\n`);

sb.ben("r28y-mm-channel-id", "mattermost ids, no token field", `mattermost:\n  channel_id: ${lowerAlnum(26)}\n  team_id: ${lowerAlnum(26)}\n`);
sb.ben("r28y-pagination-token", "a pagination token under a generic mapping", `pagination:\n  token: ${lowerAlnum(26)}\n  size: 50\n`);
sb.ben("r28y-datadog-app-id", "datadog mapping, a monitor id", `datadog:\n  monitor_id: ${r.digits(9)}\n  dashboard: ${lowerAlnum(3)}-${lowerAlnum(3)}-${lowerAlnum(3)}\n`);
sb.ben("r28y-mm-token-placeholder", "mattermost token placeholder", `mattermost:\n  token: \${MATTERMOST_TOKEN}\n`);
sb.ben("r28y-heroku-app", "heroku mapping, app name and region", `heroku:\n  app: api-${lowerAlnum(6)}\n  key: web\n  region: eu\n`);
sb.ben("r28y-mm-webhook-name", "mattermost mapping, a webhook's display name and icon", `mattermost:\n  username: training-bot\n  icon_url: https://chat.example.com/static/${r.hex(12)}.png\n`);

const ts = () => `2024-${r.pick(["03", "07", "11"])}-1${r.int(9)}T0${r.int(9)}:${r.int(5)}${r.int(9)}:1${r.int(9)}.${r.digits(7)}Z`;
c.pos("r28y-ci-wandb", "GitHub Actions log, xtrace line", `${ts()} + pip install -q wandb\n${ts()} + wandb login ${r.hex(40)}\n${ts()} + python train.py\n`);
c.pos("r28y-ci-bracket", "bracketed time stamp", `[02:11:09] ngrok config add-authtoken ${r.alnum(27)}_${r.alnum(21)}\n[02:11:10] ngrok http 8080\n`);
c.pos("r28y-ci-double-plus", "nested shell trace", `++ huggingface-cli login ${"hf"}_${r.alnum(34)}\n++ python push.py\n`);
c.pos("r28y-ci-ts-noplus", "timestamped command without a trace mark", `${ts()} replicate login ${"r8"}_${r.alnum(37)}\n`);
c.pos("r28y-ci-json", "CI log inside an MCP result", JSON.stringify({ content: [{ type: "text", text: `${ts()} + wandb login ${r.hex(40)}\n${ts()} wandb: Appending key for api.example.com to your netrc file` }] }));
c.pos("r28y-ci-space-ts", "space-separated time stamp", `2024-05-02 10:11:12,345 + wandb login ${r.hex(40)}\n`);

cb.ben("r28y-ci-docker-host", "docker login to a host", `${ts()} + docker login registry.example.com -u ci --password-stdin\n`);
cb.ben("r28y-ci-wandb-relogin", "wandb login with flags only", `${ts()} + wandb login --relogin --host https://wandb.example.com\n`);
cb.ben("r28y-ci-commit-sha", "xtrace of a checkout by commit", `${ts()} + git checkout ${r.hex(40)}\n`);
cb.ben("r28y-ci-npm-login", "npm login with a user name", `${ts()} + npm login --registry https://npm.example.com user-ci\n`);
cb.ben("r28y-ci-gh-auth-status", "gh auth status", `${ts()} + gh auth status\n${ts()} Logged in to github.com account ci-bot\n`);
cb.ben("r28y-ci-login-word", "login with a plain word", `[10:00:01] + tailscale login --authkey=\${TS_AUTHKEY} --hostname runner\n`);

cb.ben("r28y-ci-log-level", "an application log line after its time stamp: a level, not a tool", `${ts()} INFO auth ok user=${r.uuid()} trace_id=${r.hex(32)}\n${ts()} DEBUG login ok span=${r.hex(16)} request_id=${r.hex(32)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases, ...s.cases, ...sb.cases, ...c.cases, ...cb.cases];
