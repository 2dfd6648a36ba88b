// Round thirty-nine (fix39a): a short random credential in an Authorization header's scheme (Bearer, Token), 16 to 19
// characters: both cases with digits switching through it, or letters drawn in parts split by `_`, `.`, `-`. A credential to
// any host. Benign: placeholders, references, words and names (`test-token`, `myAccessToken`, `this.state.token`), a
// word and a year, a truncated JWT in docs.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, LOWER, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x39a004);
const b = builder({ category: "r39-fix39a-short-bearer" });
const bb = builder({ category: "r39-fix39a-short-bearer-benign" });
/** Parts of drawn letters of both cases split by separators, `total` characters in all. */
const parted = (seps: string[]) => seps.map((sep) => r.str(2, LOWER) + r.str(1, UPPER) + r.str(1, LOWER) + r.str(1, UPPER) + sep).join("") + r.str(1, UPPER) + r.str(2, LOWER);
/** Letters of both cases and digits switching through it. */
const switched = (n: number) => Array.from({ length: Math.ceil(n / 3) }, () => r.str(1, UPPER) + r.str(1, LOWER) + r.str(1, DIGITS)).join("").slice(0, n);

b.pos("fix39a-sb-curl-parted", "curl with a short bearer of drawn letters split by `_` and `.`",
  `curl -sS -X POST https://jobs.internal.example.com/v1/run \\\n  -H "Authorization: Bearer ${parted(["_", ".", "_"])}" \\\n  -d '{"n":1}'\n`);
b.pos("fix39a-sb-fetch-switched", "JavaScript fetch with a 17-character bearer of letters and digits",
  `await fetch(url, { headers: { Authorization: "Bearer ${switched(17)}", Accept: "application/json" } });\n`);
b.pos("fix39a-sb-token-scheme", "HTTP request with a Token scheme and a 16-character credential",
  `GET /api/v2/items HTTP/1.1\nHost: inventory.example.org\nAuthorization: Token ${switched(16)}\n`);
b.pos("fix39a-sb-python", "Python requests header with a parted bearer",
  `resp = requests.get(URL, headers={"Authorization": "Bearer ${parted(["-", "_", "."])}"})\n`);
b.pos("fix39a-sb-httpie", "HTTPie with an 18-character bearer",
  `http GET https://metrics.example.net/v1/q Authorization:"Bearer ${switched(18)}"\n`);
b.pos("fix39a-sb-note-fr", "French note with a short bearer copied from a console",
  `Pour tester l'API :\nAuthorization: Bearer ${parted([".", "_", "-"])}\n`);

bb.ben("fix39a-sb-ben-placeholders", "docs with placeholder bearers",
  `curl -H "Authorization: Bearer <token>" https://api.example.com\ncurl -H "Authorization: Bearer YOUR_API_KEY" https://api.example.com\ncurl -H "Authorization: Bearer xxxxxxxxxxxx" https://api.example.com\n`);
bb.ben("fix39a-sb-ben-refs", "bearers from variables and CI secrets",
  `curl -H "Authorization: Bearer $TOKEN" https://a.example\ncurl -H "Authorization: Bearer \${{ secrets.API_TOKEN }}" https://a.example\n`);
bb.ben("fix39a-sb-ben-words", "bearers that are words and names",
  `Authorization: Bearer test-token\nAuthorization: Bearer my-secret-token\nAuthorization: Bearer ACCESS_TOKEN_HERE\n`);
bb.ben("fix39a-sb-ben-code", "code passing a member path and a camelCase name as the bearer",
  `headers["Authorization"] = "Bearer this.state.accessToken";\nAuthorization: Bearer Hello.World.Again\nAuthorization: Bearer myAccessToken\n`);
bb.ben("fix39a-sb-ben-null", "a logged request whose bearer was not set",
  `> Authorization: Bearer undefined\n> Authorization: Bearer null\n`);
bb.ben("fix39a-sb-ben-word-year", "bearers made of a word and a number",
  `Authorization: Bearer MyToken_2024\nAuthorization: Bearer Test12345678\nAuthorization: Bearer abc123\n`);
bb.ben("fix39a-sb-ben-jwt-docs", "docs with a truncated JWT",
  `Authorization: Bearer eyJhbGciOiJIUzI1NiIs...\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
