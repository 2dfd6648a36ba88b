// The fuzz targets: config loader, ClientHello/SNI parser, WebSocket frame reader, the judgement
// API (decoders, unescaping, shape dispatch), each with its contract on arbitrary input.
import { UsageError } from "../../src/cli/errors.ts";
import { configFromText } from "../../src/config/load.ts";
import type { Engine } from "../../src/policy/engine.ts";
import { judgePayload } from "../../src/policy/judge.ts";
import { parseSni } from "../../src/proxy/sni.ts";
import { FrameParseError, FrameReader } from "../../src/proxy/ws-frames.ts";
import { mutate, randomBytes, type Rand } from "./fuzz.ts";

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
];
