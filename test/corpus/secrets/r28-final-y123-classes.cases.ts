// Round twenty-eight, the final set Y123's misses and false positive (fixed after it was measured):
// (1) a password stated with a copula in the writer's language ("la contraseña es …", "das Passwort
// ist …", "a senha é …", "la password è …"); (2) sssd's and PAM's `authtok` (the bind password);
// (3) a seed phrase under its slot's name with one word off the BIP-39 list (mistyped);
// (4) benign: forty capitals and digits after an AWS name (a request or trace id, never a secret key,
// which is drawn from both cases).
import type { CorpusCase } from "../types.ts";
import { builder, mnemonic, Rng, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x28f123);
const c = builder({ category: "r28-copula-password" });
const cb = builder({ category: "r28-copula-password-benign" });
const a = builder({ category: "r28-authtok" });
const ab = builder({ category: "r28-authtok-benign" });
const m = builder({ category: "r28-seed-one-word-off" });
const mb = builder({ category: "r28-seed-one-word-off-benign" });
const w = builder({ category: "r28-aws-caps-id-benign" });

const pw = () => `${r.alnum(5)}${r.pick(["^", "!", "#", "%", "*"])}${r.alnum(4)}${r.digits(2)}${r.alnum(2)}`;
const chat = (content: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content }] });

c.pos("r28f-es", "Spanish, in a chat body", chat(`Entra en el panel de staging con el usuario ops. La contraseña es ${pw()} y caduca el viernes.`));
c.pos("r28f-de", "German", `Für den Build-Server: Benutzer deploy, das Passwort ist ${pw()} — bitte nirgends speichern.`);
c.pos("r28f-pt", "Portuguese", `Oi! A senha é ${pw()}, usa só pra rodar a migração hoje.`);
c.pos("r28f-it", "Italian, English loan word", `Ciao, la password è ${pw()} per l'utente reporting sul db di produzione.`);
c.pos("r28f-es-quoted", "Spanish, quoted value", `Te paso los datos del FTP: usuario "backup", la contraseña es "${pw()}".`);
c.pos("r28f-de-token", "German, token", `Das Token ist ${r.alnum(20)}${r.digits(4)}, gültig bis Montag.`);

cb.ben("r28f-es-wrong", "Spanish, 'the password is wrong'", `La contraseña es incorrecta. Inténtalo de nuevo o restablécela desde el enlace.`);
cb.ben("r28f-de-short", "German, 'too short'", `Das Passwort ist zu kurz: mindestens 12 Zeichen, davon eine Ziffer.`);
cb.ben("r28f-pt-required", "Portuguese, 'required'", `A senha é obrigatória e deve ser trocada a cada 90 dias.`);
cb.ben("r28f-it-expired", "Italian, 'expired'", `La password è scaduta: il sistema ti chiederà di sceglierne una nuova.`);
cb.ben("r28f-es-same", "Spanish, 'the same as'", `La contraseña es la misma que usamos el año pasado, pídesela a Marta por teléfono.`);
cb.ben("r28f-de-reset", "German, the token has expired", `Das Token ist abgelaufen, bitte ein neues im Portal anlegen.`);

a.pos("r28f-sssd", "sssd.conf bind password", `[domain/corp]\nid_provider = ldap\nldap_default_bind_dn = cn=reader,dc=example,dc=com\nldap_default_authtok_type = password\nldap_default_authtok = ${pw()}\n`);
a.pos("r28f-sssd-alnum", "sssd.conf, letters and digits", `ldap_default_authtok = ${r.alnum(14)}${r.digits(2)}\n`);
a.pos("r28f-sssd-tool", "sssd.conf in a write_file tool call", JSON.stringify({ name: "write_file", arguments: { path: "/etc/sssd/sssd.conf", content: `[domain/example]\nldap_uri = ldaps://ldap.example.com\nldap_default_authtok = ${pw()}\n` } }));
a.pos("r28f-krb-authtok", "sssd ldap_krb5 authtok in a diff", `+ldap_default_authtok = ${r.alnum(9)}!${r.alnum(6)}\n`);
a.pos("r28f-authtok-yaml", "an Ansible var named authtok", `sssd_ldap_default_authtok: "${pw()}"\n`);
a.pos("r28f-authtok-env", "an env var named for it", `export LDAP_AUTHTOK=${r.alnum(18)}${r.digits(3)}\n`);

ab.ben("r28f-authtok-type", "the authtok's type only", `ldap_default_authtok_type = obfuscated_password\nldap_default_authtok = \${LDAP_BIND_PASSWORD}\n`);
ab.ben("r28f-pam-authtok", "PAM options", `password requisite pam_pwquality.so retry=3 authtok_type=UNIX\npassword sufficient pam_unix.so use_authtok sha512\n`);
ab.ben("r28f-authtok-doc", "man page prose", `ldap_default_authtok (string): the authentication token of the default bind DN. Only clear text passwords are supported.\n`);
ab.ben("r28f-authtok-check", "a check flag", `pam_authtok_check = yes\npam_authtok_update = no\n`);
ab.ben("r28f-authtoken-word", "a field called authtoken holding a placeholder", `authtoken = <paste your token>\n`);
ab.ben("r28f-authtok-file", "a path to the token file", `ldap_default_authtok_file = /etc/sssd/bind.pw\n`);

const offList = (n: 12 | 24 = 12) => {
  const words = mnemonic(r, n).split(" ");
  words[r.int(words.length)] = r.pick(["horizon", "pirate", "tractor", "pillow", "rainbow", "comet"]);
  return words.join(" ");
};
m.pos("r28f-seed-env", "MNEMONIC in a .env", `MNEMONIC="${offList()}"\nRPC_URL=https://rpc.example.org\n`);
m.pos("r28f-seed-json", "seed_phrase in JSON", JSON.stringify({ wallet: "treasury", seed_phrase: offList() }));
m.pos("r28f-seed-yaml", "recovery_phrase in YAML", `wallet:\n  recovery_phrase: ${offList()}\n`);
m.pos("r28f-seed-24", "24 words under mnemonic", `const mnemonic = "${offList(24)}";\n`);
m.pos("r28f-seed-chat", "in a chat body", chat(`hardhat can't find the deployer, here is my .env:\nMNEMONIC="${offList()}"\n`));
m.pos("r28f-seed-toml", "TOML", `[signer]\nbackup_phrase = "${offList()}"\n`);

mb.ben("r28f-seed-prose", "prose words under the name", `mnemonic = "the quick brown fox jumps over the lazy dog and runs away fast"\n`);
mb.ben("r28f-seed-asm", "an assembler mnemonic table", `mnemonic: "mov"\nopcode: 0x89\nmnemonic: "add"\n`);
mb.ben("r28f-seed-placeholder", "a placeholder", `MNEMONIC="word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12"\n`);
mb.ben("r28f-seed-repeat", "the test phrase with one word changed", `mnemonic: "test test test test test test test test test test test junkk"\n`);
mb.ben("r28f-seed-11", "eleven words", `MNEMONIC="${mnemonic(r).split(" ").slice(0, 10).join(" ")} horizon"\n`);
mb.ben("r28f-seed-two-off", "two words off the list: prose, not a phrase", `seed_words = "${mnemonic(r).split(" ").slice(0, 10).join(" ")} horizon pillow"\n`);

const caps = () => r.str(40, UPPER + DIGITS);
w.ben("r28f-aws-request-id", "docker run with a request id", `docker run -e AWS_REQUEST_ID=${caps()} -p 8080:8080 registry.example.com/app\n`);
w.ben("r28f-aws-trace", "X-Ray trace id env", `AWS_XRAY_TRACE_ID=${caps()}\n`);
w.ben("r28f-aws-build-id", "a build id in YAML", `aws_codebuild_build_number: ${caps()}\n`);
w.ben("r28f-aws-ticket", "a ticket reference", `aws_support_case: ${caps()}\n`);
w.ben("r28f-aws-digest", "an upper-case digest", `aws_artifact_sha1=${r.str(40, "0123456789ABCDEF")}\n`);
w.ben("r28f-aws-json", "JSON", JSON.stringify({ awsRequestId: caps(), status: 200 }));
w.pos("r28f-aws-real", "a real secret key (both cases) stays found", `aws_secret_access_key = ${r.alnum(40)}\n`);

export const cases: CorpusCase[] = [...c.cases, ...cb.cases, ...a.cases, ...ab.cases, ...m.cases, ...mb.cases, ...w.cases];
