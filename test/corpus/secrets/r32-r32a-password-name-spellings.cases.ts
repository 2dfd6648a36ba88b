// Round thirty-two, engineering: the rules that read a password's name share one test of it
// (slot-name.ts passwordName, announced-password.ts PASSWORD_NOUNS) instead of their own narrower
// copies. The spellings the shared test adds (`pass`, `pwd`, `psw` endings) in a property pair and a
// setter, and the prose nouns in other languages; benign: references, paths, policies and placeholders
// under the same names.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x32a03);
const b = builder({ category: "r32a-password-name-spellings" });
const bb = builder({ category: "r32a-password-name-spellings-benign" });
const typed = () => r.str(2, UPPER) + r.str(2, LOWER) + r.pick(["!", "#", "@", "%"]) + r.digits(2) + r.str(2, UPPER) + r.str(2, LOWER) + r.digits(2) + r.pick(["*", "&", "^"]);
const drawn = () => r.str(2, UPPER) + r.digits(2) + r.str(3, LOWER) + r.digits(1) + r.str(2, UPPER);

b.pos("r32a-pair-bind-pass", "a property pair under a .pass member", `<configuration>\n  <property>\n    <name>ldap.bind.pass</name>\n    <value>${typed()}</value>\n  </property>\n</configuration>\n`);
b.pos("r32a-plist-psw", "a property list's psw key", `<dict>\n  <key>vpn_psw</key>\n  <string>${drawn()}</string>\n</dict>\n`);
b.pos("r32a-gradle-setter", "a Gradle signing block's setter", `signingConfigs {\n    release {\n        storeFile file("release.jks")\n        storePassword "${typed()}"\n        keyAlias "upload"\n    }\n}\n`);
b.pos("r32a-cap-setter", "a Capistrano setting", `set :application, "billing"\nset :db_passwd, "${typed()}"\n`);
b.pos("r32a-kennwort", "a password announced in German", `Hier ist das Kennwort für den Staging-Server:\n\n    ${drawn()}\n\nBitte nicht weitergeben.\n`);
b.pos("r32a-passcode", "a passcode announced in chat", `here is the passcode for the door panel:\n\n  \`${drawn()}\`\n`);

bb.ben("r32a-pair-pass-file", "a property pair naming a password file", `<property>\n  <name>ldap.pass.file</name>\n  <value>/etc/ldap/bind.pw</value>\n</property>\n`);
bb.ben("r32a-plist-psw-policy", "a policy under a psw name", `<dict>\n  <key>psw_policy</key>\n  <string>Min8Upper1</string>\n</dict>\n`);
bb.ben("r32a-setter-env", "a setter reading the environment", `signingConfigs {\n    release {\n        storePassword System.getenv("STORE_PW")\n        keyPassword "Enter-Password"\n    }\n}\n`);
bb.ben("r32a-tcl-exec", "a Tcl setting read from a password store", `set db_password [exec pass show db/prod]\nset db_user svc\n`);
bb.ben("r32a-kennwort-where", "where the password is kept, announced", `Das Kennwort steht im Tresor unter:\n\n    ops/staging/root\n`);
bb.ben("r32a-pair-pass-ref", "a property pair holding a reference", `<property>\n  <name>smtp.pass</name>\n  <value>\${SMTP_PASS}</value>\n</property>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
