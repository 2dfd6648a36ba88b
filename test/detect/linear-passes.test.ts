// Passes rewritten to be linear in their input (issue 24's speed work; figures in
// `bun scripts/bench/shapes.ts`): what each finds must be what it found before, on the inputs
// that used to make it slow as well as on ordinary ones. No timings here: the bench measures.
import { describe, expect, test } from "bun:test";
import { BUILTIN_RULES, compileDetector, DETECTORS } from "../../src/detect/index.ts";
import { quotedLiterals } from "../../src/detect/unescape.ts";
import { utf16Runs } from "../../src/detect/decode.ts";
import { glueMatches, literalEndOf, nextLiteral } from "../../src/detect/reassemble.ts";
import { fake } from "../helpers/fake.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS) });
const rules = (text: string) => detector.scan(text).findings.map((f) => f.ruleId);

describe("quoted literals of a line", () => {
  // The pattern the one-pass reader replaces; on short lines it never reaches its backtracking limit.
  const LITERAL = /"((?:[^"\\\r\n]|\\.){1,65536})"|'((?:[^'\\\r\n]|\\.){1,65536})'/g;
  const byPattern = (line: string) => [...line.matchAll(LITERAL)].flatMap((m) => [m.index, m.index + m[0].length]);

  test("the same literals as the pattern, on 20,000 random lines of quotes, backslashes and line separators", () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['"', "'", "\\", "\\", "a", " ", "\u2028", '"', "'", "x"];
    const differ: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      let line = "";
      for (let i = 1 + Math.floor(random() * 24); i > 0; i--) line += alphabet[Math.floor(random() * alphabet.length)];
      if (quotedLiterals(line).join() !== byPattern(line).join()) differ.push(JSON.stringify(line));
    }
    expect(differ).toEqual([]);
  });

  test("a body of 65,536 characters is a literal, one more is not; escapes count as one", () => {
    expect(quotedLiterals(`"${"a".repeat(65536)}"`)).toEqual([0, 65538]);
    expect(quotedLiterals(`"${"a".repeat(65537)}"`)).toEqual([]);
    expect(quotedLiterals(`"${"\\n".repeat(65536)}"`)).toEqual([0, 2 * 65536 + 2]);
  });

  test("a string too long to be one literal still yields the literals inside it that fit", () => {
    // The pattern gave up on the whole line here (JavaScriptCore's backtracking limit returns no match).
    const line = `x"${'a\\"'.repeat(35000)}"`;
    const lits = quotedLiterals(line);
    expect(lits.length).toBe(2);
    expect(lits[1]).toBe(line.length);
    expect(line.slice(lits[0]! + 1, lits[1]! - 1).replace(/\\./g, "_").length).toBeLessThanOrEqual(65536);
  });

  test("a token escaped inside a JSON string that holds many escaped quotes is still found", () => {
    const tok = fake.githubPat();
    const page = `<p class=\\"x\\">${"<a href=\\\"/x\\\">link</a>\\n".repeat(4000)}token: ${[...tok].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}</p>`;
    expect(rules(JSON.stringify({ page }).replace(/\\\\u/g, "\\u"))).toContain("github-pat");
  });
});

describe("character arrays", () => {
  const spelled = (tok: string) => `[${[...tok].map((c) => `'${c}'`).join(", ")}].join('')`;

  test("a token spelled as a character array after thousands of one-character strings outside brackets", () => {
    const tok = fake.githubPat();
    expect(rules(`${'"a", "b", '.repeat(20000)}\nconst t = ${spelled(tok)};`)).toContain("github-pat");
  });

  test("each array of a file is read: a spelled token between long arrays of letters", () => {
    const tok = fake.githubPat();
    const letters = `[${"'a', ".repeat(3000)}'b']`;
    expect(rules(`${letters}\nconst t = ${spelled(tok)};\n${letters}`)).toContain("github-pat");
  });
});

describe("wrapped base64", () => {
  test("a token base64-encoded inside a megabyte of 76-wide wrapped base64 is found, and a block ends at the other alphabet", () => {
    const tok = fake.githubPat();
    const filler = Buffer.from("x".repeat(700_000)).toString("base64");
    const blob = Buffer.from(`config\ntoken=${tok}\n`).toString("base64");
    const wrapped = (s: string) => s.match(/.{1,76}/g)!.join("\n");
    expect(rules(`${wrapped(filler)}\n\n${wrapped(blob)}\n`)).toContain("github-pat");
  });
});

describe("UTF-16 read as bytes", () => {
  test("the same runs as the pattern, on 20,000 random strings of letters, NULs and control characters", () => {
    const UTF16_RUN = /(?:[\x09\x0a\x0d\x20-\x7e]\x00){8,}/g;
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ["a", "\0", "\0", "b", "\x01", "\n", "\0", "é"];
    const differ: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      let s = "";
      for (let i = 5 + Math.floor(random() * 60); i > 0; i--) s += random() < 0.7 ? `${alphabet[Math.floor(random() * 2) * 3]}\0` : alphabet[Math.floor(random() * alphabet.length)];
      const want = [...s.matchAll(UTF16_RUN)].flatMap((m) => [m.index, m.index + m[0].length]);
      if (utf16Runs(s).join() !== want.join()) differ.push(JSON.stringify(s));
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });

  test("a token in UTF-16LE inside a megabyte of UTF-16LE text is found", () => {
    const tok = fake.githubPat();
    const text = Buffer.from(`${"hello world ".repeat(45_000)}GITHUB_TOKEN=${tok}\n`, "utf16le").toString("latin1");
    expect(rules(text)).toContain("github-pat");
  });
});

describe("glued literals", () => {
  // The pattern glueMatches runs only where a match can open, run globally at every position.
  const GLUE = /(["'`])[ \t]*(?:\r?\n[ \t]*)?\+[ \t]*(?:\r?\n[ \t]*)?(["'`])|(["'])(?:[ \t]+|[ \t]*\\?\r?\n[ \t]*)(["'])/g;
  const byPattern = (text: string) => [...text.matchAll(GLUE)].map((m) => [m.index, m[0], m[1], m[2], m[3], m[4]]);
  const found = (text: string) => glueMatches(text).map((m) => [m.index, m[0], m[1], m[2], m[3], m[4]]);

  test("the same matches as the pattern, on 20,000 random strings of quotes, blanks, plus signs and line breaks", () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['"', "'", "`", " ", "\t", "+", "\n", "\r", "\\", "a", '"', "'", " "];
    const differ: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      let text = "";
      for (let i = 1 + Math.floor(random() * 32); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      if (JSON.stringify(found(text)) !== JSON.stringify(byPattern(text))) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
  });

  test("joins in code: a `+` at a line's end or opening the next, juxtaposed literals, a shell continuation", () => {
    const text = 'a = "ghp_" +\n    "abc";\nb = "x"\n  + "y"; c = ("p" "q")\nd = "r" \\\n  "s"; e = `t` + `u`; f = \'v\'+"w"';
    expect(found(text)).toEqual(byPattern(text));
    expect(found(text).length).toBe(6);
  });
});

describe("string literals of a window", () => {
  const LITERAL = /"((?:[^"\\\r\n]|\\.){0,4096})"|'((?:[^'\\\r\n]|\\.){0,4096})'/g;
  const byPattern = (text: string) => [...text.matchAll(LITERAL)].flatMap((m) => [m.index, m.index + m[0].length]);
  const found = (text: string) => {
    const out: number[] = [];
    for (let at = nextLiteral(text, 0); at >= 0; at = nextLiteral(text, literalEndOf())) out.push(at, literalEndOf());
    return out;
  };

  test("the same literals as the pattern, on 20,000 random strings of quotes, backslashes and line breaks", () => {
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['"', "'", "\\", "\\", "a", " ", "\n", "\r", "\u2028", '"', "'", "x"];
    const differ: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      let text = "";
      for (let i = 1 + Math.floor(random() * 32); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      if (found(text).join() !== byPattern(text).join()) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
  });

  test("with template literals and a 512-character bound, the same literals as that pattern", () => {
    const QUOTED = /"((?:[^"\\\r\n]|\\.){0,512})"|'((?:[^'\\\r\n]|\\.){0,512})'|`((?:[^`\\\r\n$]|\\.){0,512})`/g;
    const quoted = (text: string) => {
      const out: number[] = [];
      for (let at = nextLiteral(text, 0, 512, true); at >= 0; at = nextLiteral(text, literalEndOf(), 512, true)) out.push(at, literalEndOf());
      return out;
    };
    let seed = 9;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['"', "'", "`", "$", "\\", "a", " ", "\n", "\r", "\u2028", "`", "x"];
    const differ: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      let text = "";
      for (let i = 1 + Math.floor(random() * 32); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      if (quoted(text).join() !== [...text.matchAll(QUOTED)].flatMap((m) => [m.index, m.index + m[0].length]).join()) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
    for (const text of ["`" + "a".repeat(512) + "`", "`" + "a".repeat(513) + "` 'b'"]) expect(quoted(text)).toEqual([...text.matchAll(QUOTED)].flatMap((m) => [m.index, m.index + m[0].length]));
  });

  test("a body of 4,096 characters is a literal, one more is not; escapes count as one", () => {
    for (const text of [`"${"a".repeat(4096)}"`, `"${"a".repeat(4097)}"`, `'${"\\'".repeat(4096)}'`, `'${"\\'".repeat(4097)}' 'b'`]) expect(found(text)).toEqual(byPattern(text));
  });
});
