// A secret-named identifier and an opaque literal on one line, whatever syntax joins them (round
// fifteen): rather than one more rule per language (`apiKey = "…";` in Nix, `buildConfigField
// "String", "API_KEY", "\"…\""` in Gradle, `<key>ApiSecret</key>` then `<string>…</string>` in a
// plist, `"ApiKey"="…"` in a .reg file, `<string name="api_key">…</string>`), the rule reads the
// name at a keyword hit, walks what follows it, and takes the first literal it reaches when only
// punctuation, markup tags and a few joining words (a type, `default`, `value`) stand between.
// Any other word on the way (`TOKEN_HEADER = "x-api-key"; other = "…"`) is another name and
// ends the walk; so does a first literal that is not opaque.
import { publicDer, publicEcPoint, PUBLISHABLE_VALUE, selfNamedValue, typedPublicKey } from "../value-form.ts";
import type { MatchResult, Rule } from "./types.ts";
import { indexWithin, isWordCode, literalAt, opaqueLiteral, result, rule, scanMatcher, UUID } from "./call-arguments.ts";
import { appPasswordLetters, dashedDrawnPassword, groupedPassword, isPlaceholder, namedDashedDraw, storePointer } from "../placeholder.ts";
import { randomLetters } from "./builtin-near.ts";
import { ACCESSOR_BLOCK, base64NotASecret, CIPHERTEXT_ENVELOPE, codeValue, randomCaseLetters, MEASURED_LITERAL, publicSigningKey, sentTokenSetting } from "./builtin-generic.ts";
import { DJANGO_CHARS, generatedPassword, HEADER_DIRECTIVE, namedPrefix, punctuatedDraw, punctuatedSecret, randomLetterKey, secretVariableName, snakeName, uuidCredential } from "./secret-name.ts";
import { charClasses, letterDigitSwitches, randomHex, shannonEntropy } from "../entropy.ts";
import { keepOutOfLine } from "../jit.ts";
import { detached } from "../flat.ts";
import { sealedCiphertext } from "./sealed-ciphertext.ts";
import { vendorObjectId } from "../vendor-object-id.ts";
import { sqlColumnToValues } from "../table.ts";
import { percentDecode } from "../decode.ts";
import { AT_REST_NAME, passwordName } from "../slot-name.ts";
import { echoedArgument } from "./echoed-literal.ts";
import { literalWrapperEnd } from "./literal-wrapper.ts";
import { setterArgument, setterPassword } from "./setter-call.ts";

const KEYWORDS = ["token", "key", "secret", "password", "passwd", "credential"];

/** Name characters: letters, digits, `_`, `-`, and `.` before the keyword (a member path, `config.api_token`). */
const isNameCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
/** Value characters of a bare value (INI, .reg-like, `--build-arg X=…`, systemd `Environment=`). */
const isValueCode = (c: number) => isWordCode(c) || c === 43 || c === 47 || c === 46 || c === 126 || c === 61 || c === 45;

/** One-word names that say secret by themselves; other names need a qualifier (`api_key`, `ApiSecret`), since a bare `key`/`token` is a handle. */
const WHOLE_SECRET = /^(?:secret|password|passwd|credentials?|apikey|apitoken|authtoken|accesstoken|secretkey|privatekey|clientsecret)$/i;
/**
 * Names that hold no live secret: a digest, a fake, a public value (`NEXT_PUBLIC_…`), a form's or
 * handshake's nonce, a request's or trace's id (Postman's `Postman-Token`, a UUID drawn per request), a word ending in "key" that is not one.
 * A fingerprint before the secret's own word is a vendor's name (Fingerprint's `FINGERPRINT_SECRET_API_KEY`), not a digest's.
 */
const NOT_LIVE = /hash|digest|sha\d|checksum|(?:fingerprint|thumbprint)(?![_.-]?(?:secret|api[_.-]?key|private[_.-]?key|password))|fake|dummy|mock|sample|example|public|publishable|websocket|idempotency|authenticity|csrf|xsrf|nonce|request|correlation|(?<!back|stack)trace|postman-token|(?:mon|tur|don|joc|whis|hoc|hot|pass)key$/i;
export const notLiveName = (name: string) => NOT_LIVE.test(name);
/** Words that may stand between a name and its value: a type, a default, a value field, `or`, a schema builder (`z.string().default(`, yup, Joi, pydantic `Field(default=`). */
const JOINING = new Set(["string", "str", "default", "value", "or", "val", "z", "yup", "joi", "field"]);
/** After `As`: one type name, then the `=` (`As String =`, `As System.String =`). */
const AS_TYPE = /^[ \t]{1,3}[A-Za-z_][\w.]{0,30}[ \t]{0,3}(?==[^=])/;
/** Punctuation that may stand between a name and its value. */
const GLUE = new Uint8Array(128);
for (const ch of " \t,:;=(){}[]|?!$@&*+/\\#%-.~^<") GLUE[ch.charCodeAt(0)] = 1;

/**
 * nameOk's answers by name: code repeats its names (`apiKey`, `this.token`) thousands of times per
 * MB. Looked up by a hash of the name's characters in the text, so that a repeated name costs no
 * slice and no string hashing; a slot keeps its last name.
 */
const CACHE_SLOTS = 4096;
const cachedNames: Array<string | undefined> = new Array(CACHE_SLOTS);
const cachedAnswers = new Uint8Array(CACHE_SLOTS);

function nameOk(text: string, s: number, e: number): boolean {
  let h = e - s;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = h & (CACHE_SLOTS - 1);
  const known = cachedNames[slot];
  if (known !== undefined && known.length === e - s && text.startsWith(known, s)) return cachedAnswers[slot] === 1;
  const name = text.slice(s, e);
  const ok = judgeName(name);
  cachedNames[slot] = detached(name);
  cachedAnswers[slot] = ok ? 1 : 0;
  return ok;
}

/**
 * `x.key` / `x.token`: a bare last member is a secret's name only after `api`, `secret` or
 * `private` (`config.api.key`), or `api`, `auth` or `access` for a token (judgeName's rule, read
 * here without cutting the name out: minified code has `o.key` thousands of times per MB).
 */
function memberQualified(text: string, dot: number, kw: string): boolean {
  let b = dot;
  while (b > 0 && dot - b < 12 && isNameCode(text.charCodeAt(b - 1))) b--;
  if (b > 0 && isNameCode(text.charCodeAt(b - 1))) return false;
  while (text.charCodeAt(b) === 45) b++; // a flag's dashes are not the name's (`--api.key=…`)
  if (dot - b < 3 || dot - b > 7) return false;
  const w = text.slice(b, dot).toLowerCase();
  return kw === "key" ? w === "api" || w === "secret" || w === "private" : w === "api" || w === "auth" || w === "access";
}

export function judgeName(name: string): boolean {
  const snake = snakeName(name);
  if (!secretVariableName(snake) || NOT_LIVE.test(name)) return false;
  // A member path counts by its last member (`config.api_token`, not `opts.token`): the object a
  // bare `token` or `key` hangs off does not make it a secret.
  // A property path's words (`django.secret.key`) still qualify the last one.
  const members = name.split(".");
  const last = members[members.length - 1]!;
  const parts = snakeName(last).split(/[_-]+/).filter(Boolean);
  return parts.length >= 2 || WHOLE_SECRET.test(last) || (members.length >= 2 && WHOLE_SECRET.test(members[members.length - 2]! + last));
}

/**
 * A token's kind, a principal's (not a cache's or queue's namespace, `lock:jobs:…`), then its owner's
 * label: `agent:<org>`, `user:<org>`, `service:<team>`.
 */
const TOKEN_KIND = /^(?:agent|user|org|organization|service|svc|bot|app|team|account|deploy|runner|workspace|project|pat|api):[A-Za-z0-9_.-]{2,63}$/i;
/**
 * `id:secret` (a project id and its key, Descope's `P2…:K2…`): the part after the colon is the key. So is
 * the last part after a token's kind and its owner (Dagster+'s `agent:<org>:<hex>`, `user:<org>:<hex>`).
 */
function pairedKey(v: string): boolean {
  const c = v.indexOf(":");
  if (c >= 3 && c <= 64 && /^[A-Za-z0-9_.-]+$/.test(v.slice(0, c)) && opaqueLiteral(v.slice(c + 1))) return true;
  const last = v.lastIndexOf(":");
  return last > c && last <= 80 && TOKEN_KIND.test(v.slice(0, last)) && opaqueLiteral(v.slice(last + 1));
}

/**
 * A letters-only key without a lookup to vouch for it: PascalCase words (`ReplaceWithYourApiKey`)
 * flip case as often as random letters; their words have vowels.
 */
const letterKey = (v: string) => randomLetterKey(v) && randomCaseLetters(v.replace(/[+/_-]/g, "").slice(0, 64));

/** Ciphertext in its envelope (SealedSecrets' `Ag…`, KMS's `AQICAH…`, dotenvx's `encrypted:…`), long as ciphertext is. */
/** Ciphertext at rest, or a value whose form names it (a tagged digest, a version, a cache key). */
const atRest = (v: string) => (v.length >= 74 && CIPHERTEXT_ENVELOPE.test(v)) || selfNamedValue(v);

/**
 * A lower-case prefixed key (`esecret_<body>`, Shopify's `atkn_<hex>`): its prefix may spell a placeholder's word, and
 * with a hex body it has a hashed file name's shape (`bundle-<hex>`); the body is judged. A digest's prefix
 * (`sha256_<hex>`) names a hash.
 */
const prefixedKey = (v: string) =>
  /^[a-z][a-z0-9]{1,9}_(?=[a-z0-9]*\d)[a-z0-9]{16,}$/.test(v) && !/^(?:sha|md\d|blake|crc|hash|xxh|etag|rev|v\d)/.test(v) && opaqueLiteral(v.slice(v.indexOf("_") + 1)) && !isPlaceholder(v);

/**
 * A vendor's short lower-case prefix on random hex (Firecrawl's `fc-<32 hex>`, Contentstack's `cs<32 hex>`):
 * the prefix lowers the whole's entropy below an opaque literal's, so the hex body is judged as bare hex is.
 * A digest's or object id's prefix names no key; `pub`/`pk` a public one (Datadog RUM's `pub<hex>` client token).
 */
const prefixedHex = (v: string) => {
  const m = /^([a-z]{2,4})[-_]?([0-9a-f]{32,64})$/.exec(v);
  return m !== null && !/^(?:sha|md|crc|rev|git|etag|hash|xxh|id|uid|obj|pub|pk)/.test(m[1]!) && randomHex(m[2]!) && !isPlaceholder(v);
};

/** A deployment's or scope's label, a bar, then the key (Convex's `prod:<deployment>|<key>`): the body is judged. */
export const barredKey = (v: string) => {
  const m = /^[A-Za-z][\w.-]{0,30}(?::[\w.-]{1,60})?\|([A-Za-z0-9+/=_-]{32,})$/.exec(v);
  return m !== null && opaqueLiteral(m[1]!);
};

function valueOk(v: string, name: string, header = false): boolean {
  if (UUID.test(v)) return uuidCredential(snakeName(name), v);
  if (v.length > 300) return longJwtShaped(v) || longDrawnKey(v, name);
  if (publicDer(v) || publicEcPoint(v) || typedPublicKey(v)) return false;
  if (v.includes("|") && barredKey(v) && !isPlaceholder(v)) return true;
  // A header sent as the credential (`X-Api-Key`) vouches for a long base64 blob as the key itself; so does
  // a name for a token sent as it is (a row's `'LINE_CHANNEL_ACCESS_TOKEN', '…'`), unless it says encrypted.
  return (opaqueLiteral(v) || pairedKey(v) || letterKey(v) || ((prefixedKey(v) || prefixedHex(v)) && !namedPrefix(v, name))) && !isPlaceholder(v) && (header || !base64NotASecret(v) || sentTokenSetting(name, v)) && !PUBLISHABLE_VALUE.test(v) && !publicSigningKey(name, v, "") && !atRest(v) && !vendorObjectId(v);
}

/**
 * A token in a JWT's form (`eyJ` header, base64url parts) too long for an opaque literal, under a
 * secret's name: a vendor's packed token or a service account's bearer token whose parts do not parse as a
 * JWT's (the jwt rule takes only those whose header and payload parse), two parts or three.
 */
function longJwtShaped(v: string): boolean {
  return v.length <= LONG_LITERAL && v.startsWith("eyJ") && JWT_PARTS.test(v) && shannonEntropy(v) >= 4.5 && !isPlaceholder(v) && !PUBLISHABLE_VALUE.test(v);
}
const LONG_LITERAL = 4096;

/**
 * Random base64 too long for an opaque literal (Roblox's Open Cloud keys run to hundreds of characters) under a
 * name ending in the secret's own word: all three classes at a random draw's entropy. Random bytes alone would
 * read as ciphertext (base64NotASecret); the name vouches for a key unless it says encrypted. No public key's DER.
 */
function longDrawnKey(v: string, name: string): boolean {
  return v.length <= LONG_LITERAL && FIELD_SECRET_NAME.test(name) && !AT_REST_NAME.test(name) && /^[A-Za-z0-9+/=_-]+$/.test(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) &&
    shannonEntropy(v) >= 5.6 && !isPlaceholder(v) && !publicDer(v);
}

/**
 * A header's bare value in a proxy directive (`set-header X-API-Key <value>`): opaque, or a
 * password of mixed case, digits and symbols; never a variable (`$http_x_api_key`, `%[req.hdr(…)]`,
 * `{http.request.header.X-Api-Key}`).
 */
function headerValueOk(v: string, name: string): boolean {
  if (v.length < 16 || /[${}]|%\[/.test(v)) return false;
  return valueOk(v, name, true) || punctuatedPassword(v) || punctuatedSecret(v) || shortLetterKey(v, name);
}

/**
 * A slot named for a key or token (a header, `AUTHNET_TRANSACTION_KEY=`) holds 16 to 19 random letters as one (case
 * flipping at random; Authorize.Net's transaction keys may draw no digit); an idempotency or cache key is no credential.
 */
const shortLetterKey = (v: string, name: string) =>
  v.length <= 19 && /^[A-Za-z]+$/.test(v) && /(?:key|token)$/i.test(name) && !/idempot|cache|request|correlat|trace|nonce|dedup/i.test(name) &&
  randomLetters(v) && randomCaseLetters(v) && shannonEntropy(v) >= 3.5 && !isPlaceholder(v);

/** A generated password of 16 or more (symbols allowed). */
const punctuatedPassword = (v: string) => v.length >= 16 && generatedPassword(v, 3.5);

/**
 * A name literal and the next literal of a tuple (`'oci_auth_token', '…'` in a SQL row): the pair
 * leaves no doubt the second is the value, so it may be a password with any punctuation, but
 * not a template, a pattern or a format (`${…}`, `{{…}}`, `[A-Z]{32}`, `%(x)s`, `\d`), nor a path, a file, a URL
 * or a namespaced key (`dedupe:webhooks:…`).
 */
const pairPassword = (v: string) => punctuatedPassword(v) && charClasses(v) === 4 && !/\$[{(]|[{}[\]\\]|%[(\w]|:\/\/|^(?:[\/~.^]|[A-Za-z]:\/)|\/[^/]*\/|\.[a-z]{2,4}$|^[a-z][\w-]{1,30}:[a-z][\w-]{1,30}:/.test(v);

/** Hex of 16+ as a pair's value under a name ending in the secret's own word (`'pusher_secret', '<hex>'`): shorter than a bare literal needs. */
const pairHex = (v: string, name: string) => v.length >= 16 && /^[0-9a-f]+$/i.test(v) && FIELD_SECRET_NAME.test(name) && randomHex(v) && !isPlaceholder(v) && !publicSigningKey(name, v, "");

/**
 * Lower-case letters and digits of 24+ under a secret-named field (BigCommerce's `.header("X-Auth-Token", "…")`,
 * 31 characters; Pushover's 30 in an INI `pushover_token = …`): digits spread through it, letters without a
 * word's vowels, at a key's entropy. Pushover's user key is one too. Outside a pair, 28 or more, or 20 under a
 * typed constant (`const string PackagistToken = "…"`): a bare code string of 26 (`commToken = "…"`) is as often
 * an id, and words with a date (`…nightly20241205`) have digits in one run.
 */
function lowerKey(v: string, name: string, pair: boolean, declared = false, marked = false): boolean {
  if (v.length < (declared ? 20 : 24) || v.length > 64 || !/^[a-z0-9]+$/.test(v) || !(FIELD_SECRET_NAME.test(name) || /user[_-]?key$/i.test(name))) return false;
  const letters = v.replace(/\d/g, "");
  const digits = v.length - letters.length;
  if (digits < 4 || letters.length < 12) return false;
  // Digits all through it (a letter and a digit side by side 6+ times; under a typed constant once in five characters, 4+) leave a random draw's vowels their spread.
  const flips = letterDigitSwitches(v);
  const dense = flips >= (declared ? Math.max(4, v.length / 5) : 6);
  if (!pair && !dense) return false;
  // A variable its author marked sensitive vouches for a draw whose letters came out vowel-heavy or repetitive (Mattermost's 26).
  return (letters.match(/[aeiou]/g) ?? []).length <= (marked ? 0.4 : dense ? 0.34 : 0.27) * letters.length && shannonEntropy(v) >= (marked ? 0.7 : 0.8) * Math.log2(v.length) && !isPlaceholder(v);
}

/** A provider's short kind tag before lower-case letters and digits (`sk_<draw>`), the draw judged as lowerKey judges a marked one. */
const taggedLowerKey = (v: string, name: string) => {
  const m = /^[a-z]{1,5}_(?:(?:live|test|prod|dev)_)?([a-z0-9]{24,64})$/.exec(v);
  return m !== null && lowerKey(m[1]!, name, true, false, true);
};

/** A field's name ending in the secret's own word (`oci_auth_token`, `db_password`, `apiKey`), not a dedupe or cache key. */
const FIELD_SECRET_NAME = /(?:secret|token|password|passwd|(?:api|secret|private|access|auth|signing|encryption|master|licen[cs]e)[_-]?key)$/i;

/** A name a Django key fills: its own `SECRET_KEY`, or a generic credential or secret slot (a seed's `credential` column). */
const DJANGO_NAME = /secret[_-]?key$|(?:^|[_.-])(?:credentials?|secret)$/i;
/**
 * Django's generated SECRET_KEY (`get_random_secret_key()`): 50 characters of lower-case letters,
 * digits and `!@#$%^&*(-_=+)`, punctuation in it, under a name DJANGO_NAME reads. Its `$(`
 * is random, not a shell substitution (the placeholder test would take it for one).
 */
const DJANGO_KEY_CHARS = new RegExp(`^[${DJANGO_CHARS}]+$`);
export const djangoKey = (v: string, name: string) =>
  v.length === 50 && DJANGO_NAME.test(name) && DJANGO_KEY_CHARS.test(v) && /[!@#$%^&*(=+)]/.test(v) && /\d/.test(v) && shannonEntropy(v) >= 4.2 && !/\$\([a-z_]+\)/.test(v);

/** A name for an app-specific password (`FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD`, `appPassword`, `icloud_app_password`). */
const APP_PASSWORD_NAME = /app(?:lication)?[_.-]?(?:specific[_.-]?)?passw(?:or)?d|specific[_.-]?passw(?:or)?d/i;

/**
 * Under such a name, Apple's form (`abcd-efgh-ijkl-mnop`, 16 random lower-case letters) whatever its vowels: the shape
 * test alone (appSpecificPassword) rejects a fifth of real ones. Slugs of four-letter words repeat letters (`main-line-test-case`: 9 distinct).
 */
export function namedAppPassword(v: string, name: string): boolean {
  if (v.length !== 19 || !APP_PASSWORD_NAME.test(name)) return false;
  const letters = appPasswordLetters(v);
  return (letters !== null && new Set(letters).size >= 10) || dashedDrawnPassword(v) || namedDashedDraw(v);
}

/** The name declared a typed string constant (C#'s `const string X`, Java's `final String X`, Kotlin's `const val X`): a value fixed in the code, not a JS `const`. */
function declaredConstant(text: string, from: number): boolean {
  return /(?:^|[ \t])(?:const[ \t]+(?:string|val)|final[ \t]+String)[ \t]+(?:[A-Za-z_]\w*[ \t]*)?$/.test(text.slice(Math.max(0, from - 80), from));
}

/**
 * The literal as the name's value: opaque, and neither a key itself (a colon or `=` after it) nor
 * measured (`"…".length`); `end` is where its closing quote ends.
 */
export function literal(text: string, name: string, value: string, start: number, from: number, end: number, header = false, pair = false): MatchResult | null {
  const after = text.slice(end, end + 40);
  if (/^[ \t]*(?::(?!:)|=(?!=))/.test(after) || MEASURED_LITERAL.test(text.slice(start + value.length, end + 40)) || atRest(value) || PUBLISHABLE_VALUE.test(value)) return null;
  return valueOk(value, name, header) || ((header || FIELD_SECRET_NAME.test(name)) && punctuatedSecret(value)) || shortLetterKey(value, name) || djangoKey(value, name) || namedAppPassword(value, name) || ((pair || value.length >= 28) && lowerKey(value, name, pair)) || (value.length >= 20 && value.length < 28 && declaredConstant(text, from) && lowerKey(value, name, false, true)) || (pair && (pairPassword(value) || pairHex(value, name))) ? result(from, start + value.length, { value, start }) : null;
}

/**
 * A value that may hold any punctuation (a Django key, a generated password), where the syntax
 * leaves no doubt that it is a value: a JVM system property (`-Dapp.secret.key=…`) or a dotted
 * .properties key at a line's start. It runs to a blank or a quote.
 */
function wideValue(text: string, name: string, s: number, j: number): MatchResult | null {
  let k = j;
  while (k < j + 301 && k < text.length && !/[\s"'`]/.test(text[k]!)) k++;
  const v = text.slice(j, k);
  if (v.length < 16 || v.length > 300 || /[$%]\{|\$\(|\{\{/.test(v) || isPlaceholder(v)) return null;
  if (charClasses(v) < 3 || shannonEntropy(v) < 3.5 || NOT_LIVE.test(name)) return null;
  return result(s, k, { value: v, start: j });
}

/** A block opened by the secret-named label (HCL `variable "api_key" {`): its `default`/`value` line, a few lines down. */
function blockValue(text: string, name: string, s: number, from: number): MatchResult | null {
  // A variable marked `sensitive = true` says its default is a secret: a punctuated password counts, as in a pair.
  const close = text.indexOf("\n}", from);
  const sensitive = /\n[ \t]*sensitive[ \t]*=[ \t]*true\b/.test(text.slice(from, close < 0 || close - from > 600 ? from + 600 : close));
  const re = /\n[ \t]*(?:(default|value)[ \t]*=[ \t]*|(\}))/g;
  re.lastIndex = from;
  for (let n = 0; n < 12; n++) {
    const m = re.exec(text);
    if (!m || m.index - from > 600) return null;
    if (m[2]) return null;
    const at = m.index + m[0].length;
    const l = literalAt(text, at);
    if (!l) continue;
    const v = l.lit.value;
    // A generated password (symbols, `%` among them) as a secret-named variable's default, as `name = "…"` is judged.
    // So is an application password in its spaced groups of four, or, marked sensitive, lower-case letters and digits of 24+.
    return literal(text, name, v, l.lit.start, s, l.end, false, sensitive) ??
      (FIELD_SECRET_NAME.test(name) && !NOT_LIVE.test(name) && (punctuatedDraw(v, sensitive ? 16 : 20) || groupedPassword(v) || (sensitive && (lowerKey(v, name, true, false, true) || taggedLowerKey(v, name)))) ? result(s, l.lit.start + v.length, { value: v, start: l.lit.start }) : null);
  }
  return null;
}

function nameAt(text: string, pos: number, kw: string): MatchResult | null {
  // The keyword ends the name (`api_key`, `ApiSecret`); a hit inside one (`secret_key`, `tokens`,
  // `keyHeader`) is left to the hit on its last word. Most hits in code stop here.
  let e = pos + kw.length;
  if (kw === "credential" && (text[e] === "s" || text[e] === "S")) e++;
  if (isNameCode(text.charCodeAt(e))) return null;
  let property = false;
  if (text.charCodeAt(pos - 1) === 46 && (kw === "key" || kw === "token") && !memberQualified(text, pos - 1, kw)) {
    // A .properties line's `app.depot.token=…`: the file's own syntax, the key's value the rest of the line.
    if (kw !== "token" || text.charCodeAt(e) !== 61) return null;
    property = true;
  }
  let s = pos;
  while (s > 0 && pos - s < 60 && (isNameCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  while (s < pos && !isWordCode(text.charCodeAt(s))) s++;
  if (property) {
    if (s > 0 && text.charCodeAt(s - 1) !== 10) return null;
    const name = text.slice(s, e);
    return NOT_LIVE.test(name) ? null : valueAfterName(text, name, s, e);
  }
  // .NET configuration's hierarchical key, quoted (`Configuration["Splunk:Hec:Token"]`, appsettings' `"Stripe:SecretKey"`):
  // its sections qualify the last word as `Splunk_Hec_Token` would.
  if (text.charCodeAt(s - 1) === 58) {
    const start = sectionedKeyStart(text, s, e);
    if (start >= 0) {
      const name = text.slice(start, e).replace(/:/g, "_");
      return NOT_LIVE.test(name) ? null : valueAfterName(text, name, start, e);
    }
  }
  // A bare `key` or `token` (a handle, not a secret: see WHOLE_SECRET) is most hits in code.
  // A bare `token: eyJ…` (a kubeconfig user's) is a bearer token longer than a slot's value, judged by its JWT form.
  if (s === pos && (kw === "key" || kw === "token") && e === pos + kw.length) {
    if (kw === "key") return text.charCodeAt(e) === 61 && text.charCodeAt(e + 1) === 34 ? keyAttribute(text, pos, e + 2) : null;
    // `TOKEN=<opaque>` is named-secret-slot's; a command echoing one (`` TOKEN=`printf %s …` ``) is read here, as under any secret name.
    if (text.charCodeAt(e) === 61 && echoedArgument(text, e + 1)) return valueAfterName(text, kw, s, e);
    return text.charCodeAt(e) === 58 && text.startsWith(" eyJ", e + 1) ? valueAfterName(text, kw, s, e) : null;
  }
  // A call named for the secret (`verifyToken("…")`) is the call rules' to judge.
  if (text.charCodeAt(e) === 40 || !nameOk(text, s, e)) return null;
  return valueAfterName(text, text.slice(s, e), s, e);
}

/** Where a quoted `Section:Sub:Name` key ending at `e` opens (its last section starting at `pos`), or -1. */
function sectionedKeyStart(text: string, pos: number, e: number): number {
  let s = pos;
  while (s > 0 && pos - s < 80 && (isNameCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 58)) s--;
  const q = text.charCodeAt(s - 1);
  if ((q !== 34 && q !== 39) || text.charCodeAt(e) !== q || !/^[A-Za-z]\w*(?::\w+)+$/.test(text.slice(s, e))) return -1;
  return s;
}

/**
 * .NET's `<add key="CALENDLY_PAT" value="…" />`: a personal access token named by its last word, `PAT` (too short a
 * word to look for in text; the attribute's own `key` is the hit). Names with a secret's other words have their own hit.
 */
const PAT_ENTRY = /^([A-Za-z][\w.-]{0,60}(?:[_.-][Pp][Aa][Tt]|[a-z0-9]PAT))"[ \t]+value[ \t]*=[ \t]*"([^"\s<>]{16,2000})"/;
const JWT_SHAPE = /^[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}$/;
const JWT_PARTS = /^[\w-]{10,}(?:\.[\w-]{10,}){1,2}$/;
function keyAttribute(text: string, pos: number, i: number): MatchResult | null {
  const m = PAT_ENTRY.exec(text.slice(i, i + 2100));
  if (!m || NOT_LIVE.test(m[1]!)) return null;
  const v = m[2]!;
  const j = i + m[0].length - 1 - v.length;
  return (valueOk(v, m[1]!) || (JWT_SHAPE.test(v) && !isPlaceholder(v))) ? result(pos, j + v.length, { value: v, start: j }) : null;
}

/**
 * A directive's header name (`set-header X-API-Key …`), or a variable's that a directive sets at a line's start
 * (Apache's `SetEnv DB_PASSWORD …`, a Dockerfile's `ENV NAME value`, HAProxy's `setenv`, nginx's `fastcgi_param`):
 * followed by blanks and the value, never `=` or `:`.
 */
function headerDirective(text: string, s: number, afterName: number): boolean {
  const blank = text.charCodeAt(afterName);
  if ((blank !== 32 && blank !== 9) || !/^[ \t]+[^\s=:]/.test(text.slice(afterName, afterName + 8))) return false;
  const lead = text.slice(Math.max(0, s - 60), s);
  return ENV_DIRECTIVE.test(lead) || (afterDirectiveWord(text, s) && HEADER_DIRECTIVE.test(lead.replace(/^[^]*\n/, "")));
}

const ENV_DIRECTIVE = /(?:^|\n|\\n)[ \t]*(?:SetEnv|ENV|setenv|env|(?:fastcgi|uwsgi|scgi)_param)[ \t]+["']?$/i;

const DIRECTIVE_END = /(?:header|_up|_down|set|append|add|merge)s?$/i;

/** The name (from `s`) follows a directive's word, blanks and maybe a quote, within 20 characters (`proxy_set_header "X-Api-Key`). */
function afterDirectiveWord(text: string, s: number): boolean {
  const lo = Math.max(0, s - 20);
  let i = s;
  while (i > lo && (isWordCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 45)) i--;
  if (i > lo && (text[i - 1] === '"' || text[i - 1] === "'")) i--;
  const blanks = i;
  while (i > lo && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  return i < blanks && i > lo && DIRECTIVE_END.test(text.slice(Math.max(lo, i - 7), i));
}

/** The header's value after blanks, bare up to the line's end or `;`; undefined when it is quoted (read by the walk). */
function bareHeaderValue(text: string, name: string, s: number, from: number): MatchResult | null | undefined {
  let j = from;
  while (text[j] === " " || text[j] === "\t") j++;
  if (j === from || text[j] === '"' || text[j] === "'") return undefined;
  let k = j;
  while (k < j + 400 && k < text.length && !/[\s;"'`]/.test(text[k]!)) k++;
  if (!/^[ \t]*(?:;|\r?\n|$)/.test(text.slice(k, k + 4))) return null;
  const bare = text.slice(j, k);
  return headerValueOk(bare, name) ? result(s, k, { value: bare, start: j }) : null;
}

/** XML text after an opening tag: the element's content up to its close. */
function elementText(text: string, name: string, s: number, i: number): MatchResult | null {
  // The closing tag within 300 characters (indexWithin: indexOf read on to the next `</` of the
  // file from every `Map<…, Token>`-like hit in code), on the same line. Under a secret field's name
  // (`<string name="roblox_api_key">`), a long key runs as far as a quoted one does.
  const reach = FIELD_SECRET_NAME.test(name) ? LONG_LITERAL : 300;
  const line = indexWithin(text, "\n", i, reach);
  const end = indexWithin(text, "</", i, line < 0 ? reach : line - i);
  if (end < 0) return null;
  return literal(text, name, text.slice(i, end), i, s, end, false, cellPair(text, s, i));
}

/** The name alone in a table's cell (`<td>`, `<th>`, a `<dt>` term) and the text at `i` in the next cell (`<td>`, `<dd>`): a row's name and its value. */
function cellPair(text: string, s: number, i: number): boolean {
  return CELL_NAME_OPEN.test(text.slice(Math.max(0, s - 60), s)) && NEXT_CELL.test(text.slice(s, i));
}
const INLINE_TAGS = "(?:code|kbd|samp|tt|span|b|strong|em|i|pre)";
const CELL_NAME_OPEN = new RegExp(String.raw`<(?:t[dh]|dt)>[ \t]*(?:<${INLINE_TAGS}>[ \t]*){0,2}$`, "i");
const NEXT_CELL = new RegExp(String.raw`^[\w.-]*[ \t]*(?:</${INLINE_TAGS}>[ \t]*){0,2}</(?:t[dh]|dt)>\s*<(?:td|dd)>[ \t]*(?:<${INLINE_TAGS}>[ \t]*){0,2}$`, "i");

/** After a quoted name's closing quote: past an element's other attributes (`<string name="api_key" translatable="false">`). */
function skipAttributes(text: string, s: number, i: number): number {
  if (!/=[ \t]*$/.test(text.slice(Math.max(0, s - 8), s - 1))) return i;
  const attrs = /^(?:[ \t]+(?!value\b|default\b)[\w:.-]{1,40}[ \t]*=[ \t]*"[^"<>\n]{0,80}")+(?=[ \t]*>)/.exec(text.slice(i, i + 300));
  return attrs ? i + attrs[0].length : i;
}

/** A `=` or `: ` after the name: a JVM or .properties value with any punctuation, or a bare value; undefined to walk on. */
function afterAssign(text: string, name: string, s: number, e: number, i: number): MatchResult | null | undefined {
  if (text[i] === "=" && i === e && !/[ \t"'`]/.test(text[i + 1] ?? " ")) {
    const jvm = text[s - 1] === "-" && text[s] === "D" && name.includes(".");
    const property = name.includes(".") && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s - 20), s));
    if (jvm || property) {
      const wide = wideValue(text, name, s, i + 1);
      // At a line's start in code, `a.b.token=make(…);` is a statement, not a property.
      // A property's value is the rest of its line; minified code chains more (`e.a=t.a,e.b=…`).
      const v = wide?.group(1) ?? "";
      if (wide && (jvm || (/^\r?(?:\n|$)/.test(text.slice(wide.end, wide.end + 2)) && !/^[A-Za-z_$][\w$.]*\(|;$|[,;][\w$.]+=|\|\||&&/.test(v)))) return wide;
    }
  }
  let j = i + 1;
  while (j < i + 5 && (text[j] === " " || text[j] === "\t")) j++;
  const echoed = echoedArgument(text, j);
  if (echoed) return literal(text, name, echoed.value, echoed.start, s, echoed.start + echoed.value.length) ?? (punctuatedPassword(echoed.value) ? result(s, echoed.start + echoed.value.length, echoed) : null);
  let k = j;
  // A bare JWT-shaped token (a kubeconfig user's `token: eyJ…`) runs past an opaque literal's 300.
  const limit = j + (text.charCodeAt(j) === 101 && text.startsWith("eyJ", j) ? LONG_LITERAL + 1 : 301);
  while (k < limit && isValueCode(text.charCodeAt(k))) k++;
  const next = text[k];
  // An HTML element's close ends a value pasted in markup (`<pre>api_key: …</pre>`, `<code>…</code>`).
  if (k - j >= 16 && (next === undefined || /[\s;,"'}]/.test(next) || (next === "<" && text[k + 1] === "/"))) {
    const bare = text.slice(j, k);
    return codeValue(bare, text.slice(s, k), text.slice(k, k + 80)) ? null : literal(text, name, bare, j, s, k);
  }
  // A bare Django key (a .env line, a diff's `+` line, a YAML value) runs on through its punctuation to the line's end…
  // Its `django-insecure-` mark (a YAML value, unquoted) is part of the key as generated.
  // So does any long punctuated draw (Django's alphabet at another length, a generated password) under a secret's name,
  // up to a blank: the line's end, a comment, or the next pair of a logfmt line or a `k=v` list (`client_secret=… commit=…`).
  if (next !== undefined && "!@#$%^&*()=+".includes(next) && (DJANGO_NAME.test(name) || FIELD_SECRET_NAME.test(name))) {
    const mark = text.startsWith("django-insecure-", j) ? 16 : 0;
    const w = valueEnd(text, k, j + mark + 257, WORD_END);
    const v = text.slice(j, w);
    // …or to the quote that opened the whole `NAME=value` (systemd's `Environment="…"`, a compose list's `- "…"`, Markdown's `` `…` ``).
    const quoted = (text[w] === '"' || text[w] === "'" || text[w] === "`") && text[s - 1] === text[w];
    const lineEnd = quoted || /^[ \t]*(?:\r?\n|$|#)/.test(text.slice(w, w + 4));
    if (lineEnd && djangoKey(v.slice(mark), name)) return result(s, w, { value: v, start: j });
    // A form body's next field inside it (`…%3D&region=eu`) ends the value there: the form branch below reads it.
    if ((lineEnd || NEXT_PAIR.test(text.slice(w, w + 66))) && !FORM_FIELD.test(v) && punctuatedSecret(v.slice(mark))) return result(s, w, { value: v, start: j });
  }
  // A credential header's value (`X-Api-Key: 7^6(e@z+)…` in curl's -H, a raw request) runs through its punctuation to the
  // header's end: the quote that opened it, the line's end or an escaped line break.
  if (next !== undefined && text[i] === ":" && "!@#$%^&*()=+".includes(next) && HEADER_NAME.test(name)) {
    const w = valueEnd(text, k, j + 257, HEADER_VALUE_END);
    const v = text.slice(j, w);
    if (/^(?:["'`]|\\[rn"]|\r?\n|$)/.test(text.slice(w, w + 2)) && punctuatedSecret(v)) return result(s, w, { value: v, start: j });
  }
  // A dotenv line (`OCI_AUTH_TOKEN=<20+ with symbols>`, in a doc's shell block too), or an INI line with blanks
  // around its `=`: the rest of the line is the value.
  // So is a shell trace's (`+ NAME=…`, after a CI log's timestamp) and a compose environment list item's (`- NAME=…`).
  // So is a form body's or a query's field after `&`/`?` (`…&oci_auth_token=MmP1)…%3B…&scope=…`), up to the next `&`, its escapes decoded.
  if (next !== undefined && k - j < 20 && !isValueCode(text.charCodeAt(k)) && !/[\s"'`]/.test(next) && (i === e || /^[ \t]+$/.test(text.slice(e, i))) && FIELD_SECRET_NAME.test(name)) {
    const form = i === e && (text[s - 1] === "&" || text[s - 1] === "?");
    const lead = form ? "" : text.slice(Math.max(0, s - 64), s);
    // A container's environment flag (`docker run -e NAME=…`, `--env NAME=…`): the value ends at a blank, as a word does.
    const flag = !form && ENV_FLAG.test(lead);
    if (!form && !flag && !DOTENV_LEAD.test(lead)) return undefined;
    const w = valueEnd(text, k, j + 129, form ? FORM_VALUE_END : WORD_END);
    const v = text.slice(j, w);
    // A password is drawn shorter than a token (`DB_PASSWORD=Xk2&9fLq!pZ4`): twelve characters under a password's name.
    const min = passwordName(name, true) ? 12 : 20;
    // A dotenv line's value is the rest of the line but a comment after blanks (`… # rotated in March`).
    if ((form ? /^(?:[&\s"'`]|$)/ : flag ? /^(?:\s|$)/ : /^(?:[ \t]*(?:\r?\n|$)|[ \t]+#)/).test(text.slice(w, w + 3)) && punctuatedDraw(form ? percentDecode(v, true) : v, min, !form && !flag) && !storePointer(v)) return result(s, w, { value: v, start: j });
  }
  return undefined;
}

/**
 * A line's lead before a dotenv-like `NAME=`: blanks, `export` or a Dockerfile's `ENV`/`ARG`, a trace's `+`, a list item's `-`,
 * a log line's ISO timestamp, a unified diff's `+`/`-`/blank mark glued to the line.
 */
const DOTENV_LEAD = /(?:^|\n)(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?[ \t]+)?[ \t]*(?:(?:\++|-)[ \t]*)?(?:(?:export|ENV|ARG)[ \t]+)?$/;
const ENV_FLAG = /[ \t](?:-e|--env)[ \t]+$/;
/** Where a bare value read through its punctuation stops: a blank or a quote; a header's also at an escape, a form field's at `&`. */
const WORD_END = /[\s"'`]/;
const HEADER_VALUE_END = /[\s"'`\\]/;
const FORM_VALUE_END = /[\s"'`&]/;
/** The first index from `from` holding a `stop` character; `limit` (or the text's end) when none comes before it. */
function valueEnd(text: string, from: number, limit: number, stop: RegExp): number {
  const max = Math.min(limit, text.length);
  let w = from;
  while (w < max && !stop.test(text[w]!)) w++;
  return w;
}
/** A form body's or query's next field (`&region=`). */
const FORM_FIELD = /&[A-Za-z_]\w{2,}=/;
/** Blanks, then the next `name=` of a logfmt line or a `k=v` list. */
const NEXT_PAIR = /^[ \t]+[A-Za-z_][\w.-]{0,63}=/;

/** The verb of an instruction that gives a variable its value, in a few languages: set, setze … auf, mets … à, pon … a, imposta … a. */
export const SET_VERBS = "(?:^|[^\\p{L}\\p{N}_])(?:set|update|put|make|use|assign|setze|setzt|setzen|ändere|ändert|mets|mettez|mettre|définis|définissez|change[rz]?|modifie[rz]?|pon|ponga|pone|cambia|cambie|establece|define|defina|configura|configure|imposta|altere|mude)";
const SET_VERB = new RegExp(SET_VERBS + String.raw`(?:[ \t]+(?:the|your|our|env(?:ironment)?|var(?:iable)?|secret|config|den|die|das|le|la|el|o|il|lo))*[ \t]+[\x60'"*]{0,2}$`, "iu");
/** The word between the variable and its value after SET_VERB: `to`, `as`, `auf`, `à`, `a`, `en`, `como`, `su`. */
const SET_TO = new Set(["to", "as", "auf", "à", "a", "en", "como", "su", "sur"]);

/**
 * A variable given its value in a sentence (round eighteen): "set VERCEL_TOKEN to <value> in the
 * prod config", "setze X auf …", "mets X à …", "X should be …", "X is now …". The value is bare or
 * quoted; `to` needs the instruction's verb before the name (not "from OLD_TOKEN to NEW_TOKEN").
 */
function spokenValue(text: string, name: string, s: number, i: number, word: string): MatchResult | null {
  let j = i + word.length;
  if (SET_TO.has(word)) {
    if (!SET_VERB.test(text.slice(Math.max(0, s - 48), s))) return null;
  } else if (word === "should" || word === "must" || word === "is") {
    const m = (word === "is" ? /^[ \t]+now\b/ : /^[ \t]+be\b/).exec(text.slice(j, j + 8));
    if (!m) return null;
    j += m[0].length;
  } else return null;
  if (text[j] !== " " && text[j] !== "\t") return null;
  while (text[j] === " " || text[j] === "\t") j++;
  const q = text[j];
  if (q === '"' || q === "'" || q === "`" || (q === "\\" && text[j + 1] === '"')) {
    const l = literalAt(text, j) ?? (q === "\\" ? literalAt(text, j + 1) : undefined);
    return l ? literal(text, name, l.lit.value, l.lit.start, s, l.end) : null;
  }
  let k = j;
  while (k < j + 301 && isValueCode(text.charCodeAt(k))) k++;
  while (k > j && text.charCodeAt(k - 1) === 46) k--;
  if (k - j < 16 || !/^(?:$|[\s,;!?)"'`\\]|\.(?:\s|$|\\))/.test(text.slice(k, k + 2))) return null;
  const v = text.slice(j, k);
  return prefixedKey(v) ? result(s, k, { value: v, start: j }) : literal(text, name, v, j, s, k);
}

const ACCESSORS = new RegExp(`^${ACCESSOR_BLOCK}`);

/**
 * A multipart form's part named for the secret (`Content-Disposition: form-data; name="api_token"`): its
 * value is the line after the blank line, as sure a value as a pair's.
 */
function multipartValue(text: string, name: string, s: number, i: number): MatchResult | null | undefined {
  if (!/form-data;[ \t]*name=$/i.test(text.slice(Math.max(0, s - 24), s - 1))) return undefined;
  const m = /^\r?\n\r?\n([^\s"'`]{16,300})\r?\n/.exec(text.slice(i, i + 310));
  if (!m) return null;
  const j = i + m[0].indexOf(m[1]!);
  return literal(text, name, m[1]!, j, s, j + m[1]!.length, false, true);
}

/** A list item's `name:` field before the name, and its `value:` field on the next line before the literal at `i`. */
function envEntryValue(text: string, s: number, afterName: number, i: number): boolean {
  return /^["']?[ \t]*\r?\n[ \t]*value:[ \t]*$/.test(text.slice(afterName, i)) && /(?:^|[\s{,])-?[ \t]*name:[ \t]*["']?$/.test(text.slice(Math.max(0, s - 16), s));
}

const TABLE_ROW_LEAD = /(?:^|\n)[ \t]*\|[ \t]*[`*]{0,2}$/;

/**
 * A Markdown table's row (`| PLAID_SECRET | <value> |`): the name in its first cell, the value the next cell, bare or
 * in backticks, as sure a value as a pair's. Undefined when the `|` at `bar` is not the name cell's close.
 */
function tableCellValue(text: string, name: string, s: number, afterName: number, bar: number): MatchResult | null | undefined {
  if (!/^[`*]{0,2}[ \t]*$/.test(text.slice(afterName, bar)) || !TABLE_ROW_LEAD.test(text.slice(Math.max(0, s - 24), s))) return undefined;
  const close = indexWithin(text, "|", bar + 1, 302);
  if (close < 0) return null;
  const m = /^[ \t]*(`?)([^\s`|]{8,300})\1[ \t]*$/.exec(text.slice(bar + 1, close));
  if (!m) return null;
  const start = bar + 1 + m[0].indexOf(m[2]!);
  return literal(text, name, m[2]!, start, s, start + m[2]!.length, false, true);
}

const HEADER_NAME = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-(?:key|token)$/i;

/** From the name's end to its value: the walk over glue, tags, joining words and one line break. */
/**
 * A property's value one object down, where a dump keeps each property's metadata beside it: Spring Boot actuator's
 * `/env` (`"NAME": {"value": "…", "origin": …}`), `terraform output -json` (`"name": {"sensitive": true, "type": "string", "value": "…"}`).
 */
const NESTED_VALUE = /\\{0,3}"?[ \t]*:[ \t]*\{(?:\s|\\[nrt])*(?:\\{0,3}"(?:sensitive|type)\\{0,3}"[ \t]*:[ \t]*(?:true|false|\\{0,3}"\w{1,20}\\{0,3}")[ \t]*,(?:\s|\\[nrt])*){0,2}\\{0,3}"value\\{0,3}"[ \t]*:[ \t]*(?=\\{0,3}")/y;

/** A `{` within a few characters after the name (`": {`, `\\": {`): where NESTED_VALUE can match at all. */
function openBraceAfter(text: string, at: number): boolean {
  for (let i = at, end = Math.min(text.length, at + 8); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) return true;
    if (c !== 34 && c !== 58 && c !== 92 && c !== 32 && c !== 9) return false;
  }
  return false;
}

/**
 * What a debugger or dump prints between a name and its string (a C pointer's address in gdb's or lldb's
 * `token = 0x55…d12 "…"`, PHP var_dump's `=> string(40) "…"`): where the word at [i, k) and its annotation end, or -1.
 */
function dumpAnnotationEnd(text: string, i: number, k: number): number {
  const c = text.charCodeAt(i);
  if (c === 48 && (text.charCodeAt(i + 1) | 32) === 120) return k - i >= 6 && k - i <= 18 && /^0x[0-9a-f]+ +\\?"/i.test(text.slice(i, k + 4)) ? k : -1;
  if ((c | 32) !== 115 || k - i !== 6 || text.charCodeAt(k) !== 40) return -1;
  const m = /^string\(\d{1,6}\)/i.exec(text.slice(i, k + 8));
  return m ? i + m[0].length : -1;
}

/** The name at `s` is a closing tag's (`</Credentials>`, `</wsse:Password>`): what follows is the next element's, not this one's. */
function closingTagName(text: string, s: number): boolean {
  let i = s - 1;
  if (text.charCodeAt(i) === 58) {
    const stop = Math.max(0, s - 32);
    i--;
    while (i > stop && isNameCode(text.charCodeAt(i))) i--;
  }
  return text.charCodeAt(i) === 47 && text.charCodeAt(i - 1) === 60;
}

export function valueAfterName(text: string, name: string, s: number, e: number): MatchResult | null {
  if (closingTagName(text, s)) return null;
  // A quoted name: its closing quote is not the value's opening one.
  const q = text[s - 1] === '"' || text[s - 1] === "'" || text[s - 1] === "`" ? text[s - 1] : undefined;
  let closeName = q !== undefined;
  const afterName = e + (closeName && text[e] === q ? 1 : 0);
  const header = headerDirective(text, s, afterName);
  if (header) {
    const bare = bareHeaderValue(text, name, s, afterName);
    if (bare !== undefined) return bare;
  }
  if (openBraceAfter(text, afterName)) {
    NESTED_VALUE.lastIndex = afterName;
    const nested = NESTED_VALUE.exec(text);
    if (nested) {
      const at = afterName + nested[0].length;
      const secretWord = FIELD_SECRET_NAME.test(name);
      const l = literalAt(text, at, secretWord ? LONG_LITERAL : 300);
      if (l) return literal(text, name, l.lit.value, l.lit.start, s, l.end, false, secretWord);
    }
  }
  let newline = false;
  let tagOpened = false;
  const stop = Math.min(text.length, e + 80);
  for (let i = e; i < stop; ) {
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    if (tagOpened && ch !== "<" && ch !== "\n" && ch !== "\r" && ch !== " " && ch !== "\t") return elementText(text, name, s, i);
    tagOpened = false;
    if (ch === '"' || ch === "'" || ch === "`" || (ch === "\\" && text[i + 1] === '"')) {
      if (closeName && (i === e || (i === e + 1 && text[e] === "\\"))) {
        closeName = false;
        if (q === '"' && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
          const part = multipartValue(text, name, s, i + 1);
          if (part !== undefined) return part;
        }
        i = skipAttributes(text, s, i + 1);
        // HCL: `variable "api_key" {` and the value on a line of the block.
        const block = /^[ \t]*\{[ \t]*\r?\n/.exec(text.slice(i, i + 40));
        if (block && q === '"') return blockValue(text, name, s, i + block[0].length - 1);
        continue;
      }
      const l = literalAt(text, i, text.startsWith("eyJ", i + 1) || FIELD_SECRET_NAME.test(name) ? LONG_LITERAL : 300) ?? (ch === '"' && text[i + 1] === "\\" ? literalAt(text, i + 1) : undefined);
      if (!l) return null;
      // A tuple's next literal, or a YAML/JSON field's quoted value under a name ending in the secret's own word.
      // So is a record's next line labelled as the value (Spring Boot's `Property: app.api-secret` / `Value: "…"`).
      // So is a container env entry's `value:` under its `- name: NAME` (Kubernetes, Helm values).
      const field = /^\\?["']?[ \t]*:[ \t]*$|^[ \t]*\r?\n[ \t]*Value:[ \t]*$/.test(text.slice(afterName, i)) || envEntryValue(text, s, afterName, i);
      // .NET's `<add key="NAME" value="…" />` is a pair too; so is a typed string constant named by the secret's own word
      // (Java's `static final String TAX_LICENSE_KEY = "…"`, C#'s `const string DbPassword = "…"`): fixed in the code as its value.
      const pair = (q !== undefined && /^[ \t]*,[ \t]*$/.test(text.slice(afterName, i))) || (field && FIELD_SECRET_NAME.test(name)) || (q === '"' && /^[ \t]+value[ \t]*=[ \t]*$/.test(text.slice(afterName, i)) && text.endsWith("key=", s - 1)) ||
        (q === undefined && FIELD_SECRET_NAME.test(name) && /^[ \t]*=[ \t]*@?$/.test(text.slice(afterName, i)) && declaredConstant(text, s));
      // A headers map's entry (`{'roblox-api-key': '…'}`): a header's name, hyphenated, sent as the credential.
      const headerField = field && q !== undefined && HEADER_NAME.test(name);
      const found = literal(text, name, l.lit.value, l.lit.start, s, l.end, header || headerField, pair);
      // A DSL setter's argument (`storePassword "…"`, `set :db_password, "…"`): a punctuated password as after `=`.
      if (found || q !== undefined || !setterArgument(text, name, s, afterName, i) || !setterPassword(l.lit.value) || /^[ \t]*(?::(?!:)|=(?!=))/.test(text.slice(l.end, l.end + 8))) return found;
      return result(s, l.lit.start + l.lit.value.length, { value: l.lit.value, start: l.lit.start });
    }
    closeName = false;
    if (ch === ">") {
      // Android's `<string name="api_key">…</string>`: the name in an attribute, the value the element's text.
      tagOpened = true;
      i++;
      continue;
    }
    if (ch === "<") {
      const tag = /^<(\/?)[A-Za-z][\w:.-]{0,30}>/.exec(text.slice(i, i + 40));
      if (tag) {
        tagOpened = tag[1] === "";
        i += tag[0].length;
        continue;
      }
    }
    if ((ch === "=" || (ch === ":" && text[i + 1] === " ")) && text[i + 1] !== "=") {
      const v = afterAssign(text, name, s, e, i);
      if (v !== undefined) return v;
    }
    if (isWordCode(c) || (c === 224 && text[i + 1] === " ")) {
      let k = i + 1;
      while (k < stop && isWordCode(text.charCodeAt(k))) k++;
      const dumped = dumpAnnotationEnd(text, i, k);
      if (dumped > 0) {
        i = dumped;
        continue;
      }
      if (k - i > (text.charCodeAt(k) === 40 ? 14 : 7)) return null;
      const word = text.slice(i, k).toLowerCase();
      // VB.NET's declared type before the initializer (`Const ApiKey As String = "…"`).
      const typed = word === "as" ? AS_TYPE.exec(text.slice(k, k + 40)) : null;
      if (typed) {
        i = k + typed[0].length;
        continue;
      }
      if (!JOINING.has(word)) {
        const wrapped = literalWrapperEnd(text, k, word);
        if (wrapped < 0) return k - i > 7 ? null : i - e < 4 ? spokenValue(text, name, s, i, word) : null;
        i = wrapped;
        continue;
      }
      i = k;
      continue;
    }
    if (ch === "{") {
      // A C# property's accessors before its initializer (`ApiKey { get; set; } = "…"`).
      const accessors = ACCESSORS.exec(text.slice(i, i + 60));
      if (accessors) {
        i += accessors[0].length;
        continue;
      }
    }
    if (ch === "\n" || ch === "\r") {
      if (newline && ch === "\n") return null;
      if (ch === "\n") newline = true;
      i++;
      continue;
    }
    if (c === 124) {
      const cell = tableCellValue(text, name, s, afterName, i);
      if (cell !== undefined) return cell;
    }
    if (c >= 128 || GLUE[c] !== 1) return null;
    i++;
  }
  return null;
}

// nameAt, as one function with these inlined, was one FTL compile of ~110 ms, on a compiler thread in the middle of a
// `toolkit check` (BUN_JSC_reportCompileTimes); as calls, each compiles on its own when hot.
keepOutOfLine(nameOk, envEntryValue, tableCellValue, dumpAnnotationEnd, spokenValue, multipartValue, keyAttribute, afterDirectiveWord, literal, wideValue, blockValue, headerValueOk, valueOk, valueAfterName, headerDirective, bareHeaderValue, elementText, skipAttributes, afterAssign);

const scan = scanMatcher(KEYWORDS, nameAt);
/** The keyword at a hit, told by its first letter (the prefilter found one there): no loop over the keywords at 1,400 hits per MB of code. */
const matcher = {
  ...scan,
  matchAt(text: string, pos: number): MatchResult | null {
    switch (text.charCodeAt(pos) | 32) {
      case 116: return nameAt(text, pos, "token");
      case 107: return nameAt(text, pos, "key");
      case 115: return nameAt(text, pos, "secret");
      case 99: return nameAt(text, pos, "credential");
      case 112: return (text.charCodeAt(pos + 5) | 32) === 100 ? nameAt(text, pos, "passwd") : nameAt(text, pos, "password");
      default: return null;
    }
  },
};

export const NAME_THEN_LITERAL_RULES: Rule[] = [
  // Ciphertext under a name that says encrypted (`enc_token=…`, `sealedApiKey: "Ag…"`) is at rest, not a secret.
  { ...rule("secret-name-then-literal", "Opaque literal after a secret-named identifier on its line, whatever the syntax between", KEYWORDS, matcher), excusedAt: (t, s, e) => sealedCiphertext(t, s, e) || sqlColumnToValues(t, s, e) },
];
