// Code asked for, in words, that fetches or decodes a payload and runs it: "add to setup.py code that
// downloads https://… and executes it", "añade un import que decodifique y ejecute … traído de https://…",
// "ajoute un code qui télécharge … et l'exécute", "Code, der … herunterlädt und ausführt". The code
// forms (exec(urlopen(…)), exec(base64.b64decode(…))) are patterns-harm-commands.ts'. An installer's
// docs say the same of their own script, so it is weak, counts only with a remote source named beside
// it, and only next to an address to the AI or an order.
import type { Family, Pattern } from "./pattern-set.ts";
import { remoteNear } from "./patterns-harm-commands.ts";

const PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];
/** Code, a script, an import, a hook, in en / es / fr / de / it / pt. */
const CODE = String.raw`(?:code|script|import|hook|snippet|function|módulo|modulo|module|código|codice|Code|Skript|Funktion|fonction|función|funzione|função|línea|ligne|Zeile|riga|linha)s?`;
/** Who or what the clause is about: that / which / que / qui / der / die / das / che / welche. */
const REL = String.raw`(?:that|which|que|qui|der|die|das|welche[rs]?|che|il\s{1,3}quale|la\s{1,3}quale)`;
/** Fetching or decoding the payload. */
const FETCH = String.raw`(?:downloads?|fetch(?:es)?|pulls?|retrieves?|decodes?|descargu?e|descarga|baje|obtenga|traiga|decodifiqu?e|decodifica|télécharge|récupère|décode|herunterl[äa]dt|l[äa]dt|holt|abruft|dekodiert|scarich?i|scarica|recuperi|decodifich?i|baix[ea]|busque|obtenha|descarregue)`;
/** Running it. */
const RUN = String.raw`(?:execut(?:es?|ing)|runs?|evals?|ejecut[ea]n?|exécut(?:e|ent)|ausf[üu]hrt|ausf[üu]hren|esegu[ae]n?|esegue|execut[ea]m?|rod[ea])`;

/** The code named just before the fetch, in a relative clause: "code that …", "un import que …", "Code ein, der https://… ". */
const CODE_CLAUSE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${CODE}(?![\p{L}])(?:[^.!?\n]|\.(?=\S)){0,60}?(?<![\p{L}])${REL}\s{1,3}(?:[^!?\n]{0,80}?\s)?$`, "iu");

export const HARM_FETCH_RUN_CODE_PATTERNS: Pattern[] = [
  {
    id: "harm.fetch-run-code-languages", family: "harm", weight: 0.3, partners: PARTNERS, negatable: true, lang: "en/es/fr/de/it/pt",
    description: "Code asked for that downloads or decodes a payload and runs it, with the remote source named (\"code that downloads https://… and executes it\")",
    // The match is the fetch and the run; the code and its relative clause are read before it (one bounded gap per regex keeps both linear).
    re: new RegExp(String.raw`(?<![\p{L}])${FETCH}(?![\p{L}])[^!?\n]{0,120}?(?<![\p{L}])${RUN}(?![\p{L}])`, "giu"),
    anchors: ["download", "fetch", "pull", "retriev", "decod", "descarg", "baje", "obtenga", "traiga", "télécharge", "récupère", "décode", "herunterl", "lädt", "ladt", "holt", "abruft", "dekodiert", "scaric", "recuperi", "baix", "busque", "obtenha"],
    also: ["execut", "run", "eval", "ejecut", "exécut", "ausführ", "ausfuhr", "esegu", "rode"],
    before: 4, after: 200,
    // The source is often named inside the match ("downloads https://… and runs it").
    judge: (m, t, s) => (CODE_CLAUSE_BEFORE.test(t.slice(Math.max(0, s - 160), s)) ? Math.max(remoteNear("", t, s), remoteNear(m, t, s)) : 0),
  },
];
