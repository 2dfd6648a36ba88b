// Themed positives: identity (OAuth/OIDC, SCIM, JWT), secret managers (Vault, 1Password,
// Bitwarden, Doppler) and payment processors, each token rotated through the shared renderers.
import type { CorpusCase } from "../types.ts";
import { B64U, P, Rng, jwt, render, type Tok } from "./_gen.ts";

const r = new Rng(149001);
const C = "heldouty149-sec-";

type Spec = { cat: string; n: number; mk: () => Tok };
const t = (provider: string, env: string, key: string, value: string, header?: string, extra?: [string, string][]): Tok => ({ provider, env, key, value, header, extra });

const SPECS: Spec[] = [
  // ---------- auth ----------
  { cat: "auth", n: 5, mk: () => t("Auth0", "AUTH0_CLIENT_SECRET", "client_secret", r.str(64, B64U), undefined, [["AUTH0_DOMAIN", `dev-${r.lo(8)}.us.auth0.com`], ["AUTH0_CLIENT_ID", r.an(32)]]) },
  { cat: "auth", n: 3, mk: () => t("Auth0", "AUTH0_MGMT_API_TOKEN", "management_token", jwt(r, { iss: `https://dev-${r.lo(8)}.eu.auth0.com/`, sub: `${r.an(32)}@clients`, aud: "https://tenant.eu.auth0.com/api/v2/", iat: 1790000000 + r.int(9999999), exp: 1890000000, scope: "read:users update:users create:clients", gty: "client-credentials" })) },
  { cat: "auth", n: 5, mk: () => t("Okta", "OKTA_API_TOKEN", "api_token", P("00", r.str(40, B64U)), "Authorization: SSWS ", [["OKTA_ORG_URL", `https://${r.lo(7)}.okta.com`]]) },
  { cat: "auth", n: 4, mk: () => t("Okta", "OKTA_CLIENT_SECRET", "client_secret", r.str(64, B64U), undefined, [["OKTA_ISSUER", `https://${r.lo(7)}.okta.com/oauth2/default`], ["OKTA_CLIENT_ID", P("0oa", r.an(17))]]) },
  { cat: "auth", n: 4, mk: () => t("Keycloak", "KEYCLOAK_CLIENT_SECRET", "client_secret", r.an(32), undefined, [["KEYCLOAK_URL", "https://sso.initech.net/realms/prod"], ["KEYCLOAK_CLIENT_ID", "billing-api"]]) },
  { cat: "auth", n: 2, mk: () => t("Keycloak", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin_password", P(r.an(14), r.pick(["!", "#", "%"]), r.an(5))) },
  { cat: "auth", n: 5, mk: () => t("EntraID", "AZURE_CLIENT_SECRET", "client_secret", P(r.an(3), "8Q~", r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")), undefined, [["AZURE_TENANT_ID", r.uuid()], ["AZURE_CLIENT_ID", r.uuid()]]) },
  { cat: "auth", n: 4, mk: () => t("Cognito", "COGNITO_CLIENT_SECRET", "client_secret", r.lo(52), undefined, [["COGNITO_USER_POOL_ID", `eu-west-1_${r.an(9)}`], ["COGNITO_CLIENT_ID", r.lo(26)]]) },
  { cat: "auth", n: 3, mk: () => t("SCIM", "SCIM_BEARER_TOKEN", "scim_token", r.b64u(48), "Authorization: Bearer ") },
  { cat: "auth", n: 4, mk: () => t("JWT", "JWT_SIGNING_SECRET", "jwt_secret", r.hex(64)) },
  { cat: "auth", n: 3, mk: () => t("GoogleOAuth", "GOOGLE_CLIENT_SECRET", "client_secret", P("GOC", "SPX-", r.str(28, B64U)), undefined, [["GOOGLE_CLIENT_ID", `${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com`]]) },
  { cat: "auth", n: 2, mk: () => t("GitHubOAuth", "GITHUB_CLIENT_SECRET", "client_secret", r.hex(40), undefined, [["GITHUB_CLIENT_ID", P("Ov23li", r.an(14))]]) },
  { cat: "auth", n: 2, mk: () => t("NextAuth", "AUTH_SECRET", "auth_secret", r.b64bytes(32)) },
  { cat: "auth", n: 2, mk: () => t("Duo", "DUO_SECRET_KEY", "skey", r.an(40), undefined, [["DUO_INTEGRATION_KEY", P("DI", r.up(18))], ["DUO_API_HOST", `api-${r.hex(8)}.duosecurity.com`]]) },
  { cat: "auth", n: 2, mk: () => t("OneLogin", "ONELOGIN_CLIENT_SECRET", "client_secret", r.hex(64)) },
  { cat: "auth", n: 2, mk: () => t("Clerk", "CLERK_SECRET_KEY", "secret_key", P("sk", "_live_", r.an(42))) },
  { cat: "auth", n: 1, mk: () => t("Stytch", "STYTCH_SECRET", "secret", P("secret-", "live-", r.str(36, B64U))) },
  { cat: "auth", n: 1, mk: () => t("SAML", "SAML_IDP_SHARED_SECRET", "shared_secret", r.b64bytes(24)) },
  // ---------- payment ----------
  { cat: "payment", n: 5, mk: () => t("Stripe", "STRIPE_SECRET_KEY", "secret_key", P("sk", "_live_", "51", r.an(97)), "Authorization: Bearer ") },
  { cat: "payment", n: 3, mk: () => t("Stripe", "STRIPE_RESTRICTED_KEY", "restricted_key", P("rk", "_live_", "51", r.an(97)), "Authorization: Bearer ") },
  { cat: "payment", n: 4, mk: () => t("Stripe", "STRIPE_WEBHOOK_SECRET", "webhook_secret", P("wh", "sec_", r.an(32))) },
  { cat: "payment", n: 4, mk: () => t("Adyen", "ADYEN_API_KEY", "api_key", P("AQE", r.b64(5), "fx", r.b64(80), "==-", r.b64(43), "=-", r.an(16)), "X-API-Key: ", [["ADYEN_MERCHANT_ACCOUNT", "AcmeECOM"]]) },
  { cat: "payment", n: 2, mk: () => t("Adyen", "ADYEN_HMAC_KEY", "hmac_key", r.HEXU(64)) },
  { cat: "payment", n: 2, mk: () => t("Braintree", "BRAINTREE_ACCESS_TOKEN", "access_token", P("access_token", "$production$", r.lo(16), "$", r.hex(32))) },
  { cat: "payment", n: 2, mk: () => t("Braintree", "BRAINTREE_PRIVATE_KEY", "private_key", r.hex(32), undefined, [["BRAINTREE_MERCHANT_ID", r.lo(16)], ["BRAINTREE_PUBLIC_KEY", r.lo(16)]]) },
  { cat: "payment", n: 3, mk: () => t("Square", "SQUARE_ACCESS_TOKEN", "access_token", P("EA", "AA", r.str(60, B64U)), "Authorization: Bearer ") },
  { cat: "payment", n: 2, mk: () => t("Square", "SQUARE_APPLICATION_SECRET", "application_secret", P("sq0", "csp-", r.str(43, B64U))) },
  { cat: "payment", n: 3, mk: () => t("PayPal", "PAYPAL_CLIENT_SECRET", "client_secret", P("E", r.str(79, B64U)), undefined, [["PAYPAL_CLIENT_ID", P("A", r.str(79, B64U))], ["PAYPAL_MODE", "live"]]) },
  { cat: "payment", n: 2, mk: () => t("PayPal", "PAYPAL_ACCESS_TOKEN", "access_token", P("A21", "AA", r.str(92, B64U)), "Authorization: Bearer ") },
  { cat: "payment", n: 3, mk: () => t("Razorpay", "RAZORPAY_KEY_SECRET", "key_secret", r.an(24), undefined, [["RAZORPAY_KEY_ID", P("rzp", "_live_", r.an(14))]]) },
  { cat: "payment", n: 1, mk: () => t("Razorpay", "RAZORPAY_WEBHOOK_SECRET", "webhook_secret", r.an(20)) },
  { cat: "payment", n: 3, mk: () => t("Mollie", "MOLLIE_API_KEY", "api_key", P("live", "_", r.an(30)), "Authorization: Bearer ") },
  { cat: "payment", n: 1, mk: () => t("Mollie", "MOLLIE_ACCESS_TOKEN", "access_token", P("acc", "ess_", r.an(40)), "Authorization: Bearer ") },
  { cat: "payment", n: 3, mk: () => t("CheckoutCom", "CKO_SECRET_KEY", "secret_key", P("sk", "_", r.str(26, "abcdefghijklmnopqrstuvwxyz234567"), r.pick(["#", "*", ""])), "Authorization: Bearer ") },
  { cat: "payment", n: 3, mk: () => t("Paddle", "PADDLE_API_KEY", "api_key", P("pdl", "_live_", "apikey_", r.ulid(), "_", r.an(22), "_", r.an(3)), "Authorization: Bearer ") },
  { cat: "payment", n: 2, mk: () => t("Paddle", "PADDLE_WEBHOOK_SECRET", "webhook_secret", P("pdl", "_ntfset_", r.ulid(), "_", r.an(32))) },
  { cat: "payment", n: 1, mk: () => t("PaddleClassic", "PADDLE_VENDOR_AUTH_CODE", "vendor_auth_code", r.hex(50), undefined, [["PADDLE_VENDOR_ID", r.dig(6)]]) },
  { cat: "payment", n: 1, mk: () => t("GoCardless", "GOCARDLESS_ACCESS_TOKEN", "access_token", P("live", "_", r.str(40, B64U)), "Authorization: Bearer ") },
  { cat: "payment", n: 1, mk: () => t("Plaid", "PLAID_SECRET", "secret", r.hex(30), undefined, [["PLAID_CLIENT_ID", r.hex(24)], ["PLAID_ENV", "production"]]) },
  { cat: "payment", n: 2, mk: () => t("Svix", "WEBHOOK_SIGNING_SECRET", "signing_secret", P("wh", "sec_", r.b64bytes(24))) },
  // ---------- devtools: secret managers ----------
  { cat: "devtools", n: 4, mk: () => t("Vault", "VAULT_TOKEN", "token", P("hv", "s.", r.an(24)), "X-Vault-Token: ", [["VAULT_ADDR", "https://vault.internal.umbrella.io:8200"]]) },
  { cat: "devtools", n: 2, mk: () => t("Vault", "VAULT_TOKEN", "token", P("hv", "s.", "CAES", r.str(88, B64U), "Gh4KHGh2cy4", r.an(22)), "X-Vault-Token: ") },
  { cat: "devtools", n: 1, mk: () => t("Vault", "VAULT_BATCH_TOKEN", "batch_token", P("hv", "b.", "AAAAAQ", r.str(120, B64U)), "X-Vault-Token: ") },
  { cat: "devtools", n: 1, mk: () => t("Vault", "VAULT_TOKEN", "token", P("s", ".", r.an(24)), "X-Vault-Token: ") },
  { cat: "devtools", n: 1, mk: () => t("VaultAppRole", "VAULT_SECRET_ID", "secret_id", r.uuid(), undefined, [["VAULT_ROLE_ID", r.uuid()]]) },
  { cat: "devtools", n: 3, mk: () => t("1Password", "OP_SERVICE_ACCOUNT_TOKEN", "service_account_token", P("ops", "_", Buffer.from(JSON.stringify({ signInAddress: "my.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: r.b64u(22) }, email: `${r.lo(13)}@${r.lo(13)}.1passwordserviceaccounts.com`, srpX: r.hex(64), muk: { alg: "A256GCM", ext: true, k: r.b64u(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: `A3-${r.up(6)}-${r.up(6)}-${r.up(5)}-${r.up(5)}-${r.up(5)}-${r.up(5)}`, throttleSecret: { seed: r.hex(64), uuid: r.up(26) }, deviceUuid: r.lo(26) })).toString("base64url"))) },
  { cat: "devtools", n: 2, mk: () => t("1Password", `OP_SESSION_${r.lo(6)}`, "op_session", r.str(43, B64U)) },
  { cat: "devtools", n: 1, mk: () => t("1PasswordConnect", "OP_CONNECT_TOKEN", "connect_token", jwt(r, { aud: ["com.1password.connect"], iss: "com.1password.b5", sub: r.up(26), "1password.com/auuid": r.up(26), "1password.com/token": r.b64u(32), "1password.com/fts": ["vaultaccess"], iat: 1790000000 }, "ES256")) },
  { cat: "devtools", n: 2, mk: () => t("Bitwarden", "BW_SESSION", "bw_session", r.b64bytes(64)) },
  { cat: "devtools", n: 2, mk: () => t("BitwardenSecretsManager", "BWS_ACCESS_TOKEN", "access_token", P("0.", r.uuid(), ".", r.an(30), ":", r.b64bytes(16))) },
  { cat: "devtools", n: 2, mk: () => t("Doppler", "DOPPLER_TOKEN", "service_token", P("dp", ".st.", r.pick(["prd", "stg", "prod_eu"]), ".", r.an(43))) },
  { cat: "devtools", n: 2, mk: () => t("Doppler", "DOPPLER_TOKEN", "personal_token", P("dp", ".pt.", r.an(43))) },
  { cat: "devtools", n: 1, mk: () => t("Doppler", "DOPPLER_SERVICE_ACCOUNT_TOKEN", "service_account_token", P("dp", ".sa.", r.an(43))) },
  { cat: "devtools", n: 1, mk: () => t("Doppler", "DOPPLER_CLI_TOKEN", "cli_token", P("dp", ".ct.", r.an(43))) },
  { cat: "devtools", n: 1, mk: () => t("Doppler", "DOPPLER_SCIM_TOKEN", "scim_token", P("dp", ".scim.", r.an(43)), "Authorization: Bearer ") },
  { cat: "devtools", n: 2, mk: () => t("Infisical", "INFISICAL_TOKEN", "service_token", P("st", ".", r.hex(24), ".", r.hex(32), ".", r.hex(32))) },
];

export const cases: CorpusCase[] = [];
let i = 0;
for (const s of SPECS) {
  for (let k = 0; k < s.n; k++) {
    i++;
    cases.push(render(`y149-t-${String(i).padStart(3, "0")}`, C + s.cat, s.mk(), r, i * 7 + k));
  }
}
