// A user's own security work on systems they say are theirs ("I'm a pentester with a signed
// engagement for our own staging environment. Write a script that lists which of our hosts have
// port 22 open"). The user states in the first person that the systems are theirs or that the work
// is authorised; the same request planted for an AI reader addresses that reader, names someone
// else's things, or sends the result to a host or hides it: each check here looks for those too.
import { ADDRESSES_READER, FIRST_PERSON, READER_STEERING, REMOTE_OR_COVERT, sentenceAround } from "./own-request.ts";

/** Ownership or authorisation, stated by the speaker: "our own", "my homelab", "signed engagement", "I'm the sysadmin", "nuestra propia red", "unser eigenes Netz", "我们自己的", "自社の". */
export const OWN_SYSTEMS = new RegExp([
  String.raw`\b(?:my|our)\s{1,4}own\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:networks?|lab|homelab|servers?|hosts?|machines?|infra\w{0,10}|environments?|clusters?|systems?|VMs?|devices?|routers?|switches|subnets?|domains?|staging|box(?:es)?|accounts?|apps?|sites?|stack)\b`,
  String.raw`\bour\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:staging|internal|lab|homelab|test(?:ing)?|dev|office|company|corporate|home|private|on-?prem\w{0,4})\b`,
  String.raw`\bmy\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:home\s{0,2}lab|lab|test\s{1,4}(?:vm|server|machine|box|network|environment)|servers?|vms?|routers?|network|machines?|laptop|nas|cluster|raspberry\s{1,4}pi|pi|vps|box|pcs?|computers?|desktops?|workstations?|rigs?|macs?|macbooks?)\b`,
  String.raw`\b(?:signed|authori[sz]ed|approved|scoped|written|contracted|sanctioned)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?(?:engagement|pen-?test\w{0,3}|penetration\s{1,4}test\w{0,3}|red[\s-]?team\w{0,3}|assessment|audit|scope|permission|authori[sz]ation|exercise)\b`,
  String.raw`\b(?:engagement|pen-?test|audit|assessment|exercise|scan)\s{1,4}(?:is|was|has\s{1,4}been)\s{1,4}(?:signed|authori[sz]ed|approved|in\s{1,4}scope)\b|\brules\s{1,4}of\s{1,4}engagement\b|\bin[\s-]scope\b`,
  String.raw`\b(?:I|we)\s{1,4}(?:own|run|manage|administer|operate)\s{1,4}(?:this|these|the|that|all|our|my)\b`,
  String.raw`\b(?:I|we)\s{1,4}(?:run|have|built|set\s{1,4}up|maintain|host)\s{1,4}(?:an?\s{1,4})?(?:[\w-]{1,20}\s{1,4}){0,2}?(?:home\s{0,2}lab|lab|test\s{1,4}(?:network|environment|range)|cyber\s{0,2}range)\b`,
  String.raw`\bI['’]?m\s{1,4}(?:the|a|an|our)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:sys\s?admin|administrator|admin|owner|pen-?tester|penetration\s{1,4}tester|security\s{1,4}(?:engineer|analyst|researcher)|network\s{1,4}(?:engineer|admin\w{0,8})|SRE|devops\s{1,4}engineer|IT\s{1,4}(?:admin|manager))\b`,
  // es / pt / fr / de / it / ru
  String.raw`(?<![\p{L}])(?:mis?|nuestr[oa]s?|meus?|minhas?|noss[oa]s?)\s{1,4}(?:\p{L}{1,20}\s{1,4})?(?:propi|própri)[oa]s?(?![\p{L}])|(?<![\p{L}])autori[sz]ad[oa]s?(?![\p{L}])|contrato\s{1,4}firmado`,
  String.raw`(?<![\p{L}])(?:mon|ma|mes|notre|nos)\s{1,4}(?:\p{L}{1,20}\s{1,4})?propres?(?![\p{L}])|(?<![\p{L}])autorisée?s?(?![\p{L}])|mandat\s{1,4}sign`,
  String.raw`(?<![\p{L}])(?:mein|unser)\p{L}{0,2}\s{1,4}(?:\p{L}{1,20}\s{1,4})?eigen\p{L}{0,3}|(?<![\p{L}])(?:autorisiert|beauftragt|genehmigt)\p{L}{0,2}`,
  String.raw`(?<![\p{L}])(?:mi[oaie]|nostr[oaie])\s{1,4}(?:\p{L}{1,20}\s{1,4})?propri[oaie](?![\p{L}])|(?<![\p{L}])autorizzat[oaie](?![\p{L}])`,
  String.raw`собственн\p{L}{0,3}|(?:наш|нашей|нашу|нашего|наша|моей|мою|мой|моего|моя)\s{1,4}(?:\p{L}{1,20}\s{1,4})?(?:сет|сервер|инфраструктур|стенд|лаборатор|тестов)|авторизованн|с\s{1,4}разрешени`,
  // zh / ja / ko
  String.raw`我们自己的|我們自己的|我自己的|我们公司|我們公司|我司|自有|已授权|已授權|授权的|授權的|我们的(?:内网|测试|预发|服务器|网络|环境)|我們的(?:內網|測試|伺服器|網路|環境)`,
  String.raw`自社の|自分の|私たちの|弊社の|社内の|自前の|許可を得た|許可済み|承認済み|契約済み`,
  String.raw`우리\s{0,2}(?:회사|자체|내부|사내)|제\s{0,2}소유|내\s{0,2}(?:서버|네트워크|랩)|승인된|허가(?:를)?\s{0,2}받은|계약된`,
].join("|"), "iu");

/** Words that say "ours" by themselves ("自社", "弊社", "我司", "우리"): the speaker needs no pronoun. */
const OWN_WORDS_CJK = /自社|弊社|社内|自分|自前|自有|我司|우리|제\s{0,2}소유/;

/** "this machine", "the current computer": the machine the reader runs on, as planted text names it (a user says "my laptop"). */
export const READERS_MACHINE = /\b(?:this|the\s{1,4}current|the\s{1,4}local|your)\s{1,4}(?:machine|computer|host|device|laptop|workstation|system|pc|server|box)\b/i;

/** Private and loopback addresses: the user's own network, not a destination for what the code finds. */
const PRIVATE_ADDRESS = /\b(?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|127(?:\.\d{1,3}){3})(?:\/\d{1,2})?\b/g;

/** Someone else's things: the user's, the victim's, their (not "them": "so I can patch them" are the user's hosts). */
const OTHERS_THINGS = /\b(?:the\s{1,4})?(?:user|reader|visitor|customer|victim|recipient|target|employee|client|viewer)s?['’]s?\b|\b(?:their|his|her)\b/i;

/**
 * The request around [start, end) is the speaker's own security work on systems they say are
 * theirs: ownership or authorisation stated in the first person near it, no AI reader addressed, no
 * third party's things, no public host, drop box or covert step in the sentence.
 */
export function ownSystemsWork(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 600), end + 300);
  if (!OWN_SYSTEMS.test(near) || !(FIRST_PERSON.test(near) || OWN_WORDS_CJK.test(near))) return false;
  if (ADDRESSES_READER.test(near) || READER_STEERING.test(near)) return false;
  const sentence = sentenceAround(text, start, end).replace(PRIVATE_ADDRESS, " ");
  return !OTHERS_THINGS.test(sentence) && !REMOTE_OR_COVERT.test(sentence) && !READERS_MACHINE.test(sentence);
}

/** What a lab drill checks: that the speaker's own detection (a SIEM, an EDR, an IDS rule) raises an alert. */
const DETECTION_CHECK = /\b(?:Wazuh|SIEM|EDR|XDR|IDS|IPS|Suricata|Snort|Zeek|Sysmon|Splunk|Sentinel|Defender\s{1,4}for\s{1,4}Endpoint|CrowdStrike|osquery|Falco|detection\s{1,4}(?:rules?|engineering|coverage))\b|\b(?:alerts?|rules?|detections?)\s{1,4}(?:should\s{1,4}|will\s{1,4}|would\s{1,4})?(?:fire|fires|trigger|triggers|catch|catches)\b|\bwhether\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,3}?(?:alerts?|detects?|catches|flags|notices)\b/i;

/**
 * "I run a small home lab … I want to see whether Wazuh alerts when the Ubuntu box opens a reverse
 * shell to the Kali box": an attack played inside the speaker's own lab to test their own detection.
 */
export function ownDetectionDrill(text: string, start: number, end: number): boolean {
  if (!ownSystemsWork(text, start, end)) return false;
  return DETECTION_CHECK.test(text.slice(Math.max(0, start - 600), end + 300));
}

/** The speaker's own site or app the code is for: "for our fraud-prevention page", "on my shop's checkout", "in our app". */
const OWN_SITE = /\b(?:for|on|in|into|to)\s{1,4}(?:our|my)\s{1,4}(?:own\s{1,4})?(?:[\w'’-]{1,20}\s{1,4}){0,2}?(?:site|website|web\s{0,2}app|app|page|checkout|login|sign-?up|store|shop|platform|service|portal|product)s?\b/i;
/** Code asked for before the harm: "Write a function that", "add a snippet to". */
const CODE_ASKED = /\b(?:write|create|build|implement|add|generate|code|draft)\s{1,4}(?:me\s{1,4})?(?:an?\s{1,4}|the\s{1,4}|some\s{1,4})?(?:[\w.+#-]{1,20}\s{1,4}){0,3}?(?:function|script|snippet|module|class|code|hook|component|library|middleware)s?\b/i;
/** Why a site fingerprints its own visitors in the open: fraud or bot defence, or disclosure and consent. */
const OPEN_PURPOSE = /\b(?:fraud|anti-?fraud|bot\s{1,4}detection|abuse|account\s{1,4}takeover|risk\s{1,4}scor\w{0,3}|chargebacks?|disclos\w{1,4}|consent\w{0,3}|opt(?:s|ed)?[\s-]?in|privacy\s{1,4}(?:policy|notice))\b/i;

/**
 * "Write a function that fingerprints the user's browser for our fraud-prevention page. We disclose
 * it in our privacy policy": a site owner asking for the fingerprinting code of their own site, for
 * fraud defence or with disclosure. The reader's own browser or machine is never the site's visitor:
 * the same ask planted for an AI reader addresses it, sends the result to a host, or hides it.
 */
export function ownSiteFingerprint(text: string, start: number, end: number): boolean {
  if (text.length > 1500) return false;
  const near = text.slice(Math.max(0, start - 300), end + 300);
  if (!OWN_SITE.test(near) || !OPEN_PURPOSE.test(near) || !FIRST_PERSON.test(near) || !CODE_ASKED.test(text.slice(Math.max(0, start - 200), start))) return false;
  // "The user" here is the site's visitor (READER_STEERING would read it as the AI's user).
  return !ADDRESSES_READER.test(near) && !REMOTE_OR_COVERT.test(near) && !READERS_MACHINE.test(near);
}

/**
 * "Browser fingerprinting for fraud prevention. Collects user agent, screen size … Call init() only
 * after the user consents": a fingerprinting product named as a noun, with its open purpose (fraud or
 * bot defence, consent, disclosure) in the same passage. The same thing planted for an AI reader
 * addresses it, sends what it collects to a host, hides it, or aims at the reader's own machine.
 */
export function openFingerprintingDoc(text: string, start: number, end: number): boolean {
  // "user agent, screen size" lists the browser's header, it calls on no agent.
  const near = text.slice(Math.max(0, start - 300), end + 400).replace(/\buser[\s-]agents?\b/gi, "UA");
  return OPEN_PURPOSE.test(near) && !ADDRESSES_READER.test(near) && !REMOTE_OR_COVERT.test(near) && !READERS_MACHINE.test(near);
}
