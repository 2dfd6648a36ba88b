// Round thirty-four (fix34d), class 1b: an app certificate (Agora's 32-hex signing secret) given as a quoted name and
// its value side by side rather than assigned: Gradle's `buildConfigField("String", "X_APP_CERTIFICATE", "\"…\"")` (Kotlin
// DSL or Groovy), a tuple, a SQL key/value row, a properties map's put. Benign: the companion app id (public) in the
// same shapes, a root or CA certificate's digest, a certificate's fingerprint under its own name, a build hash, a
// template or zeros as the value, a certificate's path.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34d002);
const b = builder({ category: "r34-fix34d-certificate-pair" });
const bb = builder({ category: "r34-fix34d-certificate-pair-benign" });
const gradle = (name: string, v: string) => `android {\n    defaultConfig {\n        minSdk = 24\n        buildConfigField("String", "${name}", "\\"${v}\\"")\n    }\n}\n`;

b.pos("fix34d-cert-kts", "Kotlin DSL buildConfigField with the app certificate", gradle("AGORA_APP_CERTIFICATE", r.hex(32)));
b.pos("fix34d-cert-groovy", "Groovy buildConfigField (no parentheses)", `defaultConfig {\n    buildConfigField "String", "RTC_APP_CERTIFICATE", "\\"${r.hex(32)}\\""\n}\n`);
b.pos("fix34d-cert-groovy-single", "Groovy buildConfigField in single quotes", `buildTypes {\n  release {\n    buildConfigField 'String', 'AGORA_CERTIFICATE', '"${r.hex(32)}"'\n  }\n}\n`);
b.pos("fix34d-cert-tuple", "Python tuple list of settings", `SETTINGS = [\n    ("AGORA_APP_ID", "${r.hex(32)}"),\n    ("AGORA_APP_CERTIFICATE", "${r.hex(32)}"),\n]\n`);
b.pos("fix34d-cert-sql-row", "SQL key/value row", `INSERT INTO app_settings (name, value) VALUES\n  ('agora_app_id', '${r.hex(32)}'),\n  ('agora_app_certificate', '${r.hex(32)}');\n`);
b.pos("fix34d-cert-java-put", "Java properties map put", `Properties p = new Properties();\np.put("appCertificate", "${r.hex(32)}");\n`);
b.pos("fix34d-cert-kts-korean", "Kotlin DSL with a Korean comment, certificate upper-case hex", `// 임시 인증서 설정\nbuildConfigField("String", "APP_CERTIFICATE", "\\"${r.hex(32).toUpperCase()}\\"")\n`);

bb.ben("fix34d-cert-app-id", "the companion app id (public) in buildConfigField", gradle("AGORA_APP_ID", r.hex(32)));
bb.ben("fix34d-cert-root-cert", "a root certificate's digest under its name", gradle("ROOT_CERTIFICATE", r.hex(32)));
bb.ben("fix34d-cert-cert-fp", "a certificate's SHA-256 fingerprint named as one", gradle("CERTIFICATE_SHA256", r.hex(64)));
bb.ben("fix34d-cert-build-hash", "a build hash in buildConfigField", gradle("GIT_BUILD_HASH", r.hex(32)));
bb.ben("fix34d-cert-template", "the certificate taken from a Gradle property", `buildConfigField("String", "AGORA_APP_CERTIFICATE", "\\"\${project.findProperty("agoraCert") ?: ""}\\"")\n`);
bb.ben("fix34d-cert-zeros", "zeros as the unset certificate", gradle("AGORA_APP_CERTIFICATE", "0".repeat(32)));
bb.ben("fix34d-cert-path", "a certificate file's path", gradle("SERVER_CERTIFICATE", "certs/server-chain.pem"));
bb.ben("fix34d-cert-tuple-ids", "a tuple list of ids and a channel name", `CHANNELS = [\n    ("AGORA_APP_ID", "${r.hex(32)}"),\n    ("CHANNEL_NAME", "lobby-${r.hex(8)}"),\n]\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
