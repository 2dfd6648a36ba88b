// heldout-y113 / auth: identity providers, OAuth client secrets, signing secrets, secret-manager
// tokens, basic-auth passwords, leaking through logs and diagnostics.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, form, hand, b64url, ALNUM, type Spec } from "./_gen.ts";

const g = new Gen(0x113a2);
const bearer = { header: "Authorization", scheme: "Bearer " };
const now = 1717000000;

const specs: Spec[] = [
  { provider: "Okta API token (SSWS)", env: "OKTA_API_TOKEN", header: "Authorization", scheme: "SSWS ", host: "acme.okta.example.com", path: "/api/v1/users", make: (g) => g.j("00", g.u(40)) },
  {
    provider: "Auth0 client secret (client_credentials form)", env: "AUTH0_CLIENT_SECRET", make: (g) => g.u(64),
    extra: (g) => [["AUTH0_CLIENT_ID", g.a(32)], ["AUTH0_DOMAIN", "acme.eu.auth0.example.com"]],
    req: (g, v) => mkReq("POST", "acme.eu.auth0.example.com", "/oauth/token", [], [], form({ grant_type: "client_credentials", client_id: g.a(32), client_secret: v, audience: "https://api.example.com/" }), "application/x-www-form-urlencoded"),
    
  },
  {
    provider: "Auth0 Management API access token (JWT)", env: "AUTH0_MGMT_TOKEN", ...bearer, host: "acme.eu.auth0.example.com", path: "/api/v2/users",
    make: (g) => g.jwt({ iss: "https://acme.eu.auth0.example.com/", sub: `${g.a(32)}@clients`, aud: "https://acme.eu.auth0.example.com/api/v2/", iat: now, exp: now + 86400, scope: "read:users update:users delete:users", gty: "client-credentials" }, "RS256", 342),
  },
  {
    provider: "Google OAuth client secret", env: "GOOGLE_CLIENT_SECRET", make: (g) => g.j("GOC", "SPX-", g.u(28)),
    extra: (g) => [["GOOGLE_CLIENT_ID", `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`]],
    req: (g, v) => mkReq("POST", "oauth2.example.com", "/token", [], [], form({ client_id: `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`, client_secret: v, grant_type: "authorization_code", redirect_uri: "https://app.example.com/oauth/callback" }), "application/x-www-form-urlencoded"),
    
  },
  {
    provider: "Google OAuth refresh token", env: "GOOGLE_REFRESH_TOKEN", make: (g) => g.j("1//0", g.a(1), g.u(98)),
    req: (g, v) => mkReq("POST", "oauth2.example.com", "/token", [], [], form({ grant_type: "refresh_token", refresh_token: v, client_id: `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com` }), "application/x-www-form-urlencoded"),
  },
  { provider: "Google OAuth access token", env: "GOOGLE_ACCESS_TOKEN", ...bearer, path: "/drive/v3/files", make: (g) => g.j("ya", "29.", g.u(4), "-", g.u(160)) },
  {
    provider: "Azure AD (Entra) client secret", env: "AZURE_CLIENT_SECRET", make: (g) => g.j(g.a(3), "8Q~", g.str(37, ALNUM + "_.~-")),
    extra: (g) => [["AZURE_CLIENT_ID", g.uuid()], ["AZURE_TENANT_ID", g.uuid()]],
    req: (g, v) => mkReq("POST", "login.example.com", `/${g.uuid()}/oauth2/v2.0/token`, [], [], form({ client_id: g.uuid(), scope: "https://graph.example.com/.default", client_secret: v, grant_type: "client_credentials" }), "application/x-www-form-urlencoded"),
    
  },
  {
    provider: "Keycloak confidential client secret", env: "KEYCLOAK_CLIENT_SECRET", make: (g) => g.a(32),
    req: (g, v) => mkReq("POST", "sso.example.org", "/realms/prod/protocol/openid-connect/token", [], [], form({ grant_type: "client_credentials", client_id: "billing-service", client_secret: v }), "application/x-www-form-urlencoded"),
  },
  {
    provider: "Keycloak access token (RS256 JWT)", env: "ACCESS_TOKEN", ...bearer, path: "/api/v1/accounts",
    make: (g) => g.jwt({ exp: now + 300, iat: now, jti: g.uuid(), iss: "https://sso.example.org/realms/prod", aud: "account", sub: g.uuid(), typ: "Bearer", azp: "billing-service", realm_access: { roles: ["offline_access", "admin"] }, scope: "profile email" }, "RS256", 342),
  },
  { provider: "JWT HMAC signing secret", env: "JWT_SECRET", envOnly: true, make: (g) => g.h(64) },
  { provider: "Rails secret_key_base", env: "SECRET_KEY_BASE", envOnly: true, make: (g) => g.h(128) },
  { provider: "Django SECRET_KEY", env: "DJANGO_SECRET_KEY", envOnly: true, make: (g) => g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)") },
  { provider: "NextAuth/Auth.js secret", env: "NEXTAUTH_SECRET", envOnly: true, make: (g) => g.rb64(32) },
  { provider: "Express session secret", env: "SESSION_SECRET", envOnly: true, make: (g) => g.a(48) },
  {
    provider: "service account password in HTTP basic auth", env: "REPORTING_API_PASSWORD", make: (g) => g.str(20, ALNUM + "!#%+"),
    extra: () => [["REPORTING_API_USER", "svc-reporting"]],
    req: (g, v) => mkReq("GET", "reports.example.net", "/api/v2/exports", [["Authorization", basic("svc-reporting", v)]]),
  },
  { provider: "HashiCorp Vault service token", env: "VAULT_TOKEN", header: "X-Vault-Token", host: "vault.example.internal:8200", path: "/v1/secret/data/prod/app", make: (g) => g.j("hv", "s.", g.u(90)) },
  {
    provider: "Vault AppRole secret_id", env: "VAULT_SECRET_ID", make: (g) => g.uuid(),
    extra: (g) => [["VAULT_ROLE_ID", g.uuid()]],
    req: (g, v) => mkReq("POST", "vault.example.internal:8200", "/v1/auth/approle/login", [], [], JSON.stringify({ role_id: g.uuid(), secret_id: v })),
  },
  {
    provider: "1Password service account token", env: "OP_SERVICE_ACCOUNT_TOKEN", ...bearer, path: "/v1/vaults",
    make: (g) => g.j("ops", "_", b64url(JSON.stringify({ signInAddress: "acme.1password.example.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.u(22) }, email: `${g.lo(12)}@1passwordserviceaccounts.example.com`, srpX: g.h(64), muk: { alg: "A256GCM", ext: false, k: g.u(43), key_ops: ["decrypt", "encrypt"], kty: "oct", kid: "mp" }, secretKey: `A3-${g.up(6)}-${g.up(6)}-${g.up(5)}-${g.up(5)}-${g.up(5)}-${g.up(5)}`, throttleSecret: { seed: g.h(64), deviceUuid: g.lo(26) }, deviceUuid: g.lo(26) }))),
  },
  { provider: "Doppler service token", env: "DOPPLER_TOKEN", ...bearer, path: "/v3/configs/config/secrets/download", make: (g) => g.j("dp", ".st.", "prd.", g.a(43)) },
  {
    provider: "Stytch live secret (basic auth with project id)", env: "STYTCH_SECRET", make: (g) => g.j("secret", "-live-", g.u(36)),
    extra: (g) => [["STYTCH_PROJECT_ID", `project-live-${g.uuid()}`]],
    req: (g, v) => mkReq("POST", "api.stytch.example.com", "/v1/sessions/authenticate", [["Authorization", basic(`project-live-${g.uuid()}`, v)]], JSON.stringify({ session_duration_minutes: 60 })),
  },
  { provider: "Ory personal access token", env: "ORY_API_KEY", ...bearer, path: "/admin/identities", make: (g) => g.j("ory", "_pat_", g.a(32)) },
  { provider: "Clerk secret key", env: "CLERK_SECRET_KEY", ...bearer, path: "/v1/users", make: (g) => g.j("sk_", "live_", g.a(42)) },
  { provider: "Duo Admin API secret key (with integration key)", env: "DUO_SKEY", envOnly: true, make: (g) => g.a(40), extra: (g) => [["DUO_IKEY", g.j("DI", g.up(18))]] },
  {
    provider: "OneLogin client secret", env: "ONELOGIN_CLIENT_SECRET", make: (g) => g.h(64),
    req: (g, v) => mkReq("POST", "acme.onelogin.example.com", "/auth/oauth2/v2/token", [["Authorization", `client_id:${g.h(64)}, client_secret:${v}`]], JSON.stringify({ grant_type: "client_credentials" })),
  },
  {
    provider: "Infisical universal-auth client secret", env: "INFISICAL_CLIENT_SECRET", make: (g) => g.h(64),
    extra: (g) => [["INFISICAL_CLIENT_ID", g.uuid()]],
    req: (g, v) => mkReq("POST", "secrets.example.com", "/api/v1/auth/universal-auth/login", [], [], JSON.stringify({ clientId: g.uuid(), clientSecret: v })),
  },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "auth", group: "auth", start: 3 });
let n = cases.length;
const id = () => `y113-auth-${String(++n).padStart(3, "0")}`;

// Handcrafted.
{
  const pw = g.str(18, ALNUM + "#%!");
  const k = g.clock();
  const L = (s: string) => `${k.tick(g.range(5, 300)).iso(7)} ${s}`;
  cases.push(hand(g, id(), "auth", [
    L("##[group]Run ./scripts/sync-groups.sh"), L("##[endgroup]"),
    L(`+ ldapsearch -x -H ldaps://ldap.example.internal:636 -D 'cn=svc-sync,ou=service,dc=example,dc=com' -w '${pw}' -b 'ou=groups,dc=example,dc=com' '(objectClass=groupOfNames)' cn member`),
    L("ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)"),
    L("##[error]Process completed with exit code 255."),
  ].join("\n"), "LDAP bind password; slot ldapsearch -w argument; context: GitHub Actions set -x trace", 2));
}
{
  const tok = g.a(40);
  cases.push(hand(g, id(), "auth", [
    "[Pipeline] sh",
    "+ cat /home/jenkins/.netrc",
    "machine artifacts.example.com",
    "  login deploy",
    `  password ${tok}`,
    "+ curl --netrc -fsSO https://artifacts.example.com/releases/app-2.4.1.tar.gz",
    "curl: (22) The requested URL returned error: 403",
    "ERROR: script returned exit code 22",
  ].join("\n"), "artifact server password; slot .netrc password; context: Jenkins console cat ~/.netrc", 4));
}
{
  const cookieSecret = g.rb64(32);
  cases.push(hand(g, id(), "auth", [
    `$ kubectl -n auth logs deploy/oauth2-proxy --previous`,
    `[${g.clock().go()}] [main.go:54] invalid configuration:`,
    `  cookie_secret must be 16, 24, or 32 bytes to create an AES cipher, but is ${cookieSecret.length} bytes`,
    `  effective flags: --provider=oidc --client-id=oauth2-proxy --client-secret=${g.a(32)} --cookie-secret=${cookieSecret} --email-domain=example.com --upstream=http://app.auth.svc:8080`,
  ].join("\n"), "oauth2-proxy client secret and cookie secret; slot --client-secret / --cookie-secret flags; context: kubectl logs --previous", 7));
}
{
  const secret = g.u(43);
  cases.push(hand(g, id(), "auth", JSON.stringify({
    event_id: g.h(32), level: "error", platform: "python", logger: "authlib",
    exception: { values: [{ type: "InvalidClientError", value: "invalid_client: client authentication failed" }] },
    breadcrumbs: { values: [{ category: "httplib", data: { method: "POST", url: "https://sso.example.org/oauth/token", status_code: 401 } }] },
    extra: { "sys.argv": ["manage.py", "sync_users"], oauth_client: { client_id: "crm-sync", client_secret: secret, token_endpoint: "https://sso.example.org/oauth/token" } },
  }, null, 2), "OIDC client secret; slot extra.oauth_client.client_secret; context: Sentry event JSON", 9));
}

export { cases };
