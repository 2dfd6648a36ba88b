// Round twenty-nine (Y130): a configuration property written as a pair of child elements, Hadoop's
// `<property><name>…</name><value>…</value></property>` (core-site, hive-site, hdfs-site) and the
// `<key>…</key><value>…</value>` of other XML configs. The value element's text is the named
// property's value: a drawn password with a symbol counts, and a path ending in the credential's own
// word (`….pat`, `….token`) names one. Benign: public or non-secret properties, references to a
// credential provider, placeholders, a name that says digest or public.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29a0e1);
const b = builder({ category: "r29-r29o-xml-name-value" });
const bb = builder({ category: "r29-r29o-xml-name-value-benign" });
const pw = () => `${r.alnum(6)}${r.digits(1)}${r.alnum(8)}${r.pick(["*", "!", "#", "@"])}${r.alnum(3)}`;
const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
const site = (...props: string[]) => `<?xml version="1.0"?>\n<configuration>\n${prop("fs.defaultFS", "hdfs://nn.example.org:8020")}${props.join("")}</configuration>\n`;

b.pos("r29o-xnv-hive-pw", "hive-site metastore password with a symbol", site(prop("javax.jdo.option.ConnectionPassword", pw())));
b.pos("r29o-xnv-ldap-bind", "core-site LDAP bind password", site(prop("hadoop.security.group.mapping.ldap.bind.password", pw())));
b.pos("r29o-xnv-pat", "personal access token under a .pat property", site(prop("trino.client.pat", r.alnum(40) + "+" + r.alnum(20))));
b.pos("r29o-xnv-sas", "Azure SAS-like token under a bare .token member", site(prop("fs.azure.account.token", r.alnum(22) + "/" + r.alnum(21))));
b.pos("r29o-xnv-key", "a <key>/<value> pair in another XML config", `<settings>\n  <entry><key>smtp.auth.password</key><value>${pw()}</value></entry>\n</settings>\n`);
b.pos("r29o-xnv-tool", "hdfs-site written by a tool call (JSON-escaped)", JSON.stringify({ tool: "write_file", input: { path: "conf/hdfs-site.xml", content: site(prop("dfs.webhdfs.oauth2.refresh.token", r.alnum(18) + "-" + r.alnum(18))) } }));
b.pos("r29o-xnv-s3a", "s3a secret key in one line", `<property><name>fs.s3a.secret.key</name><value>${r.alnum(12)}/${r.alnum(27)}</value></property>`);

bb.ben("r29o-xnv-provider", "a credential provider path instead of the password", site(prop("hadoop.security.credential.provider.path", "jceks://hdfs@nn.example.org/user/etl/ldap.jceks")));
bb.ben("r29o-xnv-placeholder", "a placeholder in the value", site(prop("javax.jdo.option.ConnectionPassword", "${env.HIVE_DB_PASSWORD}")));
bb.ben("r29o-xnv-file", "a password file's path", site(prop("ssl.server.keystore.password.file", "/etc/hadoop/conf/keystore.pass")));
bb.ben("r29o-xnv-flag", "a boolean under a token-named property", site(prop("yarn.timeline-service.delegation.token.renew", "true")));
bb.ben("r29o-xnv-class", "a class name under a token property", site(prop("hadoop.security.token.service.use_ip", "org.apache.hadoop.security.SecurityUtil")));
bb.ben("r29o-xnv-digest", "a checksum under a key name", `<entry><key>artifact.sha256.key</key><value>${r.hex(64)}</value></entry>`);
bb.ben("r29o-xnv-public", "a public key id", site(prop("dremio.public.pat.issuer", "https://auth.example.org/realms/data")));
bb.ben("r29o-xnv-word", "a word-like value", site(prop("ldap.bind.password", "ChangeMeBeforeDeploy!")));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
