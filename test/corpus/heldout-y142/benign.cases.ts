// heldout-y142 hard benign cases. Part one rotates look-alike values through the same renderers as
// the positives: ids, digests and publishable values sit in slots named for what they are (never a
// secret-named slot); secret-named slots hold only placeholders, masks or secret-manager references.
// Part two is handcrafted (public keys, certificates, encrypted files, lockfiles, logs, ...).
// Values are drawn at run time from SeededRng (seed 142004).
import type { CorpusCase } from "../types.ts";
import { Gen, b64, buildCases, hand, wrap, type Spec } from "./_gen.ts";

const g = new Gen(142004);
const x = (n: number) => "x".repeat(n);
const APIS = ["https://api.northwind.store/v1/builds", "https://api.lumenhq.io/v2/events", "https://hooks.kitebase.app/deploys", "https://status.pixelpost.co/api/report"];
let ai = 0;
const api = () => APIS[ai++ % APIS.length]!;

/** A look-alike id in a slot named for what it is, with a non-secret header and query name. */
const B = (p: string, env: string, v: (g: Gen) => string, h: string, q: string, d: string): Spec => ({ p, cat: "saas", env, v, h, q, d, kind: "bid", api: api() });
/** A placeholder or mask in a secret-named slot. */
const P = (p: string, env: string, v: (g: Gen) => string, d: string, only?: string[]): Spec => ({ p, cat: "saas", env, v, d, kind: "ph", api: api(), ...(only ? { only } : {}) });
/** A secret-manager or CI reference in a secret-named slot. */
const R = (p: string, env: string, v: (g: Gen) => string, d: string, only: string[]): Spec => ({ p, cat: "saas", env, v, d, kind: "ref", only });

const ENVFILES = ["openai chat body, pasted .env.local", "anthropic tool_use write_file .env.production", "MCP tools/call result, cat .dev.vars", "multipart upload of .env.production", "Markdown README setup section", "git format-patch diff"];

const specs: Spec[] = [
  // ---- look-alike ids, digests, publishable values
  B("Vercel", "VERCEL_GIT_COMMIT_SHA", (g) => g.hex(40), "X-Commit-Sha: {v}", "sha", "git commit SHA"),
  B("Next.js", "NEXT_BUILD_ID", (g) => g.b64u(21), "X-Build-Id: {v}", "build", "build id"),
  B("Docker", "IMAGE_DIGEST", (g) => `sha256:${g.hex(64)}`, "X-Image-Digest: {v}", "digest", "image digest"),
  B("CDN", "SCRIPT_INTEGRITY", (g) => `sha384-${g.b64s(64)}`, "X-Integrity: {v}", "integrity", "SRI hash"),
  B("npm", "PACKAGE_INTEGRITY", (g) => `sha512-${g.b64s(86)}==`, "X-Package-Integrity: {v}", "integrity", "lockfile integrity hash"),
  B("GitHub Releases", "RELEASE_SHA256", (g) => g.hex(64), "X-Checksum-Sha256: {v}", "sha256", "release checksum"),
  B("Request tracing", "LAST_REQUEST_ID", (g) => g.uuid(), "X-Request-Id: {v}", "request_id", "UUID request id"),
  B("Vercel", "VERCEL_REQUEST_ID", (g) => `iad1::fra1::${g.lan(5)}-${g.dig(13)}-${g.hex(12)}`, "x-vercel-id: {v}", "rid", "x-vercel-id request id"),
  B("OpenTelemetry", "TRACEPARENT", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`, "traceparent: {v}", "traceparent", "W3C traceparent"),
  B("HTTP cache", "CACHED_ETAG", (g) => `W/"${g.hex(5)}-${g.b64u(27)}"`, "If-None-Match: {v}", "etag", "ETag"),
  B("Stripe", "STRIPE_CUSTOMER_ID", (g) => `cus_${g.an(14)}`, "X-Customer-Id: {v}", "customer", "customer id"),
  B("Stripe", "NEXT_PUBLIC_STRIPE_PRICE_ID", (g) => `price_1${g.an(23)}`, "X-Price-Id: {v}", "price", "price id"),
  B("Stripe", "STRIPE_PRODUCT_ID", (g) => `prod_${g.an(14)}`, "X-Product-Id: {v}", "product", "product id"),
  B("Stripe", "STRIPE_CONNECTED_ACCOUNT_ID", (g) => `acct_1${g.an(15)}`, "Stripe-Account: {v}", "account", "Connect account id"),
  B("Stripe", "LAST_PAYMENT_INTENT_ID", (g) => `pi_3${g.an(23)}`, "X-Payment-Intent: {v}", "payment_intent", "PaymentIntent id"),
  B("OpenAI", "LAST_COMPLETION_ID", (g) => `chatcmpl-${g.an(29)}`, "X-Completion-Id: {v}", "completion", "chat completion id"),
  B("Anthropic", "LAST_MESSAGE_ID", (g) => `msg_01${g.an(22)}`, "X-Message-Id: {v}", "message", "message id"),
  B("OpenAI", "OPENAI_ASSISTANT_ID", (g) => `asst_${g.an(24)}`, "X-Assistant-Id: {v}", "assistant", "assistant id"),
  B("OpenAI", "OPENAI_ORG_ID", (g) => `org-${g.an(24)}`, "OpenAI-Organization: {v}", "organization", "organization id"),
  B("OpenAI", "OPENAI_PROJECT_ID", (g) => `proj_${g.an(24)}`, "OpenAI-Project: {v}", "project", "project id"),
  B("MongoDB", "DEFAULT_TENANT_ID", (g) => g.hex(24), "X-Tenant-Id: {v}", "tenant", "ObjectId"),
  B("AWS Lambda", "LAMBDA_FUNCTION_ARN", (g) => `arn:aws:lambda:us-east-1:${g.dig(12)}:function:${g.app()}-api`, "X-Function-Arn: {v}", "function", "function ARN"),
  B("Google OAuth", "AUTH_GOOGLE_ID", (g) => `${g.dig(12)}-${g.lan(32)}.apps.googleusercontent.com`, "X-Client-Id: {v}", "client_id", "OAuth client id"),
  B("Auth0", "AUTH0_CLIENT_ID", (g) => g.an(32), "X-Client-Id: {v}", "client_id", "application client id"),
  B("GitHub OAuth app", "AUTH_GITHUB_ID", (g) => `Ov23li${g.an(14)}`, "X-Client-Id: {v}", "client_id", "OAuth client id"),
  B("Stripe", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", (g) => g.j("pk", "_live_", "51", g.an(97)), "X-Publishable-Key: {v}", "key", "live publishable key"),
  B("Clerk", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", (g) => g.j("pk", "_live_", b64(`clerk.${g.domain()}$`).replace(/=+$/, "")), "X-Publishable-Key: {v}", "pk", "publishable key"),
  B("PostHog", "NEXT_PUBLIC_POSTHOG_KEY", (g) => g.j("ph", "c_", g.an(43)), "X-Project-Key: {v}", "token", "project API key (public, write-only)"),
  B("Google Analytics", "NEXT_PUBLIC_GA_MEASUREMENT_ID", (g) => `G-${g.uan(10)}`, "X-Measurement-Id: {v}", "tid", "measurement id"),
  B("Algolia", "NEXT_PUBLIC_ALGOLIA_APP_ID", (g) => g.uan(10), "X-Algolia-Application-Id: {v}", "x-algolia-application-id", "application id"),
  B("Vercel", "VERCEL_PROJECT_ID", (g) => `prj_${g.an(28)}`, "X-Project-Id: {v}", "projectId", "project id"),
  B("Vercel", "VERCEL_ORG_ID", (g) => `team_${g.an(24)}`, "X-Team-Id: {v}", "teamId", "team id"),
  B("Vercel", "VERCEL_DEPLOYMENT_ID", (g) => `dpl_${g.an(28)}`, "X-Deployment-Id: {v}", "deploymentId", "deployment id"),
  B("Cloudflare", "CLOUDFLARE_ACCOUNT_ID", (g) => g.hex(32), "X-Account-Id: {v}", "account", "account id"),
  B("Cloudflare", "CLOUDFLARE_ZONE_ID", (g) => g.hex(32), "X-Zone-Id: {v}", "zone", "zone id"),
  B("Cloudflare Workers KV", "KV_NAMESPACE_ID", (g) => g.hex(32), "X-Namespace-Id: {v}", "namespace", "KV namespace id"),
  B("Cloudflare D1", "D1_DATABASE_ID", (g) => g.uuid(), "X-Database-Id: {v}", "database", "D1 database id"),
  B("Supabase", "NEXT_PUBLIC_SUPABASE_URL", (g) => `https://${g.low(20)}.supabase.co`, "X-Supabase-Url: {v}", "project", "project URL"),
  B("Firebase", "NEXT_PUBLIC_FIREBASE_APP_ID", (g) => `1:${g.dig(12)}:web:${g.hex(22)}`, "X-Firebase-App-Id: {v}", "app", "web app id"),
  B("Sanity", "NEXT_PUBLIC_SANITY_PROJECT_ID", (g) => g.lan(8), "X-Sanity-Project: {v}", "projectId", "project id"),
  B("Contentful", "CONTENTFUL_SPACE_ID", (g) => g.lan(12), "X-Contentful-Space: {v}", "space", "space id"),
  B("LaunchDarkly", "NEXT_PUBLIC_LD_CLIENT_SIDE_ID", (g) => g.hex(24), "X-LD-Client-Side-Id: {v}", "clientSideId", "client-side id"),
  B("Next.js", "LAST_CHUNK_URL", (g) => `/_next/static/chunks/app/(shop)/page-${g.hex(16)}.js`, "X-Chunk: {v}", "chunk", "hashed chunk path"),
  B("Turborepo", "TURBO_TASK_HASH", (g) => g.hex(16), "X-Task-Hash: {v}", "hash", "task hash"),
  B("Cloudflare Pages", "CF_PAGES_URL", (g) => `https://${g.hex(8)}.${g.app()}.pages.dev`, "X-Preview-Url: {v}", "preview", "preview deployment URL"),
  B("Convex", "NEXT_PUBLIC_CONVEX_URL", (g) => `https://${g.slug()}-${g.dig(3)}.convex.cloud`, "X-Convex-Url: {v}", "deployment", "deployment URL"),
  B("Clerk", "ADMIN_USER_ID", (g) => `user_${g.an(27)}`, "X-User-Id: {v}", "user", "user id"),
  B("Cloudflare Turnstile", "NEXT_PUBLIC_TURNSTILE_SITE_KEY", (g) => `0x4AAAAAAA${g.b64u(14)}`, "X-Turnstile-Site-Key: {v}", "sitekey", "site key (public)"),

  // ---- placeholders and masks in secret-named slots
  P("Stripe", "STRIPE_SECRET_KEY", () => g.j("sk", "_live_", x(24)), "placeholder of x's"),
  P("OpenAI", "OPENAI_API_KEY", () => "<YOUR_OPENAI_API_KEY>", "angle-bracket placeholder"),
  P("Anthropic", "ANTHROPIC_API_KEY", (g) => g.j("sk-ant-", "api03-", "*".repeat(28), g.an(4)), "dashboard mask"),
  P("Clerk", "CLERK_SECRET_KEY", (g) => g.j("sk", "_live_", "•".repeat(16), g.hex(4)), "dashboard mask"),
  P("GitHub", "GITHUB_TOKEN", () => "<TOKEN>", "placeholder"),
  P("Supabase", "DATABASE_URL", (g) => `postgresql://postgres:[YOUR-PASSWORD]@db.${g.low(20)}.supabase.co:5432/postgres`, "connection string with password placeholder", ENVFILES.concat(["docker-compose.yml environment", "Python settings module", "Go config"])),
  P("Auth.js", "AUTH_SECRET", () => "changeme", "placeholder"),
  P("NextAuth", "NEXTAUTH_SECRET", () => "REPLACE_ME_with_openssl_rand_base64_32", "placeholder"),
  P("Supabase", "SUPABASE_SERVICE_ROLE_KEY", () => "<service-role-key>", "placeholder"),
  P("Stripe", "STRIPE_WEBHOOK_SECRET", () => "[REDACTED]", "redacted"),
  P("Postmark", "POSTMARK_SERVER_TOKEN", () => "********", "mask"),
  P("SendGrid", "SENDGRID_API_KEY", () => g.j("S", "G.", x(22), ".", x(43)), "format placeholder of x's"),
  P("OpenAI", "OPENAI_API_KEY", (g) => g.j("sk-", "proj-", "…", g.an(4)), "truncated mask"),
  P("Algolia", "ALGOLIA_ADMIN_API_KEY", () => "your-admin-api-key-here", "placeholder"),
  P("Resend", "RESEND_API_KEY", () => "re_xxxxxxxxx", "placeholder"),

  // ---- references in secret-named slots
  R("GitHub Actions", "VERCEL_TOKEN", () => "${{ secrets.VERCEL_TOKEN }}", "Actions secrets expression", ["GitHub Actions workflow env"]),
  R("GitHub Actions", "STRIPE_SECRET_KEY", () => "${{ secrets.STRIPE_SECRET_KEY }}", "Actions secrets expression", ["GitHub Actions workflow env"]),
  R("1Password", "STRIPE_SECRET_KEY", () => "op://Engineering/Stripe Production/secret key", "1Password secret reference", ENVFILES),
  R("HashiCorp Vault", "RESEND_API_KEY", () => "vault:secret/data/web/prod#resend_api_key", "Vault reference (vault-env)", ["Helm values.yaml env"]),
  R("AWS SSM", "STRIPE_SECRET_KEY", () => "${ssm:/prod/web/STRIPE_SECRET_KEY}", "Serverless SSM parameter reference", ["serverless.yml provider.environment"]),
  R("Azure Key Vault", "StripeSecretKey", () => "@Microsoft.KeyVault(SecretUri=https://kv-web-prod.vault.azure.net/secrets/StripeSecretKey/)", "Key Vault reference", ["web.config appSettings XML"]),
  R("Google Secret Manager", "RESEND_API_KEY", () => "${sm://projects/412345678901/secrets/resend-api-key/versions/latest}", "Spring Cloud GCP Secret Manager reference", ["Spring application-prod.properties"]),
  R("Docker Compose", "RESEND_API_KEY", () => "${RESEND_API_KEY:?set in .env}", "compose interpolation", ["docker-compose.yml environment"]),
  R("shell", "STRIPE_SECRET_KEY", () => "$STRIPE_SECRET_KEY_PROD", "shell variable reference", ["shell exports"]),
  R("Vercel", "STRIPE_SECRET_KEY", () => "@stripe-secret-key-prod", "legacy Vercel secret reference", ["vercel.json env"]),
  R("Terraform", "CLERK_SECRET_KEY", () => "${var.clerk_secret_key}", "Terraform variable interpolation", ["terraform vercel_project_environment_variable"]),
  R("SOPS", "DATABASE_PASSWORD", (g) => `ENC[AES256_GCM,data:${g.b64s(24)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`, "SOPS-encrypted value", ["Helm values.yaml env", "serverless.yml provider.environment"]),
];

const rotated = buildCases(g, specs, "y142-b", "benign", 5);

// ---------------------------------------------------------------------------------------------
// Handcrafted benign

const list: CorpusCase[] = [];
let n = 0;
const id = () => `y142-bk-${String(++n).padStart(3, "0")}`;
const sshPub = () => `ssh-ed25519 ${Buffer.concat([Buffer.from("0000000b7373682d65643235353139", "hex"), Buffer.from("00000020", "hex"), Buffer.from(g.bytes(32))]).toString("base64")}`;
const cert = (n2 = 900) => `-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from("308203", "hex"), Buffer.from(g.bytes(n2))]).toString("base64"), 64)}\n-----END CERTIFICATE-----`;

// 1. SSH public keys in cloud-init
list.push(
  hand(
    id(),
    "benign",
    ["#cloud-config", "users:", "  - name: deploy", "    groups: [docker]", "    ssh_authorized_keys:", `      - ${sshPub()} deploy@ci`, `      - ${sshPub()} lea@macbook`, "packages: [docker.io, fail2ban]"].join("\n"),
    "SSH public keys (authorized_keys) in cloud-init user-data",
  ),
);

// 2. PGP public key block in a chat
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify({
      model: "gpt-4o",
      messages: [
        {
          role: "user",
          content: `Encrypt the release notes for the security team with this public key:\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from("99020d04", "hex"), Buffer.from(g.bytes(560))]).toString("base64"), 64)}\n=${g.b64s(4)}\n-----END PGP PUBLIC KEY BLOCK-----`,
        },
      ],
    }),
    "PGP public key block in a chat body",
  ),
);

// 3. Cloudflare origin certificate (certificate only)
list.push(
  hand(
    id(),
    "benign",
    ["# certs/origin.pem — Cloudflare Origin CA certificate (the key lives in the secret store)", cert(1100)].join("\n"),
    "PEM certificate only (no private key)",
  ),
);

// 4. PEM public key for JWT verification
list.push(
  hand(
    id(),
    "benign",
    `JWT_PUBLIC_KEY="-----BEGIN PUBLIC KEY-----\\n${wrap(Buffer.concat([Buffer.from("30820122300d06092a864886f70d01010105000382010f003082010a0282010100", "hex"), Buffer.from(g.bytes(256)), Buffer.from("0203010001", "hex")]).toString("base64"), 64).replace(/\n/g, "\\n")}\\n-----END PUBLIC KEY-----"\nJWT_ISSUER=https://auth.${g.domain()}\nJWT_AUDIENCE=web`,
    "RSA public key (PEM) for JWT verification in an env file",
  ),
);

// 5. JWKS response in a HAR
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify(
      {
        log: {
          version: "1.2",
          creator: { name: "WebInspector", version: "537.36" },
          entries: [
            {
              request: { method: "GET", url: `https://${g.slug()}.us.auth0.com/.well-known/jwks.json`, headers: [{ name: "accept", value: "application/json" }] },
              response: {
                status: 200,
                headers: [{ name: "etag", value: `W/"${g.hex(4)}-${g.b64u(27)}"` }, { name: "cache-control", value: "public, max-age=15, stale-while-revalidate=15" }],
                content: { mimeType: "application/json", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", n: g.b64u(342), e: "AQAB", kid: g.b64u(22), x5t: g.b64u(27), alg: "RS256" }] }) },
              },
            },
          ],
        },
      },
      null,
      2,
    ),
    "public JWKS (n, e; no private members) in a HAR response",
  ),
);

// 6. SOPS-encrypted YAML
list.push(
  hand(
    id(),
    "benign",
    [
      "stripe:",
      `    secret_key: ENC[AES256_GCM,data:${g.b64s(140)}=,iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`,
      `    webhook_secret: ENC[AES256_GCM,data:${g.b64s(52)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`,
      "sops:",
      "    age:",
      `        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`,
      "          enc: |",
      "            -----BEGIN AGE ENCRYPTED FILE-----",
      ...wrap(g.b64bytes(180), 64).split("\n").map((l) => `            ${l}`),
      "            -----END AGE ENCRYPTED FILE-----",
      `    lastmodified: "2024-10-01T08:12:55Z"`,
      `    mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`,
      "    unencrypted_suffix: _unencrypted",
      "    version: 3.9.0",
    ].join("\n"),
    "SOPS-encrypted secrets file (age recipient, encrypted values)",
  ),
);

// 7. Ansible Vault file
list.push(
  hand(
    id(),
    "benign",
    ["$ cat group_vars/prod/vault.yml", "$ANSIBLE_VAULT;1.1;AES256", ...wrap(g.hex(640), 80).split("\n")].join("\n"),
    "Ansible Vault encrypted file",
  ),
);

// 8. SealedSecret
list.push(
  hand(
    id(),
    "benign",
    [
      "apiVersion: bitnami.com/v1alpha1",
      "kind: SealedSecret",
      "metadata:",
      "  name: web-env",
      "  namespace: web",
      "spec:",
      "  encryptedData:",
      `    STRIPE_SECRET_KEY: Ag${g.b64s(680)}==`,
      `    RESEND_API_KEY: Ag${g.b64s(600)}=`,
      "  template:",
      "    metadata: { name: web-env, namespace: web }",
    ].join("\n"),
    "Bitnami SealedSecret with encryptedData",
  ),
);

// 9. .env.example
list.push(
  hand(
    id(),
    "benign",
    [
      "# .env.example — copy to .env.local and fill in",
      "NEXT_PUBLIC_SITE_URL=http://localhost:3000",
      "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app",
      "AUTH_SECRET= # npx auth secret",
      "AUTH_GITHUB_ID=",
      "AUTH_GITHUB_SECRET=",
      `STRIPE_SECRET_KEY=${g.j("sk", "_live_", "...")}`,
      "STRIPE_WEBHOOK_SECRET=whsec_...",
      "RESEND_API_KEY=",
      "UPSTASH_REDIS_REST_URL=",
      "UPSTASH_REDIS_REST_TOKEN=",
    ].join("\n"),
    ".env.example with empty values and ellipsis placeholders",
  ),
);

// 10. dotenvx-encrypted .env
list.push(
  hand(
    id(),
    "benign",
    [
      "#/-------------------[DOTENV_PUBLIC_KEY]--------------------/",
      "#/            public-key encryption for .env files          /",
      "#/       [how it works](https://dotenvx.com/encryption)     /",
      "#/----------------------------------------------------------/",
      `DOTENV_PUBLIC_KEY_PRODUCTION="02${g.hex(64)}"`,
      "",
      `STRIPE_SECRET_KEY="encrypted:${g.b64bytes(170)}"`,
      `RESEND_API_KEY="encrypted:${g.b64bytes(120)}"`,
    ].join("\n"),
    "dotenvx-encrypted .env.production (public key + encrypted values)",
  ),
);

// 11. minified JS chunk
list.push(
  hand(
    id(),
    "benign",
    `(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${g.dig(4)}],{${g.dig(5)}:function(e,t,n){"use strict";n.d(t,{Z:function(){return o}});var r=n(${g.dig(4)}),a=n(${g.dig(5)});let i="${g.b64u(21)}",s={buildId:i,assetPrefix:"/_next",deploymentId:"dpl_${g.an(28)}",hash:"${g.hex(40)}"};function o(e){return(0,r.jsx)(a.default,{...e,nonce:"${g.b64bytes(16)}",cfg:s})}}}]);\n//# sourceMappingURL=page-${g.hex(16)}.js.map`,
    "minified Next.js chunk with build id, deployment id, hash and nonce",
  ),
);

// 12. data URI favicon
list.push(
  hand(
    id(),
    "benign",
    `<link rel="icon" type="image/png" href="data:image/png;base64,${Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.from(g.bytes(300))]).toString("base64")}" />`,
    "base64 PNG data URI in HTML",
  ),
);

// 13. package-lock.json excerpt
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify(
      {
        "node_modules/next": { version: "14.2.15", resolved: "https://registry.npmjs.org/next/-/next-14.2.15.tgz", integrity: `sha512-${g.b64s(86)}==`, license: "MIT" },
        "node_modules/@stripe/stripe-js": { version: "4.8.0", resolved: "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz", integrity: `sha512-${g.b64s(86)}==` },
        "node_modules/@clerk/nextjs": { version: "5.7.5", resolved: "https://registry.npmjs.org/@clerk/nextjs/-/nextjs-5.7.5.tgz", integrity: `sha512-${g.b64s(86)}==` },
      },
      null,
      2,
    ),
    "package-lock.json entries with sha512 integrity hashes",
  ),
);

// 14. pnpm-lock.yaml excerpt
list.push(
  hand(
    id(),
    "benign",
    [
      "packages:",
      "",
      "  '@upstash/redis@1.34.3':",
      `    resolution: {integrity: sha512-${g.b64s(86)}==}`,
      "",
      "  'resend@4.0.0':",
      `    resolution: {integrity: sha512-${g.b64s(86)}==}`,
      "    engines: {node: '>=18'}",
    ].join("\n"),
    "pnpm-lock.yaml entries with integrity hashes",
  ),
);

// 15. HAR response headers (etag, x-vercel-id, traceparent, CSP nonce)
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify(
      {
        log: {
          version: "1.2",
          creator: { name: "Firefox", version: "131.0" },
          entries: [
            {
              request: { method: "GET", url: `https://www.${g.domain()}/products/trail-runner`, headers: [{ name: "If-None-Match", value: `"${g.hex(32)}"` }, { name: "traceparent", value: `00-${g.hex(32)}-${g.hex(16)}-01` }] },
              response: {
                status: 200,
                headers: [
                  { name: "etag", value: `"${g.hex(32)}"` },
                  { name: "x-vercel-id", value: `fra1::iad1::${g.lan(5)}-${g.dig(13)}-${g.hex(12)}` },
                  { name: "x-vercel-cache", value: "HIT" },
                  { name: "content-security-policy", value: `script-src 'self' 'nonce-${g.b64bytes(16)}' 'strict-dynamic'; object-src 'none'` },
                  { name: "x-request-id", value: g.uuid() },
                ],
              },
            },
          ],
        },
      },
      null,
      2,
    ),
    "HAR entry with ETags, x-vercel-id, traceparent, CSP nonce and request id",
  ),
);

// 16. GitHub Actions workflow with secrets expressions
list.push(
  hand(
    id(),
    "benign",
    [
      "name: preview",
      "on: [pull_request]",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    env:",
      "      VERCEL_ORG_ID: ${{ vars.VERCEL_ORG_ID }}",
      "      VERCEL_PROJECT_ID: ${{ vars.VERCEL_PROJECT_ID }}",
      "    steps:",
      `      - uses: actions/checkout@${g.hex(40)} # v4.2.1`,
      "      - run: npx vercel pull --yes --environment=preview --token=${{ secrets.VERCEL_TOKEN }}",
      "      - run: npx vercel build --token=${{ secrets.VERCEL_TOKEN }}",
      "        env:",
      "          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}",
      "          DATABASE_URL: ${{ secrets.PREVIEW_DATABASE_URL }}",
    ].join("\n"),
    "GitHub Actions workflow using secrets/vars expressions and a pinned action SHA",
  ),
);

// 17. wrangler.toml with resource ids
list.push(
  hand(
    id(),
    "benign",
    [
      `name = "edge-api"`,
      `main = "src/index.ts"`,
      `compatibility_date = "2024-09-23"`,
      `account_id = "${g.hex(32)}"`,
      "",
      "# Secrets (set with `wrangler secret put`): STRIPE_SECRET_KEY, RESEND_API_KEY",
      "",
      "[[kv_namespaces]]",
      `binding = "SESSIONS"`,
      `id = "${g.hex(32)}"`,
      `preview_id = "${g.hex(32)}"`,
      "",
      "[[d1_databases]]",
      `binding = "DB"`,
      `database_name = "shop-prod"`,
      `database_id = "${g.uuid()}"`,
      "",
      "[[r2_buckets]]",
      `binding = "ASSETS"`,
      `bucket_name = "shop-assets"`,
    ].join("\n"),
    "wrangler.toml with account, KV, D1 ids; secrets named only",
  ),
);

// 18. wrangler secret list output
list.push(
  hand(
    id(),
    "benign",
    ["$ npx wrangler secret list", JSON.stringify([{ name: "RESEND_API_KEY", type: "secret_text" }, { name: "STRIPE_SECRET_KEY", type: "secret_text" }, { name: "STRIPE_WEBHOOK_SECRET", type: "secret_text" }], null, 2)].join("\n"),
    "wrangler secret list (names only)",
  ),
);

// 19. vercel env ls
list.push(
  hand(
    id(),
    "benign",
    [
      "$ vercel env ls",
      `Vercel CLI 37.6.1`,
      `> Environment Variables found for acme/storefront [${g.range(200, 900)}ms]`,
      "",
      " name                              value               environments                        created",
      " STRIPE_SECRET_KEY                 Encrypted           Production                          14d ago",
      " STRIPE_WEBHOOK_SECRET             Encrypted           Production, Preview                 14d ago",
      " NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY Encrypted          Production, Preview, Development    30d ago",
      " DATABASE_URL                      Encrypted           Production                          61d ago",
    ].join("\n"),
    "vercel env ls output (values shown as Encrypted)",
  ),
);

// 20. terraform plan with sensitive values
list.push(
  hand(
    id(),
    "benign",
    [
      "Terraform will perform the following actions:",
      "",
      '  # vercel_project_environment_variable.stripe_secret_key will be created',
      '  + resource "vercel_project_environment_variable" "stripe_secret_key" {',
      "      + id         = (known after apply)",
      '      + key        = "STRIPE_SECRET_KEY"',
      `      + project_id = "prj_${g.an(28)}"`,
      "      + sensitive  = true",
      "      + target     = [",
      '          + "production",',
      "        ]",
      `      + team_id    = "team_${g.an(24)}"`,
      "      + value      = (sensitive value)",
      "    }",
      "",
      "Plan: 1 to add, 0 to change, 0 to destroy.",
    ].join("\n"),
    "terraform plan with (sensitive value) and Vercel project/team ids",
  ),
);

// 21. next build output
list.push(
  hand(
    id(),
    "benign",
    [
      "   ▲ Next.js 14.2.15",
      "   - Environments: .env.production",
      "",
      " ✓ Compiled successfully",
      " ✓ Generating static pages (24/24)",
      "",
      "Route (app)                              Size     First Load JS",
      "┌ ○ /                                    5.2 kB          98.1 kB",
      "├ ƒ /api/checkout                        0 B                0 B",
      "└ ● /products/[slug]                     3.9 kB          96.8 kB",
      "+ First Load JS shared by all            87.3 kB",
      `  ├ chunks/${g.dig(4)}-${g.hex(16)}.js        31.6 kB`,
      `  ├ chunks/fd9d1056-${g.hex(16)}.js        53.6 kB`,
      `  └ other shared chunks (total)          2.1 kB`,
      "",
      `Build ID: ${g.b64u(21)}`,
    ].join("\n"),
    "next build output with chunk hashes and build id",
  ),
);

// 22. docker buildx push output
list.push(
  hand(
    id(),
    "benign",
    [
      `#12 exporting to image`,
      `#12 exporting layers 2.1s done`,
      `#12 exporting manifest sha256:${g.hex(64)} done`,
      `#12 exporting config sha256:${g.hex(64)} done`,
      `#12 pushing layers 4.8s done`,
      `#12 pushing manifest for ghcr.io/acme/storefront:1.14.0@sha256:${g.hex(64)} 0.6s done`,
      `#12 DONE 8.1s`,
    ].join("\n"),
    "docker buildx output with manifest and config digests",
  ),
);

// 23. git log with signatures
const leaDom = g.domain();
list.push(
  hand(
    id(),
    "benign",
    [
      `commit ${g.hex(40)}`,
      `gpg: Signature made Tue 08 Oct 2024 10:41:12 CEST`,
      `gpg:                using EDDSA key ${g.uhex(40)}`,
      `gpg: Good signature from "Lea Hoffmann <lea@${leaDom}>" [ultimate]`,
      `Merge: ${g.hex(7)} ${g.hex(7)}`,
      `Author: Lea Hoffmann <lea@${leaDom}>`,
      "",
      "    Merge pull request #412 from acme/feat/edge-checkout",
      "",
      `commit ${g.hex(40)}`,
      `Author: dependabot[bot] <${g.dig(8)}+dependabot[bot]@users.noreply.github.com>`,
      "",
      "    chore(deps): bump next from 14.2.13 to 14.2.15",
    ].join("\n"),
    "git log with commit SHAs and GPG key fingerprint",
  ),
);

// 24. Stripe event payload (ids only)
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify(
      {
        id: `evt_1${g.an(23)}`,
        object: "event",
        api_version: "2024-06-20",
        created: g.epoch(),
        data: { object: { id: `cs_live_${g.an(58)}`, object: "checkout.session", customer: `cus_${g.an(14)}`, payment_intent: `pi_3${g.an(23)}`, subscription: `sub_1${g.an(23)}`, amount_total: 4900, currency: "eur", livemode: true } },
        livemode: true,
        request: { id: `req_${g.an(14)}`, idempotency_key: g.uuid() },
        type: "checkout.session.completed",
      },
      null,
      2,
    ),
    "Stripe webhook event payload (evt_, cs_live_, cus_, pi_, sub_, req_ ids)",
  ),
);

// 25. OpenAI chat completion response
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify({
      id: `chatcmpl-${g.an(29)}`,
      object: "chat.completion",
      created: g.epoch(),
      model: "gpt-4o-2024-08-06",
      choices: [{ index: 0, message: { role: "assistant", content: "The deploy fails because the route uses the Node runtime APIs on the edge." }, finish_reason: "stop" }],
      usage: { prompt_tokens: 812, completion_tokens: 64, total_tokens: 876 },
      system_fingerprint: `fp_${g.hex(10)}`,
    }),
    "OpenAI chat completion response with chatcmpl id and system fingerprint",
  ),
);

// 26. kubeconfig with exec auth
list.push(
  hand(
    id(),
    "benign",
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      "- cluster:",
      `    certificate-authority-data: ${b64(`${cert(700)}\n`)}`,
      `    server: https://${g.uhex(32)}.gr7.eu-central-1.eks.amazonaws.com`,
      `  name: arn:aws:eks:eu-central-1:${g.dig(12)}:cluster/preview`,
      "users:",
      "- name: preview",
      "  user:",
      "    exec:",
      "      apiVersion: client.authentication.k8s.io/v1beta1",
      "      command: aws",
      "      args: [eks, get-token, --cluster-name, preview, --region, eu-central-1]",
    ].join("\n"),
    "kubeconfig with CA data and exec auth plugin (no credentials)",
  ),
);

// 27. docker config.json with credential helpers
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify({ auths: { "ghcr.io": {}, "https://index.docker.io/v1/": {} }, credsStore: "desktop", credHelpers: { [`${g.dig(12)}.dkr.ecr.eu-central-1.amazonaws.com`]: "ecr-login" }, currentContext: "desktop-linux" }, null, 2),
    "docker config.json using credsStore/credHelpers (no auth strings)",
  ),
);

// 28. .npmrc with env reference
list.push(
  hand(
    id(),
    "benign",
    ["@acme:registry=https://npm.pkg.github.com", "//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "strict-peer-dependencies=false"].join("\n"),
    ".npmrc with ${ENV} token references",
  ),
);

// 29. Supabase config.toml with env() references
list.push(
  hand(
    id(),
    "benign",
    [
      `project_id = "${g.low(20)}"`,
      "",
      "[auth]",
      `site_url = "https://${g.domain()}"`,
      "",
      "[auth.external.github]",
      "enabled = true",
      `client_id = "Ov23li${g.an(14)}"`,
      `secret = "env(SUPABASE_AUTH_EXTERNAL_GITHUB_SECRET)"`,
      "",
      "[auth.email.smtp]",
      `host = "smtp.resend.com"`,
      "port = 465",
      `user = "resend"`,
      `pass = "env(RESEND_API_KEY)"`,
    ].join("\n"),
    "supabase/config.toml with env() references and an OAuth client id",
  ),
);

// 30. AWS Secrets Manager describe-secret (metadata only)
list.push(
  hand(
    id(),
    "benign",
    JSON.stringify(
      {
        ARN: `arn:aws:secretsmanager:eu-central-1:${g.dig(12)}:secret:prod/web/stripe-${g.an(6)}`,
        Name: "prod/web/stripe",
        RotationEnabled: false,
        LastChangedDate: "2024-09-30T11:02:17.412000+02:00",
        VersionIdsToStages: { [g.uuid()]: ["AWSCURRENT"], [g.uuid()]: ["AWSPREVIOUS"] },
        Tags: [{ Key: "app", Value: "storefront" }],
      },
      null,
      2,
    ),
    "aws secretsmanager describe-secret output (ARN and version ids only)",
  ),
);

export const cases: CorpusCase[] = [...rotated, ...list];
