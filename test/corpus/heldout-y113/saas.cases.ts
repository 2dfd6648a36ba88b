// heldout-y113 / saas: SaaS and productivity API credentials leaking through logs and diagnostics.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, form, hand, b64url, type Spec } from "./_gen.ts";

const g = new Gen(0x113a9);
const bearer = { header: "Authorization", scheme: "Bearer " };

const specs: Spec[] = [
  { provider: "Shopify Admin API access token", env: "SHOPIFY_ACCESS_TOKEN", header: "X-Shopify-Access-Token", host: "acme-store.shop.example.com", path: "/admin/api/2024-04/orders.json", make: (g) => g.j("sh", "pat_", g.h(32)) },
  { provider: "Shopify app shared secret", env: "SHOPIFY_API_SECRET", envOnly: true, make: (g) => g.j("sh", "pss_", g.h(32)), extra: (g) => [["SHOPIFY_API_KEY", g.h(32)]] },
  { provider: "HubSpot private app token", env: "HUBSPOT_ACCESS_TOKEN", ...bearer, path: "/crm/v3/objects/contacts", make: (g) => g.j("pat", "-na1-", g.uuid()) },
  { provider: "Notion integration token", env: "NOTION_TOKEN", ...bearer, path: "/v1/databases/query", method: "POST", make: (g) => g.j("nt", "n_", g.d(11), g.a(35)) },
  { provider: "Airtable personal access token", env: "AIRTABLE_TOKEN", ...bearer, path: "/v0/appAbC123/Table1", make: (g) => g.j("pat", g.a(14), ".", g.h(64)) },
  { provider: "Linear personal API key", env: "LINEAR_API_KEY", header: "Authorization", path: "/graphql", method: "POST", make: (g) => g.j("lin", "_api_", g.a(40)) },
  { provider: "Figma personal access token", env: "FIGMA_TOKEN", header: "X-Figma-Token", path: "/v1/files/AbCdEf123", make: (g) => g.j("fi", "gd_", g.u(40)) },
  {
    provider: "Atlassian API token (Jira basic auth)", env: "JIRA_API_TOKEN", make: (g) => g.j("ATATT", "3xFfGF0", g.u(170), "=", g.hu(8)),
    extra: () => [["JIRA_EMAIL", "ci-bot@example.com"]],
    req: (g, v) => mkReq("POST", "acme.atlassian.example.net", "/rest/api/3/issue", [["Authorization", basic("ci-bot@example.com", v)]], JSON.stringify({ fields: { project: { key: "OPS" }, summary: "Nightly failed", issuetype: { name: "Bug" } } })),
    
  },
  { provider: "Asana personal access token", env: "ASANA_PAT", ...bearer, path: "/api/1.0/tasks", method: "POST", make: (g) => g.j("2/", g.d(16), "/", g.d(16), ":", g.h(32)) },
  {
    provider: "Trello API token (query, with key)", env: "TRELLO_TOKEN", make: (g) => g.j("AT", "TA", g.h(64), g.hu(8)),
    extra: (g) => [["TRELLO_KEY", g.h(32)]],
    req: (g, v) => mkReq("POST", "trello-api.example.com", "/1/cards", [], [["key", g.h(32)], ["token", v], ["idList", g.h(24)], ["name", "deploy failed"]]),
  },
  {
    provider: "Zendesk API token (email/token basic auth)", env: "ZENDESK_API_TOKEN", make: (g) => g.a(40),
    req: (g, v) => mkReq("POST", "acme.zendesk.example.com", "/api/v2/tickets.json", [["Authorization", basic("support-bot@example.com/token", v)]], JSON.stringify({ ticket: { subject: "Crash report", comment: { body: "see attachment" } } })),
  },
  { provider: "Pipedrive API token (query)", env: "PIPEDRIVE_API_TOKEN", query: "api_token", path: "/v1/deals", make: (g) => g.h(40) },
  { provider: "Typeform personal token", env: "TYPEFORM_TOKEN", ...bearer, path: "/forms", make: (g) => g.j("tf", "p_", g.u(44), "_", g.u(14)) },
  {
    provider: "Mixpanel service account secret (basic auth)", env: "MIXPANEL_SERVICE_ACCOUNT_SECRET", make: (g) => g.a(32),
    extra: () => [["MIXPANEL_SERVICE_ACCOUNT_USERNAME", "etl.3f9a1c.mp-service-account"]],
    req: (g, v) => mkReq("GET", "mixpanel-api.example.com", "/api/2.0/export", [["Authorization", basic("etl.3f9a1c.mp-service-account", v)]], [["from_date", "2024-06-01"], ["to_date", "2024-06-02"]]),
  },
  { provider: "Contentful management token", env: "CONTENTFUL_MANAGEMENT_TOKEN", ...bearer, path: "/spaces/abc123/environments/master/entries", make: (g) => g.j("CF", "PAT-", g.u(43)) },
  { provider: "Sanity API write token", env: "SANITY_API_TOKEN", ...bearer, path: "/v2024-01-01/data/mutate/production", method: "POST", make: (g) => g.j("s", "k", g.a(180)) },
  {
    provider: "Algolia admin API key", env: "ALGOLIA_ADMIN_API_KEY", make: (g) => g.h(32), extra: (g) => [["ALGOLIA_APP_ID", g.up(10)]],
    req: (g, v) => mkReq("POST", "search-write.example.net", "/1/indexes/products/batch", [["X-Algolia-Application-Id", g.up(10)], ["X-Algolia-API-Key", v]], JSON.stringify({ requests: [{ action: "addObject", body: { sku: "A-1" } }] })),
  },
  { provider: "Mapbox secret access token (query)", env: "MAPBOX_SECRET_TOKEN", query: "access_token", path: "/uploads/v1/acme-maps/credentials", make: (g) => g.j("sk", ".", b64url(JSON.stringify({ u: "acme-maps", a: g.lo(25) })), ".", g.u(22)) },
  { provider: "LaunchDarkly server-side SDK key", env: "LAUNCHDARKLY_SDK_KEY", header: "Authorization", path: "/sdk/latest-all", make: (g) => g.j("sdk", "-", g.uuid()) },
  { provider: "LaunchDarkly API access token", env: "LD_API_TOKEN", header: "Authorization", path: "/api/v2/flags/default", make: (g) => g.j("api", "-", g.uuid()) },
  { provider: "PostHog personal API key", env: "POSTHOG_PERSONAL_API_KEY", ...bearer, path: "/api/projects/1/insights", make: (g) => g.j("ph", "x_", g.a(43)) },
  { provider: "Dropbox short-lived access token", env: "DROPBOX_ACCESS_TOKEN", ...bearer, path: "/2/files/upload", method: "POST", make: (g) => g.j("sl", ".u.", g.u(140)) },
  { provider: "Zoho OAuth access token", env: "ZOHO_ACCESS_TOKEN", header: "Authorization", scheme: "Zoho-oauthtoken ", path: "/crm/v6/Leads", make: (g) => g.j("1000", ".", g.h(32), ".", g.h(32)) },
  { provider: "Salesforce session / access token", env: "SF_ACCESS_TOKEN", ...bearer, host: "acme.my.salesforce.example.com", path: "/services/data/v60.0/query", make: (g) => g.j("00D", g.a(12), "!", "AQ", g.a(2), "AF", g.u(90).replace(/[-_]/g, "."), ".", g.a(20)) },
  { provider: "X (Twitter) app bearer token", env: "TWITTER_BEARER_TOKEN", ...bearer, path: "/2/tweets/search/recent", make: (g) => g.j("AAAAAAAAAAAAAAAAAAAAA", g.a(25), "%3D", g.a(50)) },
  { provider: "Meta page access token (query)", env: "FB_PAGE_ACCESS_TOKEN", query: "access_token", path: "/v19.0/me/messages", method: "POST", make: (g) => g.j("EA", "AB", g.a(180)) },
  {
    provider: "Spotify client secret (basic auth)", env: "SPOTIFY_CLIENT_SECRET", make: (g) => g.h(32), extra: (g) => [["SPOTIFY_CLIENT_ID", g.h(32)]],
    req: (g, v) => mkReq("POST", "accounts.spotify-api.example.com", "/api/token", [["Authorization", basic(g.h(32), v)]], form({ grant_type: "client_credentials" }), undefined, "application/x-www-form-urlencoded"),
  },
  { provider: "SerpApi API key (query)", env: "SERPAPI_API_KEY", query: "api_key", path: "/search.json", make: (g) => g.h(64) },
  { provider: "Apify API token (query)", env: "APIFY_TOKEN", query: "token", path: "/v2/acts/acme~scraper/runs", method: "POST", make: (g) => g.j("apify", "_api_", g.a(36)) },
  { provider: "Shippo live API token", env: "SHIPPO_API_KEY", header: "Authorization", scheme: "ShippoToken ", path: "/shipments/", method: "POST", make: (g) => g.j("shippo", "_live_", g.h(40)) },
  { provider: "Zapier catch hook URL", env: "ZAPIER_HOOK_URL", kind: "hook", make: (g) => `https://hooks.zapier.com/hooks/catch/${g.d(7)}/${g.lo(7)}/` },
  { provider: "IFTTT Webhooks key in trigger URL", env: "IFTTT_WEBHOOK_URL", kind: "hook", make: (g) => `https://maker.ifttt.com/trigger/deploy_failed/with/key/${g.u(22)}` },
  {
    provider: "WordPress application password (basic auth)", env: "WP_APP_PASSWORD", make: (g) => [g.a(4), g.a(4), g.a(4), g.a(4), g.a(4), g.a(4)].join(" "),
    req: (g, v) => mkReq("POST", "blog.example.com", "/wp-json/wp/v2/posts", [["Authorization", basic("editor-bot", v)]], JSON.stringify({ title: "Release notes 2.14", status: "draft" })),
  },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "saas", group: "saas", start: 4 });
let n = cases.length;
const id = () => `y113-saas-${String(++n).padStart(3, "0")}`;

{
  const tok = g.j("pat", "-na1-", g.uuid());
  cases.push(hand(g, id(), "saas", [
    `${g.clock().iso(3)} [sync-worker] ERROR HubSpot batch upsert failed`,
    "  HTTP 401 POST /crm/v3/objects/contacts/batch/upsert",
    `  request.headers = {"authorization":"Bearer ${tok}","content-type":"application/json","user-agent":"hubspot-api-client-nodejs; 11.1.0"}`,
    "  response.body = {\"status\":\"error\",\"message\":\"Authentication credentials not found.\",\"correlationId\":\"" + g.uuid() + "\",\"category\":\"INVALID_AUTHENTICATION\"}",
  ].join("\n"), "HubSpot private app token; slot logged request.headers authorization; context: worker error log (correlationId benign)", 3));
}

export { cases };
