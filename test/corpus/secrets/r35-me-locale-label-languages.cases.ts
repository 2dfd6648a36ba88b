// Round thirty-five (coordinator, found probing): the label test knew "password" in a dozen
// languages; Dutch, Swedish, Norwegian, Danish, Finnish, Estonian, Hungarian, Czech, Slovene,
// Serbo-Croatian, Lithuanian, Bulgarian, Greek, Hebrew and Thai labels ("Wachtwoord vergeten?",
// "Lösenord", "Jelszó") and labels of several words ("Mot de passe", "Mật khẩu", "Parola d'ordine")
// still blocked as generic-secret-assignment. Positives: the same words as the NAME of a slot
// holding a drawn password, which the glossary now reads as well.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x35e01);
const b = builder({ category: "r35-me-locale-label-languages" });
const bb = builder({ category: "r35-me-locale-label-languages-benign" });
const j = (o: unknown) => JSON.stringify(o, null, 2) + "\n";

bb.ben("r35m-label-nl-sv", "Dutch and Swedish login strings", j({ nl: { password: "Wachtwoord", forgot_password: "Wachtwoord vergeten?" }, sv: { password: "Lösenord", forgot_password: "Glömt lösenordet?" } }));
bb.ben("r35m-label-it-pt", "Italian and European Portuguese strings", j({ it: { title: "Accedi", password: "Parola d'ordine" }, pt: { title: "Entrar", password: "Palavra-passe" } }));
bb.ben("r35m-label-hu-fi", "Hungarian and Finnish strings", j({ hu: { password: "Jelszó", confirm_password: "Jelszó megerősítése" }, fi: { password: "Salasana", forgot_password: "Salasana unohtunut?" } }));
bb.ben("r35m-label-cs-sl-hr", "Czech, Slovene and Croatian YAML", `cs:\n  password: "Heslo"\nsl:\n  password: "Geslo"\nhr:\n  password: "Lozinka"\n`);
bb.ben("r35m-label-el-bg", "Greek and Bulgarian strings", j({ el: { password: "Κωδικός πρόσβασης" }, bg: { password: "Парола" } }));
bb.ben("r35m-label-vi-lt-da", "Vietnamese, Lithuanian and Danish strings", j({ vi: { password: "Mật khẩu" }, lt: { password: "Slaptažodis" }, da: { password: "Adgangskode" } }));
bb.ben("r35m-label-fr-multi", "French label of several words", `password = "Mot de passe"\nconfirm_password = "Confirmez le mot de passe"\n`);

b.pos("r35m-name-nl", "Dutch-named slot with a drawn password", `DB_GEBRUIKER=app\nDB_WACHTWOORD=${r.alnum(10)}${r.digits(3)}!${r.alnum(4)}\n`);
b.pos("r35m-name-sv", "Swedish-named YAML key", `databas:\n  anvandare: app\n  losenord: "${r.alnum(14)}#${r.digits(4)}"\n`);
b.pos("r35m-name-hu", "Hungarian-named JSON key", j({ adatbazis: { felhasznalo: "app", jelszo: `${r.alnum(16)}${r.digits(2)}$` } }));
b.pos("r35m-name-fi", "Finnish-named env line", `export PALVELU_SALASANA='${r.alnum(18)}%${r.digits(3)}'\n`);
b.pos("r35m-name-hr", "Croatian-named property", `baza.korisnik=app\nbaza.lozinka=${r.alnum(12)}&${r.digits(4)}${r.alnum(3)}\n`);
b.pos("r35m-name-no", "Norwegian-named TOML key", `[tjeneste]\nbruker = "app"\npassord = "${r.alnum(15)}!${r.digits(3)}"\n`);
b.pos("r35m-label-still-words-digits", "a locale-shaped file whose password is a word with digits and symbols", j({ title: "Accedi", password: `Wachtwoord${r.digits(4)}!` }));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
