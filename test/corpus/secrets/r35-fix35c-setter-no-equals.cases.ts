// Round thirty-five (fix35c): a password handed to a DSL setter without `=`: Groovy's `storePassword "…"`,
// Ruby's `password '…'`, the call forms `keyPassword("…")` (Kotlin DSL) and `setStorePassword("…");` (Java),
// a drawn password whose letters flip case at random beside a symbol, no digit (`%UTCv…#KcNp`), among them.
// Benign: the same setters given a reference, an env read, words with symbols, a verb's test of a literal.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x35c002);
const b = builder({ category: "r35-fix35c-setter-no-equals" });
const bb = builder({ category: "r35-fix35c-setter-no-equals-benign" });
const LETTERS = UPPER + LOWER;
// Letters of both cases and two symbols, no digit: what a generator with digits turned off gives.
const draw = (n = 14) => r.pick(["%", "#", "!", "@", "&", "*"]) + r.str(Math.floor(n / 2), LETTERS) + r.pick(["#", "!", "^", "~", "+"]) + r.str(n - Math.floor(n / 2), LETTERS);
const mixed = () => r.str(6, LETTERS) + r.digits(2) + r.str(6, LETTERS);
const gradle = (store: string, key: string) => `android {\n    signingConfigs {\n        release {\n            storeFile file("upload.jks")\n            storePassword "${store}"\n            keyAlias "upload"\n            keyPassword "${key}"\n        }\n    }\n}\n`;

const pw = draw();
b.pos("fix35c-setter-groovy-symbols", "Gradle Groovy signingConfigs, no-digit drawn password", gradle(pw, pw));
b.pos("fix35c-setter-kotlin-call", "Kotlin DSL call form keyPassword(\"…\")", `signingConfigs {\n    create("release") {\n        keyAlias("upload")\n        keyPassword("${draw(16)}")\n    }\n}\n`);
b.pos("fix35c-setter-java-set-call", "Java setter call setStorePassword(\"…\");", `SigningConfig cfg = new SigningConfig();\ncfg.setStoreFile(new File("upload.jks"));\ncfg.setStorePassword("${draw(15)}");\n`);
b.pos("fix35c-setter-ruby-bare", "Ruby DSL password 'v' (fastlane/Chef-like)", `ftp_user do\n  username 'deploy'\n  password '${draw(13)}'\nend\n`);
b.pos("fix35c-setter-groovy-credentials", "Gradle maven repository credentials { password \"…\" }", `repositories {\n    maven {\n        url "https://repo.studio.test/releases"\n        credentials {\n            username "ci"\n            password "${draw(18)}"\n        }\n    }\n}\n`);
b.pos("fix35c-setter-kotlin-set-call-digits", "Kotlin setter call with a mixed-case password and digits", `    signingConfig.setKeyPassword("${mixed()}")\n`);
b.pos("fix35c-setter-diff-added", "a diff adding a Groovy keyPassword line", `@@ -12,6 +12,7 @@ android {\n             keyAlias "upload"\n+            keyPassword "${draw(14)}"\n         }\n`);

bb.ben("fix35c-setter-groovy-env", "Groovy setters read from System.getenv", `        release {\n            storePassword System.getenv("STORE_PASSWORD")\n            keyPassword System.getenv("KEY_PASSWORD")\n        }\n`);
bb.ben("fix35c-setter-groovy-property", "Groovy setters given a property reference", `            storePassword "\${keystoreProperties['storePassword']}"\n            keyPassword keystoreProperties['keyPassword']\n`);
bb.ben("fix35c-setter-words-symbols", "Groovy keyPassword of words and symbols", `            keyPassword "Change#Me!Now"\n            storePassword "Tile-Quest-Release"\n`);
bb.ben("fix35c-setter-verb-call", "a test calling a verb on a literal password", `    assertFalse(isStrongPassword("${draw(14)}"));\n    hashPassword("${draw(14)}")\n`);
bb.ben("fix35c-setter-kotlin-env-call", "Kotlin DSL call with an env read", `        keyPassword(System.getenv("KEY_PASSWORD") ?: "")\n        storePassword(providers.gradleProperty("storePass").get())\n`);
bb.ben("fix35c-setter-ruby-template", "Chef attribute from an encrypted data bag", `mysql_service 'default' do\n  initial_root_password node['mysql']['server_root_password']\n  password '<%= @db_password %>'\nend\n`);
bb.ben("fix35c-setter-camel-identifier", "a setter given a CamelCase constant name", `            keyPassword "UploadKeyPassword"\n            storePassword "ReleaseStore#Pass"\n`);
bb.ben("fix35c-setter-fr-comment", "French comment naming the password, the value read from a file", `// le mot de passe du keystore est lu depuis keystore.properties\n            storePassword keystoreProperties.getProperty("storePassword")\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
