// A credential named in a sentence and its value stated after it, in chat or issue prose, in any
// of the languages people write them in: "the new BrowserStack key? it's X", "Voici la clé Ably
// pour la prod : X", "der neue Storyblok-Schlüssel lautet X", "atualizei o token do Chromatic: X",
// "la clave de Convex (X)", "新しいキーは「X」です", "Yandex 的密钥换了，新的是 X". The mirror of
// value-then-name.ts (value first, name after). Anchored at the noun; the value follows within the
// sentence after a copula, a colon or an opening quote, and must be opaque. A noun qualified as
// public or example, or a sentence about an id, hash or fingerprint, is not taken.
import type { Matcher, MatchResult, Rule } from "./types.ts";
import { isWordCode, matchesAtKeywords, opaqueLiteral, randomUuid, result, rule, UUID } from "./call-arguments.ts";
import { shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { randomLetters } from "./builtin-near.ts";
import { djangoKey, namedAppPassword, SET_VERBS } from "./name-then-literal.ts";
import { DJANGO_CHARS } from "./secret-name.ts";
import { vendorObjectId } from "../vendor-object-id.ts";
import { drawnPassword } from "./value-then-name.ts";
import { setApartAhead, setApartAheadFinder, setApartDraw, setApartLowerDraw, setApartValue } from "./set-apart-value.ts";
import { announcedValue, colonLineAhead, DOCUMENTED_BEFORE, NOT_ANNOUNCED, PASSWORD_NOUNS, passwordNounAt, shortPassword } from "./announced-password.ts";
import { lesser } from "../bounds.ts";
import { encodedSettings } from "./encoded-settings.ts";

/** Chat's short forms of a credential's noun ("creds used: `…`", "pw: '…'", French "mdp"): a value only set apart in quotes or backticks. */
const ABBREVIATED_NOUNS = ["creds", "cred", "pw", "pwd", "passwd", "mdp"];
const ABBREVIATED = new RegExp(`^(?:${ABBREVIATED_NOUNS.join("|")})$`, "i");
/** Not a path (`pwd` prints one) nor a git commit's 40 hex, which chat pastes beside "creds fix landed". */
const abbreviatedValue = (v: string) => !/^[/~.]|^[0-9a-f]{40}$/.test(v);

/** The nouns, in every script: the prefilter's keywords (it folds case, non-ASCII letters too) and NOUN's alternatives. */
const NOUNS = ["key", "token", "secret", ...PASSWORD_NOUNS, "jeton", "clave", "chave", "chiave", "apikey",
  "credential", "credentials", "credencial", "credenciales", "credenciais", "credenziali", "identifiants", "zugangsdaten", "認証情報", "凭据", "凭证", "憑證",
  "キー", "トークン", "シークレット", "密钥", "密鑰", "秘钥", "秘鑰", "令牌", "키", "토큰", "시크릿",
  "clé", "schlüssel", "ключ", "токен", "секрет",
  // Hindi; and "access" given as a thing handed over ("tu masz dostęp do X: …", "hier ist der Zugang für X: …").
  "क्रेडेंशियल", "कुंजी", "टोकन", "सीक्रेट", "dostęp", "zugang", "accès", "acceso", "acesso", "доступ", "toegang",
  ...ABBREVIATED_NOUNS];
/** The noun at a hit, the longest first (`credentials`, not `credential` then a letter). */
const NOUN = new RegExp(`(?:${[...NOUNS].sort((x, y) => y.length - x.length).join("|")})`, "giy");

/**
 * From the noun's end to the value: the rest of the sentence (no line break, no full stop), then
 * a copula or colon or an opening quote. Latin-script words end at a non-letter.
 */
const TO_VALUE = new RegExp(
  "^([^\\n\\r。！!]{0,64}?)" +
    "(?:(?:(?<![\\p{L}])(?:is|it's|it’s|it is|was|are|were|lautet|lauten|ist|sind|heißt|est|sont|c'est|c’est|es|son|é|são|è|sono|era|sería|será|vale)[ \\t]{1,3}(?:now[ \\t]{1,3}|jetzt[ \\t]{1,3}|maintenant[ \\t]{1,3}|ahora[ \\t]{1,3}|agora[ \\t]{1,3})?(?:[:：][ \\t]{0,3})?)" +
    "|(?:(?<![\\p{L}])(to|as|auf|à|a|en|como|su)[ \\t]{1,3})" +
    "|(?:[:：][ \\t]{0,3})|(?:は|是|为|為|는|은|이|가)[ \\t]{0,3}|[ \\t][—–-][ \\t]{1,3}|[ \\t]{0,3}(?=[「『“«(（‘\"'`]))" +
    "([「『“«(（‘\"'`][ \\t]{0,2})?" +
    "([A-Za-z0-9+/_.~=:|-][A-Za-z0-9+/_.~=:|!#$%&*@^-]{15,299})",
  "u",
);
/**
 * The value alone on the line after the sentence, which ends in a colon ("Here's the Binance API secret for staging, keep it
 * in the vault:" then a blank line and the value): the same groups as TO_VALUE, the sentence up to 110 characters.
 */
const TO_VALUE_BELOW = /^([^\n\r。！!]{0,110}?)[:：][ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]{0,4}([A-Za-z0-9+/_.~=:|-][A-Za-z0-9+/_.~=:|!#$%&*@^-]{15,299})(?=[ \t]*(?:\r?\n|$))/u;
/** TO_VALUE_BELOW's match in TO_VALUE's groups (no verb, no quote), tried only where the noun's line ends in a colon. */
function valueBelow(rest: string): ReadonlyArray<string | undefined> | null {
  let nl = rest.indexOf("\n");
  if (nl < 0 || nl > 112) return null;
  while (nl > 0 && (rest[nl - 1] === " " || rest[nl - 1] === "\t" || rest[nl - 1] === "\r")) nl--;
  if (rest[nl - 1] !== ":" && rest[nl - 1] !== "：") return null;
  const m = TO_VALUE_BELOW.exec(rest);
  return m && [m[0], m[1], undefined, undefined, m[2]];
}
/**
 * A Django key (50 of `a-z0-9!@#$%^&*(-_=+)`: its parentheses end TO_VALUE's value) after the
 * sentence's colon or copula, on the noun's line or alone on the next ("Here's the django secret
 * key you asked for, …:" then the key). Groups as TO_VALUE's.
 */
const TO_DJANGO_KEY = new RegExp(String.raw`^([^\n\r。！!]{0,110}?)(?:[:：]|(?<![\p{L}])(?:is|it's|lautet|ist|est|es|é|è)(?![\p{L}]))[ \t]*(?:\r?\n(?:[ \t]*\r?\n)?[ \t]{0,4})?([${DJANGO_CHARS}]{50})(?=\s|$|["'\x60.,;])`, "u");
function djangoBelow(rest: string): ReadonlyArray<string | undefined> | null {
  const m = TO_DJANGO_KEY.exec(rest);
  return m && djangoKey(m[2]!, "secret_key") ? [m[0], m[1], undefined, undefined, m[2]] : null;
}
/** What may follow the value: the sentence goes on, or a closing quote or punctuation. */
const VALUE_END = /^(?:$|[\s」』”»)）’"'`,，。、;；!?！？]|\.(?:\s|$)|[:：](?:\s|$))/;
/** The noun or its sentence says public, example, or an identifier, digest or fingerprint. */
const NOT_SECRET = /public|publique|pública|publica|pubblica|öffentlich|公開|公开|公钥|공개|публичн|открыт|example|exemple|beispiel|ejemplo|exemplo|esempio|サンプル|示例|예시|пример|fingerprint|empreinte|fingerabdruck|hash|sha-?\d|checksum|digest|指紋|指纹|哈希|ハッシュ|(?<![A-Za-z])ids?\b|番号|编号|번호|номер|\bref\b|\bname\b|\bnom\b/i;
/** A word before the noun that makes it something else: a keyboard key, a primary key, a public key, Postman's per-request `Postman-Token`. */
const BEFORE_NOUN = /(?:public|publishable|site|primary|encrypted|wrapped|encoded|hashed|foreign|sort|partition|cache|hot|keyboard|license|licence|idempotency|csrf|xsrf|ssh|gpg|pgp|postman-|publique|öffentliche[rn]?|pública|publica|公開|公开|공개)[ \t_-]{0,2}$/i;

/**
 * "public" a word or two before the noun ("the public VAPID key", "publishable Stripe key", "site
 * Turnstile key"): the noun is still a public key, unless a word between makes it a secret's.
 */
const PUBLIC_QUALIFIED = /(?<![\p{L}])(?:public|publishable|site|publique|pública|publica|öffentliche[rn]?)[ \t_-]{1,2}(?:(?!(?:admin|access|secret|auth|private|master|service|root|deploy|signing|server)(?![\p{L}]))[\p{L}\p{N}.]+[ \t_-]{1,2}){1,2}$/iu;

/**
 * "the DeepL auth key one is <uuid> - plug it in": a UUID named as the key that is handed over,
 * a hand-over of "it" after the value (or before the noun) in the sentence.
 */
const HANDED_IT_AFTER = /^[ \t]{0,3}[-—–,;:]?[^\n.!?]{0,30}?(?<![\p{L}])(?:plug|put|drop|paste|wire|swap|stick|pop|use|try|set|load|add|trag|setz|nimm|mets|utilise|pon|usa|úsala|úsalo|coloca|metti)[ \t]+(?:it|this|that|ihn|sie|es|le|la|lo)(?![\p{L}])/iu;
/** Read in the 32 characters before the noun (the rule's window before its keyword). */
const HANDED_IT_BEFORE = /(?<![\p{L}])(?:plug|put|drop|paste|wire|swap|use|try|set)[ \t]+(?:it|this|that)(?![\p{L}])[^\n.!?]{0,30}$/iu;

/** The verb of an instruction earlier in the noun's sentence ("can you set the Resend API key"). */
const SET_BEFORE = new RegExp(SET_VERBS + String.raw`[ \t][^.!?\n]{0,40}$`, "iu");

/** Lower-case words joined by underscores, then 40+ hex: a vendor's token scoped to a project, org, user or team. */
export const SCOPED_HEX_TOKEN = /^[a-z][a-z0-9]{1,15}(?:_[a-z]{2,12}){1,2}_[0-9a-f]{40,128}$/;

function valueOk(value: string): boolean {
  // Base64 or hex of settings with no credential in them (an env file, a JSON config): the decoders judge what it holds.
  if (encodedSettings(value)) return false;
  // A password drawn with symbols ("…MbU4V!p2XS…"): only as a random draw.
  if (/[!#$%&*@^]/.test(value)) return drawnPassword(value);
  const plain = value.replace(/[|=-]+$/, "");
  if (opaqueLiteral(plain)) return true;
  // Random letters of both cases (no digit), or a lower-case prefixed token ("chpt_4aea…"): named by the sentence.
  if (/^[A-Za-z]{16,64}$/.test(plain)) return randomLetters(plain) && shannonEntropy(plain) >= 3.5 && !isGenericPlaceholder(plain);
  if (/^[a-z][a-z0-9]{1,7}_(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{12,}$/.test(plain)) return shannonEntropy(plain.slice(plain.indexOf("_") + 1)) >= 3.0 && !isGenericPlaceholder(plain);
  // A vendor's scoped token ("depot_project_<64 hex>", "acme_org_<hex>"): the words name its scope, the hex is the secret.
  if (SCOPED_HEX_TOKEN.test(plain)) return shannonEntropy(plain.slice(plain.lastIndexOf("_") + 1)) >= 3.0 && !isGenericPlaceholder(plain);
  // Hex joined by hyphens past a UUID's length (Infobip's "<32 hex>-<uuid>"): a UUID alone is judged below.
  if (/^[0-9a-f]{8,}(?:-[0-9a-f]{4,}){2,}$/i.test(plain) && !UUID.test(plain) && plain.replace(/-/g, "").length >= 40) return shannonEntropy(plain.replace(/-/g, "")) >= 3.0 && !isGenericPlaceholder(plain);
  // A deploy key's label or an app id before a colon or bar ("prod:…|<body>", "abc.def:<body>"): the body is judged.
  // An id and its secret joined by a bar or colon ("<uuid>|<key>", Qdrant Cloud's): the secret is judged.
  const pair = /^([0-9a-f-]{36})[:|]([^:|]{16,300})$/i.exec(plain);
  if (pair && UUID.test(pair[1]!) && opaqueLiteral(pair[2]!)) return true;
  const pieces = plain.split(/[:|]/).filter((p) => p.length >= 16);
  if (pieces.length > 0 && pieces.length < plain.split(/[:|]/).length && pieces.every((p) => p.length <= 300) && pieces.some((p) => opaqueLiteral(p))) return true;
  // A UUID named as the API key ("新しいキーは「<uuid>」"); a UUID after an id's name never reaches here.
  return randomUuid(plain);
}


/**
 * A provider's name right before the noun: a capitalised word after another word (not the
 * sentence's first), and not one naming an id's kind ("the Request key", "our Session token").
 */
function providerBefore(head: string, kindBetween: boolean): boolean {
  const m = (kindBetween ? PROVIDER_THEN_KIND : PROVIDER_RIGHT_BEFORE).exec(head);
  return m !== null && !ID_KIND.test(m[1]!);
}
/** A capitalised name, then up to two words saying which of its credentials ("the Postmark server token", "the Qdrant Cloud key"). */
const PROVIDER_THEN_KIND = /\p{L}[\p{L}\p{N}'’]*[ \t]{1,2}(\p{Lu}[\p{L}\p{N}]{1,20})[ \t]{1,2}(?:(?:server|api|access|auth|admin|service|master|management|ingest|write|cloud|Cloud|secret|token|key)[ \t]{1,2}){0,2}$/u;
const PROVIDER_RIGHT_BEFORE = /\p{L}[\p{L}\p{N}'’]*[ \t]{1,2}(\p{Lu}[\p{L}\p{N}]{1,20})[ \t]{1,2}$/u;
const ID_KIND = /^(?:request|trace|span|session|user|cache|idempotency|correlation|device|instance|tenant|account|project|object|record|message|job|build|event|order|customer|transaction|partition|sort|primary|foreign|license|licence|invite|install|lookup|routing|dedup|redis|memcached?|s3|gcs|kafka|dynamo(?:db)?|cassandra|etcd|bucket|row|map|json|the|this|that|new|old|my|our|your|their)$/i;

/** The noun names a secret: "secret" itself right before its copula or colon, or a key or token after "secret". */
function namedSecret(noun: string, head: string, bridge: string): boolean {
  return /^secret$/i.test(noun) ? bridge.trim() === "" : /^(?:key|token)$/i.test(noun) && /(?<![A-Za-z])secret[ \t]{1,2}$/i.test(head);
}

/** "<noun> one is <uuid>" handed over: "one" alone between, no id's kind before the noun, "plug it in" after the value or "use it" before. */
function handedOne(text: string, pos: number, head: string, bridge: string, valueEnd: number): boolean {
  if (bridge.trim().toLowerCase() !== "one") return false;
  const before = /([\p{L}\p{N}]+)[ \t]{1,2}$/u.exec(head)?.[1];
  if (before !== undefined && ID_KIND.test(before)) return false;
  return HANDED_IT_AFTER.test(text.slice(valueEnd, valueEnd + 60)) || HANDED_IT_BEFORE.test(text.slice(Math.max(0, pos - 32), pos));
}

/**
 * Where an environment variable's name ending in the noun at `pos` starts, in a sentence ("use this
 * WIFI_PASSWORD, the old one was revoked: X", "the REDIS_PASSWORD changed again: X"): upper-case
 * words joined by underscores, the noun upper-case too. -1 when the noun is not the end of one.
 */
function envNameStart(text: string, pos: number): number {
  const f = text.charCodeAt(pos);
  if (text.charCodeAt(pos - 1) !== 95 || f < 65 || f > 90) return -1;
  let s = pos - 1;
  for (let c = text.charCodeAt(s - 1); pos - s < 40 && ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95); c = text.charCodeAt(--s - 1));
  const c0 = text.charCodeAt(s);
  return c0 >= 65 && c0 <= 90 ? s : -1;
}

/** Where the noun's word starts: the noun itself, or the environment variable's name it ends. */
function wordStart(text: string, pos: number): number {
  return text.charCodeAt(pos - 1) === 95 ? envNameStart(text, pos) : pos;
}

/** At a noun: the value it is given in the same sentence. */
function statementAt(text: string, pos: number): MatchResult | null {
  NOUN.lastIndex = pos;
  const n = NOUN.exec(text);
  if (!n) return null;
  const end = pos + n[0].length;
  const from = wordStart(text, pos);
  // A Latin noun is a word of its own (not api_key, tokenizer, keyof, monkey), or ends an upper-case env name.
  if (/^[a-z]/i.test(n[0]) && (from < 0 || (from > 0 && (isWordCode(text.charCodeAt(from - 1)) || /[.$/]/.test(text[from - 1]!))) || isWordCode(text.charCodeAt(end)) || /\p{L}/u.test(text[end] ?? ""))) return null;
  const head = text.slice(Math.max(0, from - 24), pos);
  // "the ID of the key is …", "El ID de la clave es …": the sentence states the key's id.
  // A noun in a sentence: after a word and a blank, joined to a name by a hyphen ("Storyblok-Schlüssel"), or opening the sentence; CJK after anything.
  // A JSON string's text opens a sentence too (`"text": "Credentials for staging: …"`), with its
  // escaped line breaks; after a quote only a capitalised noun (`"token":` is a field).
  const lead = from === pos ? head : text.slice(Math.max(0, from - 24), from);
  if (/^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(n[0]) && !/(?:\p{L}[\p{L}\p{N}'’.]*[ \t]{1,2}|\p{Lu}[\p{L}\p{N}.]*-|(?:^|\n|\\n|[.!?][ \t]{1,2}))$/u.test(lead) && !(/\p{Lu}/u.test(n[0][0]!) && lead.endsWith('"'))) return null;
  if (BEFORE_NOUN.test(head) || /(?<![A-Za-z])id(?![A-Za-z])[^.\n]{0,16}$/i.test(head)) return null;
  const rest = text.slice(end, end + 400);
  if (PUBLIC_QUALIFIED.test(head)) return null;
  return statedInSentence(text, pos, n[0], head, end, rest) ?? setApartStatement(text, pos, n[0], head, end, rest) ?? announcedPassword(text, pos, head, end, rest);
}

/** An app-specific password named in words ("the Apple app-specific password: …"), judged as under such a variable's name. */
const appPasswordNamed = (value: string, head: string, noun: string) => namedAppPassword(value, head.replace(/[ \t]+/g, "_") + noun);

/** The value in the noun's sentence, after a copula, a colon or a quote (TO_VALUE), or alone on the next line. */
function statedInSentence(text: string, pos: number, noun: string, head: string, end: number, rest: string): MatchResult | null {
  const t = (rest.includes("(") ? djangoBelow(rest) : null) ?? TO_VALUE.exec(rest) ?? valueBelow(rest);
  if (!t) return null;
  const bridge = t[1]!;
  // The bridge is words of the sentence: no code punctuation, escaped line break or full stop.
  if (NOT_SECRET.test(bridge) || /[.](?![A-Za-z0-9])|[(){}[\]<>=;"`\\]/.test(bridge)) return null;
  // "the API key rotation landed, see the commit below: <sha>", "the password policy is below: …": the noun is a
  // topic, or the words right before the value introduce it as something else.
  if (TOPIC_AFTER_NOUN.test(bridge) || introducedAs(bridge)) return null;
  // "Name Key: value" with nothing between is a field label, the named-slot rules' case; but those
  // take no UUID after a spaced label in prose ("wise api token: <uuid>"), so a UUID is judged here.
  const label = bridge.trim() === "" && /^[ \t]*[:：]/.test(rest);
  // Trailing sentence punctuation is not part of the value.
  // "set the Resend API key to X", "pon la clave de Algolia a X": `to` only after the instruction's verb.
  if (t[2] !== undefined && !SET_BEFORE.test(text.slice(Math.max(0, pos - 48), pos))) return null;
  if (ABBREVIATED.test(noun) && (t[3] === undefined || !abbreviatedValue(t[4]!))) return null;
  const value = t[4]!.replace(/[.:!]+$/, "");
  const valueStart = t[0]!.length - t[4]!.length;
  if (label && !UUID.test(value) && !ABBREVIATED.test(noun)) return null;
  const ownLine = /\n[ \t]{0,4}$/.test(rest.slice(0, valueStart));
  if (!VALUE_END.test(rest.slice(valueStart + value.length)) || !(valueOk(value) || djangoKey(value, "secret_key") || appPasswordNamed(value, head, noun) || (ownLine && setApartLowerDraw(value)))) return null;
  // A UUID is an API key only where the sentence says API ("新しいAPIキーは「<uuid>」") or a provider's
  // name stands before a key, token or secret ("the Wise key"); otherwise an id.
  // …or where it is named a secret ("the integration secret key is <uuid>", "client secret: <uuid>").
  if (UUID.test(value) && !/(?<![A-Za-z])api(?![A-Za-z])/i.test(text.slice(Math.max(0, pos - 60), pos) + bridge) && !(/^(?:key|token|secret|credentials?)$/i.test(noun) && providerBefore(head, bridge.trim().toLowerCase() !== "one")) && !namedSecret(noun, head, bridge) && !handedOne(text, pos, head, bridge, end + valueStart + value.length)) return null;
  const start = end + valueStart;
  return result(pos, start + value.length, { value, start });
}

/** Words between the noun and a set-apart value that make the value something else: a commit, a version, a link, a login name. */
const NOT_THE_VALUE = /(?<![A-Za-z])(?:commit|sha|version|build|revision|url|link|username|user name|login|e-?mail|ids?)(?![A-Za-z])/i;

/** The bridge's last words introduce the value as another thing: "see the commit below", "the format is", "matching this rule". */
const INTRODUCED_AS = /(?<![A-Za-z])(?:commit|sha|hash|version|build|revision|release|tag|url|link|username|user name|login|e-?mail|ids?|polic(?:y|ies)|format|rules?|pattern|regex|template|fingerprint|requirements?)(?:[ \t]{1,2}(?:hash|id|below|above|here|is|was|reads|looks like|as follows)){0,2}[ \t]*$/i;

/** …unless the noun's purpose is what names it ("the key for the release tag:", "the password of the build user is", "le mdp du serveur de build :"). */
const introducedAs = (bridge: string) => INTRODUCED_AS.test(bridge) && !/(?<![\p{L}])(?:for|of|on|to|du|de|des|pour|für|von|vom|del|para|per|di|do|da)[ \t]/iu.test(bridge);

/** A word right after the noun making it a topic, not the credential: "the password policy below", "the token format:". */
const TOPIC_AFTER_NOUN = /^[ \t]{0,2}(?:polic(?:y|ies)|rotation|format|length|scopes?|hint|field|prompt|reset|manager|expiry|expiration|strength|requirements?|rules?|complexity|type|name|file|path|header|endpoint)(?![\p{L}])/iu;

/** The value set apart in a code element after the noun's sentence or a "below" (set-apart-value.ts). */
function setApartStatement(text: string, pos: number, noun: string, head: string, end: number, rest: string): MatchResult | null {
  const s = setApartAhead(rest, 0) ? setApartValue(rest) : null;
  if (!s || NOT_SECRET.test(s.bridge) || NOT_THE_VALUE.test(s.bridge) || TOPIC_AFTER_NOUN.test(s.bridge) || introducedAs(s.bridge)) return null;
  const value = s.value;
  if (!(valueOk(value) || setApartDraw(value) || setApartLowerDraw(value) || djangoKey(value, "secret_key") || appPasswordNamed(value, head, noun))) return null;
  // A UUID, as in a sentence: only where it says API or a provider's name stands before the noun.
  if (UUID.test(value) && !/(?<![A-Za-z])api(?![A-Za-z])/i.test(text.slice(Math.max(0, pos - 60), pos)) && !(/^(?:key|token|secret|credentials?)$/i.test(noun) && providerBefore(head, true))) return null;
  const start = end + s.start;
  return result(pos, start + value.length, { value, start });
}

/** A short password set apart after the sentence naming it (announced-password.ts). */
function announcedPassword(text: string, pos: number, head: string, end: number, rest: string): MatchResult | null {
  if (!passwordNounAt(text, pos) || DOCUMENTED_BEFORE.test(head)) return null;
  const s = announcedValue(rest);
  // The value's shape rules out a login, an address or a link (NOT_THE_VALUE's words): "the password for the build agent:" names its purpose.
  if (!s || NOT_SECRET.test(s.bridge) || TOPIC_AFTER_NOUN.test(s.bridge) || introducedAs(s.bridge) || NOT_ANNOUNCED.test(s.bridge) || !shortPassword(s.value)) return null;
  const start = end + s.start;
  return result(pos, start + s.value.length, { value: s.value, start });
}

/** The same as matchAt for a window: every noun in it tried. */
function matchAll(text: string): MatchResult[] {
  const out: MatchResult[] = [];
  const re = new RegExp(NOUN.source, "giu");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const r = statementAt(text, m.index);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Cheap test before the regexes: a run of 16 value characters on the noun's line within reach of
 * TO_VALUE (or on the lines after, when the noun's line ends in a colon), with no code punctuation before it (the bridge may hold none: `key)`, `token];`,
 * `key = …` in code end here).
 */
function valueAhead(text: string, pos: number): boolean {
  let run = 0;
  let last = 0; // the last character that was not a blank
  let breaks = 0;
  for (let i = pos, lim = lesser(text.length, pos + 140); i < lim; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A line ending in a colon may have its value alone on the next line, a blank line between (TO_VALUE_BELOW).
      if (breaks === 2 || (breaks === 0 && last !== 58 && last !== 0xff1a)) return false;
      breaks++;
      run = 0;
      lim = Math.min(text.length, i + 80);
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 13) last = c;
    // Inside a run, `=`, a drawn password's marks and a Django key's parentheses go on with it.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47 || c === 46 || c === 126 || (run > 0 && (c === 61 || c === 40 || c === 41 || DRAWN_MARK[c] === 1))) {
      if (++run >= 16) return true;
    } else if (CODE_PUNCT[c] === 1 || c === 61) return false;
    else run = 0;
  }
  return false;
}

/** `!#$%&*@^`: inside a run, marks of a password drawn with symbols. */
const DRAWN_MARK = new Uint8Array(128);
for (const ch of "!#$%&*@^") DRAWN_MARK[ch.charCodeAt(0)] = 1;

/** `){}[]<>;\`: none stands between a prose noun and its value, nor inside the value. */
const CODE_PUNCT = new Uint8Array(128);
for (const ch of "){}[]<>;\\") CODE_PUNCT[ch.charCodeAt(0)] = 1;

/** A Latin noun right after a word character or `.`/`$`/`/` (`apiKey`, `this.token`, `$key`): code, refused as statementAt would. */
function afterWordOrMember(text: string, pos: number): boolean {
  const p = text.charCodeAt(pos - 1);
  if (isWordCode(p)) return true;
  const c = text.charCodeAt(pos);
  return (p === 46 || p === 36 || p === 47) && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/** The nouns' first words in ASCII letters (`key`, `credentials`, `mot` of "mot de passe"), by length. */
const ASCII_WORDS: string[][] = [];
for (const n of NOUNS) {
  const w = /^[a-z]+(?=$| )/.exec(n)?.[0];
  if (w !== undefined && !(ASCII_WORDS[w.length] ??= []).includes(w)) ASCII_WORDS[w.length]!.push(w);
}

/** Whether text[pos, pos + len) spells one of the words of that length, in any case (no slice: this runs per keyword hit). */
function asciiWordAt(text: string, pos: number, len: number): boolean {
  for (const w of ASCII_WORDS[len] ?? []) {
    let i = 0;
    while (i < len && (text.charCodeAt(pos + i) | 32) === w.charCodeAt(i)) i++;
    if (i === len) return true;
  }
  return false;
}

/**
 * Whether a hit can be a noun of a sentence, on the characters around it: statementAt's tests of a
 * Latin noun, cheap ones first. What stands before it can end its head: a line break, a hyphen, a
 * capitalised noun's opening quote, or one or two blanks after a letter, a digit or a sentence's
 * end (not `, token`, `= key`, `(password`); and the word is one of the nouns whole (not keyboard,
 * tokenizer, secretsManager: half the hits in code). A hit in another script, or a word going on
 * in non-ASCII letters (clé, contraseña), is left to statementAt. `from` is where the word starts:
 * the noun, or the env name it ends (envNameStart).
 */
function nounAt(text: string, from: number, pos: number): boolean {
  const f = text.charCodeAt(pos);
  if (f >= 128) return true;
  if (from > 0) {
    const p = text.charCodeAt(from - 1);
    if (p === 34) {
      if (f < 65 || f > 90) return false;
    } else if (p === 32 || p === 9) {
      let q = text.charCodeAt(from - 2);
      if (q === 32 || q === 9) q = text.charCodeAt(from - 3);
      if (!(q >= 128 || isWordCode(q) || q === 39 || q === 46 || q === 33 || q === 63)) return false;
    } else if (p !== 10 && p !== 45) return false;
  }
  let w = pos;
  for (let c = f; w - pos <= 12 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)); c = text.charCodeAt(++w));
  const c = text.charCodeAt(w);
  return c >= 128 || (!isWordCode(c) && asciiWordAt(text, pos, w - pos));
}

const setApartAheadAtHit = setApartAheadFinder();

const matcher: Matcher = {
  // Most keyword hits are identifiers in code (apiKey, token_type, keyof): refused on the characters around them first.
  matchAt: (text, pos) => {
    const from = wordStart(text, pos);
    // A CJK noun may follow a Latin name with no blank ("Weaviate Cloudキー").
    return from < 0 || (from > 0 && text.charCodeAt(pos) < 128 && afterWordOrMember(text, from)) || !nounAt(text, from, pos) || !(valueAhead(text, pos) || setApartAheadAtHit(text, pos) || (passwordNounAt(text, pos) && colonLineAhead(text, pos))) ? null : statementAt(text, pos);
  },
  matchAll,
};

// ---- No noun at all: "the IBM Cloud one that works is X", "Freshdesk's is X", "the working one: X — wire it in".
// The provider's name, and "that works" / "I use" / "from prod" (or an ask to use the value), say it
// is a credential in use. Anchored at those rare phrases, never at a common word.
const IN_USE = ["one that works", "one that worked", "one that's working", "one i use", "one we use", "one i'm using", "one we're using", "one from prod", "working one", "'s is "];
/** The phrase at the hit, then the copula or colon, then the value (quoted or not). */
const IN_USE_AT = /(?:(one (?:that works|that worked|that's working|i use|we use|i'm using|we're using|from prod(?:uction)?)|working one)|['’]s(?= is ))(?:[ \t]{1,3}(?:is|was|=)[ \t]{1,3}|[ \t]{0,2}[:：][ \t]{0,3})([`"'“«]?)([A-Za-z0-9+/_.~=:|-]{16,300})/iy;
/** "the IBM Cloud ", "our Freshdesk ": a determiner, then one to three capitalised words (the last not an id's kind). */
const PROVIDER_HEAD = /(?<![\p{L}])(?:the|our|my|your)[ \t]{1,2}((?:[\p{L}\p{N}][\p{L}\p{N}.&-]*[ \t]{1,2}){1,3})$/u;
/** Words before the value that make it a version, a commit, a build or another id. */
const ID_CONTEXT = /(?<![A-Za-z])(?:commit|sha|build|version|release|tag|branch|image|digest|revision|rev|region|model|template|channel|workspace|account|project|user|customer|order|invoice|url|link|domain|host|endpoint|webhook|ids?)(?![A-Za-z])/i;

/** A lower-case prefix naming an object, not a credential: Vercel's `prj_…`, `team_…`, `dpl_…`. */
const ID_PREFIX = /^(?:prj|proj|project|org|usr|user|acct|team|cus|inv|ord|evt|run|job|bld|build|img|app|dep|dpl|site|ws|env|id)_/i;

function inUseAt(text: string, pos: number): MatchResult | null {
  const p = text.charCodeAt(pos);
  // "one"/"working" a word of its own; "'s" right after a name.
  if (p !== 39 && p !== 0x2019 && pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return null;
  IN_USE_AT.lastIndex = pos;
  const m = IN_USE_AT.exec(text);
  if (!m) return null;
  const value = m[3]!.replace(/[.:]+$/, "");
  const start = pos + m[0].length - m[3]!.length;
  if (!VALUE_END.test(text.slice(start + value.length, start + value.length + 2)) || !valueOk(value) || vendorObjectId(value) || ID_PREFIX.test(value)) return null;
  const head = text.slice(Math.max(0, pos - 48), pos);
  // The sentence so far, from its start or its JSON string's quote (`"role":"user","content":"…`).
  const sentence = head.slice(Math.max(head.search(/[^.!?\n"]*$/), 0));
  if (NOT_SECRET.test(sentence) || ID_CONTEXT.test(sentence)) return null;
  let provider = false;
  if (m[1] === undefined) {
    // "Freshdesk's is X": a capitalised name, not a pronoun or an id's kind.
    const name = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]{1,20})$/u.exec(head)?.[1];
    if (name === undefined || ID_KIND.test(name) || /^(?:it|that|this|what|who|he|she|there|here|everyone|one|mine|yours)$/i.test(name)) return null;
    provider = true;
  } else if (!/^working/i.test(m[1])) {
    const words = PROVIDER_HEAD.exec(head)?.[1]?.trim().split(/[ \t]+/);
    const last = words?.[words.length - 1];
    if (words === undefined || ID_KIND.test(last!) || ID_CONTEXT.test(words.join(" "))) return null;
    provider = words.every((w) => /^\p{Lu}/u.test(w));
  }
  // A hex run or a UUID is an id as often as a key: only handed over to be used. So is a value named by nothing.
  const asked = HANDED_IT_AFTER.test(text.slice(start + value.length, start + value.length + 60)) || /^[^\n.!?]{0,40}?(?<![\p{L}])retry(?![\p{L}])/iu.test(text.slice(start + value.length, start + value.length + 60));
  const idShaped = /^[0-9a-f-]+$/i.test(value) || UUID.test(value);
  if (!asked && (!provider || idShaped)) return null;
  return result(pos, start + value.length, { value, start });
}

const inUseMatcher: Matcher = { matchAt: (text, pos) => inUseAt(text, pos), matchAll: (text) => matchesAtKeywords(text, IN_USE, inUseAt) };

const DESCRIPTION = "Opaque credential stated in prose after the word naming it (\"the new key is X\", «la clé … : X», 「キーは『X』」)";
export const PROSE_STATEMENT_RULES: Rule[] = [
  { ...rule("prose-secret-statement", DESCRIPTION, NOUNS, matcher), before: 32, after: 420 },
  { ...rule("prose-in-use-statement", "Opaque value stated as the provider's one in use (\"the IBM Cloud one that works is X\", \"Freshdesk's is X — use it\")", IN_USE, inUseMatcher), before: 48, after: 400 },
];
