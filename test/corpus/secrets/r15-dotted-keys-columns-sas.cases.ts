// Round fifteen (y15 fixes): a key with dots (`sk.<random>.<random>`, `<id>.<secret>`) under a
// key-named header or setting (read as a member path before); a key of random letters alone
// (`+`, `_` among them) under a secret-named variable; Heroku's `HRKU-` + UUID key; an Azure SAS
// URL whose `sig=` sits on its own glued string literal; an SQL insert or CSV header whose secret
// column carries a qualifier after the word (`apikey_private`, `api_token_live`). Benign:
// member paths, words and placeholders under the same names, bare UUIDs, a SAS URL without its
// signature, and hashes labelled as cache, dedup or idempotency keys in a comment.
// Every value is built at run time.
import { builder, Rng, UPPER, LOWER } from "./_gen.ts";
import { randomLetters } from "../../../src/detect/rules/builtin-near.ts";

const r = new Rng(0x15f0d7);
const b = builder({ category: "r15-dotted-keys-columns-sas", expect: "secrets" });
const bb = builder({ category: "r15-dotted-keys-columns-sas-benign", expect: "secrets" });

/** Random letters (with `+` and `_`) that read as random: a letters-only key. */
function letterKey(n: number): string {
  for (;;) {
    const v = r.str(n, UPPER + LOWER + "+_");
    if (randomLetters(v) && /^[A-Za-z]/.test(v)) return v;
  }
}
const sig = () => encodeURIComponent(r.b64bytes(32));

// Dotted keys under a key-named header or setting.
b.pos("r15-dot-http-auth-token", "raw request, X-Auth-Token with a three-part dotted key", `GET /v1/items HTTP/1.1\nHost: api.vendor.test\nX-Auth-Token: sk.${r.alnum(64)}.${r.alnum(22)}\nAccept: */*\n`);
b.pos("r15-dot-http-api-key-id", "raw request, Api-Key with id.secret", `PUT /v3/models HTTP/2\nApi-Key: ${r.alnum(8)}.${r.alnum(32)}\nContent-Type: application/json\n\n{}`);
b.pos("r15-dot-yaml-setting", "YAML setting with an id.secret key", `inference:\n  endpoint: https://models.vendor.test/v1\n  partner_api_key: ${r.alnum(8)}.${r.alnum(40)}\n  timeout: 30`);
b.pos("r15-dot-env-secret-key", ".env secret key in three dotted parts", `NODE_ENV=production\nGEO_SECRET_KEY: sk.${r.alnum(60)}.${r.alnum(24)}\nPORT=8080`);
bb.ben("r15-dot-member-path", "a key read from a member path", `const client = new Partner({\n  apiKey: config.services.partner.apiKey,\n  secretKey: settings.vendorSecretKey\n});`);
bb.ben("r15-dot-header-variable", "header set from a member path", `X-Api-Key: request.headers.upstreamApiKey\nAuthorization: context.session.bearerToken`);
bb.ben("r15-dot-mapbox-public", "a public Mapbox token (pk.) under an access-token header", `X-Access-Token: pk.eyJ1Ijoi${r.alnum(40)}.${r.alnum(22)}`);

// Letters-only keys under a secret-named variable.
b.pos("r15-letters-k8s-signing", "Kubernetes Secret stringData, signing secret of random letters", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: hooks\ntype: Opaque\nstringData:\n  CHAT_SIGNING_SECRET: "${letterKey(24)}"\n`);
b.pos("r15-letters-compose", "compose environment, API key of random letters", `services:\n  mailer:\n    image: acme/mailer:2\n    environment:\n      MAILER_API_KEY: "${letterKey(22)}"\n`);
b.pos("r15-letters-toml", "TOML webhook secret of random letters", `[hooks]\nurl = "https://hooks.vendor.test/in"\nwebhook_secret = "${letterKey(28)}"\n`);
b.pos("r15-letters-env-default-underscore", "Python env default with an underscore in a letters key", `TOKEN = os.environ.get("ALERTS_API_TOKEN", "${letterKey(21)}_${r.str(6, UPPER + LOWER)}")`);
bb.ben("r15-letters-words", "secret-named settings holding PascalCase words", `stringData:\n  SECRET_PROVIDER: "AzureKeyVaultSecretStore"\n  API_TOKEN_HEADER: "AuthorizationBearerToken"\n`);
bb.ben("r15-letters-placeholder", "a placeholder of letters under a key name", `environment:\n  MAILER_API_KEY: "ReplaceWithYourApiKeyHere"\n  WEBHOOK_SECRET: "changeme_in_production"\n`);

// Heroku's prefixed UUID key.
b.pos("r15-heroku-netrc", ".netrc with an HRKU- key", `machine api.heroku.com\n  login ops@example.com\n  password HRKU-${r.uuid()}\n`);
b.pos("r15-heroku-json", "JSON config with an HRKU- key", JSON.stringify({ deploy: { provider: "paas", auth: `HRKU-${r.uuid()}` } }, null, 2));
b.pos("r15-heroku-csharp-env", "C# env default, HRKU- key", `var apiKey = Environment.GetEnvironmentVariable("PAAS_DEPLOY_KEY") ?? "HRKU-${r.uuid()}";`);
bb.ben("r15-heroku-bare-uuid", "bare UUIDs as ids", `request_id = "${r.uuid()}"\ntrace = {"span": "${r.uuid()}"}`);

// Azure SAS URL split over glued literals.
b.pos("r15-sas-js-plus", "JS SAS URL built with +, sig on its own literal", `const url = "https://media01.blob.core.windows.net/uploads/a.png" +\n  "?sv=2023-01-03&sp=r&se=2027-01-01T00:00:00Z&sr=b" +\n  "&sig=${sig()}";`);
b.pos("r15-sas-c-juxtaposed", "C string literals juxtaposed, SAS sig split off", `static const char *kUrl =\n    "https://logs9.blob.core.windows.net/c/x.log?sv=2021-08-06&ss=b&srt=o&sp=rw"\n    "&sig=${sig()}";`);
b.pos("r15-sas-py-query-sig", "Python implicit concatenation, query first then sig", `SAS = ("?sv=2022-11-02&ss=bfqt&srt=sco&sp=rl&se=2027-03-01T00:00:00Z"\n       "&sig=${sig()}")`);
bb.ben("r15-sas-no-sig", "SAS URL split, signature a placeholder", `URL = ("https://acct.blob.core.windows.net/c/f.csv"\n       "?sv=2022-11-02&sp=r&se=2027-06-01"\n       "&sig=<SIGNATURE>")`);
bb.ben("r15-sas-other-query", "split query string without a SAS signature", `q = ("https://api.example.com/search?sv=2022-11-02&page=2"\n     "&sort=desc&limit=50")`);

// SQL insert and CSV header columns with a qualifier after the secret word.
b.pos("r15-sql-qualified-live", "INSERT with an api_token_live column", `INSERT INTO partners (id, name, api_token_live, region) VALUES\n  (7, 'acme', '${r.alnum(40)}', 'eu');`);
b.pos("r15-sql-qualified-priv", "INSERT with a secret_priv column, hex value, function call after", `insert into vendor_keys (tenant, secret_priv, updated_at) values ('t1', '${r.hex(48)}', current_timestamp);`);
b.pos("r15-csv-qualified", "CSV header with apikey_private", `tenant,provider,apikey_private,created\n42,mail,${r.hex(32)},2026-01-02\n43,sms,${r.hex(32)},2026-01-03`);
bb.ben("r15-sql-qualified-benign", "qualified secret columns holding no secret", `INSERT INTO partners (id, api_token_live, token_raw) VALUES (1, 'pending', NULL);`);

// "<qualifier> key" comments before a hash.
bb.ben("r15-comment-cache-key", "cache key comment before a sha256", `# cache key ${r.hex(64)}\nresult = cache.get(k)`);
bb.ben("r15-comment-dedup-key", "dedup key comment before a hex digest", `// dedup key ${r.hex(40)}\nif (seen.has(k)) return;`);
bb.ben("r15-comment-idempotency-key", "idempotency key comment before a hex id", `-- idempotency key ${r.hex(32)}\nSELECT 1;`);

export const cases = [...b.cases, ...bb.cases];
