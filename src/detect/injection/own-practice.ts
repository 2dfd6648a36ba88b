// A user casting their assistant as an adversary to practise against: "role-play as an attacker
// sending me a fake invoice email, so I can practise spotting the signs", "pretend to be a scammer
// phoning me so I can learn to recognise the tricks". The role acts on the user and serves their
// own training; it frees the AI of nothing and carries no payload for anyone else.

// Also a drill the user sets up and plays a part in ("Respond as if you were the sysadmin in a
// tabletop ransomware exercise. I'll play the attacker"), and a scenario in which the role receives
// a quoted override and the user asks for the ideal reply: the override is the scenario's input.

import { ADDRESSES_READER, harmCue, READER_STEERING, REMOTE_OR_COVERT } from "./own-request.ts";
import { quotedOrCode } from "./about-prompts.ts";

/** The user's own practice as the purpose: "so I can practise", "to help me train", "for my practice", a demo for the user's own class ("a demo for my lecture"). */
const PRACTICE_PURPOSE = /\bso\s{1,4}(?:that\s{1,4})?(?:I|we)\s{1,4}(?:can|could|may)\s{1,4}(?:practi[cs]e|rehearse|train|learn\s{1,4}to|get\s{1,4}better\s{1,4}at|prepare\s{1,4}for|improve)\b|\b(?:to\s{1,4})?help\s{1,4}(?:me|us)\s{1,4}(?:to\s{1,4})?(?:practi[cs]e|rehearse|train|prepare\s{1,4}for|learn\s{1,4}to|get\s{1,4}better\s{1,4}at)\b|\bfor\s{1,4}(?:my|our)\s{1,4}(?:own\s{1,4})?(?:practice|training|rehearsal)\b|\b(?:I|we)\s{1,4}(?:want|need|would\s{1,4}like)\s{1,4}to\s{1,4}(?:practi[cs]e|rehearse|train\s{1,4}(?:myself|ourselves))\b|\b(?:demo(?:nstration)?|example|illustration)\s{1,4}(?:[\w-]{1,15}\s{1,4})?(?:for|in)\s{1,4}(?:my|our)\s{1,4}(?:lecture|class|course|talk|workshop|seminar|lesson|tutorial|students)\b/i;
/** What a practice role may not touch: the AI's own rules, secrets, systems, or a freed persona. */
const NOT_PRACTICE = /\b(?:DAN|unrestricted|unfiltered|uncensored|jailbr\w*|developer\s{1,4}mode|god\s{1,4}mode|no\s{1,4}(?:rules|restrictions|limits|filters|guidelines)|without\s{1,4}(?:any\s{1,4})?(?:rules|restrictions|limits|filters|guidelines|ethics)|system\s{1,4}prompt|(?:your|its)\s{1,4}(?:rules|instructions|guidelines|programming|training)|passwords?|credentials?|tokens?|api\s{0,2}keys?|secrets?|cookies?|ssh|run|execute|install|curl|wget|shell|terminal|malware|ransomware|keylogger|exploit\w*)\b|~\//i;

/** A drill named: "tabletop exercise", "incident-response drill", "mock interview", "fire drill". */
const DRILL = /\b(?:tabletop|mock|role[\s-]?play(?:ed|ing)?|(?:job\s{1,4})?interview(?:ing)?|dry[\s-]run|war[\s-]?game|drill|exercise|simulation|rehearsal|practice\s{1,4}(?:round|session|scenario)|(?:sales|product|customer|live|training)\s{1,4}demo(?:nstration)?s?)\b/i;
/** The user takes a part in it: "I'll play the attacker", "I will be the customer", "I'm the interviewer", or runs it: "I'll describe an incident". */
const USER_PLAYS = /\b(?:I['’]ll|I\s{1,4}will|I['’]m\s{1,4}going\s{1,4}to|I\s{1,4}(?:want\s{1,4}to|can))\s{1,4}(?:play|be|act\s{1,4}as|take\s{1,4}(?:on\s{1,4})?the\s{1,4}(?:role|part)\s{1,4}of)\s{1,4}(?:the|an?)\s{1,4}[\w-]{2,20}|\bI['’]m\s{1,4}(?:playing\s{1,4})?(?:the|an?)\s{1,4}(?:attacker|adversary|red\s{1,4}team|customer|caller|interviewer|candidate|patient|client|user|shopper|prospect)\b|\b(?:I['’]ll|I\s{1,4}will|I['’]m\s{1,4}going\s{1,4}to)\s{1,4}(?:describe|narrate|present|set\s{1,4}up|throw|feed\s{1,4}you|give\s{1,4}you|walk\s{1,4}you\s{1,4}through|read\s{1,4}(?:you\s{1,4})?out)\s{1,4}(?:(?:the|an?|each|every|some|one|new)\s{1,4})?(?:[\w-]{1,20}\s{1,4})?(?:incidents?|scenarios?|situations?|events?|injects?|alerts?|questions?|cases?|steps?|problems?|twists?|timeline|story|storyline)\b/i;
/** The role works on the user: "ask me questions", "quiz me", "interview me", "give me feedback on my answers". */
const ROLE_ON_USER = /\b(?:ask\s{1,4}me(?:\s{1,4}(?:\w{1,15}\s{1,4}){0,2}questions)?|quiz\s{1,4}me|interview\s{1,4}me|grill\s{1,4}me|question\s{1,4}me|test\s{1,4}me|give\s{1,4}me\s{1,4}feedback)\b/i;
/** A threat the drill is about ("tabletop ransomware exercise", "phishing simulation"): the scenario's name, not an ask. */
const DRILL_THREAT = /\b(?:ransomware|malware|phishing|exploit|breach|DDoS)(?=\s{1,4}(?:[\w-]{1,15}\s{1,4})?(?:exercise|drill|scenario|simulation|incident|attack|response|outbreak|tabletop))/gi;

/** The text is a short message of the user's setting up a sparring partner for their own practice. */
export function ownPracticeRole(text: string): boolean {
  if (text.length > 800) return false;
  // A drill's threat names the scenario; a practice ask must act on the user.
  const drill = DRILL.test(text) && (USER_PLAYS.test(text) || ROLE_ON_USER.test(text));
  if (!drill && !(PRACTICE_PURPOSE.test(text) && /\b(?:me|us)\b/i.test(text))) return false;
  return !NOT_PRACTICE.test(drill ? text.replace(DRILL_THREAT, " ").replace(/\bdry[\s-]run\b/gi, " ") : text) && !ADDRESSES_READER.test(text) && !READER_STEERING.test(text) && !REMOTE_OR_COVERT.test(text.replace(/\b(?:attackers?|hackers?)\b/gi, " "));
}

/** The role is handed a message in the scenario: "someone emailed you", "a customer writes", "if a user says". */
const RECEIVES = /\b(?:someone|somebody|a\s{1,4}(?:user|customer|caller|client|stranger|visitor|colleague|coworker)|an?\s{1,4}(?:e-?mail|message|ticket|attacker))\s{1,4}(?:[\w-]{1,15}\s{1,4})?(?:e-?mails?|e-?mailed|sends?|sent|writes?|wrote|says?|said|asks?|asked|types?|typed|messages?|messaged|tells?|told|pastes?|pasted)\s{1,4}(?:you\s{1,4})?(?:this\s{1,4})?[:,]?\s{0,3}["“'«]$/i;
/** The user's own part in the scenario hands the role an attempt to trick it: "I'm a customer trying to trick you with \"…\"". */
const TRICKS_WITH = /\b(?:(?:trying|tries|try|attempting|attempts|wants?|going)\s{1,4}to|I['’]ll|I\s{1,4}will)\s{1,4}(?:trick|fool|jailbreak|manipulate|con|test|break)\s{1,4}you\s{1,4}(?:with|by\s{1,4}(?:saying|typing|writing|sending))\s{0,3}[:,]?\s{0,3}["“'«]$/i;
/** The user asks for the reply the role should give. */
const ASKS_IDEAL_REPLY = /\b(?:show|give|write|draft|tell)\s{1,4}me\s{1,4}(?:the|an?|your|what)\s{1,4}(?:(?:ideal|best|correct|right|proper|safe|model|good|appropriate)\s{1,4})?(?:response|reply|answer|refusal|you['’]d\s{1,4}(?:say|answer|reply))\b|\bhow\s{1,4}(?:would|should)\s{1,4}you\s{1,4}(?:respond|reply|answer|handle\s{1,4}it)\b|\b(?:show|tell)\s{1,4}me\s{1,4}how\s{1,4}you(?:['’]d|\s{1,4}would|\s{1,4}should|['’]ll|\s{1,4}will)\s{1,4}(?:respond|reply|answer|handle\s{1,4}(?:it|that|this))\b/i;

/** The hit at `start` lies in a quotation the user's short scenario hands to the role, and the user asks for the ideal reply to it. */
export function quotedScenarioInput(text: string, start: number): boolean {
  if (text.length > 800 || !quotedOrCode(text, start)) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  const open = before.search(/["“'«][^"“”'«»]*$/);
  if (open < 0 || !(RECEIVES.test(before.slice(0, open + 1)) || TRICKS_WITH.test(before.slice(0, open + 1)))) return false;
  return ASKS_IDEAL_REPLY.test(text) && !REMOTE_OR_COVERT.test(text) && !ADDRESSES_READER.test(text) && !READER_STEERING.test(text);
}

/** A translation asked of the quoted words that follow: "Translate into German:", "How do you say", "Übersetze ins Englische:", "Traduce al inglés:". */
const TRANSLATE_QUOTED = /(?:(?:\b(?:translate|render)\b(?:\s{1,4}(?:(?:this|the|that|these)(?:\s{1,4}following)?\s{1,4}(?:phrases?|sentences?|lines?|words?|text|quote|string)|this|that|these))?(?:\s{1,4}(?:in|into|to)\s{1,4}\p{L}{3,20})?|\bhow\s{1,4}(?:do\s{1,4}(?:you|I)|would\s{1,4}you|to)\s{1,4}say|(?<!\p{L})[üÜu]bersetz\p{L}{0,3}(?:\s{1,4}(?:esta|este|estas|la|el|las|cette|ce|cet|cettes?|diesen|diese|den|die|questa|questo|la|essa|esse|esta)\s{1,4}(?:frases?|oraci[oó]n|oraciones|texto|l[ií]neas?|phrases?|texte|ligne|Satz|Sätze|Text|Zeile|testo|riga))?(?:\s{1,4}(?:ins|auf|in)\s{1,4}\p{L}{3,20})?|\btradu\p{L}{1,4}(?:\s{1,4}(?:esta|este|estas|la|el|las|cette|ce|cet|cettes?|diesen|diese|den|die|questa|questo|la|essa|esse|esta)\s{1,4}(?:frases?|oraci[oó]n|oraciones|texto|l[ií]neas?|phrases?|texte|ligne|Satz|Sätze|Text|Zeile|testo|riga))?(?:\s{1,4}(?:al|en|in|em|para\s{1,4}o|para\s{1,4}el|in)\s{1,4}\p{L}{3,20})?)\s{0,3}[:：,—–-]?|(?:翻译|翻譯|翻訳|번역)[^"“”'«»„「」『』\n。！？]{0,30}?[:：,，]?)\s{0,3}["“'«„「『]$/iu;

/** The translation is for teaching material: "it's for a slide in my talk", "es para mi charla", "für eine Schulungsfolie". */
const TEACHING_USE = /(?<!\p{L})(?:slides?|talks?|presentations?|lectures?|workshops?|courses?|class(?:es)?|trainings?|posters?|handouts?|awareness|quiz(?:zes)?|diapositivas?|charlas?|presentaci[oó]n|conferencias?|cursos?|clases?|talleres?|formaci[oó]n|capacitaci[oó]n|Folien?|Vortrag|Präsentation|Schulung\p{L}{0,2}|Kurs|Seminar|diapos?|exposé|formations?|cours|sensibilisation|слайд\p{L}{0,2}|доклад\p{L}{0,2}|презентаци\p{L}{0,2}|лекци\p{L}{0,2}|тренинг\p{L}{0,2})(?!\p{L})/iu;

/**
 * The hit is the quoted phrase a user's short message asks to have translated ("Translate into
 * German: \"Ignore all previous instructions\" — I need it for a slide"): the words are the
 * object of the translation, and the rest of the message asks nothing else of the reader.
 */
export function quotedForTranslation(text: string, start: number): boolean {
  if (text.length > 400) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const open = before.search(/["“'«„「『][^"“”'«»„「」『』]*$/);
  if (open < 0 || !TRANSLATE_QUOTED.test(before.slice(0, open + 1))) return false;
  const close = text.slice(start).search(/["”'»“」』]/);
  if (close < 0 || close > 160) return false;
  const rest = text.slice(start + close + 1);
  return rest.length < 160 && !/(?:then|and\s{1,4}(?:then\s{1,4})?(?:do|follow|obey|execute|act|apply))/i.test(rest) && (!harmCue(text.slice(start, start + close)) || TEACHING_USE.test(rest)) && !harmCue(rest) && !REMOTE_OR_COVERT.test(text) && !ADDRESSES_READER.test(text) && !READER_STEERING.test(text);
}
