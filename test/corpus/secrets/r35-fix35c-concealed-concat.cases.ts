// Round thirty-five (fix35c): a value split into concatenated literals on purpose, under a name that says
// nothing (`K`, `a`, `cfg1`), with a comment that says so: obfuscated, split so a linter or a secret scanner
// (gitleaks, push protection) does not flag it, in Java, Kotlin, JS, Python, C#, and in French, German, Spanish.
// Benign: the same comments over split hashes, URLs, base64 data past a credential's length, version strings;
// a line-length linter's split of a digest; and split credentials' look-alikes with no such comment.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x35c004);
const b = builder({ category: "r35-fix35c-concealed-concat" });
const bb = builder({ category: "r35-fix35c-concealed-concat-benign" });
const cut = (v: string, n: number) => Array.from({ length: n }, (_, i) => v.slice(Math.floor((i * v.length) / n), Math.floor(((i + 1) * v.length) / n)));
const java = (comment: string, name: string, v: string, n = 3) => `${comment}\nprivate static final String ${name} = "${cut(v, n).join(`"\n        + "`)}";\n`;
const pw = () => r.str(5, UPPER + LOWER) + "!" + r.str(5, UPPER + LOWER + DIGITS) + "#" + r.str(6, UPPER + LOWER + DIGITS);

b.pos("fix35c-cc-java-linter", "Java K, comment: obfuscated so the linter stops complaining", java("// obfuscated so the linter stops complaining", "K", r.b64url(36)));
b.pos("fix35c-cc-kotlin-gitleaks", "Kotlin val, comment: split so gitleaks doesn't flag it", `// split so gitleaks doesn't flag it\nprivate val a = "${cut(r.alnum(32), 2).join(`" +\n    "`)}"\n`);
b.pos("fix35c-cc-js-push-protection", "JS const, trailing comment about push protection", `const cfg1 = "${cut(r.HEX(64), 3).join(`" + "`)}"; // broken up to get past push protection\n`);
b.pos("fix35c-cc-python-implicit-fr", "Python implicit concatenation, French comment: découpé pour que le scanner ne le voie pas", `# découpé pour que le scanner ne le voie pas\nK = ("${cut(r.alnum(30), 3).join(`"\n     "`)}")\n`);
b.pos("fix35c-cc-csharp-de-symbols", "C# const, German comment: verschleiert, password with symbols", `// verschleiert, damit der Linter Ruhe gibt\nconst string X = "${cut(pw(), 3).join(`"\n    + "`)}";\n`);
b.pos("fix35c-cc-java-es", "Java, Spanish comment: ofuscado para el escáner", java("// ofuscado para que el escáner no lo detecte", "V", r.alnum(24) + r.hex(8), 4));
b.pos("fix35c-cc-block-comment-on-purpose", "block comment: split on purpose", `/* split on purpose */\nstatic const char *s = "${cut(r.alnum(28), 2).join(`"\n    "`)}";\n`);

bb.ben("fix35c-cc-digest-line-length", "split sha256, comment: split for the line-length linter", java("// sha256 of the release apk, split for the line-length linter", "K", r.HEX(64)));
bb.ben("fix35c-cc-url", "obfuscated comment over a split URL", java("// obfuscated so the linter stops complaining", "U", "https://cdn.tilequest.gg/assets/v2/atlas-" + r.hex(8) + ".png"));
bb.ben("fix35c-cc-base64-data", "split base64 image data past a credential's length, linter comment", java("// split into chunks so the linter stops complaining about line length", "ICON", r.b64bytes(240), 6));
bb.ben("fix35c-cc-no-comment", "a split drawn value, no comment, meaningless name", java("// build constants", "K", r.b64url(36)));
bb.ben("fix35c-cc-version", "obfuscated comment over a version string", java("// obfuscated build id", "B", "2024.11.3-rc" + r.digits(3), 2));
bb.ben("fix35c-cc-words", "linter comment over split identifiers", `// split so the linter stops complaining about line length\nconst EVENT = "player_inventory_" +\n  "updated_after_trade";\n`);
bb.ben("fix35c-cc-i18n-fr", "French comment over a split message", `// découpé pour que le linter accepte la longueur de ligne\nconst MSG = "Votre partie a été " +\n  "sauvegardée avec succès.";\n`);
bb.ben("fix35c-cc-layout-split-so", "split so it fits in 100 columns, a drawn-looking constant", `// split so it fits in 100 columns\nconst ROUTE_SEED = "${cut(r.alnum(40), 2).join(`" +\n  "`)}";\n`);
bb.ben("fix35c-cc-checksum-kotlin", "Kotlin checksum split, obfuscation comment", `// obfuscated checksum of the asset bundle\nval k = "${cut(r.hex(64), 2).join(`" +\n    "`)}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
