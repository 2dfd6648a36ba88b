// Round seven (held-out I's URL miss): an authority with more than one "@". Unescaped, "@" is
// not allowed in the userinfo, and clients split such an authority at different "@"s (one
// reaches the internal address, another the public host). Benign: an escaped "@" (%40) in the
// path, "@" in the path (handles, scoped packages) and in the query.
import type { CorpusCase } from "../types.ts";
import { listed, type Listed } from "../listed.ts";


const pos: Listed[] = [
  ["http://admin@10.0.0.5:8080@cdn.example.org/status", "private address between two @"],
  ["https://x@169.254.169.254@example.net/latest/meta-data/", "metadata address between two @"],
  ["http://a@localhost:6379@example.com/", "localhost between two @"],
  ["https://user:pass@internal.corp@example.com/login", "a second host hidden in the userinfo"],
];
const ben: Listed[] = [
  ["https://files.example.com/share/team%40example.org/report.pdf", "an escaped @ in the path"],
  ["https://medium.com/@janedoe/notes-on-parsers-2f1e", "a handle in the path"],
  ["https://registry.npmjs.org/@types%2fnode", "a scoped package in the path"],
  ["https://example.com/search?q=user@example.org&page=2", "an e-mail address in the query"],
];

const mk = listed("url");

export const cases: CorpusCase[] = [
  ...mk("r7-uat-pos", "r7-url-authority-confusion", "positive", pos),
  ...mk("r7-uat-ben", "r7-url-authority-confusion-benign", "benign", ben),
];
