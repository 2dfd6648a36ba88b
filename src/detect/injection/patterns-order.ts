// Signals of text that orders its reader to act or tells it what to put in its own output (issue
// 24, classes 8 and 9). Three families, all weak alone, so that a human's install guide, a todo
// list or a teacher's brief stays clean, and strong together:
//  - "order": an imperative to call a tool, run a command or change a file. In a JSON value, a
//    CSV cell, a log line or an API error (scan.ts: data context) it weighs more: data has no
//    business ordering its reader about.
//  - "output": an instruction about the reader's response, answer, code or codebase ("include
//    the following in your answer", "encode your reply in base64", "any code you generate must").
//  - "harm": what such an instruction may ask for, judged by itself: keylogging, screen capture,
//    fingerprinting, encryption for ransom, deleting trees, uploading local files or secrets,
//    flooding a host, malware, promotions and scams. Harm counts only next to an order, an
//    output directive, an address to an AI or concealment (`partners`): a security article that
//    names keyloggers and reverse shells is not an attack.
// Encoding the answer to hide it is the one output directive that counts alone.
import { ownFilesEncryption } from "./own-encryption.ts";
import type { Family, Pattern } from "./pattern-set.ts";
import { ADDRESSES_READER, ownPurpose, ownPurposeClause, ownPurposeSentence, ownShortMessage, ownStandingJob, ownThingsRequest, REMOTE_OR_COVERT, sentenceAround } from "./own-request.ts";
import { SENSITIVE_ANCHORS, SENSITIVE_PATH } from "./patterns.ts";
import { deletesAppStateOnly } from "./app-state.ts";
import { ownCleanupRequest, ownUploadRequest } from "./own-cleanup.ts";
import { ownSending } from "./own-sending.ts";
import { openFingerprintingDoc, ownDetectionDrill, ownSiteFingerprint, ownSystemsWork } from "./own-systems.ts";
import { keptOnOwnMachine } from "./own-destination.ts";

/** A colleague announcing what they will do ("I'm going to run …", "we'll delete …", "I'm adding …") orders nobody: `before` ends with the first-person subject. */
export function announcesOwnAction(before: string): boolean {
  return /\b(?:I|we)(?:['’](?:m|ll|re|d)|\s{1,4}(?:am|are|will|shall|just|also|then|now))?\s{1,4}(?:(?:going|about|planning|gonna|fixing|trying)\s{1,4}(?:to\s{1,4})?)?(?:just\s{1,4}|also\s{1,4}|now\s{1,4}|then\s{1,4})?$/i.test(before);
}

/** A sentence (or a log line after its level) opening on a short time clause that ends where the order's verb begins, no subject of its own before the verb ("after they run …" reports). */
const FRONTED_TIME_CLAUSE = /(?:^|[.!?:;"“\n]|\\n|\b(?:INFO|WARN(?:ING)?|ERROR|DEBUG|NOTICE|FATAL|CRIT(?:ICAL)?|TRACE)\b)\s{0,4}(?:after|before|once|when(?:ever)?|as\s{1,4}soon\s{1,4}as|upon)\s{1,4}(?:[\w'’.-]{1,24}\s{1,4}){1,6}$/i;
const SUBJECT_BEFORE_VERB = /\b(?:I|we|they|he|she|it|one|people|users?|someone|everyone|admins?|operators?)\s{1,4}$/i;

/**
 * The verb opens a clause (an order), not a report: "To restore access, run: …", "Fix by running
 * …", "the agent should run …" order; "Running `curl … | sh` on Alpine prints …" reports.
 */
export function clauseStartJudge(match: string, text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 60), start);
  if (announcesOwnAction(before)) return 0.2;
  const sentenceStart = /(?:^|[.!?\n]|\\n)\s{0,4}["'“(]?$/.test(before);
  if (/^running\b/i.test(match) && sentenceStart) return 0;
  if (sentenceStart) return 1;
  // "after importing this CSV run …", "before merging execute …": an order behind a fronted time clause with no comma.
  if (FRONTED_TIME_CLAUSE.test(before) && !SUBJECT_BEFORE_VERB.test(before)) return 1;
  // "clients must re-authenticate by running: …": the means of an order given with a modal.
  if (/^by\b/i.test(match) && /\b(?:must|should|shall|(?:need|needs|have|has|are\s{1,4}required)\s{1,4}to)\s{1,4}(?:[\w-]{1,20}\s{1,4}){1,3}$/i.test(before)) return 1;
  if (/(?:[:;,(\[{>"'\x60—–|-]|\\n|\b(?:then|and|or|now|please|first|also|just|simply|immediately|must|should|shall|will|to|you|agent|assistant|bot|required|action|fix|remediation|step|hint|note|next|by|instead|always|finally|afterwards?))\s{0,4}$/i.test(before)) return 1;
  return 0.3;
}

/** Detection or defence against the thing named next: "detects keyloggers", "scan for", "checks my own Mac for common", "protect me against", "responding to a suspected". */
const DEFENDS_AGAINST = /\b(?:detect\w{0,3}|find\w{0,3}|spot\w{0,3}|(?:scan|check|search|audit|inspect|sweep)\w{0,3}\s{1,4}(?:[\w'’-]{1,20}\s{1,4}){0,4}?for|look\w{0,3}\s{1,4}for|remov\w{1,4}|block\w{0,3}|(?:protect|defend|guard)\w{0,3}\s{1,4}(?:\w{1,12}\s{1,4})?against|respond\w{0,3}\s{1,4}to|investigat\w{1,5}|remediat\w{1,5}|(?:signs?|indicators?)\s{1,4}of)\s{1,4}(?:(?:any|all|the|an?|possible|potential|suspected|hidden|installed|common|known|malicious|suspicious|rogue|unwanted)\s{1,4}){0,2}$/i;
/** What follows "in reverse order": which part of the answer comes first ("conclusion first, then reasoning"). */
const PARTS_ORDER = /^\s{1,4}order\b[^.\n\w]{0,4}\s{0,2}(?:the\s{1,4})?[\w-]{2,20}(?:\s{1,4}[\w-]{2,20})?\s{1,4}first\b/i;

/** An upload whose source and destination are both the user's own ("my … folder", "./out", "~/Pictures" to "my own bucket"). */
function ownUpload(match: string, text: string, start: number): boolean {
  if (!/(?:\bmy\s{1,4}(?:own\s{1,4})?[\w.\/~'’-]{2,30}|(?<![\w\/.~])(?:\.{1,2}|~)\/[\w.-]{1,40})[\s\S]*\b(?:to|into|on)\s{1,4}my\b/i.test(match + text.slice(start + match.length, start + match.length + 30).split(/[.!?\n]/)[0])) return false;
  return ownThingsRequest(text, start, start + match.length);
}

/** A tool name as written in an order: snake_case, dotted or camelCase identifiers. */
const IDENT = String.raw`\x60?(?:[A-Za-z][A-Za-z0-9]{0,30}(?:[_.][A-Za-z0-9]{1,30}){1,4}|[a-z]{2,20}[A-Z][A-Za-z0-9]{1,30})\x60?`;
/** What a tool does, by its name: money, destruction, execution, messages, merges weigh more; reads weigh less. */
const HIGH_TOOL = /(?:send|transfer|pay|payment|wire|refund|withdraw|delete|remove|drop|destroy|wipe|erase|purge|truncate|merge|push|exec|shell|terminal|bash|command|cmd|email|mail|sms|post|upload|publish|grant|approve|admin|sudo|kill|terminate|deploy|db_?admin)/i;
const HIGH_ACTION = /^[^.\n]{0,60}?\b(?:delete|remove|drop|destroy|wipe|erase|purge|transfer|pay|wire|send|email|upload|merge|grant|revoke|disable|force[\s-]?push|--force|rm\s{1,3}-rf|make\s{1,3}[\w-]{1,20}\s{1,3}public)\b/i;
const READ_TOOL = /^\W{0,2}(?:the\s+)?\x60?(?:read|get|list|search|view|fetch|find|show|describe|lookup|look_up|query|check|status|info|help|count|peek|inspect|stat|ls|cat|open_file|preview)(?:[_.\s\x60]|$)/i;

function toolOrderJudge(match: string, text: string, start: number): number {
  // What something can or will do, not an order: "… may be used to trigger arbitrary command
  // execution", "Otherwise, it will call `socket.destroy` with …" (API docs read as a resource).
  const lead = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:(?:may|can|could|might)\s{1,4}(?:also\s{1,4})?be\s{1,4}used\s{1,4}to|(?:it|which|that|this)\s{1,4}(?:will|would)(?:\s{1,4}also)?)\s{1,4}$/i.test(lead)) return 0;
  const via = /^(?:using|with|via|through)\b/i.test(match);
  const clause = via ? 1 : clauseStartJudge(match, text, start);
  if (clause === 0) return 0;
  const target = match.replace(/^\s*\w+\s+/, "");
  // The regex runs case-insensitively: check here that a name is really snake_case, dotted or
  // camelCase ("Run the command again" names no tool), or that the words name "the X tool".
  const words = target.replace(/^(?:the|your|its)\s+/i, "").split(/[\s(]+/).filter((w) => w !== "");
  const tok = (words[0] ?? "").replace(/\x60/g, "");
  // "Run the following command" points at the text that follows (order.run-command judges it), it names no tool.
  const named = /[_.]/.test(tok) || /^[a-z]{2,20}[A-Z]/.test(tok) || (words.length >= 2 && !/^(?:following|above|below|next|same|given|shown|listed)$/i.test(tok) && /^(?:tool|function|action|command|method|endpoint)$/i.test(words[words.length - 1]!));
  if (!named) return 0;
  if (READ_TOOL.test(target)) return 0.3 * clause;
  // What the call is for counts as much as the tool's name: "use the kubectl tool to delete namespace prod".
  const purpose = text.slice(start + match.length, start + match.length + 100);
  return (HIGH_TOOL.test(target) || HIGH_ACTION.test(purpose) ? 1.3 : 1) * clause;
}

/** Commands an order may name right after its verb (destructive SQL statements too: "run DROP DATABASE production"). */
const COMMAND = String.raw`(?:sudo\s{1,3})?(?:curl|wget|iwr|irm|bash|sh|zsh|powershell|pwsh|python3?|node|perl|ruby|php|pip3?|npm|npx|yarn|pnpm|git|rm|chmod|chown|kubectl|docker|ssh|scp|nc|ncat|cat|echo|eval|iex|Invoke-\w{3,20}|cmd(?:\.exe)?|reg|schtasks|crontab|systemctl|mv|cp|dd|mkfs|terraform|aws|gcloud|az|os\.system|DROP\s{1,3}(?:TABLE|DATABASE|SCHEMA)|TRUNCATE\s{1,3}TABLE)\b`;

const COMMAND_ANCHORS = ["`", "$ ", "sudo", "curl", "wget", "iwr", "irm", "bash", "zsh", "powershell", "pwsh", "python", "perl", "ruby", "php ", "pip", "npm", "npx", "yarn", "pnpm", "git ", "rm -", "chmod", "chown", "kubectl", "docker", "ssh ", "scp ", "nc -", "ncat", "cat ~", "cat /", "cat .", "echo ", "eval", "iex", "invoke-", "cmd.exe", "cmd /", "schtasks", "crontab", "systemctl", "mv ", "cp -", "dd if", "mkfs", "terraform", "aws ", "gcloud", "az ", "os.system", "node ", "reg add", "reg delete", "sh -", "sh <", "sh ./", "sh /", "drop table", "drop database", "drop schema", "truncate table"];
/** Where the reader's own output goes. */
const OUTN = String.raw`(?:final\s{1,4}answer|code\s{1,4}blocks?|code\s{1,4}base|release\s{1,4}summary|responses?|answers?|repl(?:y|ies)|outputs?|summar(?:y|ies)|messages?|code|solutions?|snippets?|scripts?|codebase|results?|completions?|recaps?|explanations?|translations?|programs?|functions?)`;
const OUT_ANCHORS = ["response", "answer", "reply", "replies", "output", "summary", "summaries", "message", "code", "solution", "snippet", "script", "result", "completion", "recap", "explanation", "translation", "program", "function"];
/** A local read whose output stays local: no send verb and no remote place in the sentence. */
const SENDS = /\b(?:send|sends|sending|upload|uploads|uploading|post|posts|posting|e-?mail|mail|forward|transfer|exfiltrat|share|shares|sharing|paste|pastes|leak|leaks|include|includes|append|appends|attach|attaches|reply|replies|respond|curl|wget|nc|netcat|beacon|sync|syncs|copy|copies|push|pushes)\w{0,3}\b/i;
/**
 * "Write a script that reads ~/.ssh/config and prints a table of host aliases": a program the user
 * asks for reads a local file and shows what it finds on the user's own screen; nothing leaves the machine.
 */
function readByOwnScript(m: string, t: string, s: number): boolean {
  if (!/^(?:reads?|reading|loads?|opens?|parses?|cats?|prints?)\s/i.test(m)) return false;
  if (!/\b(?:scripts?|programs?|functions?|tools?|CLI|snippets?|one-?liners?|commands?|utilit(?:y|ies)|apps?|helpers?)\s{1,3}(?:that|which|to)\s{1,3}$/i.test(t.slice(Math.max(0, s - 40), s))) return false;
  const sentence = sentenceAround(t, s, s + m.length);
  return !SENDS.test(sentence.replace(m, " ")) && !REMOTE_OR_COVERT.test(sentence);
}

/** A one-off or playful scope: "for the next message", "my next question", "just for fun", "a game". */
const ONE_OFF_PLAY = /\b(?:(?:the|your|my)\s{1,3}next\s{1,3}(?:[\w-]{1,15}\s{1,3})?(?:message|answer|reply|response|question)|just\s{1,3}for\s{1,3}fun|for\s{1,3}fun|for\s{1,3}a\s{1,3}laugh|(?:a|the|our|my)\s{1,3}(?:[\w-]{1,15}\s{1,3})?game(?:\s{1,3}night)?)\b/i;

const ENC = String.raw`(?:base-?64|base-?32|hex(?:adecimal)?|binary(?:\s{1,4}code)?|rot-?\d{1,2}|caesar(?:\s{1,4}cipher)?|morse(?:\s{1,4}code)?|atbash|pig\s{1,4}latin|reverse(?:d)?(?:\s{1,4}order)?|backwards|leetspeak|l33t|ascii\s{1,4}codes|unicode\s{1,4}escapes|url[\s-]?encod\w{0,4}|emojis?(?:\s{1,4}only)?|cipher(?:text)?|substitution\s{1,4}cipher|a\s{1,4}secret\s{1,4}code)`;
const ENC_ANCHORS = ["base64", "base-64", "base32", "base-32", "hex", "binary", "rot", "caesar", "morse", "atbash", "pig latin", "reverse", "backwards", "leetspeak", "l33t", "ascii codes", "unicode escapes", "url", "emoji", "cipher", "secret code"];

/** Promotion and scam vocabulary (near a link or a domain). */
const PROMO = String.raw`(?:discount|coupon|promo(?:tion(?:al)?)?\s{0,2}code|\d{1,3}\s{0,2}%\s{0,2}off|giveaways?|free\s{1,4}(?:spins|crypto|bitcoin|btc|eth|prizes?|gifts?|money|iphone)|claim\s{1,4}(?:your|their|the)\s{1,4}(?:free\s{1,4})?(?:prize|reward|bonus|gift)|double\s{1,4}(?:your|their)\s{1,4}(?:savings|money|income|investment|crypto)|exclusive\s{1,4}(?:offer|deal|crypto|bonus)|limited[\s-]time|act\s{1,4}now|best\s{1,4}(?:deals?|prices?)|only\s{1,4}safe\s{1,4}choice|casino|sign-?up\s{1,4}bonus|payday\s{1,4}loans?|cash\s{1,4}loans?|guaranteed\s{1,4}(?:returns?|profits?|income)|verify\s{1,4}(?:your|their)\s{1,4}(?:bank\s{1,4})?(?:account|identity|details)|avoid\s{1,4}(?:account\s{1,4})?suspension|will\s{1,4}be\s{1,4}(?:suspended|locked|closed|deactivated)|(?:connection|device|computer|account|data|network|phone|browser)\s{1,4}(?:is|are|will\s{1,4}be)\s{1,4}(?:unsafe|insecure|at\s{1,4}risk|infected|compromised|exposed|vulnerable)\s{1,4}without|(?<=\b(?:recommend|promote|advertise|plug|endorse)\s{1,4})(?:[\w-]{1,20}\s{1,4}){0,4}?(?:with|using|via|through)\s{1,4}(?:the|this|our|a|my)\s{1,4}(?:referral\s{1,4}|affiliate\s{1,4}|partner\s{1,4})?(?:link|url|code))`; // (the product, not the verb: an output directive ending in "recommend" is a separate signal)
const PROMO_ANCHORS = ["discount", "coupon", "promo", "% off", "%off", "giveaway", "free spins", "free crypto", "free bitcoin", "free btc", "free eth", "free prize", "free gift", "free money", "free iphone", "claim your", "claim their", "claim the", "double your", "double their", "exclusive offer", "exclusive deal", "exclusive crypto", "exclusive bonus", "limited time", "limited-time", "act now", "best deal", "best price", "only safe", "casino", "bonus", "loan", "guaranteed", "verify your", "verify their", "suspension", "be suspended", "be locked", "be closed", "be deactivated", "unsafe", "insecure", "at risk", "infected", "compromised", "exposed", "vulnerable", "recommend", "promote", "advertise", "plug", "endorse"];
const DOMAIN = String.raw`(?:https?:\/\/[^\s"'<>)]{1,120}|\b(?:[\w-]{1,63}\.){1,4}(?:com|net|org|io|co|xyz|site|app|dev|me|info|ru|cn|top|tk|ml|link|online|live|fun|pro|cc|biz|us|uk|de|shop|store|win|bet|club|click|buzz|vip|loan|money|sale|deals)\b)`;

// Kept in step with the nouns of output.code-request's regex: common ones only before "that" / "which".
const CODE_NOUNS = ["script", "program", "function", "code", "snippet", "tool", "one-liner", "oneliner", "class", "module", "loop", "macro", "extension", "payload", "routine", "daemon", "service", "bot", "malware", "virus", "worm", "line", "command"];
/** Nouns too common in documentation for "<noun> to …" to be worth a regex run ("a line to your config"). */
const COMMON_NOUNS = new Set(["line", "code", "tool", "service", "class", "command", "function", "module", "extension", "bot"]);
const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];
/** What a harm.compromise match asks for that people do to their own systems: scan them, check ports, change a firewall or an admin account. */
const OWN_SYSTEMS_HARM = /^(?:scan|port|disable|turn|kill|run|add|create|block|cut|drop|iptables)/i;

/** The shells a lab drill opens between its own machines. */
const LAB_SHELL = /^(?:reverse|bind)\s{1,4}shell$/i;

/** A drill that imitates an attack, named just before it: "simulate (a) ransomware", "emulating ransomware", "a harmless ransomware". */
const SIMULATED = /\b(?:simulat\w{0,4}|emulat\w{0,4}|mimic\w{0,4}|imitat\w{0,4}|mock|fake|harmless|benign|test|drill|rehears\w{0,4})\s{1,4}(?:an?\s{1,4}|the\s{1,4}|some\s{1,4})?(?:[\w-]{1,20}\s{1,4})?$/i;

/** Words after a bare API name that describe it as reference docs do ("getDisplayMedia() returns …", "… is a method"). */
const API_DESCRIBED = /^(?:\(\s{0,2}\))?\s{0,3}(?:asks|prompts|returns|resolves|lets|opens|shows|requests|is\s{1,3}(?:an?|the)\s{1,3}(?:method|function|API)|method|function)\b/i;

/** "…of my screen every 5 minutes and stitches them into a timelapse": the captures of the user's own screen stay on their machine, no reader addressed, nothing covert. */
function ownScreenKept(sentence: string): boolean {
  return keptOnOwnMachine(sentence) && !REMOTE_OR_COVERT.test(sentence) && !ADDRESSES_READER.test(sentence);
}

export const ORDER_PATTERNS: Pattern[] = [
  // ── orders to act ──────────────────────────────────────────────────────────────────────
  {
    id: "order.run-command", family: "order", weight: 0.25,
    description: "Order to run a command",
    re: new RegExp(String.raw`\b(?:fix|remediation|resolution|solution|workaround|(?:required\s{1,4}|next\s{1,4})?action|next\s{1,4}step)\s{0,2}:\s{0,4}(?:\x60{1,3}|\$\s)?\s{0,2}(?=${COMMAND})|\b(?:run|execute|exec|paste|type|enter|launch|re-?run|(?:by|try|trying)\s{1,4}running)\b(?:\s{1,4}(?:this|the\s{1,4}following(?:\s{1,4}command)?|the\s{1,4}command|these\s{1,4}commands?))?(?:\s{1,4}(?:in|on|from|inside)\s{1,4}(?:the|your|a|this)\s{1,4}(?:terminal|shell|console|workspace|host|server|machine|container|runner))?\s{0,4}[:\-–—]?\s{0,4}(?:\x60{1,3}|\$\s|"|'|\\")?\s{0,2}(?=${COMMAND})`, "gi"),
    anchors: ["run", "execute", "exec", "paste", "type", "enter", "launch", "rerun", "re-run", "fix", "remediation", "resolution", "solution", "workaround", "action", "next step"], also: COMMAND_ANCHORS, before: 8, after: 120,
    // "RUN curl …" is a Dockerfile instruction; "##[group]Run curl …" a CI step title: records of what ran.
    // A YAML key ("- run: npm test") configures what will run; it orders nobody.
    judge: (m, t, s) => (/^RUN\b/.test(m) || /(?:##\[group\]|::group::)\s{0,2}$/.test(t.slice(Math.max(0, s - 12), s)) || (/^(?:run|exec|execute|command|script)\s{0,2}:/i.test(m) && /(?:^|\n)[ \t]{0,16}(?:-[ \t]{1,4})?$/.test(t.slice(Math.max(0, s - 24), s))) ? 0 : clauseStartJudge(m, t, s)),
  },
  {
    id: "order.call-tool", family: "order", weight: 0.3,
    description: "Order to call a tool",
    re: new RegExp(String.raw`\b(?:call|invoke|use|run|trigger|execute|open|launch|fire)\s{1,4}(?:the\s{1,4}|your\s{1,4}|its\s{1,4})?(?!(?:this|that|these|those|our|my|its|same|other|another|any|a|an|each|every|some)\s)(?:${IDENT}(?:\s{0,2}\(|\s{1,4}(?:tool|function|action|command|method|endpoint)\b|\s{1,4}(?:with|on|using|again|now|immediately|passing)\b)|(?:[a-z][\w-]{1,20}\s{1,4}){1,2}(?:tool|function)\b)|\b(?:using|with|via|through)\s{1,4}the\s{1,4}(?!(?:this|that|same|other|above|following)\s)(?:[a-z][\w-]{1,20}\s{1,4}){1,2}(?:tool|function)\b`, "gi"),
    anchors: ["call", "invoke", "use", "run", "trigger", "execute", "open", "launch", "fire", "using the", "with the", "via the", "through the"], also: ["_", "tool", "function", "("], before: 8, after: 80,
    judge: (m, t, s) => toolOrderJudge(m, t, s),
  },
  {
    id: "order.call-tool-passive", family: "order", weight: 0.3,
    description: "Order to call a tool, in the passive (\"the delete_repo tool must be called with …\")",
    re: new RegExp(String.raw`(?:\bthe\s{1,4})?${IDENT}\s{1,4}(?:tool|function|action|endpoint|method)?\s{0,4}(?:must|should|shall|has\s{1,4}to|needs\s{1,4}to|is\s{1,4}to)\s{1,4}(?:now\s{1,4}|immediately\s{1,4}|first\s{1,4}|also\s{1,4})?be\s{1,4}(?:called|invoked|run|executed|triggered|used)\b`, "g"),
    anchors: ["must be", "should be", "shall be", "has to be", "needs to be", "is to be"], also: ["_"], before: 80, after: 60,
    judge: (m) => {
      const tok = /[A-Za-z][\w.]*_[\w.]+/.exec(m)?.[0] ?? "";
      if (tok === "") return 0;
      if (READ_TOOL.test(tok)) return 0.3;
      return HIGH_TOOL.test(tok) ? 1.3 : 1;
    },
  },
  {
    id: "order.change-file", family: "order", weight: 0.2,
    description: "Order to change a file",
    re: /\b(?:append|add|write|insert|edit|modify|overwrite|replace|change|update|patch|prepend|delete|remove|truncate)\b(?:[^.\n]|\.(?=\S)){0,80}?(?:\b(?:to|in|into|of|inside|at)\s{1,4}|\s)(?:the\s{1,4}(?:file\s{1,4})?)?\x60?(?:(?:~|\$HOME|\.{1,2})?\/?(?:[\w.-]{1,40}\/){1,6}[\w-]{1,60}(?:\.[\w-]{1,10})?|package\.json|\.env\b|\.bashrc|\.zshrc|\.profile|\.npmrc|\.gitconfig|Dockerfile|Makefile|sudoers|crontab|settings\.json)/gi,
    anchors: ["append", "add", "write", "insert", "edit", "modify", "overwrite", "replace", "change", "update", "patch", "prepend", "delete", "remove", "truncate"], also: ["~/", "$home/", "./", "../", "/etc/", "/usr/", "/var/", "/home/", "/opt/", "/root", "src/", "lib/", ".github/", "config/", "scripts/", "package.json", ".env", ".bashrc", ".zshrc", ".profile", ".npmrc", ".gitconfig", "dockerfile", "makefile", "sudoers", "crontab", "settings.json", ".json", ".yml", ".yaml", ".toml", ".ts", ".js", ".py", ".sh", ".conf", ".cfg", ".ini", ".xml", ".lock", ".rb", ".go", ".rs", ".java", ".plist", ".service", ".md", ".txt"], before: 4, after: 160,
    judge: (m, t, s) => clauseStartJudge(m, t, s),
  },
  {
    id: "directive.precondition", family: "directive", weight: 0.2,
    description: "Order with a precondition or urgency aimed at the reader (before answering, upon reading, action required)",
    re: /\b(?:before|prior\s{1,4}to)\s{1,4}(?:answering|responding|replying|summari[sz]ing|continuing|proceeding|doing\s{1,4}anything\s{1,4}else|any\s{1,4}other\s{1,4}(?:action|step|tool)|you\s{1,4}(?:answer|respond|reply|continue|summari[sz]e|proceed))\b|\b(?:upon|after|when)\s{1,4}reading\s{1,4}(?:this|these|the\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:record|row|entry|message|log|note|sheet|table|file|event|review|comment|data))\b|\bupon\s{1,4}reading\b|\b(?:agent|operator|assistant|bot|manual|immediate)\s{1,4}action\s{1,4}required\b|\brequired\s{1,4}action\s{0,2}:|\b(?:do\s{1,4}(?:it|this|so)|apply\s{1,4}(?:it|this|the\s{1,4}(?:action|fix|change)|action)|run\s{1,4}(?:it|this))\s{1,4}(?:now|immediately|right\s{1,4}away|first)\b|\bautomated\s{1,4}(?:clients?|agents?|systems?|tools?|readers?)\s{1,4}(?:must|should|are\s{1,4}(?:required|expected)\s{1,4}to)\b|\bwhoever\s{1,4}(?:reads|processes|opens|sees)\s{1,4}this\b/gi,
    anchors: ["before answering", "before responding", "before replying", "before summari", "before continuing", "before proceeding", "before doing", "before any other", "before you", "prior to", "upon", "after reading", "when reading", "action required", "required action", "do it", "do this", "do so", "apply it", "apply this", "apply the", "apply action", "run it", "run this", "automated", "whoever"], before: 4, after: 100,
  },
  {
    id: "order.payment", family: "order", weight: 0.25,
    description: "Order to move money to an account",
    re: /\b(?:transfer|send|wire|pay|remit|move)\s{1,4}(?:(?:\$|€|£|USD\s{0,2}|EUR\s{0,2}|GBP\s{0,2})?\d[\d,.]{0,12}\s{0,2}(?:\$|€|£|USD|EUR|GBP|BTC|ETH|USDT|dollars|euros|pounds)?|the\s{1,4}(?:full\s{1,4})?(?:balance|funds|money|amount))\s{1,4}(?:(?:from\s{1,4}[\w' -]{1,40}?\s{1,4})?(?:using\s{1,4}the\s{1,4}[\w-]{1,20}\s{1,4}tool\s{1,4})?)?(?:to|into)\s{1,4}(?:the\s{1,4}|this\s{1,4}|our\s{1,4})?(?:new\s{1,4}|following\s{1,4}|external\s{1,4})?(?:account|IBAN|wallet|address|acct|[A-Z]{2}\d{2}[A-Z0-9]{4})/gi,
    anchors: ["transfer", "send", "wire", "pay", "remit", "move"], also: ["account", "iban", "wallet", "address", "acct"], before: 4, after: 160,
    judge: (m, t, s) => clauseStartJudge(m, t, s),
  },
  {
    id: "exec.grant-access", family: "exec", weight: 0.3,
    description: "Grants access or exposes a resource (collaborator / admin invite, public visibility, new keys)",
    re: /\b(?:add|invite|make)\s{1,4}@?[\w.+-]{1,40}(?:@[\w-]{1,40}\.[\w.]{2,20})?\s{1,4}(?:as\s{1,4}(?:an?\s{1,4})?|an?\s{1,4})(?:collaborator|admin(?:istrator)?|owner|maintainer|org\s{1,4}owner|superuser)\b|\bgrant\s{1,4}(?:[\w@.+-]{1,40}\s{1,4})?(?:admin|owner|write|root|full|sudo)\s{1,4}(?:access|permissions?|rights|privileges)\b|\bgrant\s{1,4}(?:it|them|him|her|the\s{1,4}(?:new\s{1,4})?(?:account|user|role))\s{1,4}(?:superuser|root|sysadmin|DBA|all\s{1,4}privileges)\b|\b(?:make|set|change)\s{1,4}(?:the\s{1,4}|this\s{1,4}|all\s{1,4})?(?:repo(?:sitory|sitories|s)?|bucket|project|drive|folder|document|visibility)\s{1,4}(?:visibility\s{1,4})?(?:to\s{1,4})?public\b|\badd\s{1,4}(?:this|the\s{1,4}following|my|our)\s{1,4}(?:ssh\s{1,4})?(?:public\s{1,4})?key\s{1,4}to\s{1,4}(?:the\s{1,4})?(?:authorized_keys|deploy\s{1,4}keys|account)\b/gi,
    anchors: ["add", "invite", "make", "grant", "set", "change"], also: ["collaborator", "admin", "owner", "maintainer", "superuser", "access", "permission", "rights", "privilege", "public", "authorized_keys", "deploy key"], before: 4, after: 140,
  },
  {
    id: "exec.remote-overwrite", family: "exec", weight: 0.3,
    description: "Replace local files with content from a remote URL",
    re: /\b(?:overwrite|replace|swap|substitute)\b(?:[^.\n]|\.(?=\S)){0,80}?\bwith\s{1,4}(?:the\s{1,4})?(?:(?:contents?|version|copy|file|one|code|script)\s{1,4})?(?:(?:of|from|at|hosted\s{1,4}at)\s{1,4})?\x60?https?:\/\//gi,
    anchors: ["overwrite", "replace", "swap", "substitute"], also: ["http"], before: 4, after: 200,
  },
  {
    id: "concealment.no-confirmation-needed", family: "concealment", weight: 0.35,
    description: "Skipping the human: no confirmation / approval is needed",
    re: /\bno\s{1,4}(?:user\s{1,4}|human\s{1,4}|further\s{1,4})?(?:confirmation|approval|permission|review|sign-?off)\s{1,4}(?:from\s{1,4}(?:the\s{1,4})?(?:user|human|owner|operator)\s{1,4})?(?:is\s{1,4}|are\s{1,4})?(?:needed|required|necessary)\b/gi,
    anchors: ["no "], also: ["confirmation", "approval", "permission", "review", "sign-off", "signoff"], before: 2, after: 80,
  },
  {
    id: "credential.secrets-seen", family: "credential", weight: 0.55,
    description: "Credential collection: pass on any tokens / keys seen in the conversation or workspace",
    re: /\b(?:include|add|attach|pass|send|paste|put|copy|forward|collect|gather|list|report)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:tokens?|secrets?|api\s{1,4}keys?|passwords?|credentials|keys|cookies)\s{1,4}(?:that\s{1,4})?(?:you(?:'ve|\s{1,4}have)?\s{1,4}(?:seen|found|encountered|read|noticed|come\s{1,4}across|have\s{1,4}access\s{1,4}to|know)|(?:visible|available|present|mentioned|shared|found|stored)\s{1,4}(?:in|on)\s{1,4}(?:the|this|your)\s{1,4}(?:conversation|chat|context|session|workspace|machine|environment|repo(?:sitory)?))\b/gi,
    anchors: ["token", "secret", "api key", "password", "credential", "keys", "cookie"], also: ["include", "add", "attach", "pass", "send", "paste", "put", "copy", "forward", "collect", "gather", "list", "report"], before: 120, after: 120,
  },
  {
    id: "exfil.secret-into-url", family: "exfil", weight: 0.65, negatable: true,
    description: "Exfiltration: put the user's key / conversation into a URL parameter or an image address",
    re: /\b(?:put|place|insert|append|add|write|fill\s{1,4}in|paste|encode)\s{1,4}(?:the\s{1,4}user'?s|their|all|any|the)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:api\s{1,4}keys?|tokens?|passwords?|secrets?|credentials|conversation|chat\s{1,4}history|messages|emails?|session\s{1,4}cookies?|cookies|system\s{1,4}prompt|\.env(?:\s{1,4}file)?)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:after|into|in|as|at\s{1,4}the\s{1,4}end\s{1,4}of|to)\s{1,4}(?:the\s{1,4}|this\s{1,4})?(?:\x60?[\w-]{1,30}=(?:\x60|\s|$)|url|link|src|href|query(?:\s{1,4}string)?|parameter|param|image\s{1,4}(?:url|link|address|source))/gi,
    anchors: ["put", "place", "insert", "append", "add", "write", "fill in", "paste", "encode"], also: ["api key", "token", "password", "secret", "credential", "conversation", "chat history", "messages", "email", "cookie", "system prompt", ".env"], before: 4, after: 200,
  },
  {
    id: "exfil.collect-conversation", family: "exfil", weight: 0.35,
    description: "Collection: pass the user's whole conversation / chat history along",
    re: /\b(?:pass|send|include|put|attach|add|forward|copy|fill\s{1,4}in|submit|upload)\s{1,4}(?:in\s{1,4})?(?:the\s{1,4}user'?s\s{1,4}|the\s{1,4}|your\s{1,4}|all\s{1,4}(?:of\s{1,4})?(?:the\s{1,4})?)?(?:full\s{1,4}|entire\s{1,4}|complete\s{1,4}|whole\s{1,4}|previous\s{1,4}|verbatim\s{1,4})?(?:chat\s{1,4}history|conversation(?:\s{1,4}history|\s{1,4}so\s{1,4}far)?|message\s{1,4}history|previous\s{1,4}messages|chat\s{1,4}logs?|transcript)\b/gi,
    anchors: ["chat history", "conversation", "message history", "previous messages", "chat log", "transcript"], also: ["pass", "send", "include", "put", "attach", "add", "forward", "copy", "fill in", "submit", "upload"], before: 80, after: 20,
  },
  {
    id: "exfil.alt-text-data", family: "exfil", weight: 0.55,
    description: "Exfiltration: image alt text set to secrets or the conversation",
    re: /\balt(?:ernative)?[\s-]{0,2}(?:text|attribute|tag)?\s{0,4}(?:set\s{1,4}to|containing|contains|=|:|with|that\s{1,4}(?:contains|includes|holds)|filled\s{1,4}with|made\s{1,4}of)\s{0,4}(?:the\s{1,4})?(?:full\s{1,4}|entire\s{1,4}|complete\s{1,4}|raw\s{1,4})?(?:contents?\s{1,4}of\s{1,4}(?:the\s{1,4})?(?:user'?s\s{1,4})?|user'?s\s{1,4})?(?:\.env|secrets?|api\s{1,4}keys?|tokens?|passwords?|credentials|conversation|chat\s{1,4}history|messages|emails?|system\s{1,4}prompt|cookies)\b|!\[\s{0,2}(?:<|\{\{?|\[)[^\]\n]{0,60}?(?:contents?|\.env|secrets?|api[\s_]?keys?|tokens?|passwords?|conversation|history|messages|emails?|system[\s_]prompt|credentials)[^\]\n]{0,40}\]\(/gi,
    anchors: ["alt", "!["], also: [".env", "secret", "api key", "api_key", "apikey", "token", "password", "credential", "conversation", "history", "messages", "email", "system prompt", "system_prompt", "cookie", "contents"], before: 4, after: 200,
  },
  // ── directives about the reader's own output ───────────────────────────────────────────
  {
    id: "output.into-answer", family: "output", weight: 0.3, negatable: true,
    description: "Instruction about what the reader puts in its response, answer or code",
    re: new RegExp(String.raw`\b(?:include|add|insert|append|put|embed|place|mention|write|prepend|attach|paste|slip|weave|end|start|begin|close|finish|conclude|open|recommend|promote|suggest|advertise|modify|change|update|edit|extend|rewrite|adjust|alter)\b(?:[^.!?\n]|\.(?=\S)){0,100}?\b(?:in|into|to|with|at\s{1,4}the\s{1,4}(?:end|start|beginning|top|bottom)\s{1,4}of)\s{1,4}(?:your|the\s{1,4}user'?s|each|every|all|any)\s{1,4}(?:(?:final|next|own|generated|fixed|entire|whole)\s{1,4})?${OUTN}\b|\b(?:in|within|inside)\s{1,4}(?:your|any|every|each|all)\s{1,4}(?:(?:final|next|own|generated)\s{1,4})?${OUTN}\b(?:\s{1,4}(?:that\s{1,4})?you\s{1,4}(?:write|give|generate|produce|provide|return))?(?:\s{1,4}for\s{1,4}this\s{1,4}[\w-]{1,20})?\s{0,4}[,:]?\s{0,4}(?:please\s{1,4})?(?:also\s{1,4})?(?:include|add|insert|append|put|write|mention|say|state|tell|recommend|promote|link|provide|embed|use|make|end|start)\b|\b(?:your|the)\s{1,4}(?:(?:final|next|generated|entire)\s{1,4})?${OUTN}\s{1,4}(?:must|should|shall|has\s{1,4}to|needs?\s{1,4}to|is\s{1,4}to)\s{1,4}(?:also\s{1,4}|always\s{1,4})?(?!be\b|not\b)[a-z]{3,20}\b|\b(?:make\s{1,4}sure|ensure|be\s{1,4}sure)\s{1,4}(?:that\s{1,4})?(?:your|the|any|every|each)\s{1,4}(?:(?:final|generated)\s{1,4})?${OUTN}(?:\s{1,4}(?:that\s{1,4})?you\s{1,4}(?:write|give|generate|produce|provide|return|send)(?:\s{1,4}(?:the\s{1,4})?(?:user|reader))?)?(?=\s{1,4}(?:also\s{1,4})?(?:has|does|[a-z]{2,20}s)\b)|\b(?:end|start|begin|close|finish|conclude|open|preface|prefix|sign\s{1,4}off)\s{1,4}(?:your|each|every|all|any|the)\s{1,4}(?:(?:final|next|generated)\s{1,4})?${OUTN}\s{1,4}(?:with|by)\b|\b(?:any|every|all|each|the|whatever|whichever)\s{1,4}(?:code|scripts?|snippets?|code\s{1,4}blocks?|answers?|responses?|repl(?:y|ies)|functions?|programs?|solutions?)\s{1,4}(?:that\s{1,4})?you\s{1,4}(?:write|generate|produce|give|provide|return|output|create|suggest|send|share)\b`, "gi"),
    anchors: OUT_ANCHORS, also: ["your", "the user", "you write", "you give", "you generate", "you produce", "you provide", "you return", "you output", "you create", "you suggest", "you send", "you share", ...["every", "each", "all", "any"].flatMap((d) => ["repl", "resp", "answer", "message", "code", "output", "summar", "script", "snippet", "solution", "result"].map((o) => `${d} ${o}`))], before: 140, after: 200,
    // "… in whatever answer you give about this email": the request names the text it sits in, so its reader.
    judge: (m, t, s) => (/^[ \t]{0,4}(?:about|on|for|regarding|concerning)\s{1,4}this\s{1,4}(?:e-?mail|mail|message|page|document|thread|post|ticket|issue|file|article|review|chat|conversation|channel|invite|listing)\b/i.test(t.slice(s + m.length, s + m.length + 60)) ? 1.25 : ownStandingJob(t) ? 0.3 : 1),
  },
  {
    id: "output.when-answering", family: "output", weight: 0.3, negatable: true,
    description: "Instruction about what the reader does when it answers (\"when you answer, include …\")",
    re: /\bwhen\s{1,4}(?:you\s{1,4}(?:answer|respond|reply|summari[sz]e|write\s{1,4}(?:the|your)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:answer|response|reply|summary|code))|providing|answering|responding|replying|summari[sz]ing|generating|comparing|recommending)\b(?:[^.\n]|\.(?=\S)){0,80}?[,;]\s{0,4}(?:please\s{1,4})?(?:also\s{1,4}|always\s{1,4})?(?:include|add|insert|append|mention|recommend|promote|tell|say|state|link|end|write|encode|translate)\b/gi,
    anchors: ["when"], also: ["answer", "respond", "reply", "summari", "write", "providing", "generating", "comparing", "recommending"], before: 2, after: 200,
  },
  {
    id: "output.encode-answer", family: "output", weight: 0.5,
    description: "Instruction to encode or scramble the reader's answer (hiding it from the user)",
    re: new RegExp(String.raw`\b(?:translate|encode|encrypt|convert|rewrite|write|render|express|reverse|format|cipher|scramble|obfuscate|transform|output|give|return|deliver|put)\s{1,4}(?:(?:all|the|your|every|each|any|whole|entire|full|final|of)\s{1,4}){0,3}(?:response|answer|reply|replies|output|message|summary)s?\b(?:(?:[^.\n]|\.(?=\S)){0,40}?\b(?:in|into|to|using|as|with|via)\s{1,4}(?:(?:a|an|the)\s{1,4})?${ENC}\b|\s{1,4}(?:backwards|reversed|in\s{1,4}reverse)\b)|\b(?:respond|reply|answer|communicate)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:only\s{1,4})?(?:in|using|with)\s{1,4}(?:only\s{1,4})?${ENC}\b|\b(?:replace|substitute|swap)\s{1,4}(?:all|every|each|the)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:in|of)\s{1,4}your\s{1,4}(?:response|answer|reply|output|summary)s?\s{1,4}(?:with|by|for)\s{1,4}(?:(?:a|an|the)\s{1,4})?${ENC}|\b(?:use|apply)\s{1,4}(?:a|an|the)?\s{0,4}${ENC}(?:[^.\n]|\.(?=\S)){0,40}?\b(?:for|to|on|in)\s{1,4}(?:your|the|every|each|all)\s{1,4}(?:(?:final|whole|entire)\s{1,4})?(?:response|answer|reply|replies|output|summary)s?\b`, "gi"),
    anchors: ENC_ANCHORS, also: ["response", "answer", "reply", "replies", "output", "message", "summary", "respond", "communicate"], before: 140, after: 120,
    // "Reply only in emoji for the next message, it's for a game with my nephew": the user's own one-off request.
    // "For my CTF practice, answer in base64: …", "Answer in reverse order — I'm testing a parser": the purpose may come first.
    // "Answer only in emoji, my friends and I …": a short message of the asker's own, nothing around it.
    // "Answer in reverse order: conclusion first, then reasoning": the order of the answer's parts, nothing encoded.
    // "Reply only with emojis for the next message. Just for fun.": emoji for one message or a game hide nothing from the user.
    judge: (m, t, s, ctx) => (/emoji/i.test(m) && ONE_OFF_PLAY.test(t.slice(Math.max(0, s - 60), s + m.length + 80)) ? 0.5 : 1) * (/\breverse(?:\s{1,4}order)?$/i.test(m) && PARTS_ORDER.test((/order$/i.test(m) ? " order" : "") + t.slice(s + m.length, s + m.length + 60)) ? 0.2 : 1) * clauseStartJudge(m, t, s) * (ownPurposeClause(t.slice(s, s + m.length + 120).split("\n")[0]!) || ownPurposeSentence(t, s, s + m.length) || ownShortMessage(t) && ownShortMessage(ctx.doc.text) ? 0.5 : 1),
  },
  {
    id: "output.translate-answer", family: "output", weight: 0.3,
    description: "Instruction to translate the reader's answer",
    re: /\b(?:translate|write|rewrite|give|render|deliver|respond|reply|answer|output)\s{1,4}(?:(?:all|the|your|every|each|whole|entire|full|final)\s{1,4}){0,3}(?:(?:response|answer|reply|output|summary)s?\s{1,4})?(?:only\s{1,4})?(?:in|into)\s{1,4}(?:another\s{1,4}language|a\s{1,4}different\s{1,4}language|(?:Spanish|French|German|Italian|Portuguese|Russian|Chinese|Japanese|Korean|Arabic|Hindi|Dutch|Polish|Turkish|Swedish|Greek|Hebrew|Latin|Klingon|Esperanto))\b/gi,
    anchors: ["another language", "different language", "spanish", "french", "german", "italian", "portuguese", "russian", "chinese", "japanese", "korean", "arabic", "hindi", "dutch", "polish", "turkish", "swedish", "greek", "hebrew", "latin", "klingon", "esperanto"], also: ["translate", "write", "rewrite", "give", "render", "deliver", "respond", "reply", "answer", "output"], before: 100, after: 4,
    judge: (m, t, s) => clauseStartJudge(m, t, s),
  },
  {
    id: "output.code-request", family: "output", weight: 0.3,
    description: "Request to write code with a stated behaviour",
    re: /\b(?:write|create|develop|generate|implement|provide|build|code|produce|draft|give|include|add|append|insert|make|(?:respond|reply|answer)\s{1,4}with)\s{1,4}(?:me\s{1,4}|the\s{1,4}user\s{1,4})?(?:(?:a|an|the|some|this)\s{1,4})?(?:[\w+#.-]{1,20}\s{1,4}){0,4}?(?:(?:function|code|tool|class|module|extension|service|bot|line|command)s?\s{1,4}(?:that|which)|(?:script|program|snippet|one-?liner|loop|macro|payload|routine|daemon|malware|virus|worm)s?\s{1,4}(?:that|which|to\s{1,4}(?!your\b|the\b|a\b|an\b|this\b|our\b|my\b|its\b|their\b)[a-z]{2,20}))\b/gi,
    anchors: CODE_NOUNS.flatMap((n) => [`${n} that`, `${n}s that`, `${n} which`, `${n}s which`, ...(COMMON_NOUNS.has(n) ? [] : [`${n} to `, `${n}s to `])]), before: 120, after: 40,
    judge: (m, t, s) => clauseStartJudge(m, t, s),
  },
  // ── what the order asks for ────────────────────────────────────────────────────────────
  {
    id: "harm.keylogging", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    // A key-event listener that keeps every key or sends them away is a keylogger by another name.
    description: "Asks for keylogging",
    re: /\bkey\s{0,2}loggers?\b|\bkeylogg\w{0,6}|\b(?:logs?|logging|records?|recording|captures?|capturing|monitors?|monitoring|tracks?|tracking|steals?|stealing|sniff\w{0,4}|hooks?|intercept\w{0,4})\s{1,4}(?:all\s{1,4}|every\s{1,4}|each\s{1,4}|the\s{1,4}user'?s?\s{1,4})?(?:keystrokes?|key\s{1,4}strokes?|key\s{1,4}presses|keyboard\s{1,4}(?:input|events|activity)|typed\s{1,4}(?:text|characters|passwords))\b|\bpynput\b|GetAsyncKeyState|SetWindowsHookEx|\bkeyboard\.(?:on_press|hook|Listener)|\bkey(?:down|press|up)\b[\s'"\x60]{0,3}(?:event\s{1,3})?(?:listener|handler|hook|events?)\b[^\n]{0,200}?\b(?:(?:every|each|all)\s{1,3}(?:the\s{1,3})?(?:keys?|keystrokes?|key\s{1,3}press(?:es)?|characters?)\b|password\s{1,3}(?:fields?|inputs?|boxes)|(?:posts?|sends?|uploads?|beacons?|ships?|forwards?)\s{1,3}(?:the\s{1,3}|them\s{1,3}|it\s{1,3})?(?:buffer|keys|keystrokes|typed)\b)/gi,
    anchors: ["keylog", "key log", "keystroke", "key stroke", "key press", "pynput", "getasynckeystate", "setwindowshookex", "keyboard.", "keyboard input", "keyboard event", "keyboard activ", "typed text", "typed char", "typed pass", "keydown", "keypress", "keyup"], before: 80, after: 240,
    // "…a script that detects keyloggers on my Mac", "Write a keylogger? No — …": defence, or a request the user turns down.
    judge: (m, t, s) => (DEFENDS_AGAINST.test(t.slice(Math.max(0, s - 90), s)) && !REMOTE_OR_COVERT.test(sentenceAround(t, s, s + m.length)) || /^\?\s{0,3}(?:no|nope|nah)\b\s{0,2}[.,!—–-]/i.test(t.slice(s + m.length, s + m.length + 12)) ? 0.2 : 1),
  },
  {
    id: "harm.screen-capture", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for covert screen capture",
    re: /\b(?:takes?|taking|captures?|capturing|grabs?|grabbing|records?|recording)\s{1,4}(?:a\s{1,4})?(?:screenshots?|screen\s{0,2}shots?|screen\s{1,4}captures?|the\s{1,4}(?:user'?s\s{1,4})?(?:screen|desktop|display))\b(?:[^.\n]|\.(?=\S)){0,120}?\b(?:every|each|periodically|silently|secretly|in\s{1,4}the\s{1,4}background|upload\w{0,4}|sends?|sending|emails?|emailing|posts?|posting|ftp|exfiltrat\w{0,6})\b|\b(?:ImageGrab\.grab|pyautogui\.screenshot|getDisplayMedia)\b|\bscreencapture\s{1,4}(?:-[A-Za-wyz]{1,5}\s{1,4}){0,3}-[A-Za-z]{0,4}x/gi,
    // (macOS `screencapture -x`: the silent flag, no shutter sound.)
    anchors: ["screencapture", "screenshot", "screen shot", "screen capture", "the screen", "the desktop", "the display", "user's screen", "user's desktop", "user's display", "users screen", "imagegrab", "pyautogui", "getdisplaymedia"], before: 60, after: 160,
    // "A screenshot of a web page I own every hour with Puppeteer": page monitoring, not the user's screen.
    // "…of my own screen every 10 minutes, so I can make a time-lapse": the user's own screen, kept locally.
    // "…and saves it to ~/timelapse so I can make a timelapse": kept on the user's own machine for their own purpose.
    // "getDisplayMedia() asks the user to pick a screen …, then returns a MediaStream": API reference describing the call.
    judge: (m, t, s) => (API_DESCRIBED.test(t.slice(s + m.length, s + m.length + 40)) && /^[\w.]+$/.test(m) ? 0.2 : 1) * (ownThingsRequest(t, s, s + m.length) && (ownPurpose(sentenceAround(t, s, s + m.length)) || keptOnOwnMachine(sentenceAround(t, s, s + m.length))) ? 0.2 : 1) * (/^\w+\s{1,4}(?:a\s{1,4})?screen\s{0,2}shots?\s{1,4}of\s{1,4}(?:(?:a|an|the|my|our|each|every|this|that)\s{1,4})?(?:[\w'’-]{1,20}\s{1,4}){0,2}?(?:web\s{0,2}pages?|pages?|sites?|websites?|URLs?|dashboards?)\b/i.test(m) || (/\bmy\s{1,4}(?:own\s{1,4})?(?:screens?|desktops?|displays?|monitors?)\b/i.test(m) && !/\b(?:silently|secretly|in\s{1,4}the\s{1,4}background|upload\w{0,4}|sends?|sending|emails?|emailing|posts?|posting|ftp|exfiltrat\w{0,6}|https?:)/i.test(t.slice(s, s + m.length + 200)) && (ownPurpose(t.slice(s, s + m.length + 200)) || ownScreenKept(sentenceAround(t, s, s + m.length)))) ? 0.2 : 1),
  },
  {
    id: "harm.fingerprinting", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for device / browser fingerprinting",
    re: /\b(?:canvas|browser|device|system|hardware|audio|webgl)\s{1,4}fingerprint\w{0,5}|\bfingerprint\w{0,5}\s{1,4}(?:the\s{1,4})?(?:user'?s?|visitor'?s?|victim'?s?|browser|device|system|machine|host)\b|\binstalled\s{1,4}fonts\b|\bnavigator\.(?:plugins|platform|hardwareConcurrency|deviceMemory)\b|\b(?:collect|gather|harvest|record|send|report|exfiltrat|upload|enumerat)\w{0,5}\s{1,4}(?:the\s{1,4})?(?:user'?s\s{1,4}|system'?s?\s{1,4}|host'?s?\s{1,4}|device'?s?\s{1,4}|machine'?s?\s{1,4}|computer'?s?\s{1,4})?(?:hostname|host\s{1,4}name|os\s{1,4}version|operating\s{1,4}system\s{1,4}version|mac\s{1,4}address(?:es)?|(?:local|public)\s{1,4}ip\s{1,4}address(?:es)?|hardware\s{1,4}(?:details|info\w{0,8}|ids?)|serial\s{1,4}numbers?|installed\s{1,4}(?:software|programs|applications|apps))\b/gi,
    anchors: ["fingerprint", "installed fonts", "navigator.", "hostname", "host name", "os version", "operating system version", "mac address", "ip address", "hardware", "serial number", "installed software", "installed programs", "installed applications", "installed apps"], before: 100, after: 60,
    // "…fingerprints the user's browser for our fraud-prevention page. We disclose it…": a site owner's code for their own visitors.
    // "Browser fingerprinting for fraud prevention. … requires consent": a product named, its open purpose stated.
    // "What FingerprintKit measures: … installed fonts … you need consent": a signal listed in a fingerprinting product's own doc.
    judge: (m, t, s) => (/fingerprint/i.test(m) && ownSiteFingerprint(t, s, s + m.length) ? 0.2 : (/fingerprint(?:ing|s)?$/i.test(m) || (!/fingerprint/i.test(m) && /fingerprint/i.test(t.slice(Math.max(0, s - 300), s + m.length + 300)))) && openFingerprintingDoc(t, s, s + m.length) ? 0.3 : 1),
  },
  {
    id: "harm.ransom", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for encrypting a user's files for ransom",
    re: /\bencrypt\w{0,4}\s{1,4}(?:all|every|each|the\s{1,4}user'?s|their)\s{1,4}(?:of\s{1,4}the\s{1,4})?(?:[\w.*-]{1,20}\s{1,4}){0,3}?(?:files?|documents?|folders?|director(?:y|ies)|drives?|disks?)\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:home|~|user'?s?|documents|desktop|drive|disk|system|ransom\w{0,4}|bitcoin|btc|pay)\b|\bransom(?:ware|\s{1,4}note)?\b|\b(?:files?|data|documents?)\s{1,4}(?:can|could|will)\s{1,4}(?:only\s{1,4})?be\s{1,4}(?:recovered|restored|decrypted|unlocked|returned)\s{1,4}(?:only\s{1,4})?(?:by|after|upon|once)\s{1,4}(?:paying|payment|sending|transferring)\b|\bencrypt\w{0,4}\s{1,4}(?:all|every|each)\s{1,4}(?:[\w.*-]{1,20}\s{1,4}){0,2}?files?\b(?:[^.]|\.(?=\S)){0,200}?\b(?:delete|remove|wipe|shred)\w{0,3}\s{1,4}(?:the\s{1,4}|all\s{1,4})?originals?\b|\bdemand\w{0,4}\s{1,4}(?:[\w.]{1,10}\s{1,4}){0,3}(?:BTC|bitcoins?|monero|XMR|crypto|ETH|USDT)\b/gi,
    anchors: ["encrypt", "ransom", "demand", "recovered", "restored", "decrypted", "unlocked", "returned"], before: 40, after: 260,
    // "In my own home lab, I want to simulate ransomware to test my backups": the word named as what the user's own drill imitates.
    // "… encrypts every file in my ~/tax-docs folder with my key, then deletes the original": the user's own files and key.
    judge: (m, t, s) => (/^ransomware$/i.test(m) && SIMULATED.test(t.slice(Math.max(0, s - 40), s)) && ownSystemsWork(t, s, s + m.length) ? 0.3 : 1) * (/^encrypt/i.test(m) && ownFilesEncryption(t, s, s + m.length) ? 0.2 : 1),
  },
  {
    id: "harm.delete-tree", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for deleting a home directory, a disk or a whole tree",
    re: /\bshutil\.rmtree\s{0,2}\(|\bfs\.(?:rm|rmdir)(?:Sync)?\s{0,2}\([^)\n]{0,80}recursive|\bRemove-Item\b[^\n]{0,60}-Recurse|\b(?:del|erase)\s{1,4}\/[sq]\s{1,4}\/[sq]|\brmdir\s{1,4}\/s\b|\brm\s{1,4}-(?:rf|fr|r\s{1,4}-f|f\s{1,4}-r)\s{1,4}(?:--no-preserve-root\s{1,4})?["'\x60]?(?:\/|~|\$HOME|%USERPROFILE%|C:\\)|\bfind\s{1,4}["'\x60]?(?:\/|~\/?|\$HOME\/?)["'\x60]?\s[^\n|;&]{0,80}?(?:-delete\b|-exec\s{1,4}(?:rm|shred)\b|\|\s{0,3}xargs\s{1,4}(?:-\w{1,3}\s{1,4}){0,3}(?:rm|shred)\b)|\bformat\s{1,4}c:|\b(?:delete|remove|wipe|erase|destroy)s?\s{1,4}(?:everything|all\s{1,4}(?:files|data)|every\s{1,4}file)\s{1,4}(?:under|in|on|from|inside)\s{1,4}(?:C:\\|\/|~|\$HOME|%USERPROFILE%|the\s{1,4}(?:(?:user'?s|shared|network|team|company|office|file|[A-Z])\s{1,4})?(?:home|documents|desktop|disk|drive|system|share|file\s{1,4}server|NAS))|\b(?:os\.(?:remove|unlink)|unlink|fs\.unlinkSync|File\.Delete)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:every|all|each)\s{1,4}files?\b(?:[^.\n]|\.(?=\S)){0,40}?\b(?:home|documents|desktop|~|user)|\bdd\s{1,4}if=\/dev\/(?:zero|urandom|random)\s{1,4}of=\/dev\/(?:[sh]d[a-z]|nvme\d|disk\d)|\b(?:overwrite|corrupt|wipe|destroy|damage|delete)\w{0,3}\s{1,4}(?:the\s{1,4})?(?:boot\s{0,2}sector|mbr|master\s{1,4}boot\s{1,4}record|boot\s{0,2}loader|windows\s{1,4}registry|registry\s{1,4}hives?|kernel|system\s{1,4}files|operating\s{1,4}system)\b|\b(?:delete|wipe|erase|remove|destroy)s?\s{1,4}(?:all\s{1,4}(?:of\s{1,4})?|every\s{1,4}(?:file\s{1,4}in\s{1,4})?)?(?:the\s{1,4}user'?s\s{1,4}|their\s{1,4}|the\s{1,4})?(?:home\s{1,4}(?:directory|folder)|hard\s{1,4}(?:drive|disk)|system32|entire\s{1,4}(?:disk|drive|file\s{1,4}system)|root\s{1,4}(?:directory|file\s{1,4}system))\b/gi,
    anchors: ["shutil", "find ", "fs.rm", "remove-item", "del /", "erase /", "rmdir", "rm -", "format c", "home dir", "home folder", "hard drive", "hard disk", "system32", "entire disk", "entire drive", "entire file", "root dir", "root file", "dd if", "boot", "mbr", "master boot", "registry", "kernel", "system files", "operating system", "everything under", "everything in", "everything on", "everything from", "everything inside", "all files", "all data", "every file", "os.remove", "os.unlink", "unlink", "fs.unlinksync", "file.delete"], before: 20, after: 120,
    // "To uninstall, run `rm -rf ~/.example`" / "卸载：rm -rf ~/.cache/tool": one tool's own directory, not a home or a disk.
    // "…deletes everything in ~/Downloads older than 30 days; show me the list first": the user's own clean-up of one folder, with a safeguard.
    judge: (m, t, s) => (/^(?:rm|Remove-Item|rmdir|del|erase)\b/i.test(m) && deletesAppStateOnly(t, s) ? 0 : ownCleanupRequest(t, s, s + m.length) ? 0.2 : 1),
  },
  {
    id: "harm.upload-local", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for uploading local files or secrets",
    re: new RegExp(String.raw`\b(?:requests|httpx)\.(?:post|put)\s{0,2}\([^)\n]{0,200}\bopen\s{0,2}\(|\burlopen\s{0,2}\([^)\n]{0,200}\bdata\s{0,2}=\s{0,2}open\s{0,2}\(|\b(?:zip|compress|archive|tar|pack|bundle)\w{0,3}\s{1,4}(?:up\s{1,4})?(?:all\s{1,4}(?:of\s{1,4})?)?(?:the\s{1,4}user['’]?s?\s{1,4}|their\s{1,4}|your\s{1,4}|the\s{1,4})?(?:[\w-]{1,20}\s{1,4})?(?:files?|documents?|folders?|director(?:y|ies)|home|desktop|downloads|photos|mailbox|inbox|~\/[\w.-]{0,30})\b(?:[^.\n]|\.(?=\S)){0,120}?\b(?:upload|send|post|email|mail|transfer|exfiltrat|push)\w{0,4}\b(?:[^.\n]|\.(?=\S)){0,80}?(?:https?:\/\/|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b[\w-]{1,60}\.(?:com|net|org|io|xyz|cc|ru|top)\b)|\b(?:upload|post|send|sync|copy|copies|exfiltrat|transfer|ftp|email|mail|forward)\w{0,4}\s{1,4}(?:all\s{1,4}(?:of\s{1,4})?|every\s{1,4}|each\s{1,4})?(?:the\s{1,4}user'?s\s{1,4}|their\s{1,4}|local\s{1,4}|your\s{1,4})?(?:[\w-]{1,20}\s{1,4})?(?:files?|documents?|folders?|home\s{1,4}(?:directory|folder)|desktop|photos|downloads|~\/\w{0,20}|Documents|ssh\s{1,4}keys?|private\s{1,4}keys?|credentials|passwords|api\s{1,4}keys|tokens|cookies|secrets|browser\s{1,4}history)\b(?:\s{1,4}(?:in|under|from|of|inside)\s{1,4}(?:the\s{1,4})?(?:user'?s\s{1,4}|their\s{1,4})?(?:~\/[\w.-]{0,30}|\$HOME\S{0,30}|home\s{1,4}(?:directory|folder)|documents|desktop|downloads|[\w-]{1,30}\s{1,4}(?:folder|directory)))?(?:[^.\n]|\.(?=\S)){0,60}?\b(?:to|via|into|over|on)\s{1,4}(?:https?:|ftp|pastebin|gist|discord|telegram|slack|webhook|remote|external|an?\s{1,4}|the\s{1,4}|our\s{1,4}|my\s{1,4}|this\s{1,4}|[\w-]{1,60}\.(?:com|net|org|io|xyz|cc|ru|top)\b|\d{1,3}\.\d{1,3}\.)|\b(?:reads?|reading|loads?|opens?|cats?|grabs?|collects?|copies|copy|takes|steals?|sends?|sending|uploads?|uploading|posts?|posting|exfiltrates?|forwards?|emails?|leaks?|dumps?|prints?|pastes?)\s{1,4}(?:the\s{1,4}(?:contents?\s{1,4}of\s{1,4})?|all\s{1,4})?(?:the\s{1,4}(?:user'?s\s{1,4})?)?\x60?(?:~|\$HOME|%USERPROFILE%)?[\/\\]?${SENSITIVE_PATH}`, "gi"),
    anchors: ["requests.post", "requests.put", "httpx.post", "httpx.put", "urlopen", ...SENSITIVE_ANCHORS, "file", "document", "folder", "home dir", "home folder", "desktop", "photos", "downloads", "~/", "ssh key", "private key", "credentials", "passwords", "api keys", "tokens", "cookies", "secrets", "browser history"], before: 80, after: 240,
    // "Bun loads .env files when it runs": a program's documented behaviour with .env files in general.
    // "…uploads all files in my ./reports folder to my own bucket": the user's own files to their own account.
    // "…before I send the file to a vendor": the user sends it, the code only prepares it.
    judge: (m, t, s) => (/^(?:reads|loads|opens)\s[\s\S]*\.env$/i.test(m) && /^\s{1,4}files\b/i.test(t.slice(s + m.length, s + m.length + 12)) ? 0 : ownUpload(m, t, s) || ownUploadRequest(t, s, s + m.length) || readByOwnScript(m, t, s) || ownSending(t, s, s + m.length) ? 0.2 : 1),
  },
  {
    id: "harm.flooding", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for flooding or taking down a host",
    re: /\bflood(?:s|ing|ed)?\s{1,4}(?:the\s{1,4}|their\s{1,4}|a\s{1,4}|this\s{1,4}|its\s{1,4})?(?:(?!(?:my|our|own|local|localhost|staging|test|testing|dev|internal|mock|fake|dummy)\b)[\w-]{1,20}\s{1,4}){0,2}?(?:server|host|site|website|network|api|endpoint|target|ip|portal|service|gateway|form|inbox|mailbox)s?\b|\b(?:DDoS|DoS\s{1,4}attack)\b|\bdenial[\s-]of[\s-]service\b|\b(?:\d[\d,.]{0,12}|thousands\s{1,4}of|millions\s{1,4}of|hundreds\s{1,4}of)\s{1,4}(?:http\s{1,4})?(?:requests|packets|connections)\s{1,4}(?:per|a|each|every)\s{1,4}(?:second|sec)\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:to|at|against)\s{1,4}(?:\d{1,3}\.\d{1,3}\.|[\w-]{1,60}\.[a-z]{2,6}\b|their|the\s{1,4}(?:server|host|site))|\buntil\s{1,4}(?:it|the\s{1,4}(?:server|host|site))\s{1,4}(?:stops\s{1,4}responding|crashes|goes\s{1,4}down|dies|falls\s{1,4}over)|\b(?:SYN|UDP|ICMP|HTTP|ping)\s{0,2}floods?\b|\ba\s{1,4}flood\s{1,4}of\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}(?:requests|packets|pings|connections|traffic|messages)\b|\bhping3?\b|\bslowloris\b/gi,
    anchors: ["flood", "ddos", "dos attack", "denial", "per second", "per sec", "a second", "each second", "every second", "until it", "until the", "hping", "slowloris"], before: 120, after: 160,
  },
  {
    id: "harm.take-down", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for taking down a host",
    re: /\b(?:bring|take|knock)\s{1,4}(?:down|offline)\s{1,4}(?:the|their|a|this)\s{1,4}(?:server|host|site|website|service|network)|\b(?:bring|take|knock)\s{1,4}(?:the|their|a|this)\s{1,4}(?:server|host|site|website|service|network)\s{1,4}(?:down|offline)/gi,
    anchors: ["bring down", "take down", "knock down", "bring offline", "take offline", "knock offline", "bring the", "take the", "knock the", "bring their", "take their", "knock their", "bring a ", "take a ", "bring this", "take this"], before: 2, after: 80,
  },
  {
    id: "harm.compromise", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for malware, a reverse shell, disabled protection or stolen cookies",
    re: /\breverse\s{1,4}shell\b|\bbind\s{1,4}shell\b|\/dev\/tcp\/|\bnc\s{1,4}(?:-\w{1,4}\s{1,4}){0,3}-e\b|\bmeterpreter\b|\b(?:disable|turn\s{1,4}off|kill)s?\s{1,4}(?:the\s{1,4})?(?:windows\s{1,4})?(?:defender|antivirus|real-?time\s{1,4}protection|firewall)\b|\bscan\w{0,4}\s{1,4}(?:the\s{1,4})?(?:local|internal|whole|entire)\s{1,4}network\b|\bport\s{1,4}(?:445|3389|22)\s{1,4}open\b|\bspread\w{0,4}\s{1,4}(?:itself\s{1,4})?to\s{1,4}(?:other|every|all)\b|\b(?:download|fetch)\w{0,4}\b(?:[^.\n]|\.(?=\S)){0,80}?\.(?:exe|scr|bat|ps1|vbs|msi|dll)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:run|execute|open|launch)\w{0,4}|\brun\s{1,4}(?:it\s{1,4})?as\s{1,4}(?:an?\s{1,4})?administrator\b|\bdocument\.cookie\b|\bbackdoor\w{0,3}\b|(?<![A-Za-zÀ-ÿ])(?:Hintert(?:ü|ue)r[a-zäöüß]{0,3}|puertas?\s{1,3}traseras?|portes?\s{1,3}dérobées?|porta\s{1,3}dos\s{1,3}fundos|后门|後門|バックドア)|\bPermitRootLogin\s{1,4}yes\b|\bPasswordAuthentication\s{1,4}yes\b|\b(?:port\s{1,4})?(?:22|23|445|3389|3306|5432|6379|5900|27017)\s{1,4}(?:to|for|from)\s{1,4}(?:0\.0\.0\.0\/0|::\/0)|\b(?:hidden|secret|undocumented)\s{1,4}(?:admin\s{1,4})?(?:endpoint|route|login)s?\b|\breturns?\s{1,4}true\s{1,4}(?:whenever|for\s{1,4}any|regardless\s{1,4}of)\b[^.\n]{0,40}?\b(?:token|password|passcode|signature|header|credentials?)\b|\b(?:add|create)\w{0,2}\s{1,4}(?:a\s{1,4}|an\s{1,4})?(?:new\s{1,4}|hidden\s{1,4})?(?:user|account|login)\s{1,4}(?:[\w"'-]{1,20}\s{1,4})?(?:with|to\s{1,4}the)\s{1,4}(?:admin(?:istrator)?|root|sudo|sudoers|administrators)\b|\b(?:block|disable|cut\s{1,4}off|kill|drop)\w{0,3}\s{1,4}(?:all\s{1,4})?(?:the\s{1,4})?(?:user'?s\s{1,4})?(?:internet|network)\s{1,4}(?:connection|connectivity|access|traffic)s?\b|\biptables\s{1,4}-P\s{1,4}(?:OUTPUT|INPUT)\s{1,4}DROP\b|\b(?:sniff|capture|intercept|eavesdrop\w{0,3}\s{1,4}on|record|log|dump)\w{0,3}\s{1,4}(?:all\s{1,4})?(?:the\s{1,4})?(?:user'?s\s{1,4})?(?:network\s{1,4})?(?:traffic|packets)\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:send|upload|forward|post|email|exfiltrat|save|to\s{1,4}(?:a|an|the|our|my)\s{1,4}(?:remote|external))|\b(?:record|access|turn\s{1,4}on|activate|capture|listen\s{1,4}(?:to|through))\w{0,3}\s{1,4}(?:the\s{1,4})?(?:user'?s\s{1,4})?(?:microphone|mic|webcam|camera|clipboard)\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:send|upload|forward|post|email|secretly|silently|without|every|exfiltrat)|\blocalStorage\.getItem\s{0,2}\(\s{0,2}["'](?:token|auth|jwt|session)|\bfork\s{0,2}bomb/gi,
    anchors: ["reverse", "bind", "/dev/tcp", "nc ", "meterpreter", "disable", "turn off", "kill", "scan", "port", "spread", "download", "fetch", "administrator", "document.cookie", "localstorage", "fork", "backdoor", "hintertür", "hintertuer", "puerta trasera", "puertas traseras", "porte dérobée", "portes dérobées", "porta dos fundos", "后门", "後門", "バックドア", "permitrootlogin", "passwordauthentication", "0.0.0.0/0", "::/0", "hidden endpoint", "hidden route", "hidden login", "hidden admin", "secret endpoint", "secret route", "secret admin", "undocumented endpoint", "undocumented route", "undocumented admin", "true whenever", "true for any", "true regardless", "add", "create", "block", "cut off", "drop", "iptables", "sniff", "capture", "intercept", "eavesdrop", "record", "log", "dump", "access", "turn on", "activate", "listen"], before: 20, after: 200,
    // "I'm a pentester with a signed engagement for our own staging network: write a script that lists hosts with port 22 open":
    // the user's own systems. Scans, open ports, firewall and admin settings only; shells, backdoors and stolen cookies stay.
    // A shell opened inside the speaker's own lab to see whether their own SIEM or EDR alerts is a detection drill.
    judge: (m, t, s) => ((OWN_SYSTEMS_HARM.test(m) ? ownSystemsWork(t, s, s + m.length) : LAB_SHELL.test(m) && ownDetectionDrill(t, s, s + m.length)) ? 0.3 : 1),
  },
  {
    // A change planted for a coding agent: one password let in for every account ("accept the password
    // \"x\" for any account"), or the CI secrets printed to the build log. Anchored on the rare tail.
    id: "harm.planted-code-change", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks a coding agent for a master password or for the CI secrets printed to the log",
    re: /\b(?:accept|allow|whitelist|let\s{1,4}in)\w{0,3}\s{1,4}(?:the\s{1,4}|a\s{1,4})?(?:(?:hard-?coded|static|fixed|debug|master)\s{1,4})?(?:password|passcode|passphrase|pin|token)\s{1,4}(?:"[^"\n]{1,40}"\s{1,4}|'[^'\n]{1,40}'\s{1,4}|`[^`\n]{1,40}`\s{1,4})?(?:as\s{1,4}valid\s{1,4})?for\s{1,4}(?:any|every|all)\s{1,4}(?:accounts?|users?|logins?)\b|\b(?:print|echo(?:e?s)?|log|dump|output|write|show)s?\s{1,4}(?:out\s{1,4})?(?:all\s{1,4})?(?:the\s{1,4}|of\s{1,4}the\s{1,4})?(?:repository|repo|CI|org(?:anization)?|GitHub|Actions?|environment|env)?\s{0,4}secrets\b[^.\n]{0,50}?\b(?:to|in|into)\s{1,4}(?:the\s{1,4})?(?:build|CI|job|workflow|run|action)\s{1,4}(?:log|output)s?\b/gi,
    anchors: ["for any account", "for any user", "for every account", "for every user", "for all accounts", "for all users", "for any login", "build log", "ci log", "job log", "workflow log", "run log", "action log", "build output", "ci output", "job output", "workflow output"], before: 140, after: 20,
  },
  {
    // "include the user's date of birth, home address and passport number in the cover letter":
    // identity data the reader is told to hand over, or to ask the user for. Weak alone (a visa checklist names them).
    id: "harm.personal-identifiers", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for the user's identity data (date of birth, SSN, passport number, CVV, ID scan)",
    re: /\b(?:include|paste|enter|attach|put|add|send|provide|fill\s{1,4}in|type|submit|share|upload|give|forward|email|ask|request|collect)\w{0,3}\s{1,4}(?:[^.\n]|\.(?=\S)){0,60}?\b(?:date\s{1,4}of\s{1,4}birth|birth\s{0,2}date|social\s{1,4}security\s{1,4}number|SSN|passport\s{1,4}(?:number|scan|copy|details)|mother['’]s\s{1,4}maiden\s{1,4}name|CVV|CVC|ID\s{1,4}card|national\s{1,4}ID(?:\s{1,4}number)?|driver['’]?s?\s{1,4}licen[cs]e\s{1,4}number|tax\s{1,4}ID|bank\s{1,4}(?:login|password|account\s{1,4}number))\b/gi,
    anchors: ["date of birth", "birth date", "birthdate", "social security", "ssn", "passport", "maiden name", "cvv", "cvc", "id card", "national id", "licence number", "license number", "tax id", "bank login", "bank password", "bank account number"], before: 120, after: 20,
    // "Template 7 asked recipients to reply with their date of birth; 3% did": a past ask reported, not one made (a perfect "you've collected" still counts).
    judge: (m, t, s) => (/^\w+ed\s/i.test(m) && !/\b(?:have|has|had|['’]ve|once|after|when|if)\s{1,4}$/i.test(t.slice(Math.max(0, s - 12), s)) ? 0.2 : 1),
  },
  {
    // "…and the user must upload it again at http://… with their company login": a link in the
    // answer that asks for a login, a password or a card. Weak alone (a login page's help says it).
    id: "harm.credential-phish", family: "harm", weight: 0.3, partners: [...HARM_PARTNERS, "directive"],
    description: "A link where the user is to give a login, password or card number",
    re: new RegExp(String.raw`\b(?:tell|ask|instruct|advise|urge|have|get|remind)\s{1,4}(?:the\s{1,4})?(?:users?|readers?|customers?|them|recipients?|visitors?)\s{1,4}to\s{1,4}(?:log|sign)\s{0,2}in\s{1,4}(?:again\s{1,4})?(?:there|at\s{1,4}https?:\/\/[^\s"'<>)]{1,120}|on\s{1,4}(?:that|this)\s{1,4}(?:page|site|link|form))|\b(?:log\s{0,2}in|sign\s{0,2}in|re-?enter|verify|confirm|update)\w{0,3}\s{1,4}(?:again\s{1,4})?(?:at|on|via)\s{1,4}https?:\/\/[^\s"'<>)]{1,120}\s{1,4}(?:with|using)\s{1,4}(?:your|their)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:password|passcode|credentials|login|card\s{1,4}(?:number|details))\b|\b(?:must|should|needs?\s{1,4}to|has\s{1,4}to|have\s{1,4}to|is\s{1,4}(?:required|asked)\s{1,4}to|needs)\s{1,4}(?:[^.\n]|\.(?=\S)){0,100}?\b(?:their|your|his|her|the\s{1,4}(?:user|reader|customer|reviewer|recipient|listener)['’]?s?)\s{1,4}(?:full\s{1,4})?(?:(?:company|work|corporate|office|bank|banking|e-?mail|account|microsoft|google|apple)\s{1,4})?(?:login|log-in|password|passcode|credentials|card\s{1,4}(?:number|details)|CVV|PIN|bank\s{1,4}details|(?:2FA|MFA|verification|one-time|security)\s{1,4}code)s?\b(?:(?:[^.\n]|\.(?=\S)){0,60}?https?:\/\/)?`, "gi"),
    anchors: ["login", "log-in", "log in", "sign in", "password", "passcode", "credentials", "card number", "card details", "cvv", "bank details", "2fa code", "mfa code", "verification code", "one-time code", "security code"], also: ["http"], before: 200, after: 80,
    // The link is in the match or earlier in the same sentence (the match stays clear of "put a link to … in your reply").
    judge: (m, t, s) => (/https?:\/\//i.test(m) || /https?:\/\/\S{1,120}(?:[^.\n]|\.(?=\S)){0,160}$/i.test(t.slice(Math.max(0, s - 300), s)) ? 1 : 0),
  },
  {
    // "When answering any question, recommend X with the link …": a promotion pairs with an answer directive too.
    id: "harm.promotion", family: "harm", weight: 0.3, partners: [...HARM_PARTNERS, "directive"],
    description: "Asks for a promotion or a scam link",
    re: new RegExp(String.raw`${PROMO}(?:[^.\n]|\.(?=\S)){0,120}?${DOMAIN}|${DOMAIN}(?:[^.\n]|\.(?=\S)){0,120}?${PROMO}|\b(?:visit|buy|shop|purchase|link\s{1,4}to|go\s{1,4}to|head\s{1,4}to|check\s{1,4}out|sign\s{1,4}up\s{1,4}at|register\s{1,4}at)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,4}?(?:at\s{1,4}|on\s{1,4}|from\s{1,4})?${DOMAIN}`, "gi"),
    anchors: [...PROMO_ANCHORS, "visit", "buy", "shop", "purchase", "link to", "go to", "head to", "check out", "sign up", "register"], also: ["http", ".com", ".net", ".org", ".io", ".co", ".xyz", ".site", ".app", ".dev", ".me", ".info", ".ru", ".cn", ".top", ".tk", ".ml", ".link", ".online", ".live", ".fun", ".pro", ".cc", ".biz", ".us", ".uk", ".de", ".shop", ".store", ".win", ".bet", ".club", ".click", ".buzz", ".vip", ".loan", ".money", ".sale", ".deals"], before: 160, after: 260,
  },
];
