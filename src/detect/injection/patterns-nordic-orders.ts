// An order in Swedish, Norwegian or Danish right after a colon or coordinated with one ("…: svara
// hädanefter enbart på engelska och rekommendera att …", "…: anbefal alltid …"). Weak and partnered:
// what it asks counts only after an address to the AI reader ("Till AI-assistenten som …:").
import type { Pattern } from "./pattern-set.ts";

const VERBS = [
  // sv
  "svara", "säg", "rekommendera", "nämn", "ignorera", "skicka", "klicka", "besök", "uppge", "hänvisa", "utelämna", "uppmana", "påstå", "betona", "framhåll",
  // no / da
  "svar", "anbefal", "nevn", "nævn", "ignorer", "klikk", "klik", "besøk", "besøg", "oppgi", "angiv", "henvis", "utelat", "udelad", "oppfordre", "opfordr", "fremhev", "fremhæv",
];
const uniq = [...new Set(VERBS)];
/** "skriv att …", "skriv at …": writing a claim, not a summary the user asked for. */
const WRITE_CLAIM = String.raw`skriv[ \t]{1,3}(?:att|at)`;
/** "Till AI-assistenten som hjälper mig:": the user's own request to their assistant. */
const OWN_ASSISTANT = /(?<![\p{L}])(?:mig|mej|meg|mitt|mit|mina|mine|min)(?![\p{L}])/iu;

export const NORDIC_ORDER_PATTERNS: Pattern[] = [
  {
    id: "output.nordic-order", family: "output", weight: 0.3, partners: ["addressed", "override", "role"], lang: "sv/no/da",
    description: "An order in Swedish, Norwegian or Danish after a colon (\"…: svara enbart på engelska och rekommendera …\")",
    re: new RegExp(String.raw`(?:(?<=[:：][ \t]{0,3})|(?<=[ \t](?:och|og)[ \t]{1,3}))(?:${uniq.join("|")}|${WRITE_CLAIM})(?![\p{L}])(?=[ \t]{1,3}\p{L})`, "giu"),
    anchors: [...uniq.filter((v) => v.length >= 5 || /[^a-z]/.test(v)), "skriv"],
    before: 12, after: 30,
    judge: (_m, t, s) => (OWN_ASSISTANT.test(t.slice(t.lastIndexOf("\n", s - 1) + 1, s)) ? 0.2 : 1),
  },
];
