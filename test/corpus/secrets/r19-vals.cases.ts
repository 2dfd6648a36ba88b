// Round nineteen (held-out Y35/Y36): values the rules refused for their shape. A generated secret
// with punctuation as an env lookup's fallback under a secret's own name; a generated password
// whose `<` precedes letters in no word's case (not a cut-off `<your-token`); a JWT-shaped vendor
// token (`"typ":"PAT"`, opaque payload) under a secret-named slot. Benign: a Secret Manager path
// as a bare value in escaped file content, SQL seed rows whose column list the name-then-literal
// walk or a CSV reading would pair with the tuple, rows for a service whose "credential" is a
// public id, templates with punctuation, docs JWTs. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, B64URL, HEX } from "./_gen.ts";

const r = new Rng(0x19bca15);
const b = builder({ category: "r19-vals", expect: "secrets" });
const bb = builder({ category: "r19-vals-benign" });

const PUNCT = "!#%*_-";
const punctuated = (n: number) => {
  let v = r.str(n, ALNUM + PUNCT);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/[!#%*]/.test(v)) v = r.str(n, ALNUM + PUNCT);
  return v;
};
const b64u = (s: string) => Buffer.from(s).toString("base64url");
const vendorJwt = (typ: string) => b64u(JSON.stringify({ kid: r.str(64, HEX), typ, alg: "ES256" })) + "." + r.str(300, B64URL) + "." + r.str(86, B64URL);

// ---- A generated secret with punctuation as an env lookup's fallback
b.pos("r19-vals-env-py-punct", "Python os.environ.get fallback, 48 chars with punctuation", `import os\n\nAPP_SECRET = os.environ.get("APP_SECRET", "${punctuated(48)}")\n`);
b.pos("r19-vals-env-node-punct", "Node process.env ?? fallback with punctuation", `const signingKey = process.env.WEBHOOK_SIGNING_KEY ?? "${punctuated(40)}";\n`);
b.pos("r19-vals-env-ruby-punct", "Ruby ENV.fetch fallback with punctuation", `COOKIE_SECRET = ENV.fetch("COOKIE_SECRET", "${punctuated(44)}")\n`);
b.pos("r19-vals-env-go-punct", "Go getEnv helper with a punctuated default", `var dbPassword = getEnv("DB_PASSWORD", "${punctuated(32)}")\n`);

// ---- A generated password with `<` before letters in no word's case
b.pos("r19-vals-k8s-lt", "K8s Secret stringData, password with '<' before random letters", `apiVersion: v1\nkind: Secret\nstringData:\n  REGISTRY_AUTH_TOKEN: "${"pQ7" + r.str(9, ALNUM)}4)x<${"vJ" + "HmB"}"\n`);
b.pos("r19-vals-yaml-lt", "Compose env, password ending in '<' and mixed letters", `environment:\n  SMTP_PASSWORD: "${"Zr8" + r.str(10, ALNUM)}!<${"kW" + "pQd"}"\n`);

// ---- A vendor JWT (typ not JWT, opaque payload) under a secret-named slot
b.pos("r19-vals-jwt-pat-export", "shell export of a PAT-typed JWT with opaque payload", `cd ~/src/app\nexport SCHEDULER_TOKEN=${vendorJwt("PAT")}\nmake run\n`);
b.pos("r19-vals-jwt-pat-yaml", "YAML api_key holding a PAT-typed JWT", `integrations:\n  scheduler:\n    api_key: "${vendorJwt("PAT")}"\n`);
b.pos("r19-vals-jwt-pat-dotnet", "appSettings add key/value holding a PAT-typed JWT", `<appSettings>\n  <add key="SCHEDULER_TOKEN" value="${vendorJwt("PAT")}" />\n</appSettings>\n`);

// ---- Look-alikes
bb.ben("r19-vals-env-template-punct", "env fallback that is a template with punctuation", `SESSION_SECRET = os.environ.get("SESSION_SECRET", "<your-session-secret-here!>")\n`);
bb.ben("r19-vals-env-angle-template", "env fallback that is an angle-bracket template with punctuation", `const apiKey = process.env.API_KEY ?? "<set API_KEY in .env!>";\n`);
bb.ben("r19-vals-env-weak-punct", "env fallback: a readable dev password with punctuation", `DB_PASSWORD = os.getenv("DB_PASSWORD", "local-dev-password!")\n`);
bb.ben("r19-vals-k8s-cutoff-placeholder", "cut-off <your-token placeholder", `stringData:\n  OCI_AUTH_TOKEN: "prefix-<yourAuthToken"\n`);
bb.ben("r19-vals-k8s-cutoff-upper", "cut-off <YOUR-TOKEN placeholder", `stringData:\n  OCI_AUTH_TOKEN: "token=<YOUR-AUTH-TOKEN"\n`);
bb.ben("r19-vals-gcp-ref-json", "Secret Manager path as a bare value inside JSON-escaped file content", JSON.stringify({ name: "write_file", input: { path: ".env", content: "APP=billing\nSTRIPE_KEY_SECRET=projects/acme-prod/secrets/stripe-key/versions/latest\nREGION=eu-west-1\n" } }, null, 2));
bb.ben("r19-vals-vault-ref-json", "Vault path as a bare value inside JSON-escaped file content", JSON.stringify({ content: "DB_PASSWORD_SECRET=secret/data/prod/db#password\nLOG_LEVEL=info\n" }));
bb.ben("r19-vals-azure-ref-json", "Key Vault reference inside JSON-escaped file content", JSON.stringify({ content: "API_TOKEN=@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/api-token/)\nMODE=prod\n" }));
bb.ben("r19-vals-sql-analytics", "SQL seed: analytics measurement id under a credential column", `INSERT INTO integrations (id, provider, credential, created_at)\nVALUES (14, 'Web Analytics', 'G-${r.str(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}', NOW());\n`);
bb.ben("r19-vals-sql-tracing", "SQL seed: a trace id under a credential column", `INSERT INTO integrations (id, vendor, credential) VALUES (22, 'distributed tracing', '${r.str(32, HEX)}');\n`);
bb.ben("r19-vals-sql-telemetry", "SQL seed: telemetry service row, multi-column", `INSERT INTO connectors (id, service, token, enabled)\nVALUES (3, 'telemetry', '${r.str(32, HEX)}', true);\n`);
bb.ben("r19-vals-jwt-docs", "docs JWT example with alg header and example payload", `Send it as \`Authorization: Bearer <token>\`, e.g. token = "eyJhbGciOiJIUzI1NiJ9.example-payload-goes-here-not-a-real-token-xx.signature"\n`);
bb.ben("r19-vals-jwt-opaque-no-slot", "PAT-typed JWT with opaque payload in a log line under no secret name", `2026-01-02 12:00:01 INFO parsed blob ${vendorJwt("PAT")}\n`);

export const cases = [...b.cases, ...bb.cases];
