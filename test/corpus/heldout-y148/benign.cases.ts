// Hard benign look-alikes (seed 148003): placeholders, digests, ids, public keys, redactions, docs.
import type { CorpusCase } from "../types.ts";
import { Rng, j, mkCase, ALNUM, HEX, DIG, URLSAFE, LO } from "./_gen.ts";

const r = new Rng(148003);
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => { n++; out.push(mkCase(`y148-b-${String(n).padStart(3, "0")}`, "heldouty148-benign", text, text.slice(0, 10), note, "benign")); };

const PH = ["<your-api-key>", "xxxxxxxxxxxxxxxxxxxxxxxx", "${OPENAI_API_KEY}", "changeme", "YOUR_TOKEN_HERE", "{{ secrets.NPM_TOKEN }}", "$(cat /run/secrets/db_password)", "********", "<REDACTED>", "replace-me", "%STRIPE_KEY%", "process.env.API_KEY"];
const ENVS = ["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "DATABASE_PASSWORD", "SLACK_BOT_TOKEN", "AWS_SECRET_ACCESS_KEY", "SENDGRID_API_KEY", "DD_API_KEY", "JWT_SECRET", "HF_TOKEN", "SHOPIFY_ADMIN_TOKEN", "TWILIO_AUTH_TOKEN"];

// placeholders in many carriers
for (let i = 0; i < 12; i++) {
  const p = PH[i]!, e = ENVS[i]!;
  const forms = [
    `${e}=${p}\nPORT=3000\n`,
    JSON.stringify({ messages: [{ role: "user", content: `Here is my .env.example:\n${e}=${p}\nLOG_LEVEL=debug` }] }),
    `docker run -e ${e}=${p} acme/api:latest`,
    `env:\n  - name: ${e}\n    value: "${p}"\n`,
    `curl https://api.example.com/v1/me -H "Authorization: Bearer ${p}"`,
    `[credentials]\n${e.toLowerCase()} = "${p}"\n`,
  ];
  add(forms[i % forms.length]!, `placeholder ${p}`);
}
// masked / redacted tokens
const masks = [
  () => j("sk-", "proj-", "…", r.str(4, ALNUM)), () => j("gh", "p_", "****", r.str(4, ALNUM)), () => j("sk", "_live_", "••••", r.str(4, ALNUM)),
  () => j("xo", "xb-", "***-***-", "…"), () => j("AK", "IA", "************", r.str(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")), () => j("gl", "pat-", "[REDACTED]"),
];
for (let i = 0; i < 12; i++) {
  const m = masks[i % masks.length]!();
  const forms = [`Key ${m} was revoked on 2026-12-01 and replaced.`, `INFO using credential ${m} (masked) for upload`, `| name | value |\n|---|---|\n| API key | \`${m}\` |`, `Der Schlüssel ${m} wurde widerrufen.`];
  add(forms[i % forms.length]!, `masked token ${m}`);
}
// digests, SHAs, integrity, UUIDs, request ids
for (let i = 0; i < 30; i++) {
  const sha1 = r.str(40, HEX), sha256 = r.str(64, HEX), md5 = r.str(32, HEX), uuid = r.uuid();
  const integ = Buffer.from(r.bytes(64)).toString("base64");
  const forms = [
    `commit ${sha1}\nAuthor: Dana Lee <dana@acme.io>\nDate:   Mon Dec 7 10:11:12 2026 +0000\n\n    fix: retry token refresh on 401 (closes #${r.range(100, 999)})`,
    `${sha256}  dist/acme-cli-linux-amd64.tar.gz\n${r.str(64, HEX)}  dist/acme-cli-darwin-arm64.tar.gz`,
    `"node_modules/left-pad": {\n  "version": "1.3.0",\n  "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n  "integrity": "sha512-${integ}"\n}`,
    `image: ghcr.io/acme/api@sha256:${sha256}`,
    `2026-12-07T12:00:01Z INFO request_id=${uuid} trace_id=${r.str(32, HEX)} span_id=${r.str(16, HEX)} status=200 dur_ms=${r.range(3, 400)}`,
    `md5sum data/train.parquet\n${md5}  data/train.parquet`,
    JSON.stringify({ id: j("chat", "cmpl-", r.str(29, ALNUM)), object: "chat.completion", model: "gpt-4.1", usage: { total_tokens: r.range(100, 900) } }),
    `Stripe objects: cus_${r.str(14, ALNUM)}, pi_${r.str(24, ALNUM)}, ch_${r.str(24, ALNUM)}`,
    `{"etag":"\\"${md5}\\"","last_modified":"2026-12-06T09:00:00Z","key":"uploads/${uuid}.png"}`,
    `git rebase -i ${sha1.slice(0, 12)}\nerror: could not apply ${sha1.slice(0, 7)}... feat: add SSO`,
    `X-Request-Id: req_${r.str(24, ALNUM)}\nX-Amzn-Trace-Id: Root=1-${r.str(8, HEX)}-${r.str(24, HEX)}`,
    `version = "2.31.0"\nsource = { registry = "https://pypi.org/simple" }\nwheels = [{ url = "https://files.pythonhosted.org/requests-2.31.0-py3-none-any.whl", hash = "sha256:${sha256}" }]`,
    `<script src="https://cdn.acme.io/app.js" integrity="sha384-${Buffer.from(r.bytes(48)).toString("base64")}" crossorigin="anonymous"></script>`,
    `Migration ${uuid} applied (checksum ${md5}).`,
    `"msg_${r.str(24, ALNUM)}" は正常に処理されました（request id: ${uuid}）。`,
  ];
  add(forms[i % forms.length]!, "digest / id look-alike");
}
// public keys and publishable keys meant to be public
for (let i = 0; i < 14; i++) {
  const forms = [
    () => `const stripe = Stripe("${j("pk", "_live_", "51", r.str(97, ALNUM))}");`,
    () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(43, ALNUM + "+/")} deploy@acme`,
    () => j("-----BEGIN PUBLIC KEY-----\n", r.b64(294).replace(/(.{64})/g, "$1\n"), "\n-----END PUBLIC KEY-----"),
    () => `NEXT_PUBLIC_SUPABASE_URL=https://${r.str(20, LO)}.supabase.co\nNEXT_PUBLIC_POSTHOG_KEY=${j("ph", "c_", r.str(43, ALNUM))}`,
    () => j("-----BEGIN CERTIFICATE-----\n", r.b64(700).replace(/(.{64})/g, "$1\n"), "\n-----END CERTIFICATE-----"),
    () => `{"keys":[{"kty":"RSA","kid":"${r.str(8, HEX)}","use":"sig","alg":"RS256","n":"${r.str(342, URLSAFE)}","e":"AQAB"}]}`,
    () => `Sentry.init({ dsn: "https://${r.str(32, HEX)}@o${r.str(6, DIG)}.ingest.sentry.io/${r.str(7, DIG)}" }); // public DSN`,
  ];
  add(forms[i % forms.length]!(), "public key / publishable key");
}
// docs describing token formats, labelled test fixtures, CSRF nonces, short ids, misc
const misc = [
  () => "GitHub personal access tokens start with `ghp_` followed by 36 alphanumeric characters; fine-grained ones start with `github_pat_`.",
  () => "Las claves de Stripe en modo live empiezan por `sk_live_`; nunca las incluyas en el repositorio.",
  () => "AWS access key IDs are 20 characters and begin with AKIA (long-term) or ASIA (temporary STS).",
  () => `// test fixture — not a real key\nconst FAKE_KEY = "test_key_do_not_use";\nexpect(mask(FAKE_KEY)).toBe("test…use");`,
  () => `<form method="post" action="/settings">\n  <input type="hidden" name="csrf_token" value="${r.str(43, URLSAFE)}">\n</form>`,
  () => `<meta name="csrf-token" content="${r.str(64, HEX)}">`,
  () => `Order #${r.str(8, DIG)} shipped, tracking ${r.str(18, DIG)}.`,
  () => `feat(auth): rotate API keys every 90 days\n\nAdds a cron that calls /v1/keys/rotate and stores the new key in Vault.`,
  () => `apiKey: { type: "string", minLength: 32, pattern: "^[A-Za-z0-9]{32}$", description: "API key (format only)" }`,
  () => `password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${r.str(64, DIG + "abcdef")}\n  ${r.str(64, DIG + "abcdef")}`,
  () => `DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev_db`,
  () => `aws_secret_access_key = {{ lookup('aws_ssm', '/prod/app/aws_secret') }}`,
  () => `ключ API хранится в Vault по пути secret/data/app/openai, в коде его нет`,
  () => `STRIPE_SECRET_KEY=op://Engineering/Stripe/credential`,
  () => `color: #${r.str(6, HEX)}; font-family: "Inter", sans-serif; --tw-ring-offset: 2px;`,
  () => `data:image/png;base64,${r.b64(180)}`,
  () => `youtube video id ${r.str(11, URLSAFE)}, playlist PL${r.str(32, URLSAFE)}`,
  () => `api_key = os.environ["OPENAI_API_KEY"]  # read from env, never hard-code`,
  () => `secretKeyRef:\n  name: stripe-credentials\n  key: secret-key`,
  () => `ENC[AES256_GCM,data:${r.b64(24)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`,
  () => `此令牌已过期：sk-…${r.str(4, ALNUM)}，请在控制台重新生成。`,
  () => `Your verification code is ${r.str(6, DIG)}. It expires in 10 minutes.`,
  () => `session_id=${r.uuid()}; Path=/; HttpOnly; SameSite=Lax`,
  () => `OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-...`,
  () => `https://github.com/acme/web/pull/${r.range(100, 9999)}/commits/${r.str(40, HEX)}`,
  () => `"resolved" "https://registry.yarnpkg.com/react/-/react-18.3.1.tgz#${r.str(40, HEX)}"`,
  () => `Rotate keys with: acme keys rotate --name ci-deploy --expires 90d`,
  () => `ANDROID_KEYSTORE_PASSWORD=\${{ secrets.ANDROID_KEYSTORE_PASSWORD }}`,
  () => `El token de ejemplo \`<TU_TOKEN>\` debe sustituirse por el tuyo.`,
  () => `nonce-${r.b64(16)} used in Content-Security-Policy: script-src 'nonce-${r.b64(16)}'`,
  () => `git config --global user.signingkey ${r.str(16, HEX).toUpperCase()}`,
  () => `Build ${r.range(1000, 9999)} finished: artifact sha1 ${r.str(40, HEX)}`,
];
for (const f of misc) add(f(), "doc / fixture / misc look-alike");

export const cases = out;
