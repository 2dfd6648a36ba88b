// URL corpus cases that carry credential-shaped values: built at run time so the repository never
// holds a string that looks like a live secret. Values come from a seeded generator (stable ids
// and texts across runs); provider prefixes are assembled from pieces.
import type { CorpusCase } from "../types.ts";

let seed = 0x2f6e2b1;
function rand(n: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
  let out = "";
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out += alphabet[(seed >>> 8) % alphabet.length];
  }
  return out;
}
const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const HEX = "0123456789abcdef";

const gh = () => ["gh", "p_", rand(36)].join("");
const awsId = () => ["AK", "IA", rand(16, UPPER_DIGITS)].join("");
const awsSecret = () => rand(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const slack = () => ["xo", "xb-", rand(12, "0123456789"), "-", rand(13, "0123456789"), "-", rand(24)].join("");
const stripe = () => ["sk", "_live_", rand(32)].join("");
const google = () => ["AI", "za", rand(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")].join("");
const anthropic = () => ["sk-", "ant-", "api03-", rand(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")].join("");
const openaiProj = () => ["sk-", "proj-", rand(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")].join("");
const hexSig = (n = 64) => rand(n, HEX);

const b64 = (s: string) => Buffer.from(s).toString("base64");
const b64url = (s: string) => Buffer.from(s).toString("base64url");
const hex = (s: string) => Buffer.from(s).toString("hex");
const pct = (s: string) => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
function base32(s: string): string {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let acc = 0;
  let out = "";
  for (const b of Buffer.from(s)) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += A[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += A[(acc << (5 - bits)) & 31];
  return out;
}
const chunks = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!;

const cases: CorpusCase[] = [];
let pos = 0;
let ben = 0;
const P = (category: string, text: string, note?: string) => cases.push({ id: `url-gen-pos-${String(++pos).padStart(3, "0")}`, kind: "url", category, label: "positive", text, ...(note ? { note } : {}) });
const B = (category: string, text: string, note?: string) => cases.push({ id: `url-gen-ben-${String(++ben).padStart(3, "0")}`, kind: "url", category, label: "benign", text, ...(note ? { note } : {}) });

// ── secrets in the query ──
P("url-secret-query", `https://collector.example.net/c?token=${gh()}`);
P("url-secret-query", `https://api.weather-example.com/v1/forecast?city=Berlin&key=${google()}`);
P("url-secret-query", `https://example.org/log?s=${encodeURIComponent(stripe())}&ref=home`);
P("url-secret-query", `https://img.example-cdn.net/pixel.gif?d=${encodeURIComponent(encodeURIComponent(slack()))}`, "double percent-encoded");
P("url-secret-query", `https://webhook-relay.example.com/in?aws_access_key_id=${awsId()}&aws_secret_access_key=${encodeURIComponent(awsSecret())}`);
P("url-secret-query", `https://analytics.example.io/e?u=alice&k=${anthropic()}`);
P("url-secret-query", `https://example.com/search?q=${pct(openaiProj())}`, "every byte percent-encoded");
P("url-secret-query", `https://tracker.example.net/t?payload=${encodeURIComponent(`OPENAI_API_KEY=${openaiProj()}`)}`);
P("url-secret-query", `https://example.net/r?state=${gh()}`, "provider token hidden in an OAuth-looking parameter");
P("url-secret-query", `https://example.net/r?data=${encodeURIComponent(JSON.stringify({ key: stripe(), user: "bob" }))}`);

// ── secrets in the path ──
P("url-secret-path", `https://leak.example.com/${gh()}/ping`);
P("url-secret-path", `https://example.org/upload/${encodeURIComponent(slack())}`);
P("url-secret-path", `https://storage.example.net/v1/${awsId()}/obj.txt`);
P("url-secret-path", `https://example.com/api/keys/${stripe()}.json`);
P("url-secret-path", `https://dl.example.io/f/${b64url(`GITHUB_TOKEN=${gh()}`)}`, "base64url path segment");
P("url-secret-path", `https://example.com/x/${pct(google())}`, "percent-encoded path");

// ── fragment and userinfo ──
P("url-secret-fragment", `https://app.example.com/callback#access_token=${gh()}&token_type=bearer`);
P("url-secret-fragment", `https://example.org/page#${stripe()}`);
P("url-secret-fragment", `https://example.net/#k=${b64(anthropic())}`);
P("url-secret-userinfo", `https://x-access-token:${gh()}@github.com/acme/private-repo.git`);
P("url-secret-userinfo", `https://deploy:${encodeURIComponent(awsSecret())}@registry.example.com/v2/`);
P("url-secret-userinfo", `ftp://admin:${rand(14)}@files.example.org/backup.tar`);

// ── encoded secrets ──
P("url-encoded-secret", `https://example.com/c?d=${b64(gh())}`, "base64");
P("url-encoded-secret", `https://example.com/c?d=${b64(b64(slack()))}`, "base64 twice");
P("url-encoded-secret", `https://example.com/c?d=${hex(stripe())}`, "hex");
P("url-encoded-secret", `https://example.com/c?d=${chunks(hex(gh()), 2).join("-")}`, "hex with dashes");
P("url-encoded-secret", `https://example.com/c?d=${chunks(hex(google()), 2).join(":")}`, "hex with colons");
P("url-encoded-secret", `https://example.com/c/${base32(gh())}`, "base32 path segment");
P("url-encoded-secret", `https://example.com/c?d=${encodeURIComponent(b64(`aws_secret_access_key=${awsSecret()}`))}`, "base64 then percent");
P("url-encoded-secret", `https://example.com/c?d=${b64url(`-----BEGIN OPENSSH PRIVATE KEY-----\n${rand(70)}`)}`, "private key header");
P("url-encoded-secret", `https://example.com/c?d=${b64(`DB_PASSWORD=${rand(16)}\nSECRET_KEY=${rand(32)}`)}`, "env file in base64");

// ── DNS exfiltration ──
P("url-dns-exfil", `https://${hex("password=hunter2!")}.c2.example-dns.net/`);
P("url-dns-exfil", `http://${base32("AWS_KEY=" + rand(12)).toLowerCase()}.exfil.example.org/x`);
P("url-dns-exfil", `https://${chunks(hex(`token=${gh()}`), 30).join(".")}.ns.example-data.com/`, "chunked hex across labels");
P("url-dns-exfil", `https://${chunks(base32(`user=alice;pw=${rand(10)}`).toLowerCase(), 20).join(".")}.d.example-collect.net/`, "chunked base32");
P("url-dns-exfil", `https://${b64url("session=" + rand(20)).replace(/=+$/, "")}.example-logs.io/`, "base64url label");
P("url-dns-exfil", `https://${rand(30, "abcdefghijklmnopqrstuvwxyz0123456789")}.${rand(30, "abcdefghijklmnopqrstuvwxyz0123456789")}.${rand(30, "abcdefghijklmnopqrstuvwxyz0123456789")}.tunnel.example-c2.com/`, "encrypted data in labels");
P("url-dns-exfil", `https://${rand(52, "abcdefghijklmnopqrstuvwxyz234567")}.example-sink.net/`, "one long random label");
P("url-dns-exfil", `https://a.${hex("root:x:0:0:root")}.b.example-c2.org/`);
P("url-dns-exfil", `https://1.2.3.4.5.6.7.8.data.example-tunnel.com/`, "unusual depth");

// ── benign signed / OAuth URLs with high-entropy values ──
const amzDate = "20240611T093015Z";
B("benign-signed", `https://acme-uploads.s3.us-east-1.amazonaws.com/reports/q2.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${awsId()}%2F20240611%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=${amzDate}&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${hexSig()}`);
B("benign-signed", `https://acme-media.s3.amazonaws.com/video.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${["AS", "IA", rand(16, UPPER_DIGITS)].join("")}%2F20240611%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=${amzDate}&X-Amz-Expires=3600&X-Amz-Security-Token=${encodeURIComponent(rand(300, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))}&X-Amz-SignedHeaders=host&X-Amz-Signature=${hexSig()}`, "with session token");
B("benign-signed", `https://storage.googleapis.com/acme-exports/data.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme-prod.iam.gserviceaccount.com%2F20240611%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=${amzDate}&X-Goog-Expires=600&X-Goog-SignedHeaders=host&X-Goog-Signature=${hexSig(512)}`);
B("benign-signed", `https://acmestore.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-12T00:00:00Z&st=2024-06-11T00:00:00Z&spr=https&sig=${encodeURIComponent(rand(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=")}`);
B("benign-signed", `https://d111111abcdef8.cloudfront.net/images/banner.jpg?Expires=1718100000&Signature=${rand(172, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~-")}&Key-Pair-Id=K2JCJMDEHXQW5F`);
B("benign-signed", `https://storage.googleapis.com/acme-public/report.pdf?GoogleAccessId=signer%40acme.iam.gserviceaccount.com&Expires=1718100000&Signature=${encodeURIComponent(rand(344, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))}`);
B("benign-oauth", `https://github.com/login/oauth/authorize?client_id=Iv1.${rand(16, HEX)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback&scope=read%3Auser&state=${rand(32)}`);
B("benign-oauth", `https://accounts.google.com/o/oauth2/v2/auth?client_id=${rand(12, "0123456789")}-${rand(32, "abcdefghijklmnopqrstuvwxyz0123456789")}.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=openid%20email%20profile&state=${b64url(JSON.stringify({ returnTo: "/settings/billing", nonce: rand(16) }))}&code_challenge=${rand(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}&code_challenge_method=S256`);
B("benign-oauth", `https://app.example.com/auth/callback?code=${rand(40)}&state=${rand(32)}`);
B("benign-oauth", `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fauth&response_mode=query&scope=offline_access%20User.Read&state=${rand(24)}&nonce=${rand(24)}`, "localhost only inside redirect_uri");
B("benign-oauth", `https://auth.example.com/authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fwww.example.com%2Fcallback%3Fnext%3D%252Fdashboard%253Ftab%253Dbilling&state=${rand(20)}&code_challenge=${rand(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}&code_challenge_method=S256`, "double-encoded nested redirect");
B("benign-oauth", `https://idp.example.org/saml/sso?SAMLRequest=${encodeURIComponent(b64(rand(200)))}&RelayState=${rand(24)}`);
B("benign-tracking", `https://www.example-shop.com/product/4471?gclid=${rand(90, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}&utm_source=google&utm_medium=cpc`);
B("benign-tracking", `https://news.example.com/article/climate?fbclid=IwAR${rand(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}`);
B("benign-cdn", `https://cdn.example.com/assets/app-${rand(20, HEX)}.js`);
B("benign-cdn", `https://pub-${rand(32, HEX)}.r2.dev/images/logo.png`);
B("benign-cdn", `https://${rand(32, HEX)}.r2.cloudflarestorage.com/bucket/object.bin`);
B("benign-cdn", `https://registry.example.io/v2/acme/api/blobs/sha256:${rand(64, HEX)}`);
B("benign-cdn", `https://d${rand(13, "abcdefghijklmnopqrstuvwxyz0123456789")}.cloudfront.net/static/css/main.${rand(8, HEX)}.css`);

export { cases };
