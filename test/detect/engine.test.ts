import { describe, expect, test } from "bun:test";
import { BUILTIN_RULES, ByteText, compileDetector, DETECTORS, type Finding } from "../../src/detect/index.ts";
import { fake } from "../helpers/fake.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS) });
const scan = (text: string) => detector.scan(text);
const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);

describe("raw matches", () => {
  test("a provider token is found with offsets into the input", () => {
    const tok = fake.githubPat();
    const text = `line one\nexport GITHUB_TOKEN=${tok}\n`;
    const v = scan(text);
    expect(v.status).toBe("findings");
    const f = v.findings.find((x) => x.ruleId === "github-pat")!;
    expect(text.slice(f.start, f.end)).toBe(tok);
    expect(f.line).toBe(2);
    expect(f.column).toBe("export GITHUB_TOKEN=".length + 1);
    expect(f.byteStart).toBe(Buffer.byteLength(text.slice(0, f.start)));
    expect(f.decodePath).toEqual([]);
  });

  test("byte offsets count UTF-8 bytes before the secret", () => {
    const tok = fake.npm();
    const text = `héllo wörld → ${tok}`;
    const f = scan(text).findings[0]!;
    expect(f.byteStart).toBe(Buffer.byteLength(text.slice(0, text.indexOf(tok))));
    expect(f.byteEnd - f.byteStart).toBe(tok.length);
  });

  test("the secret never appears whole in a finding", () => {
    const tok = fake.stripeLive();
    const v = scan(`STRIPE=${tok}`);
    expect(v.findings.length).toBe(1);
    expect(JSON.stringify(v)).not.toContain(tok);
    expect(v.findings[0]!.redacted.startsWith("sk_live_")).toBe(true);
  });

  test("clean text is clean", () => {
    expect(scan("The agent reads the README and runs the tests.").status).toBe("clean");
  });
});

describe("encodings and evasion", () => {
  const tok = fake.githubPat();
  const cases: Array<[string, string, string[]]> = [
    ["base64", Buffer.from(`token=${tok}`).toString("base64"), ["base64"]],
    ["base64url", Buffer.from(`??>>${tok}??>>`).toString("base64url"), ["base64url"]],
    ["hex", Buffer.from(`auth ${tok}`).toString("hex"), ["hex"]],
    ["percent", `q=${[...`x ${tok}`].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("")}`, ["url"]],
    ["base64 of percent", Buffer.from(`data=${encodeURIComponent(`a b ${tok}`).replace(/_/g, "%5F")}`).toString("base64"), ["base64", "url"]],
    ["json unicode escape", `{"t": "${tok.slice(0, 2)}\\u0070${tok.slice(3)}"}`, ["escape"]],
  ];
  for (const [name, text, path] of cases) {
    test(`${name} is decoded and the finding points at the encoded span`, () => {
      const f = scan(`prefix ${text} suffix`).findings.find((x) => x.ruleId === "github-pat");
      expect(f).toBeDefined();
      expect(f!.decodePath).toEqual(path as never);
      expect(f!.start).toBeGreaterThanOrEqual("prefix ".length);
      expect(f!.end).toBeLessThanOrEqual("prefix ".length + text.length);
    });
  }

  test("zero-width characters inside a token", () => {
    const text = `key: ${tok.slice(0, 6)}\u200b${tok.slice(6, 20)}\u2060${tok.slice(20)}`;
    const f = scan(text).findings.find((x) => x.ruleId === "github-pat")!;
    expect(f).toBeDefined();
    expect(f.start).toBe(5);
    expect(f.end).toBe(text.length);
    expect(f.notes?.join(" ")).toContain("invisible");
  });

  test("fullwidth letters and Cyrillic look-alikes are folded", () => {
    const full = [...tok].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
    expect(ids(scan(`t=${full}`).findings)).toContain("github-pat");
    const cyr = `\u0261hp${tok.slice(3)}`; // ɡ (Latin small script g) folds to g
    expect(ids(scan(`t=${cyr}`).findings)).toContain("github-pat");
  });

  test("decoding depth is bounded at 3", () => {
    let t = `x ${tok}`;
    for (let i = 0; i < 5; i++) t = Buffer.from(t).toString("base64");
    expect(ids(scan(t).findings)).not.toContain("github-pat");
    let u = `x ${tok}`;
    for (let i = 0; i < 3; i++) u = Buffer.from(u).toString("base64");
    expect(ids(scan(u).findings)).toContain("github-pat");
  });

  test("a PEM key inside a JSON string value", () => {
    const body = Buffer.from(crypto.getRandomValues(new Uint8Array(900))).toString("base64").replace(/(.{64})/g, "$1\n");
    const json = JSON.stringify({ type: "service_account", private_key: `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n` });
    const v = scan(json);
    expect(ids(v.findings)).toEqual(["private-key"]);
  });
});

describe("examples and placeholders", () => {
  test("published examples are findings labelled example", () => {
    const v = scan("aws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    expect(v.findings.map((f) => [f.ruleId, f.example])).toEqual([
      ["aws-access-key-id", true],
      ["aws-secret-access-key", true],
    ]);
  });

  test("a real-shaped key with EXAMPLE appended is not an example", () => {
    const key = `${fake.awsKeyId().slice(0, 13)}EXAMPLE`;
    const f = scan(`id=${key}`).findings[0]!;
    expect(f.ruleId).toBe("aws-access-key-id");
    expect(f.example).toBe(false);
  });

  for (const p of ["<your-api-key>", "${GITHUB_TOKEN}", "xxxxxxxxxxxxxxxxxxxx", "********", 'os.environ["API_KEY"]', "process.env.OPENAI_API_KEY", "{{ secrets.NPM_TOKEN }}", "changeme", "YOUR_API_KEY_HERE"]) {
    test(`placeholder ${p} is not a finding`, () => {
      expect(scan(`api_key = ${p}\npassword: "${p}"\nAuthorization: Bearer ${p}`).findings).toEqual([]);
    });
  }

  test("credentials in URLs to reserved example hosts are examples; look-alike hosts are not", () => {
    const v = fake.alnum(24);
    const pw = `${fake.alnum(10)}9q`;
    const kinds = (text: string) => scan(text).findings.map((f) => [f.ruleId, f.example]);
    expect(kinds(`get("https://example.com/v1?key=${v}")`)).toEqual([["named-secret-slot", true]]);
    expect(kinds(`postgres://admin:${pw}@db.example.org:5432/app`)).toEqual([["url-credentials", true]]);
    expect(kinds(`parse('uri://svc:${pw}@host.test/x')`)).toEqual([["url-credentials", true]]);
    for (const host of ["api.acme.io", "example.com.evil.io", "localhost:8080", "user@example.com@evil.io"]) {
      expect(kinds(`get("https://${host}/v1?key=${v}")`)).toEqual([["named-secret-slot", false]]);
    }
    // The host names only the URL it is in, not a secret elsewhere on the line.
    expect(kinds(`docs at https://example.com; token=${v}`)).toEqual([["named-secret-slot", false]]);
    // Placeholders stay no finding at all (an example would still block outbound).
    expect(scan("https://user:password@example.com/").findings).toEqual([]);
  });

  test("token-shaped filler is not a finding", () => {
    expect(scan(`GITHUB_TOKEN=gh${"p_"}${"x".repeat(36)}`).findings).toEqual([]);
  });
});

describe("validated families", () => {
  test("cards need Luhn and an issuer", () => {
    expect(ids(scan("card 4539 5787 6362 1486").findings)).toEqual(["credit-card"]);
    expect(ids(scan("order 4539 5787 6362 1487").findings)).toEqual([]);
    expect(scan("pay with 4111111111111111").findings[0]!.example).toBe(true);
  });

  test("IBAN needs mod-97", () => {
    expect(ids(scan("IBAN GB29 NWBK 6016 1331 9268 19").findings)).toEqual(["iban"]);
    expect(ids(scan("IBAN GB28 NWBK 6016 1331 9268 19").findings)).toEqual([]);
  });

  test("SSN outside issued ranges is not a finding", () => {
    expect(ids(scan("ssn 536-22-8174").findings)).toEqual(["us-ssn"]);
    expect(ids(scan("ssn 666-22-8174, 000-12-3456, 912-34-5678").findings)).toEqual([]);
  });

  test("BIP-39 phrases need a valid checksum", () => {
    const valid = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    expect(ids(scan(`my seed: ${valid}`).findings)).toEqual(["bip39-seed-phrase"]);
    const invalid = "legal winner thank year wave sausage worth useful legal winner thank year";
    expect(ids(scan(`words: ${invalid}`).findings)).toEqual([]);
  });

  test("BIP-39 phrases are found in any case and next to words not in the list", () => {
    const valid = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    const title = valid.replace(/\b\w/g, (c) => c.toUpperCase());
    expect(ids(scan(`Backup card: ${title}`).findings)).toEqual(["bip39-seed-phrase"]);
    expect(ids(scan(`BACKUP: ${valid.toUpperCase()}`).findings)).toEqual(["bip39-seed-phrase"]);
    // Words of a phrase's length that are not in the list (quokka, zyxw) end a run; the phrase after one is still read.
    expect(ids(scan(`quokka zyxw orbit quokka ${valid} quokka`).findings)).toEqual(["bip39-seed-phrase"]);
    expect(ids(scan(`${"wave legal ".repeat(3)}quokka ${valid}`).findings)).toEqual(["bip39-seed-phrase"]);
  });

  test("JWT needs a JSON header with alg", () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const jwt = `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ sub: "u1", iat: 1700000000 })}.${fake.alnum(43)}`;
    expect(ids(scan(`Authorization: Bearer ${jwt}`).findings)).toContain("jwt");
    const notJwt = `eyJ${fake.alnum(30)}.eyJ${fake.alnum(30)}.${fake.alnum(43)}`;
    expect(ids(scan(notJwt).findings)).not.toContain("jwt");
  });
});

describe("env leak", () => {
  const value = `${fake.alnum(10)}-${fake.alnum(12)}`;
  const d = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS), envSecrets: [{ name: "MY_SERVICE_TOKEN", value }] });
  for (const [name, text, step] of [
    ["raw", `body=${value}`, undefined],
    ["base64", `x ${Buffer.from(`k:${value}`).toString("base64")}`, "base64"],
    ["hex", `x ${Buffer.from(value).toString("hex")}`, "hex"],
    ["url", `x ${encodeURIComponent(value + "/?&=")}`, undefined],
  ] as const) {
    test(`${name} form is found`, () => {
      const f = d.scan(text).findings.filter((x) => x.ruleId === "env-leak");
      expect(f.length).toBe(1);
      if (step) expect(f[0]!.decodePath).toContain(step);
      expect(f[0]!.notes).toContain("variable MY_SERVICE_TOKEN");
    });
  }
});

describe("budget", () => {
  test("a scan over its budget is an error verdict, never clean", () => {
    const big = `${"password = Xk9#mP2$vLq7 ".repeat(20000)}`;
    const v = detector.scan(big, { budgetMs: 0 });
    expect(v.status).toBe("error");
    expect(v.error).toContain("budget");
  });
});

describe("stream", () => {
  test("a secret split across a chunk edge is found once, with global offsets", () => {
    const tok = fake.githubPat();
    const filler = "lorem ipsum dolor sit amet\n".repeat(20000);
    const text = `${filler}token ${tok} end\n${filler}`;
    const at = text.indexOf(tok) + 10;
    const s = detector.stream();
    const found: Finding[] = [];
    for (const part of [text.slice(0, at), text.slice(at, at + 70000), text.slice(at + 70000)]) found.push(...s.push(part).findings);
    found.push(...s.end().findings);
    const whole = detector.scan(text).findings;
    expect(found.map((f) => [f.ruleId, f.start, f.end, f.line, f.column, f.byteStart])).toEqual(whole.map((f) => [f.ruleId, f.start, f.end, f.line, f.column, f.byteStart]));
    expect(found.length).toBe(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(tok);
  });

  /**
   * Plants tokens just before, across and after each edge (and the seam's own edges), in text
   * with non-ASCII lines so byte offsets and columns are checked too; pushes the text cut at
   * `cuts` and compares the stream's findings with one whole scan.
   */
  function plantedStream(length: number, edges: number[], cuts: number[]): void {
    const o = detector.overlap;
    const offsets = [-2 * o - 50, -o - 100, -o + 100, -300, -60, 0, 100, o - 100, o + 100, 2 * o - 100, 2 * o + 100, 4 * o];
    const line = "filler text — données ✓ 12345\n";
    let text = line.repeat(Math.ceil(length / line.length));
    const toks: string[] = [];
    for (const edge of edges) {
      for (const d of offsets) {
        const tok = fake.githubPat();
        const at = edge + d - 20;
        text = `${text.slice(0, at)} key ${tok} \n${text.slice(at + tok.length + 8)}`;
        toks.push(tok);
      }
    }
    const s = detector.stream({ budgetMs: 120_000 });
    const found: Finding[] = [];
    const bounds = [0, ...cuts, text.length];
    for (let k = 0; k + 1 < bounds.length; k++) found.push(...s.push(text.slice(bounds[k], bounds[k + 1])).findings);
    found.push(...s.end().findings);
    const whole = detector.scan(text, { budgetMs: 120_000 }).findings;
    const key = (f: Finding) => [f.ruleId, f.start, f.end, f.line, f.column, f.byteStart].join(",");
    expect(found.map(key)).toEqual(whole.map(key));
    // Every planted token, each once (compared as a set: a failure must not print tokens whole).
    const gh = new Set(found.filter((f) => f.ruleId === "github-pat").map((f) => text.slice(f.start, f.end)));
    expect(gh.size).toBe(toks.length);
    expect(toks.filter((t) => !gh.has(t)).length).toBe(0);
  }

  test("large pieces (scanned as they are, joined to the context only at a seam) give the same findings as one scan", () => {
    const piece = 600_000;
    plantedStream(piece * 4, [piece, 2 * piece, 3 * piece], [piece, 2 * piece, 2 * piece + 999, 3 * piece]);
  });

  test("pushes of several MiB (scanned a MiB at a time) give the same findings as one scan", () => {
    const mib = 1 << 20;
    const push = 2.5 * mib;
    // Edges at every MiB inside a push and at the pushes' own edges.
    plantedStream(6 * mib, [mib, 2 * mib, push, 3 * mib, 4 * mib, 2 * push], [push, 2 * push]);
  });

  test("byte chunks, all-ASCII ones read a byte a character and others cut inside a character, decode as one UTF-8 text", () => {
    // ASCII stretches and multi-byte characters (2, 3 and 4 bytes), a token after each, cut at
    // every few bytes so cuts fall inside characters, between them, and around all-ASCII chunks.
    const toks = Array.from({ length: 6 }, () => fake.githubPat());
    const text = toks.map((t, i) => `${"plain ascii line\n".repeat(40 + i)}é ✓ 😀 données — key ${t}\n`).join("") + "tail é\n";
    const bytes = new TextEncoder().encode(text);
    const whole = detector.scan(text).findings;
    for (const step of [1, 2, 3, 5, 64, 1000]) {
      const s = detector.stream();
      const found: Finding[] = [];
      for (let i = 0; i < bytes.length; i += step) found.push(...s.push(bytes.subarray(i, i + step)).findings);
      found.push(...s.end().findings);
      const key = (f: Finding) => [f.ruleId, f.start, f.end, f.line, f.column, f.byteStart].join(",");
      expect(found.map(key)).toEqual(whole.map(key));
    }
    expect(whole.filter((f) => f.ruleId === "github-pat").length).toBe(toks.length);
  });

  test("a character cut at a chunk's end and followed by an all-ASCII chunk decodes as the UTF-8 decoder does", () => {
    // A lead byte with its continuation missing: U+FFFD, then the ASCII (one character each).
    const tok = fake.githubPat();
    const s = detector.stream();
    const head = new TextEncoder().encode("x".repeat(100));
    const found: Finding[] = [...s.push(new Uint8Array([...head, 0xe2, 0x9c])).findings];
    found.push(...s.push(new TextEncoder().encode(` key ${tok}\n`)).findings, ...s.end().findings);
    const f = found.find((x) => x.ruleId === "github-pat");
    expect(f?.start).toBe(100 + 1 + 5);
    expect(f?.byteStart).toBe(100 + 3 + 5);
  });

  test("byte chunks decode as TextDecoder decodes the whole: a leading byte-order mark dropped, invalid bytes as U+FFFD", () => {
    const tok = fake.githubPat();
    // Invalid bytes only past the first 8 KiB (there, they would make the input binary).
    const text = `\ufeffé ✓ 😀 \u00ff key ${tok}\n${"ascii line\n".repeat(800)}`;
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xff, 0xc3, 0x28, 0xe2, 0x82, 0x41, 0xf0, 0x9f]);
    const expected = new TextDecoder().decode(bytes);
    for (const step of [1, 2, 3, 4, 7, bytes.length]) {
      const d = new ByteText();
      let out = "";
      for (let i = 0; i < bytes.length; i += step) out += d.decode(bytes.subarray(i, i + step));
      out += d.end();
      expect(out).toBe(expected);
    }
  });

  test("byte chunks read into one reused Buffer decode as the whole: a character cut at a block's end is carried as a copy", () => {
    // What the readers hand over (src/check/input.ts): one Buffer filled again for every block.
    const text = `${"é ✓ 😀 ありません。".repeat(500)}\n`;
    const bytes = Buffer.from(text);
    for (const size of [2, 3, 5, 64, 1001]) {
      const block = Buffer.alloc(size);
      const d = new ByteText();
      let out = "";
      for (let i = 0; i < bytes.length; i += size) {
        const n = bytes.copy(block, 0, i, i + size);
        out += d.decode(block.subarray(0, n));
        block.fill(0x41); // the next read overwrites the block
      }
      out += d.end();
      expect(out).toBe(text);
    }
  });

  test("many small chunks give the same findings as one scan", () => {
    const parts: string[] = [];
    for (let i = 0; i < 300; i++) parts.push(`row ${i} ${"data ".repeat(50)} ${i % 50 === 7 ? `key=${fake.npm()}` : ""}\n`);
    const text = parts.join("");
    const s = detector.stream();
    const found: Finding[] = [];
    for (let i = 0; i < text.length; i += 997) found.push(...s.push(text.slice(i, i + 997)).findings);
    found.push(...s.end().findings);
    expect(found.map((f) => f.start)).toEqual(detector.scan(text).findings.map((f) => f.start));
    expect(found.length).toBe(6);
  });
});

describe("split and disguised secrets", () => {
  const tok = fake.githubPat();
  const cases: Array<[string, string]> = [
    ["JSON object fields", JSON.stringify({ a: tok.slice(0, 14), b: tok.slice(14, 30), c: tok.slice(30) })],
    ["JSON array", JSON.stringify({ parts: [tok.slice(0, 10), tok.slice(10)] })],
    ["query parameters", `https://x.example/?p1=${tok.slice(0, 12)}&p2=${tok.slice(12, 25)}&p3=${tok.slice(25)}`],
    ["headers", `X-Part-1: ${tok.slice(0, 20)}\nX-Part-2: ${tok.slice(20)}\n`],
    ["CSV cells", `id,a,b\n1,${tok.slice(0, 18)},${tok.slice(18)}\n`],
  ];
  for (const [name, text] of cases) {
    test(`a token split across ${name} is reassembled`, () => {
      const f = scan(text).findings.filter((x) => x.ruleId === "github-pat");
      expect(f.length).toBe(1);
      expect(f[0]!.decodePath).toEqual(["reassembled"]);
      expect(text.slice(f[0]!.start, f[0]!.end).startsWith(tok.slice(0, 10))).toBe(true);
    });
  }

  test("unrelated adjacent values are not glued into findings", () => {
    expect(scan(JSON.stringify({ first: "hello", second: "world", sha: fake.hex(40) })).findings).toEqual([]);
  });

  test("mixed-script tokens are an evasion finding; plain Cyrillic text is not", () => {
    const v = scan("send the p\u0430ssword to the bot");
    expect(v.findings.map((f) => [f.detector, f.ruleId])).toEqual([["evasion", "mixed-script-token"]]);
    expect(scan("Привет мир, это обычный текст про пароль").findings).toEqual([]);
  });
});
