// heldout-y113 / observability: monitoring, logging, alerting and APM credentials leaking through
// logs and diagnostics (often from the telemetry pipeline itself).
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, hand, b64, b64url, type Spec } from "./_gen.ts";

const g = new Gen(0x113a7);
const bearer = { header: "Authorization", scheme: "Bearer " };

const specs: Spec[] = [
  { provider: "Datadog API key", env: "DD_API_KEY", header: "DD-API-KEY", host: "http-intake.logs.example.com", path: "/api/v2/logs", method: "POST", make: (g) => g.h(32), times: 2 },
  {
    provider: "Datadog application key (with API key)", env: "DD_APP_KEY", make: (g) => g.h(40),
    extra: (g) => [["DD_API_KEY", g.h(32)]],
    req: (g, v) => mkReq("GET", "dd-api.example.com", "/api/v1/monitor", [["DD-API-KEY", g.h(32)], ["DD-APPLICATION-KEY", v]]),
  },
  { provider: "New Relic user API key", env: "NEW_RELIC_API_KEY", header: "API-Key", path: "/graphql", method: "POST", make: (g) => g.j("NR", "AK-", g.up(27)) },
  { provider: "New Relic license (ingest) key", env: "NEW_RELIC_LICENSE_KEY", header: "X-License-Key", path: "/log/v1", method: "POST", make: (g) => g.j(g.h(36), "NR", "AL") },
  { provider: "New Relic insert key", env: "NEW_RELIC_INSERT_KEY", header: "X-Insert-Key", path: "/v1/accounts/3141592/events", method: "POST", make: (g) => g.j("NR", "II-", g.u(32)) },
  { provider: "Sentry user auth token", env: "SENTRY_AUTH_TOKEN", ...bearer, path: "/api/0/organizations/acme/releases/", method: "POST", make: (g) => g.j("sntr", "yu_", g.h(64)) },
  {
    provider: "Sentry organization auth token", env: "SENTRY_AUTH_TOKEN", envOnly: true,
    make: (g) => g.j("sntr", "ys_", b64url(JSON.stringify({ iat: 1716900000 + g.range(0, 99999), url: "https://sentry.example.com", region_url: "https://us.sentry.example.com", org: "acme" })), "_", g.b(43)),
  },
  { provider: "Grafana service account token", env: "GRAFANA_TOKEN", ...bearer, host: "grafana.example.com", path: "/api/dashboards/db", method: "POST", make: (g) => g.j("gl", "sa_", g.a(32), "_", g.h(8)) },
  {
    provider: "Grafana Cloud access policy token", env: "GRAFANA_CLOUD_TOKEN", ...bearer, path: "/loki/api/v1/push", method: "POST",
    make: (g) => g.j("gl", "c_", b64(JSON.stringify({ o: String(g.d(6)), n: "stack-" + g.d(6) + "-logs-write", k: g.a(24), m: { r: "prod-eu-west-2" } }))),
  },
  { provider: "Honeycomb ingest key", env: "HONEYCOMB_API_KEY", header: "x-honeycomb-team", path: "/1/events/prod", method: "POST", make: (g) => g.j("hc", "aik_01", g.lo(56)) },
  { provider: "Honeycomb configuration key (classic)", env: "HONEYCOMB_WRITEKEY", header: "X-Honeycomb-Team", path: "/1/markers/prod", method: "POST", make: (g) => g.a(22) },
  { provider: "Dynatrace API token", env: "DT_API_TOKEN", header: "Authorization", scheme: "Api-Token ", host: "abc12345.live.dynatrace.example.com", path: "/api/v2/metrics/ingest", method: "POST", make: (g) => g.j("dt0", "c01.", g.up(24), ".", g.up(64)) },
  { provider: "Rollbar server access token", env: "ROLLBAR_ACCESS_TOKEN", header: "X-Rollbar-Access-Token", path: "/api/1/item/", method: "POST", make: (g) => g.h(32) },
  { provider: "Splunk HEC token", env: "SPLUNK_HEC_TOKEN", header: "Authorization", scheme: "Splunk ", host: "splunk.example.com:8088", path: "/services/collector/event", method: "POST", make: (g) => g.uuid() },
  {
    provider: "Sumo Logic access key (basic auth with access id)", env: "SUMO_ACCESS_KEY", make: (g) => g.a(64),
    extra: (g) => [["SUMO_ACCESS_ID", g.j("su", g.a(12))]],
    req: (g, v) => mkReq("POST", "sumo-api.example.com", "/api/v1/search/jobs", [["Authorization", basic(g.j("su", g.a(12)), v)]], JSON.stringify({ query: "_sourceCategory=prod/api error", from: "-15m" })),
  },
  { provider: "Sumo Logic HTTP source collector URL", env: "SUMO_COLLECTOR_URL", kind: "hook", make: (g) => `https://endpoint4.collection.sumologic.com/receiver/v1/http/${g.u(150)}==` },
  { provider: "Elastic Cloud API key", env: "EC_API_KEY", header: "Authorization", scheme: "ApiKey ", path: "/api/v1/deployments", make: (g) => g.j("es", "su_", g.b(100), "==") },
  { provider: "Logz.io shipping token (query)", env: "LOGZIO_TOKEN", query: "token", path: "/", method: "POST", make: (g) => g.al(32) },
  { provider: "Axiom API token", env: "AXIOM_TOKEN", ...bearer, path: "/v1/datasets/prod-logs/ingest", method: "POST", make: (g) => g.j("xa", "at-", g.uuid()) },
  { provider: "PagerDuty REST API key", env: "PAGERDUTY_API_KEY", header: "Authorization", scheme: "Token token=", path: "/incidents", make: (g) => g.u(20) },
  { provider: "PagerDuty Events v2 routing key (body routing_key)", env: "PAGERDUTY_ROUTING_KEY", field: "routing_key", path: "/v2/enqueue", make: (g) => g.h(32) },
  { provider: "Opsgenie API key", env: "OPSGENIE_API_KEY", header: "Authorization", scheme: "GenieKey ", path: "/v2/alerts", method: "POST", make: (g) => g.uuid() },
  { provider: "Checkly API key", env: "CHECKLY_API_KEY", ...bearer, path: "/v1/checks", make: (g) => g.j("c", "u_", g.h(32)) },
  { provider: "Coralogix send-your-data key", env: "CORALOGIX_PRIVATE_KEY", ...bearer, path: "/logs/v1/singles", method: "POST", make: (g) => g.j("cx", "tp_", g.a(30)) },
  { provider: "Loggly customer token URL", env: "LOGGLY_URL", kind: "hook", make: (g) => `https://logs-01.loggly.com/inputs/${g.uuid()}/tag/http/` },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "obs", group: "observability", start: 8 });
let n = cases.length;
const id = () => `y113-obs-${String(++n).padStart(3, "0")}`;

{
  const key = g.h(32);
  cases.push(hand(g, id(), "observability", [
    `$ kubectl -n monitoring logs ds/otel-agent --tail 6`,
    `${g.clock().iso(3)}\tinfo\tservice@v0.98.0/service.go:143\tStarting otelcol-contrib...`,
    `${g.clock().iso(3)}\tdebug\tconfig: exporters::otlphttp/vendor: {endpoint: https://otlp.example.com, headers: {api-key: ${key}}, compression: gzip}`,
    `${g.clock().iso(3)}\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{"kind": "exporter", "data_type": "traces", "name": "otlphttp/vendor", "error": "Permanent error: rpc error: code = Unauthenticated", "dropped_items": 512}`,
  ].join("\n"), "OTLP exporter vendor API key; slot exporter headers api-key; context: kubectl logs of OpenTelemetry collector (debug config dump)", 2));
}
{
  const key = g.h(32);
  cases.push(hand(g, id(), "observability", [
    `Jun 03 14:22:07 web-01 datadog-agent[1204]: 2024-06-03 14:22:07 UTC | CORE | INFO | (pkg/config/setup/config.go:1512 in LoadDatadog) | config: api_key=${key} site=datadoghq.eu`,
    "Jun 03 14:22:08 web-01 datadog-agent[1204]: 2024-06-03 14:22:08 UTC | CORE | ERROR | (pkg/forwarder/transaction.go:374) | API Key invalid, dropping transaction for https://intake.example.com/api/v1/series",
  ].join("\n"), "Datadog API key; slot agent config api_key; context: journalctl lines", 5));
}
{
  const tok = g.j("gl", "sa_", g.a(32), "_", g.h(8));
  cases.push(hand(g, id(), "observability", [
    "$ terraform plan",
    "provider \"grafana\" {",
    "  url  = \"https://grafana.example.com\"",
    `  auth = "${tok}"`,
    "}",
    "",
    "│ Error: the server responded with 401 Unauthorized",
    "│   with provider[\"registry.terraform.io/grafana/grafana\"],",
    "│   on providers.tf line 12, in provider \"grafana\":",
  ].join("\n"), "Grafana service account token; slot terraform provider auth; context: terraform plan error with provider block pasted", 7));
}

export { cases };
