// heldout-y120 handcrafted positives: key material, credential files, CLI/tool-call commands,
// OAuth exchanges and webhook registrations. All values assembled at run time (one seed).
import type { CorpusCase } from "../types.ts";
import { Gen, p, WRAPPERS, type Group } from "./_gen.ts";

const g = new Gen(0x120c0003);

const RSA_PKCS8 = [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
const RSA_PKCS1 = [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
const LBL_PRIV = ["PRIVATE", "KEY"].join(" ");
const LBL_RSA = ["RSA", "PRIVATE", "KEY"].join(" ");

function ecP8(): string {
  const der = Buffer.concat([
    Buffer.from([0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x6d, 0x30, 0x6b, 0x02, 0x01, 0x01, 0x04, 0x20]),
    Buffer.from(g.bytes(32)),
    Buffer.from([0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]),
    Buffer.from(g.bytes(64)),
  ]).toString("base64");
  return [`-----BEGIN ${LBL_PRIV}-----`, ...(der.match(/.{1,64}/g) ?? []), `-----END ${LBL_PRIV}-----`].join("\n");
}
const rsa8 = () => g.pem(LBL_PRIV, RSA_PKCS8, 1180);
const rsa1 = () => g.pem(LBL_RSA, RSA_PKCS1, 1180);

function openssh(): string {
  const enc = (s: string) => { const b = Buffer.from(s); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
  const pub = Buffer.from(g.bytes(32));
  const pubBlob = Buffer.concat([enc("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), pub]);
  const l = Buffer.alloc(4); l.writeUInt32BE(pubBlob.length);
  const check = Buffer.from(g.bytes(4));
  const priv = Buffer.concat([check, check, pubBlob, Buffer.from([0, 0, 0, 64]), Buffer.from(g.bytes(32)), pub, enc("ci@mobile-build"), Buffer.from([1, 2, 3, 4, 5])]);
  const pl = Buffer.alloc(4); pl.writeUInt32BE(priv.length);
  const all = Buffer.concat([Buffer.from("openssh-key-v1\0"), enc("none"), enc("none"), Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]), l, pubBlob, pl, priv]).toString("base64");
  const lbl = ["OPENSSH", "PRIVATE", "KEY"].join(" ");
  return [`-----BEGIN ${lbl}-----`, ...(all.match(/.{1,70}/g) ?? []), `-----END ${lbl}-----`].join("\n");
}

const wrap = (i: number, file: string, lang: string, body: string, prompt: string) => WRAPPERS[i % WRAPPERS.length]!.wrap(g, file, lang, body, prompt);
const gho = () => p("gh", "o_", g.an(36));
const googleClientId = () => `${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com`;
const gocspx = () => p("GO", "CSPX-", g.us(28));
const refresh = () => p("1/", "/0", g.pick(["9", "e", "g"]), g.us(100));

interface H { short: string; group: Group; note: string; text: () => string }

const H: H[] = [
  {
    short: "firebase-admin-sa", group: "keys", note: "Firebase Admin SDK service account JSON (private_key, PKCS#8 RSA) pasted into an OpenAI chat body",
    text: () => wrap(0, "functions/serviceAccountKey.json", "json", JSON.stringify({ type: "service_account", project_id: "tidewater-prod", private_key_id: g.hex(40), private_key: rsa8() + "\n", client_email: "firebase-adminsdk-x1y2z@tidewater-prod.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", universe_domain: "googleapis.com" }, null, 2), "Cloud Functions deploy says the credential is invalid, here is the key file I'm using."),
  },
  {
    short: "play-sa-fastlane", group: "keys", note: "Google Play publisher service account JSON inlined as json_key_data in fastlane Appfile, sent as a gist",
    text: () => wrap(9, "fastlane/Appfile", "ruby", `json_key_data(<<~JSON)\n${JSON.stringify({ type: "service_account", project_id: "pc-api-6021", private_key_id: g.hex(40), private_key: rsa8() + "\n", client_email: "play-publisher@pc-api-6021.iam.gserviceaccount.com", client_id: g.dig(21) })}\nJSON\npackage_name("com.example.parcelly")`, "Appfile for supply"),
  },
  {
    short: "asc-p8-fastfile", group: "keys", note: "App Store Connect API key .p8 (EC PKCS#8) as key_content in Fastfile, Anthropic tool_use write_file",
    text: () => wrap(2, "fastlane/Fastfile", "ruby", `lane :release do\n  api_key = app_store_connect_api_key(\n    key_id: "${g.up(10)}",\n    issuer_id: "${g.uuid()}",\n    key_content: "${ecP8().replace(/\n/g, "\\n")}",\n    in_house: false\n  )\n  upload_to_app_store(api_key: api_key, skip_metadata: true)\nend`, "Inline the App Store Connect key so CI doesn't need the file."),
  },
  {
    short: "apns-p8-node", group: "keys", note: "APNs token-auth .p8 key (EC PKCS#8) in a Node push server config, Anthropic messages body",
    text: () => wrap(1, "push/apns.ts", "ts", `import apn from "@parse/node-apn";\n\nexport const provider = new apn.Provider({\n  token: {\n    key: \`${ecP8()}\`,\n    keyId: "${g.up(10)}",\n    teamId: "${g.up(10)}",\n  },\n  production: true,\n});`, "Push notifications stopped on iOS, is this provider set up right?"),
  },
  {
    short: "github-app-pem-env", group: "keys", note: "GitHub App private key (PKCS#1 RSA) as one-line PRIVATE_KEY in a Probot .env, posted to the issue tracker",
    text: () => wrap(4, ".env", "bash", `APP_ID=${g.dig(6)}\nWEBHOOK_SECRET=${g.hex(40)}\nPRIVATE_KEY="${rsa1().replace(/\n/g, "\\n")}"\nLOG_LEVEL=debug`, "Probot app fails to authenticate as installation."),
  },
  {
    short: "openssh-match-deploy", group: "keys", note: "OpenSSH ed25519 private key (deploy key for the fastlane match repo) in a Jira issue",
    text: () => wrap(5, "~/.ssh/match_deploy", "text", openssh(), "CI cannot clone the certificates repo with this deploy key."),
  },
  {
    short: "keystore-gh-secret", group: "keys", note: "Android upload keystore (PKCS#12, base64) set with gh secret set, in OpenAI tool_calls arguments",
    text: () => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "Add the signing secrets to the repo." }, { role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `gh secret set ANDROID_KEYSTORE_BASE64 --repo acme/parcelly-android --body "${Buffer.concat([Buffer.from([0x30, 0x82, 0x0a, 0x5e, 0x02, 0x01, 0x03, 0x30, 0x82, 0x0a, 0x18, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]), Buffer.from(g.bytes(1300))]).toString("base64")}" && gh secret set ANDROID_KEYSTORE_PASSWORD --body '${g.pw(18)}'` }) } }] }] }),
  },
  {
    short: "p12-codemagic", group: "keys", note: "iOS distribution certificate .p12 (base64) plus its password in codemagic.yaml, paste site raw body",
    text: () => wrap(8, "codemagic.yaml", "yaml", `environment:\n  vars:\n    CM_CERTIFICATE: ${Buffer.concat([Buffer.from([0x30, 0x82, 0x0c, 0x71, 0x02, 0x01, 0x03, 0x30, 0x82, 0x0c, 0x37, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]), Buffer.from(g.bytes(900))]).toString("base64")}\n    CM_CERTIFICATE_PASSWORD: ${g.pw(16)}\n    CM_PROVISIONING_PROFILE: $PROFILE_B64`, ""),
  },
  {
    short: "jwk-private", group: "keys", note: "RSA private JWK (d/p/q/dp/dq/qi) for the OIDC signing key, Gemini generateContent body",
    text: () => wrap(11, "keys/oidc-signing.jwk.json", "json", JSON.stringify({ kty: "RSA", kid: g.hex(16), use: "sig", alg: "RS256", n: g.b64url(256), e: "AQAB", d: g.b64url(256), p: g.b64url(128), q: g.b64url(128), dp: g.b64url(128), dq: g.b64url(128), qi: g.b64url(128) }, null, 2), "Is this JWK valid for signing ID tokens?"),
  },
  {
    short: "wireguard-mobile", group: "keys", note: "WireGuard client config (Interface PrivateKey) for the mobile VPN profile, chat postMessage",
    text: () => wrap(6, "mobile-vpn.conf", "ini", `[Interface]\nPrivateKey = ${g.b64(32)}\nAddress = 10.66.0.7/32\nDNS = 10.66.0.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0`, "QA can't connect on Android with this profile"),
  },
  {
    short: "age-sops-keys", group: "keys", note: "age secret key (SOPS keys.txt) pasted to a Discord channel",
    text: () => wrap(12, "~/.config/sops/age/keys.txt", "text", `# created: 2024-10-02T11:20:41+02:00\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${p("AGE-SECRET-", "KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}`, "which of these goes into .sops.yaml?"),
  },
  {
    short: "pgp-release-signing", group: "keys", note: "PGP private key block (F-Droid release signing) in a GitHub issue body",
    text: () => { const b = Buffer.concat([Buffer.from([0x94, 0x58, 0x04]), Buffer.from(g.bytes(340))]).toString("base64"); const lbl = ["PGP", "PRIVATE", "KEY", "BLOCK"].join(" "); return wrap(4, "release-signing.asc", "text", [`-----BEGIN ${lbl}-----`, "", ...(b.match(/.{1,64}/g) ?? []), `=${g.b64(3)}`, `-----END ${lbl}-----`].join("\n"), "Signing step fails with 'no secret key'."); },
  },
  {
    short: "siwa-client-secret", group: "auth", note: "Sign in with Apple client_secret (ES256 JWT) in a logged token-exchange form body, OpenAI chat body",
    text: () => wrap(0, "server.log", "text", `2024-11-05T10:02:11Z DEBUG oauth.apple POST /auth/token body=client_id=com.example.routewise.signin&client_secret=${g.jwt({ alg: "ES256", kid: g.up(10) }, { iss: g.up(10), iat: 1730800000, exp: 1746352000, aud: "https://appleid.apple.com", sub: "com.example.routewise.signin" }, 64)}&grant_type=authorization_code&code=c${g.hex(32)}.0.r${g.lo(4)}.${g.us(22)}&redirect_uri=https%3A%2F%2Fapi.example.com%2Fauth%2Fapple\n2024-11-05T10:02:11Z WARN  oauth.apple response=400 {"error":"invalid_client"}`, "Why does Apple return invalid_client?"),
  },
  {
    short: "google-token-response", group: "auth", note: "Google OAuth token endpoint response (access_token + refresh_token) pasted into an Anthropic message",
    text: () => wrap(1, "token-response.json", "json", JSON.stringify({ access_token: p("ya", "29.", "a0A", g.us(170)), expires_in: 3599, refresh_token: refresh(), scope: "https://www.googleapis.com/auth/drive.file openid", token_type: "Bearer", id_token_present: true }, null, 2), "I got this back from the exchange; how do I store it for the Zapier-style sync?"),
  },
  {
    short: "google-refresh-curl", group: "auth", note: "curl refresh_token grant with client_secret and refresh_token, OpenAI tool_calls shell",
    text: () => JSON.stringify({ model: "gpt-4o", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ cmd: `curl -s https://oauth2.example.com/token -d grant_type=refresh_token -d client_id=${googleClientId()} -d client_secret=${gocspx()} -d refresh_token=${refresh()}` }) } }] }] }),
  },
  {
    short: "basic-client-creds", group: "auth", note: "Authorization: Basic base64(client_id:client_secret) in a Postman 'Copy as cURL' client_credentials call, GitHub issue",
    text: () => { const cid = g.an(22); const cs = g.us(40); return wrap(4, "token.sh", "bash", `curl --location 'https://auth.example.com/oauth2/token' \\\n--header 'Content-Type: application/x-www-form-urlencoded' \\\n--header 'Authorization: Basic ${Buffer.from(`${cid}:${cs}`).toString("base64")}' \\\n--data-urlencode 'grant_type=client_credentials' \\\n--data-urlencode 'scope=orders.read'`, "Token call works in Postman but not from the Lambda."); },
  },
  {
    short: "insomnia-oauth2", group: "auth", note: "Insomnia request with oauth2 authentication block (clientSecret), Linear issue description",
    text: () => wrap(10, "insomnia.json", "json", JSON.stringify({ _type: "request", name: "Get profile", method: "GET", url: "{{ base_url }}/v1/me", authentication: { type: "oauth2", grantType: "authorization_code", authorizationUrl: "https://auth.example.com/authorize", accessTokenUrl: "https://auth.example.com/oauth/token", clientId: g.an(32), clientSecret: g.us(64), scope: "openid profile offline_access", usePkce: true } }, null, 2), "Auth code flow in Insomnia returns invalid_grant"),
  },
  {
    short: "bruno-oauth2", group: "auth", note: "Bruno collection auth:oauth2 block with client_secret, paste site form post",
    text: () => wrap(7, "collection.bru", "text", `auth {\n  mode: oauth2\n}\n\nauth:oauth2 {\n  grant_type: client_credentials\n  access_token_url: https://login.example.com/oauth2/v2.0/token\n  client_id: ${g.uuid()}\n  client_secret: ${p(g.an(3), "8Q", "~", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-"))}\n  scope: https://graph.example.com/.default\n}`, ""),
  },
  {
    short: "stripe-listen-output", group: "payment", note: "stripe listen output with the webhook signing secret, pasted in a chat postMessage",
    text: () => wrap(6, "terminal", "text", `$ stripe listen --forward-to localhost:3000/api/webhooks/stripe\n> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is ${p("wh", "sec_", g.hex(64))} (^C to quit)\n2024-11-05 10:14:22   --> checkout.session.completed [evt_${g.an(24)}]\n2024-11-05 10:14:22  <--  [400] POST http://localhost:3000/api/webhooks/stripe [evt_${g.an(24)}]`, "Signature verification keeps failing locally"),
  },
  {
    short: "shopify-app-env-show", group: "payment", note: "shopify app env show output (SHOPIFY_API_SECRET) in an OpenAI chat body",
    text: () => wrap(0, "terminal", "text", `$ shopify app env show\n\n    SHOPIFY_API_KEY=${g.hex(32)}\n    SHOPIFY_API_SECRET=${p("sh", "pss_", g.hex(32))}\n    SCOPES=write_products,read_orders`, "How do I get these into Fly secrets?"),
  },
  {
    short: "stripe-connect-oauth", group: "payment", note: "Stripe Connect OAuth token response (access_token sk_live, refresh_token rt_) in an Anthropic message",
    text: () => wrap(1, "connect-response.json", "json", JSON.stringify({ access_token: p("sk", "_live_", "51", g.an(97)), livemode: true, refresh_token: p("rt", "_", g.an(48)), token_type: "bearer", stripe_publishable_key: "pk_live_<omitted>", stripe_user_id: `acct_${g.an(16)}`, scope: "read_write" }, null, 2), "Where should I persist this for the connected account?"),
  },
  {
    short: "verify-receipt", group: "payment", note: "App Store verifyReceipt request body with the app shared secret in password, Jira issue",
    text: () => wrap(5, "verify-receipt.json", "json", JSON.stringify({ "receipt-data": g.b64(600), password: g.hex(32), "exclude-old-transactions": true }), "Sandbox receipt validation returns 21004"),
  },
  {
    short: "eas-secret-create", group: "observability", note: "eas secret:create with a Sentry org auth token value, Anthropic tool_use bash",
    text: () => { const id = `toolu_01${g.an(22)}`; return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: "Wire Sentry source maps into EAS builds." }, { role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command: `eas secret:create --scope project --name SENTRY_AUTH_TOKEN --type string --value ${p("sntr", "ys_", Buffer.from(JSON.stringify({ iat: 1730000000, url: "https://sentry.io", region_url: "https://de.sentry.io", org: "acme" })).toString("base64").replace(/=+$/, ""), "_", g.an(43))}` } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "✔ Created a new secret SENTRY_AUTH_TOKEN on project @acme/tidewater." }] }] }); },
  },
  {
    short: "netlify-env-set", group: "payment", note: "netlify env:set STRIPE_SECRET_KEY in OpenAI tool_calls shell arguments",
    text: () => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "shell", arguments: JSON.stringify({ command: ["netlify", "env:set", "STRIPE_SECRET_KEY", p("sk", "_live_", "51", g.an(97)), "--context", "production"] }) } }] }] }),
  },
  {
    short: "wrangler-secret-put", group: "comms", note: "echo xoxb token | wrangler secret put SLACK_BOT_TOKEN, Gemini body",
    text: () => wrap(11, "deploy.sh", "bash", `echo "${p("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.an(24))}" | npx wrangler secret put SLACK_BOT_TOKEN --env production\nnpx wrangler deploy --env production`, "Slack events worker deploy script — can you make it idempotent?"),
  },
  {
    short: "supabase-secrets-set", group: "ai", note: "supabase secrets set OPENAI_API_KEY=... for an edge function, paste raw body",
    text: () => wrap(8, "setup.sh", "bash", `supabase link --project-ref ${g.str(20, "abcdefghijklmnopqrstuvwxyz")}\nsupabase secrets set OPENAI_API_KEY=${p("sk-", "proj-", g.us(64), "T3Blbk", "FJ", g.us(64))}\nsupabase functions deploy summarize`, ""),
  },
  {
    short: "npmrc", group: "devtools", note: ".npmrc with registry.npmjs.org _authToken (npm_), gist create",
    text: () => wrap(9, ".npmrc", "ini", `@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${p("np", "m_", g.an(36))}\nauto-install-peers=true`, "npmrc for the RN monorepo"),
  },
  {
    short: "docker-config", group: "devtools", note: "docker config.json auths for index.docker.io with base64 user:dckr_pat, Discord message",
    text: () => wrap(12, "~/.docker/config.json", "json", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmeci:${p("dc", "kr_pat_", g.us(27))}`).toString("base64") } }, credsStore: "" }, null, 2), "Runner can't pull the private base image"),
  },
  {
    short: "netrc", group: "devtools", note: ".netrc machine entry with a GitLab PAT as password, GitHub issue",
    text: () => wrap(4, "~/.netrc", "text", `machine git.example.com\n  login ci-mobile\n  password ${p("gl", "pat-", g.us(20))}\nmachine maven.example.com login deploy password ${g.pw(20)}`, "Gradle can't resolve the private Maven repo"),
  },
  {
    short: "git-remote-token", group: "devtools", note: "git remote URL embedding an installation token (ghs_), Jira issue",
    text: () => wrap(5, "terminal", "text", `$ git remote -v\norigin\thttps://x-access-token:${p("gh", "s_", g.an(36))}@git.example.com/acme/routewise-ios.git (fetch)\norigin\thttps://x-access-token:<same>@git.example.com/acme/routewise-ios.git (push)\n$ git push\nremote: Permission to acme/routewise-ios.git denied.`, "Push denied from the release workflow"),
  },
  {
    short: "ngrok-authtoken", group: "devtools", note: "ngrok config add-authtoken for webhook testing, chat postMessage",
    text: () => wrap(6, "terminal", "bash", `ngrok config add-authtoken ${p("2", g.an(26), "_", g.an(21), g.an(12))}\nngrok http 3000 --domain=hooks-dev.example.test`, "Share tunnel for the Shopify webhook test"),
  },
  {
    short: "github-hook-create", group: "devtools", note: "GitHub repository webhook create call with config.secret, outbound request body",
    text: () => `POST https://git.example.com/api/v3/repos/acme/mobile-app/hooks\nContent-Type: application/json\n\n` + JSON.stringify({ name: "web", active: true, events: ["push", "pull_request"], config: { url: "https://hooks.example.com/github", content_type: "json", insecure_ssl: "0", secret: g.hex(40) } }),
  },
  {
    short: "typeform-webhook", group: "saas", note: "Typeform webhook registration PUT body with secret, outbound request",
    text: () => `PUT https://forms.example.com/forms/${g.an(8)}/webhooks/crm-sync\nContent-Type: application/json\n\n` + JSON.stringify({ url: "https://n8n.example.com/webhook/typeform-leads", enabled: true, verify_ssl: true, secret: g.us(32) }),
  },
  {
    short: "kotlin-split-webhook", group: "comms", note: "Slack incoming webhook URL split across Kotlin string concatenation, OpenAI chat body",
    text: () => wrap(0, "app/src/main/java/com/example/sprout/Alerts.kt", "kotlin", `object Alerts {\n    private const val HOOK =\n        "https://hooks.slack.com/services/" +\n        "T0${g.up(9)}/B0${g.up(9)}/" +\n        "${g.an(24)}"\n\n    fun crash(msg: String) = post(HOOK, """{"text":"$msg"}""")\n}`, "Is it ok to report crashes like this from the app?"),
  },
  {
    short: "slack-oauth-access", group: "comms", note: "Slack oauth.v2.access response (bot access_token) pasted into Anthropic messages",
    text: () => wrap(1, "oauth-response.json", "json", JSON.stringify({ ok: true, app_id: `A0${g.up(9)}`, authed_user: { id: `U0${g.up(9)}` }, scope: "chat:write,commands,incoming-webhook", token_type: "bot", access_token: p("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.an(24)), bot_user_id: `U0${g.up(9)}`, team: { id: `T0${g.up(9)}`, name: "Acme" }, is_enterprise_install: false }, null, 2), "Install finished — which of these do I save?"),
  },
];

export const cases: CorpusCase[] = H.map((h, i) => ({
  id: `y120-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty120-sec-${h.group}`,
  label: "positive",
  text: h.text(),
  note: `${h.short}: ${h.note}`,
}));
