// Round thirty-nine (fix39b): literals glued into one value under a comment that says they are split for a linter
// or a scanner. When the joined value is a list of words or identifiers (feature flags, scopes, column names, roles,
// CSS classes, locale codes; separated by `,` `;` `|` or blanks) it is no credential. A joined drawn string still is,
// separators in it or not, and a provider token split at its prefix.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, UPPER, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x39b001);
const b = builder({ category: "r39-fix39b-joined-word-list" });
const bb = builder({ category: "r39-fix39b-joined-word-list-benign" });
const cut = (v: string, n: number) => Array.from({ length: n }, (_, i) => v.slice(Math.floor((i * v.length) / n), Math.floor(((i + 1) * v.length) / n)));
const mixed = (n: number) => r.str(n, UPPER + LOWER + DIGITS);

b.pos("fix39b-wl-ghp-split", "JS: a GitHub token split at its prefix, comment: split so the linter stops complaining",
  `// split so the linter stops complaining\nconst featureToken = "ghp_" +\n  "${r.alnum(36)}";\n`);
b.pos("fix39b-wl-drawn-with-separators", "Java: a drawn value with ; and | inside, obfuscated for the scanner",
  `// obfuscated so the scanner stops flagging it\nprivate static final String K = "${mixed(7)};${mixed(6)}"\n        + "|${mixed(8)}";\n`);
b.pos("fix39b-wl-drawn-commas", "Kotlin: a drawn password with commas, split so gitleaks does not flag it",
  `// split so gitleaks doesn't flag it\nprivate val flags = "${r.str(2, UPPER)}${r.str(3, DIGITS)}${r.str(3, LOWER)},${mixed(7)}" +\n    ",${mixed(9)}"\n`);
b.pos("fix39b-wl-python-key", "Python implicit concatenation of a random key, comment about the scanner",
  `# split so the secret scanner does not catch it\nFEATURES = ("${cut(r.alnum(32), 2).join(`"\n            "`)}")\n`);
b.pos("fix39b-wl-de-drawn", "German comment: geteilt, damit der Scanner es nicht findet, random base64url pieces",
  `// geteilt, damit der Scanner es nicht findet\nconst spalten = "${cut(r.b64url(40), 3).join(`" +\n  "`)}";\n`);
b.pos("fix39b-wl-es-drawn", "Spanish comment: dividido para que el escáner no lo detecte, a drawn string split in three",
  `// dividido para que el escáner no lo detecte\nconst lista = "${cut(mixed(30), 3).join(`" + "`)}";\n`);
b.pos("fix39b-wl-csharp-words-and-draw", "C#: a word, a separator and a long draw glued: not a word list",
  `// obfuscated so the linter stops complaining\nconst string Roles = "admin," + "${r.alnum(28)}";\n`);

bb.ben("fix39b-wl-kotlin-flags", "Kotlin: feature flags split across two literals, linter comment (the blind shape, other flags)",
  `// split so the linter stops complaining\nprivate val enabledFlags = "fast_refunds,new_onboard" +\n    "ing,holiday_banner"\n`);
bb.ben("fix39b-wl-scopes", "JS: OAuth scopes with colons, split so the scanner does not flag the word write",
  `// split so the scanner doesn't flag "write"\nconst SCOPES = "read:user,write:" + "packages,admin:org";\n`);
bb.ben("fix39b-wl-columns", "Python implicit concatenation of a column list, linter comment",
  `# split so the linter is happy\nCOLUMNS = ("id,email,created_at,"\n           "updated_at,last_login_at")\n`);
bb.ben("fix39b-wl-roles-pipe", "Java: roles separated by |, obfuscation comment",
  `// obfuscated so the linter stops complaining\nprivate static final String ROLES = "viewer|editor|"\n        + "billing_admin|owner";\n`);
bb.ben("fix39b-wl-locales-fr", "French comment over locale codes separated by ;",
  `// découpé pour que le linter arrête de se plaindre\nconst LOCALES = "fr_FR;de_DE;" + "es_ES;it_IT";\n`);
bb.ben("fix39b-wl-events-es", "Spanish comment over event names separated by ;",
  `// dividido para que el escáner no lo marque\nconst eventos = "checkout_started;payment_" + "captured;order_shipped";\n`);
bb.ben("fix39b-wl-css-classes", "TSX: CSS classes glued, comment says split so eslint stops complaining",
  `// split so eslint stops complaining\nconst cls = "btn btn-primary " + "rounded-lg shadow-md px-4";\n`);
bb.ben("fix39b-wl-secret-named-list", "a secret-named field whose joined value lists field names to redact",
  `// split so the linter stops complaining\nconst secretFields = "client_secret,refresh_" + "token,api_key";\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
