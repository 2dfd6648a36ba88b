// Round thirty (held-out Y132's Tomcat context.xml): an XML element that names a variable in one attribute
// and gives its value in another, beyond the settings elements already read (`<add>`, `<property>`):
// Tomcat's JNDI `<Environment name="…" value="…"/>`, phpunit.xml's `<env>`, `<server>`, `<var>`, an IDE's
// `<option name="…" value="…"/>`, a build tool's `<variable>`. Benign: metadata names (policy, endpoint,
// storage), empty values, references to the environment or to files, placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x30e404);
const b = builder({ category: "r30e-xml-named-value" });
const bb = builder({ category: "r30e-xml-named-value-benign" });
const SYM = "!#%*@^~?";
const pw = () => `${r.str(2, UPPER)}${r.str(4, LOWER)}${r.pick([...SYM])}${r.str(3, DIGITS)}${r.str(3, UPPER)}${r.pick([...SYM])}${r.str(2, LOWER)}${r.str(2, DIGITS)}`;

b.pos("r30e-xnv-tomcat-env", "Tomcat context.xml JNDI Environment entry",
  `<Context reloadable="false">\n  <Environment name="directoryBindPassword" value="${pw()}" type="java.lang.String" override="false"/>\n  <Environment name="directoryUrl" value="ldaps://dc1.corp.test:636" type="java.lang.String"/>\n</Context>\n`);
b.pos("r30e-xnv-phpunit-env", "phpunit.xml env entry",
  `<phpunit bootstrap="vendor/autoload.php">\n  <php>\n    <env name="APP_ENV" value="testing"/>\n    <env name="MAIL_PASSWORD" value="${pw()}"/>\n  </php>\n</phpunit>\n`);
b.pos("r30e-xnv-phpunit-server", "phpunit.xml server entry with a punctuated secret",
  `<php>\n  <server name="PAYMENT_API_SECRET" value="${pw()}"/>\n</php>\n`);
b.pos("r30e-xnv-ide-option", "IDE data source option holding a password",
  `<component name="DataSourceManagerImpl">\n  <data-source name="erp@prod">\n    <option name="password" value="${pw()}" />\n    <option name="user" value="erp_ro" />\n  </data-source>\n</component>\n`);
b.pos("r30e-xnv-var", "phpunit var entry",
  `<php>\n  <var name="SMTP_PASSWORD" value="${pw()}"/>\n</php>\n`);
b.pos("r30e-xnv-variable-token", "build config variable holding a punctuated token",
  `<variables>\n  <variable name="DEPLOY_TOKEN" value="${pw()}"/>\n</variables>\n`);

bb.ben("r30e-xnv-b-policy", "password policy name",
  `<Environment name="passwordPolicy" value="strict" type="java.lang.String"/>\n<Environment name="passwordMinLength" value="14" type="java.lang.Integer"/>\n`);
bb.ben("r30e-xnv-b-endpoint", "token endpoint URL",
  `<Environment name="tokenEndpoint" value="https://sso.corp.test/oauth2/v1/token" type="java.lang.String"/>\n`);
bb.ben("r30e-xnv-b-empty", "empty value in phpunit.xml",
  `<env name="MAIL_PASSWORD" value=""/>\n<env name="MAIL_USERNAME" value="null"/>\n`);
bb.ben("r30e-xnv-b-envref", "reference to the environment",
  `<server name="PAYMENT_API_SECRET" value="%env(PAYMENT_API_SECRET)%"/>\n<env name="DB_PASSWORD" value="\${DB_PASSWORD}"/>\n`);
bb.ben("r30e-xnv-b-storage", "IDE option naming the password storage",
  `<option name="passwordStorage" value="KEEPASS" />\n<option name="rememberPassword" value="true" />\n`);
bb.ben("r30e-xnv-b-file", "variable pointing at a secret file",
  `<variable name="SECRET_KEY_FILE" value="/run/secrets/signing.key"/>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
