// Round sixteen (issue 24 item 6, hostname exfiltration): data in a request's host name or URL.
// Positives: labels in base32 (either case, text that runs into binary), base64url (with its case,
// and lower-cased as every URL parser writes a host), decimal digit runs and decimal character
// codes, data cut into equal-length labels or split over labels and decoded joined, a different
// encoding per label; on the URL side, a raw 64-hex key under a parameter named for a private
// key, a service-account key file's fields in a query value, alphanumerics percent-encoded three
// deep. Benign: the real-world shapes of hosts full of ids (CDN, API, function, storage, load
// balancer, preview deployment, pages, punycode, DKIM/ACME/SRV, reverse DNS, wordy labels).
// Payloads are built at run time; every positive host is under a reserved example domain.
import type { CorpusCase } from "../types.ts";
import { listed, type Listed } from "../listed.ts";

let seed = 0x16d5;
const rnd = (n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % alphabet.length]).join("");
const HEX = "0123456789abcdef";
const LAN = "abcdefghijklmnopqrstuvwxyz0123456789";
const D = "0123456789";

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function b32(bytes: Buffer): string {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(acc >>> bits) & 31];
    }
    acc &= 0xff;
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return out;
}
const t = (s: string) => Buffer.from(s, "utf8");
const b64u = (s: string) => t(s).toString("base64url");
const hex = (s: string) => t(s).toString("hex");
const dec3 = (s: string) => [...s].map((c) => String(c.charCodeAt(0)).padStart(3, "0")).join("");
const chunk = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join(".");
const key64 = () => rnd(64, HEX);

const pos: Listed[] = [
  [`https://${b32(t("db_pass=" + rnd(8, LAN)))}.t.example.com/health`, "base32 (upper) of a key=value in one label"],
  [`https://${b32(t("user:" + rnd(6, LAN))).toLowerCase()}.c.example.net/`, "base32 lower-cased"],
  [`https://${b32(Buffer.concat([t("token "), Buffer.from(rnd(8, HEX), "hex")]))}.q.example.org/`, "base32 chunk: text that runs into binary"],
  [`https://${b32(Buffer.concat([t("Secret"), Buffer.from(rnd(8, HEX), "hex")])).toLowerCase()}.relay.example.com/`, "lower-case base32 chunk starting with text"],
  [`https://${b64u("session_cookie_" + rnd(10, D))}.in.example.net/check`, "base64url with its case"],
  [`https://${b64u("session_cookie_" + rnd(10, D)).toLowerCase()}.in.example.net/check`, "base64url lower-cased, as a URL parser writes the host"],
  [`https://${b64u("aws_key=" + rnd(12, LAN)).toLowerCase()}.m.example.test/p`, "base64url of a key=value, lower-cased"],
  [`https://${b64u("root:x:0:0:root:/root").toLowerCase()}.x.example.invalid/`, "base64url of a passwd line, lower-cased"],
  [`https://${hex("password=" + rnd(6, LAN))}.h.example.com/`, "hex of a key=value"],
  [`https://${rnd(38, D)}.n.example.net/ping`, "38 decimal digits in one label"],
  [`https://${rnd(24, D)}.t.example.org/`, "24 decimal digits"],
  [`https://${dec3("apikey=" + rnd(5, LAN))}.d.example.com/`, "decimal character codes, three digits each"],
  [`https://${chunk(b32(t("OPENAI_API_KEY=" + rnd(12, LAN))).toLowerCase(), 10)}.b.example.net/`, "base32 text cut into 10-character labels (lower case)"],
  [`https://${chunk(b64u("private token " + rnd(12, LAN)).toLowerCase(), 12)}.s.example.org/`, "lower-cased base64url cut into 12-character labels"],
  [`https://${chunk(hex("export DB_PASSWORD=" + rnd(6, LAN)), 16)}.e.example.com/`, "hex cut into 16-character labels"],
  [`https://${rnd(8, LAN)}.${rnd(8, LAN)}.${rnd(8, LAN)}.${rnd(8, LAN)}.x.example.net/data`, "four random 8-character labels (fixed-width chunks)"],
  [`https://ghp-${rnd(4, LAN)}.${rnd(8, LAN)}.${rnd(8, LAN)}.${rnd(8, LAN)}.c.example.org/d`, "a token cut into 8-character labels, underscore made a hyphen"],
  [`https://${rnd(10, LAN)}.${rnd(10, LAN)}.${rnd(10, LAN)}.k.example.test/`, "three random 10-character labels"],
  [`https://akia${rnd(16, "abcdefghijklmnopqrstuvwxyz234567")}.${rnd(20, LAN)}.k.example.com/`, "a lower-cased access key id and secret chunk of equal length"],
  [`https://${hex("user=" + rnd(4, LAN))}.${b32(t("pass=" + rnd(6, LAN)))}.${b64u("host=db1")}.mix.example.net/`, "a different encoding per label"],
  [`https://${b32(t("key=" + rnd(5, LAN))).toLowerCase()}.${rnd(12, D)}.example.org/`, "lower base32 label next to a sequence number"],
  [`https://0001.${b64u("chunk1:" + rnd(12, LAN)).toLowerCase()}.seq.example.com/`, "sequence label then a case-folded base64url chunk"],
  [`https://evil.example.com/exfil?pk=${key64()}`, "raw 64-hex key under pk"],
  [`https://collect.example.net/c?privkey=0x${key64()}`, "0x + 64 hex under privkey"],
  [`https://api.example.org/w?sk=${key64()}&chain=1`, "64 hex under sk"],
  [`https://hook.example.com/x?secret_key=${key64()}`, "64 hex under secret_key"],
  [`https://evil.example.com/u?d={"type":"service_account","project_id":"p${rnd(5, D)}"}`, "service-account key file fields in a query value"],
  [`https://evil.example.com/u?d=${encodeURIComponent(JSON.stringify({ type: "service_account", private_key_id: rnd(40, HEX) }))}`, "service-account key fields, percent-encoded"],
  [`https://evil.example.com/e?key=${[..."ZQ"].map((c) => `%252525${c.charCodeAt(0).toString(16)}`).join("")}`, "letters percent-encoded three deep"],
  [`https://evil.example.net/e?v=${[..."tok9"].map((c) => `%2525${c.charCodeAt(0).toString(16)}`).join("")}`, "letters and digits percent-encoded three times"],
];

const ben: Listed[] = [
  ["https://d1a2b3c4d5e6f7.cloudfront.net/assets/app.js", "CloudFront distribution"],
  ["https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/items", "API Gateway id"],
  [`https://${rnd(32, LAN)}.lambda-url.us-east-2.on.aws/`, "Lambda function URL id (32 lower-case alphanumerics)"],
  ["https://mystorageacct2024.blob.core.windows.net/container/file.txt", "Azure storage account"],
  [`https://internal-my-alb-${rnd(10, D)}.us-west-2.elb.amazonaws.com/health`, "internal ALB"],
  [`https://${rnd(16, LAN)}-${rnd(16, HEX)}.elb.us-east-1.amazonaws.com/`, "NLB hash-hash name"],
  ["https://app-git-feature-login-flow-myteam.vercel.app/", "Vercel branch preview"],
  ["https://deploy-preview-123--my-site.netlify.app/docs", "Netlify deploy preview"],
  [`https://${rnd(24, HEX)}--my-site.netlify.app/`, "Netlify deploy id permalink"],
  ["https://myorg.github.io/project/", "GitHub Pages"],
  ["https://group.gitlab.io/subgroup/", "GitLab Pages"],
  ["https://xn--bcher-kva.example/", "punycode label"],
  ["https://xn--80ak6aa92e.xn--p1ai/", "punycode name and TLD"],
  ["https://selector1._domainkey.example.com/", "DKIM selector"],
  ["https://_acme-challenge.www.example.com/", "ACME challenge name"],
  ["https://_sip._tcp.example.com/", "SRV name"],
  ["https://4.3.2.1.in-addr.arpa/", "reverse DNS v4"],
  ["https://b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa/", "reverse DNS v6 nibbles"],
  ["https://my-bucket-logs-2024.s3.amazonaws.com/2024/05/01/log.gz", "S3 bucket host"],
  ["https://my-bucket.s3.eu-west-1.amazonaws.com/key", "regional S3 bucket host"],
  ["https://my-func-app-prod.azurewebsites.net/api/run", "Azure web app"],
  [`https://hello-${rnd(10, LAN)}-uc.a.run.app/`, "Cloud Run service URL"],
  ["https://us-central1-my-project-123456.cloudfunctions.net/fn", "Cloud Functions"],
  ["https://my-project-123456.firebaseapp.com/", "Firebase hosting"],
  [`https://${rnd(20, "abcdefghijklmnopqrstuvwxyz")}.supabase.co/rest/v1/items`, "Supabase project ref (20 letters)"],
  [`https://${rnd(12, D)}.dkr.ecr.us-east-1.amazonaws.com/v2/`, "ECR registry (account id)"],
  [`https://mydb.cluster-${rnd(12, LAN)}.us-east-1.rds.amazonaws.com/`, "RDS cluster endpoint"],
  [`https://${rnd(8, HEX)}.my-project.pages.dev/`, "Cloudflare Pages preview"],
  ["https://my-worker.my-account.workers.dev/", "Cloudflare Worker"],
  [`https://${rnd(32, HEX)}.r2.cloudflarestorage.com/bucket/obj`, "R2 account endpoint"],
  [`https://o${rnd(6, D)}.ingest.sentry.io/api/1/envelope/`, "Sentry ingest"],
  [`https://${rnd(12, D)}-${rnd(32, LAN)}.apps.googleusercontent.com/`, "OAuth client id host"],
  ["https://cluster0.ab1cd.mongodb.net/", "MongoDB Atlas"],
  [`https://myendpoint-${rnd(16, LAN)}.z01.azurefd.net/`, "Azure Front Door"],
  ["https://ec2-54-123-45-67.compute-1.amazonaws.com/", "EC2 public name"],
  ["https://rr3---sn-4g5edns6.googlevideo.com/videoplayback", "video CDN node"],
  ["https://customer-success-platform-integration.example.com/", "long wordy label"],
  ["https://internationalization.documentation.example.org/guide", "long words"],
  ["https://images.static.assets.example.com/logo.png", "three six-letter words"],
  ["https://api.staging.eu-west-1.internal-tools.example.com/v1/", "deep wordy host"],
  ["https://download.software.platform.example.com/latest", "three eight-letter words in a row"],
  ["https://services.internal.research.example.org/", "three eight-letter words, another order"],
  [`https://pr-${rnd(4, D)}-${rnd(7, HEX)}.preview.example.com/`, "preview with a short commit"],
  [`https://tenant-${rnd(8, LAN)}.app.example.com/`, "tenant id with a prefix"],
  [`https://${rnd(8, HEX)}-${rnd(4, HEX)}-${rnd(4, HEX)}-${rnd(4, HEX)}-${rnd(12, HEX)}.id.example.com/`, "UUID label"],
  ["https://www.example.com/search?q=pk+value+format&pk=42", "pk as a primary key"],
  [`https://api.example.com/tx?hash=0x${key64()}`, "transaction hash"],
  [`https://cdn.example.com/files/${key64()}?sha256=${key64()}`, "content hash"],
  [`https://auth.example.com/cb?next=%252Fsettings%252Fprofile%253Ftab%253Dkeys`, "a redirect path encoded twice"],
  ["https://docs.example.com/iam?filter=type%3Aservice_account", "a search filter naming service accounts"],
];

const mk = listed("url");

export const cases: CorpusCase[] = [
  ...mk("r16-host-pos", "r16-hostname-exfil", "positive", pos),
  ...mk("r16-host-ben", "r16-hostname-benign", "benign", ben),
];
