// Round thirty-one (Y137's Gradle miss): a password handed to a DSL setter by juxtaposition, no `=`:
// Gradle's Groovy `storePassword "…"`, Chef's resource property, Capistrano's `set :name, "…"`,
// Tcl/Expect's `set name "…"`, an Apache-style directive. The value is a generated password with
// punctuation (and sometimes no digit). Benign: the same setters given a reference (an environment
// lookup, a property, a Groovy interpolation, a command's output), a placeholder, a file path,
// and prose that quotes words after "password".
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x31b8c3);
const b = builder({ category: "r31h-setter-password" });
const bb = builder({ category: "r31h-setter-password-benign" });
const mark = () => r.pick(["!", "*", "+", "#", "-", "^", "@"]);
const U = () => r.str(1, UPPER);
const L = () => r.str(1, LOWER);
const D = () => r.str(1, DIGITS);
const pw = () => `${U()}${L()}${L()}${mark()}${U()}${L()}${D()}${U()}${L()}${mark()}${U()}${U()}${L()}${D()}${L()}`;
/** A draw with symbols and no digit, its letters flipping case. */
const nodigit = () => `${U()}${U()}${L()}${U()}${L()}${mark()}${L()}${U()}${U()}${L()}${U()}${mark()}${L()}${U()}${L()}${U()}${L()}${L()}${U()}${L()}`;

b.pos("r31h-sp-gradle", "build.gradle signingConfigs, Groovy setters without =",
  `android {\n    signingConfigs {\n        upload {\n            storeFile file("keys/upload.keystore")\n            storePassword "${nodigit()}"\n            keyAlias "upload"\n            keyPassword "${pw()}"\n        }\n    }\n}\n`);
b.pos("r31h-sp-gradle-diff", "a diff adding a Groovy setter, single quotes",
  `@@ -40,3 +40,5 @@\n     release {\n+        keyAlias 'prod'\n+        keyPassword '${pw()}'\n     }\n`);
b.pos("r31h-sp-capistrano", "Capistrano deploy.rb, set with a symbol",
  `set :application, "billing"\nset :repo_url, "git@example.com:acme/billing.git"\nset :db_password, "${pw()}"\n`);
b.pos("r31h-sp-expect", "Tcl/Expect script",
  `#!/usr/bin/expect -f\nset timeout 20\nset admin_password "${nodigit()}"\nspawn ssh admin@10.0.4.2\nexpect "assword:"\nsend "$admin_password\\r"\n`);
b.pos("r31h-sp-apache", "Apache LDAP bind directive",
  `<Location /intranet>\n  AuthType Basic\n  AuthBasicProvider ldap\n  AuthLDAPBindDN "cn=svc-web,ou=svc,dc=corp,dc=example"\n  AuthLDAPBindPassword "${pw()}"\n</Location>\n`);
b.pos("r31h-sp-chef", "Chef resource property",
  `mysql_service 'default' do\n  port '3306'\n  version '8.0'\n  initial_root_password '${pw()}'\n  action [:create, :start]\nend\n`);
b.pos("r31h-sp-json", "the Gradle block inside a JSON chat body",
  JSON.stringify({ role: "user", content: `why does signing fail?\n    release {\n        storePassword "${nodigit()}"\n        keyPassword "${pw()}"\n    }` }));

bb.ben("r31h-sp-getenv", "Groovy setters reading the environment",
  `    release {\n        storePassword System.getenv("RELEASE_STORE_PASSWORD")\n        keyPassword project.findProperty("signing.keyPassword")\n    }\n`);
bb.ben("r31h-sp-interpolated", "Groovy interpolations and a properties lookup",
  `        storePassword "$System.env.UPLOAD_STORE_PASS"\n        keyPassword "\${signingKeyPass}"\n        storePassword keystoreProperties['storePassword']\n`);
bb.ben("r31h-sp-capistrano-env", "Capistrano reading the environment and a lambda",
  `set :db_password, ENV.fetch("DB_PASSWORD")\nset :smtp_password, -> { fetch(:secrets)["smtp"] }\n`);
bb.ben("r31h-sp-placeholder", "placeholders in the setters",
  `storePassword "CHANGE_ME"\nkeyPassword "your-key-password"\nAuthLDAPBindPassword "Enter-Bind-Password"\n`);
bb.ben("r31h-sp-prose", "prose quoting words after password",
  `Set the store password "in the signing dialog" and the key password "same as above".\n`);
bb.ben("r31h-sp-tcl-ref", "Tcl reading the password from a file and the environment",
  `set admin_password [exec cat /run/secrets/admin]\nset root_password $env(ROOT_PW)\n`);
bb.ben("r31h-sp-apache-exec", "Apache's exec: source for the bind password, and a path",
  `AuthLDAPBindPassword "exec:/usr/local/sbin/ldap-bind-pass.sh"\nSSLPassPhraseDialog "exec:/etc/httpd/pass-dialog.sh"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
