// Round twenty-five (held-out Y102, Y104): a Slack incoming webhook's `/services/T…/B…/<24>` path or a Teams
// webhook's `/webhookb2/<tenant>@<tenant>/IncomingWebhook/…` path or a Discord webhook's
// `/api/webhooks/<snowflake>/<68-character token>` path on a host other than the provider's (a
// relay, a gateway, a renamed host): the path carries the token. Benign: docs' placeholders in the path,
// ordinary `/services/` URLs, a Teams path without its ids. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x25a008);
const b = builder({ category: "r25-webhook-any-host" });
const bb = builder({ category: "r25-webhook-any-host-benign" });
const up = (n: number) => r.str(n, UPPER + DIGITS);
const slack = (host: string) => `https://${host}/services/T${up(9)}/B${up(10)}/${r.alnum(24)}`;
const discord = (host: string) => `https://${host}/api/webhooks/${r.digits(19)}/${r.b64url(68)}`;
const teams = (host: string) => `https://${host}/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}`;

b.pos("r25-hook-relay", "a Slack path behind a relay in .env", `SLACK_WEBHOOK_URL=${slack("hooks.relay.example.net")}\n`);
b.pos("r25-hook-gov", "a Slack path on a gov host in JSON", JSON.stringify({ alerts: { url: slack("hooks.slack-gov.example") } }));
b.pos("r25-hook-escaped", "a Slack path in a doubly escaped tool call", JSON.stringify({ input: { content: JSON.stringify({ hook: slack("hooks.example.com") }) } }));
b.pos("r25-hook-teams-gw", "a Teams path on a gateway host", `export TEAMS_WEBHOOK="${teams("contoso.gateway.example.org")}"\n`);
b.pos("r25-hook-teams-yaml", "a Teams path in YAML", `notify:\n  teams: ${teams("acme.webhook.example.com")}/V2${r.alnum(40)}\n`);
b.pos("r25-hook-http-port", "a Slack path on an internal http host with a port", `curl -X POST -d '{"text":"hi"}' http://10.0.3.7:8080/services/T${up(10)}/B${up(11)}/${r.alnum(24)}\n`);

b.pos("r25-hook-discord-props", "a Discord path on a renamed host in Java properties", `app.alerts.discord=${discord("discord.example.com")}\n`);
b.pos("r25-hook-discord-relay", "a Discord path behind a relay in a JSON config", JSON.stringify({ notifier: { kind: "discord", url: discord("relay.example.net") } }));
b.pos("r25-hook-discord-curl", "a Discord path in a curl command on an internal host", `curl -H 'Content-Type: application/json' -d '{"content":"deploy done"}' http://10.1.2.3:9000/api/webhooks/${r.digits(18)}/${r.b64url(68)}\n`);

bb.ben("r25-hook-ben-discord-doc", "a Discord path with placeholders", `DISCORD_WEBHOOK=https://discord.example.com/api/webhooks/{webhook.id}/{webhook.token}\n`);
bb.ben("r25-hook-ben-webhooks-api", "an app's own webhooks API with a numeric id", `GET https://api.example.com/api/webhooks/1234567/deliveries?per_page=50\n`);
bb.ben("r25-hook-ben-webhooks-uuid", "a webhooks API path with a UUID and a short action", `POST https://hooks.example.org/api/webhooks/${r.uuid()}/redeliver\n`);
bb.ben("r25-hook-ben-docs", "documentation's placeholder path", `Set SLACK_WEBHOOK_URL=https://hooks.example.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\n`);
bb.ben("r25-hook-ben-services", "an ordinary services URL", `GET https://api.example.net/services/Tickets/BulkExport/summary?page=2\n`);
bb.ben("r25-hook-ben-k8s", "a Kubernetes services path", `https://k8s.example.net/api/v1/namespaces/default/services/TRAEFIK/proxy/\n`);
bb.ben("r25-hook-ben-teams-doc", "a Teams path with placeholders", `https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<connector-id>/<owner-id>\n`);
bb.ben("r25-hook-ben-short", "a services path with short segments", `https://status.example.org/services/T1/B2/overview\n`);
bb.ben("r25-hook-ben-lower", "lower-case ids in a services path", `https://wiki.example.org/services/team-alpha/backend-oncall/runbook\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
