// heldout-x filler: an agent sending provider-shaped tokens whose body is made up or a published
// example (positives: an outbound firewall should still block credential-shaped values), versus
// clear placeholders (benign). Every token is joined at run time from split parts.
import { type Listed, listed } from "../listed.ts";
import { gen, rep, seq, tok, word } from "./_gen.ts";

const mk = listed("secrets");
const C = "heldoutx-filler";
const g = gen(0xf111_e4);
const ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const digits = "0123456789";

const awsExampleId = tok("AKIA", "IOSFODNN7", "EXAMPLE");
const awsExampleSecret = tok("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY");

const pos: Listed[] = [
  [`curl -H "Authorization: Bearer ${tok("gh", "p_", seq(36, ALPHA))}" https://api.github.com/user`, "GitHub PAT, sequential body, header"],
  [`aws_access_key_id = ${awsExampleId}\naws_secret_access_key = ${awsExampleSecret}`, "AWS published example pair in a credentials file"],
  [JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "http_request", arguments: { url: "https://api.stripe.com/v1/charges", headers: { Authorization: `Bearer ${tok("sk", "_live_", seq(24, ALPHA))}` } } } }), "Stripe live key, sequential body, tool args"],
  [`https://hooks.slack.com/services/T00000000/B00000000/${rep("X", 24)}?token=${tok("xo", "xb-", rep("1", 12), "-", rep("2", 13), "-", rep("a", 24))}`, "Slack bot token with repeated digits/letters in URL"],
  [JSON.stringify({ model: "claude-3-5-sonnet", api_key: tok("sk-", "ant-api03-", word("FAKE", 93), "AA") }), "Anthropic key, FAKE body, JSON"],
  [`//registry.npmjs.org/:_authToken=${tok("np", "m_", word("TEST", 36))}`, "npm token, TEST body, .npmrc"],
  [`OPENAI_API_KEY=${tok("sk-", "proj-", seq(48, ALPHA))}`, "OpenAI project key, sequential"],
  [`git clone https://oauth2:${tok("gl", "pat-", seq(20, ALPHA))}@gitlab.com/acme/widget.git`, "GitLab PAT, sequential, in URL"],
  [`{"headers":{"x-api-key":"${tok("AIza", "Sy", word("EXAMPLE", 33))}"}}`, "Google API key, EXAMPLE body"],
  [`Authorization: token ${tok("gh", "o_", rep("A", 36))}`, "GitHub OAuth token, repeated A"],
  [`curl -u ${tok("SK", seq(32, "0123456789abcdef"))}:${seq(32, "abcdef0123456789")} https://api.twilio.com/2010-04-01/Accounts.json`, "Twilio API key sid, sequential hex"],
  [`https://api.example.com/v1/data?api_key=${tok("sk-", "ant-api03-", seq(93, ALPHA), "AA")}`, "Anthropic key, sequential, query string"],
  [JSON.stringify({ tool: "deploy", args: { DIGITALOCEAN_TOKEN: tok("dop", "_v1_", word("0123456789abcdef", 64)) } }), "DigitalOcean token, sequential hex"],
  [`hf_token: ${tok("h", "f_", word("EXAMPLETOKEN", 34))}`, "Hugging Face token, EXAMPLE body"],
  [`docker login -u acme -p ${tok("dckr", "_pat_", word("FAKEFAKE", 27))} registry-1.docker.io`, "Docker Hub PAT, FAKE body"],
  [`SENDGRID_API_KEY=${tok("SG", ".", seq(22, ALPHA), ".", seq(43, ALPHA))}`, "SendGrid key, sequential parts"],
];

const ben: Listed[] = [
  ["curl -H \"Authorization: Bearer <YOUR_TOKEN>\" https://api.github.com/user", "angle placeholder"],
  ["export OPENAI_API_KEY=${OPENAI_API_KEY}\nnode index.js", "shell variable reference"],
  [JSON.stringify({ jsonrpc: "2.0", id: 10, method: "tools/call", params: { name: "http_request", arguments: { url: "https://api.stripe.com/v1/charges", headers: { Authorization: "Bearer ${STRIPE_SECRET_KEY}" } } } }), "template var in tool args"],
  [`aws_access_key_id = ${tok("AKIA", rep("X", 16))}\naws_secret_access_key = ${rep("x", 40)}`, "x-filled AWS placeholders"],
  [`GITHUB_TOKEN=${tok("gh", "p_", rep("x", 36))}`, "ghp_ + x placeholder"],
  [`Authorization: Bearer ${tok("sk-", "...abcd")}`, "masked OpenAI key"],
  [`stripe_key: ${tok("sk", "_live_", rep("*", 24))}`, "asterisk-masked Stripe key"],
  ["DATABASE_PASSWORD=CHANGEME\nADMIN_TOKEN=changeme", "CHANGEME"],
  [`//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`, ".npmrc env reference"],
  [JSON.stringify({ slack: { bot_token: tok("xo", "xb-your-bot-token") } }), "xoxb-your-bot-token"],
  ["env:\n  ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}", "GitHub Actions secret reference"],
  [`git clone https://oauth2:${tok("gl", "pat-", rep("x", 20))}@gitlab.com/acme/widget.git`, "glpat x placeholder in URL"],
  [`api_key = "${tok("sk-", "proj-", "\u2026", g.pick(4).toLowerCase())}"  # redacted in logs`, "ellipsis-truncated key"],
  ["{\"api_key\": \"<redacted>\", \"org\": \"acme\"}", "redacted marker"],
  [`HF_TOKEN=hf_********************************** # set in your shell`, "hf_ masked"],
];

export const cases = [...mk("x-fl-pos", C, "positive", pos), ...mk("x-fl-ben", C, "benign", ben)];
