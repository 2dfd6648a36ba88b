// heldout-y113 / comms: chat, messaging, email and notification credentials (tokens and secret
// webhook URLs) leaking through logs and diagnostics.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, form, hand, b64, type Spec } from "./_gen.ts";

const g = new Gen(0x113a4);
const bearer = { header: "Authorization", scheme: "Bearer " };

const slackHook = (g: Gen) => g.j("https://hooks.slack.com/", "services/T", g.up(10), "/B", g.up(10), "/", g.a(24));
const discordHook = (g: Gen) => g.j("https://discord.com/api/", "webhooks/", g.d(19), "/", g.u(68));

const specs: Spec[] = [
  { provider: "Slack bot token", env: "SLACK_BOT_TOKEN", ...bearer, host: "slack-api.example.com", path: "/api/chat.postMessage", method: "POST", make: (g) => g.j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)) },
  { provider: "Slack user token", env: "SLACK_USER_TOKEN", ...bearer, host: "slack-api.example.com", path: "/api/conversations.history", make: (g) => g.j("xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)) },
  { provider: "Slack app-level token (Socket Mode)", env: "SLACK_APP_TOKEN", envOnly: true, make: (g) => g.j("xa", "pp-1-A", g.up(10), "-", g.d(13), "-", g.h(64)) },
  { provider: "Slack incoming webhook URL", env: "SLACK_WEBHOOK_URL", kind: "hook", make: slackHook, times: 2 },
  { provider: "Slack signing secret", env: "SLACK_SIGNING_SECRET", envOnly: true, make: (g) => g.h(32) },
  { provider: "Discord bot token", env: "DISCORD_BOT_TOKEN", header: "Authorization", scheme: "Bot ", host: "discord-api.example.com", path: "/api/v10/channels/1187/messages", method: "POST", make: (g) => g.j(b64(g.d(18)).replace(/=+$/, ""), ".", g.u(6), ".", g.u(38)) },
  { provider: "Discord webhook URL", env: "DISCORD_WEBHOOK_URL", kind: "hook", make: discordHook },
  {
    provider: "Telegram bot token (in request path)", env: "TELEGRAM_BOT_TOKEN", make: (g) => g.j(g.d(10), ":AA", g.u(33)),
    req: (g, v) => mkReq("POST", "tg-api.example.com", `/bot${v}/sendMessage`, [], [], JSON.stringify({ chat_id: -1000000000000 - g.range(1000, 9999), text: "deploy finished" })),
  },
  {
    provider: "Twilio auth token (basic auth with Account SID)", env: "TWILIO_AUTH_TOKEN", make: (g) => g.h(32),
    extra: (g) => [["TWILIO_ACCOUNT_SID", g.j("A", "C", g.h(32))]],
    req: (g, v) => { const sid = g.j("A", "C", g.h(32)); return mkReq("POST", "twilio-api.example.com", `/2010-04-01/Accounts/${sid}/Messages.json`, [["Authorization", basic(sid, v)]], [], form({ To: "+15005550006", From: "+15005550001", Body: "Your code is 481223" }), "application/x-www-form-urlencoded"); },
  },
  { provider: "Twilio API key secret", env: "TWILIO_API_SECRET", envOnly: true, make: (g) => g.a(32), extra: (g) => [["TWILIO_API_KEY", g.j("S", "K", g.h(32))]] },
  { provider: "SendGrid API key", env: "SENDGRID_API_KEY", ...bearer, path: "/v3/mail/send", method: "POST", make: (g) => g.j("S", "G.", g.u(22), ".", g.u(43)) },
  {
    provider: "Mailgun private API key", env: "MAILGUN_API_KEY", make: (g) => g.j(g.h(32), "-", g.h(8), "-", g.h(8)),
    req: (g, v) => mkReq("POST", "mailgun-api.example.com", "/v3/mg.example.com/messages", [["Authorization", basic("api", v)]], [], form({ from: "noreply@example.com", to: "ops@example.com", subject: "nightly report" }), "application/x-www-form-urlencoded"),
  },
  {
    provider: "Mailchimp API key", env: "MAILCHIMP_API_KEY", make: (g) => g.j(g.h(32), "-us", String(g.range(1, 21))),
    req: (g, v) => mkReq("GET", "us14.mailchimp-api.example.com", "/3.0/lists", [["Authorization", basic("anystring", v)]]),
  },
  { provider: "Postmark server token", env: "POSTMARK_SERVER_TOKEN", header: "X-Postmark-Server-Token", path: "/email", method: "POST", make: (g) => g.uuid() },
  { provider: "Brevo (Sendinblue) API key", env: "BREVO_API_KEY", header: "api-key", path: "/v3/smtp/email", method: "POST", make: (g) => g.j("xke", "ysib-", g.h(64), "-", g.a(16)) },
  { provider: "Resend API key", env: "RESEND_API_KEY", ...bearer, path: "/emails", method: "POST", make: (g) => g.j("r", "e_", g.a(8), "_", g.a(24)) },
  { provider: "SparkPost API key", env: "SPARKPOST_API_KEY", header: "Authorization", path: "/api/v1/transmissions", method: "POST", make: (g) => g.h(40) },
  {
    provider: "Mailjet secret key (basic auth with public key)", env: "MJ_APIKEY_PRIVATE", make: (g) => g.h(32),
    extra: (g) => [["MJ_APIKEY_PUBLIC", g.h(32)]],
    req: (g, v) => mkReq("POST", "mailjet-api.example.com", "/v3.1/send", [["Authorization", basic(g.h(32), v)]], [], JSON.stringify({ Messages: [{ To: [{ Email: "ops@example.com" }], Subject: "report" }] })),
  },
  {
    provider: "Plivo auth token", env: "PLIVO_AUTH_TOKEN", make: (g) => g.a(40), extra: (g) => [["PLIVO_AUTH_ID", g.j("MA", g.up(18))]],
    req: (g, v) => { const idv = g.j("MA", g.up(18)); return mkReq("POST", "plivo-api.example.com", `/v1/Account/${idv}/Message/`, [["Authorization", basic(idv, v)]], [], JSON.stringify({ src: "+14155550100", dst: "+14155550111", text: "ok" })); },
  },
  {
    provider: "Vonage API secret (query string)", env: "VONAGE_API_SECRET", make: (g) => g.a(16), extra: (g) => [["VONAGE_API_KEY", g.h(8)]],
    req: (g, v) => mkReq("GET", "rest.vonage-api.example.com", "/account/get-balance", [], [["api_key", g.h(8)], ["api_secret", v]]),
  },
  { provider: "MessageBird access key", env: "MESSAGEBIRD_API_KEY", header: "Authorization", scheme: "AccessKey ", path: "/messages", method: "POST", make: (g) => g.a(25) },
  { provider: "Infobip API key", env: "INFOBIP_API_KEY", header: "Authorization", scheme: "App ", path: "/sms/2/text/advanced", method: "POST", make: (g) => g.j(g.h(32), "-", g.uuid()) },
  { provider: "Africa's Talking API key", env: "AT_API_KEY", header: "apiKey", path: "/version1/messaging", method: "POST", make: (g) => g.j("at", "sk_", g.h(64)) },
  {
    provider: "Ably API key (keyName:secret, basic auth)", env: "ABLY_API_KEY", make: (g) => g.j(g.a(6), ".", g.a(6), ":", g.u(43)),
    req: (g, v) => mkReq("POST", "rest.ably-api.example.com", "/channels/deploys/messages", [["Authorization", "Basic " + b64(v)]], [], JSON.stringify({ name: "deploy", data: "done" })),
  },
  { provider: "LINE Messaging API channel access token", env: "LINE_CHANNEL_ACCESS_TOKEN", ...bearer, path: "/v2/bot/message/push", method: "POST", make: (g) => g.b(171) + "=" },
  { provider: "Intercom access token", env: "INTERCOM_ACCESS_TOKEN", ...bearer, path: "/conversations", method: "POST", make: (g) => g.j("dG9y", "Oj", g.b(54), "=") },
  { provider: "Microsoft Teams incoming webhook URL", env: "TEAMS_WEBHOOK_URL", kind: "hook", make: (g) => `https://acme.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.h(32)}/${g.uuid()}/V2${g.u(43)}` },
  { provider: "Google Chat space webhook URL", env: "GOOGLE_CHAT_WEBHOOK", kind: "hook", make: (g) => `https://chat.googleapis.com/v1/spaces/AAAA${g.u(7)}/messages?key=${g.j("AI", "za", g.u(35))}&token=${g.u(43)}%3D` },
  { provider: "Mattermost incoming webhook URL", env: "MATTERMOST_WEBHOOK_URL", kind: "hook", make: (g) => `https://chat.example.com/hooks/${g.lo(26)}` },
  { provider: "OneSignal REST API key", env: "ONESIGNAL_REST_API_KEY", header: "Authorization", scheme: "Key ", path: "/notifications", method: "POST", make: (g) => g.j("os", "_v2_app_", g.str(110, "abcdefghijklmnopqrstuvwxyz234567")) },
  { provider: "Firebase Cloud Messaging legacy server key", env: "FCM_SERVER_KEY", header: "Authorization", scheme: "key=", path: "/fcm/send", method: "POST", make: (g) => g.j("AAAA", g.u(7), ":APA91b", g.u(134)) },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "comms", group: "comms", start: 9 });
let n = cases.length;
const id = () => `y113-comms-${String(++n).padStart(3, "0")}`;

{
  const pw = g.a(16);
  cases.push(hand(g, id(), "comms", [
    "$ docker compose logs mailer --tail 8",
    `mailer-1  | ${g.clock().iso(3)} DEBUG nodemailer: Creating transport: nodemailer (6.9.13; +https://nodemailer.com/; SMTP/6.9.13[client:6.9.13])`,
    `mailer-1  | transport options: { host: 'smtp.example.com', port: 587, secure: false, auth: { user: 'postmaster@mg.example.com', pass: '${pw}' } }`,
    "mailer-1  | Error: Invalid login: 535 Authentication failed",
    "mailer-1  |     at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)",
  ].join("\n"), "SMTP relay password; slot nodemailer auth.pass; context: docker compose logs (transport options dump)", 3));
}
{
  const hook = slackHook(g);
  const k = g.clock();
  cases.push(hand(g, id(), "comms", [
    "#!/bin/bash -eo pipefail",
    "if [ \"$CIRCLE_BRANCH\" = main ]; then ./ci/notify.sh; fi",
    `+ WEBHOOK=${hook}`,
    `+ curl -sS -X POST -H 'Content-type: application/json' --data '{"text":"build ${g.range(1000, 9999)} failed"}' ${hook}`,
    "invalid_token",
    "",
    "Exited with code exit status 1",
    `(${k.iso(3)})`,
  ].join("\n"), "Slack incoming webhook URL; slot curl target / WEBHOOK var; context: CircleCI step set -x trace", 6));
}
{
  const tok = g.j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24));
  cases.push(hand(g, id(), "comms", [
    "Traceback (most recent call last):",
    "  File \"/app/bot/main.py\", line 31, in <module>",
    "    app.start()",
    "  File \"/usr/local/lib/python3.11/site-packages/slack_bolt/app/app.py\", line 412, in __init__",
    "    self._init_middleware_list_done = False",
    "slack_bolt.error.BoltError: token is invalid",
    "",
    "-- locals in __init__ --",
    `  token = '${tok}'`,
    "  signing_secret = None",
    `  client_id = '${g.d(12)}.${g.d(13)}'`,
  ].join("\n"), "Slack bot token; slot locals token; context: Python traceback with locals (slack_bolt)", 0));
}

export { cases };
