// heldout-y143: hard benign cases. Part one rotates secret-named slots holding no secret
// (references, placeholders, masks, encrypted values) through the same renderers as the
// positives; part two is handcrafted look-alikes in their natural, non-secret slots.
// Seed 143004.
import type { CorpusCase } from "../types.ts";
import { B, BENIGN, Gen, Hd, pad, Q, rotate, type Fam, type Http, type Renderer, type Slot } from "./_gen.ts";

const g = new Gen(143004);

// ---------------------------------------------------------------------------------------------
// part one: secret-named slots, no secret

interface BSlot {
  p: string;
  env: string;
  /** the provider's visible prefix, used for masks */
  pre: string;
  http?: Http;
}

const slots: BSlot[] = [
  { p: "OpenAI", env: "OPENAI_API_KEY", pre: "sk-" + "proj-", http: B("https://api.openai.com/v1/models") },
  { p: "Anthropic", env: "ANTHROPIC_API_KEY", pre: "sk-" + "ant-", http: Hd("x-api-key", "https://api.anthropic.com/v1/messages") },
  { p: "GitHub", env: "GITHUB_TOKEN", pre: "gh" + "p_", http: B("https://api.github.com/user") },
  { p: "Stripe", env: "STRIPE_SECRET_KEY", pre: "sk" + "_live_", http: B("https://api.stripe.com/v1/charges") },
  { p: "Slack", env: "SLACK_BOT_TOKEN", pre: "xo" + "xb-", http: B("https://slack.com/api/auth.test") },
  { p: "AWS", env: "AWS_SECRET_ACCESS_KEY", pre: "" },
  { p: "SendGrid", env: "SENDGRID_API_KEY", pre: "SG" + ".", http: B("https://api.sendgrid.com/v3/scopes") },
  { p: "Datadog", env: "DD_API_KEY", pre: "", http: Hd("DD-API-KEY", "https://api.datadoghq.com/api/v1/validate") },
  { p: "Twilio", env: "TWILIO_AUTH_TOKEN", pre: "" },
  { p: "Hugging Face", env: "HF_TOKEN", pre: "hf" + "_", http: B("https://huggingface.co/api/whoami-v2") },
  { p: "npm", env: "NPM_TOKEN", pre: "np" + "m_" },
  { p: "GitLab", env: "GITLAB_TOKEN", pre: "gl" + "pat-", http: Hd("PRIVATE-TOKEN", "https://gitlab.com/api/v4/user") },
  { p: "Groq", env: "GROQ_API_KEY", pre: "gs" + "k_", http: B("https://api.groq.com/openai/v1/models") },
  { p: "Cloudflare", env: "CLOUDFLARE_API_TOKEN", pre: "", http: B("https://api.cloudflare.com/client/v4/user/tokens/verify") },
  { p: "DigitalOcean", env: "DIGITALOCEAN_TOKEN", pre: "do" + "p_v1_", http: B("https://api.digitalocean.com/v2/account") },
  { p: "PostgreSQL", env: "DATABASE_PASSWORD", pre: "" },
  { p: "Linear", env: "LINEAR_API_KEY", pre: "lin" + "_api_", http: Hd("Authorization", "https://api.linear.app/graphql") },
  { p: "Notion", env: "NOTION_TOKEN", pre: "nt" + "n_", http: B("https://api.notion.com/v1/users/me") },
  { p: "Shopify", env: "SHOPIFY_ADMIN_API_ACCESS_TOKEN", pre: "sh" + "pat_", http: Hd("X-Shopify-Access-Token", "https://acme-store.myshopify.com/admin/api/2024-10/shop.json") },
  { p: "Mistral", env: "MISTRAL_API_KEY", pre: "", http: B("https://api.mistral.ai/v1/models") },
  { p: "Pinecone", env: "PINECONE_API_KEY", pre: "pc" + "sk_", http: Hd("Api-Key", "https://api.pinecone.io/indexes") },
  { p: "Resend", env: "RESEND_API_KEY", pre: "re" + "_", http: B("https://api.resend.com/domains") },
  { p: "app", env: "JWT_SECRET", pre: "" },
  { p: "Sentry", env: "SENTRY_AUTH_TOKEN", pre: "sntry" + "u_", http: B("https://sentry.io/api/0/") },
  { p: "Vercel", env: "VERCEL_TOKEN", pre: "", http: B("https://api.vercel.com/v2/user") },
  { p: "Doppler", env: "DOPPLER_TOKEN", pre: "dp" + ".st.", http: B("https://api.doppler.com/v3/me") },
  { p: "Gemini", env: "GEMINI_API_KEY", pre: "AI" + "za", http: Q("key", "https://generativelanguage.googleapis.com/v1beta/models") },
  { p: "Telegram", env: "TELEGRAM_BOT_TOKEN", pre: "", http: { url: "https://api.telegram.org/bot{v}/getMe" } },
  { p: "Mailgun", env: "MAILGUN_API_KEY", pre: "", http: { url: "https://api.mailgun.net/v3/domains", basic: "api" } },
  { p: "Okta", env: "OKTA_API_TOKEN", pre: "00", http: Hd("Authorization", "https://acme.okta.com/api/v1/users/me", "SSWS") },
];

const lower = (env: string) => env.toLowerCase().replace(/_/g, "-");
const mask = (pre: string) => `${pre}${g.pick(["****", "…", "********", "xxxx…"])}${g.a(4)}`;
const sops = () => `ENC[AES256_GCM,data:${g.bb(g.range(24, 60))},iv:${g.bb(32)},tag:${g.bb(16)},type:str]`;

type Maker = [string, (s: BSlot) => string];
const BY_FAM: Record<Fam, Maker[]> = {
  shell: [
    ["1Password CLI reference", (s) => `$(op read "op://Production/${s.p}/credential")`],
    ["Vault CLI lookup", (s) => `$(vault kv get -field=value secret/ci/${lower(s.env)})`],
    ["AWS Secrets Manager lookup", (s) => `$(aws secretsmanager get-secret-value --secret-id prod/${lower(s.env)} --query SecretString --output text)`],
    ["gcloud secret lookup", (s) => `$(gcloud secrets versions access latest --secret=${lower(s.env)})`],
  ],
  ci: [
    ["GitHub Actions secrets expression", (s) => `\${{ secrets.${s.env} }}`],
    ["placeholder", () => "CHANGE_ME"],
  ],
  config: [
    ["env interpolation", (s) => `\${${s.env}}`],
    ["placeholder", () => g.pick(["your-api-key-here", "<your-api-key>", "REPLACE_ME", "<TOKEN>", "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO"])],
    ["Vault reference", (s) => `vault:secret/data/${lower(s.env)}#value`],
    ["1Password reference", (s) => `op://Production/${s.p}/credential`],
    ["Secrets Manager ARN reference", (s) => `arn:aws:secretsmanager:eu-west-1:${g.d(12)}:secret:prod/${lower(s.env)}-${g.a(6)}`],
    ["SOPS-encrypted value", () => sops()],
    ["Azure Key Vault reference", (s) => `@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.azure.net/secrets/${lower(s.env)}/)`],
    ["empty value", () => ""],
  ],
  code: [
    ["placeholder", (s) => g.pick(["your-api-key-here", "<YOUR_API_KEY>", "REPLACE_ME", "", `${s.pre}your-key-here`, "dummy", "not-a-real-key"])],
  ],
  http: [
    ["placeholder", () => g.pick(["<TOKEN>", "YOUR_API_KEY", "{{token}}", "<api-key>"])],
    ["masked value", (s) => mask(s.pre)],
    ["redacted value", () => g.pick(["[REDACTED]", "********", "<redacted>"])],
  ],
  text: [
    ["masked value", (s) => mask(s.pre)],
    ["redacted value", () => g.pick(["[REDACTED]", "********", "<redacted>", "[FILTERED]"])],
    ["placeholder", () => g.pick(["<your-key>", "your-api-key-here", "REPLACE_ME"])],
  ],
};

/** renderer-specific choices where the family default would read oddly */
const BY_ID: Record<string, Maker[]> = {
  "docker-run-env": [["shell variable reference", (s) => `$${s.env}`]],
  "curl-plain": [
    ["shell variable reference", (s) => `$${s.env}`],
    ["1Password CLI reference", (s) => `$(op read op://Production/${s.p.replace(/ /g, "-")}/credential)`],
  ],
  "curl-in-bash-tool-use": [["shell variable reference", (s) => `$${s.env}`]],
  "github-actions-log": [["runner mask", () => "***"]],
  "gitlab-ci-variables": [["CI/CD variable reference", (s) => `$${s.env}_PROD`]],
  "powershell-profile": [["placeholder", () => g.pick(["<paste-token-here>", "REPLACE_ME"])]],
  "zsh-history": [["1Password CLI reference", (s) => `$(op read "op://Private/${s.p}/credential")`]],
};
const article = (k: string) => (/^[aeiouAEIOU]/.test(k) ? "an" : "a");

const N_ROTATED = 56;
const items = Array.from({ length: N_ROTATED }, (_, i) => {
  const bs = slots[i % slots.length]!;
  // one value per family, drawn up front so the rotation can test each renderer's constraints
  const byFam = {} as Record<Fam, [string, string]>;
  for (const fam of Object.keys(BY_FAM) as Fam[]) {
    const [kind, f] = g.pick(BY_FAM[fam]);
    byFam[fam] = [kind, f(bs)];
  }
  const byId: Record<string, [string, string]> = {};
  for (const [id, makers] of Object.entries(BY_ID)) {
    const [kind, f] = g.pick(makers);
    byId[id] = [kind, f(bs)];
  }
  const choice = (r: Renderer) => byId[r.id] ?? byFam[r.fam];
  const slotFor = (r: Renderer): Slot => ({ p: bs.p, env: bs.env, v: choice(r)[1], co: [], http: bs.http });
  return { bs, choice, slotFor };
});
const rs = rotate(
  items.map((it) => ({ ok: (r: Renderer) => !r.ok || r.ok(it.slotFor(r)) })),
  5,
);

const rotated: CorpusCase[] = items.map((it, i) => {
  const r = rs[i]!;
  const s = it.slotFor(r);
  return {
    id: `y143-b-${pad(i + 1)}`,
    kind: "secrets",
    category: BENIGN,
    label: "benign",
    text: r.render(g, s),
    note: `${it.bs.p} slot ${it.bs.env} holding ${article(it.choice(r)[0])} ${it.choice(r)[0]}, no secret; context ${r.id}`,
  };
});

// ---------------------------------------------------------------------------------------------
// part two: look-alikes in their natural slots

const sha = () => g.h(40);
const sha256 = () => g.h(64);
const oid = () => g.h(24);
const tp = () => `00-${g.h(32)}-${g.h(16)}-01`;
const b64img = (n: number) => "iVBORw0KGgoAAAANSUhEUgAA" + g.bb(n);

const hand: [string, () => string][] = [
  [
    "git SHAs: git log --oneline and a commit hash pasted into a chat body",
    () =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          {
            role: "user",
            content: `Which of these commits broke the build? Bisect says ${sha()} is the first bad one.\n\n$ git log --oneline -8\n${Array.from({ length: 8 }, () => `${g.h(7)} ${g.pick(["fix: null check in parser", "chore(deps): bump axios", "feat: add export endpoint", "refactor: split worker", "test: cover retry path", "docs: update README", "ci: cache pnpm store", "perf: batch inserts"])}`).join("\n")}`,
          },
        ],
      }),
  ],
  [
    "container image digests in a Kubernetes Deployment",
    () =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${sha256()}\n        - name: envoy\n          image: envoyproxy/envoy:v1.31.2@sha256:${sha256()}\n      initContainers:\n        - name: migrate\n          image: ghcr.io/acme/migrate@sha256:${sha256()}\n`,
  ],
  [
    "lockfile integrity hashes (package-lock.json excerpt)",
    () =>
      JSON.stringify(
        {
          name: "checkout-web",
          lockfileVersion: 3,
          packages: Object.fromEntries(
            [
              ["axios", "1.7.7"],
              ["zod", "3.23.8"],
              ["react-dom", "18.3.1"],
              ["date-fns", "4.1.0"],
            ].map(([p, v]) => [`node_modules/${p}`, { version: v, resolved: `https://registry.npmjs.org/${p}/-/${p}-${v}.tgz`, integrity: `sha512-${g.bb(64)}`, license: "MIT" }]),
          ),
        },
        null,
        2,
      ),
  ],
  [
    "SRI integrity attributes and a CSP nonce in HTML",
    () =>
      `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-${g.bb(16)}'">\n  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-${g.bb(48)}" crossorigin="anonymous">\n  <script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.bb(48)}" crossorigin="anonymous"></script>\n</head>\n<body hx-boost="true"></body>\n</html>`,
  ],
  [
    "SHA256SUMS release checksums and sha256sum -c output",
    () => {
      const files = ["toolkit_1.8.0_linux_amd64.tar.gz", "toolkit_1.8.0_linux_arm64.tar.gz", "toolkit_1.8.0_darwin_arm64.tar.gz", "toolkit_1.8.0_windows_amd64.zip"];
      return `$ cat SHA256SUMS\n${files.map((f) => `${sha256()}  ${f}`).join("\n")}\n$ sha256sum -c SHA256SUMS --ignore-missing\ntoolkit_1.8.0_linux_amd64.tar.gz: OK`;
    },
  ],
  [
    "request ids (UUID) and W3C traceparent in JSON access logs",
    () =>
      Array.from({ length: 4 }, () =>
        JSON.stringify({ ts: g.iso(), level: "info", method: g.pick(["GET", "POST"]), path: g.pick(["/v1/orders", "/healthz", "/v1/users/me", "/v1/export"]), status: g.pick([200, 201, 204, 404]), duration_ms: g.range(2, 900), request_id: g.uuid(), traceparent: tp(), user_id: g.range(1000, 99999) }),
      ).join("\n"),
  ],
  [
    "ETag, x-request-id, cf-ray and x-amz-id-2 response headers",
    () =>
      `HTTP/2 200\ncontent-type: application/json\netag: W/"${g.h(32)}"\nx-request-id: ${g.uuid()}\ncf-ray: ${g.h(16)}-FRA\nx-amz-request-id: ${g.up(16)}\nx-amz-id-2: ${g.bb(56)}\nx-cache: Hit from cloudfront\nage: ${g.range(1, 3000)}\n`,
  ],
  [
    "Stripe object ids (cus_, pi_, ch_, pm_, in_) in an API response pasted for debugging",
    () =>
      JSON.stringify(
        { id: "pi_" + g.a(24), object: "payment_intent", amount: 4200, currency: "eur", customer: "cus_" + g.a(14), latest_charge: "ch_" + g.a(24), payment_method: "pm_" + g.a(24), invoice: "in_" + g.a(24), livemode: true, status: "succeeded", metadata: { order_id: String(g.range(100000, 999999)) } },
        null,
        2,
      ),
  ],
  [
    "vendor response ids (chatcmpl-, fp_, msg_, req_) in LLM API responses",
    () =>
      `${JSON.stringify({ id: "chatcmpl-" + g.a(29), object: "chat.completion", created: g.epoch(), model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } })}\n${JSON.stringify({ id: "msg_01" + g.a(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "OK" }], stop_reason: "end_turn", usage: { input_tokens: 120, output_tokens: 2 } })}\nrequest-id: req_01${g.a(22)}`,
  ],
  [
    "MongoDB ObjectIds in mongosh output",
    () =>
      `acme> db.orders.find({ status: "failed" }).limit(3)\n[\n${Array.from({ length: 3 }, () => `  {\n    _id: ObjectId('${oid()}'),\n    customerId: ObjectId('${oid()}'),\n    total: Decimal128('${g.range(5, 900)}.${g.range(10, 99)}'),\n    status: 'failed'\n  }`).join(",\n")}\n]`,
  ],
  [
    "ARNs (IAM role, S3 bucket, KMS key) in terraform output",
    () =>
      `$ terraform output\nbucket_arn = "arn:aws:s3:::acme-exports-prod"\nkms_key_arn = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\nlambda_role_arn = "arn:aws:iam::${g.d(12)}:role/export-lambda"\nqueue_url = "https://sqs.eu-west-1.amazonaws.com/${g.d(12)}/exports"\n`,
  ],
  [
    "Google OAuth client id (public) in a Next.js public env",
    () => `# apps/web/.env.production\nNEXT_PUBLIC_GOOGLE_CLIENT_ID=${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com\nNEXT_PUBLIC_API_BASE=https://api.acme.io\nNEXT_PUBLIC_SITE_NAME=Acme\n`,
  ],
  [
    "Stripe publishable key (pk_live_) in frontend config",
    () => `// src/stripe.ts\nimport { loadStripe } from "@stripe/stripe-js";\n\nexport const stripePromise = loadStripe("${"pk" + "_live_51" + g.a(97)}");\n`,
  ],
  [
    "SSH public keys in authorized_keys",
    () => {
      const ed = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), Buffer.from(g.bytes(32))]).toString("base64");
      const rsa = Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from("ssh-rsa"), Buffer.from([0, 0, 0, 3, 1, 0, 1, 0, 0, 1, 0x81, 0]), Buffer.from(g.bytes(384))]).toString("base64");
      return `$ cat ~/.ssh/authorized_keys\nssh-ed25519 ${ed} maria@laptop\nssh-rsa ${rsa} deploy@ci\n`;
    },
  ],
  [
    "PGP public key block in a release-verification README",
    () =>
      `## Verifying releases\n\nImport the signing key and check the signature:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${(("mQINBG" + "W0") + g.bb(780)).match(/.{1,64}/g)!.join("\n")}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n\n\`gpg --verify toolkit_1.8.0.tar.gz.asc\`\n`,
  ],
  [
    "PEM certificate chain pasted to debug TLS",
    () => `curl says "unable to get local issuer certificate". fullchain.pem:\n\n${g.pem("CERTIFICATE", "MIIFBjCCA+6gAwIBAgIS", 900)}\n${g.pem("CERTIFICATE", "MIIFFjCCAv6gAwIBAgIR", 880)}\n`,
  ],
  [
    "base64 PNG data URI in CSS",
    () => `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,${b64img(300)}");\n}\n`,
  ],
  [
    "minified JS chunk with hashed identifiers",
    () =>
      `"use strict";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[${g.range(100, 999)}],{${g.range(10000, 99999)}:(e,t,n)=>{n.d(t,{Z:()=>o});var r=n(${g.range(1000, 9999)}),a="${g.h(20)}",o=function(e){return r.createElement("div",{className:"css-${g.lo(6)} e${g.lo(6)}0","data-hash":"${g.u(32)}"},e.children)}}}]);\n//# sourceMappingURL=${g.range(100, 999)}.${g.h(8)}.chunk.js.map`,
  ],
  [
    "GitHub Actions workflow taking every credential from ${{ secrets.* }}",
    () =>
      `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n      DATABASE_URL: \${{ secrets.DATABASE_URL }}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::${g.d(12)}:role/gha-deploy\n          aws-region: eu-west-1\n      - run: ./scripts/deploy.sh\n        env:\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`,
  ],
  [
    "ExternalSecret manifest referencing remote keys",
    () =>
      `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: billing-api\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secretsmanager\n    kind: ClusterSecretStore\n  target:\n    name: billing-api-env\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/billing/stripe\n        property: secret_key\n    - secretKey: DATABASE_PASSWORD\n      remoteRef:\n        key: prod/billing/db\n        property: password\n`,
  ],
  [
    ".env.example with placeholders only",
    () =>
      `# Copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key\nSTRIPE_SECRET_KEY=${"sk" + "_live_" + "x".repeat(24)}\nGITHUB_TOKEN=<github-token>\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\nJWT_SECRET=change-me\n`,
  ],
  [
    "CI log where the runner masked every secret as ***",
    () => {
      const t = new Date(g.epoch() * 1000).toISOString().replace("Z", "0000Z");
      return [`##[group]Run ./scripts/release.sh`, `env:`, `  NPM_TOKEN: ***`, `  GH_TOKEN: ***`, `##[endgroup]`, `+ npm config set //registry.npmjs.org/:_authToken=***`, `+ npm publish --access public`, `npm notice Publishing to https://registry.npmjs.org/ with tag latest`, `+ @acme/sdk@${g.semver()}`].map((l) => `${t} ${l}`).join("\n");
    },
  ],
  [
    "SOPS-encrypted YAML with sops metadata",
    () =>
      `stripe_secret_key: ${sops()}\ndatabase_password: ${sops()}\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.bb(150).match(/.{1,64}/g)!.join("\n            ")}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "${g.iso().slice(0, 19)}Z"\n    mac: ${sops()}\n    unencrypted_suffix: _unencrypted\n    version: 3.9.1\n`,
  ],
  [
    "Ansible Vault encrypted vars file",
    () => `# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${g.h(640).match(/.{1,80}/g)!.join("\n")}\n`,
  ],
  [
    "SealedSecret with encryptedData",
    () =>
      `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.bb(540)}\n    WEBHOOK_SECRET: AgC${g.bb(400)}\n  template:\n    metadata:\n      name: payments\n`,
  ],
  [
    "go.sum module hashes",
    () =>
      ["github.com/google/uuid v1.6.0", "golang.org/x/sync v0.8.0", "github.com/jackc/pgx/v5 v5.7.1", "go.opentelemetry.io/otel v1.31.0"]
        .flatMap((m) => [`${m} h1:${g.bb(32)}`, `${m}/go.mod h1:${g.bb(32)}`])
        .join("\n"),
  ],
  [
    "Cargo.lock checksums",
    () =>
      [
        ["serde", "1.0.210"],
        ["tokio", "1.40.0"],
        ["reqwest", "0.12.8"],
        ["anyhow", "1.0.89"],
      ]
        .map(([c, v]) => `[[package]]\nname = "${c}"\nversion = "${v}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256()}"\n`)
        .join("\n"),
  ],
  [
    "pip requirements with --hash=sha256 pins",
    () =>
      ["requests==2.32.3", "urllib3==2.2.3", "certifi==2024.8.30"]
        .map((r) => `${r} \\\n    --hash=sha256:${sha256()} \\\n    --hash=sha256:${sha256()}`)
        .join("\n"),
  ],
  [
    "Git LFS pointer file",
    () => `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256()}\nsize ${g.range(100000, 900000000)}\n`,
  ],
  [
    "docker pull output with layer and image digests",
    () =>
      `$ docker pull ghcr.io/acme/worker:2.4.1\n2.4.1: Pulling from acme/worker\n${Array.from({ length: 4 }, () => `${g.h(12)}: Pull complete`).join("\n")}\nDigest: sha256:${sha256()}\nStatus: Downloaded newer image for ghcr.io/acme/worker:2.4.1\n`,
  ],
  [
    "kubectl describe pod with container and image ids",
    () =>
      `Name:         api-7c9d8f6b5-${g.lo(5)}\nNamespace:    prod\nContainers:\n  api:\n    Container ID:   containerd://${sha256()}\n    Image:          ghcr.io/acme/api:3.2.0\n    Image ID:       ghcr.io/acme/api@sha256:${sha256()}\n    State:          Running\n    Ready:          True\n    Restart Count:  0\n    Environment:\n      STRIPE_SECRET_KEY:  <set to the key 'STRIPE_SECRET_KEY' in secret 'payments'>  Optional: false\n`,
  ],
  [
    "Sentry event JSON (event_id, trace ids) without DSN",
    () =>
      JSON.stringify({ event_id: g.h(32), timestamp: g.iso(), platform: "python", level: "error", exception: { values: [{ type: "KeyError", value: "'customer'" }] }, contexts: { trace: { trace_id: g.h(32), span_id: g.h(16), op: "task" } }, release: `worker@${g.semver()}`, environment: "production" }, null, 2),
  ],
  [
    "webpack asset manifest with content hashes",
    () =>
      JSON.stringify({ files: { "main.js": `/static/js/main.${g.h(8)}.js`, "main.css": `/static/css/main.${g.h(8)}.css`, "runtime.js": `/static/js/runtime.${g.h(8)}.js` }, entrypoints: [`static/js/runtime.${g.h(8)}.js`, `static/js/main.${g.h(8)}.js`] }, null, 2),
  ],
  [
    "Jupyter output cell with an image/png payload",
    () =>
      JSON.stringify(
        { cell_type: "code", execution_count: 12, metadata: {}, outputs: [{ output_type: "display_data", data: { "image/png": b64img(900), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot(kind='bar')"] },
        null,
        1,
      ),
  ],
  [
    "OpenTelemetry OTLP/JSON span export",
    () =>
      JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: [{ key: "service.name", value: { stringValue: "checkout" } }] },
            scopeSpans: [{ spans: [{ traceId: g.h(32), spanId: g.h(16), parentSpanId: g.h(16), name: "POST /v1/orders", kind: 2, startTimeUnixNano: String(g.epoch()) + "000000000", endTimeUnixNano: String(g.epoch()) + "120000000" }] }],
          },
        ],
      }),
  ],
  [
    "Slack conversations.history response with channel/user/team ids",
    () =>
      JSON.stringify({ ok: true, messages: Array.from({ length: 2 }, () => ({ type: "message", user: "U0" + g.up(9), text: "deploy done", ts: `${g.epoch()}.${g.d(6)}`, team: "T0" + g.up(8), client_msg_id: g.uuid() })), has_more: false, channel_actions_count: 0 }),
  ],
  [
    "GitHub commit API response (sha, node_id, tree, verification)",
    () =>
      JSON.stringify({ sha: sha(), node_id: "C_kwDO" + g.u(30), commit: { tree: { sha: sha() }, message: "fix: retry on 429", verification: { verified: true, reason: "valid", signature: null } }, parents: [{ sha: sha() }] }, null, 2),
  ],
  [
    "known_hosts with hashed hostnames and host keys",
    () => {
      const ed = () => Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), Buffer.from(g.bytes(32))]).toString("base64");
      return Array.from({ length: 3 }, () => `|1|${g.bb(20)}|${g.bb(20)} ssh-ed25519 ${ed()}`).join("\n");
    },
  ],
  [
    "Ethereum transaction receipt (tx hash, block hash, addresses)",
    () =>
      JSON.stringify({ transactionHash: "0x" + sha256(), blockHash: "0x" + sha256(), blockNumber: "0x" + g.h(7), from: "0x" + g.h(40), to: "0x" + g.h(40), gasUsed: "0x5208", status: "0x1", logsBloom: "0x" + "0".repeat(512) }, null, 2),
  ],
  [
    "az account show (subscription and tenant UUIDs)",
    () =>
      JSON.stringify({ environmentName: "AzureCloud", homeTenantId: g.uuid(), id: g.uuid(), isDefault: true, name: "acme-prod", state: "Enabled", tenantId: g.uuid(), user: { name: "ops@acme.io", type: "user" } }, null, 2),
  ],
  [
    "GitHub Actions secret upload via API: libsodium-sealed encrypted_value",
    () => `PUT /repos/acme/billing-api/actions/secrets/STRIPE_SECRET_KEY HTTP/1.1\r\nHost: api.github.com\r\nAuthorization: Bearer \${GH_TOKEN}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ encrypted_value: g.bb(136), key_id: g.d(19) })}`,
  ],
  [
    "webhook delivery with HMAC signature headers (not a secret)",
    () =>
      `POST /hooks/github HTTP/1.1\r\nHost: ci.acme.io\r\nX-GitHub-Event: push\r\nX-GitHub-Delivery: ${g.uuid()}\r\nX-Hub-Signature-256: sha256=${sha256()}\r\nContent-Type: application/json\r\n\r\n{"ref":"refs/heads/main","after":"${sha()}"}`,
  ],
  [
    "OAuth authorize URL with state and PKCE code_challenge",
    () =>
      `Redirecting to https://accounts.google.com/o/oauth2/v2/auth?client_id=${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fauth%2Fcallback&response_type=code&scope=openid%20email&state=${g.u(32)}&code_challenge=${g.u(43)}&code_challenge_method=S256`,
  ],
  [
    "PostHog project key (phc_, public by design) in a frontend snippet",
    () => `posthog.init("${"ph" + "c_" + g.a(43)}", {\n  api_host: "https://eu.i.posthog.com",\n  person_profiles: "identified_only",\n});\n`,
  ],
  [
    "KMS-encrypted ciphertext blob in a config file",
    () => `# config/prod.yml — values decrypted at boot by kms-env\ndatabase:\n  host: db.prod.internal\n  encrypted_password: "AQICAHh${g.bb(170)}"\n`,
  ],
];

const handcrafted: CorpusCase[] = hand.map(([note, f], i) => ({
  id: `y143-bk-${pad(i + 1)}`,
  kind: "secrets",
  category: BENIGN,
  label: "benign",
  text: f(),
  note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
