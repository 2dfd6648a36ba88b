// Round thirty-one (Y136's misses): a resource's secret attribute in `terraform plan` output
// (`  + token      = "…"`). The slot reader took at most four blanks before the sign (a plan aligns
// its signs to a column), and a long base64 token of random bytes read as ciphertext. A planned
// attribute is the value handed to the provider. Benign: the plan's own redaction and unknowns,
// public keys, ids, ciphertext named as such, fingerprints.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, B64 } from "./_gen.ts";

const r = new Rng(0x31f003);
const t = builder({ category: "r31f-planned-attribute" });
const tb = builder({ category: "r31f-planned-attribute-benign" });

const longToken = () => r.str(r.int(100) + 300, B64);
const plan = (type: string, attrs: string) =>
  `Terraform will perform the following actions:\n\n  # ${type}.main will be created\n  + resource "${type}" "main" {\n      + id           = (known after apply)\n${attrs}    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n`;

t.pos("r31f-plan-long-token", "a long base64 token in a plan", plan("aiven_service_integration_endpoint", `      + token        = "${longToken()}"\n`));
t.pos("r31f-plan-api-key", "an API key in a plan", plan("datadog_integration", `      + api_key      = "${r.hex(32)}"\n      + site         = "datadoghq.eu"\n`));
t.pos("r31f-plan-password", "a drawn password in a plan", plan("postgresql_role", `      + name         = "reporting"\n      + password     = "${r.alnum(10)}${r.digits(3)}${r.alnum(8)}"\n`));
t.pos("r31f-plan-update", "an update in place", `  # azuread_application_password.ci will be updated in-place\n  ~ resource "azuread_application_password" "ci" {\n      ~ client_secret           = "${r.alnum(36)}${r.digits(4)}"\n    }\n`);
t.pos("r31f-plan-chat", "a plan pasted in a chat body", JSON.stringify({ messages: [{ role: "user", content: `why does this plan fail?\n${plan("cloudflare_api_token", `      + value          = "${r.alnum(40)}"\n      + token          = "${longToken()}"\n`)}` }] }));
t.pos("r31f-hcl-aligned", "aligned HCL variables", `variable_values = {\n  region                  = "eu-west-1"\n  grafana_auth_token      = "${r.alnum(30)}${r.digits(4)}"\n}\n`);

tb.ben("r31f-plan-sensitive", "the plan's redaction", plan("aiven_service_integration_endpoint", `      + token        = (sensitive value)\n`));
tb.ben("r31f-plan-known-after", "a value known after apply", plan("vault_token", `      + client_token = (known after apply)\n      + token_id     = "${r.uuid()}"\n`));
tb.ben("r31f-plan-public-key", "a public key in a plan", plan("aws_key_pair", `      + key_name     = "deployer"\n      + public_key   = "ssh-ed25519 ${Buffer.from("\u0000\u0000\u0000\u000bssh-ed25519\u0000\u0000\u0000 " + r.alnum(32)).toString("base64")} deploy@ci"\n`));
tb.ben("r31f-plan-ciphertext", "ciphertext named as such", plan("aws_kms_ciphertext", `      + ciphertext_blob = "${longToken()}"\n      + encrypted_token = "${longToken()}"\n`));
tb.ben("r31f-plan-fingerprint", "a key fingerprint", plan("aws_key_pair", `      + fingerprint  = "${Array.from({ length: 16 }, () => r.hex(2)).join(":")}"\n`));
tb.ben("r31f-plan-var-ref", "a variable reference in HCL", `resource "aiven_kafka_user" "app" {\n  password      = var.kafka_password\n  token         = "\${data.vault_generic_secret.aiven.data["token"]}"\n}\n`);

export const cases: CorpusCase[] = [...t.cases, ...tb.cases];
