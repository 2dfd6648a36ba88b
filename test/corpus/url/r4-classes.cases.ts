// Round four (held-out F's URL false positive): a search query for the words of a key header is
// text, not a key; the header with key material after it, in any query, stays a finding.
// Built at run time from a seeded generator.
import { Rng, B64 } from "../secrets/_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(0x4f01);
export const cases: CorpusCase[] = [];
let n = 0;
const add = (label: "positive" | "benign", note: string, text: string) =>
  cases.push({ id: `url-r4-${String(++n).padStart(2, "0")}`, kind: "url", category: label === "positive" ? "r4-key-header-words" : "r4-key-header-words-benign", label, text, note });

const q = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");
const hdr = (kind: string) => `BEGIN ${kind} PRIVATE KEY`;

add("benign", "search engine query for the OpenSSH header words", `https://www.google.com/search?q=${q(`what does ${hdr("OPENSSH")} mean`)}&hl=en`);
add("benign", "Bing query for the header words in quotes", `https://www.bing.com/search?q=${q(`"${hdr("OPENSSH")}" vs "${hdr("RSA")}"`)}&form=QBLH`);
add("benign", "Stack Overflow search for the header words", `https://stackoverflow.com/search?q=${q(`convert ${hdr("OPENSSH")} to pem`)}`);
add("benign", "GitHub code search for the header words with a filter", `https://github.com/search?q=${q(`${hdr("OPENSSH")} language:Go`)}&type=code`);
add("positive", "header words followed by key material in a query", `https://paste-collect.example.net/s?q=${q(`${hdr("OPENSSH")} b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB${r.str(40, B64)}`)}`);
add("positive", "dashless header and body, base64url in a parameter", `https://collect.example.org/c?d=${Buffer.from(`${hdr("OPENSSH")}\n${r.str(70, B64)}`).toString("base64url")}`);
