// Benign look-alikes: placeholders and references, hashes and digests, ids, public keys and
// publishable keys, signatures and ciphertext, redacted values, labelled fixtures, docs on token
// formats, CSRF/OIDC nonces, commit messages, lockfiles.
import type { CorpusCase } from "../types.ts";
import { B64U, P, RENDERERS, Rng, b64, b64url, mk, prose, type Tok } from "./_gen.ts";

const r = new Rng(149004);
const CAT = "heldouty149-benign";
const PK = ["PRIV", "ATE KEY"].join("");
const wrap = (s: string, n = 64): string => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const sha = (n: number): string => r.hex(n);
const x = (n: number): string => "x".repeat(n);
const X = (n: number): string => "X".repeat(n);
const sshPub = (): string => b64(new Uint8Array([0, 0, 0, 11, ...Buffer.from("ssh-ed25519"), 0, 0, 0, 32, ...r.bytes(32)]));

// ---------- placeholders / references rotated through the same renderers as positives ----------
const t = (provider: string, env: string, key: string, value: string, header?: string): Tok => ({ provider, env, key, value, header });
const PH: Tok[] = [
  t("Stripe", "STRIPE_SECRET_KEY", "secret_key", "<your-stripe-secret-key>", "Authorization: Bearer "),
  t("Stripe", "STRIPE_SECRET_KEY", "secret_key", P("sk", "_live_", x(24))),
  t("Stripe", "STRIPE_WEBHOOK_SECRET", "webhook_secret", "${STRIPE_WEBHOOK_SECRET}"),
  t("Adyen", "ADYEN_API_KEY", "api_key", "${{ secrets.ADYEN_API_KEY }}", "X-API-Key: "),
  t("Okta", "OKTA_API_TOKEN", "api_token", "your-okta-api-token-here", "Authorization: SSWS "),
  t("Auth0", "AUTH0_CLIENT_SECRET", "client_secret", "<AUTH0_CLIENT_SECRET>"),
  t("Vault", "VAULT_TOKEN", "token", P("hv", "s.", X(24)), "X-Vault-Token: "),
  t("Vault", "VAULT_TOKEN", "token", "{{ .Values.vault.token }}", "X-Vault-Token: "),
  t("1Password", "OP_SERVICE_ACCOUNT_TOKEN", "service_account_token", "op://Payments/Service Account/credential"),
  t("Doppler", "DOPPLER_TOKEN", "service_token", P("dp", ".st.", "prd.", x(12))),
  t("Keycloak", "KEYCLOAK_CLIENT_SECRET", "client_secret", "changeme"),
  t("EntraID", "AZURE_CLIENT_SECRET", "client_secret", "@Microsoft.KeyVault(SecretUri=https://kv-acme-prod.vault.azure.net/secrets/entra-client-secret/)"),
  t("Cognito", "COGNITO_CLIENT_SECRET", "client_secret", "REPLACE_ME"),
  t("PayPal", "PAYPAL_CLIENT_SECRET", "client_secret", "$(cat /run/secrets/paypal_client_secret)"),
  t("Braintree", "BRAINTREE_PRIVATE_KEY", "private_key", "vault:secret/data/payments#braintree_private_key"),
  t("Razorpay", "RAZORPAY_KEY_SECRET", "key_secret", "arn:aws:secretsmanager:ap-south-1:123456789012:secret:prod/razorpay-AbCdEf"),
  t("Mollie", "MOLLIE_API_KEY", "api_key", P("live", "_", x(30))),
  t("Paddle", "PADDLE_API_KEY", "api_key", "projects/acme-billing/secrets/paddle-api-key/versions/latest"),
  t("Square", "SQUARE_ACCESS_TOKEN", "access_token", "ENC[AES256_GCM,data:" + b64(r.bytes(48)) + ",iv:" + b64(r.bytes(32)) + ",tag:" + b64(r.bytes(16)) + ",type:str]"),
  t("CheckoutCom", "CKO_SECRET_KEY", "secret_key", "[REDACTED]"),
  t("JWT", "JWT_SIGNING_SECRET", "jwt_secret", "********"),
  t("GoogleOAuth", "GOOGLE_CLIENT_SECRET", "client_secret", "<google-oauth-client-secret>"),
  t("SCIM", "SCIM_BEARER_TOKEN", "scim_token", "%SCIM_TOKEN%", "Authorization: Bearer "),
  t("OpenAI", "OPENAI_API_KEY", "api_key", "process.env.OPENAI_API_KEY"),
  t("Bitwarden", "BW_SESSION", "bw_session", "$(bw unlock --raw)"),
  t("Duo", "DUO_SECRET_KEY", "skey", "TODO-fill-from-duo-admin-panel"),
];

type B = { note: string; n?: number; mk: () => string };
const H: B[] = [
  // ---------- hashes, digests, lockfiles, commit messages ----------
  { note: "sha256sum output for release artifacts", n: 2, mk: () => `$ sha256sum dist/*\n${sha(64)}  dist/payments-gateway-linux-amd64\n${sha(64)}  dist/payments-gateway-darwin-arm64` },
  { note: "git log oneline with SHAs", n: 2, mk: () => `$ git log --oneline -4\n${sha(7)} Rotate Stripe webhook signing secret (old secret revoked)\n${sha(7)} fix(auth): redact hvs. tokens from debug logs\n${sha(7)} chore: bump keycloak-js to 26.0.5\n${sha(7)} Merge pull request #${r.int(900)} from acme/okta-scim` },
  { note: "commit message mentioning key rotation with full SHA", mk: () => `commit ${sha(40)}\nAuthor: Dana Ops <dana@acme.io>\nDate:   Tue Nov 3 10:12:44 2026 +0000\n\n    Move Adyen API key and HMAC key to Vault (kv/payments/adyen)\n\n    The old keys were rotated in the Customer Area; nothing secret is in this diff.` },
  { note: "package-lock integrity entries", n: 2, mk: () => JSON.stringify({ "node_modules/jose": { version: "5.9.6", resolved: "https://registry.npmjs.org/jose/-/jose-5.9.6.tgz", integrity: `sha512-${b64(r.bytes(64))}` }, "node_modules/stripe": { version: "17.3.0", integrity: `sha512-${b64(r.bytes(64))}` } }, null, 2) },
  { note: "yarn.lock entry", mk: () => `"@okta/okta-auth-js@^7.8.0":\n  version "7.8.1"\n  resolved "https://registry.yarnpkg.com/@okta/okta-auth-js/-/okta-auth-js-7.8.1.tgz#${sha(40)}"\n  integrity sha512-${b64(r.bytes(64))}` },
  { note: "go.sum lines", mk: () => `github.com/hashicorp/vault/api v1.15.0 h1:${b64(r.bytes(32))}\ngithub.com/hashicorp/vault/api v1.15.0/go.mod h1:${b64(r.bytes(32))}\ngithub.com/stripe/stripe-go/v81 v81.0.0 h1:${b64(r.bytes(32))}` },
  { note: "Cargo.lock checksum", mk: () => `[[package]]\nname = "jsonwebtoken"\nversion = "9.3.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha(64)}"` },
  { note: "poetry.lock hashes", mk: () => `[[package]]\nname = "authlib"\nversion = "1.3.2"\nfiles = [\n    {file = "Authlib-1.3.2-py2.py3-none-any.whl", hash = "sha256:${sha(64)}"},\n    {file = "authlib-1.3.2.tar.gz", hash = "sha256:${sha(64)}"},\n]` },
  { note: "docker image digest pin", mk: () => `FROM quay.io/keycloak/keycloak:26.0@sha256:${sha(64)}\nCOPY realm-export.json /opt/keycloak/data/import/` },
  { note: "SRI script tag for Stripe.js-like vendor script", mk: () => `<script src="https://cdn.acme-pay.io/checkout/v3/checkout.js" integrity="sha384-${b64(r.bytes(48))}" crossorigin="anonymous"></script>` },
  { note: "S3 ETag md5 in listing", mk: () => `2026-11-02 10:21:07     48213 invoices/2026-10.csv  ETag: "${sha(32)}"\n2026-11-02 10:21:09     51877 invoices/2026-11.csv  ETag: "${sha(32)}"` },
  // ---------- ids ----------
  { note: "Stripe object ids in webhook event (no secret)", n: 2, mk: () => JSON.stringify({ id: `evt_${r.an(24)}`, type: "payment_intent.succeeded", data: { object: { id: `pi_${r.an(24)}`, customer: `cus_${r.an(14)}`, latest_charge: `ch_${r.an(24)}`, payment_method: `pm_${r.an(24)}`, amount: 4999, currency: "eur" } }, request: { id: `req_${r.an(14)}`, idempotency_key: r.uuid() } }) },
  { note: "Stripe-Signature header (signature, not the secret)", mk: () => `POST /webhooks/stripe HTTP/1.1\nStripe-Signature: t=${1790000000 + r.int(9999999)},v1=${sha(64)},v0=${sha(64)}\nContent-Type: application/json` },
  { note: "GitHub webhook X-Hub-Signature-256", mk: () => `X-GitHub-Delivery: ${r.uuid()}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=${sha(64)}` },
  { note: "Adyen notification with pspReference and hmacSignature", mk: () => JSON.stringify({ live: "true", notificationItems: [{ NotificationRequestItem: { pspReference: r.dig(16), merchantReference: `order-${r.dig(6)}`, eventCode: "AUTHORISATION", success: "true", additionalData: { hmacSignature: b64(r.bytes(32)) } } }] }) },
  { note: "PayPal capture response ids", mk: () => JSON.stringify({ id: r.up(17), status: "COMPLETED", purchase_units: [{ payments: { captures: [{ id: r.up(17), status: "COMPLETED" }] } }], links: [{ href: `https://api-m.paypal.com/v2/checkout/orders/${r.up(17)}`, rel: "self" }] }) },
  { note: "Razorpay payment callback ids and signature", mk: () => `razorpay_payment_id=pay_${r.an(14)}&razorpay_order_id=order_${r.an(14)}&razorpay_signature=${sha(64)}` },
  { note: "Mollie/Paddle/Checkout ids in log", mk: () => `${r.ts()} INFO reconcile mollie=tr_${r.an(10)} paddle=txn_${r.str(26, "0123456789abcdefghjkmnpqrstvwxyz")} cko=pay_${r.str(26, "abcdefghijklmnopqrstuvwxyz234567")} braintree=${r.lo(8)} status=settled` },
  { note: "request ids and traceparent", n: 2, mk: () => `${r.ts()} ERROR auth.callback request_id=${r.uuid()} traceparent=00-${sha(32)}-${sha(16)}-01 okta_request_id=${r.str(27, B64U)} status=401 reason=invalid_grant` },
  { note: "Entra tenant and client GUIDs (public identifiers)", mk: () => `az login --service-principal --tenant ${r.uuid()} --username ${r.uuid()} --federated-token "$(cat $AZURE_FEDERATED_TOKEN_FILE)"` },
  { note: "Cognito user pool and SPA client id (public)", mk: () => JSON.stringify({ Auth: { Cognito: { userPoolId: `eu-west-1_${r.an(9)}`, userPoolClientId: r.lo(26), loginWith: { oauth: { domain: "auth.acme.io", scopes: ["openid", "email"], redirectSignIn: ["https://app.acme.io/"], responseType: "code" } } } } }, null, 2) },
  { note: "Auth0 SPA config (domain + public client id)", mk: () => `const auth0 = await createAuth0Client({\n  domain: "acme.eu.auth0.com",\n  clientId: "${r.an(32)}",\n  authorizationParams: { redirect_uri: window.location.origin }\n});` },
  { note: "Okta SPA clientId and issuer", mk: () => `export const oktaConfig = {\n  issuer: "https://acme.okta.com/oauth2/default",\n  clientId: "0oa${r.an(17)}",\n  redirectUri: "/login/callback",\n  pkce: true,\n};` },
  { note: "Google OAuth client id only", mk: () => `<div id="g_id_onload" data-client_id="${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com" data-login_uri="https://app.acme.io/auth/google"></div>` },
  // ---------- publishable keys meant to be public ----------
  { note: "Stripe publishable key in frontend", n: 2, mk: () => `const stripe = Stripe("${P("pk", "_live_", "51", r.an(97))}");\nconst elements = stripe.elements({ clientSecret });` },
  { note: "Braintree tokenization key in Drop-in", mk: () => `braintree.dropin.create({\n  authorization: "production_${r.lo(8)}_${r.lo(16)}",\n  container: "#dropin-container"\n});` },
  { note: "Square application id and location id (public)", mk: () => `const payments = window.Square.payments("${P("sq0", "idp-", r.str(22, B64U))}", "L${r.up(12)}");` },
  { note: "PayPal JS SDK client-id in script URL", mk: () => `<script src="https://www.paypal.com/sdk/js?client-id=${P("A", r.str(79, B64U))}&currency=EUR&intent=capture"></script>` },
  { note: "Razorpay checkout key_id (public)", mk: () => `var options = {\n  key: "${P("rzp", "_live_", r.an(14))}",\n  amount: 50000,\n  currency: "INR",\n  order_id: "order_${r.an(14)}"\n};\nnew Razorpay(options).open();` },
  { note: "Checkout.com Frames public key", mk: () => `Frames.init({ publicKey: "${P("pk", "_", r.str(26, "abcdefghijklmnopqrstuvwxyz234567"))}", localization: "EN-GB" });` },
  // ---------- public key material ----------
  { note: "ssh-ed25519 public key in authorized_keys", n: 2, mk: () => `# ~/.ssh/authorized_keys\nssh-ed25519 ${sshPub()} deploy@ci\nssh-ed25519 ${sshPub()} dana@laptop` },
  { note: "known_hosts entry and fingerprint", mk: () => `|1|${b64(r.bytes(20))}|${b64(r.bytes(20))} ssh-ed25519 ${sshPub()}\n# ED25519 key fingerprint is SHA256:${b64(r.bytes(32)).replace(/=+$/, "")}.` },
  { note: "PEM public key (JWT verification)", n: 2, mk: () => `JWT_PUBLIC_KEY="-----BEGIN PUBLIC KEY-----\\n${wrap(b64(new Uint8Array([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, ...r.bytes(270)]))).replace(/\n/g, "\\n")}\\n-----END PUBLIC KEY-----"` },
  { note: "certificate chain PEM", mk: () => `$ openssl s_client -connect pay.acme.io:443 -showcerts </dev/null\n-----BEGIN CERTIFICATE-----\n${wrap(b64(r.bytes(900)))}\n-----END CERTIFICATE-----` },
  { note: "SAML IdP metadata with X509Certificate", mk: () => `<md:EntityDescriptor entityID="http://www.okta.com/exk${r.an(13)}" xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">\n  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${b64(r.bytes(700))}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>` },
  { note: "public JWKS (no private members)", n: 2, mk: () => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.hex(16), alg: "RS256", n: b64url(r.bytes(256)), e: "AQAB" }, { kty: "EC", use: "sig", kid: r.hex(16), crv: "P-256", x: b64url(r.bytes(32)), y: b64url(r.bytes(32)) }] }) },
  { note: "OIDC discovery document", mk: () => JSON.stringify({ issuer: "https://sso.initech.net/realms/prod", authorization_endpoint: "https://sso.initech.net/realms/prod/protocol/openid-connect/auth", token_endpoint: "https://sso.initech.net/realms/prod/protocol/openid-connect/token", jwks_uri: "https://sso.initech.net/realms/prod/protocol/openid-connect/certs", id_token_signing_alg_values_supported: ["RS256", "ES256"] }, null, 2) },
  { note: "age recipient (public) in .sops.yaml", mk: () => `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}` },
  { note: "PGP public key block", mk: () => `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(b64(new Uint8Array([0x99, 0x01, 0x8d, 0x04, ...r.bytes(400)])))}\n=${r.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----` },
  { note: "gpg fingerprint listing", mk: () => `$ gpg --list-keys releases@acme.io\npub   ed25519 2025-06-01 [SC]\n      ${r.HEXU(40)}\nuid           [ultimate] Acme Releases <releases@acme.io>` },
  { note: "WireGuard peer section (public key only)", mk: () => `[Peer]\n# office gateway\nPublicKey = ${b64(r.bytes(32))}\nEndpoint = 203.0.113.10:51820\nAllowedIPs = 10.8.0.0/24\nPersistentKeepalive = 25` },
  // ---------- ciphertext / references ----------
  { note: "ansible-vault encrypted block", mk: () => `stripe_secret_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${wrap(r.hex(320), 80).split("\n").map((l) => "  " + l).join("\n")}` },
  { note: "Vault transit ciphertext", mk: () => `$ vault write transit/encrypt/payments plaintext=$(base64 <<< "4111111111111111")\nKey            Value\n---            -----\nciphertext     vault:v1:${b64(r.bytes(44))}\nkey_version    1` },
  { note: "SealedSecret encryptedData", mk: () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: adyen\nspec:\n  encryptedData:\n    ADYEN_API_KEY: ${b64(r.bytes(400))}` },
  { note: "vault status output (no token)", mk: () => `$ vault status\nKey                     Value\n---                     -----\nSeal Type               shamir\nInitialized             true\nSealed                  false\nTotal Shares            5\nThreshold               3\nVersion                 1.18.1\nCluster ID              ${r.uuid()}\nHA Enabled              true` },
  { note: "External Secrets manifest referencing Vault path", mk: () => `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: paddle\nspec:\n  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }\n  data:\n    - secretKey: PADDLE_API_KEY\n      remoteRef: { key: kv/payments/paddle, property: api_key }` },
  { note: "op run with secret references", mk: () => `# .env.tpl\nSTRIPE_SECRET_KEY=op://Payments/Stripe/secret key\nOKTA_API_TOKEN=op://Identity/Okta/token\n\n$ op run --env-file=.env.tpl -- npm start` },
  { note: "doppler run command without values", mk: () => `$ doppler setup --project payments --config prd\n$ doppler run -- ./bin/server\n# secrets are injected at runtime; nothing is written to disk` },
  // ---------- redacted ----------
  { note: "redacted Stripe key in dashboard-style listing", mk: () => `Standard keys\n  Publishable key   ${P("pk", "_live_", "51", r.an(20))}...\n  Secret key        ${P("sk", "_live_")}...${r.an(4)}   Created Oct 2, 2026   Last used 2 hours ago` },
  { note: "masked tokens in CI log", n: 2, mk: () => `Run ./deploy.sh\n  VAULT_TOKEN: ***\n  OKTA_API_TOKEN: ***\n  ADYEN_API_KEY: ***\n${r.ts()} deploy ok (${sha(7)})` },
  { note: "truncated tokens in support ticket", mk: () => `${prose(r)}\nKey ending in …${r.an(4)} (hvs.••••••••) was revoked at ${r.ts()}; new one is in Vault, not pasting it here.` },
  { note: "AWS key masked in IAM report", mk: () => `user,access_key_1_active,access_key_1_last_rotated\nbilling-ci,true,${r.ts()}\n# key id: ${P("AK", "IA")}************${r.up(4)}` },
  // ---------- docs about token formats / detection rules ----------
  { note: "docs table describing token prefixes", mk: () => `| Provider | Prefix | Notes |\n|---|---|---|\n| Stripe | \`sk_live_\` / \`rk_live_\` | secret / restricted keys, never ship to clients |\n| Vault | \`hvs.\` / \`hvb.\` | service / batch tokens |\n| Doppler | \`dp.st.\` | service token, scoped to one config |\n| Okta | \`00\` + 40 chars | SSWS API token |\n| Paddle | \`pdl_live_apikey_\` | Billing API key |` },
  { note: "gitleaks rule config with regexes", mk: () => `[[rules]]\nid = "stripe-secret"\nregex = '''(?:sk|rk)_live_[0-9a-zA-Z]{24,99}'''\n\n[[rules]]\nid = "vault-service-token"\nregex = '''hvs\\.[A-Za-z0-9_-]{24,}'''` },
  { note: "Japanese docs on webhook verification", mk: () => `## Webhook 署名の検証\n\n署名シークレット（\`whsec_\` で始まる値）は環境変数から読み込み、コードに直接書かないでください。\n\n\`\`\`ts\nconst event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);\n\`\`\`` },
  { note: "Spanish docs on Vault unseal procedure", mk: () => `### Desellar Vault\n1. Cada custodio ejecuta \`vault operator unseal\` y pega su parte cuando se le pida (no la pases por la línea de comandos).\n2. Se necesitan 3 de 5 claves.\n3. Comprueba con \`vault status\` que \`Sealed\` sea \`false\`.` },
  // ---------- fixtures clearly labelled ----------
  { note: "unit test with labelled fake JWT secret", mk: () => `// test/auth.spec.ts -- fixtures only, not a real secret\nconst TEST_JWT_SECRET = "test-secret-do-not-use-in-prod";\nit("rejects expired tokens", () => {\n  const tok = sign({ sub: "u1" }, TEST_JWT_SECRET, { expiresIn: -1 });\n  expect(() => verify(tok, TEST_JWT_SECRET)).toThrow();\n});` },
  { note: "Vault dev server with root token id 'root'", mk: () => `# local development only\nvault server -dev -dev-root-token-id=root -dev-listen-address=127.0.0.1:8200\nexport VAULT_ADDR=http://127.0.0.1:8200 VAULT_TOKEN=root` },
  { note: "local keycloak compose with admin/admin", mk: () => `# docker-compose.dev.yml -- local only\nservices:\n  keycloak:\n    image: quay.io/keycloak/keycloak:26.0\n    command: start-dev\n    environment:\n      KC_BOOTSTRAP_ADMIN_USERNAME: admin\n      KC_BOOTSTRAP_ADMIN_PASSWORD: admin` },
  { note: "AWS documentation example key pair", mk: () => `# Example from the AWS docs (not a real key):\naws_access_key_id = ${P("AK", "IAIOSFODNN7", "EXAMPLE")}\naws_secret_access_key = ${P("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY")}` },
  // ---------- nonces and one-time public values ----------
  { note: "CSRF token in same-site form", n: 2, mk: () => `<form method="post" action="/account/payment-methods">\n  <input type="hidden" name="csrf_token" value="${r.str(43, B64U)}">\n  <button type="submit">Remove card</button>\n</form>` },
  { note: "CSP nonce on inline script", mk: () => `Content-Security-Policy: script-src 'nonce-${b64(r.bytes(16))}' 'strict-dynamic'; object-src 'none'` },
  { note: "OAuth authorize URL with state, nonce and PKCE challenge", mk: () => `https://acme.okta.com/oauth2/default/v1/authorize?client_id=0oa${r.an(17)}&response_type=code&scope=openid%20profile&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcallback&state=${r.str(32, B64U)}&nonce=${r.str(32, B64U)}&code_challenge=${r.str(43, B64U)}&code_challenge_method=S256` },
  { note: "SCIM list response (ids, no auth)", mk: () => JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 1, Resources: [{ id: r.uuid(), externalId: `00u${r.an(17)}`, userName: "dana@acme.io", active: true, meta: { version: `W/"${sha(16)}"` } }] }) },
  { note: "Vault token lookup data without the token (Korean chat)", mk: () => `토큰 정책이 맞는지 봐줘:\n{"data":{"display_name":"approle","policies":["default","payments-ro"],"ttl":2764,"entity_id":"${r.uuid()}"}}` },
  { note: "base64 PNG logo in email template", mk: () => `<img alt="Acme Pay" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${b64(r.bytes(150))}">` },
];

export const cases: CorpusCase[] = [];
let n = 0;
const id = (): string => `y149-b-${String(++n).padStart(3, "0")}`;
PH.forEach((tok, i) => {
  const rd = RENDERERS[(i * 7 + 3) % RENDERERS.length]!;
  cases.push(mk(id(), CAT, "benign", rd.fn(tok, r).text, [], `placeholder/reference for ${tok.provider} ${tok.key} via ${rd.name}`));
});
for (const h of H) for (let k = 0; k < (h.n ?? 1); k++) cases.push(mk(id(), CAT, "benign", h.mk(), [], h.note));
