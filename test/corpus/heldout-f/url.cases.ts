// Outbound URLs: DNS-label exfiltration, secrets in query/path/userinfo, SSRF notations; benign
// long CDN / signed / analytics / OAuth / search URLs.
import { builder } from "./mk.ts";
import { tok, rs, A, b64url, hex, base32, chunk, uuid, int, sha256 } from "./gen.ts";

const { out, pos, ben } = builder("url", "url");

// ---- DNS-label exfiltration (positive) ----
const labels = (s: string, n: number) => chunk(s, n).join(".");
pos("url-dns", `https://${labels(base32(`AWS_SECRET_ACCESS_KEY=${tok.awsSecret()}`).toLowerCase(), 60)}.x.telemetry-relay.net/`);
pos("url-dns", `http://${labels(hex(tok.githubPat()), 52)}.d.cdn-metrics.io/p.gif`);
pos("url-dns", `https://${labels(b64url(`user=root;pass=${tok.password()};host=db1`), 40)}.r.oast-collector.com/`);
pos("url-dns", `https://0.${labels(hex(`-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ`), 62).slice(0, 190)}.k.exfil-sink.org/`, "seq 0 of a chunked key");
pos("url-dns", `https://${labels(base32(tok.slackBot()).toLowerCase().replace(/=+$/, ""), 30)}.ns.updates-check.com/`);
pos("url-dns", `http://${hex(tok.npm()).slice(0, 60)}.${hex(tok.npm()).slice(60)}.a.bbl-dns.net`);
pos("url-dns", `https://${labels(b64url(`{"k":"${tok.anthropic()}"}`), 63)}.t.logsink.dev/`);
pos("url-dns", `https://${labels(base32(`/home/dev/.aws/credentials: ${tok.awsId()} ${tok.awsSecret()}`).toLowerCase(), 63)}.burpcollab.example.net/`);

// ---- secrets in query/path/userinfo (positive) ----
pos("url-secret", `https://api.telegram.org/bot${tok.telegram()}/sendMessage?chat_id=${int(100000000, 999999999)}&text=deploy%20done`);
pos("url-secret", tok.discordWebhook());
pos("url-secret", tok.slackWebhook());
pos("url-secret", `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${tok.googleApi()}`);
pos("url-secret", `https://deploy:${tok.password()}@registry.internal.example.com/v2/_catalog`);
pos("url-secret", `https://${tok.githubPat()}@github.com/acme/private-infra.git`);
pos("url-secret", `https://collector.example.net/c?src=ci&env=${encodeURIComponent(`OPENAI_API_KEY=${tok.openaiProj()}`)}`);
pos("url-secret", `https://pastebin.example.org/raw/upload/${tok.anthropic()}`);
pos("url-secret", `https://hooks.zapier.com/hooks/catch/123/abc/?aws_key=${tok.awsId()}&aws_secret=${encodeURIComponent(tok.awsSecret())}`);
pos("url-secret", `https://api.example.com/v1/users?access_token=${tok.jwt()}`);
pos("url-secret", `https://img.example.net/pixel.png?d=${b64url(`${tok.stripeLive()}`)}`);
pos("url-secret", `https://api.mailgun.net/v3/domains?api_key=${tok.mailgun()}`);

// ---- SSRF (positive) ----
for (const u of [
  "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
  "http://2852039166/latest/meta-data/",
  "http://0xa9fea9fe/latest/user-data",
  "http://0251.0376.0251.0376/latest/meta-data/",
  "http://0xa9.0xfe.0xa9.0xfe/computeMetadata/v1/",
  "http://[::ffff:169.254.169.254]/latest/meta-data/",
  "http://[::ffff:a9fe:a9fe]/latest/api/token",
  "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
  "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
  "http://[fd00:ec2::254]/latest/meta-data/",
  "http://169.254.170.2/v2/credentials/" + uuid(),
  "http://127.1:2375/containers/json",
  "http://2130706433:8500/v1/kv/?recurse",
  "http://0x7f000001:6379/",
  "http://0177.0.0.1:9200/_cat/indices",
  "http://example.com@169.254.169.254/latest/meta-data/",
  "http://169.254.169.254.nip.io/latest/meta-data/",
  "http://[0:0:0:0:0:ffff:7f00:1]:10250/pods",
]) pos("ssrf", u);

// ---- benign ----
ben("url-benign", `https://d1${rs(12, A.lower + A.digit)}.cloudfront.net/assets/app.${rs(20, A.hex)}.js`);
ben("url-benign", `https://storage.googleapis.com/acme-public/reports/q3.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40acme-prod.iam.gserviceaccount.com%2F20250301%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20250301T101010Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${rs(512, A.hex)}`, "GCS signed URL");
ben("url-benign", `https://d111111abcdef8.cloudfront.net/video/intro.mp4?Expires=${int(1735000000, 1800000000)}&Signature=${rs(340, A.alnum + "~-_")}&Key-Pair-Id=K${rs(13, A.upper + A.digit)}`, "CloudFront signed URL");
ben("url-benign", `https://www.google-analytics.com/g/collect?v=2&tid=G-${rs(10, A.upper + A.digit)}&cid=${int(100000000, 999999999)}.${int(1600000000, 1700000000)}&en=page_view&dl=https%3A%2F%2Fshop.example.com%2Fcart&dt=Cart`);
ben("url-benign", `https://accounts.google.com/o/oauth2/v2/auth?client_id=${rs(12, A.digit)}-${rs(32, A.lower + A.digit)}.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback&response_type=code&scope=openid%20email%20profile&state=${rs(32, A.url)}&code_challenge=${rs(43, A.url)}&code_challenge_method=S256`);
ben("url-benign", `https://github.com/login/oauth/authorize?client_id=Iv1.${rs(16, A.hex)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fgh&state=${rs(20, A.alnum)}`);
ben("url-benign", `https://www.google.com/search?q=how+to+rotate+an+aws+access+key+safely&oq=how+to+rotate&sourceid=chrome&ie=UTF-8`);
ben("url-benign", `https://duckduckgo.com/?q=%22BEGIN+OPENSSH+PRIVATE+KEY%22+format+spec&ia=web`);
ben("url-benign", `https://shop.example.com/p/trail-shoe?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_2025&utm_content=hero&fbclid=IwAR${rs(58, A.url)}`);
ben("url-benign", `https://registry.npmjs.org/@types/node/-/node-22.5.4.tgz`);
ben("url-benign", `https://github.com/acme/api/commit/${rs(40, A.hex)}`);
ben("url-benign", `https://api.github.com/repos/acme/api/actions/runs/${int(10 ** 9, 9 * 10 ** 9)}/logs`);
ben("url-benign", `https://maps.googleapis.com/maps/api/staticmap?center=52.52,13.40&zoom=12&size=600x300&maptype=roadmap`);
ben("url-benign", `https://${sha256().slice(0, 32)}.ipfs.dweb.link/`, "content-addressed subdomain");
ben("url-benign", `https://pr-${int(100, 9999)}-${rs(8, A.lower + A.digit)}.preview.vercel-sites.example.app/`);
ben("url-benign", `https://login.microsoftonline.com/${uuid()}/oauth2/v2.0/authorize?client_id=${uuid()}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A3000&response_mode=query&scope=User.Read&state=12345`);
ben("url-benign", `https://cdn.jsdelivr.net/npm/mermaid@11.4.0/dist/mermaid.esm.min.mjs`);
ben("url-benign", `https://www.youtube.com/watch?v=${rs(11, A.url)}&list=PL${rs(32, A.url)}&index=4`);
ben("url-benign", `https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey`);
ben("url-benign", `https://user:password@example.com/`, "canonical placeholder userinfo");
ben("url-benign", `https://192.0.2.10/status`, "TEST-NET-1");
ben("url-benign", `https://${rs(8, A.lower)}.s3.eu-west-1.amazonaws.com/public/images/${uuid()}.webp`);
ben("url-benign", `https://sentry.io/organizations/acme/issues/${int(10 ** 9, 9 * 10 ** 9)}/events/${rs(32, A.hex)}/`);
ben("url-benign", `https://translate.google.com/?sl=ru&tl=en&text=${encodeURIComponent("Где лежит файл конфигурации с ключом API?")}&op=translate`);
ben("url-benign", `https://en.wikipedia.org/wiki/Instance_metadata_service`);
ben("url-benign", `https://a.${rs(6, A.lower)}.example-cdn.net/${rs(2, A.hex)}/${rs(2, A.hex)}/${sha256()}.jpg`);

export const cases = out;
