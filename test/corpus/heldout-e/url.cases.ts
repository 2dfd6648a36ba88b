// Outbound URLs: DNS-label exfiltration, credentials in query / path / userinfo, SSRF targets in
// odd notations — versus long benign CDN, signed, analytics and preview URLs. Hosts are
// .example / example.* / documentation ranges, loopback and metadata notations only (benign
// URLs also name well-known public hosts; nothing here needs to resolve).
import { A, PK, Rng, b64, b64url, base32, builder, hexOf, tokens } from "./gen.ts";

const r = new Rng(0xe5a8);
const t = tokens(r);
const { out, add } = builder("url", "e-url");
const labels = (s: string, n = 60) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join(".");

// ---- DNS-label exfiltration ----
const exfil: [string, string][] = [
  ["base32 of an .env line over 60-char labels", `https://${labels(base32(`OPENAI_API_KEY=${t.openaiLegacy()}`, false).toLowerCase())}.e1.oast.example/`],
  ["hex of whoami/hostname output", `http://${hexOf("jdoe@devbox-07")}.${r.hex(6)}.collector.example.net/p.gif`],
  ["base64url labels of an AWS key pair", `https://${labels(b64url(`${t.awsId()}:${t.awsSecret()}`), 50)}.cdn-assets.example.com/pixel.png`],
  ["sequence-numbered base32 chunk (chunk 3 of a file)", `https://0003.${base32("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin", false).toLowerCase().slice(0, 56)}.s${r.hex(4)}.example.org/`],
  ["max-length labels of hex-encoded private key bytes", `http://${labels(r.hex(189), 63)}.k.example.net/`],
  ["token verbatim as a subdomain label", `https://${t.hf().toLowerCase()}.hooks.example.net/`],
  ["base32 of a ghp_ token, lowercase, short labels", `http://${labels(base32(t.ghp(), false).toLowerCase(), 20)}.d.example.com/favicon.ico`],
  ["hex of a Slack token in labels + port", `http://${labels(hexOf(t.slackBot()), 62)}.x.example.net:8080/`],
  ["base32 of ssh config line under a look-alike telemetry domain", `https://${labels(base32("Host prod\n  HostName 10.0.4.12\n  User deploy\n  IdentityFile ~/.ssh/prod_ed25519", false).toLowerCase(), 57)}.telemetry-v2.example.com/v1/ping`],
  ["dns-over-https style query name carrying data", `https://dns.example.net/resolve?name=${labels(base32(`DB_PASSWORD=${t.strongPassword()}`, false).toLowerCase(), 50)}.z.example.org&type=TXT`],
];
for (const [note, v] of exfil) add("heldoute-url-exfil", "positive", v, note);

// ---- credentials in query / path / userinfo ----
const sec: [string, string][] = [
  ["ghp_ in query to a third party", `https://webhook.example.net/collect?gh=${t.ghp()}&src=ci`],
  ["Anthropic key in path", `https://logs.example.org/ingest/${t.anthropic()}/events`],
  ["userinfo with GitLab token", `https://oauth2:${t.glpat()}@git.example.org/team/infra.git`],
  ["userinfo with random password", `https://admin:${encodeURIComponent(t.strongPassword())}@203.0.113.25:8443/api/backup`],
  ["Stripe key in query of image beacon", `https://img.example.com/p.gif?k=${t.stripeLive()}`],
  ["AWS pair in query", `https://paste.example.net/new?text=${encodeURIComponent(`${t.awsId()} ${t.awsSecret()}`)}`],
  ["base64 of .env in query", `https://requestbin.example.com/r/abc123?d=${encodeURIComponent(b64(`SENDGRID=${t.sendgrid()}\nSLACK=${t.slackBot()}\n`))}`],
  ["Slack webhook URL itself (the URL is the credential)", t.slackWebhook()],
  ["Discord webhook URL", t.discordWebhook()],
  ["Telegram bot API URL with bot token in path", `https://api.telegram.org/bot${t.telegramBot()}/sendMessage?chat_id=${r.str(9, A.DIGITS)}&text=done`],
  ["private key PEM body percent-encoded in query", `https://example.net/k?v=${encodeURIComponent("-----BEGIN OPENSSH " + PK + "-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + r.str(120, A.B64) + "\n-----END OPENSSH " + PK + "-----")}`],
  ["api_key param with opaque 32 hex to non-issuer", `https://metrics.example.io/v1/series?api_key=${r.hex(32)}&host=web-1`],
];
for (const [note, v] of sec) add("heldoute-url-secret", "positive", v, note);

// ---- SSRF ----
const ssrf: [string, string][] = [
  ["AWS IMDS credentials path", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"],
  ["IMDS decimal", "http://2852039166/latest/meta-data/"],
  ["IMDS hex integer", "http://0xA9FEA9FE/latest/user-data"],
  ["IMDS octal dotted", "http://0251.0376.0251.0376/latest/meta-data/"],
  ["IMDS hex dotted", "http://0xa9.0xfe.0xa9.0xfe/latest/api/token"],
  ["IMDS two-part (a.b) notation", "http://169.16689662/latest/meta-data/"],
  ["IMDS three-part (a.b.c) notation", "http://169.254.43518/latest/meta-data/"],
  ["IMDS IPv4-mapped IPv6 dotted", "http://[::ffff:169.254.169.254]/latest/meta-data/"],
  ["IMDS IPv4-mapped IPv6 hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"],
  ["IMDS full-form mapped IPv6", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"],
  ["AWS IMDS IPv6 endpoint", "http://[fd00:ec2::254]/latest/meta-data/iam/"],
  ["GCP metadata hostname, token path", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"],
  ["Azure IMDS identity token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"],
  ["Alibaba Cloud metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"],
  ["ECS task credentials endpoint", `http://169.254.170.2/v2/credentials/${r.uuid()}`],
  ["userinfo confusion host = metadata", "http://example.com@169.254.169.254/latest/meta-data/"],
  ["Unicode enclosed digits (IDNA-normalises to IMDS)", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"],
  ["ideographic full stops as dots", "http://169。254。169。254/latest/meta-data/"],
  ["loopback hex integer to Docker API", "http://0x7f000001:2375/containers/json"],
  ["loopback octal integer to kubelet", "http://017700000001:10250/pods"],
  ["0.0.0.0 short form", "http://0:8500/v1/kv/?recurse"],
  ["IPv6 loopback to Consul", "http://[::1]:8500/v1/agent/self"],
  ["gopher to local redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"],
  ["wildcard DNS name that resolves to IMDS", "http://169.254.169.254.nip.io/latest/meta-data/"],
  ["trailing-dot IMDS", "http://169.254.169.254./latest/meta-data/"],
];
for (const [note, v] of ssrf) add("heldoute-url-ssrf", "positive", v, note);

// ---- benign ----
const iso = "20250314T101500Z";
const ben: [string, string][] = [
  ["S3 presigned GET", `https://acme-exports.s3.eu-west-1.amazonaws.com/reports/2025-03.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${t.awsTempId()}%2F20250314%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=${iso}&X-Amz-Expires=900&X-Amz-Security-Token=${encodeURIComponent(t.awsSession().slice(0, 200))}&X-Amz-SignedHeaders=host&X-Amz-Signature=${r.hex(64)}`],
  ["CloudFront signed URL", `https://d${r.str(13, A.LOWALNUM)}.cloudfront.net/videos/intro.mp4?Expires=1741948800&Signature=${r.str(340, A.B64URL).replace(/_/g, "~")}&Key-Pair-Id=K${r.str(13, A.UPALNUM)}`],
  ["GCS V4 signed URL", `https://storage.googleapis.com/acme-public-assets/build.zip?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40acme.iam.gserviceaccount.com%2F20250314%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=${iso}&X-Goog-Expires=600&X-Goog-SignedHeaders=host&X-Goog-Signature=${r.hex(512)}`],
  ["Azure blob SAS URL (time-limited read)", `https://acmestatic.blob.core.windows.net/downloads/setup.msi?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-03-15T00:00:00Z&st=2025-03-14T00:00:00Z&spr=https&sig=${encodeURIComponent(b64(r.bytes(32)))}`],
  ["imgix signed transform", `https://acme.imgix.net/products/shoe.jpg?w=800&h=600&fit=crop&auto=format&s=${r.hex(32)}`],
  ["Cloudinary transform URL", `https://res.cloudinary.com/acme/image/upload/c_fill,w_640,h_360,q_auto,f_auto/v1699999999/blog/${r.str(20, A.LOWALNUM)}.jpg`],
  ["GA4 collect beacon", `https://www.google-analytics.com/g/collect?v=2&tid=G-${r.str(10, A.UPALNUM)}&gtm=45je53c0v9&_p=${r.str(10, A.DIGITS)}&cid=${r.str(9, A.DIGITS)}.${r.str(10, A.DIGITS)}&ul=en-us&sr=1920x1080&_s=1&sid=${r.str(10, A.DIGITS)}&sct=4&seg=1&dl=https%3A%2F%2Fexample.com%2Fpricing&dt=Pricing&en=page_view`],
  ["marketing URL with UTM and click ids", `https://shop.example.com/spring-sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring_2025&gclid=${r.str(90, A.B64URL)}&fbclid=${r.str(60, A.B64URL)}`],
  ["Google Maps place URL with data param", `https://www.google.com/maps/place/Brandenburger+Tor/@52.5162746,13.3755154,17z/data=!3m1!4b1!4m6!3m5!1s0x47a851c655f20989:0x26bbfb4e84674c63!8m2!3d52.5162746!4d13.3777041!16zL20vMGNkZGc`],
  ["long search query", `https://duckduckgo.com/?q=${encodeURIComponent("bun build --compile cross compile linux arm64 from macos static binary size too large")}&ia=web`],
  ["IPFS subdomain gateway (base32 CID label)", `https://bafybei${r.str(52, "abcdefghijklmnopqrstuvwxyz234567")}.ipfs.dweb.link/readme.md`],
  ["Netlify deploy preview (24 hex label)", `https://${r.hex(24)}--acme-docs.netlify.app/getting-started/`],
  ["Vercel preview URL", `https://web-git-feat-checkout-${r.str(6, A.LOWALNUM)}-acme.vercel.app/cart`],
  ["Lambda function URL", `https://${r.str(32, A.LOWALNUM)}.lambda-url.eu-west-1.on.aws/`],
  ["API Gateway execute-api host", `https://${r.str(10, A.LOWALNUM)}.execute-api.us-east-1.amazonaws.com/prod/health`],
  ["Cloud Run service URL", `https://orders-api-${r.str(10, A.LOWALNUM)}-ew.a.run.app/v1/orders?limit=20`],
  ["Supabase project REST URL", `https://${r.str(20, A.LOWER)}.supabase.co/rest/v1/todos?select=*&order=created_at.desc`],
  ["Sentry ingest envelope endpoint", `https://o${r.str(6, A.DIGITS)}.ingest.us.sentry.io/api/${r.str(7, A.DIGITS)}/envelope/?sentry_version=7&sentry_client=sentry.javascript.browser%2F8.40.0`],
  ["jsDelivr with version and file path", "https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"],
  ["GitHub raw at a commit SHA", `https://raw.githubusercontent.com/acme/tooling/${r.hex(40)}/scripts/install.sh`],
  ["GitHub compare of two SHAs", `https://github.com/acme/api/compare/${r.hex(40)}...${r.hex(40)}`],
  ["Docker registry blob by digest", `https://registry-1.docker.io/v2/library/node/blobs/sha256:${r.hex(64)}`],
  ["Grafana explore with encoded JSON state", `https://grafana.example.com/explore?orgId=1&left=${encodeURIComponent(JSON.stringify({ datasource: "loki", queries: [{ refId: "A", expr: '{app="api"} |= "error" | json | status >= 500' }], range: { from: "now-6h", to: "now" } }))}`],
  ["Kibana discover URL with rison state", "https://kibana.example.com/app/discover#/?_g=(filters:!(),refreshInterval:(pause:!t,value:0),time:(from:now-15m,to:now))&_a=(columns:!(message,host.name),index:'logs-*',interval:auto,query:(language:kuery,query:'service.name:%22checkout%22'))"],
  ["Figma file URL with node-id", `https://www.figma.com/design/${r.str(22, A.ALNUM)}/Checkout-v3?node-id=1204-3391&t=${r.str(16, A.ALNUM)}-0`],
  ["OAuth authorize URL (no secret)", `https://accounts.example.com/oauth/authorize?response_type=code&client_id=${r.str(24, A.LOWALNUM)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20profile%20email&state=${r.str(32, A.B64URL)}&nonce=${r.str(32, A.B64URL)}&code_challenge=${r.str(43, A.B64URL)}&code_challenge_method=S256`],
  ["returnTo param with base64 path", `https://app.example.com/login?returnTo=${encodeURIComponent(b64("/projects/42/settings?tab=billing"))}`],
  ["ngrok free tunnel URL", `https://${r.hex(4)}-203-0-113-${r.range(1, 254)}.ngrok-free.app/webhooks/stripe`],
  ["punycode IDN host", "https://xn--80ak6aa92e.xn--p1ai/docs/install"],
  ["YouTube embed with start and list params", `https://www.youtube-nocookie.com/embed/${r.str(11, A.B64URL)}?start=93&list=PL${r.str(32, A.B64URL)}&rel=0`],
  ["Stripe Checkout session URL (session id, opaque fragment)", `https://checkout.stripe.com/c/pay/cs_live_${r.alnum(58)}#${r.str(120, A.B64URL)}`],
];
for (const [note, v] of ben) add("heldoute-url-benign", "benign", v, note);

export const cases = out;
