// Round thirty-three (fix33h, Y143 y143-c-054): a credential-bearing URL whose host and path a log
// or dump writes apart. An HTTP client's debug log or a capture prints the request line's path
// (urllib3's `https://host:443 "POST /api/webhooks/… HTTP/1.1" 200`, curl -v's `> POST /… HTTP/2`
// after `Connected to host`, a wire log's `>> "POST …"` before its Host header); an access log or a
// Go/Node log line gives the path alone. Webhook and bot URLs (Discord, Slack, Teams, Mattermost,
// Netlify build hooks, Feishu) are found with the host joined back, or by their path's own shape
// when no host is written. Benign: the same paths with placeholders or ids only, other request lines.
import type { CorpusCase } from "../types.ts";
import { B64URL, builder, DIGITS, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x33f801);
const b = builder({ category: "r33-fix33h-request-line-url" });
const bb = builder({ category: "r33-fix33h-request-line-url-benign" });
const snowflake = () => r.digits(19);
const discordPath = () => `/api/webhooks/${snowflake()}/${r.str(68, B64URL)}`;
const slackPath = () => `/services/T${r.str(10, UPPER + DIGITS)}/B${r.str(10, UPPER + DIGITS)}/${r.alnum(24)}`;
const teamsPath = () => `/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}`;
const mmHook = () => r.str(26, "abcdefghijklmnopqrstuvwxyz0123456789");
const ts = "2025-03-11 08:14:02";

b.pos("r33h-url-urllib3-discord", "urllib3 debug log: origin and request line on one line",
  `${ts},101 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): discord.com:443\n${ts},388 DEBUG urllib3.connectionpool https://discord.com:443 "POST ${discordPath()}?wait=true HTTP/1.1" 200 911\n`, undefined, "discord-webhook");
b.pos("r33h-url-curl-slack", "curl -v transcript, Host header below the request line",
  `*   Trying 34.226.36.50:443...\n* Connected to hooks.slack.com (34.226.36.50) port 443\n> POST ${slackPath()} HTTP/2\n> Host: hooks.slack.com\n> user-agent: curl/8.5.0\n> content-type: application/json\n>\n< HTTP/2 200\n`, undefined, "slack-webhook");
b.pos("r33h-url-nginx-teams", "nginx access log on a relay: the path alone",
  `10.20.0.7 - - [11/Mar/2025:08:14:02 +0000] "POST ${teamsPath()} HTTP/1.1" 200 1 "-" "Go-http-client/1.1"\n`, undefined, "teams-webhook");
b.pos("r33h-url-go-discord", "Go service log: method and path, host in a field",
  `time=2025-03-11T08:14:02Z level=DEBUG msg="outgoing request" method=POST path=${discordPath()} host=discord.com status=204\n`, undefined, "discord-webhook");
b.pos("r33h-url-wire-mattermost", "Apache HttpClient wire log, Host header after the request line",
  `DEBUG org.apache.http.wire - http-outgoing-3 >> "POST /hooks/${mmHook()} HTTP/1.1[\\r][\\n]"\nDEBUG org.apache.http.wire - http-outgoing-3 >> "Host: chat.ops.example-corp.net[\\r][\\n]"\nDEBUG org.apache.http.wire - http-outgoing-3 >> "Content-Type: application/json[\\r][\\n]"\n`, undefined, "chat-incoming-webhook");
b.pos("r33h-url-raw-netlify", "raw HTTP/1.1 request dump of a build hook",
  `POST /build_hooks/${r.hex(24)} HTTP/1.1\r\nHost: api.netlify.com\r\nUser-Agent: python-httpx/0.27.2\r\nContent-Length: 0\r\n\r\n`, undefined, "deploy-hook-url");
b.pos("r33h-url-node-feishu", "Node debug (NODE_DEBUG=http) with the host before the request",
  `HTTP 41822: call onSocket 0 0\nHTTP 41822: createConnection open.feishu.cn:443:::::::::::::::::::::\nHTTP 41822: sockets open.feishu.cn:443: 1\n> POST /open-apis/bot/v2/hook/${r.uuid()} HTTP/1.1\n> Host: open.feishu.cn\n`, undefined, "feishu-webhook");

bb.ben("r33h-url-placeholder-discord", "docs request line with placeholders",
  `POST /api/webhooks/{webhook.id}/{webhook.token} HTTP/1.1\nHost: discord.com\nContent-Type: application/json\n`);
bb.ben("r33h-url-id-only-discord", "Discord API log with the webhook id only",
  `${ts},388 DEBUG urllib3.connectionpool https://discord.com:443 "GET /api/webhooks/${snowflake()} HTTP/1.1" 401 52\n`);
bb.ben("r33h-url-slack-masked", "Slack hook path masked in an access log",
  `10.20.0.7 - - [11/Mar/2025:08:14:02 +0000] "POST /services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX HTTP/1.1" 200 2 "-" "curl/8.5.0"\n`);
bb.ben("r33h-url-rest-ids", "REST request lines with object ids and a Host header",
  `> GET /api/v2/projects/${r.digits(6)}/hooks/${r.digits(7)} HTTP/2\n> Host: gitlab.example.com\n> accept: application/json\n< HTTP/2 200\n`);
bb.ben("r33h-url-github-delivery", "a webhook receiver's own access log (no credential in the path)",
  `POST /webhooks/github HTTP/1.1\nHost: ci.example.org\nX-GitHub-Delivery: ${r.uuid()}\nX-Hub-Signature-256: sha256=${r.hex(64)}\n`);
bb.ben("r33h-url-teams-template", "Teams URL template in a runbook's request line",
  `POST /webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<connector-id>/<owner-id> HTTP/1.1\nHost: contoso.webhook.office.com\n`);
bb.ben("r33h-url-urllib3-plain", "urllib3 log of ordinary API calls",
  `${ts},101 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.github.com:443\n${ts},388 DEBUG urllib3.connectionpool https://api.github.com:443 "GET /repos/acme/widgets/commits/${r.hex(40)} HTTP/1.1" 200 5120\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
