// Round twenty-seven (held-out Y118's y118-c-024, l-058, l-059, l-079, l-105): a secret's name and
// value given apart in one statement — a CLI's name flag and value flag (SSM, Secrets Manager, Key
// Vault), either order, one command line or continued lines; a Prefect secret block saved under a
// name. Benign: the same commands with non-secret names, values from files or variables, ARNs and
// references, placeholders; `.save("…")` of non-secret names. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x27a001);
const b = builder({ category: "r27-name-value-apart" });
const bb = builder({ category: "r27-name-value-apart-benign" });

b.pos("r27a-ssm-put-hex", "aws ssm put-parameter, hex value", `$ aws ssm put-parameter --name "/prod/etl/segment_write_key" --type SecureString --value "${r.hex(40)}" --overwrite\n`);
b.pos("r27a-ssm-value-first", "value flag before the name flag", `aws ssm put-parameter --value '${r.alnum(36)}' --type SecureString --name /staging/api/stripe_secret_key\n`);
b.pos("r27a-secretsmanager", "secretsmanager create-secret --secret-string", `aws secretsmanager create-secret \\\n  --name prod/reporting/db-password \\\n  --secret-string '${r.alnum(12)}${r.digits(4)}${r.alnum(8)}'\n`);
b.pos("r27a-keyvault", "az keyvault secret set", `az keyvault secret set --vault-name kv-payments --name sendgrid-api-key --value ${r.b64url(43)}\n`);
b.pos("r27a-ssm-in-json", "in a tool result (JSON-escaped)", JSON.stringify({ role: "tool", content: `$ aws ssm put-parameter --name "/prod/ml/hf_token" --type String --value "${r.hex(32)}"\n{"Version": 3}` }));
b.pos("r27a-ssm-uuid-upper", "upper-case UUID token", `aws ssm put-parameter --name "/prod/logs/hec_token" --value "${r.uuid().toUpperCase()}" --type String\n`);
b.pos("r27a-prefect-save", "Prefect Secret block saved under a name", `from prefect.blocks.system import Secret\nSecret(value="${r.alnum(40)}").save("warehouse-api-token", overwrite=True)\n`);
b.pos("r27a-prefect-single", "Prefect Secret block, single quotes", `Secret(value='${r.hex(36)}').save('snowflake-password')\n`);

bb.ben("r27a-ssm-region", "a non-secret parameter", `aws ssm put-parameter --name "/prod/etl/aws_region" --type String --value "eu-west-1" --overwrite\n`);
bb.ben("r27a-ssm-file", "value from a file", `aws ssm put-parameter --name /prod/api/stripe_secret_key --type SecureString --value file://secret.txt\n`);
bb.ben("r27a-ssm-variable", "value from a shell variable", `aws ssm put-parameter --name "/prod/api/db_password" --type SecureString --value "$DB_PASSWORD" --overwrite\n`);
bb.ben("r27a-ssm-get", "reading a parameter back, decryption off", `aws ssm get-parameter --name /prod/api/db_password --query Parameter.Value\n`);
bb.ben("r27a-keyvault-ref", "Key Vault set from a generated reference", `az keyvault secret set --vault-name kv-payments --name sendgrid-api-key --value "$(openssl rand -hex 32)"\n`);
bb.ben("r27a-ssm-placeholder", "documentation placeholder", `aws ssm put-parameter --name "/myapp/api_token" --type SecureString --value "<your-token-here>"\n`);
bb.ben("r27a-ssm-id-value", "an id parameter with an opaque id", `aws ssm put-parameter --name "/prod/etl/sqs_queue_id" --type String --value "${r.hex(32)}"\n`);
bb.ben("r27a-save-model", "ORM save with a name", `User(name="${r.alnum(12)}").save("users-archive")\n`);
bb.ben("r27a-prefect-string", "Prefect String block (not a secret)", `String(value="${r.hex(36)}").save("warehouse-region")\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
