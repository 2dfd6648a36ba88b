// Round sixteen (y19): (1) deploy-hook URLs whose path or key is the credential (Netlify build hooks,
// Vercel deploy hooks, Render deploy hooks); (2) an env-lookup fallback of dashed hex groups (Infobip's
// 32 hex and a UUID); (3) Unleash's scoped API tokens (`<project>:<env>.<hex>`, `*:*.` for admin);
// (4) Private Packagist's prefixed tokens, and `<vendor>_<kind code>_<hex>` under a vendor-named slot;
// (5) a DSN whose userinfo is a bare secret token (Uptrace's, any collector's).
// Benign look-alikes: placeholder hooks, a wildcard `*:*`, non-secret names over dashed hex, a Sentry
// DSN, placeholder DSNs; and signatures, digests and certificates of a signing bundle (public material).
// Every value is built at run time.
import { builder, Rng, LOWER, DIGITS, ALNUM } from "./_gen.ts";

const r = new Rng(0x16a19f);
const b = builder({ category: "r16-capability-urls-scoped-tokens", expect: "secrets" });
const bb = builder({ category: "r16-capability-urls-scoped-tokens-benign", expect: "secrets" });

const lowDig = (n: number) => { for (;;) { const v = r.str(n, LOWER + DIGITS); if (/\d.*\d/.test(v) && /[a-z].*[a-z]/.test(v)) return v; } };
const tok = (n: number) => { for (;;) { const v = r.str(n, ALNUM + "-_"); if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v; } };
const infobip = () => `${r.hex(32)}-${r.uuid()}`;

// (1) deploy hooks
b.pos("r16-netlify-build-hook-actions", "Netlify build hook in a GitHub Actions step", `- name: Rebuild site\n  run: curl -fsS -X POST -d '{}' https://api.netlify.com/build_hooks/${r.hex(24)}`);
b.pos("r16-netlify-build-hook-query", "Netlify build hook with a trigger title, JS fetch", `await fetch("https://api.netlify.com/build_hooks/${r.hex(24)}?trigger_title=cms+publish", { method: "POST" });`);
b.pos("r16-vercel-deploy-hook-python", "Vercel deploy hook in a Python constant", `DEPLOY_HOOK = "https://api.vercel.com/v1/integrations/deploy/prj_${r.alnum(28)}/${r.alnum(10)}"\nrequests.post(DEPLOY_HOOK, timeout=10)`);
b.pos("r16-render-deploy-hook-shell", "Render deploy hook in a shell script", `#!/bin/sh\nset -e\ncurl -s "https://api.render.com/deploy/srv-${lowDig(20)}?key=${tok(11)}"`);
b.pos("r16-render-deploy-hook-yaml", "Render deploy hook in a CI variable block", `variables:\n  RENDER_HOOK: https://api.render.com/deploy/srv-${lowDig(20)}?key=${tok(11)}`);
bb.ben("r16-deploy-hook-placeholders", "deploy hooks with placeholder ids in docs", `Create a build hook and POST to it:\n\n    curl -X POST -d {} https://api.netlify.com/build_hooks/YOUR_BUILD_HOOK_ID\n    curl "https://api.render.com/deploy/srv-xxxxxxxxxxxxxxxxxxxx?key=xxxxxxxxxxx"\n    curl -X POST https://api.vercel.com/v1/integrations/deploy/prj_XXXXXXXXXXXXXXXXXXXX/XXXXXXXX`);
bb.ben("r16-netlify-api-site-path", "Netlify API path with a site id (not a hook)", `GET https://api.netlify.com/api/v1/sites/${r.uuid()}/deploys?per_page=5\nAuthorization: Bearer $NETLIFY_AUTH_TOKEN`);

// (2) dashed hex groups as an env fallback
b.pos("r16-env-python-hex-uuid", "Python environ.get with a hex+UUID key", `SMS_API_KEY = os.environ.get("SMS_API_KEY", "${infobip()}")`);
b.pos("r16-env-node-hex-uuid", "process.env member ?? a hex+UUID key", `const client = new Infobip({ baseUrl, apiKey: process.env.INFOBIP_KEY ?? "${infobip()}" });`);
b.pos("r16-env-ruby-hex-uuid", "Ruby ENV.fetch with a hex+UUID key", `config.messaging_api_key = ENV.fetch("MESSAGING_API_KEY", "${infobip()}")`);
bb.ben("r16-env-hex-uuid-non-secret", "hex+UUID defaults under id names", `BUILD_ID = os.environ.get("BUILD_ID", "${infobip()}")\nconst trace = process.env.TRACE_PARENT_ID ?? "${r.hex(32)}-${r.uuid()}";`);
bb.ben("r16-env-hex-uuid-zeros", "placeholder hex+UUID default", `API_KEY = os.getenv("INFOBIP_API_KEY", "00000000000000000000000000000000-00000000-0000-0000-0000-000000000000")`);

// (3) Unleash scoped tokens
b.pos("r16-unleash-admin-curl", "Unleash admin token in a curl header", `curl -H "Authorization: *:*.${r.hex(64)}" https://flags.internal/api/admin/projects`);
b.pos("r16-unleash-client-js", "Unleash client token in a JS client config", `const unleash = initialize({\n  url: "https://flags.acme.io/api/",\n  appName: "checkout",\n  customHeaders: { Authorization: "checkout:production.${r.hex(56)}" },\n});`);
b.pos("r16-unleash-dev-yaml", "Unleash project token in a Helm values file", `unleash:\n  clientToken: "default:development.${r.hex(56)}"`);
b.pos("r16-unleash-env-wildcard-project", "Unleash all-projects token in a .env file", `FEATURE_FLAGS_URL=https://flags.acme.io/api\nFEATURE_FLAGS_AUTH=*:staging.${r.hex(56)}`);
bb.ben("r16-unleash-wildcards", "wildcard scopes and CORS headers", `Access-Control-Allow-Origin: *\nAuthorization: *:*\n{"scopes": ["*:*", "project:*"], "match": "*:*.log"}`);
bb.ben("r16-unleash-placeholder", "Unleash token placeholders in docs", `Authorization: *:*.unleash-insecure-admin-api-token\nUNLEASH_TOKEN=default:development.<your-client-token>`);

// (4) Private Packagist tokens
b.pos("r16-packagist-auth-json", "composer auth.json with a Private Packagist token", `{\n  "http-basic": {\n    "repo.packagist.com": { "username": "token", "password": "packagist_uut_${r.hex(68)}" }\n  }\n}`);
b.pos("r16-packagist-org-read-env", "Private Packagist org read token in a workflow env", `env:\n  COMPOSER_AUTH: '{"http-basic":{"repo.packagist.com":{"username":"token","password":"packagist_ort_${r.hex(68)}"}}}'`);
b.pos("r16-packagist-org-update-query", "Private Packagist org update token in a query", `POST https://packagist.com/api/packages/?token=packagist_out_${r.hex(68)}`);
bb.ben("r16-packagist-placeholders", "Packagist names and placeholders", `packagist_org_name = "acme"\n# set PACKAGIST_TOKEN to packagist_uut_xxxxxxxxxxxxxxxx from your profile page\nrepository_url: https://repo.packagist.com/acme/`);

// (5) Uptrace DSNs
b.pos("r16-uptrace-go-option", "Uptrace DSN in a Go option", `uptrace.ConfigureOpentelemetry(\n\tuptrace.WithDSN("https://${tok(22)}@api.uptrace.dev?grpc=4317"),\n\tuptrace.WithServiceName("billing"),\n)`);
b.pos("r16-uptrace-python-dsn", "Uptrace DSN in a Python configure call", `uptrace.configure_opentelemetry(\n    dsn="https://${tok(22)}@api.uptrace.dev/3",\n    service_name="worker",\n)`);
b.pos("r16-uptrace-env", "Uptrace DSN in a .env file, self-hosted subdomain", `UPTRACE_DSN=https://${tok(22)}@eu.uptrace.dev/12\nOTEL_SERVICE_NAME=api`);
// A DSN to another collector, its userinfo a bare secret token (generic, not the provider's rule).
b.pos("r16-dsn-token-kotlin", "Kotlin constant, a collector DSN with a token userinfo", `object Telemetry {\n    const val COLLECTOR_DSN = "https://${tok(24)}@otlp.acme-observe.io:4317/7"\n}`);
b.pos("r16-dsn-token-toml", "TOML dsn key with a token userinfo", `[telemetry]\ndsn = "https://${tok(26)}@collector.tracehub.net/41"\nsample_rate = 0.2`);
bb.ben("r16-dsn-db-and-hex-keys", "database DSNs and Sentry-style hex keys", `DATABASE_DSN = "mysql:host=db;dbname=app"\nRAVEN_DSN=https://${r.hex(32)}@errors.acme.io/12\ndsn: "https://${r.hex(32)}@sentry.internal.acme.io/4"`);
// A token under a slot named for the vendor, its prefix a short kind code (`<vendor>_<code>_<hex>`).
b.pos("r16-vendor-code-prefixed-slot", "vendor-named query slot with a vendor_code_hex token", `GET /export?acmecloud_token=acmecloud_rt_${r.hex(48)}&fmt=csv`);
bb.ben("r16-word-prefixed-hex-cache-key", "word-prefixed hex cache keys under a key name", `cache_key = "thumb_sm_${r.hex(40)}"\nlock_key: build_ci_${r.hex(40)}`);
bb.ben("r16-uptrace-placeholders", "Uptrace DSN placeholders in docs", `UPTRACE_DSN=https://<token>@api.uptrace.dev/<project_id>\ndsn = "https://project_secret_token@api.uptrace.dev?grpc=4317"`);
bb.ben("r16-sentry-dsn-public", "Sentry DSN (public key)", `Sentry.init({ dsn: "https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}" });`);

// Signatures and digests of a signing bundle or a signed payload: public material.
bb.ben("r16-dsse-envelope-signature", "a signed attestation's signature and digest fields", `{\n  "payloadType": "application/vnd.in-toto+json",\n  "subject": [{ "name": "app.tar.gz", "digest": { "sha256": "${r.hex(64)}" } }],\n  "signature": "${r.b64bytes(64)}",\n  "publicKey": "${r.b64bytes(44)}"\n}`);
bb.ben("r16-yaml-release-signature", "a release manifest with a detached signature", `release:\n  version: 2.4.1\n  checksum: sha256:${r.hex(64)}\n  signature: ${r.b64bytes(72)}`);
bb.ben("r16-python-signature-var", "a Python test vector's expected signature", `expected_signature = "${r.b64bytes(64)}"\nassert verify(public_key, message, expected_signature)`);
b.pos("r16-signature-secret-still-flags", "a webhook signature secret still flags", `WEBHOOK_SIGNATURE_SECRET = "${r.alnum(40)}"`);

export const cases = [...b.cases, ...bb.cases];
