// Round thirty-eight (fix38c): a literal handed to an infrastructure-as-code API whose job is to wrap a SECRET value:
// AWS CDK's `SecretValue.unsafePlainText("…")` (TS, Python's `unsafe_plain_text`, `fromUnsafePlaintext`), Pulumi's
// `pulumi.secret("…")`, `Output.secret`, C#'s `Output.CreateSecret`, a config secret's literal fallback.
// The API says what the value is, whatever the names say. Benign: references (`SecretValue.secretsManager`,
// `ssmSecure`), variables, expressions, `random_password.x.result`, `var.x`, `${…}` and placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x38c001);
const b = builder({ category: "r38-fix38c-iac-secret-wrapper" });
const bb = builder({ category: "r38-fix38c-iac-secret-wrapper-benign" });
const drawn = (n = 24) => r.str(n, ALNUM);
const pw = () => `${r.str(6, ALNUM)}@${r.digits(2)}${r.str(9, ALNUM)}!`;
const cdkHead = `import { SecretValue, Stack } from "aws-cdk-lib";\nimport * as sm from "aws-cdk-lib/aws-secretsmanager";\n\n`;

b.pos("fix38c-iac-cdk-ts-plain-name", "CDK TS: unsafePlainText under a secret named for a service, not a credential",
  `${cdkHead}export function ledger(stack: Stack) {\n  return new sm.Secret(stack, "LedgerDatabase", {\n    secretName: "prod/ledger",\n    secretStringValue: SecretValue.unsafePlainText("${pw()}"),\n  });\n}\n`);
b.pos("fix38c-iac-cdk-py", "CDK Python: SecretValue.unsafe_plain_text (hex value)",
  `from aws_cdk import SecretValue, aws_secretsmanager as sm\n\nsm.Secret(self, "Webhook", secret_name="staging/webhook", secret_string_value=SecretValue.unsafe_plain_text("${r.str(40, HEX)}"))\n`);
b.pos("fix38c-iac-cdk-beta1", "CDK TS: secretStringBeta1 fromUnsafePlaintext",
  `${cdkHead}new sm.Secret(this, "Reporting", {\n  secretStringBeta1: sm.SecretStringValueBeta1.fromUnsafePlaintext("${drawn(28)}"),\n});\n`);
b.pos("fix38c-iac-pulumi-ts", "Pulumi TS: pulumi.secret(\"…\") in an unnamed const (Italian comment)",
  `import * as pulumi from "@pulumi/pulumi";\n// valore temporaneo per il collaudo\nconst conn = pulumi.secret("${pw()}");\nexport const ledgerConn = conn;\n`);
b.pos("fix38c-iac-pulumi-py-output", "Pulumi Python: pulumi.Output.secret(\"…\")",
  `import pulumi\n\nupstream = pulumi.Output.secret("${drawn(32)}")\npulumi.export("upstream", upstream)\n`);
b.pos("fix38c-iac-pulumi-cs", "Pulumi C#: Output.CreateSecret(\"…\")",
  `var ledger = Output.CreateSecret("${pw()}");\nvar secret = new Aws.SecretsManager.SecretVersion("ledger", new() { SecretId = s.Id, SecretString = ledger });\n`);
b.pos("fix38c-iac-pulumi-fallback", "Pulumi TS: a config secret's literal fallback",
  `const cfg = new pulumi.Config();\nconst upstream = cfg.getSecret("upstream") ?? "${drawn(30)}";\n`);

bb.ben("fix38c-iac-cdk-refs", "CDK: SecretValue.secretsManager and ssmSecure references",
  `${cdkHead}const db = SecretValue.secretsManager("prod/ledger/db", { jsonField: "password" });\nconst api = SecretValue.ssmSecure("/prod/ledger/api-token", "3");\n`);
bb.ben("fix38c-iac-cdk-expressions", "CDK: unsafePlainText of a prop and of JSON.stringify",
  `${cdkHead}new sm.Secret(this, "Db", { secretStringValue: SecretValue.unsafePlainText(props.dbPassword) });\nnew sm.Secret(this, "Cfg", { secretStringValue: SecretValue.unsafePlainText(JSON.stringify({ host: props.host, port: 5432 })) });\n`);
bb.ben("fix38c-iac-pulumi-placeholder", "Pulumi: pulumi.secret of a placeholder and of a config read",
  `const a = pulumi.secret("<your-db-password>");\nconst b = pulumi.secret(cfg.require("dbPassword"));\nconst c = pulumi.secret("changeme");\n`);
bb.ben("fix38c-iac-tf-random", "Terraform: secret versions from random_password, var and ${…}",
  `resource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = random_password.db.result\n}\n\nresource "google_secret_manager_secret_version" "api" {\n  secret      = google_secret_manager_secret.api.id\n  secret_data = var.api_token\n}\n\nresource "azurerm_key_vault_secret" "x" {\n  name         = "ledger"\n  value        = "\${random_password.ledger.result}"\n  key_vault_id = azurerm_key_vault.kv.id\n}\n`);
bb.ben("fix38c-iac-tf-k8s-refs", "Terraform kubernetes_secret data: vars, a file, a host and a port",
  `resource "kubernetes_secret" "app" {\n  metadata {\n    name = "app"\n  }\n  data = {\n    password    = var.db_password\n    host        = "db-01.prod.internal"\n    port        = "5432"\n    "config.yml" = file("\${path.module}/config.yml")\n  }\n}\n`);
bb.ben("fix38c-iac-tf-jsonencode-refs", "Terraform jsonencode map of references (French comment)",
  `# les valeurs viennent du module rds\nresource "aws_secretsmanager_secret_version" "rds" {\n  secret_id     = aws_secretsmanager_secret.rds.id\n  secret_string = jsonencode({\n    username = "ledger_svc"\n    password = random_password.rds.result\n    host     = aws_db_instance.ledger.address\n    engine   = "postgres"\n  })\n}\n`);
bb.ben("fix38c-iac-pulumi-fallback-env", "Pulumi: a config secret's fallback is an env lookup or empty",
  `const upstream = cfg.getSecret("upstream") ?? process.env.UPSTREAM_TOKEN;\nconst other = cfg.getSecret("other") || "";\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
