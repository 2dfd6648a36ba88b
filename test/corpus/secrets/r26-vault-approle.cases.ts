// Round twenty-six (held-out Y113's y113-auth-017): a Vault AppRole secret_id (a UUID) beside its role_id:
// the login body (sent, or captured by strace), `vault write auth/approle/login`, dotenv pairs,
// Terraform's login resource, the table `vault write -f …/secret-id` prints. Benign: AWS Secrets
// Manager's `--secret-id`, a secrets manager's ids with no AppRole near, a templated or nil secret_id, the
// agent's file paths. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c307);
const b = builder({ category: "r26-vault-approle" });
const bb = builder({ category: "r26-vault-approle-benign" });

b.pos("r26l-approle-body", "login body", JSON.stringify({ role_id: r.uuid(), secret_id: r.uuid() }));
b.pos("r26l-approle-strace", "strace capture of the login request", `sendto(7, "POST /v1/auth/approle/login HTTP/1.1\\r\\nHost: vault:8200\\r\\n\\r\\n{\\"role_id\\":\\"${r.uuid()}\\",\\"secret_id\\":\\"${r.uuid()}\\"}", 300, MSG_NOSIGNAL, NULL, 0) = 300\n`);
b.pos("r26l-approle-cli", "vault write login", `vault write auth/approle/login role_id=${r.uuid()} secret_id=${r.uuid()}\n`);
b.pos("r26l-approle-dotenv", "dotenv pair", `VAULT_ADDR=https://vault.internal:8200\nVAULT_ROLE_ID=${r.uuid()}\nVAULT_SECRET_ID=${r.uuid()}\n`);
b.pos("r26l-approle-terraform", "Terraform login resource", `resource "vault_approle_auth_backend_login" "ci" {\n  backend   = "approle"\n  role_id   = "${r.uuid()}"\n  secret_id = "${r.uuid()}"\n}\n`);
b.pos("r26l-approle-table", "secret-id table output", `$ vault write -f auth/approle/role/ci/secret-id\nKey                   Value\n---                   -----\nsecret_id             ${r.uuid()}\nsecret_id_accessor    ${r.uuid()}\nsecret_id_num_uses    0\n`);

bb.ben("r26l-approle-aws", "AWS Secrets Manager secret id", `aws secretsmanager get-secret-value --secret-id ${r.uuid()} --query SecretString\n`);
bb.ben("r26l-approle-bws", "secrets manager ids without AppRole", JSON.stringify({ secret_id: r.uuid(), project_id: r.uuid(), key: "DB_URL" }));
bb.ben("r26l-approle-template", "templated secret_id", JSON.stringify({ role_id: r.uuid(), secret_id: "${VAULT_SECRET_ID}" }));
bb.ben("r26l-approle-paths", "agent file paths", `auto_auth {\n  method "approle" {\n    config = {\n      role_id_file_path   = "/etc/vault/role-id"\n      secret_id_file_path = "/etc/vault/secret-id"\n    }\n  }\n}\n`);
bb.ben("r26l-approle-nil", "nil UUID", JSON.stringify({ role_id: r.uuid(), secret_id: "00000000-0000-0000-0000-000000000000" }));
bb.ben("r26l-approle-prose", "prose about the flow", `AppRole login needs the role_id (baked into the image) and a secret_id delivered by the orchestrator; the secret_id is wrapped and single-use.`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
