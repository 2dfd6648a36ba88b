// A sentence that asks a bot or an assistant only for restraint, as sites and projects ask of
// everyone: respect robots.txt and the rate limits, don't install Redis system-wide, don't push to
// main, ask a maintainer before merging — in en / fr / es / de / it / pt. Refraining from changing
// things is restraint; refraining from telling, reporting or warning is concealment, and an ask
// beside it (a destination, a secret, instructions set aside, a security measure left off, only
// one exception allowed) keeps the sentence an order.
import { joinedClausesOpenOnNouns, sentenceBody } from "./fact-sentence.ts";

/** What is restrained: acts that change or load things (install, push, delete, scrape), never telling or checking. */
const EN_ACT = String.raw`(?:instal(?:l|ling)|(?:force-?)?push(?:ing)?|commit(?:ting)?|merg(?:e|ing)|deploy(?:ing)?|publish(?:ing)?|releas(?:e|ing)|delet(?:e|ing)|remov(?:e|ing)|modif(?:y|ying)|edit(?:ing)?|chang(?:e|ing)|touch(?:ing)?|rewrit(?:e|ing)|reformat(?:ting)?|renam(?:e|ing)|mov(?:e|ing)|upgrad(?:e|ing)|downgrad(?:e|ing)|bump(?:ing)?|updat(?:e|ing)|add(?:ing)?|creat(?:e|ing)|open(?:ing)?|submit(?:ting)?|scrap(?:e|ing)|crawl(?:ing)?|mirror(?:ing)?|hammer(?:ing)?|flood(?:ing)?|overload(?:ing)?|download(?:ing)?|cach(?:e|ing)|train(?:ing)?|redistribut(?:e|ing)|repost(?:ing)?|approv(?:e|ing)|clos(?:e|ing)|amend(?:ing)?|rebas(?:e|ing)|squash(?:ing)?|hardcod(?:e|ing))`;
const FR_ACT = String.raw`(?:install|pouss|push|commit|fusionn|déploy|publi|supprim|modifi|édit|chang|touch|réécri|renomm|déplac|mett\p{L}{0,3}\s{1,3}à\s{1,3}jour|ajout|cré|ouvr|aspir|télécharg|effac|approuv|ferm)\p{L}*`;
const ES_ACT = String.raw`(?:instal|hag\p{L}{0,3}\s{1,3}push|push|commit|fusion|despleg|despliegu|public|borr|elimin|modifiqu|modific|edit|cambi|toqu|reescrib|renombr|muev|mov|actualic|actualiz|añad|agreg|cre|abr|rastre|descargu|descarg|aprueb|cierr)\p{L}*`;
const IT_ACT = String.raw`(?:install|fa(?:re)?\s{1,3}push|push|committ|fond|pubblic|cancell|elimin|rimuov|modific|cambi|tocc|riscriv|rinomin|spost|aggiorn|aggiung|cre|apr|scaric|approv|chiud)\p{L}*`;
const PT_ACT = String.raw`(?:instal|faç\p{L}{0,3}\s{1,3}push|push|commit|mescl|implant|public|apag|exclu|remov|modifiqu|modific|edit|alter|mud|toqu|reescrev|renome|mov|atualiz|adicion|cri|abr|baix|aprov|fech)\p{L}*`;
const DE_ACT = String.raw`(?:installier|push|committ|merg|deploy|veröffentlich|lösch|entfern|änder|bearbeit|überschreib|umbenenn|verschieb|aktualisier|erstell|öffne|crawl|herunterlad|genehmig|schließ|hinzufüg)\p{L}*`;

/** What sites and projects ask everyone to respect: robots.txt, the rate limits, the terms, the licence, the code of conduct. */
const RULES = String.raw`(?:robots\.txt|(?:(?:published|posted|API|request|our|the|site['’]s|its)\s{1,3}){0,2}(?:rate[-\s]?limits?|crawl[-\s]?delay|request\s{1,3}limits?|quotas?|limits?|terms(?:\s{1,3}of\s{1,3}(?:service|use))?|ToS|licen[cs]e(?:\s{1,3}terms)?|usage\s{1,3}(?:terms|polic(?:y|ies))|code\s{1,3}of\s{1,3}conduct|contribut\w{0,6}\s{1,3}guidelines|crawling\s{1,3}rules|noindex|nofollow|robots\s{1,3}(?:meta\s{1,3})?(?:tags?|directives?)|branch\s{1,3}protection|review\s{1,3}process)` +
  String.raw`|limites?(?:\s{1,3}de\s{1,3}\p{L}{2,12})?|quotas?|cuotas?|cotas?|quote|conditions(?:\s{1,3}d['’]utilisation)?|t[ée]rmin[oi]s(?:\s{1,3}d[ei]\s{1,3}\p{L}{2,12})?|termos(?:\s{1,3}de\s{1,3}\p{L}{2,12})?|licen(?:ce|cia|ça|za)|c[óo]di(?:go|ce)\s{1,3}d[ei]\s{1,3}(?:conducta|conduta|condotta)|code\s{1,3}de\s{1,3}conduite|r[èe]gles|reglas|regras|regole|normas|límites?|limiti|Rate-?Limits?|Ratenlimits?|Limits?|Quoten?|Nutzungsbedingungen|Lizenz|Verhaltenskodex|Regeln)`;
const DET = String.raw`(?:(?:the|our|this\s{1,3}site['’]s|its|any|all|these|le|les|la|l['’]|nos|notre|el|los|las|nuestros?|nuestras?|sus|il|i|gli|le|nostri|nostre|o|os|as|nossos?|nossas?|die|den|das|unsere?n?)\s{0,3})?`;

const HEADS = [
  // English: a negated act, respect for the rules, asking or waiting first.
  String.raw`(?:don['’]t|do\s{1,3}not|never|avoid|refrain\s{1,3}from)\s{1,3}(?:(?:ever|try(?:ing)?\s{1,3}to|attempt(?:ing)?\s{1,3}to)\s{1,3})?${EN_ACT}(?![\p{L}])`,
  String.raw`(?:respect(?:ing)?|honou?r|observe|obey|abide\s{1,3}by|adhere\s{1,3}to|stick\s{1,3}to|stay\s{1,3}(?:within|under|below)|keep\s{1,3}(?:within|under|below|to)|follow|comply\s{1,3}with)\s{1,3}${DET}${RULES}(?![\p{L}])`,
  String.raw`(?:ask|check\s{1,3}with|consult)\s{1,3}(?:(?:a|an|the|one\s{1,3}of\s{1,3}the)\s{1,3})?(?:(?:human|project)\s{1,3})?(?:maintainers?|humans?|users?|owners?|reviewers?|us|someone|team|operators?|people)?\s{0,3}(?:first|before|for\s{1,3}(?:permission|approval|confirmation|a\s{1,3}review))(?![\p{L}])`,
  String.raw`(?:wait\s{1,3}for|get|obtain|seek)\s{1,3}(?:(?:a|an|the|explicit|written|human|maintainer|maintainers['’]?)\s{1,3}){0,2}(?:approval|review|sign-?off|permission|confirmation|go-ahead)(?![\p{L}])`,
  // A rate asked of crawlers: "crawl at most once per minute", "limit your requests to 1/s", "don't send more than 10 requests".
  String.raw`(?:crawl|fetch|request|scrap|hit|access|query|poll|visit|rastre|explor|crawle)\p{L}{0,4}\s{1,3}(?:[\p{L}.'’-]{1,20}\s{1,3}){0,3}?(?:at\s{1,3}most|no\s{1,3}more\s{1,3}(?:often\s{1,3})?than|not\s{1,3}more\s{1,3}(?:often\s{1,3})?than|less\s{1,3}often\s{1,3}than|como\s{1,3}m[áa]ximo|au\s{1,3}plus|pas\s{1,3}plus\s{1,3}d['’]|h[öo]chstens|maximal|nicht\s{1,3}[öo]fter\s{1,3}als)(?![\p{L}])`,
  String.raw`(?:limit|throttle|cap|limitez|limita|limite|begrenz)\p{L}{0,3}\s{1,3}(?:your|vos|tus|sus|Ihre|deine)?\s{0,3}(?:requests?|crawl(?:ing|\s{1,3}rate)?|rate|traffic|requêtes|solicitudes|peticiones|Anfragen|Zugriffe)(?![\p{L}])`,
  String.raw`(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:make|send|fire|issue)\s{1,3}more\s{1,3}than(?![\p{L}])`,
  // French.
  String.raw`(?:ne\s{1,3}(?:pas|jamais)\s{1,3}(?:(?:essayer|tenter)\s{1,3}d['’]\s{0,2})?${FR_ACT}|ne\s{1,3}${FR_ACT}\s{1,3}(?:pas|jamais)|n['’]\s{0,2}(?:(?:essayez|tentez)\s{1,3}(?:pas|jamais)\s{1,3}d['’]\s{0,2}${FR_ACT}|${FR_ACT}\s{1,3}(?:pas|jamais)))`,
  String.raw`respect\p{L}*\s{1,3}${DET}${RULES}(?![\p{L}])`,
  String.raw`(?:demand\p{L}*\s{1,3}(?:(?:à|a)\s{1,3}(?:un|une|le|la|l['’])\s{0,3}\p{L}{2,20}\s{1,3})?(?:avant|d['’]abord|la\s{1,3}permission|l['’]autorisation)|attend\p{L}*\s{1,3}(?:l['’]|une\s{1,3}|la\s{1,3})(?:approbation|validation|revue|autorisation))`,
  // Spanish, Italian, Portuguese.
  String.raw`no\s{1,3}(?:intent\p{L}*\s{1,3})?${ES_ACT}`,
  String.raw`non\s{1,3}(?:(?:provare|cercare|tentare)\s{1,3}(?:a|di)\s{1,3})?${IT_ACT}`,
  String.raw`não\s{1,3}(?:tent\p{L}*\s{1,3})?${PT_ACT}`,
  String.raw`(?:respet|rispett|respeit)\p{L}*\s{1,3}${DET}${RULES}(?![\p{L}])`,
  String.raw`(?:pregunt|chied|pergunt)\p{L}*\s{1,3}(?:(?:a|ao|à)\s{1,3}(?:\p{L}{1,20}\s{1,3}){1,2})?(?:antes|prima)(?![\p{L}])`,
  String.raw`(?:esper\p{L}*\s{1,3}(?:la|una)|attend\p{L}*\s{1,3}(?:l['’]|un['’])|aguard\p{L}*\s{1,3}(?:a|uma))\s{0,3}(?:aprobación|revisión|autorización|approvazione|revisione|autorizzazione|aprovação|revisão|autorização)`,
  // German: the act and its "nicht" in either order, respect, asking first.
  String.raw`(?:${DE_ACT}(?:\s{1,3}Sie)?\s{1,3}(?:[\p{L}\d._\/-]{1,30}\s{1,3}){0,4}(?:nicht|niemals|nie)(?![\p{L}])|(?:nicht|keine?n?|niemals)\s{1,3}(?:[\p{L}\d._\/-]{1,30}\s{1,3}){0,4}${DE_ACT})`,
  String.raw`(?:respektier|beacht|befolg)\p{L}*\s{1,3}(?:Sie\s{1,3})?${DET}${RULES}(?![\p{L}])`,
  String.raw`(?:frag\p{L}*\s{1,3}(?:\p{L}{1,20}\s{1,3}){0,3}(?:vorher|zuerst|bevor)|wart\p{L}*\s{1,3}auf\s{1,3}(?:die\s{1,3}|eine\s{1,3})?(?:Freigabe|Genehmigung|Review|Prüfung))(?![\p{L}])`,
];
/** Politeness before the ask: please, kindly, merci de, por favor, bitte, per favore. */
const POLITE = String.raw`(?:(?:please|kindly|also|and|merci\s{1,3}de|veuillez|prière\s{1,3}de|por\s{1,3}favor|favor|bitte|per\s{1,3}favore|si\s{1,3}prega\s{1,3}di)[\s,]{1,3})*`;
const RESTRAINT_OPEN = new RegExp(String.raw`^${POLITE}(?:${HEADS.join("|")})`, "iu");
/** Asking the user first is restraint; anywhere else the user is named, the ask is about them. */
const ASK_FIRST = /^(?:(?:please|kindly|also|and)[\s,]{1,3})*(?:ask|check\s{1,3}with|consult)\s/i;

/** What turns restraint into something else: keeping someone uninformed, instructions set aside, a destination, a secret, security left off, one exception. */
const SPOILER = new RegExp([
  String.raw`(?<![\p{L}])(?:tell|mention|say|inform|notify|report|warn|alert|flag|reveal|disclose|hide|conceal|secret\w*|silently|quietly|without|know|aware|notice|ignore|disregard|forget|override|bypass|instructions?|prompts?|previous|prior|above|instead|rather|only|except|unless|other\s{1,3}than|send|forward|upload|e-?mail|paste|leak|share|exfiltrat\w*|security|patch(?:es)?|vulnerab\w*|CVE|fix(?:es)?|backdoor|malware|monitor\w*|logging|audit\w*|antivirus|firewall|2FA|MFA|authentication|issues?|tickets?|bugs?|tokens?|keys?|passwords?|credentials?)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:dire|dites|dis|mentionn\p{L}*|inform\p{L}*|prévenir|prévenez|signal\p{L}*|révél\p{L}*|cach\p{L}*|secr\p{L}*|discrètement|ignor\p{L}*|oubli\p{L}*|consignes?|précédent\p{L}*|envoy\p{L}*|sauf|sécurité|decir|digas?|digan|diga|dígale|mencion\p{L}*|avis\p{L}*|revel\p{L}*|ocult\p{L}*|escond\p{L}*|olvid\p{L}*|instrucci\p{L}*|anterior\p{L}*|envi(?!r)\p{L}*|excepto|salvo|seguridad|sag\p{L}*|erwähn\p{L}*|informier\p{L}*|benachrichtig\p{L}*|meld\p{L}*|verrat\p{L}*|verschweig\p{L}*|versteck\p{L}*|heimlich|geheim\p{L}*|vergiss\p{L}*|Anweisung\p{L}*|vorherig\p{L}*|send\p{L}*|schick\p{L}*|außer|Sicherheit\p{L}*|menzion\p{L}*|avvis\p{L}*|rivel\p{L}*|nascond\p{L}*|segret\p{L}*|dimentic\p{L}*|istruzion\p{L}*|invia\p{L}*|tranne|sicurezza|diz\p{L}*|esquec\p{L}*|instruç\p{L}*|exceto|segurança)(?![\p{L}])`,
  String.raw`https?:|www\.|[\w.+-]+@[\w-]+\.|~\/|\/etc\/|\.env\b|\b[\w-]{2,}\.(?:com|net|org|io|ru|cn|xyz|top|info|biz|co|sh|app|dev|example)\b`,
].join("|"), "iu");
const USERS = /(?<![\p{L}])(?:users?|humans?|customers?|utilisateur\p{L}*|usuario\p{L}*|Nutzer\p{L}*|Benutzer\p{L}*|utent\p{L}*|usuári\p{L}*)(?![\p{L}])/iu;

/** The sentence asks only for restraint. */
export function restraintSentence(raw: string): boolean {
  const s = sentenceBody(raw);
  if (s === null || !RESTRAINT_OPEN.test(s) || SPOILER.test(s)) return false;
  if (!ASK_FIRST.test(s) && USERS.test(s)) return false;
  return joinedClausesOpenOnNouns(s, (clause) => RESTRAINT_OPEN.test(clause) && !(!ASK_FIRST.test(clause) && USERS.test(clause)));
}
