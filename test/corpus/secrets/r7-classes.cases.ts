// Round seven (the secrets classes held-out set I exposed), written for this project corpus with
// other providers and languages than I's cases. Misses: a token written as bare \uHHHH escapes;
// a word list (`%w[…]`, `qw(…)`) joined; a bare array of hex byte codes; names joined by `+`,
// Lua's `..`, PHP's `.`, or C string macros side by side, each given a literal earlier; a
// provider prefix cut between two list values (`{"np", "m_…"}`); a filler character removed by
// `.replace(…, "")`. Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x5ec7f07);
const b = builder({ category: "r7-disguises", expect: "secrets" });

const glpat = () => ["gl", "pat-"].join("") + r.str(20, ALNUM + "_-");
const npmTok = () => ["np", "m_"].join("") + r.str(36, ALNUM);
const ghp = () => ["gh", "p_"].join("") + r.str(36, ALNUM);
const stripe = () => ["sk", "_live_"].join("") + r.str(24, ALNUM);
const uEsc = (s: string) => [...s].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
const hexList = (s: string) => [...s].map((c) => "0x" + c.charCodeAt(0).toString(16).padStart(2, "0")).join(", ");

{
  b.pos("r7-bare-u-escapes", "GitLab token as bare \\u escapes in a log line", `DEBUG token=${uEsc(glpat())} (escaped)`);
  const t = stripe();
  b.pos("r7-perl-qw", "Stripe key from a Perl qw() list", `my @p = qw(${t.slice(0, 8)} ${t.slice(8, 20)} ${t.slice(20)});\nmy $key = join('', @p);`);
  b.pos("r7-c-hex-bytes", "npm token as a C array of hex bytes", `static const unsigned char k[] = { ${hexList(npmTok())} };`);
  const g = ghp();
  b.pos("r7-java-plus-names", "GitHub token from two Java strings joined with +", `String head = "${g.slice(0, 14)}";\nString tail = "${g.slice(14)}";\nconn.setRequestProperty("Authorization", "token " + head + tail);`);
  const n = npmTok();
  b.pos("r7-lua-dotdot", "npm token from Lua strings joined with ..", `local a = "${n.slice(0, 12)}"\nlocal c = "${n.slice(12)}"\nreq.headers["Authorization"] = "Bearer " .. a .. c`);
  const s2 = stripe();
  b.pos("r7-c-macros", "Stripe key from C string macros side by side", `#define SK_HEAD "${s2.slice(0, 12)}"\n#define SK_TAIL "${s2.slice(12)}"\nstatic const char *key = SK_HEAD SK_TAIL;`);
  const p = glpat();
  b.pos("r7-python-list-split-prefix", "GitLab token cut inside its prefix across list values", `token = "".join(["gl", "${p.slice(2, 14)}", "${p.slice(14)}"])`);
  const q = ghp();
  b.pos("r7-replace-filler", "GitHub token with a filler removed by replaceAll", `const t = "${[...q].join("~")}".replaceAll("~", "");`);
}
b.ben("r7-bare-u-prose", "a short escaped word", `label: \\u0048\\u0065\\u006c\\u006c\\u006f, \\u0077\\u006f\\u0072\\u006c\\u0064`);
b.ben("r7-qw-words", "a Perl word list", `my @fruits = qw(apple banana cherry durian elderberry fig grape);`);
b.ben("r7-hex-table", "a lookup table of hex bytes", `const uint8_t sbox[] = { 0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76 };`);
b.ben("r7-plus-names", "names joined with + for a URL", `String base = "https://api.example.com";\nString path = "/v2/items";\nString url = base + path;`);
b.ben("r7-macros-version", "C macros side by side for a version string", `#define NAME "toolkit"\n#define VER "1.2.3"\nputs(NAME VER);`);
b.ben("r7-replace-slug", "a slug with dashes removed", `const id = "release-2024-05-notes-final".replace(/-/g, "");`);

export const cases: CorpusCase[] = [...b.cases];
