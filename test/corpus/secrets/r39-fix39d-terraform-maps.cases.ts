// Round thirty-nine (fix39d): Terraform writes a secret's fields as an HCL map (`kubernetes_secret` `data = { … }`, a tfvars
// map) or through `jsonencode({ … })` (`secret_string`, Vault's `data_json`). A literal under a credential key there is
// the secret; a Vault generic secret's `jsonencode` object in HCL syntax was unread. Benign: `var.x`,
// `random_password.x.result`, `data.….secret_string`, `"${var.x}"`, `sensitive(var.x)`, hosts and users.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x39d001);
const b = builder({ category: "r39-fix39d-terraform-maps" });
const bb = builder({ category: "r39-fix39d-terraform-maps-benign" });
const drawn = (n = 24) => r.str(n, ALNUM);
const pw = () => `${r.str(5, ALNUM)}!${r.digits(3)}${r.str(7, ALNUM)}%`;
const DJ = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)";

b.pos("fix39d-tf-vault-jsonencode-token", "vault_generic_secret: data_json = jsonencode({ token = … }) with a punctuated value",
  `resource "vault_generic_secret" "ci" {\n  path = "secret/ci/deployer"\n\n  data_json = jsonencode({\n    token = "${pw()}"\n  })\n}\n`);
b.pos("fix39d-tf-vault-jsonencode-inline", "vault_generic_secret: one-line jsonencode, Django-alphabet value (Polish comment)",
  `# hasło do kolejki\nresource "vault_generic_secret" "mq" {\n  path      = "secret/mq"\n  data_json = jsonencode({ user = "mq_app", password = "%${r.str(23, DJ.replace("%", ""))}" })\n}\n`);
b.pos("fix39d-tf-k8s-inline-map", "kubernetes_secret: data map on one line",
  `resource "kubernetes_secret" "db" { data = { password = "${pw()}" } }\n`);
b.pos("fix39d-tf-asm-jsonencode", "aws_secretsmanager_secret_version: secret_string = jsonencode({ api_key = … })",
  `resource "aws_secretsmanager_secret_version" "partner" {\n  secret_id     = aws_secretsmanager_secret.partner.id\n  secret_string = jsonencode({ api_key = "${drawn(32)}", username = "svc" })\n}\n`);
b.pos("fix39d-tf-tfvars-map", "terraform.tfvars: a credentials map",
  `db_credentials = {\n  username = "ledger"\n  password = "${pw()}"\n}\nregion = "eu-west-1"\n`);
b.pos("fix39d-tf-vault-hex-key", "vault_generic_secret: jsonencode with a quoted key and a hex signing key",
  `resource "vault_generic_secret" "sign" {\n  path      = "secret/webhooks"\n  data_json = jsonencode({\n    "signing_key" = "${r.str(64, HEX)}"\n  })\n}\n`);

bb.ben("fix39d-tf-vault-refs", "vault_generic_secret: jsonencode of references and plain fields",
  `resource "vault_generic_secret" "db" {\n  path = "secret/db"\n  data_json = jsonencode({\n    host     = "db-01.prod.internal"\n    user     = "svc_reporting_01"\n    token    = var.vault_token\n    password = random_password.db.result\n  })\n}\n`);
bb.ben("fix39d-tf-k8s-refs-inline", "kubernetes_secret: one-line data map of references",
  `resource "kubernetes_secret" "db" { data = { password = var.db_password, token = "\${var.api_token}" } }\n`);
bb.ben("fix39d-tf-asm-data-source", "secret_string read from a data source and sensitive()",
  `resource "aws_secretsmanager_secret_version" "copy" {\n  secret_id     = aws_secretsmanager_secret.copy.id\n  secret_string = jsonencode({ api_key = data.aws_secretsmanager_secret_version.src.secret_string, username = "svc" })\n}\nlocals {\n  creds = { password = sensitive(var.db_password) }\n}\n`);
bb.ben("fix39d-tf-tfvars-placeholders", "tfvars example: placeholder credentials (Spanish comment)",
  `# copiar a terraform.tfvars y rellenar\ndb_credentials = {\n  username = "app"\n  password = "<db-password>"\n}\napi_token = "changeme"\n`);
bb.ben("fix39d-tf-vault-nonsecret-keys", "vault_generic_secret: config fields with ids and URLs, no credential key",
  `resource "vault_generic_secret" "cfg" {\n  path      = "secret/app/config"\n  data_json = jsonencode({ endpoint = "https://api.example.com/v2", build = "${r.str(12, HEX)}", region = "eu-west-1" })\n}\n`);
bb.ben("fix39d-tf-interpolated", "a map of interpolations and function calls",
  `data = {\n  password = "\${var.x}"\n  token    = sensitive(var.x)\n  api_key  = base64decode(var.encoded_key)\n  "config.json" = file("\${path.module}/config.json")\n}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
