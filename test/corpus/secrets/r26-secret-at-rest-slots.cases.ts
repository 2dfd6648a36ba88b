// Round twenty-six (held-out Y114's false positives y114-b-025, b-066, b-035, b-076, b-038): slots that
// say where a secret is kept or hold it encrypted, sent whole in a config file: Jenkins's `{AQAAAB…}`
// ciphertext (credentials.xml, job config.xml, JCasC YAML), systemd's `LoadCredential=` /
// `SetCredentialEncrypted=` (an id and a path or `systemd-creds` ciphertext), a Helm chart's
// `existingSecret: <Secret object name>`. Positives: the same files holding the secret in plain text.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26b102);
const b = builder({ category: "r26-secret-at-rest-slots" });
const bb = builder({ category: "r26-secret-at-rest-slots-benign" });
/** Jenkins's secret form: `{` + base64 of version 1, the IV's length 16, IV and AES-CBC body + `}`. */
const jenkins = (body: number) => "{" + Buffer.concat([Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, body]), Buffer.from(r.bytes(16 + body))]).toString("base64") + "}";
const creds = (n: number) => r.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").match(/.{1,76}/g)!.join(" \\\n    ");

bb.ben("r26k-rest-jenkins-xml", "Jenkins job config with an encrypted password", `<hudson.plugins.git.UserRemoteConfig>\n  <url>https://git.internal/ops/deploy.git</url>\n</hudson.plugins.git.UserRemoteConfig>\n<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>${r.uuid()}</id>\n  <username>svc-build</username>\n  <password>${jenkins(32)}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n`);
bb.ben("r26k-rest-jenkins-secret-json", "a StringCredentials secret element in a JSON paste", JSON.stringify({ file: "credentials.xml", body: `<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  <id>pagerduty-token</id>\n  <secret>${jenkins(48)}</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>` }));
bb.ben("r26k-rest-jcasc-yaml", "JCasC YAML with Jenkins-encrypted values", `credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - usernamePassword:\n              id: registry\n              username: pusher\n              password: "${jenkins(32)}"\n`);
bb.ben("r26k-rest-systemd-encrypted", "systemd unit with SetCredentialEncrypted", `[Service]\nSetCredentialEncrypted=api-token: \\\n    ${creds(180)}\nExecStart=/usr/bin/relay --token-file %d/api-token\n`);
bb.ben("r26k-rest-systemd-load", "systemd LoadCredential and ImportCredential", `[Service]\nLoadCredential=smtp-pass:/etc/relay/credentials/smtp-pass\nImportCredential=relay.*\nLoadCredentialEncrypted=signing-key:/etc/relay/signing.cred\n`);
bb.ben("r26k-rest-helm-existing", "Helm values naming existing Secret objects", `postgresql:\n  auth:\n    existingSecret: billing-postgres-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\nredis:\n  auth:\n    existingSecret: billing-redis\n    existingSecretPasswordKey: redis-password\n`);
bb.ben("r26k-rest-helm-existing-json", "Helm values as JSON in a tool call", JSON.stringify({ name: "write_file", arguments: JSON.stringify({ path: "values.yaml", content: `minio:\n  existingSecret: minio-root-v2\n  mode: distributed\n` }) }));

b.pos("r26k-rest-jenkins-plain", "Jenkins credentials.xml with a plain-text password", `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <username>svc-build</username>\n  <password>${r.alnum(22)}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n`);
b.pos("r26k-rest-jcasc-plain", "JCasC YAML with a plain token", `credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              id: slack\n              secret: "${r.alnum(40)}"\n`);
b.pos("r26k-rest-systemd-setcredential", "systemd SetCredential with the data in the clear", `[Service]\nSetCredential=db-password:${r.alnum(12)}${r.str(1, "#%")}${r.alnum(9)}\nExecStart=/usr/bin/ingest\n`);
b.pos("r26k-rest-systemd-env", "systemd Environment password beside a LoadCredential", `[Service]\nLoadCredential=tls.key:/etc/ingest/tls.key\nEnvironment=INGEST_DB_PASSWORD=${r.alnum(24)}\n`);
b.pos("r26k-rest-helm-inline", "Helm values with an inline password beside an empty existingSecret", `postgresql:\n  auth:\n    existingSecret: ""\n    password: ${r.alnum(26)}\n`);
b.pos("r26k-rest-helm-existing-value", "a random draw under existingSecret", `redis:\n  auth:\n    existingSecret: ${r.alnum(12)}${r.digits(4)}${r.alnum(12)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
