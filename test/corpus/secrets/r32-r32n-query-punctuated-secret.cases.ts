// Round thirty-two (Y141): a generated auth token or password with the punctuation such draws use
// (`)`, `(`, `;`, `{`) as a URL query parameter named as a secret (`?api_key=…&page=2`). The
// generic assignment's bare value stops at brackets and `;`, leaving a stub too short to judge.
// Benign: the same parameter holding a call, a template, a bracketed placeholder, a matrix-style
// `;name=` separator after a short value, words with brackets, and a Markdown link's
// closing bracket after a plain token.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32b1a7);
const b = builder({ category: "r32n-query-punctuated-secret" });
const bb = builder({ category: "r32n-query-punctuated-secret-benign" });
// A generator's draw: letters of both cases and digits with one or two brackets or a `;` inside, never
// at the end (a closing bracket at the end reads as an expression).
const draw = (n = 20) => {
  const p1 = r.pick([")", "(", ";", "{", "}"]);
  const p2 = r.pick([")", "(", "{", "}"]);
  return `${r.pick(["Q", "W", "Z", "K"])}${r.digits(1)}${p1}${r.alnum(Math.floor(n / 2) - 3)}${p2}${r.alnum(Math.ceil(n / 2) - 2)}${r.pick(["a", "m", "x"])}${r.digits(1)}`;
};

b.pos("r32n-q-export", "export URL with api_key between parameters", `https://objects.cloud.example.com/v2/report?format=json&api_key=${draw()}&limit=50`);
b.pos("r32n-q-curl", "curl with a token parameter", `curl -s "https://metrics.example.net/push?job=nightly&token=${draw(24)}"\n`);
b.pos("r32n-q-log", "access log line", `10.0.4.2 - - [07/Dec/2026:07:12:01 +0000] "GET /api/v1/sync?access_token=${draw(22)} HTTP/1.1" 200 512\n`);
b.pos("r32n-q-prefixed-name", "prefixed parameter name", `GET /hooks/deploy?svc_auth_token=${draw()}#top\n`);
b.pos("r32n-q-password", "password parameter ending the URL", `Open this to log in: https://nas.example.org/login?user=backup&pwd=${draw(18)}\n`);
b.pos("r32n-q-json", "URL inside a JSON tool call", JSON.stringify({ tool: "http_get", args: { url: `https://api.example.io/export?client_secret=${draw(26)}&page=3` } }));

bb.ben("r32n-q-call", "a call as the value in code", "const url = `/v1/items?api_key=getKey(3)&page=${page}`;\n");
bb.ben("r32n-q-template", "a template in the value", "GET /v1/items?token={{ vault(api_token) }}&page=2\n");
bb.ben("r32n-q-placeholder", "a bracketed placeholder", "https://api.example.com/v1/items?api_key=[YOUR_API_KEY]&page=2\n");
bb.ben("r32n-q-matrix", "a short value then a ;name= separator", "https://api.example.com/v1/items?token=Ab12;version=2&page=2\n");
bb.ben("r32n-q-words", "words with brackets", "https://docs.example.com/search?secret=rotation(policy)notes&lang=en\n");
bb.ben("r32n-q-markdown", "a badge link: the ) closes the link", "[![coverage](https://cov.example.io/gh/acme/lib/graph/badge.svg?token=K7PQ2ZX9RB)](https://cov.example.io/gh/acme/lib)\n");
bb.ben("r32n-q-shell", "a command substitution", 'curl "https://api.example.com/v1/items?api_key=$(cat ~/.key)&page=2"\n');

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
