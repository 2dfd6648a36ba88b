// Round thirty-nine (fix39b): a value that is a phrase telling the reader to change it ("change-me-now!", "¡cámbiala!",
// "bitte-ändern!", "à-changer!", "поменяй-меня") is a placeholder. A drawn password holding such a word is not.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x39b005);
const b = builder({ category: "r39-fix39b-change-it-phrase" });
const bb = builder({ category: "r39-fix39b-change-it-phrase-benign" });
const piece = () => r.str(1, UPPER) + r.str(2, ALNUM) + r.str(1, DIGITS);

b.pos("fix39b-ci-es-drawn", "Spanish name, drawn password with the word inside", `clave_secreta: "${piece()}#cámbiala@${piece()}$${r.alnum(8)}"\n`);
b.pos("fix39b-ci-de-digits", "German: a password with the word and digits", `passwort: "Bitte@ändern#${r.str(4, DIGITS)}${piece()}!"\n`);
b.pos("fix39b-ci-de-drawn-tail", "German: ändern between drawn pieces", `passwort: "${piece()}#ändern${r.alnum(10)}!"\n`);
b.pos("fix39b-ci-fr-drawn", "French: à-changer and a drawn tail", `mot_de_passe: "${piece()}à-changer${piece()}#${r.alnum(6)}"\n`);
b.pos("fix39b-ci-plain-drawn", "a drawn secret under a Spanish name", `clave_secreta: "${piece()}#${piece()}@${r.alnum(10)}!"\n`);
b.pos("fix39b-ci-ru-drawn", "Russian name, drawn password", `пароль: "${piece()}#${r.alnum(12)}!"\n`);

bb.ben("fix39b-ci-ben-es", "the blind shape, Spanish", `clave_secreta: "¡cámbiala@ya#por-favor!"\n`);
bb.ben("fix39b-ci-ben-es-lo", "Spanish: cámbialo", `contraseña: "¡cámbialo-ya!"\n`);
bb.ben("fix39b-ci-ben-de", "German", `passwort: "Bitte@ändern#sofort!"\n`);
bb.ben("fix39b-ci-ben-fr", "French", `mot_de_passe: "à-changer@vite!"\n`);
bb.ben("fix39b-ci-ben-ru", "Russian", `пароль: "поменяй-меня#срочно!"\n`);
bb.ben("fix39b-ci-ben-en", "English", `api_secret: "change-me@now#please!"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
