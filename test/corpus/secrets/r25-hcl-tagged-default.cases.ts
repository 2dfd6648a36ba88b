// Round twenty-five (held-out Y103): a Terraform variable marked `sensitive = true` whose default is a
// provider's short kind tag and lower-case letters and digits (`sk_<draw>`, Checkout.com's legacy keys),
// judged as the tagged draw. Benign: a sensitive variable whose default is a word, a path, an empty string,
// a tagged placeholder; a non-sensitive variable's tagged slug. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x25a002);
const b = builder({ category: "r25-hcl-tagged-default" });
const bb = builder({ category: "r25-hcl-tagged-default-benign" });
const draw = (n: number) => {
  let s = "";
  while (s.length < n) s += r.str(1, LOWER) + r.str(1, DIGITS) + r.str(r.int(2) + 1, LOWER);
  return s.slice(0, n);
};
const hcl = (name: string, v: string, extra = "") => `variable "${name}" {\n  type      = string\n  sensitive = true\n${extra}  default   = "${v}"\n}\n`;

b.pos("r25-hcl-sk", "sk_ tag and 26 drawn", hcl("payments_secret_key", `sk_${draw(26)}`));
b.pos("r25-hcl-sk-live", "sk_live_ tag and 30 drawn", hcl("gateway_api_key", `sk_live_${draw(30)}`));
b.pos("r25-hcl-rk", "rk_ tag and 28 drawn, description line", hcl("billing_api_key", `rk_${draw(28)}`, `  description = "restricted key"\n`));
b.pos("r25-hcl-pat", "pat_ tag and 32 drawn", hcl("ci_access_token", `pat_${draw(32)}`));
b.pos("r25-hcl-tok", "tok_ tag and 24 drawn, resource after", hcl("sync_token", `tok_${draw(24)}`) + `\nresource "null_resource" "x" {\n  triggers = { t = var.sync_token }\n}\n`);
b.pos("r25-hcl-whsec", "whsec_ tag and 32 drawn", hcl("webhook_secret", `whsec_${draw(32)}`));

bb.ben("r25-hcl-ben-word", "sensitive default is a word", hcl("payments_secret_key", "changeme"));
bb.ben("r25-hcl-ben-empty", "sensitive default empty", hcl("gateway_api_key", ""));
bb.ben("r25-hcl-ben-placeholder", "a tagged placeholder", hcl("billing_api_key", "sk_your_secret_key_goes_here"));
bb.ben("r25-hcl-ben-slug", "a non-secret name's tagged slug", `variable "bucket_prefix" {\n  type    = string\n  default = "env_${draw(26)}"\n}\n`);
bb.ben("r25-hcl-ben-words", "a tagged snake-case phrase", hcl("ci_access_token", "tok_set_in_the_pipeline_variables"));
bb.ben("r25-hcl-ben-path", "a sensitive default that is a path", hcl("webhook_secret", "/run/secrets/webhook_secret"));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
