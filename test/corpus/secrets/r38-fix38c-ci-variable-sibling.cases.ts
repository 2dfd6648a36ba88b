// Round thirty-eight (fix38c): a secret's NAME and VALUE in sibling fields of one record written through a CI or
// platform API: GitLab's variables endpoint as curl form fields (`--form "key=X" --form "value=…"`, `-F`, a
// urlencoded `key=X&value=…`), `gh api -f name=X -f value=…`, Terraform's `gitlab_project_variable` with its
// `key     =` aligned above `value   =`, JSON records (`{"key":…,"value":…}`, `{"name":…,"value":…}`). Benign: the
// same records whose name is no secret, whose value is a variable, a file, a mask, a placeholder or a resource.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x38c002);
const b = builder({ category: "r38-fix38c-ci-variable-sibling" });
const bb = builder({ category: "r38-fix38c-ci-variable-sibling-benign" });
const drawn = (n = 24) => r.str(n, ALNUM);
const api = "https://gitlab.example.com/api/v4/projects/4711/variables";

b.pos("fix38c-sib-curl-form-token", "GitLab variables API: curl --form key=DEPLOY_TOKEN, --form value=<drawn>",
  `curl --request POST --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "${api}" --form "key=DEPLOY_TOKEN" --form "value=${drawn(26)}" --form "protected=true"\n`);
b.pos("fix38c-sib-curl-F-password", "GitLab variables API: -F key=REGISTRY_PASSWORD -F value=<person's password with @>",
  `curl -sS -X POST -H "PRIVATE-TOKEN: \${GL_TOKEN}" ${api} \\\n  -F key=REGISTRY_PASSWORD \\\n  -F value=${r.str(8, ALNUM)}@${r.str(10, ALNUM)} \\\n  -F masked=true\n`);
b.pos("fix38c-sib-urlencoded", "urlencoded body: key=SMTP_PASSWORD&value=<password>&masked=true",
  `curl -X POST "${api}" -H "PRIVATE-TOKEN: $TOKEN" -d "key=SMTP_PASSWORD&value=${r.str(18, ALNUM + "!%*")}&masked=true"\n`);
b.pos("fix38c-sib-gh-api-field", "gh api -f name=SONAR_TOKEN -f value=<drawn> (org variable)",
  `gh api --method POST orgs/acme/actions/variables -f name=SONAR_TOKEN -f value=sqa_${r.hex(40)} -f visibility=private\n`);
b.pos("fix38c-sib-terraform-aligned", "Terraform gitlab_project_variable: key     = aligned above value   =",
  `resource "gitlab_project_variable" "nexus" {\n  project   = gitlab_project.app.id\n  key       = "NEXUS_PASSWORD"\n  value     = "${r.str(14, ALNUM)}#${r.str(6, ALNUM)}"\n  protected = true\n  masked    = true\n}\n`);
b.pos("fix38c-sib-json-gitlab", "GitLab API JSON body (German comment): key DB_PASSWORD, value a drawn password",
  `# Variable per API anlegen\ncurl -X POST "${api}" -H "Content-Type: application/json" --data '{"key":"DB_PASSWORD","value":"${drawn(20)}","masked":true,"protected":false}'\n`);
b.pos("fix38c-sib-vercel-env", "Vercel env API record: key PAYMENTS_API_SECRET, value drawn, target after it",
  `{"key":"PAYMENTS_API_SECRET","value":"${drawn(32)}","type":"encrypted","target":["production","preview"]}\n`);

bb.ben("fix38c-sib-curl-form-region", "GitLab variables API: key=AWS_REGION, a region as the value",
  `curl --request POST --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "${api}" --form "key=AWS_DEFAULT_REGION" --form "value=eu-central-1" --form "masked=false"\n`);
bb.ben("fix38c-sib-curl-form-variable", "GitLab variables API: value=$NEXUS_PASSWORD (shell variable)",
  `curl --request POST --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "${api}" --form "key=NEXUS_PASSWORD" --form "value=$NEXUS_PASSWORD" --form "masked=true"\n`);
bb.ben("fix38c-sib-urlencoded-braced", "urlencoded body: value=\${DB_PASSWORD}",
  `curl -X POST "${api}" -d "key=DB_PASSWORD&value=\${DB_PASSWORD}&masked=true"\n`);
bb.ben("fix38c-sib-list-masked", "GitLab API list response: values shown as [MASKED]",
  `[{"variable_type":"env_var","key":"NEXUS_PASSWORD","value":"[MASKED]","protected":true,"masked":true},{"variable_type":"env_var","key":"DEPLOY_TOKEN","value":"[MASKED]","protected":true,"masked":true}]\n`);
bb.ben("fix38c-sib-curl-F-file", "GitLab variables API: value read from a file (-F value=@file)",
  `curl -X POST "${api}" -F key=DEPLOY_TOKEN -F value=@deploy_token.txt -F masked=true\n`);
bb.ben("fix38c-sib-terraform-var", "Terraform gitlab_project_variable: value from a variable and from random_password",
  `resource "gitlab_project_variable" "nexus" {\n  project   = gitlab_project.app.id\n  key       = "NEXUS_PASSWORD"\n  value     = var.nexus_password\n  masked    = true\n}\n\nresource "gitlab_project_variable" "db" {\n  key       = "DB_PASSWORD"\n  value     = random_password.db.result\n}\n`);
bb.ben("fix38c-sib-gh-api-flavor", "gh api -f name=BUILD_FLAVOR -f value=release-candidate (not a secret)",
  `gh api --method POST repos/acme/app/actions/variables -f name=BUILD_FLAVOR -f value=release-candidate-2024\n`);
bb.ben("fix38c-sib-ecs-valuefrom", "ECS task definition: the secret's name with valueFrom an ARN",
  `{"secrets":[{"name":"DB_PASSWORD","valueFrom":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"}]}\n`);
bb.ben("fix38c-sib-json-placeholder", "GitLab API JSON body (Spanish comment): value <your-db-password>",
  `# sustituya el valor antes de ejecutar\ncurl -X POST "${api}" --data '{"key":"DB_PASSWORD","value":"<your-db-password>","masked":true}'\n`);
bb.ben("fix38c-sib-masked-stars", "urlencoded body: value=******** (masked in a log)",
  `POST /api/v4/projects/4711/variables key=DEPLOY_PASSWORD&value=********&masked=true -> 201\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
