// Round thirty-two, from probing after round thirty-one: a short password in a namespaced XML or SOAP
// credential element. The bare words (`<wsse:Password>`, `<ns2:apiKey>`, `<Secret>`) were read; a
// password's short spellings (`<ns:Pwd>`, `<auth:pass>`, `<psw>`), a secret's qualified name
// (`<ns:SharedSecret>`, `<WebhookSecret>`) and a credential's (`<ns1:Credential>`) took 16 or more.
// The same short names in a property pair (`<name>ftp.pwd</name><value>…</value>`).
// Benign: digests, references, placeholders, masks, flags and names of secrets in those elements.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x32a02);
const b = builder({ category: "r32a-xml-credential-element" });
const bb = builder({ category: "r32a-xml-credential-element-benign" });
const typed = () => r.str(2, UPPER) + r.str(4, LOWER) + r.digits(3) + r.pick(["!", "#", "@", "%", "*"]) + r.str(2, LOWER);
const drawn = () => r.str(1, UPPER) + r.str(3, LOWER) + r.digits(2) + r.str(2, UPPER) + r.str(2, LOWER) + r.digits(2);

b.pos("r32a-wsse-text", "WS-Security UsernameToken with a PasswordText", `<soapenv:Header>\n  <wsse:Security>\n    <wsse:UsernameToken>\n      <wsse:Username>svc-billing</wsse:Username>\n      <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${typed()}</wsse:Password>\n    </wsse:UsernameToken>\n  </wsse:Security>\n</soapenv:Header>\n`);
b.pos("r32a-ns-pwd", "a SOAP body's login with a Pwd element", `<soap:Body>\n  <tns:Login>\n    <tns:User>ops</tns:User>\n    <tns:Pwd>${drawn()}</tns:Pwd>\n  </tns:Login>\n</soap:Body>\n`);
b.pos("r32a-auth-pass", "a header's pass element", `<soap:Header><auth:AuthHeader><auth:user>etl</auth:user><auth:pass>${typed()}</auth:pass></auth:AuthHeader></soap:Header>`);
b.pos("r32a-shared-secret", "a RADIUS client's shared secret", `<RadiusClient>\n  <Address>10.0.4.7</Address>\n  <ns:SharedSecret>${typed()}</ns:SharedSecret>\n</RadiusClient>\n`);
b.pos("r32a-credential", "a credential element in a service call", `<ns1:Connect xmlns:ns1="urn:vendor:api">\n  <ns1:Account>acme</ns1:Account>\n  <ns1:Credential>${drawn()}</ns1:Credential>\n</ns1:Connect>\n`);
b.pos("r32a-webhook-secret", "an unprefixed qualified secret", `<Integration name="orders">\n  <WebhookSecret>${typed()}</WebhookSecret>\n</Integration>\n`);
b.pos("r32a-name-value-pwd", "a property pair under a short password name", `<property>\n  <name>ftp.pwd</name>\n  <value>${typed()}</value>\n</property>\n`);
b.pos("r32a-plist-pass", "a property list's pass key", `<dict>\n  <key>smtp_pass</key>\n  <string>${drawn()}</string>\n</dict>\n`);

bb.ben("r32a-wsse-digest", "a PasswordDigest (a hash of nonce, time and password)", `<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${Buffer.from(r.bytes(20)).toString("base64")}</wsse:Password>\n<wsse:Nonce>${Buffer.from(r.bytes(16)).toString("base64")}</wsse:Nonce>\n`);
bb.ben("r32a-pwd-ref", "a Pwd element holding a reference", `<tns:Login>\n  <tns:User>ops</tns:User>\n  <tns:Pwd>\${LEGACY_SOAP_PWD}</tns:Pwd>\n</tns:Login>\n`);
bb.ben("r32a-pwd-mask", "a masked password in a logged envelope", `<auth:AuthHeader><auth:user>etl</auth:user><auth:pass>********</auth:pass></auth:AuthHeader>`);
bb.ben("r32a-secret-name", "the name of a stored secret under a secret element", `<Integration name="orders">\n  <KeyVaultSecret>orders-webhook-signing</KeyVaultSecret>\n  <SecretName>orders-hmac-v2</SecretName>\n</Integration>\n`);
bb.ben("r32a-secret-flags", "flags and a placeholder in secret-named elements", `<Parameter>\n  <IsSecret>true</IsSecret>\n  <ns:SharedSecret>changeme123</ns:SharedSecret>\n</Parameter>\n`);
bb.ben("r32a-proxy-bypass", "a proxy's bypass list (ends in pass)", `<Proxy>\n  <Address>http://proxy.corp:3128</Address>\n  <ProxyBypass>localhost;127.0.0.1;*.corp</ProxyBypass>\n</Proxy>\n`);
bb.ben("r32a-pwd-file", "a password file's path in a property pair", `<property>\n  <name>ftp.pwd.file</name>\n  <value>/run/secrets/ftp_pwd</value>\n</property>\n`);
bb.ben("r32a-credential-path", "a credential element holding a path", `<ns1:Connect>\n  <ns1:Credential>/etc/vendor/client.p12</ns1:Credential>\n</ns1:Connect>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
