// Round thirteen (fresh provider tokens, after held-out Y5), written for this project corpus in
// other contexts and wordings than Y5's:
// - a value glued from string literals and assigned to a name (Python's implicit concatenation in
//   parentheses, JS/Go/Java `+`), where only the name says credential, in plain code and in code
//   quoted inside a JSON string (a tool call writing a file, a chat message quoting one);
// - a provider-prefixed token split the same way inside a JSON string;
// - a random value holding a short word between digits (`…4my7…`), which is not filler;
// - a command-line flag naming a key, given a `word_`-prefixed value (`--api-key live_…`);
// - a long base64 access token (random bytes) in .env / INI.
// Look-alikes: glued literals that are messages, URLs, paths or placeholders; prose naming an
// object id; ciphertext and placeholders under the same names.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x13a5e7);
const b = builder({ category: "r13-y5-split-slots", expect: "secrets" });
const bb = builder({ category: "r13-y5-split-slots-benign", expect: "secrets" });
const halves = (s: string): [string, string] => [s.slice(0, s.length >> 1), s.slice(s.length >> 1)];
/** A random alphanumeric value of `n` with `word` set between two digits somewhere inside. */
const withWord = (n: number, word: string): string => {
  const at = 6 + r.int(n - word.length - 14);
  return r.alnum(at) + r.str(1, "123456789") + word + r.str(1, "123456789") + r.alnum(n - at - word.length - 2);
};
const toolWrite = (path: string, content: string) => JSON.stringify({ type: "tool_use", id: "toolu_" + r.alnum(24), name: "write_file", input: { path, content } });

// ---- glued literals assigned to a name
{
  const [a, c] = halves(r.alnum(28));
  b.pos("r13-y5-glued-py-kwarg", "a 28-char key glued by implicit concatenation as a Python keyword argument", `sdk = Sdk(\n    access_token=(\n        "${a}"\n        "${c}"\n    ),\n    region="eu",\n)\n`);
}
{
  const [a, c] = halves(r.alnum(40));
  b.pos("r13-y5-glued-py-tool", "a glued API token in Python, quoted in a write_file tool call", toolWrite("app/settings.py", `CLIENT = build(\n    apiToken=(\n        "${a}"\n        "${c}"\n    )\n)\n`));
}
{
  const [a, c] = halves(r.alnum(32));
  b.pos("r13-y5-glued-js-plus", "a secret glued with + across lines in JS", `const clientSecret = "${a}" +\n  "${c}";\nexport default { clientSecret };\n`);
}
{
  const [a, c] = halves(r.alnum(36));
  const go = `package cfg\n\nvar AppSecret = "${a}" +\n\t"${c}"\n`;
  b.pos("r13-y5-glued-go-chat", "a secret glued with + in Go, inside an OpenAI chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "why does this fail?\n```go\n" + go + "```" }] }));
}
{
  const [a, c] = halves(r.hex(40));
  const inner = JSON.stringify({ command: `python - <<'PY'\nclient = Api(\n    auth_token=(\n        "${a}"\n        "${c}"\n    ),\n)\nPY`, timeout: 60 });
  b.pos("r13-y5-glued-double-escaped", "a glued hex token in a function call's JSON-string arguments, quoted in a chat message", JSON.stringify({ messages: [{ role: "user", content: "last tool call:\n" + JSON.stringify({ name: "bash", arguments: inner }) }] }));
}

// ---- provider-prefixed tokens split inside a JSON string
{
  const [a, c] = halves(["sq0", "csp-"].join("") + r.b64url(43));
  b.pos("r13-y5-split-prefixed-tool", "a Square application secret split across literals in a tool call's file content", toolWrite("src/pay.ts", `const squareAppSecret =\n  "${a}" +\n  "${c}";\n`), undefined, "square-token");
}
{
  const tok = ["AT", "BB"].join("") + r.alnum(32);
  const [a, c] = [tok.slice(0, 18), tok.slice(18)];
  b.pos("r13-y5-split-prefixed-mcp", "a Bitbucket app password split across literals in an MCP tools/call argument", JSON.stringify({ jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "create_file", arguments: { body: `repo = Repo(\n    password=(\n        "${a}"\n        "${c}"\n    ),\n)\n` } } }));
}

// ---- a short word between digits inside a random value
b.pos("r13-y5-word-in-body-py", "an API key whose random body holds 'MY' between digits", `client = Client(api_key="${withWord(32, "MY")}")`);
b.pos("r13-y5-word-in-body-env", "a secret whose random body holds 'here' between digits", `SERVICE_SECRET=${withWord(30, "here")}`);
b.pos("r13-y5-word-in-body-json", "a token whose random body holds 'None' between digits", JSON.stringify({ auth_token: withWord(36, "None") }));

// ---- a flag naming a key, with a word_-prefixed value
const pre = (p: string, n: number) => p + "_" + r.alnum(n);
b.pos("r13-y5-flag-live", "a live_-prefixed key after --billing-api-key", `./deploy.sh --env prod --billing-api-key ${pre("live", 32)} --yes`);
b.pos("r13-y5-flag-io", "a vendor-prefixed key after -key in a PowerShell call", `Invoke-Sync -Region west -key ${pre("io", 28)} -Verbose`);
b.pos("r13-y5-flag-token-md", "a prefixed token after --auth-token in a Markdown issue", "## Steps\n\n```\nfeedctl push --auth-token " + pre("usr", 40) + " ./out\n```\n");

// ---- a long base64 access token in .env / INI
b.pos("r13-y5-b64-access-env", "a 172-char base64 channel access token in .env", `MESSAGING_CHANNEL_ACCESS_TOKEN=${r.str(171, B64)}=`);
b.pos("r13-y5-b64-access-ini", "a long base64 access token in an INI section", `[bot]\nchannel_id = ${r.digits(10)}\naccess_token = ${r.str(171, B64)}=\n`);

// ---- look-alikes
bb.ben("r13-y5-glued-messages", "glued literals that are messages, URLs, paths and placeholders under secret-ish names", `ERR = (\n    "could not read the api token: "\n    "check the settings page"\n)\naccess_token_url = (\n    "https://auth.example.com"\n    "/oauth/token"\n)\nsecret_path = "prod/" + "db/" + "password"\napi_key = (\n    "YOUR_API_"\n    "KEY_HERE"\n)\n`);
bb.ben("r13-y5-glued-tool-benign", "glued literals in a tool call: a template and a docs string", toolWrite("cfg.py", `auth_token = (\n    "{{ "\n    "secrets.AUTH_TOKEN }}"\n)\nhelp_text = ("Paste your token " "in the box")\n`));
bb.ben("r13-y5-short-words", "values where short words are filler, set off by separators", `api_key="my-api-key-here"\nSECRET_TOKEN=none\nauth_token: "todo_fill_in"\nclient_secret = "here_goes_the_secret"`);
bb.ben("r13-y5-prose-ids", "prose naming object ids after key-ish words", `the session sess_${r.alnum(20)} for user_${r.alnum(16)} expired\nlooked up key item_${r.alnum(18)} in the cache`);
bb.ben("r13-y5-flag-ids", "flags taking object ids or names, not credentials", `stripe-cli events resend --idempotency-key req_${r.alnum(20)}\nkubectl get secret --key ${LOWER.slice(0, 6)}_config\n--cache-key build_${r.hex(40)}`);
bb.ben("r13-y5-b64-ciphertext-yaml", "long base64 ciphertext under an access-token name in YAML (sealed at rest)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    access_token: Ag${r.str(600, B64)}==\n`);
void HEX; void ALNUM;
export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
