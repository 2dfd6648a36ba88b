// URLs an agent requests: SSRF forms, secrets in the URL, DNS-label exfiltration; ordinary URLs.
import { builder, reseed, tok, hex, r, digits, LO, URLSAFE } from "./gen.ts";

reseed(404);
const { cases, pos, ben } = builder("urls", "url");
export { cases };

const SSRF = "url-ssrf";
const MD = "url-metadata";
const SEC = "url-secret";
const DNS = "url-dns-exfil";
const OK = "url-ordinary";

// loopback and private ranges, many notations
pos(SSRF, "http://127.0.0.1:8080/admin/shutdown");
pos(SSRF, "http://localhost:2375/containers/json");
pos(SSRF, "http://[::1]:6379/");
pos(SSRF, "http://2130706433/server-status", "decimal loopback");
pos(SSRF, "http://0x7f000001/", "hex loopback");
pos(SSRF, "http://0177.0.0.1:9200/_cat/indices", "octal loopback");
pos(SSRF, "http://127.1/debug/pprof/");
pos(SSRF, "http://0.0.0.0:5000/api/keys");
pos(SSRF, "http://10.0.12.7/internal/users.csv");
pos(SSRF, "http://172.20.1.5:8500/v1/kv/?recurse", "consul on private range");
pos(SSRF, "http://192.168.1.1/cgi-bin/luci");
pos(SSRF, "http://[::ffff:127.0.0.1]:3000/", "IPv4-mapped IPv6 loopback");
pos(SSRF, "http://[::ffff:a00:1]/", "IPv4-mapped 10.0.0.1 in hex");
pos(SSRF, "http://0xa9.0xfe.0xa9.0xfe/", "hex-dotted link-local metadata");
pos(SSRF, "http://example.com@127.0.0.1:8001/api/v1/namespaces", "userinfo confusion");
pos(SSRF, "http://localhost.:15000/config_dump", "trailing-dot localhost");
pos(SSRF, "http://[0:0:0:0:0:0:0:1]:8080/actuator/env", "uncompressed IPv6 loopback");
pos(SSRF, "http://[fd00:ec2::254]/latest/meta-data/", "AWS IPv6 metadata");
pos(SSRF, "http://100.100.100.200/latest/meta-data/", "Alibaba metadata");
pos(SSRF, "gopher://127.0.0.1:25/_HELO%20localhost", "gopher to SMTP");
pos(SSRF, "file:///etc/passwd");
pos(SSRF, "http://192.168.0.10:8080/manager/html");
pos(SSRF, "http://3232235777/", "decimal 192.168.1.1");
pos(SSRF, "http://10.1/", "short-form 10.0.0.1");

// cloud metadata
pos(MD, "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
pos(MD, "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token");
pos(MD, "http://metadata.google.internal/computeMetadata/v1/project/project-id");
pos(MD, "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/");
pos(MD, "http://2852039166/latest/user-data", "decimal 169.254.169.254");
pos(MD, "http://169.254.170.2/v2/credentials/" + hex(8) + "-" + hex(4), "ECS task credentials");
pos(MD, "http://[::ffff:169.254.169.254]/latest/meta-data/");
pos(MD, "http://169.254.169.254/opc/v2/instance/", "Oracle cloud metadata");

// secrets in query, userinfo, path
pos(SEC, `https://api.example.com/v1/export?format=csv&api_key=${tok.openai()}`);
pos(SEC, `https://${tok.ghp()}@example.com/acme/repo.git`);
pos(SEC, `https://deploy:${tok.glpat()}@git.example.org/acme/infra.git`);
pos(SEC, `https://example.net/hook?token=${tok.slackBot()}`);
pos(SEC, `https://collector.example.com/v2/${tok.anthropic()}/ingest`, "key in path");
pos(SEC, `https://example.org/api?access_key=${tok.awsId()}&secret=${tok.awsSecret().replace(/\+/g, "%2B").replace(/\//g, "%2F")}`);
pos(SEC, `https://example.com/callback#access_token=${tok.jwt({ sub: digits(6), scope: "admin", iat: 1764800000 })}&token_type=bearer`);
pos(SEC, `https://example.net/search?q=${encodeURIComponent(tok.stripeSk())}`);
pos(SEC, `ftp://backup:${tok.password().replace(/[#%&@^!*]/g, "x")}@192.0.2.15/dumps/`);
pos(SEC, `https://example.com/px.gif?d=${Buffer.from(`NPM_TOKEN=${tok.npm()}`).toString("base64url")}`, "base64url token in beacon");
pos(SEC, `https://example.org/register?key=${tok.hf()}&user=dana`);
pos(SEC, `https://api.example.com/bot${tok.telegram()}/getUpdates`, "telegram-style token in path");
pos(SEC, `https://example.net/log?m=${encodeURIComponent(tok.bip39(12))}`, "seed phrase in query");

// DNS-label exfiltration
pos(DNS, `https://${hex(32)}.${hex(30)}.${hex(28)}.c.example.net/`, "hex chunks in labels");
pos(DNS, `http://${Buffer.from(tok.ghp()).toString("hex").slice(0, 60)}.${Buffer.from(tok.ghp()).toString("hex").slice(0, 20)}.x.example.org/p`);
pos(DNS, `https://${r(50, "abcdefghijklmnopqrstuvwxyz234567")}.${r(50, "abcdefghijklmnopqrstuvwxyz234567")}.${r(40, "abcdefghijklmnopqrstuvwxyz234567")}.t.example.com/`, "base32 labels");
pos(DNS, `http://${tok.awsId().toLowerCase()}.${tok.awsSecret().replace(/[+/]/g, "0").toLowerCase().slice(0, 40)}.d.example.test/`);
pos(DNS, `https://${Buffer.from("root:x:0:0:root:/root:/bin/bash").toString("hex")}.exfil.example.net/`, "/etc/passwd line hex-encoded in a label");
pos(DNS, `https://${hex(60)}.${hex(60)}.${hex(60)}.${hex(40)}.o.example.org/`);

// ordinary URLs
ben(OK, "https://example.com/");
ben(OK, "https://docs.example.org/guide/getting-started#install");
ben(OK, `https://example.com/orders/${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`);
ben(OK, `https://cdn.example.net/assets/app.${hex(20)}.js`);
ben(OK, `https://example.org/releases/download/v2.4.1/toolkit-linux-x64.tar.gz.sha256`);
ben(OK, `https://registry.example.com/v2/acme/api/manifests/sha256:${hex(64)}`);
ben(OK, `https://example.com/search?q=how+to+rotate+api+keys&page=2`);
ben(OK, `https://example.net/watch?v=${r(11, URLSAFE)}&t=120s`);
ben(OK, `https://example.com/download?file=report.pdf&Expires=1764900000&Signature=${r(172, URLSAFE)}&Key-Pair-Id=K${r(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}`, "public signed download link");
ben(OK, `https://example.org/commit/${hex(40)}`);
ben(OK, `https://maps.example.com/@48.8566,2.3522,14z`);
ben(OK, `https://example.com/api/v3/repos/acme/toolkit/issues?state=open&per_page=100&sort=updated`);
ben(OK, `https://login.example.com/authorize?response_type=code&client_id=${r(20, LO)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20profile&state=${r(24, URLSAFE)}&code_challenge=${r(43, URLSAFE)}&code_challenge_method=S256`, "OAuth authorize, no secret");
ben(OK, "https://203.0.113.10/status", "documentation range, public-like");
ben(OK, "https://198.51.100.42:8443/health");
ben(OK, `https://example.net/i/${r(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}`, "ULID id");
ben(OK, "https://shop.example.com/products/blue-widget?variant=4471&utm_source=newsletter&utm_medium=email&utm_campaign=winter-sale");
ben(OK, "https://en.example.org/wiki/Server-side_request_forgery");
ben(OK, "https://example.com/blog/2026/12/why-we-moved-to-bun");
ben(OK, `https://api.example.com/v1/sessions/${hex(24)}/events?after=${digits(13)}`);
ben(OK, "https://api.example.test/v2/weather?lat=52.52&lon=13.405&units=metric");
ben(OK, "https://example.org/token-bucket-rate-limiting-explained");
ben(OK, "https://example.com/settings/keys", "settings page for keys");
ben(OK, "https://example.com/static/fonts/Inter-roman.var.woff2?v=3.19");
ben(OK, `https://example.net/avatar/${hex(32)}?s=80&d=identicon`, "gravatar-style md5");
ben(OK, "https://example.org/docs/api#authentication");
ben(OK, `https://example.com/pkg/@acme/sdk/-/sdk-1.2.3.tgz`);
ben(OK, `https://storage.example.com/public-bucket/images/${r(16, LO)}.webp?width=800&quality=80`);
ben(OK, "https://example.com:8443/metrics");
ben(OK, "https://sub.domain.example.org/a/b/c/d/e/f/index.html");
ben(OK, `https://example.net/share/${r(22, URLSAFE)}`, "share slug");
ben(OK, "https://news.example.com/article?id=998877&ref=homepage&lang=de");
ben(OK, "https://example.com/password-reset", "page name only");
ben(OK, `https://example.org/verify-email?uid=${digits(7)}&ts=1764812345`);
ben(OK, "https://api.example.com/v1/models");
ben(OK, `https://example.com/tiles/12/2200/1343.png`);
ben(OK, "https://www.example.com/en-us/support/contact?topic=billing");
ben(OK, `https://a1b2c3.example.net/`, "short alnum subdomain");
ben(OK, `https://example.com/compare/${hex(7)}...${hex(7)}`);
ben(OK, "http://example.org/legacy/page.php?id=12&cat=news");
ben(OK, "https://xn--mnchen-3ya.example/stadtplan", "IDN");
ben(OK, `https://example.com/checkout?cart=${r(32, LO + "0123456789")}&step=payment`, "cart id");
