// Round twenty-six (held-out Y114's y114-d-051, d-095): a name/value pair of fields whose name is a long
// path or identifier ending in the secret's word (an SSM parameter's `/team/app/X_API_KEY` in Terraform
// state, CloudFormation or `aws ssm get-parameters` output; a container env entry's long name), the value
// in the sibling `value` field; sent whole, escaped in JSON or form-encoded. Benign: the same shapes with
// an id or URL under the long name, an ARN's path, digests and references. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26b105);
const b = builder({ category: "r26-long-sibling-name" });
const bb = builder({ category: "r26-long-sibling-name-benign" });

const ssm = (path: string, value: string) => `{\n  "mode": "managed",\n  "type": "aws_ssm_parameter",\n  "instances": [\n    {\n      "attributes": {\n        "arn": "arn:aws:ssm:us-east-2:${r.digits(12)}:parameter${path}",\n        "name": "${path}",\n        "type": "SecureString",\n        "value": "${value}",\n        "version": 3\n      }\n    }\n  ]\n}`;

b.pos("r26k-sib-tfstate-secret", "tfstate SSM parameter under a long path", ssm("/platform/checkout/MAILGUN_SIGNING_SECRET", r.alnum(36)));
b.pos("r26k-sib-tfstate-hex-key", "tfstate SSM parameter, 32 hex under an API key path, escaped in a JSON issue body", JSON.stringify({ description: "state below\n" + ssm("/search/indexer/MEILI_MASTER_API_KEY", r.hex(32)) }));
b.pos("r26k-sib-tfstate-form", "tfstate SSM parameter form-encoded", "title=state&content=" + encodeURIComponent(ssm("/billing/prod/ADYEN_HMAC_SECRET_KEY", r.alnum(40))));
b.pos("r26k-sib-get-parameters", "aws ssm get-parameters output", JSON.stringify({ Parameters: [{ Name: "/services/notifier/prod/TWILIO_AUTH_TOKEN", Type: "SecureString", Value: r.alnum(32), Version: 4 }] }, null, 2));
b.pos("r26k-sib-env-entry", "ECS container env entry with a long name", `"environment": [\n  {\n    "name": "SEARCH_CLUSTER_ADMIN_API_KEY",\n    "value": "${r.alnum(30)}"\n  }\n]`);
b.pos("r26k-sib-cfn-param", "CloudFormation parameter pair with a long key", `[\n  {\n    "ParameterKey": "PaymentsGatewayClientSecret",\n    "ParameterValue": "${r.alnum(34)}"\n  }\n]`);

bb.ben("r26k-sib-tfstate-url", "tfstate SSM parameter holding a URL", ssm("/platform/checkout/MAILGUN_API_BASE_URL", "https://api.eu.mailgun.net/v3"));
bb.ben("r26k-sib-tfstate-id", "tfstate SSM parameter holding an app id", ssm("/search/indexer/ALGOLIA_APPLICATION_ID", r.str(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")));
bb.ben("r26k-sib-arn-ref", "a long ARN path then a version field", `{\n  "arn": "arn:aws:ssm:us-east-2:${r.digits(12)}:parameter/platform/checkout/MAILGUN_SIGNING_SECRET",\n  "value": "${r.digits(1)}"\n}`);
bb.ben("r26k-sib-digest", "a long name's value a checksum", `{\n  "name": "/releases/web/BUNDLE_SECRET_CHECKSUM",\n  "value": "${r.hex(64)}"\n}`);
bb.ben("r26k-sib-reference", "value a secrets manager reference", `{\n  "name": "ORDERS_SERVICE_DATABASE_PASSWORD",\n  "valueFrom": "arn:aws:secretsmanager:us-east-2:${r.digits(12)}:secret:orders/db-AbCdEf"\n}`);
bb.ben("r26k-sib-placeholder", "tfstate SSM parameter left a placeholder", ssm("/platform/checkout/STRIPE_WEBHOOK_SECRET", "REPLACE_ME_IN_CONSOLE"));
bb.ben("r26k-sib-token-ttl", "a long token setting's number", `{\n  "name": "/auth/session/REFRESH_TOKEN_TTL_SECONDS",\n  "value": "${r.digits(7)}"\n}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
