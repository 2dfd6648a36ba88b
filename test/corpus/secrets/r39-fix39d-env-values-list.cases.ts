// Round thirty-nine (fix39d): Netlify's env API and `netlify env:import` write one variable as a name and a list of values
// per deploy context (`{"key": "STRIPE_SECRET", "values": [{"value": "…", "context": "production"}]}`); Vercel's as a
// `key`/`value` pair with `target` and `type`. The `key` sibling names the secret. Benign: references, public variables.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x39d003);
const b = builder({ category: "r39-fix39d-env-values-list" });
const bb = builder({ category: "r39-fix39d-env-values-list-benign" });
const drawn = (n = 32) => r.str(n, ALNUM);
const pw = () => `${r.str(6, ALNUM)}%${r.digits(3)}${r.str(8, ALNUM)}#`;

b.pos("fix39d-netlify-api-compact", "Netlify API body: one-line values list",
  `curl -X POST "https://api.netlify.com/api/v1/accounts/acme/env?site_id=$SITE" -H "Content-Type: application/json" \\\n  -d '[{"key":"PAYMENTS_SECRET","values":[{"value":"${drawn(32)}","context":"production"}]}]'\n`);
b.pos("fix39d-netlify-api-pretty", "Netlify API body: pretty-printed, two contexts",
  `[\n  {\n    "key": "SENDGRID_API_KEY",\n    "scopes": ["builds", "functions"],\n    "values": [\n      {\n        "value": "${drawn(40)}",\n        "context": "production"\n      },\n      {\n        "value": "${drawn(40)}",\n        "context": "deploy-preview"\n      }\n    ]\n  }\n]\n`);
b.pos("fix39d-netlify-password", "Netlify: a database password in a values list",
  `{"key": "DB_PASSWORD", "is_secret": true, "values": [{"context": "all", "value": "${pw()}"}]}\n`);
b.pos("fix39d-netlify-js-client", "JS: Netlify client createEnvVars body (Dutch comment)",
  `// geheime sleutel voor webhooks\nawait client.createEnvVars({ accountId, siteId, body: [{ key: "WEBHOOK_SIGNING_SECRET", values: [{ value: "${r.str(48, HEX)}", context: "production" }] }] });\n`);
b.pos("fix39d-vercel-env", "Vercel API body: key/value/target/type encrypted",
  `{"key":"AUTH_CLIENT_SECRET","value":"${drawn(36)}","target":["production","preview"],"type":"encrypted"}\n`);
b.pos("fix39d-vercel-sensitive-password", "Vercel: a sensitive password variable",
  `{\n  "key": "REDIS_PASSWORD",\n  "value": "${pw()}",\n  "target": ["production"],\n  "type": "sensitive"\n}\n`);

bb.ben("fix39d-netlify-refs", "Netlify: values that are references",
  `[{"key":"STRIPE_SECRET","values":[{"value":"\${{ secrets.STRIPE_SECRET }}","context":"production"}]},{"key":"DB_PASSWORD","values":[{"value":"$DB_PASSWORD","context":"all"}]}]\n`);
bb.ben("fix39d-netlify-public", "Netlify: public variables with URL and id values",
  `[{"key":"PUBLIC_URL","values":[{"value":"https://shop.example.com","context":"production"}]},{"key":"NEXT_PUBLIC_SITE_ID","values":[{"value":"${r.uuid()}","context":"all"}]}]\n`);
bb.ben("fix39d-vercel-plain", "Vercel: plain non-secret variables",
  `{"key":"NEXT_PUBLIC_API_URL","value":"https://api.example.com","target":["production"],"type":"plain"}\n{"key":"NODE_ENV","value":"production","target":["production"],"type":"plain"}\n`);
bb.ben("fix39d-vercel-ref", "Vercel: a secret-named variable set from a CI secret",
  `{"key":"DATABASE_PASSWORD","value":"\${{ secrets.X }}","target":["production"],"type":"encrypted"}\n`);
bb.ben("fix39d-netlify-build-ids", "Netlify: a build id and commit under non-secret names",
  `[{"key":"BUILD_HOOK_ID","values":[{"value":"${r.str(24, HEX)}","context":"all"}]},{"key":"COMMIT_REF","values":[{"value":"${r.str(40, HEX)}","context":"production"}]}]\n`);
bb.ben("fix39d-netlify-placeholder", "Netlify docs: placeholders in a values list (Italian)",
  `// esempio dalla documentazione\n[{"key":"API_TOKEN","values":[{"value":"<your-api-token>","context":"production"}]},{"key":"SECRET_KEY","values":[{"value":"changeme","context":"dev"}]}]\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
