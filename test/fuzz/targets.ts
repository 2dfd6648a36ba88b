// The fuzz targets: config loader, ClientHello/SNI parser, WebSocket frame reader, the judgement
// API (decoders, unescaping, shape dispatch), each with its contract on arbitrary input.
import { UsageError } from "../../src/cli/errors.ts";
import { configFromText } from "../../src/config/load.ts";
import type { Engine } from "../../src/policy/engine.ts";
import { judgePayload } from "../../src/policy/judge.ts";
import { parseSni } from "../../src/proxy/sni.ts";
import { FrameParseError, FrameReader } from "../../src/proxy/ws-frames.ts";
import { DiffParser } from "../../src/git/diff.ts";
import { bytesToText, findEncodedSpans, htmlDecode, percentDecode, printableStrings, quotedPrintableDecode, utf16Text } from "../../src/detect/decode.ts";
import { normalizeForMatch } from "../../src/detect/normalize.ts";
import { findEscapedLiterals, joinLiterals } from "../../src/detect/unescape.ts";
import { mutate, pick, randomBytes, type Rand } from "./fuzz.ts";

export interface Target {
  name: string;
  run(r: Rand, engine: Engine): Promise<void> | void;
}

const CONFIG_SEED = `mode: balanced
tls: {intercept: true, passthrough: ["*.bank.example"]}
ssrf: {allow: [10.1.2.0/24]}
detect:
  disable: [credit-card]
  rules: [{id: acme, regex: 'acme_([a-z0-9]{32})', keywords: [acme_], secret_group: 1, severity: high}]
defaults:
  request: {max_body_bytes: 1MiB, detectors: {entropy: off}}
routes:
  - host: api.github.com
    path: /repos/
    methods: [GET]
    inject_headers: {Authorization: "Bearer \${GH}"}
  - host: "*.internal.corp"
    intercept: false
`;

/** A TLS ClientHello with SNI "example.com" (captured shape, built here). */
export function clientHello(name: string): Buffer {
  const host = Buffer.from(name);
  const sni = Buffer.concat([Buffer.from([0, 0]), u16(host.length + 5), u16(host.length + 3), Buffer.from([0]), u16(host.length), host]);
  const exts = Buffer.concat([sni]);
  const body = Buffer.concat([Buffer.from([3, 3]), Buffer.alloc(32, 7), Buffer.from([0]), u16(2), Buffer.from([0x13, 0x01]), Buffer.from([1, 0]), u16(exts.length), exts]);
  const hs = Buffer.concat([Buffer.from([1, 0, body.length >> 8, body.length & 0xff]), body]);
  return Buffer.concat([Buffer.from([22, 3, 1]), u16(hs.length), hs]);
}
function u16(n: number): Buffer {
  return Buffer.from([n >> 8, n & 0xff]);
}

const DIFF_SEED = `\x01${"a".repeat(40)}\x01${"b".repeat(40)} ${"c".repeat(40)}\x012026-01-02T03:04:05Z\x01A U Thor\x01a@example.invalid
diff --git a/src/app.ts b/src/app.ts
index 1234567..89abcde 100644
--- a/src/app.ts
+++ b/src/app.ts
@@ -1,3 +1,4 @@
 import x from "y";
-const a = 1;
+const token = "value-not-a-secret";
+const b = 2;
 export default a;
\\ No newline at end of file
diff --git "a/sp ace\\303\\251.txt" "b/sp ace\\303\\251.txt"
new file mode 100644
--- /dev/null
+++ "b/sp ace\\303\\251.txt"
@@ -0,0 +1,2 @@
+line one\r
+line two
diff --git a/bin.png b/bin.png
Binary files a/bin.png and b/bin.png differ
diff --cc merged.ts
index 1,2..3
--- a/merged.ts
+++ b/merged.ts
@@@ -1,2 -1,2 +1,3 @@@
  same
+ from ours
 +from theirs
++both
diff --git a/old.txt b/new.txt
similarity index 90%
rename from old.txt
rename to new.txt
diff --git a/sub b/sub
index 1111111..2222222 160000
--- a/sub
+++ b/sub
@@ -1 +1 @@
-Subproject commit 1111111111111111111111111111111111111111
+Subproject commit 2222222222222222222222222222222222222222
`;

const DECODER_SEEDS = [
  "Z2hwX0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpams=",
  "6768705f4142434445464748494a4b4c4d4e4f505152535455565758595a",
  "%67%68%70%5f%41%42%43%44+%2B%zz%",
  "=67=68=70=5F=\r\nABC=3D=",
  "&#x67;&#104;&amp;&lt;&#xZZ;&#99999999;&bogus;",
  "\\u0067\\x68\\160\\u{1F600}\\uD800 'ab' + \"cd\" + `ef`",
  "t\u0000o\u0000k\u0000e\u0000n\u0000",
  "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPI======",
  "data:text/plain;base64,SGVsbG8=",
  "ｇｈｐ＿\u200bABC\u202eDEF",
];

export const TARGETS: Target[] = [
  {
    name: "config loader",
    async run(r) {
      const text = r() < 0.8 ? mutate(r, CONFIG_SEED) : Buffer.from(randomBytes(r, 200)).toString("latin1");
      try {
        await configFromText(text, "fuzz.yaml", { GH: "x" }, "/h");
      } catch (err) {
        if (!(err instanceof UsageError)) throw new Error(`config loader threw ${(err as Error).name}: ${(err as Error).message} on ${JSON.stringify(text.slice(0, 200))}`);
        if (!err.message.startsWith("config fuzz.yaml")) throw new Error(`error does not name the file: ${err.message}`);
      }
    },
  },
  {
    name: "ClientHello / SNI parser",
    run(r) {
      const base = clientHello("example.com");
      const b = Buffer.from(base);
      for (let k = 0; k < 1 + Math.floor(r() * 6); k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
      const cut = r() < 0.3 ? b.subarray(0, Math.floor(r() * b.length)) : b;
      const v = parseSni(cut);
      if (v !== null && v !== undefined && typeof v !== "string") throw new Error("parseSni returned a non-string");
    },
  },
  {
    name: "WebSocket frame reader",
    run(r) {
      const reader = new FrameReader(1 << 16);
      try {
        for (let k = 0; k < 4; k++) reader.push(Buffer.from(randomBytes(r, Math.floor(r() * 300))));
      } catch (err) {
        if (!(err instanceof FrameParseError)) throw err;
      }
    },
  },
  {
    name: "judgement API (decoders, unescape, shape dispatch)",
    async run(r, engine) {
      const seeds = [
        `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"q":"aGVsbG8gd29ybGQ%3D%3D"}}}`,
        `{"tools":[{"name":"t","description":"Reads \\u0066iles","inputSchema":{"type":"object","properties":{"p":{"type":"string"}}}}]}`,
        `token=%67%68%70%5f&x=ZGF0YQ==&h=68656c6c6f&u=\\u0067\\x68`,
        `<html><!-- note --><div style="display:none">hidden &#x49;gnore</div></html>`,
        `https://user:pass@127.1/?a=${"%25".repeat(8)}41`,
      ];
      const text = mutate(r, seeds[Math.floor(r() * seeds.length)]!, 3);
      const direction = r() < 0.5 ? "outbound" : "inbound";
      const j = await judgePayload(engine, { text, direction }, engine.routes.defaults);
      if (!["allow", "warn", "block"].includes(j.decision)) throw new Error("no decision");
      if (j.error !== undefined && j.decision === "allow") throw new Error("an error verdict was allowed");
    },
  },
  {
    name: "git diff parser",
    run(r) {
      const text = r() < 0.85 ? mutate(r, DIFF_SEED, 1 + Math.floor(r() * 6)) : Buffer.from(randomBytes(r, 400)).toString("latin1");
      let files = 0;
      let lastLine = 0;
      const parser = new DiffParser({
        commit: (c) => {
          if (typeof c.sha !== "string") throw new Error("commit without a sha string");
        },
        file: (f) => {
          files++;
          if (typeof f.path !== "string") throw new Error("file without a path");
        },
        lineStart: (n) => {
          if (!Number.isInteger(n) || n < 0) throw new Error(`line number ${n} on ${JSON.stringify(text.slice(0, 200))}`);
          lastLine = n;
        },
        text: (piece) => {
          if (typeof piece !== "string") throw new Error("non-string piece");
        },
        fileEnd: () => {},
      });
      // Chunks of any size, as a pipe delivers them.
      for (let i = 0; i < text.length; ) {
        const n = 1 + Math.floor(r() * (r() < 0.5 ? 8 : 400));
        parser.push(text.slice(i, i + n));
        i += n;
      }
      parser.end();
      void files;
      void lastLine;
    },
  },
  {
    name: "decoders (base64/base32/hex/percent/quoted-printable/HTML/UTF-16/escapes/normalization)",
    run(r) {
      const text = r() < 0.8 ? mutate(r, pick(r, DECODER_SEEDS), 1 + Math.floor(r() * 4)).repeat(1 + Math.floor(r() * 3)) : Buffer.from(randomBytes(r, 300)).toString("latin1");
      for (const sp of findEncodedSpans(text)) {
        if (!(sp.start >= 0 && sp.end <= text.length && sp.start < sp.end)) throw new Error(`span ${sp.start}..${sp.end} outside ${text.length}`);
        if (typeof sp.decoded !== "string") throw new Error("span without decoded text");
      }
      for (const out of [percentDecode(text, r() < 0.5), htmlDecode(text), quotedPrintableDecode(text)]) {
        if (typeof out !== "string") throw new Error("a decoder returned a non-string");
      }
      const bytes = r() < 0.5 ? Buffer.from(text, "latin1") : randomBytes(r, 200);
      for (const out of [bytesToText(bytes), utf16Text(bytes), printableStrings(bytes)]) {
        if (out !== null && typeof out !== "string") throw new Error("a byte decoder returned a non-string");
      }
      const lits = findEscapedLiterals(text);
      if (lits.length > 0) joinLiterals(lits);
      const n = normalizeForMatch(text);
      if (n !== null && typeof n.text !== "string") throw new Error("normalization returned no text");
    },
  },
];
