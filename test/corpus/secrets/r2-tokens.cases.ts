// Round two (issue 24), classes 1 and 2: provider tokens whose shape alone identifies them, found
// without a context word; and near-valid tokens (a known prefix with a body a few characters off
// the documented length), which outbound still blocks. Each with benign look-alikes.
import type { CorpusCase } from "../types.ts";
import { builder, checksummedToken, Rng, ALNUM, B64URL, BASE32, DIGITS, HEX, UPPER } from "./_gen.ts";

const r = new Rng(0x5ec2401);
const shape = builder({ category: "shape-only-tokens", expect: "secrets" });
const near = builder({ category: "near-valid-tokens", expect: "secrets" });
export const cases: CorpusCase[] = [];

// ---------------------------------------------------------------- class 1: shape alone
const twSK = () => "S" + "K" + r.hex(32);
const twAC = () => "A" + "C" + r.hex(32);
const discordBot = () => Buffer.from(r.digits(18)).toString("base64").replace(/=+$/, "") + "." + r.str(6, B64URL) + "." + r.str(38, B64URL);

shape.pos("tw-sk-log", "twilio API key SID in a deploy log, no provider word", `2026-03-02T10:14:07Z INFO rotated notifier credential sid=${twSK()} secret=${r.alnum(32)} by ops@acme.io`);
shape.pos("tw-ac-json", "twilio account SID + token in a JSON config under neutral keys", JSON.stringify({ sms: { sid: twAC(), key: r.hex(32), from: "+14155550100" } }, null, 2));
shape.pos("tw-sk-chat", "API key SID pasted in chat", `can you check why ${twSK()} gets 401 from the messages endpoint? it worked yesterday`);
shape.pos("tw-ac-url", "account SID in a REST path (curl without the host word)", `curl -s -X GET "https://198.51.100.7/2010-04-01/Accounts/${twAC()}/Calls.json?PageSize=20"`);
shape.pos("tw-sk-yaml", "SK key under a generic YAML key", `notifications:\n  provider_key_sid: ${twSK()}\n  region: us1\n`);
shape.pos("discord-bare-log", "discord-shaped bot token in a stack trace, no discord word", `Error: 401 Unauthorized\n    at Client.login (client.js:212:11)\n  using token ${discordBot()}`);
shape.pos("discord-bare-env", "bot token under a neutral env name", `BOT_AUTH=${discordBot()}\nGUILD=${r.digits(18)}\n`);

shape.ben("md5-list", "md5 digests in a checksum file", [0, 1, 2, 3].map(() => `${r.hex(32)}  dist/app-${r.hex(8)}.js`).join("\n"));
shape.ben("twilio-msg-sids", "twilio message / call SIDs (identifiers, not secrets)", `delivered: SM${r.hex(32)}\ncall: CA${r.hex(32)}\nservice: MG${r.hex(32)}`);
shape.ben("upper-hex-dump", "upper-case hex dump words starting with AC", `0040: AC${r.HEX(32)} ${r.HEX(32)}\n0060: SK${r.HEX(30)}00 ${r.HEX(32)}`);
shape.ben("hex-34", "34-char lower hex ids after other letters", `etag: W/"ab${r.hex(32)}"\ntrace=${"fe" + r.hex(32)}`);
shape.ben("sha1-ac", "sha1 starting with ac", `commit ac${r.hex(38)}\nMerge: ${r.hex(7)} ${r.hex(7)}`);
shape.ben("dotted-b64-version", "dotted base64-ish ids in a build manifest", `bundle: MTIzNDU2.${r.str(6, ALNUM)}.min.js\nrev: Nzg5.${r.str(8, ALNUM)}`);
shape.ben("jwt-like-discord", "three dotted base64url segments that are not a token (cache key)", `cache-key: ${Buffer.from("build-" + r.digits(6)).toString("base64url")}.${r.str(6, B64URL)}.${r.str(30, B64URL)}`);

// ---------------------------------------------------------------- class 2: near-valid
const body = (n: number) => r.alnum(n);
const ghp = (n: number) => "gh" + "p_" + body(n);
near.pos("ghp-35", "ghp_ with 35 chars (one dropped)", `export GITHUB_TOKEN=${ghp(35)}`);
near.pos("ghp-37", "ghp_ with 37 chars (one extra)", `git remote set-url origin https://x-access-token:${ghp(37)}@github.com/acme/api.git`);
near.pos("ghp-33-chat", "ghp_ truncated in a chat message", `here's my token for the CI: ${ghp(33)} — please add it to secrets`);
near.pos("ghp-40-json", "ghp_ padded to 40 in a JSON body", JSON.stringify({ auth: ghp(40), repo: "acme/web" }));
near.pos("gho-34", "gho_ two short", `Authorization: token ${"gh" + "o_" + body(34)}`);
near.pos("ghfg-short", "github_pat_ with a shortened second part", `GH_PAT=${"github" + "_pat_" + "11" + r.str(20, UPPER + DIGITS) + "_" + body(55)}`);
near.pos("ghfg-long", "github_pat_ with a longer second part", `token: ${"github" + "_pat_" + "11" + r.str(20, UPPER + DIGITS) + "_" + body(63)}`);
near.pos("ant-short", "sk-ant- key cut short", `ANTHROPIC_API_KEY=${"sk-" + "ant-api03-" + r.str(28, ALNUM + "_-")}`);
near.pos("ant-no-version", "sk-ant- key missing the version part", `client = Anthropic(api_key="${"sk-" + "ant-" + r.str(90, ALNUM + "_-")}")`);
near.pos("xoxb-short-tail", "xoxb- with a short last part", `SLACK_BOT_TOKEN=${"xox" + "b-" + r.digits(12) + "-" + r.digits(13) + "-" + body(18)}`);
near.pos("xoxb-long-tail", "xoxb- with a long last part", `{"token":"${"xox" + "b-" + r.digits(11) + "-" + r.digits(13) + "-" + body(36)}"}`);
near.pos("xoxb-one-group", "xoxb- missing a number group", `slack.token = ${"xox" + "b-" + r.digits(13) + "-" + body(24)}`);
near.pos("akia-15", "AKIA + 15", `aws_access_key_id = ${"AK" + "IA" + r.str(15, BASE32)}\nregion = eu-west-1`);
near.pos("akia-17", "AKIA + 17", `{"AccessKeyId": "${"AK" + "IA" + r.str(17, BASE32)}", "Status": "Active"}`);
near.pos("asia-14", "ASIA + 14 in a log", `assumed role, key ${"AS" + "IA" + r.str(14, BASE32)} expires 2026-04-01T00:00:00Z`);
near.pos("sklive-20", "sk_live_ with 20 chars", `STRIPE_KEY=${"sk" + "_live_" + body(20)}`);
near.pos("sklive-22-js", "sk_live_ with 22 chars in JS", `const stripe = require("stripe")("${"sk" + "_live_" + body(22)}");`);
near.pos("rklive-18", "rk_live_ with 18 chars", `restricted: ${"rk" + "_live_" + body(18)}`);
near.pos("npm-35", "npm_ with 35 chars", `//registry.npmjs.org/:_authToken=${"np" + "m_" + body(35)}`);
near.pos("npm-38-chat", "npm_ with 38 chars in chat", `publish with ${"np" + "m_" + body(38)} please`);
near.pos("glpat-17", "glpat- with 17 chars", `GITLAB_TOKEN=${"gl" + "pat-" + r.str(17, ALNUM + "_-")}`);
near.pos("aiza-33", "AIza + 33", `const firebaseConfig = { apiKey: "${"AI" + "za" + r.str(33, ALNUM + "_-")}", projectId: "acme-prod" };`);
near.pos("aiza-37", "AIza + 37", `GOOGLE_API_KEY=${"AI" + "za" + r.str(37, ALNUM + "_-")}`);
near.pos("hf-32", "hf_ + 32", `HUGGING_FACE_HUB_TOKEN=${"h" + "f_" + body(32)}`);
near.pos("hf-36-py", "hf_ + 36 in python", `login(token="${"h" + "f_" + body(36)}")`);
near.pos("ghs-checksum-trunc", "ghs_ checksummed token minus its last 2 chars", `GITHUB_TOKEN: ${checksummedToken(r, "gh" + "s_").slice(0, -2)}`);
near.pos("sg-short", "SendGrid key with a short last part", `SENDGRID_API_KEY=${"S" + "G." + r.str(22, B64URL) + "." + r.str(40, B64URL)}`);
near.pos("dop-60", "dop_v1_ with 60 hex", `DIGITALOCEAN_TOKEN=${"dop" + "_v1_" + r.str(60, HEX)}`);
near.pos("glpat-in-url", "glpat- token 19 in a clone URL", `git clone https://oauth2:${"gl" + "pat-" + r.str(19, ALNUM)}@gitlab.com/acme/infra.git`);

near.ben("ghp-prose", "docs describing the prefix", "Classic personal access tokens start with ghp_ and fine-grained ones with github_pat_; rotate both every 90 days.");
near.ben("ghp-placeholder", "ghp_ placeholder X run", `GITHUB_TOKEN=ghp_${"X".repeat(36)}`);
near.ben("ghp-placeholder-short", "ghp_ short placeholder", `export GITHUB_TOKEN=ghp_your_token_here`);
near.ben("ghp-redacted", "redacted token in an audit log", `2026-01-05 token ghp_…9f2a revoked by admin (last used 3 days ago)`);
near.ben("ghp-redacted-stars", "starred token", `Using token ghp_****************************9f2a`);
near.ben("npm-env-names", "npm_ lifecycle environment variable names", `console.log(process.env.npm_lifecycle_event, process.env.npm_package_version, process.env.npm_config_registry);\nif (process.env.npm_config_user_agent?.startsWith("pnpm")) usePnpm();`);
near.ben("npm-env-dump", "npm env dump", `npm_config_cache=/home/dev/.npm\nnpm_config_globalconfig=/usr/etc/npmrc\nnpm_package_json=/work/app/package.json\nnpm_lifecycle_script=tsc -p tsconfig.build.json`);
near.ben("sk-live-code", "code checking the prefix", `if (key.startsWith("sk_live_") && process.env.NODE_ENV !== "production") {\n  throw new Error("refusing to use sk_live_ keys outside production");\n}`);
near.ben("sk-live-ident", "identifiers with sk_live_ prefix", `const sk_live_mode_enabled = flags.sk_live_mode_enabled ?? false;`);
near.ben("hf-funcs", "hf_ function names", `from huggingface_hub import hf_hub_download, hf_hub_url\npath = hf_hub_download(repo_id="bert-base-uncased", filename="config.json")\nos.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"`);
near.ben("akia-docs", "docs about AKIA", "Access key IDs beginning with AKIA are long-term credentials; those beginning with ASIA are temporary (STS).");
near.ben("akia-regex", "a scanner regex in code", "const AWS_KEY = /\\b(AKIA|ASIA)[A-Z0-9]{16}\\b/;");
near.ben("xoxb-placeholder", "slack placeholder", `SLACK_BOT_TOKEN=xoxb-your-bot-token\nSLACK_APP_TOKEN=xapp-your-app-token`);
near.ben("glpat-placeholder", "gitlab placeholder", `export GITLAB_TOKEN=glpat-${"x".repeat(20)}`);
near.ben("sk-ant-docs", "anthropic key prefix in docs", "Keys look like sk-ant-api03-… ; never paste them in issues. Use the ANTHROPIC_API_KEY variable.");
near.ben("aiza-ident", "AIza in a variable name", `const AIzaPrefix = "AIza";\nconst looksLikeGoogleKey = (s) => s.startsWith(AIzaPrefix) && s.length === 39;`);
near.ben("gho-css", "words that start like prefixes", `.ghost_button { color: red }\n.npm_badge { margin: 0 }\n#hf_banner { display: none }`);
near.ben("sk-live-enum", "enum of key kinds", `enum KeyKind { sk_live_secret = "sk_live", sk_test_secret = "sk_test", pk_live_publishable = "pk_live" }`);

cases.push(...shape.cases, ...near.cases);
