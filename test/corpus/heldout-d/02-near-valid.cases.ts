// Class 2: near-valid provider tokens — documented prefix, token-like body a few characters shorter
// or longer than documented (truncated copy/paste, provider format drift). Outbound should still block.
// Benign: the same prefixes with placeholder bodies, in docs and code identifiers.
import { gen, maker, ALNUM, B64URL } from "./gen.ts";

const g = gen(0xd002);
const { pos, neg, cases } = maker("secrets", "heldoutd-near-valid", "near");

const ctx: Array<(t: string) => string> = [
  (t) => `export GITHUB_TOKEN=${t}`,
  (t) => JSON.stringify({ messages: [{ role: "user", content: `the CI job fails with 401, I'm using ${t} — is it expired?` }] }),
  (t) => `Authorization: Bearer ${t}\r\nAccept: application/json\r\n`,
  (t) => `curl -s https://api.example.net/v2/me -H "Authorization: Bearer ${t}"`,
  (t) => `{"env":{"TOKEN":"${t}"},"region":"eu-west-1"}`,
  (t) => `I copied this from the settings page but it looks shorter than usual: ${t}`,
  (t) => `token=${t}&remember=1`,
];
let ci = 0;
const c = (t: string) => ctx[ci++ % ctx.length]!(t);

pos(c(g.tok.ghp(34)), "ghp_ with 34 chars (2 short)", "github");
pos(c(g.tok.ghp(38)), "ghp_ with 38 chars (2 long)", "github");
pos(c(g.tok.gho(33)), "gho_ 33 chars", "github");
pos(c(g.tok.ghs(39)), "ghs_ 39 chars", "github");
pos(c(g.tok.githubPat(20, 59)), "github_pat_ first segment 20", "github");
pos(c(g.tok.githubPat(22, 55)), "github_pat_ second segment 55", "github");
pos(c(g.tok.awsId(15) + " " + g.tok.awsSecret(40)), "AKIA + 15 chars (one short) with secret", "aws");
pos(c(g.tok.awsId(17)), "AKIA + 17 chars", "aws");
pos(c(g.tok.anthropic(80)), "sk-ant-api03- body 80", "anthropic");
pos(c(g.tok.anthropic(100)), "sk-ant-api03- body 100", "anthropic");
pos(c(["sk-", "ant-", "api04-", g.opaque(93, B64URL), "AA"].join("")), "sk-ant-api04 (future version)", "anthropic");
pos(c(g.tok.openaiProj(60, 60)), "sk-proj- shorter halves", "openai");
pos(c(["sk-", "proj-", g.opaque(48)].join("")), "sk-proj- 48 chars without T3Blbk marker", "openai");
pos(c(g.tok.openaiLegacy(18, 21)), "legacy sk- with T3BlbkFJ, uneven halves", "openai");
pos(c(g.tok.slackBot(22)), "xoxb- last segment 22", "slack");
pos(c(["xo", "xb-", g.s(11, "0123456789"), "-", g.opaque(26)].join("")), "xoxb- with only two segments", "slack");
pos(c(g.tok.stripeLive(20)), "sk_live_ 20 chars", "stripe");
pos(c(g.tok.stripeLive(99)), "sk_live_ 99 chars (new long format)", "stripe");
pos(c(g.tok.stripeRestricted(30)), "rk_live_ 30 chars", "stripe");
pos(c(g.tok.npm(34)), "npm_ 34 chars", "npm");
pos(c(g.tok.npm(40)), "npm_ 40 chars", "npm");
pos(c(g.tok.glpat(18)), "glpat- 18", "gitlab");
pos(c(g.tok.glpat(26)), "glpat- 26", "gitlab");
pos(c(g.tok.google(33)), "AIza 33 after prefix", "google");
pos(c(g.tok.hf(30)), "hf_ 30", "huggingface");
pos(c(g.tok.sendgrid(20, 40)), "SG. shorter segments", "sendgrid");
pos(c(g.tok.groq(48)), "gsk_ 48", "groq");
pos(c(["xo", "xp-", g.s(12, "0123456789"), "-", g.s(12, "0123456789"), "-", g.hex(30)].join("")), "xoxp- shortened", "slack");

// ---- benign: prefixes with placeholder bodies
neg(c(["gh", "p_", "x".repeat(36)].join("")), "ghp_ with x placeholder");
neg(c(["gh", "p_", "<your-token-here>"].join("")), "ghp_ angle placeholder");
neg(c(["sk", "_live_", "..."].join("")), "sk_live_ ellipsis");
neg(c(["sk-", "ant-", "api03-", "YOUR_KEY_HERE"].join("")), "anthropic placeholder");
neg(c(["AK", "IA", "IOSFODNN7", "EXAMPLE"].join("")), "AWS documented example key id");
neg(c(["np", "m_", "0".repeat(36)].join("")), "npm zeros placeholder");
neg(`Personal access tokens start with \`gh${"p_"}\` and fine-grained ones with \`github${"_pat_"}\`. Never paste them into issues.`, "docs describing prefixes");
neg(`const isLiveKey = (k: string) => k.startsWith("sk${"_live_"}");\nconst isTestKey = (k: string) => k.startsWith("sk${"_test_"}");`, "code checking prefixes");
neg(`Stripe test mode keys look like sk${"_test_"}${"4eC39HqLyjWDarjtT1zdp7dc"} and are safe to share in examples.`, "Stripe's published docs test key");
neg(`xoxb_token_env = os.environ["SLACK_BOT_TOKEN"]`, "identifier containing xoxb");
neg(`ghp_pattern = re.compile(r"gh${"p_"}[A-Za-z0-9]{36}")`, "regex for token shape");
neg(`# rotate: gh${"p_"}…${g.s(4, ALNUM)} (last four shown in UI)`, "masked token, last four");
neg(`Key: sk-${"proj-"}****************************${g.s(4, ALNUM)}`, "masked OpenAI key");
neg(`| Prefix | Provider |\n|---|---|\n| \`AKIA\` | AWS access key |\n| \`AIza\` | Google API key |\n| \`glpat-\` | GitLab PAT |\n| \`xoxb-\` | Slack bot |`, "markdown table of prefixes");
neg(`npm_config_registry=https://registry.npmjs.org/\nnpm_package_version=1.4.2`, "npm_ env vars (npm config)");
neg(`sk_live_mode = settings.get("stripe_live_mode", False)`, "identifier sk_live_mode");
neg(`{"hf_hub_cache": "/data/hf_cache", "hf_transfer": true}`, "hf_ identifiers");
neg(`The key id AKIA${"X".repeat(16)} is redacted in this log.`, "AKIA with X body");
neg(`gsk_${"*".repeat(48)}`, "masked groq key");

export { cases };
