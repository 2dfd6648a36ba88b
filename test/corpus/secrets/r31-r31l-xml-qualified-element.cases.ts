// Round thirty-one: a secret-named XML element whose name qualifies the secret's word (`<SmtpPassword>`,
// `<db_password>`, `<smtp.password>`, `<ProxyApiKey>`), with or without attributes on its start tag, in
// config files (web.config, settings.xml, pom.xml, .csproj, Spring XML, a plist-like dump). Benign: the
// same elements (and a property list's or Hadoop's key/value pair) holding references, placeholders, ciphertext markers, nothing, a digest or a file path
// an attribute names, and elements whose name is no secret's (a length policy, a paging token).
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31e1a7);
const b = builder({ category: "r31l-xml-qualified-element" });
const bb = builder({ category: "r31l-xml-qualified-element-benign" });
const sym = () => r.pick(["!", "#", "%", "*", "@", "^"]);
const draw = () => `Vx${r.digits(2)}${sym()}${r.alnum(5)}${sym()}m${r.digits(1)}`;
const key = () => `k7${r.alnum(26)}`;

b.pos("r31l-smtp-attr", "web.config element with a type attribute", `<mailSettings>\n  <SmtpHost>smtp.example.com</SmtpHost>\n  <SmtpPassword type="plain">${draw()}</SmtpPassword>\n</mailSettings>\n`);
b.pos("r31l-snake-bare", "settings element in snake case, no attributes", `<settings>\n  <db_user>app</db_user>\n  <db_password>${draw()}</db_password>\n</settings>\n`);
b.pos("r31l-dotted-attr", "dotted element name with an attribute", `<config>\n  <mail.password scope="runtime">${draw()}</mail.password>\n</config>\n`);
b.pos("r31l-ns-keystore", "namespaced element with xsi:type", `<cfg:KeystorePassword xsi:type="xsd:string">${draw()}</cfg:KeystorePassword>\n`);
b.pos("r31l-apikey-env", "qualified API key element with an env attribute", `<Integrations>\n  <WeatherApiKey env="prod">${key()}</WeatherApiKey>\n</Integrations>\n`);
b.pos("r31l-csproj-chat", "csproj property pasted in a chat message", JSON.stringify({ messages: [{ role: "user", content: `why does signing fail?\n<PropertyGroup>\n  <CertificatePassword Condition="'$(Configuration)'=='Release'">${draw()}</CertificatePassword>\n</PropertyGroup>\n` }] }));
b.pos("r31l-maven-proxy", "Maven settings.xml proxy password", `<proxy>\n  <id>corp</id>\n  <host>proxy.example.com</host>\n  <proxyPassword>${draw()}</proxyPassword>\n</proxy>\n`);
b.pos("r31l-plist", "a property list's key and string", `<dict>\n  <key>SmtpUser</key>\n  <string>alerts</string>\n  <key>SmtpPassword</key>\n  <string>${draw()}</string>\n</dict>\n`);
b.pos("r31l-hadoop-short", "a Hadoop property holding a short drawn password", `<property>\n  <name>ssl.server.keystore.password</name>\n  <value>${draw()}</value>\n</property>\n`);

bb.ben("r31l-ref", "a property reference", `<SmtpPassword type="plain">\${smtp.password}</SmtpPassword>\n`);
bb.ben("r31l-format", "a Python format slot", `<DbPassword>%(db_pw)s</DbPassword>\n`);
bb.ben("r31l-enc", "Jasypt ciphertext marked encrypted", `<MailPassword encrypted="true">ENC(${r.alnum(24)})</MailPassword>\n`);
bb.ben("r31l-aes", "a {AES} marker", `<ProxyPassword>{AES}${r.alnum(20)}==</ProxyPassword>\n`);
bb.ben("r31l-empty", "an empty element", `<SmtpPassword type="plain"></SmtpPassword>\n<SmtpUser>alerts</SmtpUser>\n`);
bb.ben("r31l-hash", "a digest the attribute names", `<AdminPassword type="hash">${r.hex(64)}</AdminPassword>\n`);
bb.ben("r31l-file", "a file path the attribute names", `<KeystorePassword source="file">/etc/ssl/private/keystore.pass</KeystorePassword>\n`);
bb.ben("r31l-placeholder", "a placeholder", `<SmtpPassword>your-smtp-password</SmtpPassword>\n`);
bb.ben("r31l-policy", "a password policy's number", `<MinPasswordLength>12</MinPasswordLength>\n<PasswordExpiryDays>90</PasswordExpiryDays>\n`);
bb.ben("r31l-bare-hash", "a bare password element whose format attribute names a digest", `<user name="ops">\n  <password format="sha256">${r.hex(64)}</password>\n</user>\n`);
bb.ben("r31l-plist-usage", "a property list's usage text that mentions passwords", `<key>NSFaceIDUsageDescription</key>\n<string>Unlock with Face ID to see saved passwords</string>\n<key>PasswordPolicy</key>\n<string>min-12-chars</string>\n`);
bb.ben("r31l-bind", "a SQL bind parameter as the element's text", `<ProxyPassword>@ProxyPassword</ProxyPassword>\n`);
bb.ben("r31l-hadoop-ref", "a Hadoop property holding a reference", `<property>\n  <name>ssl.server.keystore.password</name>\n  <value>\${env.KEYSTORE_PASS}</value>\n</property>\n`);
bb.ben("r31l-joined-words", "words run together as a set-me-first value", `<mail>\n  <RelayPassword type="plain">SetThisBeforeRelease!</RelayPassword>\n</mail>\n`);
bb.ben("r31l-msbuild", "an MSBuild property reference", `<CertificatePassword>$(SigningPassword)</CertificatePassword>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
