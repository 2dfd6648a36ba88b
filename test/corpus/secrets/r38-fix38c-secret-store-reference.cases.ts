// Round thirty-eight (fix38c): a secret-named slot whose value is a REFERENCE to a secret in a store, as secrets
// plugins (Buildkite's aws-sm, Drone's, Woodpecker's), External Secrets, Doppler, Berglas, sops and vals take it:
// a path of words (`ci/dockerhub`, `prod/db/password`), a Secrets Manager ARN, a Secret Manager resource name,
// `vault:secret/data/app#password`, `op://vault/item/field`, `sm://…`, `ref+awssecrets://…`. Positives: the same
// slots holding a real password or token that happens to contain a slash (a drawn `Xk7/pQ2…`, base64 with `/`).
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64 } from "./_gen.ts";

const r = new Rng(0x38c004);
const b = builder({ category: "r38-fix38c-secret-store-reference" });
const bb = builder({ category: "r38-fix38c-secret-store-reference-benign" });
const slashed = () => `${r.str(5, ALNUM)}/${r.str(7, ALNUM)}${r.digits(2)}/${r.str(4, ALNUM)}`;
const awsSm = (env: Array<[string, string]>) =>
  `steps:\n  - command: make release\n    plugins:\n      - seek-oss/aws-sm#v2.3.2:\n          env:\n${env.map(([k, v]) => `            ${k}: ${v}`).join("\n")}\n`;

bb.ben("fix38c-ref-buildkite-words", "Buildkite aws-sm plugin: env names mapped to Secrets Manager paths of words",
  awsSm([["DOCKER_PASSWORD", "ci/dockerhub"], ["NPM_TOKEN", "ci/npm-publish-token"], ["SENTRY_AUTH_TOKEN", "ci/sentry"]]));
bb.ben("fix38c-ref-buildkite-arn", "Buildkite aws-sm plugin: a secret given by its ARN",
  awsSm([["DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/ledger/db-password-Ab12Cd"]]));
bb.ben("fix38c-ref-gsm-resource", "Cloud Run env (French comment): Secret Manager resource names as values",
  `# les valeurs sont des références Secret Manager\nenv:\n  API_SECRET: projects/acme-prod/secrets/api-secret/versions/latest\n  DB_PASSWORD: projects/acme-prod/secrets/db-password/versions/3\n`);
bb.ben("fix38c-ref-vault-field", "app config: vault:secret/data/app#password references (bank-vaults style)",
  `env:\n  - name: DB_PASSWORD\n    value: vault:secret/data/payments/db#password\n  - name: STRIPE_SECRET_KEY\n    value: vault:secret/data/payments/stripe#secret_key\n`);
bb.ben("fix38c-ref-op-uri", ".env for op run: 1Password secret references",
  `GITHUB_TOKEN=op://Engineering/GitHub CI/token\nDB_PASSWORD=op://Production/Postgres/password\nAWS_SECRET_ACCESS_KEY=op://Production/aws-deploy/secret-access-key\n`);
bb.ben("fix38c-ref-vals-berglas", "helmfile values: vals ref+ URIs and a berglas:// reference",
  `secrets:\n  dbPassword: ref+awssecrets://prod/ledger/db#/password\n  apiToken: ref+vault://secret/data/ledger#/api_token\n  signingKey: berglas://acme-secrets/signing-key\n`);
bb.ben("fix38c-ref-json-path", "Drone/Woodpecker JSON: secret paths of words under password names",
  `{"environment":{"REGISTRY_PASSWORD":"ci/registry/password","SLACK_WEBHOOK_SECRET":"shared/slack/webhook"}}\n`);

b.pos("fix38c-ref-pos-slashed-password", "Buildkite env (not a plugin): DOCKER_PASSWORD a drawn password with slashes",
  `steps:\n  - command: make publish\n    env:\n      DOCKER_PASSWORD: ${slashed()}\n`);
b.pos("fix38c-ref-pos-base64-slash", "env: DB_PASSWORD base64 of random bytes (slashes in it)",
  `env:\n  DB_PASSWORD: ${r.str(10, ALNUM)}/${r.str(12, B64)}/${r.str(8, ALNUM)}\n`);
b.pos("fix38c-ref-pos-json-slash", "JSON env: REGISTRY_PASSWORD a drawn value with one slash",
  `{"environment":{"REGISTRY_PASSWORD":"${r.str(9, ALNUM)}${r.digits(2)}/${r.str(9, ALNUM)}"}}\n`);
b.pos("fix38c-ref-pos-dotenv-aws", ".env: AWS secret access key (40 of base64 with slashes)",
  `AWS_ACCESS_KEY_ID=AKIA${r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\nAWS_SECRET_ACCESS_KEY=${r.str(12, ALNUM)}/${r.str(14, ALNUM)}/${r.str(12, ALNUM)}\n`);
b.pos("fix38c-ref-pos-plugin-mixed", "aws-sm plugin block beside a literal token placed in env by mistake",
  `steps:\n  - command: make release\n    env:\n      NPM_TOKEN: npm_${r.str(36, ALNUM)}\n    plugins:\n      - seek-oss/aws-sm#v2.3.2:\n          env:\n            DOCKER_PASSWORD: ci/dockerhub\n`);
b.pos("fix38c-ref-pos-words-digits-slash", "YAML secrets: an API secret of mixed case and digits around a slash",
  `secrets:\n  apiSecret: ${r.str(16, ALNUM)}/${r.str(16, ALNUM)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
