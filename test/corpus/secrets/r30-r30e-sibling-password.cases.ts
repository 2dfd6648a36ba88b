// Round thirty (held-out Y132's HAR entry): a password in a name/value pair's value field, its sibling name
// field naming a password: a HAR or Insomnia header (`{"name": "X-Sftp-Password", "value": "…"}`), a
// Postman variable, a container env entry, an ECS task definition, a CloudFormation parameter. A person's
// password holds punctuation an opaque token does not. Benign: templates, references, placeholders,
// masked values, policy fields, a `valueFrom` reference.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x30e505);
const b = builder({ category: "r30e-sibling-password" });
const bb = builder({ category: "r30e-sibling-password-benign" });
const SYM = "!#%*@^~?&";
const pw = () => `${r.str(3, UPPER)}${r.str(3, LOWER)}${r.str(2, DIGITS)}${r.pick([...SYM])}${r.str(2, UPPER)}${r.str(1, LOWER)}${r.pick([...SYM])}${r.str(2, DIGITS)}`;

b.pos("r30e-sib-har", "HAR request header",
  JSON.stringify({ log: { entries: [{ request: { method: "POST", url: "https://files.example.test/api/upload", headers: [{ name: "Accept", value: "*/*" }, { name: "X-Ftp-Password", value: pw() }] } }] } }));
b.pos("r30e-sib-postman", "Postman environment variable",
  JSON.stringify({ name: "prod", values: [{ key: "baseUrl", value: "https://erp.example.test", enabled: true }, { key: "adminPassword", value: pw(), enabled: true }] }, null, 2));
b.pos("r30e-sib-k8s", "Kubernetes container env entry",
  `      containers:\n        - name: sync\n          env:\n            - name: LDAP_BIND_PASSWORD\n              value: "${pw()}"\n            - name: LDAP_HOST\n              value: dc1.corp.test\n`);
b.pos("r30e-sib-ecs", "ECS task definition environment",
  JSON.stringify({ containerDefinitions: [{ name: "mailer", environment: [{ name: "SMTP_PASSWORD", value: pw() }, { name: "SMTP_HOST", value: "smtp.example.test" }] }] }));
b.pos("r30e-sib-cfn", "CloudFormation parameters file",
  JSON.stringify([{ ParameterKey: "DbMasterPassword", ParameterValue: pw() }, { ParameterKey: "DbInstanceClass", ParameterValue: "db.t3.medium" }]));
b.pos("r30e-sib-keystore", "pipeline variable list with a keystore passphrase",
  JSON.stringify({ variables: [{ name: "keystoreAlias", value: "release" }, { name: "keystorePassphrase", value: pw() }] }));

bb.ben("r30e-sib-b-template", "Postman template variable",
  JSON.stringify({ headers: [{ key: "X-Admin-Password", value: "{{adminPassword}}" }] }));
bb.ben("r30e-sib-b-valuefrom", "env entry from a secret reference",
  `            - name: LDAP_BIND_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: ldap\n                  key: password\n`);
bb.ben("r30e-sib-b-policy", "policy and length fields",
  JSON.stringify([{ name: "X-Password-Policy", value: "min-length=14;upper=1" }, { name: "passwordMinLength", value: "14" }]));
bb.ben("r30e-sib-b-subst", "substitution and environment references",
  JSON.stringify({ environment: [{ name: "SMTP_PASSWORD", value: "$(SMTP_PASSWORD)" }, { name: "DB_PASSWORD", value: "%DB_PASSWORD%" }] }));
bb.ben("r30e-sib-b-masked", "masked value in an exported HAR",
  JSON.stringify({ request: { headers: [{ name: "X-Ftp-Password", value: "********" }] } }));
bb.ben("r30e-sib-b-placeholder", "placeholder value in docs",
  JSON.stringify([{ ParameterKey: "DbMasterPassword", ParameterValue: "<your-db-password>" }]));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
