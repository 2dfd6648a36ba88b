// Round twenty-four, second wave: what sits in a secret's slot but names or hides the secret. A secret
// manager's reference (1Password `op://`, Doppler, `sm://`, `akv://`, vals' `ref+…://`, `secretref:`)
// in any format, plain or percent-encoded, and a redaction marker or mask percent-encoded in a query, a
// form body or a header (`%5BREDACTED%5D`, `%5BFILTERED%5D`, `%2A%2A%2A…`). Positives: a real token beside
// a reference in a comment, tokens that merely start with `op`/`sm`/`vault`, and query values whose
// real characters are percent-encoded (`%2B`, `%2F`). Every credential-shaped value is built at run time.
import { builder, Rng, B64 } from "./_gen.ts";

const r = new Rng(0x24b0e7f1);
const b = builder({ category: "r24b-refs", expect: "secrets" });
const bb = builder({ category: "r24b-refs-benign" });
const enc = (s: string) => encodeURIComponent(s);
const form = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");
const b64 = (n: number) => {
  let v = r.str(n, B64);
  while (!/[+/]/.test(v) || !/\d/.test(v)) v = r.str(n, B64);
  return v;
};

bb.ben("r24b-ref-op-properties", "Spring .properties: a 1Password reference under a dotted key", `# application-staging.properties\nspring.application.name=billing\nbilling.stripeSecretKey=op://Staging/Stripe/secret key\nbilling.currency=EUR\n`);
bb.ben("r24b-ref-op-jvm", "JVM system property holding a 1Password reference", `exec java -Dserver.port=8080 -Dapp.mailgun.token=op://Ops/Mailgun/api-key -jar /srv/app.jar\n`);
bb.ben("r24b-ref-op-jvm-flag-after", "a 1Password reference ending in a secret word, the next -D option after it", `java -Dapp.twilio.token=op://Ops/Twilio/credential -Dspring.profiles.active=prod2 -Dserver.port=8443 -jar api.jar\n`);
bb.ben("r24b-ref-doppler-properties", "properties: a Doppler reference", `notify.slack.webhookSecret=doppler://platform-prod/SLACK_SIGNING_SECRET\nnotify.enabled=true\n`);
bb.ben("r24b-ref-sm-props", "Quarkus-style properties: an sm:// reference", `quarkus.datasource.password=sm://acme-prod-123/orders-db-password\nquarkus.datasource.username=orders\n`);
bb.ben("r24b-ref-akv-props", "properties: an Azure Key Vault reference", `azure.openai.apiKey=akv://kv-shared-weu/OpenAiApiKey\n`);
bb.ben("r24b-ref-vals-yaml", "Helm values with vals references", `grafana:\n  adminPassword: ref+awssecrets://prod/grafana#/admin\n  smtp:\n    apiToken: ref+gcpsecrets://acme-ops/sendgrid-token\n`);
bb.ben("r24b-ref-secretref-props", "properties: Azure Container Apps secretref", `app.twilioAuthToken=secretref:twilio-auth-token\n`);
bb.ben("r24b-ref-op-query", "a 1Password reference percent-encoded in a query", `GET https://config.internal/v2/resolve?name=pagerduty&routing_key=op%3A%2F%2FOnCall%2FPagerDuty%2Frouting%20key&format=json -> 200\n`);
bb.ben("r24b-ref-vals-form", "a vals reference in a form body", `POST /api/settings HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nsmtp_user=mailer&smtp_password=${form("ref+vault://secret/mail/smtp#password")}&tls=1\n`);
bb.ben("r24b-ref-doppler-header", "an encoded Doppler reference sent in a header", `> X-Upstream-Token: ${enc("doppler://edge/UPSTREAM_TOKEN")}\n> Accept: */*\n`);
bb.ben("r24b-mask-filtered-query", "Rails-style [FILTERED] marker percent-encoded in a logged query", `Started GET "/webhooks/verify?signing_secret=%5BFILTERED%5D&shop=north-store" for 10.0.4.17 at 2026-03-02 10:14:55 +0000\n`);
bb.ben("r24b-mask-masked-form", "[MASKED] in a form body", `grant_type=client_credentials&client_id=svc-reports&client_secret=${form("[MASKED]")}&scope=reports.read\n`);
bb.ben("r24b-mask-redacted-spaces", "bracketed marker with form-encoded blanks", `GET /v1/charges?limit=5&stripe_secret_key=${form("[redacted by gateway]")} 200 31ms\n`);
bb.ben("r24b-mask-stars-query", "asterisk mask percent-encoded", `curl -s "https://hooks.example.net/notify?access_token=%2A%2A%2A%2A%2A%2A%2A%2Aabcd&channel=ops"\n`);
bb.ben("r24b-mask-header", "a header whose value is an encoded redaction marker", `request headers: {"X-Auth-Token": "%5BREDACTED%5D", "Accept": "application/json"}\n`);
bb.ben("r24b-mask-double-bracket", "a double-bracketed marker, encoded", `[2026-01-09T08:00:12Z] GET /export?format=csv&api_secret=%5B%5Bhidden%5D%5D 403\n`);
bb.ben("r24b-mask-angle-plus", "angle-bracket placeholder with + for blanks", `GET /search?q=kittens&token=%3Cyour+api+token%3E\n`);

b.pos("r24b-pos-hex-beside-op", "a real Datadog key with a 1Password reference in the comment", `DD_API_KEY=${r.hex(32)}  # copied from op://Prod/Datadog/credential\nDD_SITE=datadoghq.eu\n`);
b.pos("r24b-pos-op-prefixed", "a token that begins with op", `app.search.token=op${r.alnum(34)}\n`);
b.pos("r24b-pos-vault-prefixed", "an env value that begins with vault", `VAULT_SECRET=vault${r.alnum(30)}\n`);
b.pos("r24b-pos-encoded-b64-query", "a base64 key percent-encoded in a query", `GET https://api.metrics.io/v1/push?api_key=${enc(b64(40) + "=")}&series=cpu\n`);
b.pos("r24b-pos-encoded-b64-form", "a client secret with %2B and %2F in a form body", `grant_type=client_credentials&client_id=etl-runner&client_secret=${enc(b64(44))}\n`);
b.pos("r24b-pos-encoded-header", "an encoded key in an X-Api-Key header", `X-Api-Key: ${enc(b64(40) + "=")}\nAccept: application/json\n`);
b.pos("r24b-pos-jvm-token-then-flag", "a real token as a -D option's value, another option after it", `java -Dapp.search.token=${r.alnum(36)} -Dserver.port=8443 -jar api.jar\n`);
b.pos("r24b-pos-hex-after-ref-props", "properties: a real key, the reference only in a comment", `# was op://Ops/Sentry/token, now inline\nsentry.auth.token=${r.hex(64)}\n`);

export const cases = [...b.cases, ...bb.cases];
