// Round thirty (after Y132): Infor ION API `.ionapi` credential files, whose two-letter fields hold
// the OAuth client secret (`cs`) and a backend service account's keys (`saak` led by the tenant and
// `#`, `sask`). Benign: the same files with the secrets blanked or templated, an authorization-code
// app's public fields only, docs describing the fields.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, B64URL } from "./_gen.ts";

const r = new Rng(0x312af9);
const b = builder({ category: "r30g-ionapi" });
const bb = builder({ category: "r30g-ionapi-benign" });
const k = (n: number) => r.str(n, B64URL);
const ionapi = (tenant: string, f: Record<string, string>) => JSON.stringify({ ti: tenant, cn: "connector", dt: "12", ...f, iu: "https://mingle-ionapi.example.com", pu: `https://mingle-sso.example.com:443/${tenant}/as/`, oa: "authorization.oauth2", ot: "token.oauth2", or: "revoke_token.oauth2", ev: `U${r.digits(10)}`, v: "1.0" }, null, 1);

b.pos("r30g-ia-backend", "backend service file with saak/sask", ionapi("ACME_TST", { ci: `ACME_TST~${k(43)}`, cs: k(86), saak: `ACME_TST#${k(86)}`, sask: k(86) }));
b.pos("r30g-ia-webapp", "web app file: client id and secret only", ionapi("GLOBEX_PRD", { ci: `GLOBEX_PRD~${k(43)}`, cs: k(86), ru: "https://app.example.com/callback" }));
b.pos("r30g-ia-chat", "file pasted in a chat, JSON-escaped", JSON.stringify({ messages: [{ role: "user", content: `token call returns 401, here is my .ionapi:\n${ionapi("INITECH_DEV", { ci: `INITECH_DEV~${k(43)}`, cs: k(86) })}` }] }));
b.pos("r30g-ia-python", "Python dict literal of the file", `creds = ${ionapi("UMBRELLA_PRD", { ci: `UMBRELLA_PRD~${k(43)}`, cs: k(86), saak: `UMBRELLA_PRD#${k(86)}`, sask: k(86) }).replace(/\n/g, "\n    ")}\n`);
b.pos("r30g-ia-tool", "write_file tool call creating the file", JSON.stringify({ name: "write_file", input: { path: "config/prod.ionapi", content: ionapi("HOOLI_PRD", { ci: `HOOLI_PRD~${k(43)}`, cs: k(86), saak: `HOOLI_PRD#${k(86)}`, sask: k(86) }) } }));
b.pos("r30g-ia-sask-only", "service account keys without the client secret", ionapi("STARK_TST", { ci: `STARK_TST~${k(43)}`, saak: `STARK_TST#${k(86)}`, sask: k(86) }));

bb.ben("r30g-ia-blank", "secrets blanked out for sharing", ionapi("ACME_TST", { ci: `ACME_TST~${k(43)}`, cs: "<redacted>", saak: "<redacted>", sask: "<redacted>" }));
bb.ben("r30g-ia-template", "templated from environment variables", ionapi("ACME_PRD", { ci: "${ION_CLIENT_ID}", cs: "${ION_CLIENT_SECRET}", saak: "${ION_SAAK}", sask: "${ION_SASK}" }));
bb.ben("r30g-ia-public", "a native app's public fields (no secret)", ionapi("ACME_PRD", { ci: `ACME_PRD~${k(43)}`, ru: "com.example.app://callback" }));
bb.ben("r30g-ia-docs", "documentation of the fields", `In the .ionapi file, "ci" is the client id and "cs" the client secret; "ot": "token.oauth2" is the token path, "saak"/"sask" are the service account keys.\n`);
bb.ben("r30g-ia-masked", "masked values in a log", ionapi("ACME_PRD", { ci: `ACME_PRD~${k(43)}`, cs: "****************************************", sask: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }));
bb.ben("r30g-ia-code", "code reading the fields", `const c = JSON.parse(fs.readFileSync(path));\nconst body = { grant_type: "password", client_id: c["ci"], client_secret: c["cs"], username: c["saak"], password: c["sask"] };\nfetch(c.pu + "token.oauth2", { method: "POST", body });\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
