// Round thirty-four (fix34d), class 1: a service's token pasted into an app's integration settings and sent as a
// form body's bare `token` parameter to the endpoint that stores it (`POST /admin/integrations/<provider>`,
// `/settings/connectors/…`, `/api/credentials/…`), written as a raw request or a curl command. Railway's,
// Codecov's and Heroku's tokens are UUIDs. Benign: UUIDs under ids' names in such a form, a CSRF field, a
// placeholder or the nil UUID as the token, a GET's query, and `token=<uuid>` to endpoints that take handles.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34d001);
const b = builder({ category: "r34-fix34d-integration-form-token" });
const bb = builder({ category: "r34-fix34d-integration-form-token-benign" });
const form = "Content-Type: application/x-www-form-urlencoded";

b.pos("fix34d-form-raw-railway", "Railway token in an integration settings form (raw request)", `POST /settings/integrations/railway HTTP/1.1\nHost: console.northwind.dev\n${form}\nContent-Length: 80\n\nenvironment=production&token=${r.uuid()}&enabled=true\n`);
b.pos("fix34d-form-raw-crlf-put", "Codecov token in a PUT to an integration, CRLF headers", `PUT /api/v1/projects/42/integrations/codecov HTTP/1.1\r\nHost: ci.hollow.io\r\n${form}\r\n\r\ntoken=${r.uuid()}&branch=main\r\n`);
b.pos("fix34d-form-h2-patch", "token form sent as HTTP/2 PATCH to a connector", `PATCH /workspace/connectors/heroku HTTP/2\nhost: hub.quartzline.com\naccept: */*\n\ntoken=${r.uuid()}&auto_deploy=on\n`);
b.pos("fix34d-form-curl-data", "curl posting the token to a credentials endpoint", `curl -sS -X POST https://admin.meridian.app/api/credentials/railway \\\n  -H "Cookie: session=${r.alnum(24)}" \\\n  --data "token=${r.uuid()}&label=deploy"\n`);
b.pos("fix34d-form-curl-form", "curl -F with the token after the URL", `curl https://ops.tallgrass.net/admin/integrations/codecov -F token=${r.uuid()} -F enabled=1\n`);
b.pos("fix34d-form-proxy-log", "a proxy's dump of the request (log prefix before the request line)", `[mitm] >> POST /org/acme/connections/render HTTP/1.1\n[mitm] >> Host: app.stackbay.io\n\ntoken=${r.uuid()}&scope=deploy\n`);
b.pos("fix34d-form-opaque", "an opaque (non-UUID) token in the integration form", `POST /admin/integrations/sentry HTTP/1.1\nHost: admin.lumen.eu\n${form}\n\ntoken=${r.alnum(40)}&enabled=on\n`);

bb.ben("fix34d-form-ids-only", "integration form with project and request ids (UUIDs) only", `POST /admin/integrations/railway HTTP/1.1\nHost: admin.polar-data.eu\n${form}\n\nproject_id=${r.uuid()}&request_id=${r.uuid()}&enabled=on\n`);
bb.ben("fix34d-form-csrf", "CSRF field holds the UUID, token is a short word", `POST /admin/integrations/codecov HTTP/1.1\nHost: a.example.com\n${form}\n\ncsrf_token=${r.uuid()}&token=pending&enabled=off\n`);
bb.ben("fix34d-form-nil", "the nil UUID as the token (form default)", `POST /settings/integrations/railway HTTP/1.1\nHost: console.example.org\n\ntoken=00000000-0000-0000-0000-000000000000&enabled=on\n`);
bb.ben("fix34d-form-placeholder", "a placeholder token in a doc's example request", `POST /admin/integrations/railway HTTP/1.1\nHost: admin.example.com\n${form}\n\ntoken=YOUR_RAILWAY_TOKEN&enabled=on\n`);
bb.ben("fix34d-form-get-query", "a GET whose query carries a UUID handle", `GET /admin/integrations/railway/callback?token=${r.uuid()}&state=${r.hex(16)} HTTP/1.1\nHost: admin.polar-data.eu\n\n`);
bb.ben("fix34d-form-invite", "an invitation acceptance form (one-time handle)", `POST /invitations/accept HTTP/1.1\nHost: app.teamboard.dev\n${form}\n\ntoken=${r.uuid()}&name=Ann+Lee\n`);
bb.ben("fix34d-form-delete-id", "curl deleting an integration by id", `curl -X DELETE https://dash.acme.dev/admin/integrations/slack/${r.uuid()} -d "integration_id=${r.uuid()}"\n`);
bb.ben("fix34d-form-password-reset", "a password-reset form with its UUID handle", `POST /account/password/reset HTTP/1.1\nHost: id.example.net\n${form}\n\ntoken=${r.uuid()}&password=&confirm=\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
