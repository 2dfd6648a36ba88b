// Round thirty-one: a secret's name with an upper-case acronym glued on its front (`DBPassword`,
// `JWTSecret`, `LDAPPassword`, `APIToken`) was read as one word, so the name-then-literal reading
// (an XML element, a plist key, an Android string resource) did not take it for a secret's name.
// Benign: the same names holding references, placeholders, identifiers and public values.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31a0c7);
const b = builder({ category: "r31k-acronym-name" });
const bb = builder({ category: "r31k-acronym-name-benign" });
const draw = (n = 20) => `${r.alnum(4)}${r.digits(2)}${r.alnum(n - 6)}`;

b.pos("r31k-an-xml-db", "XML element named DBPassword", `<Database>\n  <Host>db01.internal</Host>\n  <DBPassword>${draw()}</DBPassword>\n</Database>\n`);
b.pos("r31k-an-xml-jwt", "XML element named JWTSecret", `<Auth>\n  <Issuer>corp</Issuer>\n  <JWTSecret>${draw(32)}</JWTSecret>\n</Auth>\n`);
b.pos("r31k-an-plist-ldap", "plist key LDAPPassword", `<dict>\n\t<key>LDAPServer</key>\n\t<string>ldap.corp.local</string>\n\t<key>LDAPPassword</key>\n\t<string>${draw(18)}</string>\n</dict>\n`);
b.pos("r31k-an-android-api", "Android string resource named APIToken", `<resources>\n    <string name="app_name">Notes</string>\n    <string name="APIToken">${draw(40)}</string>\n</resources>\n`);
b.pos("r31k-an-xml-smtp", "XML element named SMTPPassword", `<Mail enabled="true">\n  <SMTPPassword>${draw(16)}</SMTPPassword>\n</Mail>\n`);
b.pos("r31k-an-xml-aws", "XML element named AWSSecretKey", `<Storage>\n  <AWSAccessKeyId>AKIA${r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}</AWSAccessKeyId>\n  <AWSSecretKey>${r.b64bytes(30).replace(/[+/=]/g, "x")}</AWSSecretKey>\n</Storage>\n`);
b.pos("r31k-an-plist-vnc", "plist key VNCPassword in a chat body", JSON.stringify({ messages: [{ role: "user", content: `why does this fail?\n<key>VNCPassword</key>\n<string>${draw(18)}</string>\n` }] }));

b.pos("r31k-an-dir-sql", "config directive SQLPassword, a typed password", `SQLServer db01.corp.local\nSQLUser reporting\nSQLPassword "${r.password()}"\n`);
b.pos("r31k-an-dir-ldap", "indented directive LDAPPassword", `<Location /admin>\n    LDAPBindDN "cn=svc,dc=corp,dc=local"\n    LDAPPassword ${r.password()}\n</Location>\n`);
b.pos("r31k-an-dir-smtp", "directive with a word glued on (SmtpPassword)", `SmtpHost mail.corp.local\nSmtpPassword ${r.password()}\n`);
bb.ben("r31k-an-xml-ref", "element holding a reference", `<Database>\n  <DBPassword>\${DB_PASSWORD}</DBPassword>\n</Database>\n`);
bb.ben("r31k-an-xml-placeholder", "element holding a placeholder", `<Auth>\n  <JWTSecret>REPLACE_WITH_YOUR_JWT_SECRET</JWTSecret>\n</Auth>\n`);
bb.ben("r31k-an-code-member", "assignment from a config member", `cfg.SQLPassword = settings.SQLPassword;\nconn.LDAPPassword = cfg.LDAPPassword;\n`);
bb.ben("r31k-an-plist-empty", "plist key with an empty string", `<dict>\n\t<key>LDAPPassword</key>\n\t<string></string>\n</dict>\n`);
bb.ben("r31k-an-xml-public", "element named for a public key", `<Keys>\n  <RSAPublicKey>${r.b64bytes(30).replace(/[+/=]/g, "q")}</RSAPublicKey>\n</Keys>\n`);
bb.ben("r31k-an-xml-keyid", "element named for a key's id", `<Signing>\n  <JWTKeyId>${r.hex(8)}-${r.hex(4)}</JWTKeyId>\n</Signing>\n`);
bb.ben("r31k-an-android-label", "string resource holding a label", `<resources>\n    <string name="APIToken">API token</string>\n    <string name="DBPassword">Database password</string>\n</resources>\n`);
bb.ben("r31k-an-one-capital", "one capital before a word is no acronym", `<PKey>${r.hex(40)}</PKey>\n`);

bb.ben("r31k-an-dir-ref", "directive holding an environment reference", `SQLPassword \${SQL_PASSWORD}\nLDAPPassword %LDAP_PASS%\n`);
bb.ben("r31k-an-dir-bool", "directive holding a switch or a path", `ResetPassword /usr/local/sbin/reset-pw\nAuthPassword on\nSavePassword false\n`);
bb.ben("r31k-an-dir-placeholder", "directive holding a placeholder", `SQLPassword "<your password here>"\nSMTPPassword changeme\n`);
bb.ben("r31k-an-dir-lower", "a lower-case run glued before the word", `mypassword hunter2go!\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
