// Issue 24, class 6: data carried in URL path segments to hosts that are not known APIs (the
// `path_entropy` detector, warn by default), against the paths that are high-entropy by design:
// content hashes, UUIDs, hashed asset names, build ids, encoded source URLs of image proxies,
// and any path on a known API or content host. Built at run time from a seeded generator.
import { deflateRawSync } from "node:zlib";
import { Rng } from "../secrets/_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(0x9a7e);
export const cases: CorpusCase[] = [];
let n = 0;
const add = (label: "positive" | "benign", note: string, text: string) =>
  cases.push({ id: `url-pe-${String(++n).padStart(2, "0")}`, kind: "url", category: label === "positive" ? "path-entropy" : "path-entropy-benign", label, text, note, ...(label === "positive" ? { expect: "path_entropy" } : {}) });

const bytes = (k: number) => Buffer.from(r.bytes(k));
const b32 = (b: Buffer) => {
  const A = "abcdefghijklmnopqrstuvwxyz234567";
  let bits = 0, acc = 0, out = "";
  for (const x of b) {
    acc = ((acc << 8) | x) & 0xffff;
    bits += 8;
    while (bits >= 5) { out += A[(acc >>> (bits - 5)) & 31]; bits -= 5; }
  }
  return out;
};
const hexOf = (k: number) => bytes(k).toString("hex");
const uuid = () => { const h = hexOf(16); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`; };
const chunks = (s: string, k: number) => s.match(new RegExp(`.{1,${k}}`, "g"))!;

// ---- positives: data in the path to hosts nobody knows
add("positive", "base64url of encrypted bytes, one segment", `https://sync.unknown-telemetry.example/c/${bytes(72).toString("base64url")}`);
add("positive", "deflated text as base64url (binary after one decode)", `https://relay.example.net/u/${deflateRawSync(Buffer.from(`HOME=/home/dev\nAWS_PROFILE=prod\nhistory: ${r.alnum(200)}`)).toString("base64url")}`);
add("positive", "hex of 60 random bytes (no digest length)", `http://collector.example.org/i/${hexOf(60)}`);
add("positive", "lower-case base32 of 40 bytes", `https://x.example.io/b/${b32(bytes(40))}`);
add("positive", "data split over three 32-character segments", `https://cdn-stats.example.com/p/${chunks(bytes(72).toString("base64url"), 32).join("/")}/px.gif`);
add("positive", "upper-case base32 split over two segments", `https://a.example.dev/${chunks(b32(bytes(50)).toUpperCase(), 40).join("/")}`);
add("positive", "public IP literal host with a base64url segment", `http://93.184.216.34/k/${bytes(48).toString("base64url")}`);
add("positive", "data with a made-up extension", `https://files.example.app/upload/${bytes(64).toString("base64url")}.dat`);
add("positive", "API-looking unknown host, padded base64url", `https://api.metrics-ingest.example/v1/events/${bytes(49).toString("base64url")}==`);
add("positive", "hex split over two 40+ segments of no digest length", `https://t.example.co/${hexOf(22)}/${hexOf(22)}`);

// ---- benign
add("benign", "git commit SHA-1 on a self-hosted forge", `https://git.internal.example/platform/api/commit/${hexOf(20)}`);
add("benign", "two SHA-1s in a compare path", `https://forge.example.org/acme/web/compare/${hexOf(20)}/${hexOf(20)}`);
add("benign", "SHA-256 object path on an unknown artifact store", `https://artifacts.example.com/cas/sha256/${hexOf(32)}`);
add("benign", "SHA-512 hex content address", `https://cache.example.dev/v1/${hexOf(64)}`);
add("benign", "OCI blob by digest on a private registry", `https://registry.example.io/v2/team/app/blobs/sha256:${hexOf(32)}`);
add("benign", "UUIDs in an upload key", `https://uploads.example.com/tenants/${uuid()}/files/${uuid()}/report.pdf`);
add("benign", "two UUIDs back to back", `https://api.example.net/v2/${uuid()}/${uuid()}`);
add("benign", "hashed build assets", `https://shop.example.com/static/js/main.${hexOf(10)}.chunk.js`);
add("benign", "Next.js data route with a build id", `https://www.example.org/_next/data/${bytes(16).toString("base64url")}/en/pricing.json`);
add("benign", "long readable slug", `https://blog.example.com/2024/how-to-configure-nginx-as-a-reverse-proxy-for-websocket-connections`);
add("benign", "two 24-hex object ids, adjacent", `https://app.example.io/api/${hexOf(12)}/${hexOf(12)}`);
add("benign", "IPFS CID on a gateway", `https://gateway.example.org/ipfs/bafybei${b32(bytes(32))}`);
add("benign", "image proxy: signature then the source URL in base64url", `https://img.example-cdn.net/${bytes(32).toString("base64url")}/rs:fill:300:200/${Buffer.from("https://images.example.com/products/blue-shirt-front.jpg").toString("base64url")}`);
add("benign", "OG image generator with base64url JSON parameters", `https://og.example.dev/api/og/${Buffer.from(JSON.stringify({ title: "Release notes for version 4.2", theme: "dark", author: "docs team" })).toString("base64url")}`);
add("benign", "Google user content photo URL (known content host)", `https://lh3.googleusercontent.com/${bytes(90).toString("base64url")}=w1200-h630`);
add("benign", "GCS object on a known API host", `https://storage.googleapis.com/acme-builds/${bytes(60).toString("base64url")}`);
add("benign", "package tarball on the npm registry", `https://registry.npmjs.org/@scope/pkg/-/pkg-1.2.3.tgz`);
add("benign", "GitHub release asset (known content host)", `https://objects.githubusercontent.com/github-production-release-asset-2e65be/${r.digits(9)}/${uuid()}`);
add("benign", "upper-case path words", `https://intranet.example.com/REPORTS/QUARTERLY/FINANCE/SUMMARY2024Q3/APPENDIXB`);
add("benign", "email verification token shorter than data", `https://app.example.com/verify-email/${bytes(32).toString("base64url")}`);
