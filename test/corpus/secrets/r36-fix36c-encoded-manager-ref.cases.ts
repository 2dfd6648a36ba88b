// Round thirty-six (fix36c): a value base64-encoded (a Kubernetes Secret's `data:`, a Helm value, an env file built
// by `base64`) whose text is a secret manager's reference and nothing else: an ARN of Secrets Manager or SSM, 1Password's
// `op://`, Google Secret Manager's `projects/…/secrets/…`, Azure Key Vault's secret URL, a `vault:` path. It names the
// secret; it holds none. Positives: the same slots holding base64 of a real drawn secret, of a reference with the
// secret beside it, or the secret plainly.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x36c001);
const b = builder({ category: "r36-fix36c-encoded-manager-ref" });
const bb = builder({ category: "r36-fix36c-encoded-manager-ref-benign" });
const b64 = (s: string) => Buffer.from(s).toString("base64");
const acct = () => r.digits(12);
const drawn = (n = 32) => r.str(n, ALNUM);
const k8s = (name: string, rows: Array<[string, string]>) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\ntype: Opaque\ndata:\n${rows.map(([k, v]) => `  ${k}: ${v}`).join("\n")}\n`;

bb.ben("fix36c-encref-k8s-secretsmanager-arn", "k8s Secret data: base64 of a Secrets Manager ARN",
  k8s("billing-creds", [["STRIPE_SECRET_KEY", b64(`arn:aws:secretsmanager:eu-west-1:${acct()}:secret:prod/stripe-${drawn(6)}`)]]));
bb.ben("fix36c-encref-k8s-ssm-parameter", "k8s Secret data: base64 of an SSM parameter ARN, with an echo's newline",
  k8s("db", [["DB_PASSWORD", b64(`arn:aws:ssm:us-east-1:${acct()}:parameter/prod/db/password\n`)], ["DB_USER", b64("app")]]));
bb.ben("fix36c-encref-op-uri", "Helm values: base64 of a 1Password op:// reference",
  `secrets:\n  apiToken: ${b64("op://Platform/twilio-prod/credential")}\n  authSecret: ${b64("op://Platform/auth0-prod/client_secret")}\n`);
bb.ben("fix36c-encref-gcp-secret-name", "k8s Secret data: base64 of a Google Secret Manager resource name",
  k8s("payments", [["ADYEN_API_KEY", b64(`projects/${r.digits(12)}/secrets/adyen-api-key/versions/latest`)]]));
bb.ben("fix36c-encref-azure-kv-url", "env file of base64 values: Azure Key Vault secret URL",
  `# values are base64 (kustomize secretGenerator envs)\nCLIENT_SECRET_B64=${b64("https://kv-identity-prod.vault.azure.net/secrets/entra-client-secret")}\n`);
bb.ben("fix36c-encref-vault-path", "k8s Secret data: base64 of a bank-vaults vault: path",
  k8s("ledger", [["RAZORPAY_KEY_SECRET", b64("vault:secret/data/ledger/razorpay#key_secret")], ["RAZORPAY_KEY_ID", b64("vault:secret/data/ledger/razorpay#key_id")]]));
bb.ben("fix36c-encref-json-manifest", "JSON Secret manifest (kubectl get -o json), data holding a govcloud ARN",
  `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"idp"},"data":{"OKTA_API_TOKEN":"${b64(`arn:aws-us-gov:secretsmanager:us-gov-west-1:${acct()}:secret:idp/okta-${drawn(6)}`)}"}}\n`);

b.pos("fix36c-encref-k8s-drawn", "k8s Secret data: base64 of a drawn API secret",
  k8s("billing-creds", [["STRIPE_SECRET_KEY", b64("sk_" + "live_" + drawn(40))]]));
b.pos("fix36c-encref-k8s-password", "k8s Secret data: base64 of a drawn password beside a reference",
  k8s("db", [["DB_PASSWORD", b64(r.str(24, ALNUM + "!#%"))], ["DB_PASSWORD_REF", b64(`arn:aws:ssm:us-east-1:${acct()}:parameter/prod/db/password`)]]));
b.pos("fix36c-encref-ref-and-secret", "base64 of a JSON document naming its source ARN beside the secret itself",
  k8s("payments", [["config.json", b64(`{"source":"arn:aws:secretsmanager:eu-west-1:${acct()}:secret:adyen","api_key":"${"AQE" + drawn(60)}"}`)]]));
b.pos("fix36c-encref-helm-drawn-token", "Helm values: base64 of a drawn token",
  `secrets:\n  apiToken: ${b64(drawn(40))}\n`);
b.pos("fix36c-encref-plain-beside-ref", "a reference in a comment, the secret plainly under its name",
  `# source: arn:aws:secretsmanager:eu-west-1:${acct()}:secret:prod/okta\nOKTA_API_TOKEN=00${drawn(40)}\n`);
b.pos("fix36c-encref-env-b64-jwt-secret", "env file of base64 values: base64 of a drawn JWT signing secret",
  `JWT_SECRET_B64=${b64(r.b64bytes(48))}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
