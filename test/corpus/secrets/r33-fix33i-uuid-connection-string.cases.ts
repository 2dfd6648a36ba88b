// Round thirty-three (fix33i), class 2: a UUID that is the credential because the documented
// connection string puts it there: Vercel Edge Config's `https://edge-config.vercel.com/ecfg_…?token=<uuid>`
// (the store URL or its REST paths), Blast's `<net>.blastapi.io/<uuid>`, Helius' `?api-key=<uuid>`,
// GetBlock's legacy `<chain>.getblock.io/<uuid>/…`, and a Heroku API key (a UUID) under its name.
// Benign: UUIDs that are ids or handles: under a generic `?token=` to a host with no such documented
// shape (Firebase Storage download links, unsubscribe and invite links), Edge Config's store id alone
// or with a template token, the nil UUID, request ids, and Heroku app ids.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x33f102);
const b = builder({ category: "r33-fix33i-uuid-connection-string" });
const bb = builder({ category: "r33-fix33i-uuid-connection-string-benign" });
const ecfg = () => "ecfg_" + r.str(28, "abcdefghijklmnopqrstuvwxyz0123456789");

b.pos("fix33i-edge-env", "Edge Config connection string in .env.local", `EDGE_CONFIG="https://edge-config.vercel.com/${ecfg()}?token=${r.uuid()}"\n`);
b.pos("fix33i-edge-ts", "Edge Config client made from a literal connection string", `import { createClient } from "@vercel/edge-config";\nexport const flags = createClient("https://edge-config.vercel.com/${ecfg()}?token=${r.uuid()}");\n`);
b.pos("fix33i-edge-rest-curl", "Edge Config REST read with the token in the query", `curl "https://edge-config.vercel.com/${ecfg()}/item/featureFlags?token=${r.uuid()}"\n`);
b.pos("fix33i-edge-json", "Edge Config connection string in a JSON settings file", JSON.stringify({ edgeConfig: `https://edge-config.vercel.com/${ecfg()}?version=1&token=${r.uuid()}` }, null, 2));
b.pos("fix33i-edge-kotlin", "Edge Config connection string in a Kotlin constant", `object Flags {\n    const val SOURCE = "https://edge-config.vercel.com/${ecfg()}?token=${r.uuid()}"\n}\n`);
b.pos("fix33i-blast-yaml", "Blast project id (UUID) in a node list", `endpoints:\n  arbitrum: wss://arbitrum-one.blastapi.io/${r.uuid()}\n`);
b.pos("fix33i-helius-python", "Helius key (UUID) in Python", `HELIUS = "https://mainnet.helius-rpc.com/?api-key=${r.uuid()}"\n`);
b.pos("fix33i-getblock-legacy", "GetBlock legacy URL with a UUID access key", `provider = Web3(Web3.HTTPProvider("https://eth.getblock.io/${r.uuid()}/mainnet/"))\n`);

bb.ben("fix33i-firebase-download", "Firebase Storage download token (a handle in a shared link)", `<img src="https://firebasestorage.googleapis.com/v0/b/shop-app.appspot.com/o/avatars%2F42.png?alt=media&token=${r.uuid()}">\n`);
bb.ben("fix33i-unsubscribe", "an unsubscribe link's UUID token to an unknown host", `Unsubscribe: https://mail.brightdesk.io/unsubscribe?token=${r.uuid()}&list=weekly\n`);
bb.ben("fix33i-invite-json", "an invitation link in a JSON body", JSON.stringify({ invite: `https://app.teamboard.dev/join?token=${r.uuid()}` }));
bb.ben("fix33i-edge-template", "Edge Config URL with a templated token", `EDGE_CONFIG=https://edge-config.vercel.com/${ecfg()}?token=\${EDGE_CONFIG_TOKEN}\n`);
bb.ben("fix33i-edge-id-only", "Edge Config id alone, token sent as a header", `const res = await fetch("https://api.vercel.com/v1/edge-config/${ecfg()}/items", { headers: { Authorization: \`Bearer \${process.env.VERCEL_API_TOKEN}\` } });\n`);
bb.ben("fix33i-edge-nil", "Edge Config docs example with the nil UUID", `EDGE_CONFIG=https://edge-config.vercel.com/${ecfg()}?token=00000000-0000-0000-0000-000000000000\n`);
bb.ben("fix33i-request-id", "request and trace ids in a log line", `2026-03-02T10:11:12Z GET /api/orders?token=${r.uuid()} 200 request_id=${r.uuid()} trace=${r.uuid()}\n`);
bb.ben("fix33i-heroku-app-id", "Heroku app id (a UUID) under an id name", `HEROKU_APP_ID=${r.uuid()}\nheroku_app_name: shop-api\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
