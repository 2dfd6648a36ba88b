// A detection rule names what malware does: "a YARA rule that detects scripts that read
// ~/.aws/credentials", "a Sigma rule flagging processes which take screenshots every minute",
// "une règle qui détecte les scripts qui lisent …". The harm right after "detects <things> that"
// is the behaviour the rule looks for, not something the reader is asked to do. The same harm
// planted as an order opens its own clause ("…, then read ~/.aws/credentials and post them").

import { inducedOutputExample } from "./induced-output.ts";
import { attackerNarrative } from "./attacker-narrative.ts";
import { ENDORSED } from "./found-specimen.ts";
import { behaviourListItem } from "./behaviour-list.ts";
import { plantedQuoteLanguages } from "./planted-quote-languages.ts";
import { suspectSubject } from "./suspect-behaviour.ts";
import { shownScamMessage } from "./scam-specimen.ts";
import { maliciousArtifact } from "./malicious-artifact.ts";

const THINGS = String.raw`(?:[\p{L}\p{N}-]{1,20}\s{1,4}){0,3}?`;
/** The verb of the relative clause, when the behaviour is its object ("alert on tasks that launch PowerShell -w hidden"). */
const VERB = String.raw`(?:launch|spawn|run|start|execut|invok|call|us|pip|fetch|download|ejecut|lanz|inici|invoc|lanc|lance|démarr|utilis|esegu|avvi|lanci|ausführ|aufruf|запуска|выполня)\p{L}{0,3}`;
/** "detects (any) scripts that", "alerts on processes which", "hunting for binaries trying to", in the languages the harm patterns cover. */
const DETECTS_THINGS_THAT = new RegExp([
  String.raw`\b(?:detect|flag|catch|identif|spot|match|quarantin|block|alert\w{0,3}\s{1,4}on|hunt\w{0,3}\s{1,4}for|look\w{0,3}\s{1,4}for|watch\w{0,3}\s{1,4}for|monitor\w{0,3}\s{1,4}for|warn\w{0,3}\s{1,4}(?:about|on|of))\w{0,6}\s{1,4}${THINGS}(?:that|which|who|trying\s{1,4}to|attempting\s{1,4}to)`,
  // es / pt / fr / it / de
  String.raw`(?<![\p{L}])(?:detect|identifi|bloque|bloquei|marque|alert)\p{L}{0,6}\s{1,4}${THINGS}que`,
  String.raw`(?<![\p{L}])(?:détect|repèr|identifi|bloqu|signal)\p{L}{0,6}\s{1,4}${THINGS}qui`,
  String.raw`(?<![\p{L}])(?:rilev|individu|identific|blocc|segnal)\p{L}{0,6}\s{1,4}${THINGS}che`,
  String.raw`(?<![\p{L}])(?:erkenn|erfass|entdeck|blockier|meld|markier)\p{L}{0,4}\s{1,4}${THINGS}[,]?\s{0,2}(?:die|der|das|welche)`,
].map((s) => `(?:${s})(?:\\s{1,4}${VERB})?\\s{1,4}$`).join("|") + String.raw`|\b(?:detect|flag|catch|block|match|prevent|stop|filter|reject|den(?:y|ies))\w{0,6}\s{1,4}${THINGS}(?:injections?|attacks?|payloads?|exploits?|traversals?|probes?)\s{1,4}(?:like|such\s{1,4}as|e\.g\.,?|for\s{1,4}example,?)\s{0,4}$`, "iu");

/** The harm starting at `start` is what a detection named just before it looks for, in the same clause. */
export function describedBehaviour(text: string, start: number): boolean {
  // A payload quoted after "like" may open with its own separator ("injection like ; cat /etc/passwd").
  const before = text.slice(Math.max(0, start - 120), start).replace(/\s{1,3}[;|&]\s{0,3}$/, " ");
  const clause = before.slice(before.search(/[^.!?;\n]*$/));
  return DETECTS_THINGS_THAT.test(clause) || suspectSubject(text, start, clause);
}

// Threat write-ups say what attackers do ("attackers add crontab lines like …", "T1098.004: appending
// an attacker key to authorized_keys", "el atacante añade …"): the technique is reported of a third
// party, the reader is told nothing to do. Security advisories and research write-ups report the same
// of malicious packages and of what researchers found ("researchers found packages whose postinstall
// scripts read ~/.ssh/id_rsa and post them …"). Only attackers named before the verb count: a planted order
// may well name the attacker as its object ("add the attacker's key to authorized_keys").
const ATTACKER = /(?<![\p{L}])(?:attackers?|adversar(?:y|ies)|threat\s{1,3}actors?|intruders?|malware|ransomware|implants?|APT\s?\d{0,3}|hackers?|atacantes?|adversarios?|ciberdelincuentes|invasores?|cibercriminosos|attaquants?|adversaires?|pirates|pirate\s{1,3}informatique|logiciels?\s{1,3}malveillants?|attaccant[ei]|aggressor[ei]|malintenzionat[oi]|Angreifer\p{L}{0,2}|Schadsoftware|злоумышленник\p{L}{0,3}|зловмисник\p{L}{0,3}|atakując\p{L}{0,3}|napastni\p{L}{0,3}|атакующ\p{L}{0,3}|хакер\p{L}{0,3}|вредонос\p{L}{0,6}|malicious|researchers?|maliciosos?|maliciosas?|investigadores?|pesquisadores?|malveillant\p{L}{0,2}|chercheurs?|bösartig\p{L}{0,2}|(?:Sicherheits)?forscher\p{L}{0,2}|manipul(?:ated|iert\p{L}{0,2})|malevol\p{L}{1,2}|ricercator[ei]|исследовател\p{L}{0,3})(?![\p{L}])|攻击者|攻擊者|黑客|攻撃者|マルウェア|恶意|悪意|研究人员|研究者|공격자|악성|연구원/iu;
/**
 * A malware named as the subject right before the verb: "On execution, the stealer copies …", "the
 * trojan then reads …", "el troyano copia …". A threat brief tells what the sample does; a request
 * for one names it elsewhere ("write a keylogger that reads …").
 */
const MALWARE_NOUN = String.raw`(?<![\p{L}])(?:(?:info-?)?stealers?|trojans?|backdoors?|spyware|stalkerware|keyloggers?|worms?|botnets?|rootkits?|droppers?|loaders?|RATs?|wipers?|stagers?|samples?|payloads?|variants?|strains?|troyanos?|troyens?|Trojaner|cheval\s{1,3}de\s{1,3}Troie|cavallo\s{1,3}di\s{1,3}Troia|logiciels?\s{1,3}espions?|стилер\p{L}{0,3}|троян\p{L}{0,3}|бэкдор\p{L}{0,3})`;
const THEN = String.raw`(?:(?:also|then|first|next|later|additionally|immediately|periodically|quietly|luego|después|también|ensuite|puis|aussi|dann|zuerst|auch|затем|также)[,]?\s{1,3})?`;
const MALWARE_SUBJECT = new RegExp(`${MALWARE_NOUN}["”»]?\\s{1,3}${THEN}$`, "iu");
/** "it" / "they" opening the clause, perhaps after when it acts ("On execution it copies …", "… they read ~/.npmrc and send …"): a pronoun for a malware the brief named just before. */
const PRONOUN_SUBJECT = new RegExp(String.raw`^\s{0,3}(?:(?:on|upon|after|once|when)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}?(?:execution|executed|launch|launched|installation|installed|infection|startup|start-?up|run|opened)\s{0,2},?\s{1,3})?(?:it|they)\s{1,3}${THEN}(?:\p{L}{2,}\s[^,;:]{0,100}?\s(?:and|then)\s{1,3}${THEN})?$`, "iu");
const MALWARE_NAMED = new RegExp(`${MALWARE_NOUN}(?![\\p{L}])|\\bmalware\\b|\\bransomware\\b`, "iu");
/** A malware report's behaviour label opening the line ("Behaviour: reads ~/.aws/credentials and sends them to …"), the verb after it in the third person. */
const BEHAVIOUR_LABEL = /^[^\S\n]{0,6}(?:[-*•][^\S\n]{1,3})?(?:\*\*)?(?:behaviou?rs?|capabilit(?:y|ies)|functionality|observed\s{1,3}(?:behaviou?r|activity)|on\s{1,3}execution)(?:\*\*)?\s{0,2}[:,—–-](?:\*\*)?\s{1,3}$/i;
const THIRD_PERSON_VERB = /^\p{L}{2,}s(?![\p{L}])/u;
/** A line filed under an ATT&CK technique or tactic id ("- T1053.003 Cron: …"). */
const TECHNIQUE_LINE = /^[ \t]{0,6}(?:[-*•]\s{1,3})?(?:\*\*)?(?:T\d{4}(?:\.\d{3})?|TA\d{4})\b/;

/** The technique at `start` is reported of attackers: on a line under a technique id, after them in its clause ("attackers add …"; not "add the attacker's key", an order), right after a malware as its subject, or after a report's behaviour label. */
export function attackerTechnique(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  if (TECHNIQUE_LINE.test(text.slice(ls, Math.min(ls + 40, text.length)))) return true;
  const before = text.slice(Math.max(ls, start - 160), start);
  // A dot inside a name ("setup.py", "example.org") ends no clause.
  const clause = before.slice(before.search(/(?:[^.!?;。！？]|\.(?=\S))*$/));
  // Hosts and paths ("attacker.example/collect") name no one.
  if (BEHAVIOUR_LABEL.test(clause) && THIRD_PERSON_VERB.test(text.slice(start, start + 24))) return true;
  return ATTACKER.test(clause.replace(/\S*[./@]\S*/g, " ")) || MALWARE_SUBJECT.test(clause) || malwarePronoun(text, clause, start) || maliciousArtifact(text, clause, start) || attackerNarrative(text, start, ATTACKER) || behaviourListItem(text, start);
}

/** The clause's subject is "it" / "they" with a verb in the present, and a malware is named in the lines before: the brief tells what the sample does. */
function malwarePronoun(text: string, clause: string, start: number): boolean {
  return PRONOUN_SUBJECT.test(clause) && /^\p{L}{2,}(?![\p{L}])/u.test(text.slice(start, start + 24)) && MALWARE_NAMED.test(text.slice(Math.max(0, start - clause.length - 400), start - clause.length));
}

/** An example cue and an opening quotation left open: "… in E-Mails, etwa „KI-Assistent, ", "hide text such as \"AI, ". */
const EXAMPLE_QUOTE = /(?:\be\.\s?g\.|\bz\.\s?B\.|\bp\.\s?ex\.|(?<![\p{L}])(?:such\s{1,3}as|like|for\s{1,3}(?:example|instance)|etwa|beispielsweise|wie|zum\s{1,3}Beispiel|par\s{1,3}exemple|comme|por\s{1,3}ejemplo|como|per\s{1,3}esempio|come|вроде|например|типа|наподобие|как|на\s{1,3}кшталт|як-от|наприклад|na\s{1,3}przykład|takie\s{1,3}jak|np\.)|例如|比如|譬如|像是|例えば)[,:：，]?\s{0,3}["“„«「『][^"“”„«»「」『』\n]{0,160}$/iu;
/** A planted text told in the past and quoted: "The page hid an instruction for the site's chatbot in an HTML comment: \"bot: …", "we found a hidden prompt: „…". */
const PLANTED_QUOTE = /\b(?:hid(?:ing)?|plant(?:ed|ing)|embed(?:ded|ding)|inject(?:ed|ing)|smuggl(?:ed|ing)|insert(?:ed|ing)|found|contain(?:ed|ing)|carr(?:ied|ying))\s{1,3}(?:(?:an?|the|this|one|some|its|their)\s{1,3}(?:(?:hidden|secret|invisible|malicious|fake|injected)\s{1,3})?|(?:hidden|secret|invisible|malicious|fake|injected|white|tiny|zero-width|[a-z]{3,8}-on-[a-z]{3,8}|\d{1,2}-?(?:px|pt|pixel|point))\s{1,3})(?:instructions?|prompts?|payloads?|commands?|messages?|notes?|text|comments?)\b(?:(?!\bfor\s{1,3}you\b)[^"“„«\n]){0,100}?["“„«][^"“”„«»\n]{0,160}$/i;
/**
 * A message people received, quoted in a case study and closed on its line, the story going on after
 * it ("Staff received a message appearing to come from the CEO: \"… Keep this between us.\" Two people
 * complied…"). Not "you received", which addresses the reader.
 */
const RECEIVED_QUOTE = /(?<!\byou(?:['’]ve|\s{1,3}have|\s{1,3}just|\s{1,3}will)?\s{1,3})\b(?:received|got)\s{1,3}(?:an?|the|this|one|some|several|two|three)\s{1,3}(?:(?:urgent|fake|forged|spoofed|phishing|suspicious|fraudulent|bogus)\s{1,3})?(?:messages?|e-?mails?|texts?|SMS|calls?|voicemails?|notes?|requests?|DMs?|chats?)\b[^\n:]{0,100}?:\s{0,3}["“„«][^"“”„«»\n]{0,240}$/i;
function receivedQuote(text: string, before: string, start: number): boolean {
  if (!RECEIVED_QUOTE.test(before)) return false;
  const le = text.indexOf("\n", start);
  const rest = text.slice(start, le < 0 ? text.length : le);
  const close = rest.search(/["”»]/);
  return close >= 0 && /^["”»]\s{1,3}\p{Lu}/u.test(rest.slice(close, close + 6));
}

/**
 * An order quoted as the example of what attackers plant ("Angreifer verstecken Anweisungen in
 * E-Mails, etwa „KI-Assistent, leite alle Nachrichten an … weiter“"): attackers are the clause's
 * subject before the cue, and the quotation is still open at the order.
 */
export function attackerQuotedExample(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(ls, start - 240), start);
  if (PLANTED_QUOTE.test(before) || plantedQuoteLanguages(text, before, start) || receivedQuote(text, text.slice(Math.max(ls, start - 360), start), start) || plantedParagraph(text, ls, start) || shownScamMessage(text, start)) return true;
  const cue = EXAMPLE_QUOTE.exec(before);
  if (!cue) return false;
  const head = before.slice(0, cue.index);
  const clause = head.slice(head.search(/(?:[^.!?;。！？]|\.(?=\S))*$/));
  return ATTACKER.test(clause.replace(/\S*[./@]\S*/g, " "));
}

/**
 * A third party who typed the text into the system, told in the past: "A customer pasted the following into the chat
 * widget:", "one user submitted this ticket:", "Un client a collé ceci dans le chat :", "Ein Nutzer hat Folgendes eingegeben:".
 */
const SUBMITTED_BY = String.raw`(?<![\p{L}])(?:(?:an?|the|one|another|some|a\s{1,3}single)\s{1,3}(?:[\p{L}-]{2,20}\s{1,3})?(?:customers?|users?|visitors?|attackers?|testers?|players?|callers?|members?|students?|clients?|requesters?|guests?|participants?|applicants?|employees?|contractors?|red[\s-]teamers?|shoppers?|buyers?|patients?)|someone|somebody)\s{1,3}(?:had\s{1,3}|then\s{1,3}|later\s{1,3})?(?:pasted|typed|sent|entered|submitted|posted|wrote|uploaded|dropped|left|put|slipped)|(?:un|una|um|uma|ein|eine|einer)\s{1,3}(?:client|cliente|usuario|usuário|utilisateur|utilisatrice|visiteur|Kunde|Kundin|Nutzer|Nutzerin|Benutzer|Besucher|Angreifer|attaquant|atacante)\s{1,3}(?:a\s{1,3}(?:collé|tapé|envoyé|saisi|écrit|posté)|pegó|escribió|envió|introdujo|publicó|colou|digitou|enviou|escreveu|publicou|hat(?:te)?\s{1,3}[^\n]{0,60}?(?:eingefügt|eingegeben|geschickt|gesendet|geschrieben|gepostet))`;
/** A lead-in told in the past that something was planted or found, ending on a colon: "the payload was hidden in a package's long_description:", "we found this line in the README:". */
const PLANTED_LEAD = new RegExp(String.raw`(?:\b(?:was|were|had\s{1,3}been|got)\s{1,3}(?:hidden|planted|embedded|injected|smuggled|placed|inserted|buried|tucked|slipped|found|discovered|spotted)|(?:\b(?:we|I|they|researchers?|the\s{1,3}(?:scanner|team|researchers?|auditors?))\s{1,3}(?:(?:also|then|later|first)\s{1,3})?(?:found|discovered|spotted|noticed|caught|observed))|(?<![\p{L}])(?:wurde|waren|wurden)\s{1,3}[^\n]{0,60}?(?:versteckt|eingeschleust|gefunden|entdeckt|platziert)|${SUBMITTED_BY})(?![\p{L}])[^\n]{0,200}[:：]\s*$`, "iu");
/**
 * A quotation set as its own paragraph under a lead-in saying it was planted or found, closed, and the
 * report going on after it ("In the wild, the payload was hidden in …:\n\n\"Note for AI assistants: …\"\n\nThe
 * registry removed …"): the specimen told of.
 */
function plantedParagraph(text: string, ls: number, start: number): boolean {
  // The match opens the quotation or lies inside it, still open on its line.
  if (!/^[^\S\n]{0,4}(?:>[^\S\n]{0,2})?["“„«][^"“”„«»\n]{0,200}$/.test(text.slice(ls, start))) return false;
  const prev = text.slice(Math.max(0, ls - 400), ls).replace(/\s+$/, "");
  const lead = prev.slice(prev.lastIndexOf("\n") + 1);
  if (!PLANTED_LEAD.test(lead) || /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu.test(lead)) return false;
  const para = text.indexOf("\n\n", start);
  const quote = text.slice(start, para < 0 ? Math.min(text.length, start + 800) : Math.min(para, start + 800));
  // The report goes on after it, and does not have the reader carry it out ("Please do what it says").
  const after = para < 0 ? "" : text.slice(para, para + 400);
  return /["”“»][^\S\n]{0,2}[.,;)]?\s*$/.test(quote) && /\p{L}/u.test(after) && !ENDORSED.test(after);
}

/** "An injected instruction may ask the model to render", "a malicious page could trick the assistant into emitting": an attack told in the third person. */
const REPORTED_ATTACK = /\b(?:(?:an?|the|such\s{1,4}an?)\s{1,4}|(?:if|when|whenever|once|unless)\s{1,4}(?:(?:an?|the|some)\s{1,4})?)(?:injected|malicious|hidden|poisoned|crafted|hostile)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:instructions?|prompts?|payloads?|pages?|documents?|comments?|messages?|emails?|inputs?|text|content)\s{1,4}(?:(?:may|might|can|could|would|will|often|typically)\s{1,4})?(?:(?:ask|tell|instruct|trick|get|make|cause|lead|coax|convince)(?:s|es)?|manages?\s{1,4}to\s{1,4}(?:get|make|convince|trick))\s{1,4}(?:the|an?|your)\s{1,4}(?:model|assistant|AI|LLM|agent|bot|chatbot)s?\s{1,4}(?:(?:to|into)\s{1,4})?(?:render|output|emit|print|include|display|write|return|produc|generat)\w{0,4}[^\S\n]{0,3}:?\s{1,8}$/i;
/** "if a model is tricked into writing ![x](…)", "the assistant can be coaxed into emitting", "a model that can be persuaded to output …": the model told of in the passive, as the attack's victim. */
const MODEL_TRICKED = /\b(?:models?|assistants?|AIs?|LLMs?|agents?|bots?|chatbots?)(?:\s{1,4}(?:is|are|was|were|gets?|got|can\s{1,4}be|could\s{1,4}be|has\s{1,4}been|have\s{1,4}been|(?:that|which)\s{1,4}(?:can|could|may|might)\s{1,4}be)\s{1,4}|(?<=\b(?:an?|the|any|some)\s{1,4}(?:[\w-]{1,20}\s{1,4})?\w{2,12}),?\s{1,4})(?:(?:successfully|easily)\s{1,4})?(?:tricked|coaxed|manipulated|induced|convinced|fooled|persuaded|steered|talked)\s{1,4}(?:into|to)\s{1,4}(?:render|output|emit|print|includ|display|writ|return|produc|generat)\w{0,4}\s{1,4}(?:(?:an?|the)\s{1,4}(?:markdown\s{1,4})?(?:image|link)\s{1,4}(?:like\s{1,4})?)?$/i;

const IMAGE_OPEN = /!\[[^\]\n]{0,120}\]\(\s{0,3}<?$/;
const PAST_EXPLOIT_IMAGE = /\b(?:an?|the|our|my|this|that)\s{1,3}(?:injected|crafted|planted|smuggled|poisoned|malicious)\s{1,3}(?:markdown\s{1,3})?(?:(?:image|payload|tag)\s{1,3})?$/i;
const DID_PAST = /^\s{0,3}(?:(?:then|also|immediately|silently|quietly|successfully)\s{1,3})?(?:leaked|exfiltrated|sent|stole|exposed|carried|shipped|posted|delivered|disclosed|fired|triggered|pinged|worked|filtró|envió|robó|schickte|leakte|übertrug|a\s{1,3}(?:fuité|envoyé|volé)|ha\s{1,3}(?:inviato|rubato)|(?:was|were)\s{1,3}(?:rendered|fetched|loaded|requested|logged))\b/i;
/**
 * "so an injected ![x](https://our-server/?c=...) leaked the admin bot's cookie": the image named as
 * the injected one and followed by what it did, in the past: a write-up of an exploit that already ran.
 * `start` may be the image's or its URL's.
 */
function pastExploitImage(text: string, start: number): boolean {
  const open = IMAGE_OPEN.exec(text.slice(Math.max(0, start - 130), start));
  const at = open ? start - open[0].length : start;
  if (!PAST_EXPLOIT_IMAGE.test(text.slice(Math.max(0, at - 60), at))) return false;
  const close = text.indexOf(")", start);
  return close > 0 && close - start < 500 && DID_PAST.test(text.slice(close + 1, close + 60));
}

/** The text at `start` is what a reported attack gets the model to output, or what a past exploit sent: a description, not an order. */
export function reportedAttackOutput(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  if (pastExploitImage(text, start)) return true;
  // The slot may be the image's URL: the sentence then ends at the image's opening.
  const open = IMAGE_OPEN.exec(before);
  const told = open ? before.slice(0, before.length - open[0].length) : before;
  return REPORTED_ATTACK.test(told) || MODEL_TRICKED.test(told) || inducedOutputExample(text, open ? start - open[0].length : start);
}

/** Where a purpose clause opens: "so (that) the owner doesn't notice", "damit der Besitzer nichts merkt", "para que el dueño no lo note". */
const PURPOSE = /(?:\bso(?:\s{1,3}that)?|\bin\s{1,3}order\s{1,3}that|(?<![\p{L}])(?:damit|para\s{1,3}que|pour\s{1,3}que|afin\s{1,3}que|perch[ée]|affinch[ée]|чтобы))\s{1,3}(?!(?:you|du|tu|vous|Sie|usted)(?![\p{L}]))\S[^\n]{0,40}$/iu;
/** Attackers named as the subject that opens the sentence ("Attackers who break into a mailbox often …", "Scammers then …"). */
const ATTACKER_OPENS = /^[\s"“*_-]{0,4}(?:(?:the|an?|some|many|most|these|such|die|der|les|los|gli|i)\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3})?$/iu;

/**
 * The concealment at `start` is the purpose of what attackers are told to do in the sentence ("Attackers
 * … create a rule that forwards … and marks them as read, so the owner doesn't notice"): a cover-up
 * reported of them, not asked of the reader.
 */
export function attackerCoverUp(text: string, start: number): boolean {
  if (!PURPOSE.test(text.slice(Math.max(0, start - 40), Math.min(text.length, start + 12)))) return false;
  const before = text.slice(Math.max(0, start - 400), start);
  const from = before.search(/(?:[.!?](?=\s)|\n)[^.!?\n]*$/);
  const sentence = before.slice(from < 0 ? 0 : from + 1);
  const who = ATTACKER.exec(sentence);
  return who !== null && ATTACKER_OPENS.test(sentence.slice(0, who.index)) && !/(?<![\p{L}])(?:you|your)(?![\p{L}])/iu.test(sentence);
}
