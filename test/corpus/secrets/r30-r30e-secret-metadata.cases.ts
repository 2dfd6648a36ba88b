// Round thirty (held-out Y132's Get-ADUser transcript): a field named for a secret's metadata, not the
// secret: when a password was last set, when it expires or can change, the last bad attempt, when a
// token was last used, a key's algorithm (`PasswordLastSet : 1/3/2025 7:02:11 AM`, `pwdLastSet`,
// `token_last_used`, `SECRET_KEY_ALGORITHM`). Its value is a date, a time or a name. Positives: the same
// records holding the secret itself beside such fields.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x30e606);
const b = builder({ category: "r30e-secret-metadata" });
const bb = builder({ category: "r30e-secret-metadata-benign" });
const SYM = "!#%*@^~?";
const pw = () => `${r.str(3, UPPER)}${r.str(3, LOWER)}${r.pick([...SYM])}${r.str(3, DIGITS)}${r.str(2, UPPER)}${r.str(2, LOWER)}${r.pick([...SYM])}${r.str(1, DIGITS)}`;
const day = () => `${r.range(1, 12)}/${r.range(1, 28)}/202${r.range(3, 5)} ${r.range(1, 12)}:${r.range(10, 59)}:${r.range(10, 59)} ${r.pick(["AM", "PM"])}`;
const iso = () => `202${r.range(3, 5)}-0${r.range(1, 9)}-${r.range(10, 28)}T0${r.range(1, 9)}:${r.range(10, 59)}:${r.range(10, 59)}Z`;

bb.ben("r30e-meta-b-aduser", "Get-ADUser transcript with password dates",
  `PS C:\\> Get-ADUser svc_payroll -Properties PasswordLastSet,LastBadPasswordAttempt\n\nEnabled                : True\nLastBadPasswordAttempt : ${day()}\nPasswordLastSet        : ${day()}\nSamAccountName         : svc_payroll\n`);
bb.ben("r30e-meta-b-localuser", "Get-LocalUser list output",
  `Name                   : backup\nPasswordChangeableDate : ${day()}\nPasswordExpires        : ${day()}\nPasswordLastSet        : ${day()}\nUserMayChangePassword  : True\n`);
bb.ben("r30e-meta-b-ldif", "LDAP entry with password timestamps",
  `dn: CN=svc_erp,OU=Service,DC=corp,DC=test\npwdLastSet: 13${r.str(16, DIGITS)}\nbadPasswordTime: 0\nbadPwdCount: 0\n`);
bb.ben("r30e-meta-b-json", "identity API JSON with password dates",
  JSON.stringify({ id: r.uuid(), userName: "jdoe", passwordLastSet: iso(), passwordExpired: false }));
bb.ben("r30e-meta-b-token-used", "token inventory with last-used times",
  `tokens:\n  - name: ci-deploy\n    token_last_used: ${iso()}\n    token_created: ${iso()}\n`);
bb.ben("r30e-meta-b-algorithm", "key algorithm constants",
  `SECRET_KEY_ALGORITHM = "HmacSHA512"\nSIGNING_KEY_ALGO = "Ed25519"\n`);

b.pos("r30e-meta-aduser-plus", "AD user dump with a password field beside its dates",
  `PasswordLastSet        : ${day()}\nSamAccountName         : svc_payroll\nInitialPassword        : ${pw()}\n`);
b.pos("r30e-meta-json-plus", "identity JSON with the password beside its date",
  JSON.stringify({ userName: "jdoe", passwordLastSet: iso(), password: pw() }));
b.pos("r30e-meta-yaml-token", "token inventory holding the token",
  `tokens:\n  - name: ci-deploy\n    token_last_used: ${iso()}\n    token: ${r.alnum(28)}${r.str(3, DIGITS)}\n`);
b.pos("r30e-meta-env-plus", ".env with a rotation date and the secret",
  `SFTP_PASSWORD_ROTATED=2025-03-01\nSFTP_PASSWORD=${pw()}\n`);
b.pos("r30e-meta-ldif-plus", "LDIF with a cleartext userPassword",
  `dn: CN=svc_erp,OU=Service,DC=corp,DC=test\npwdLastSet: 13${r.str(16, DIGITS)}\nuserPassword: ${pw()}\n`);
b.pos("r30e-meta-algo-plus", "key algorithm beside the key",
  `SECRET_KEY_ALGORITHM = "HmacSHA512"\nSECRET_KEY = "${r.alnum(30)}${r.str(2, DIGITS)}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
