// Round sixteen, made-up credentials going out (DESIGN.md "Direction decides, the core labels"):
// a provider's full token shape with a filler body (an alphabet run, one letter or digit repeated,
// a marker word such as EXAMPLE or FAKE), and context-only values that say "example", are what
// people send to test a firewall. Outbound they block (labelled example); repository scanning
// shows them as info. Benign: clear placeholders (x/X/* filler, template markers, YOUR_ words,
// ellipses, masks, zeros alone), excused in every direction. Values are assembled at run time.
import { builder, Rng, ALNUM, UPPER, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x16f111e);
const b = builder({ category: "r16-filler", expect: "secrets" });
const bb = builder({ category: "r16-filler-benign" });

const p = (...parts: string[]) => parts.join("");
const b64 = (s: string) => Buffer.from(s).toString("base64");
const hex = (s: string) => Buffer.from(s).toString("hex");
const alphaRun = (n: number) => (UPPER + LOWER + DIGITS).slice(0, n);

b.pos("r16-ghp-alphabet-query", "GitHub PAT shape, body an alphabet run, in a query string", `GET https://collector.test/v2/ingest?src=agent&auth=${p("gh", "p_", alphaRun(36))}&v=3`);
b.pos("r16-glpat-repeated-header", "GitLab PAT shape, body one repeated digit after FAKE, in a header", `X-Upstream-Auth: ${p("gl", "pat-", "FAKE", "7".repeat(16))}`);
b.pos("r16-stripe-sequence-json", "Stripe live key shape, body a digit sequence, in a JSON body", JSON.stringify({ billing: { provider: "stripe", key: p("sk", "_live_", "0123456789".repeat(3)) }, retries: 2 }));
b.pos("r16-akia-marker-tool", "AWS key id shape with TEST and a repeated letter, as MCP tool arguments", JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "write_env", arguments: { path: ".env", content: `AWS_ACCESS_KEY_ID=${p("AKIA", "TEST", "Q".repeat(12))}\n` } } }));
b.pos("r16-akia-example-base64", "AWS key id shape (EXAMPLE + repeated digit) base64-wrapped in a body", `{"blob":"${b64(`aws_access_key_id=${p("AKIA", "EXAMPLE", "2".repeat(9))}`)}"}`);
b.pos("r16-ghp-repeated-hex", "GitHub PAT shape, body one repeated letter, hex-wrapped", `payload=${hex(`token: ${p("gh", "p_", "Z".repeat(36))}`)}`);
b.pos("r16-azure-repeated-key", "Azure storage connection string whose AccountKey is one repeated letter", `STORAGE=DefaultEndpointsProtocol=https;AccountName=teststore;AccountKey=${"B".repeat(86)}==;EndpointSuffix=core.windows.net`);
b.pos("r16-slack-sequence-chat", "Slack bot token shape with sequential digit groups, pasted in chat", `bot still silent, token is ${p("xo", "xb-", "1234567890", "-", "1234567890123", "-", alphaRun(24))} — what scope am I missing?`);
b.pos("r16-mysql-example-pass", "a connection string whose password says example", `DATABASE_URL=mysql://app:example-Pass-2024@db.internal:3306/app`);
b.pos("r16-basic-example-pass", "Basic credentials whose password says example", `curl -H "Authorization: Basic ${b64("deploy:Example-Secret-77")}" https://api.test/v1/items`);
b.pos("r16-split-json-fields", "an AWS key id split across prefix / middle / suffix fields, more fields after", JSON.stringify({ id_prefix: "AKIA", id_middle: r.str(8, UPPER + DIGITS), id_suffix: r.str(8, UPPER + DIGITS), region: "eu-west-1" }));
b.pos("r16-strong-password-name-word", "a strong password that holds the word token, under a nested YAML key", `deploy:\n  db:\n    user: svc_app\n    password: BlueTokenHouse#${r.str(4, DIGITS)}\n`);

bb.ben("r16-ghp-x-filler", "GitHub PAT shape filled with x", `GITHUB_TOKEN=${p("gh", "p_")}${"x".repeat(36)}`);
bb.ben("r16-akia-X-filler", "AWS key id with X filler in docs", `aws_access_key_id = ${p("AKIA", "X".repeat(16))}`);
bb.ben("r16-sk-ellipsis", "a masked key with an ellipsis, as dashboards show it", `Your key ${p("sk", "_live_")}…${r.str(4, ALNUM)} was rotated`);
bb.ben("r16-template-markers", "template markers in a config", `stripe_key: "{{ STRIPE_SECRET_KEY }}"\ngithub_token: \${GITHUB_TOKEN}\nslack: <your-slack-bot-token>\nazure: %AZURE_STORAGE_KEY%`);
bb.ben("r16-changeme-words", "CHANGEME and REPLACE_ME words in an env file", `GITLAB_TOKEN=${p("gl", "pat-", "REPLACE_ME_WITH_TOKEN")}\nDB_PASSWORD=CHANGEME\n`);
bb.ben("r16-zero-filler", "zeros as the unset value", `NPM_TOKEN=${p("np", "m_", "0".repeat(36))}\nETH_KEY=0x${"0".repeat(64)}`);
bb.ben("r16-example-identifiers", "the word example as names, hosts and prose", `api_key: "EXAMPLE_API_KEY"\npassword: see the example below\nendpoint: https://api.example.com/v1\n`);
bb.ben("r16-url-example-host", "a connection string with a plain placeholder password on an example host", `postgres://user:password@db.example.com:5432/app`);
bb.ben("r16-asterisk-mask", "a masked secret in CLI output", `aws_secret_access_key     ****************${r.str(4, ALNUM)} shared-credentials-file`);
bb.ben("r16-alphabet-prose", "an alphabet run that is not in a token shape", `const ALPHABET = "${UPPER}${LOWER}${DIGITS}";`);
export const cases = [...b.cases, ...bb.cases];
