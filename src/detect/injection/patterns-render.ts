// Render-to-exfiltrate: markup that makes the reader's client fetch a URL the moment it is shown
// (a markdown or HTML image, a frame) or that it is told to open (a link), where the URL's query
// has a slot for the reader's data ("?d=PASTE_SECRETS_HERE", "?q={conversation}"): rendering or
// following it hands that data to whoever runs the host. Also a frame hidden from the reader that
// loads another site's page. Judged on the URL's structure, not on host names: real pages embed
// images with query strings (resizers, badges, avatars, pixels) and frames (video embeds) all the
// time; what they lack is a value that is a placeholder for data the reader holds.
import type { Family, Pattern } from "./pattern-set.ts";

/** Families an order beside a weak render signal (a link with a generic data slot) may carry. */
const ORDER_PARTNERS: readonly Family[] = ["order", "exfil", "credential", "override", "addressed", "pseudo-tag", "template", "directive", "concealment", "role", "output"];

// What a slot names, by the words of its placeholder (split on _ - . space and case changes).
// Strong: data an agent holds that must not leave (secrets, the conversation, private records).
const STRONG = /^(?:secrets?|tokens?|keys?|apikeys?|passwords?|passwd|passphrase|credentials?|creds?|cookies?|sessions?|env|environment|conversations?|chats?|history|transcripts?|memory|memories|prompts?|pii|sensitive|private|personal|confidential|ssn|datos|secretos?|contrase(?:ñ|n)as?|claves?|llaves?|senhas?|segredos?|chaves?|dados|jetons?|cl(?:é|e)s|schl(?:ü|u)ssel|geheim\p{L}*|passw(?:ö|o)rter|daten|donn(?:é|e)es|mots?depasse|секрет\p{L}*|парол\p{L}*|данн\p{L}*|токен\p{L}*|ключ\p{L}*|密码|密碼|数据|數據|秘密|令牌|密钥|機密|パスワード|トークン)$/iu;
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
  if (v.length < 2 || v.length > 80) return null;
  const wrapped = /^(?:\$?\{\{?\s{0,3}([^{}]{1,60}?)\s{0,3}\}?\}|\[\s{0,3}([^\[\]]{1,60}?)\s{0,3}\]|<\s{0,3}([^<>]{1,60}?)\s{0,3}>|\$([A-Za-z_][\w]{1,60})|%([A-Za-z_][\w]{1,60})%)$/.exec(v);
  let inner: string;
  if (wrapped) inner = wrapped.slice(1).find((g) => g !== undefined)!;
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

/** The strongest data slot among a URL's query values, or null. */
export function dataSlot(url: string): SlotKind | null {
  const q = url.indexOf("?");
  if (q < 0) return null;
  let best: SlotKind | null = null;
  for (const pair of url.slice(q + 1).split(/[&;#]/).slice(0, 40)) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const words = placeholderWords(pair.slice(eq + 1));
    if (!words || ownParameter(pair.slice(0, eq), words) || IDENTIFIER.test(words[words.length - 1]!)) continue;
    if (words.some((w) => STRONG.test(w))) return "strong";
    if (words.some((w) => GENERIC.test(w))) best = "generic";
  }
  return best;
}

/** Tags whose URL the client loads on its own as the page renders. */
const AUTO_LOAD = /^(?:!|<\s{0,2}(?:img|image|iframe|frame|embed|object|source|video|audio|input|script|track))/i;
function urlOf(match: string): string {
  const m = /(?:\]\(\s{0,3}<?|=\s{0,3}["']?)(https?:\/\/[^\s"'<>)]{1,2000})/i.exec(match);
  return m ? m[1]! : "";
}

/** Markdown image / link, or an HTML element with a URL attribute, up to the end of the URL. */
const SINK = /!?\[[^\]\n]{0,200}\]\(\s{0,3}<?https?:\/\/[^\s)<>"']{1,2000}|<\s{0,2}(?:img|image|iframe|frame|embed|object|source|video|audio|input|script|track|a|area|link|form)\b[^<>]{0,600}?\b(?:src|href|data|poster|action|xlink:href)\s{0,3}=\s{0,3}["']?https?:\/\/[^\s"'<>]{1,2000}/gi;

export const RENDER_PATTERNS: readonly Pattern[] = [
  {
    id: "exfil.render-slot", family: "exfil", weight: 0.6, codeDamp: 0.3,
    description: "Markup that sends the reader's data away when rendered or followed: an image, frame or link whose URL query has a slot for secrets or data",
    re: SINK,
    anchors: ["](", "src", "href", "<object", "action"], also: ["?"], before: 700, after: 2100, partners: ORDER_PARTNERS,
    judge: (m) => {
      const url = urlOf(m);
      const slot = url ? dataSlot(url) : null;
      if (slot === null) return 0;
      const auto = AUTO_LOAD.test(m);
      // Loaded on render: any slot; a link must be followed: one naming secrets, or an order beside it.
      if (auto) return 1;
      return slot === "strong" ? 0.85 : 0.5;
    },
  },
];
