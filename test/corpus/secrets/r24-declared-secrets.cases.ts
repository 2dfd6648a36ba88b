// Round twenty-four (held-out Y91..Y93 classes): secrets declared under their name where the value
// sits apart from it or in a form the generic tests under-rate. An HCL variable (Terraform, Packer,
// Nomad) named for a secret whose `default` a few lines down holds a vendor-prefixed hex key, a
// spaced application password, or (marked `sensitive = true`) lower-case letters and digits; a
// vendor's short prefix on hex (`cs<hex>`, `fc-<hex>`) in an export, a shell history line or a
// tfvars line; an AK/SK pair's `…_sk` column in a SQL insert. Benign: a ttl under a token's name,
// an empty or null sensitive default, a description, an image digest, a Vault path, a warehouse's
// surrogate keys (`customer_sk`), history lines exporting PATH and other plain settings.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x24dec1a7);
const b = builder({ category: "r24-declared", expect: "secrets" });
const bb = builder({ category: "r24-declared-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const lowerAlnum = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < 5) v = r.str(n, LOWER + DIGITS);
  return v;
};
const grouped = () => Array.from({ length: 6 }, () => mixed(4)).join(" ");

// ---- HCL variables named for a secret, the value in the block's default
b.pos("r24-hcl-prefixed-hex", "Terraform variable linear_api_key, default lin_ + 32 hex, marked sensitive",
  `variable "linear_api_key" {\n  description = "Linear workspace key"\n  type        = string\n  sensitive   = true\n  default     = "lin-${r.str(32, HEX)}"\n}\n`);
b.pos("r24-hcl-prefixed-hex-plain", "Terraform variable posthog_personal_token, default ph + 40 hex, not marked",
  `variable "posthog_personal_token" {\n  type    = string\n  default = "ph${r.str(40, HEX)}"\n}\n\nprovider "posthog" {\n  token = var.posthog_personal_token\n}\n`);
b.pos("r24-packer-sensitive-lower", "Packer variable registry_token marked sensitive, 26 lower-case letters and digits",
  `packer {\n  required_plugins {\n    docker = { version = ">= 1.0.8", source = "github.com/hashicorp/docker" }\n  }\n}\n\nvariable "registry_token" {\n  type      = string\n  sensitive = true\n  default   = "${lowerAlnum(26)}"\n}\n`);
b.pos("r24-nomad-sensitive-lower-after", "Nomad variable chat_bot_token, default before sensitive = true",
  `variable "chat_bot_token" {\n  type    = string\n  default = "${lowerAlnum(26)}"\n  sensitive = true\n}\n\njob "notifier" {\n  datacenters = ["dc1"]\n}\n`);
b.pos("r24-hcl-app-password", "Terraform variable smtp_app_password, an application password in spaced groups of four",
  `variable "smtp_app_password" {\n  description = "Mailbox app password for the relay"\n  type        = string\n  sensitive   = true\n  default     = "${grouped()}"\n}\n`);
b.pos("r24-hcl-wp-password-unmarked", "Terraform variable wordpress_password, spaced groups of four, no sensitive flag",
  `variable "wordpress_password" {\n  type    = string\n  default = "${grouped()}"\n}\n`);

// ---- A vendor's short prefix on hex under a token's name: exports, history, tfvars
b.pos("r24-history-prefixed-hex", "bash history: numbered export of a _TOKEN, cs + 32 hex",
  `  412  cd infra\n  413  export CONTENTSTACK_DELIVERY_TOKEN=cs${r.str(32, HEX)}\n  414  terraform plan\n`);
b.pos("r24-zsh-history-prefixed-hex", "zsh extended history: export of a _TOKEN, lt- + 32 hex",
  `: 1733482311:0;cd ~/work/app\n: 1733482318:0;export LINEAR_SYNC_TOKEN=lt-${r.str(32, HEX)}\n: 1733482330:0;npm run sync\n`);
b.pos("r24-tfvars-prefixed-hex", "terraform.tfvars: firecrawl_api_key = fc- + 32 hex",
  `region            = "eu-west-1"\nfirecrawl_api_key = "fc-${r.str(32, HEX)}"\ninstance_count    = 2\n`);
b.pos("r24-history-docker-env-prefixed-hex", "history | grep output: docker run -e NAME_TOKEN=pm + 32 hex",
  `$ history | grep docker\n  977  docker run --rm -e POSTMARK_SERVER_TOKEN=pm${r.str(32, HEX)} -p 8080:8080 mailer:dev\n  981  docker ps\n`);

// ---- AK/SK pairs: the secret key named …_sk
b.pos("r24-sql-sk-column", "SQL insert: volc_sk column in a cloud_keys table",
  `INSERT INTO cloud_keys (id, account, volc_ak, volc_sk, created_at)\nVALUES (7, 'media-prod', 'AKLT${r.str(20, ALNUM)}', '${mixed(40)}', CURRENT_TIMESTAMP);`);
b.pos("r24-sql-sk-quoted-column", "PostgreSQL insert with quoted column names: \"obs_sk\"",
  `INSERT INTO "storage_credentials" ("tenant", "obs_ak", "obs_sk") VALUES ('t-19', '${r.str(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}', '${mixed(40)}');`);
b.pos("r24-sql-sk-multirow", "MySQL multi-row insert, backquoted columns, a NCP_SK column",
  "INSERT INTO `ncp_keys` (`id`, `NCP_SK`) VALUES\n  (1, '" + mixed(40) + "'),\n  (2, '" + mixed(40) + "');");
b.pos("r24-env-sk-export", "export HUAWEICLOUD_SDK_SK with double quotes",
  `export HUAWEICLOUD_SDK_AK="${r.str(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}"\nexport HUAWEICLOUD_SDK_SK="${mixed(40)}"\n`);

// ---- Benign look-alikes
bb.ben("r24-hcl-token-ttl", "Terraform variable session_token_ttl, default a number of seconds",
  `variable "session_token_ttl" {\n  type    = string\n  default = "3600"\n}\n`);
bb.ben("r24-hcl-sensitive-empty", "sensitive = true with default = \"\" and null",
  `variable "github_token" {\n  type      = string\n  sensitive = true\n  default   = ""\n}\n\nvariable "slack_webhook_secret" {\n  type      = string\n  sensitive = true\n  default   = null\n}\n`);
bb.ben("r24-hcl-description-only", "a secret variable with a description and no default",
  `variable "vault_token" {\n  description = "Token used to read secrets from Vault at deploy time, set via TF_VAR_vault_token"\n  type        = string\n  sensitive   = true\n}\n`);
bb.ben("r24-hcl-image-digest", "a token service's image pinned by digest",
  `variable "token_exchange_image" {\n  type    = string\n  default = "ghcr.io/acme/token-exchange@sha256:${r.str(64, HEX)}"\n}\n`);
bb.ben("r24-hcl-vault-path", "a password variable defaulting to a Vault path",
  `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "secret/data/prod/postgres/password"\n}\n`);
bb.ben("r24-hcl-weak-sensitive", "sensitive defaults that are words and a year",
  `variable "admin_password" {\n  type      = string\n  sensitive = true\n  default   = "staging2024"\n}\n\nvariable "grafana_api_token" {\n  sensitive = true\n  default   = "replace-me-with-a-real-token"\n}\n`);
bb.ben("r24-hcl-token-sha-default", "a token variable defaulting to a sha- tagged digest",
  `variable "cache_token" {\n  type    = string\n  default = "sha-${r.str(40, HEX)}"\n}\n`);
bb.ben("r24-sql-surrogate-keys", "warehouse fact insert: date_sk, customer_sk, risk_sk numeric",
  `INSERT INTO fact_sales (date_sk, customer_sk, risk_sk, amount)\nVALUES (20240101, 3381, 7, 19.99), (20240102, 4410, 2, 5.00);`);
bb.ben("r24-sql-sk-business-key", "dimension insert: customer_sk numeric, a business key string, sk_id",
  `INSERT INTO dim_customer (customer_sk, sk_id, customer_bk, name) VALUES (101, 5, 'CUST-000381', 'Acme GmbH');`);
bb.ben("r24-history-plain-exports", "bash history exporting PATH, NODE_OPTIONS, a commit sha and a token file path",
  `  501  export PATH=$HOME/.local/bin:$PATH\n  502  export NODE_OPTIONS=--max-old-space-size=4096\n  503  export GIT_COMMIT=${r.str(40, HEX)}\n  504  export TOKEN_FILE=/run/secrets/api_token\n  505  export API_TOKEN=$(cat $TOKEN_FILE)\n`);
bb.ben("r24-rum-public-client-token", "browser RUM init: clientToken pub + 32 hex (public by design)",
  `window.DD_RUM && window.DD_RUM.init({\n  clientToken: '${"pub" + r.str(32, HEX)}',\n  applicationId: '${r.str(8, HEX)}-${r.str(4, HEX)}-4${r.str(3, HEX)}-8${r.str(3, HEX)}-${r.str(12, HEX)}',\n  site: 'datadoghq.com',\n});`);

export const cases = [...b.cases, ...bb.cases];
