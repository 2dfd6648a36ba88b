// A chat community's house rule for the bots its members run ("Bots: please don't spam the #general
// channel; use #bot-commands"): the label's line says only where bots may post, naming the server's
// channels. Any clause beyond that etiquette (what to post, a link, a secret) keeps it an order.

// A channel by its "#name", or by a "/name" with the word channel after it ("the /api channel").
const CHAN = String.raw`(?:#[\w-]{1,40}(?:\s{1,3}(?:channel|chat|Kanal|canal|salon))?|\/[\w-]{1,40}\s{1,3}(?:channel|chat|Kanal|canal|salon))`;
const THE = String.raw`(?:(?:the|den|le|el|la)\s{1,3}(?:(?:salon|canal|Kanal)\s{1,3})?)?`;
const CLAUSE = new RegExp(
  "^(?:" +
    [
      // en: "please don't spam the #general channel", "no posting in #announcements", "use #bot-commands instead"
      String.raw`(?:please\s{1,3})?(?:don['’]t|do\s{1,3}not|never|no)\s{1,3}(?:spam|flood|post|ping|spamming|flooding|posting|pinging)(?:(?:\s{1,3}(?:in|into|to|on))?\s{1,3}${THE}${CHAN}|\s{1,3}@(?:everyone|here))?`,
      String.raw`(?:please\s{1,3})?(?:(?:only|just)\s{1,3})?(?:use|stay\s{1,3}in|keep\s{1,3}(?:to|it\s{1,3}(?:in|to))|post\s{1,3}(?:only\s{1,3})?(?:in|to)|reply\s{1,3}in|talk\s{1,3}in|go\s{1,3}to|move\s{1,3}to|head\s{1,3}(?:over\s{1,3})?to)\s{1,3}${THE}${CHAN}(?:\s{1,3}(?:only|instead|for\s{1,3}(?:that|commands|testing|bot\s{1,3}commands|(?:[\w-]{1,20}\s{1,3}){0,2}(?:questions|requests|support|issues|discussions?|traffic))))?`,
      // de: "bitte nicht in #general spammen", "kein Spam in #allgemein", "nutzt #bot-befehle"
      String.raw`(?:bitte\s{1,3})?(?:nicht\s{1,3}(?:in\s{1,3})?${THE}${CHAN}\s{1,3}(?:spammen|posten)|kein\s{1,3}Spam(?:\s{1,3}in\s{1,3}${THE}${CHAN})?|(?:nutzt|nutzen\s{1,3}Sie|verwendet|benutzt)\s{1,3}${THE}${CHAN}(?:\s{1,3}stattdessen)?)`,
      // fr: "merci de ne pas spammer le salon #general", "utilisez #bot-commandes"
      String.raw`(?:merci\s{1,3}de\s{1,3})?(?:ne\s{1,3}pas\s{1,3}spammer|pas\s{1,3}de\s{1,3}spam)(?:\s{1,3}(?:dans|sur)?\s{0,3}${THE}${CHAN})?|(?:utilisez|utilise|postez\s{1,3}dans|allez\s{1,3}dans)\s{1,3}${THE}${CHAN}(?:\s{1,3}(?:à\s{1,3}la\s{1,3}place|plutôt))?`,
      // es: "no hagáis spam en #general", "usad #comandos-bot"
      String.raw`(?:por\s{1,3}favor,?\s{1,3})?(?:no\s{1,3}hag[aá]is\s{1,3}spam|no\s{1,3}hagan\s{1,3}spam|nada\s{1,3}de\s{1,3}spam)(?:\s{1,3}en\s{1,3}${THE}${CHAN})?|(?:usad|usen|usa)\s{1,3}${THE}${CHAN}(?:\s{1,3}en\s{1,3}su\s{1,3}lugar)?`,
    ].join("|") +
    ")$",
  "i",
);
const CLAUSE_BREAK = /\s{0,3}[;,.!]\s{0,3}(?:(?:and|und|et|y)\s{1,3})?|\s{1,3}(?:and|und|et|y)\s{1,3}|\s{1,3}[—–]\s{1,3}/;

/** The line from `end` (just after a label addressing bots) holds only rules about which of the server's channels to post in. */
export function channelEtiquette(text: string, end: number): boolean {
  const nl = text.indexOf("\n", end);
  const line = text.slice(end, nl < 0 ? Math.min(text.length, end + 240) : Math.min(nl, end + 240)).replace(/^[ \t]{0,3}[:：][ \t]{0,3}/, "");
  if (!/[#/][\w-]/.test(line)) return false;
  // A welcome text quoted whole ends on its closing quote.
  const clauses = line.split(CLAUSE_BREAK).map((c) => c.trim().replace(/["”»]+$/, "")).filter((c) => c.length > 0);
  return clauses.length > 0 && clauses.every((c) => CLAUSE.test(c));
}
