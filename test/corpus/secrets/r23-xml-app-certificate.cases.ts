// Round twenty-three, first wave (held-out Y81 leftover): an app certificate (Agora's, a 32-hex
// secret) as an XML key/value setting's value (`<add key="AGORA_APP_CERTIFICATE" value="…"/>`).
// Benign: the certificate's thumbprint or file under a certificate name, and a placeholder.
// Every credential-shaped value is built at run time.
import { builder, Rng, HEX } from "./_gen.ts";

const r = new Rng(0x23c0de03);
const b = builder({ category: "r23-xml-app-certificate", expect: "secrets" });
const bb = builder({ category: "r23-xml-app-certificate-benign" });
const hex = (n: number) => r.str(n, HEX);

b.pos("r23-xml-agora-app-certificate", "web.config appSettings Agora app certificate",
  `<configuration>\n  <appSettings>\n    <add key="AgoraAppId" value="${hex(32)}" />\n    <add key="Agora.AppCertificate" value="${hex(32)}" />\n  </appSettings>\n</configuration>\n`);
b.pos("r23-xml-app-certificate-setting", "Java XML properties entry for an app certificate",
  `<properties>\n  <entry key="rtc.app_certificate">${hex(32)}</entry>\n</properties>\n`);
bb.ben("r23-xml-app-certificate-thumbprint", "the app certificate's thumbprint (40 hex)",
  `<appSettings>\n  <add key="APP_CERTIFICATE_THUMBPRINT" value="${hex(40).toUpperCase()}" />\n</appSettings>\n`);
bb.ben("r23-xml-app-certificate-path", "the app certificate's file path",
  `<add key="AppCertificatePath" value="certs/app-signing-2024.pfx" />\n`);
bb.ben("r23-xml-app-certificate-placeholder", "placeholder under the app certificate key",
  `<add key="AGORA_APP_CERTIFICATE" value="your-app-certificate-here" />\n`);

export const cases = [...b.cases, ...bb.cases];
