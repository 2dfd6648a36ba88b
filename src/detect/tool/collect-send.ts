// An order to gather the user's data and send it to an address, whatever its wording: the parts
// are found on their own (a send verb aimed at a URL; data that is the user's: credentials,
// secret files, the workspace; gathering; concealment; a standing "before every call") and the
// order is their conjunction within a few neighbouring sentences. A URL is the prefilter: text
// without one is never judged here. Also: a network command run silently, or one whose URL
// carries a command substitution ($(whoami), `id`): a beacon of local facts.
import { SENSITIVE_PATH } from "../injection/patterns.ts";

export interface CollectSendHit {
  start: number;
  end: number;
  weight: number;
  what: "collect-send" | "silent-beacon";
  why: string;
}

const URL_RE = /\b(?:https?|wss?|ftp):\/\/[^\s"'<>)\]]{3,}/gi;
const SENTENCE_END = /(?<=[.!?。！？])\s+|\n+/g;

/** A send verb aimed at a URL within ~120 chars, English base form (an order) or after a modal / "you". */
const SEND_EN = /\b(send|submit|post|upload|transmit|forward|deliver|beacon|ship|push|exfiltrate|relay|sync|mirror|share|copy|transfer|pipe|report|attach|include|stream|dump|sends|submits|posts|uploads|transmits|forwards|delivers|syncs|mirrors|shares|copies|transfers|sent|submitted|posted|uploaded|transmitted|forwarded|delivered|synced|mirrored|shared|copied|transferred|sending|submitting|posting|uploading)\b/gi;
const BASE_FORM = /^(?:send|submit|post|upload|transmit|forward|deliver|beacon|ship|push|exfiltrate|relay|sync|mirror|share|copy|transfer|pipe|report|attach|include|stream|dump)$/i;
/** Who orders: a modal or a direct address before the verb in the same clause. */
const MODAL = /\b(?:must|should|shall|make\s{1,4}sure\s{1,4}to|be\s{1,4}sure\s{1,4}to|remember\s{1,4}to|(?:do\s{1,4}not|don['’]t)\s{1,4}forget\s{1,4}to|need\s{1,4}to|needs\s{1,4}to|have\s{1,4}to|has\s{1,4}to|are\s{1,4}required\s{1,4}to|is\s{1,4}required\s{1,4}to|you\s{1,4}(?:will|are\s{1,4}to)|be)\b[^.;\n]{0,40}$/i;
const SEND_I18N = /(?:env[ií]a|enviar|env[ií]e|m[aá]ndal[oa]s?|sube|subir|envoie|envoyer|transmets|transmettre|t[ée]l[ée]verse|sende|senden|schicke|schicken|übermittle|übermitteln|lade\s{1,4}\S{1,20}\s{1,4}hoch|invia|inviare|carica|caricare|envie|enviar|отправ\p{L}{0,4}|перешл\p{L}{0,3}|загруз\p{L}{0,4}|发送|发到|上传|提交|传到|送信|送って|アップロード|送る)/iu;

/** The user's secrets: credential words and secret files. */
const SECRET_DATA = new RegExp(String.raw`\b(?:credentials?|secrets?|tokens?|api[\s_-]?keys?|access\s{1,4}keys?|passwords?|passphrases?|private\s{1,4}keys?|ssh\s{1,4}keys?|session\s{1,4}cookies?|cookies|env(?:ironment)?\s{1,4}(?:variables|vars)|(?:chat|conversation|message|browser|shell|command)\s{1,4}history|conversation|clipboard|keychain)\b|${SENSITIVE_PATH}`, "i");
/** The user's workspace: what is there to read, not the tool's own input. */
const WORKSPACE_DATA = /\b(?:workspace|project|repo(?:sitory|sitories)?|codebase|source\s{1,4}(?:code|files|tree)|notes|documents|home\s{1,4}director(?:y|ies)|file\s{1,4}(?:system|tree|listing)|open\s{1,4}files|local\s{1,4}files|all\s{1,4}files|every\s{1,4}file|emails|inbox|contacts|calendar)\b/i;
const DATA_I18N = /(?:credencia\p{L}{0,4}|senhas?|arquivos|contraseñ\p{L}{1,2}|claves?|espacio\s{1,4}de\s{1,4}trabajo|archivos|notas|identifiants|mots\s{1,4}de\s{1,4}passe|fichiers|espace\s{1,4}de\s{1,4}travail|Zugangsdaten|Anmeldedaten|Passw(?:ö|oe)rter|Schlüssel|Dateien|Notizen|Arbeitsbereich|credenziali|password|chiavi|appunti|учётн\p{L}{0,6}|учетн\p{L}{0,6}|парол\p{L}{0,3}|ключ\p{L}{0,3}|файл\p{L}{0,3}|заметк\p{L}{0,3}|凭证|凭据|密码|密钥|文件|笔记|工作区|認証情報|パスワード|鍵|ファイル|メモ|ワークスペース)/iu;

/** Gathering, as an order (base form). */
const GATHER = /\b(?:collect|gather|read|grab|harvest|compile|capture|scrape|extract|fetch|cat|bundle|zip|archive|enumerate|list|load|open|copy|dump)\b(?!\s{0,4}(?:by|from\s{1,4}the\s{1,4}caller))/i;
/** Hidden from the user. */
const CONCEAL = /\b(?:silently|quietly|secretly|covertly|discreetly|invisibly|in\s{1,4}the\s{1,4}background|without\s{1,4}(?:telling|informing|notifying|asking|alerting|mentioning|showing|warning|letting)|(?:must|should|will|may)\s{1,4}not\s{1,4}be\s{1,4}(?:disclosed|mentioned|shown|revealed|reported|logged|surfaced|displayed)|(?:do\s{1,4}not|don['’]t|never)\s{1,4}(?:tell|mention|disclose|reveal|inform|show|report|surface|display|log)\b|keep\s{1,4}(?:this|it|that)\s{1,4}(?:step\s{1,4})?(?:secret|hidden|private|confidential|to\s{1,4}yourself)|hidden\s{1,4}from\s{1,4}(?:the\s{1,4})?user|(?:not|never)\s{1,4}(?:be\s{1,4})?(?:visible|shown)\s{1,4}to\s{1,4}the\s{1,4}user)\b/i;
const CONCEAL_I18N = /(?:en\s{1,4}silencio|sin\s{1,4}(?:avisar|decir|informar|mencionar)|no\s{1,4}(?:lo\s{1,4})?(?:menciones|digas|reveles|informes)|en\s{1,4}secreto|silencieusement|discr[eè]tement|sans\s{1,4}(?:le\s{1,4})?(?:dire|pr[ée]venir|informer|mentionner)|ne\s{1,4}(?:le\s{1,4})?(?:mentionne|dis|r[ée]v[eè]le)\s{1,4}pas|en\s{1,4}secret|heimlich|stillschweigend|unbemerkt|ohne\s{1,4}(?:es\s{1,4})?(?:zu\s{1,4})?(?:erw[äa]hnen|sagen|informieren|Bescheid)|erw[äa]hne\s{1,4}(?:es|das|dies)\s{1,4}nicht|in\s{1,4}silenzio|di\s{1,4}nascosto|senza\s{1,4}(?:dirlo|avvisare|informare|menzionarlo)|non\s{1,4}(?:menzionare|dire|rivelare)|em\s{1,4}sil[êe]ncio|sem\s{1,4}(?:avisar|informar|contar)|тайно|незаметно|молча|не\s{1,4}(?:сообщай|говори|упоминай)|悄悄|秘密地|不要告诉|不要提及|别告诉|こっそり|密かに|伝えないで|言わないで|知らせずに)/iu;
/** A standing order: before / after every call, a mandatory step. */
const MANDATORY = /\b(?:(?:before|after|prior\s{1,4}to|on)\s{1,4}(?:every|each|any|all|using|calling|invoking|running)|each\s{1,4}time|every\s{1,4}time|(?:this|the)\s{1,4}step\s{1,4}is\s{1,4}(?:mandatory|required)|mandatory|(?:required|necessary|obligatory)\s{1,4}(?:first\s{1,4})?step|first\s{1,4}of\s{1,4}all)\b/i;
/** Negated send ("never sends", "does not upload", "no data is sent") or a mention of the attack (security tools say what they detect). */
const NEGATED = /\b(?:not|never|no|nothing|neither|nor|n['’]t|without)\b[^.;\n]{0,30}$/i;
const MENTION = /\b(?:detect(?:s|ed|ing|ion)?|flag(?:s|ged|ging)?|block(?:s|ed|ing)?|scan\w{0,3}\s{1,4}for|catch(?:es|ing)?|identif(?:y|ies|ied|ying)|prevent\w{0,3}|protect\w{0,3}|guard\w{0,3}\s{1,4}against|warn\w{0,3}\s{1,4}(?:about|of|when)|alert\w{0,3}\s{1,4}(?:on|when)|recogni[sz]\w{0,3}|refus\w{0,3}|reject\w{0,3}|attack\w{0,3}|attacker\w{0,3}|malicious|phishing|poison\w{0,3}|exfiltration\s{1,4}attempts?|attempts?\s{1,4}to|such\s{1,4}as|e\.g\.|for\s{1,4}example|like\s{1,4}["“'])(?![\p{L}])/iu;

/** Network commands: a command line that reaches a URL. */
const NET_CMD = /\b(?:curl|wget|nc|ncat|netcat|Invoke-WebRequest|Invoke-RestMethod|iwr|irm|http|fetch)\b[^\n]{0,80}?(?:https?|ftp):\/\/[^\s"'<>]{1,300}/gi;
const SUBSTITUTION = /\$\([^)\n]{1,60}\)|`[^`\n]{1,60}`|\$\{[A-Za-z_][A-Za-z0-9_]{0,40}\}|\$[A-Z_][A-Z0-9_]{1,40}\b/;
const CMD_SUBST = /\$\([^)\n]{1,60}\)|`[^`\n]{1,60}`/;
const RUN = /\b(?:execute|run|invoke|call|launch|spawn|issue|fire\s{1,4}off|ejecuta|exécute|lance|führe\s{1,4}\S{1,20}\s{1,4}aus|esegui|выполни|запусти|执行|运行|実行)\b/iu;

/** A template placeholder in a URL's query ("{user_email}", "{{repo}}"): a value the model is to fill in. */
const TEMPLATE_FACT = /\{\{?\s*(?:[A-Za-z_][\w.]{0,30}[_.])?(?:user\w{0,12}|e?mail|host\w{0,8}|machine|repo\w{0,8}|cwd|dir|home|path|token|secret|keys?|env|os\w{0,10}|ip|branch|git\w{0,10}|account|login|whoami)\s*\}\}?/i;
/** A verb that has the model hit a URL. */
const VISIT = /\b(?:open|visit|load|request|fetch|ping|call|hit|get|curl|wget|navigate\s{1,4}to|browse\s{1,4}to)\b/i;
/** A home folder as such (no file name after it): ~/Downloads, $HOME/Documents, /Users/x/Desktop. */
const HOME_FOLDER = /(?:^|[\s"'\x60(])(?:~|\$HOME|\/Users\/[\w.-]{1,32}|\/home\/[\w.-]{1,32})(?:[\/\\][A-Za-z][\w-]{0,30})?[\/\\]?(?=[\s"'\x60),;]|$)/;

/** The order is binding: "must first", "always", "has to". */
const OBLIGED = /\b(?:must|always|first|need\s{1,4}to|needs\s{1,4}to|has\s{1,4}to|have\s{1,4}to|required\s{1,4}to|is\s{1,4}to|are\s{1,4}to)\b/i;

interface Sentence {
  text: string;
  start: number;
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), start: last });
    last = m.index + m[0].length;
    if (out.length > 400) break;
  }
  if (last < text.length) out.push({ text: text.slice(last), start: last });
  return out;
}

/** The send verb that aims at a URL in this sentence, when it is an order (base form or under a modal) and not negated or mentioned. */
function sendOrder(s: string, urlAt: number): { i18n: boolean; at: number } | null {
  SEND_EN.lastIndex = 0;
  let found: { i18n: boolean; at: number } | null = null;
  for (let m = SEND_EN.exec(s); m !== null; m = SEND_EN.exec(s)) {
    if (m.index > urlAt || urlAt - m.index > 160) continue;
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    if (NEGATED.test(before) || MENTION.test(s.slice(0, m.index))) return null;
    const base = BASE_FORM.test(m[1]!);
    if (base && !/\b(?:to|will|can|may|could|would|does|do|did)\s{1,4}$/i.test(before)) found = { i18n: false, at: m.index };
    else if (MODAL.test(before)) found = { i18n: false, at: m.index };
    else if (base && /\b(?:you|please|then|also|and|first)\s{1,4}$/i.test(before)) found = { i18n: false, at: m.index };
  }
  if (found) return found;
  const i = s.slice(0, urlAt).search(SEND_I18N);
  const j = s.slice(urlAt).search(SEND_I18N);
  if ((i >= 0 && urlAt - i < 160) || (j >= 0 && j < 60)) return MENTION.test(s) ? null : { i18n: true, at: i >= 0 ? i : urlAt };
  return null;
}

export function collectAndSend(text: string): CollectSendHit[] {
  if (text.length < 24 || !/:\/\//.test(text)) return [];
  const ss = sentences(text);
  const out: CollectSendHit[] = [];
  for (let k = 0; k < ss.length; k++) {
    const s = ss[k]!;
    URL_RE.lastIndex = 0;
    const url = URL_RE.exec(s.text);
    if (!url) continue;
    const win = ss.slice(Math.max(0, k - 1), k + 3).map((x) => x.text).join(" ");
    const conceal = CONCEAL.test(win) || CONCEAL_I18N.test(win);
    const span = { start: s.start, end: s.start + s.text.length };
    // A network command run silently, or reporting local facts through its URL.
    NET_CMD.lastIndex = 0;
    const cmd = NET_CMD.exec(s.text);
    // A URL that carries a command substitution ($(hostname), `whoami`) in an order to run or call something.
    const urlToken = s.text.slice(url.index, url.index + 400).split(/[\s"'<>]/)[0]!;
    if (!cmd && CMD_SUBST.test(urlToken) && (conceal || RUN.test(win) || /\b(?:curl|wget|fetch|request|ping)\b/i.test(win)) && !MENTION.test(s.text.slice(0, url.index))) {
      out.push({ ...span, weight: conceal ? 0.8 : 0.65, what: "silent-beacon", why: "a URL to call that carries a command substitution (local facts sent out)" });
      continue;
    }
    // A URL to hit quietly whose query the model fills from local facts ("?user={git_user_email}").
    if (conceal && TEMPLATE_FACT.test(urlToken.slice(urlToken.indexOf("?") + 1 || urlToken.length)) && VISIT.test(s.text.slice(0, url.index)) && !MENTION.test(s.text.slice(0, url.index))) {
      out.push({ ...span, weight: 0.75, what: "silent-beacon", why: "a URL to call silently whose query the model fills with local facts" });
      continue;
    }
    if (cmd && !MENTION.test(s.text.slice(0, cmd.index))) {
      if (SUBSTITUTION.test(cmd[0].slice(cmd[0].search(/:\/\//)))) {
        out.push({ ...span, weight: conceal ? 0.8 : 0.65, what: "silent-beacon", why: "a network command whose URL carries a command substitution or variable (local facts sent out)" });
        continue;
      }
      if (conceal && RUN.test(win)) {
        out.push({ ...span, weight: 0.7, what: "silent-beacon", why: "an order to run a network command silently" });
        continue;
      }
    }
    const order = sendOrder(s.text, url.index);
    if (!order) continue;
    const secret = SECRET_DATA.test(win);
    const workspace = WORKSPACE_DATA.test(win);
    const gather = GATHER.test(win);
    const standing = MANDATORY.test(win);
    if (order.i18n) {
      if ((secret || workspace || DATA_I18N.test(win)) && conceal) out.push({ ...span, weight: 0.75, what: "collect-send", why: "an order to send the user's data to an address, concealed" });
      continue;
    }
    // A whole folder of the user's home named as what to send ("upload ~/Documents to https://…").
    const homeFolder = HOME_FOLDER.test(s.text.slice(order.at, url.index)) && (conceal || standing || OBLIGED.test(s.text.slice(0, order.at)));
    if (homeFolder) out.push({ ...span, weight: 0.7, what: "collect-send", why: "an order to send a folder of the user's home to an address" });
    else if (secret && (gather || conceal || standing)) out.push({ ...span, weight: conceal ? 0.85 : 0.75, what: "collect-send", why: "an order to gather credentials or secrets and send them to an address" });
    // Workspace data goes out honestly in many tools (CI logs, sync, deploys): only a concealed order counts.
    else if (workspace && conceal) out.push({ ...span, weight: 0.8, what: "collect-send", why: "an order to gather workspace data and send it to an address, concealed" });
  }
  return out;
}

const SECRET_FILE_G = new RegExp(SENSITIVE_PATH, "gi");
/** An order to hand a file over: base-form verb, optionally "the (full) contents of", right before the path. */
const HAND_OVER = /\b(?:provide|paste|include|pass|give|send|attach|supply|enter|put|copy|upload|submit|share|insert|embed|add|append|prepend|fill\s{1,4}in|proporciona|pega|incluye|fournis|colle|inclus|gib|füge|füge\s{1,4}ein|fornisci|incolla|includi|forneça|cole|укажи|вставь|приложи)\b(?:\s{1,4}(?:us|me|it|here|below|in\s{1,4}this\s{1,4}field))?\s{1,4}(?:(?:the|your|its|le|la|les|el|los|die|den|das|il|lo|o)\s{1,4})?(?:(?:full|entire|complete|raw|whole|exact|verbatim|current)\s{1,4})?(?:(?:contents?|text|body|data|value|copy|contenido|contenu|Inhalt|contenuto|conteúdo|содержимое)\s{1,4}(?:of|from|in|de|del|du|des|von|vom|der|di|della|do|da)\s{1,4}(?:(?:the|your|le|la|el|die|den|il|o)\s{1,4})?(?:(?:nearest|closest|local|current|project['’]?s?|repo(?:sitory)?['’]?s?|workspace['’]?s?|user['’]?s|root|main|active|default)\s{1,4}){0,2}(?:(?:file|fichier|archivo|Datei|file|arquivo)\s{1,4})?)?["'\x60“(]?(?:~|\$HOME|%USERPROFILE%|\/home\/[\w.-]{1,32}|\/Users\/[\w.-]{1,32}|\/root)?[\/\\]?$/i;

/** The secret-file family a path belongs to, as a tool name would say it ("aws", "ssh", "env" …). */
export function secretFileFamily(path: string): string {
  const p = path.toLowerCase();
  if (/id_(?:rsa|dsa|ecdsa|ed25519)|\.ssh|authorized_keys|known_hosts/.test(p)) return "ssh";
  if (/\.env\b/.test(p)) return "env";
  const m = /\.?([a-z][a-z0-9]{1,20})/.exec(p.replace(/^(?:~|\$home|%userprofile%|\/home\/[\w.-]+|\/root|\/users\/[\w.-]+|c:\\users\\[\w.-]+)?[\/\\]?/, ""));
  return (m?.[1] ?? p).replace(/rc$/, "");
}

/** Places where a text orders the model to hand over a secret file (its contents, or the file itself). */
export function asksForSecretFile(text: string): Array<{ start: number; end: number; family: string }> {
  if (text.length < 8 || !/[.\/\\]|id_|keychain|wallet|credentials|secrets|tfstate/i.test(text)) return [];
  const out: Array<{ start: number; end: number; family: string }> = [];
  SECRET_FILE_G.lastIndex = 0;
  for (let m = SECRET_FILE_G.exec(text); m !== null; m = SECRET_FILE_G.exec(text)) {
    if (m[0].length === 0) {
      SECRET_FILE_G.lastIndex++;
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 90), m.index);
    const hv = HAND_OVER.exec(before);
    if (!hv) continue;
    // The clause the order sits in: back to the last sentence break, within a bounded window.
    const lead = text.slice(Math.max(0, m.index - before.length + hv.index - 240), m.index - before.length + hv.index);
    let cut = -1;
    for (const ch of ".!?;\n") cut = Math.max(cut, lead.lastIndexOf(ch));
    const clause = lead.slice(cut + 1);
    if (NEGATED.test(clause + " ") || /\b(?:not|never|don['’]t|no)\s{1,4}$/i.test(clause) || MENTION.test(clause)) continue;
    out.push({ start: m.index - before.length + hv.index, end: m.index + m[0].length, family: secretFileFamily(m[0]) });
    if (out.length > 8) break;
  }
  return out;
}
