// A value stated first and its secret-named destination after it, in prose (Markdown, chat):
// "the staging value is `X` — put it in `R2_SECRET_ACCESS_KEY`", "use `X` as the API_TOKEN",
// "`X` goes into DB_PASSWORD", "trag ihn in `X_TOKEN` ein". Anchored at the verb: the value is
// the literal just before it (or, for "use X as NAME", just after it), the destination is a
// preposition away. The value must be opaque and the name must name a secret; a name alone
// ("put your key in `API_KEY`") or an id/region ("put it in AWS_REGION") is not taken.
import type { Matcher, MatchResult, Rule } from "./types.ts";
import { indexWithin, lastIndexWithin, opaqueLiteral, randomUuid, result, rule, scanMatcher, UUID, wordCharBefore } from "./call-arguments.ts";
import { LOWER_DIGITS, lowerDigitsDrawn, randomHex } from "../entropy.ts";
import { groupedPassword, isGenericPlaceholder } from "../placeholder.ts";
import { PUBLISHABLE_VALUE } from "../value-form.ts";
import { barredKey, djangoKey } from "./name-then-literal.ts";
import { DJANGO_CHARS, punctuatedDraw } from "./secret-name.ts";

/** Verbs that hand a value to a destination (English, German, French, Spanish, Portuguese, Italian); ASCII, as the prefilter takes. */
const VERBS = [
  "put", "set", "store", "save", "export", "paste", "add", "copy", "place", "write", "goes", "use", "assign", "drop",
  "trag", "trage", "setz", "setze", "speicher", "speichere", "leg", "lege", "kopier", "kopiere", "verwende", "nutze",
  "mets", "mettez", "mettre", "stocke", "stockez", "enregistre", "enregistrez", "colle", "collez", "copie", "copiez", "utilise", "utilisez", "exporte", "exportez",
  "pon", "ponlo", "ponla", "guarda", "pega", "coloca", "usa", "exporta",
  "coloque", "guarde", "salve", "cole", "metti", "mettilo", "salva", "salvalo", "inserisci", "inseriscilo", "incolla",
];
/** French joins the pronoun with a hyphen (mets-la, collez-le); elsewhere `set-`, `use-`, `go-` start identifiers. */
const HYPHENED = ["mets", "mettez", "stocke", "stockez", "enregistre", "enregistrez", "colle", "collez", "copie", "copiez", "utilise", "utilisez", "exporte", "exportez"];
/**
 * The verb with what follows it in both forms (a pronoun, a preposition, or the quote of the value),
 * not the bare verb: "use ", "add ", "put " are among the commonest words of code and prose, and as
 * keywords they cost the core bench 5–8%; these run about 40 times per MB of real code.
 */
const AFTER_VERB = ["it ", "them ", "this ", "ihn ", "sie ", "es ", "into ", "em ", "en ", "dans ", "nel ", "`", "'", '"'];
const KEYWORDS = VERBS.flatMap((v) => AFTER_VERB.map((a) => `${v} ${a}`)).concat(HYPHENED.map((v) => `${v}-`));

const PRONOUN = "(?:it|this|that|them|ihn|sie|es|den|le|la|les|lo|o|a|lo|la)";
const PREP = "(?:into|in|to|as|under|inside|nach|als|unter|in|dans|comme|sous|en|como|em|no|na|come|nel|nella|nello)";
const ARTICLE = "(?:the|your|an?|die|den|der|das|le|la|les|el|los|o|a|il|lo|l')";
const SLOT_WORD = "(?:env(?:ironment)?|variable|var|secret|field|setting|config|key|umgebungsvariable|variable d'environnement)";
const NAME = "[`'\"]?([A-Za-z][A-Za-z0-9_.-]{2,80})[`'\"]?";
/** From the verb's end: an optional pronoun, the preposition, an optional article and slot word, the name. */
const TO_NAME = new RegExp(`^[ \\t-]{1,3}(?:${PRONOUN}[ \\t]{1,3})?${PREP}[ \\t]{1,3}(?:${ARTICLE}[ \\t]{1,3})?(?:${SLOT_WORD}[ \\t]{1,3}){0,2}${NAME}(?![\\w-])`, "i");
/** "use X as NAME": the value right after the verb, then the preposition. */
const VALUE_THEN_NAME = new RegExp(`^[ \\t]{1,3}(?:[\`'"]([^\`'"\\s]{16,300})[\`'"]|([A-Za-z0-9+/_.~=-]{16,300}))[ \\t]{1,3}${PREP}[ \\t]{1,3}(?:${ARTICLE}[ \\t]{1,3})?(?:${SLOT_WORD}[ \\t]{1,3}){0,2}${NAME}(?![\\w-])`, "i");
/** Between the value and the verb: a dash, comma or "and then", maybe "please" (read on the last 40 characters). */
const CONNECTOR_TAIL = /[ \t]{0,3}(?:[,;:.—–(-][ \t]{0,3}|[ \t](?:and|then|so|und|et|y|e)[ \t]{1,3})?(?:(?:then|please|pls|just|now|bitte|puis|luego|depois|poi)[ \t]{1,3})?$/i;
const TOKEN_CHAR = /[A-Za-z0-9+/_.~=-]/;
const TOKEN_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) TOKEN_CODE[c] = TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
const isToken = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 && TOKEN_CODE[c] === 1;
};
const isQuote = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 96 || c === 34 || c === 39;
};

/** The value that ends just before the connector before `pos`: quoted, or a bare run after a blank. Walks back, linear. */
function valueBefore(text: string, pos: number): { value: string; start: number } | undefined {
  const tail = text.slice(Math.max(0, pos - 40), pos);
  const c = CONNECTOR_TAIL.exec(tail)!;
  let e = pos - (tail.length - c.index);
  if (isQuote(text, e - 1)) {
    const q = text[e - 1];
    e--;
    let s = e;
    while (s > 0 && e - s <= 300 && text[s - 1] !== q && !/\s/.test(text[s - 1]!)) s--;
    return text[s - 1] === q && e - s >= 16 && e - s <= 300 ? { value: text.slice(s, e), start: s } : undefined;
  }
  let s = e;
  while (s > 0 && e - s <= 300 && isToken(text, s - 1)) s--;
  if (s > 0 && !/[\s(]/.test(text[s - 1]!)) return undefined;
  return e - s >= 16 && e - s <= 300 ? { value: text.slice(s, e), start: s } : undefined;
}

/** A name that says secret: key, token, secret, password, a PAT (`AZURE_DEVOPS_PAT`)…; not an id, region, URL, host or path. */
const SECRET_WORD = /(?:key|token|secret|passw(?:or)?d|passphrase|pass|pwd|credential|auth|private|dsn|session|cookie|signing|salt)|(?:^|[_.-])pat(?:$|[_.-])/i;
const NOT_SECRET = /(?:[_.-]|^)(?:id|ids|region|url|uri|host|hostname|port|path|file|dir|name|user|username|email|account|endpoint|bucket|zone|project|org|version|env)$|public|publishable|cache|idempotency|cursor|checksum|hash|digest|sha\d*|(?:key|token)[_.-]?(?:id|name|path|file|url)$|\.(?:ts|tsx|js|mjs|py|go|rb|rs|java|kt|cs|php|sh|md|txt|html)$/i;
function secretName(n: string): boolean {
  return SECRET_WORD.test(n) && !NOT_SECRET.test(n) && /[_.-]|^[A-Z0-9]+$|[a-z][A-Z]/.test(n);
}

function verbAt(text: string, pos: number, kw: string): MatchResult | null {
  // The verb starts a word.
  if (wordCharBefore(text, pos)) return null;
  const after = pos + kw.length - 1;
  const rest = text.slice(after, after + 200);
  const nl = rest.indexOf("\n");
  const line = nl >= 0 ? rest.slice(0, nl) : rest;
  const t = TO_NAME.exec(line);
  if (t && secretName(t[1]!)) {
    const v = valueBefore(text, pos);
    if (v && opaqueLiteral(v.value)) return result(v.start, after + t[0].length, v);
  }
  const u = VALUE_THEN_NAME.exec(line);
  if (u && secretName(u[3]!)) {
    const value = (u[1] ?? u[2])!;
    if (opaqueLiteral(value)) {
      const start = after + u[0].indexOf(value);
      return result(pos, after + u[0].length, { value, start });
    }
  }
  return null;
}


/**
 * What both forms need, tested before their regexes (the verbs are among the commonest words of
 * code and prose): a quote, or a run of 16 value characters, ending within 40 characters before
 * the verb, or starting a few blanks after it.
 */
function valueNear(text: string, pos: number, after: number): boolean {
  let j = after;
  while (j < after + 3 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (isQuote(text, j)) return true;
  let n = 0;
  while (n < 16 && isToken(text, j + n)) n++;
  if (n >= 16) return true;
  for (let i = pos - 1, lim = Math.max(0, pos - 40); i >= lim; ) {
    if (isQuote(text, i)) return true;
    if (!isToken(text, i)) {
      i--;
      continue;
    }
    let run = 0;
    while (i >= 0 && isToken(text, i) && run < 16) {
      i--;
      run++;
    }
    if (run >= 16) return true;
    while (i >= 0 && isToken(text, i)) i--;
  }
  return false;
}

const VERB_SET = new Set(VERBS);
const HYPHENED_SET = new Set(HYPHENED);
/** At a keyword hit: the verb read once and looked up, rather than every keyword compared (verbs are frequent words). */
function matcher(): Matcher {
  const matchAt = (text: string, pos: number): MatchResult | null => {
    let e = pos;
    while (e - pos < 12 && (((text.charCodeAt(e) | 32) >= 97 && (text.charCodeAt(e) | 32) <= 122))) e++;
    const verb = text.slice(pos, e).toLowerCase();
    const sep = text[e];
    if (sep === " " ? !VERB_SET.has(verb) : sep !== "-" || !HYPHENED_SET.has(verb)) return null;
    if (!valueNear(text, pos, e)) return null;
    return verbAt(text, pos, verb + sep);
  };
  return { matchAt, matchAll: scanMatcher(KEYWORDS, (text, pos) => matchAt(text, pos)).matchAll };
}

// ---- A value stated as the new one and its secret-named variable beside it, in chat: "creds
// rotated — new one is X (same DD_API_KEY var)", "the value is `X` for JWT_SECRET", "X is the new
// STRIPE_SECRET_KEY". Anchored at the statement (rare words in code); the value must be opaque and
// a secret-named identifier must stand within the sentence after it (or before it on its line).

/** "<new|the> <one|value> is" and its kin in German, French, Spanish: the value follows. */
const STATED = ["new one is ", "new one's ", "new one: ", "new value is ", "new value: ", "the value is ", "neue ist ", "neue lautet ", "nouvelle est ", "nouveau est ", "nueva es ", "nuevo es "];
/** "<value> is the new <NAME>", "<value> (it's the <NAME> slot)": the value before, the name after. */
const IS_THE_NEW = ["is the new ", "is now the ", "ist der neue ", "ist das neue ", "est la nouvelle ", "est le nouveau ",
  // "<value> (it's the B2_APPLICATION_KEY slot in vercel)": the aside after a value handed over in chat.
  "it's the ", "its the ", "that's the ", "this is the ", "which is the ", "goes in the ", "goes into the "];
/** The keywords of IS_THE_NEW that call the value new (the others are an aside naming its slot). */
const NEW_WORD = /new|now|neue|nouve/;
/** An identifier that may name a variable: upper snake, dotted, camelCase; read in the span after the value. */
const IDENT = /[A-Za-z][A-Za-z0-9_.-]{2,80}/g;

/** Where a value after `from` opens: past up to three blanks and a quote. */
function valueOpening(text: string, from: number): number {
  let j = from;
  while (j < from + 3 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return isQuote(text, j) ? j + 1 : j;
}

/** The opaque run starting a few blanks after `from` (maybe quoted), or undefined. A few character tests for prose. */
function valueAfter(text: string, from: number): { value: string; start: number } | undefined {
  const j = valueOpening(text, from);
  let e = j;
  while (e - j <= 300 && isToken(text, e)) e++;
  if (e - j < 16 || e - j > 300) return undefined;
  // Sentence punctuation after the value is not part of it.
  while (e > j && (text[e - 1] === "." || text[e - 1] === "-")) e--;
  return e - j >= 16 ? { value: text.slice(j, e), start: j } : undefined;
}

/** A secret-named identifier in text[from, to) (one line). */
function secretNameIn(text: string, from: number, to: number): boolean {
  const span = text.slice(from, to);
  const nl = span.indexOf("\n");
  const line = nl >= 0 ? span.slice(0, nl) : span;
  IDENT.lastIndex = 0;
  for (let m = IDENT.exec(line); m !== null; m = IDENT.exec(line)) if (secretName(m[0].replace(/[.-]+$/, ""))) return true;
  return false;
}

/** A key behind its deployment's label and a bar (Convex's `prod:<deployment>|<key>`) a few blanks after `from`. */
function barredAfter(text: string, from: number): { value: string; start: number } | undefined {
  const m = /^[ \t]{0,3}[`'"]?([A-Za-z][\w.-]{0,30}(?::[\w.-]{1,60})?\|[A-Za-z0-9+/=_-]{32,300})(?![A-Za-z0-9+/=_-])/.exec(text.slice(from, from + 420));
  return m && barredKey(m[1]!) ? { value: m[1]!, start: from + m[0].length - m[1]!.length } : undefined;
}

function statedAt(text: string, pos: number): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const lower = text.slice(pos, pos + 16).toLowerCase();
  const kw = STATED.find((k) => lower.startsWith(k));
  if (kw) {
    let v = valueAfter(text, pos + kw.length);
    // A replacement ("new one is"), not a bare "the value is": a random UUID or hex is the new credential too.
    const replaced = v !== undefined && kw !== "the value is " && (randomUuid(v.value) || rotatedValue(v.value, true))
      && !OTHER_AFTER.test(text.slice(v.start + v.value.length, v.start + v.value.length + 40));
    if (!v || !(replaced || opaqueLiteral(v.value))) v = barredAfter(text, pos + kw.length);
    if (!v) return kw === "the value is " ? null : rotatedOneAt(text, pos, kw);
    const end = v.start + v.value.length;
    const lineStart = lastIndexWithin(text, "\n", pos - 100, pos) + 1;
    if (!secretNameIn(text, end, Math.min(text.length, end + 80)) && !secretNameIn(text, Math.max(lineStart, pos - 100), pos)) {
      return kw === "the value is " ? null : rotatedOneAt(text, pos, kw);
    }
    return result(pos, end, v);
  }
  const kn = IS_THE_NEW.find((k) => lower.startsWith(k));
  if (!kn) return null;
  const v = valueBefore(text, pos);
  if (!v || !opaqueLiteral(v.value)) return null;
  // An aside names what the value is for; the words before the value may say it is something else ("commit <sha> (it's the SECRET_KEY fix)").
  if (!NEW_WORD.test(kn) && OTHER_THING.test(text.slice(Math.max(lastIndexWithin(text, "\n", v.start - 40, v.start) + 1, v.start - 40), v.start).trimEnd())) return null;
  const after = pos + kn.length;
  if (!secretNameIn(text, after, Math.min(text.length, after + 60))) return null;
  return result(v.start, after, v);
}

/** Credential nouns as pattern sources, for every reader below: English ("api key", "tokens", "creds"), and other languages'. */
const CRED_WORD = String.raw`(?:api[ _-]?)?(?:keys?|tokens?|secrets?|passwords?|creds|credentials?)`;
const CRED_WORD_INTL = "schlüssel|passwort|zugangsdaten|clé|jeton|mot de passe|clave|contraseña|credenciales|chave|senha|chiave";

/**
 * "I rotated it (yesterday)" before "new one is": the thing rotated is the credential (a pronoun
 * object, or a credential noun in the line); not "rotated the logs", "rotated the on-call".
 */
const ROTATED_IT = /(?<![\p{L}])(?:rotated|regenerated|reissued|re-?issued|re-?rolled|rolled|recreated|reset|renewed|replaced|cycled)[ \t]+(?:it|them)(?![\p{L}])|(?<![\p{L}])(?:ihn|es|sie)[ \t]+(?:\p{L}+[ \t]+){0,2}(?:rotiert|erneuert|neu generiert|geändert)|(?<![\p{L}])l'(?:ai|avons)[ \t]+(?:régénéré|renouvelé|changé)e?|(?<![\p{L}])(?:la|lo)[ \t]+(?:he|hemos)[ \t]+(?:rotad|regenerad|renovad|cambiad)[oa]/iu;
/** A credential noun said rotated in the passive, right before "new one is": "secret key got rotated, ". */
const PASSIVE_ROTATED = new RegExp(String.raw`(?<![\p{L}])${CRED_WORD}[ \t]+(?:(?:got|was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been|just[ \t]+got|just)[ \t]+)(?:just[ \t]+)?(?:rotated|regenerated|reissued|re-?issued|re-?rolled|rolled|recreated|reset|renewed|replaced|cycled)(?:[ \t]+(?:today|yesterday|again|this[ \t]+morning|last[ \t]+night))?[ \t]*[,;.:—–-]?[ \t]*(?:(?:and|so)[ \t]+)?(?:the[ \t]+)?$`, "iu");
/** After the value, where it goes: "update the staging secret", "update FIRECRAWL_API_KEY" (the name read by secretNameIn). */
const UPDATE_SECRET = new RegExp(String.raw`^[^\n]{0,50}?(?<![\p{L}])(?:update|set|put it in|replace|swap|paste it into|aktualisier\p{L}*|tausch\p{L}*|mets à jour|mettre à jour|actualiza\p{L}*|atualiz\p{L}*|aggiorna\p{L}*)[ \t]+(?:(?:the|our|your|den|das|die|le|la|el|o|a|il|lo)[ \t]+)?(?:[\p{L}0-9-]+[ \t]+){0,2}(?:${CRED_WORD}|${CRED_WORD_INTL})(?![\p{L}])|^[^\n]{0,50}?(?<![\p{L}])(?:das|den|die)[ \t]+[\p{L}-]{0,20}(?:secret|schlüssel|passwort|token|key)[ \t]+(?:\p{L}+[ \t]+)?(?:aktualisieren|ändern|tauschen|updaten)(?![\p{L}])`, "iu");

/** The blank-free run after `from` (maybe quoted), its sentence punctuation cut; punctuation of a password kept. */
function drawnAfter(text: string, from: number): { value: string; start: number } | undefined {
  const j = valueOpening(text, from);
  let e = j;
  while (e - j <= 130 && text.charCodeAt(e) > 32 && text.charCodeAt(e) < 127 && !isQuote(text, e) && text.charCodeAt(e) !== 92) e++;
  while (e > j && /[.,;:)]/.test(text[e - 1]!)) e--;
  return e - j >= 16 && e - j <= 128 ? { value: text.slice(j, e), start: j } : undefined;
}

/**
 * "I rotated it yesterday, new one is X — can you update the staging secret": the rotation before
 * (of "it" or of a named credential) and the place it goes after frame X as the credential, so a
 * random hex (maybe behind a vendor's short prefix), a UUID, or a punctuated draw of 16+ is taken.
 */
function rotatedOneAt(text: string, pos: number, kw: string): MatchResult | null {
  const v = drawnAfter(text, pos + kw.length);
  if (!v) return null;
  const lineStart = lastIndexWithin(text, "\n", pos - 160, pos) + 1;
  const head = text.slice(Math.max(lineStart, pos - 160), pos);
  if (!ROTATED_IT.test(head) && !(ROTATION.test(head) && CRED_NOUN.test(head))) return null;
  const end = v.start + v.value.length;
  const tail = text.slice(end, end + 120);
  if (OTHER_AFTER.test(tail.slice(0, 30))) return null;
  // "the prod Plaid secret key got rotated, new one is X": the credential said rotated just before frames X with no target after.
  if (!(PASSIVE_ROTATED.test(head) && !NOT_SECRET_KEY.test(head)) && !(UPDATE_SECRET.test(tail) || secretNameIn(text, end, Math.min(text.length, end + 80)))) return null;
  const value = v.value;
  const body = value.replace(/^[a-z]{1,8}[-_]/, "");
  const ok = UUID.test(value) ? randomUuid(value)
    : /^[A-Za-z0-9+/_.~=-]+$/.test(value) ? rotatedValue(value, true) || rotatedValue(body, true)
    : punctuatedDraw(value, 16);
  return ok ? result(pos, end, v) : null;
}

function statedMatcher(): Matcher {
  return { matchAt: statedAt, matchAll: scanMatcher([...STATED, ...IS_THE_NEW], (text, pos) => statedAt(text, pos)).matchAll };
}

// ---- A credential announced in chat as rotated or new, its value after an arrow, colon, dash or
// copula, with no variable named: "i just rotated it -> X", "rotated the prod Pusher secret
// (PUSHER_APP_SECRET) — new value is X", "new token: X", "Token erneuert → X". Anchored at the
// verb (or "new <noun>"); the object is a pronoun or a credential noun stands in the line; what
// stands just before the connector is not an id, commit, build, path or log; the value is opaque.

/** Rotation verbs (English, German, French, Spanish, Portuguese, Italian) and "new <credential noun>". */
const ROTATED = ["rotated", "regenerated", "reissued", "re-issued", "rerolled", "re-rolled", "rolled", "recreated",
  "rotiert", "erneuert", "neu generiert", "régénéré", "renouvelé", "rotada", "rotado", "regenerada", "regenerado", "renovada", "renovado",
  "rotacionei", "rotacionada", "rotacionado", "regenerei", "ruotata", "ruotato", "rigenerata", "rigenerato"];
const NEW_NOUN = ["new key", "new token", "new secret", "new password", "new creds", "new credentials", "new api key", "new pat"];
const CRED_NOUN = new RegExp(String.raw`(?<![A-Za-z])(?:${CRED_WORD}|passw(?:or)?ds?|passphrase|pat|${CRED_WORD_INTL})(?![A-Za-z])`, "i");
/** A cloud's secret key by its abbreviation ("the Huawei Cloud SK"), in capitals; not a name's first word ("SK Telecom"). */
const CRED_ABBR = /(?<![A-Za-z0-9_])SK(?![A-Za-z0-9_])(?![ \t]+[A-Z][a-z])/;
const PRONOUN_OBJECT = /^[ \t]{1,3}(?:it|them|this|that|ihn|es|sie|la|le|lo|les)(?![A-Za-z])/i;
/** A Django key (`get_random_secret_key()`): 50 of lower case, digits and its punctuation, ending at a blank or the line's end. */
const DJANGO_RUN = `[${DJANGO_CHARS}]{50}(?![^\\s,;'"\`])`;
/** A connector and the value after it (maybe quoted, maybe JSON-escaped): arrow, colon, dash, or a copula. */
const CONNECT = new RegExp(/(?:[ \t]*(?:->|=>|→|⇒|:|—|–)[ \t]*|[ \t]+-[ \t]+|[ \t]+(?:is|are|ist|lautet|est|es|é|è)(?:[ \t]+(?:now|jetzt|maintenant|ahora|agora|ora))?[ \t]*:?[ \t]*)(?:\\?["'`])?/.source + `(${DJANGO_RUN}|[A-Za-z0-9+/_.~=-]{16,300})`, "g");
/** What stands just before the connector names something else: an id, a commit, a build, a path, a log. */
const OTHER_THING = /(?<![A-Za-z])(?:ids?|sha\d*|commit|build|hash|digest|fingerprint|checksum|version|path|file|url|link|logs?|region|job|run|ticket|rev(?:ision)?|tag|release|image|etag|request|trace|kid|thumbprint|serial|number|uuid|user(?:name)?|e-?mail|account|name|branch|pr|host)(?![A-Za-z])[^A-Za-z]{0,4}(?:[A-Za-z]{1,6}[^A-Za-z]{0,3})?$/i;

const UPPER_SNAKE = /(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])/g;

/** How many characters of a blank-free run stand before `pos` (a few, as a prefix such as `h1:` has). */
function runBack(text: string, pos: number): number {
  let n = 0;
  while (n < 12 && pos - n > 0 && text.charCodeAt(pos - n - 1) > 32) n++;
  return n;
}

function rotatedValue(value: string, credNoun: boolean): boolean {
  if (PUBLISHABLE_VALUE.test(value)) return false;
  // A path, a link or a file name.
  if (value.startsWith("/") || value.includes("//") || /\.[A-Za-z][A-Za-z0-9]{1,4}$/.test(value)) return false;
  // Hex after a bare "rotated it" may as well be a commit or a digest.
  if (!credNoun && /^[0-9a-fA-F]+$/.test(value)) return false;
  if (opaqueLiteral(value)) return true;
  // Hex (maybe behind a short lower-case prefix) is a credential only where a credential noun says so.
  const body = value.replace(/^[a-z][a-z0-9]{1,7}_/, "");
  return credNoun && /^(?:[0-9a-f]{20,128}|[0-9A-F]{20,128})$/.test(body) && randomHex(body) && !isGenericPlaceholder(value);
}

function rotatedAt(text: string, pos: number): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const lower = text.slice(pos, pos + 16).toLowerCase();
  const kw = ROTATED.find((k) => lower.startsWith(k)) ?? NEW_NOUN.find((k) => lower.startsWith(k));
  if (!kw) return null;
  const after = pos + kw.length;
  // A word of its own, then a blank, a comma or the connector (not `rolledBack`, `new Token(`, `new keyboard`).
  const c = text[after];
  if (c === undefined || !/[ \t:\-→—–=,]/.test(c)) return null;
  const lineEnd = indexWithin(text, "\n", after, 160);
  const seg = text.slice(after, lineEnd < 0 ? Math.min(text.length, after + 160) : lineEnd);
  const lineStart = lastIndexWithin(text, "\n", pos - 80, pos) + 1;
  const head = text.slice(Math.max(lineStart, pos - 80), pos);
  const isNew = kw.startsWith("new ");
  CONNECT.lastIndex = 0;
  for (let m = CONNECT.exec(seg); m !== null; m = CONNECT.exec(seg)) {
    const bridge = seg.slice(0, m.index);
    if (bridge.length > 100) break;
    // The bridge is words of the sentence; a variable's name may stand in parentheses.
    const words = bridge.replace(/\([A-Za-z0-9_.-]{1,60}\)/g, "");
    if (/[{}[\];=<>"`\\]|\.[ \t]|:\/\//.test(words) || OTHER_THING.test(isNew ? kw + bridge : bridge)) return null;
    // A cache's, a sort's or a license's key rotated is no credential ("the cache key got rotated, new one is <hex>").
    if (NOT_SECRET_KEY.test(head + kw + bridge)) return null;
    const credNoun = isNew || CRED_NOUN.test(bridge) || CRED_NOUN.test(head) || CRED_ABBR.test(bridge);
    if (!credNoun && !PRONOUN_OBJECT.test(bridge)) {
      CONNECT.lastIndex = m.index + 1;
      continue;
    }
    const django = credNoun && djangoKey(m[1]!, "secret_key");
    const value = django ? m[1]! : m[1]!.replace(/[.-]+$/, "");
    const start = after + m.index + m[0].length - m[1]!.length;
    // The value's whole run (`h1:<base64>`, a go.sum hash read from its colon) may be a digest.
    const run = text.slice(start - runBack(text, start), start + value.length);
    if (run !== value && isGenericPlaceholder(run)) return null;
    if (value.length >= 16 && (django || rotatedValue(value, credNoun))) {
      // A variable named beside the value ("(same ASSISTANT_ID var)") must name a secret.
      const names = (bridge + " " + seg.slice(m.index + m[0].length, m.index + m[0].length + 80)).match(UPPER_SNAKE);
      if (names && !names.some((n) => secretName(n))) return null;
      return result(pos, start + value.length, { value, start });
    }
    CONNECT.lastIndex = m.index + 1;
  }
  return null;
}

// ---- The same hand-over with the credential named before a colon and the value on the next
// line(s), as chat clients show it: "for now use this for Rails secret_key_base:\n<value>",
// the value maybe wrapped over two lines. The phrase must name a credential (not a build id,
// a commit, the release notes); the value fills its line(s) alone and is opaque.

const USE_FOR = ["use this for ", "use this one for ", "use these for ", "nimm das für ", "verwende das für ", "verwende diesen für ",
  "utilise ceci pour ", "utilise celui-ci pour ", "usa esto para ", "usa este para ", "use isto para ", "use este para ", "usa questo per "];

/** The run of value characters filling the line at `from` (a few blanks around it), its end; or undefined. */
function lineValue(text: string, from: number): { start: number; end: number; next: number } | undefined {
  let j = from;
  while (j < from + 3 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  let e = j;
  while (e - j <= 300 && isToken(text, e)) e++;
  let k = e;
  while (k < e + 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
  if (e === j || (k < text.length && text.charCodeAt(k) !== 10)) return undefined;
  return { start: j, end: e, next: k + 1 };
}

function useForAt(text: string, pos: number): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const lower = text.slice(pos, pos + 24).toLowerCase();
  const kw = USE_FOR.find((k) => lower.startsWith(k));
  if (!kw) return null;
  const after = pos + kw.length;
  const lineEnd = indexWithin(text, "\n", after, 100);
  if (lineEnd < 0) return null;
  const phrase = text.slice(after, lineEnd).trimEnd();
  if (!phrase.endsWith(":")) return null;
  const noun = phrase.slice(0, -1);
  if (/[{}[\];=<>"`\\]|:\/\//.test(noun) || !CRED_NOUN.test(noun) || OTHER_THING.test(noun)) return null;
  const first = lineValue(text, lineEnd + 1);
  if (!first || first.end - first.start < 16) return null;
  let value = text.slice(first.start, first.end);
  let end = first.end;
  // Wrapped by the chat client: a long first line and a run of value characters alone on the next.
  const more = value.length >= 32 ? lineValue(text, first.next) : undefined;
  if (more && value.length + more.end - more.start <= 300) {
    value += text.slice(more.start, more.end);
    end = more.end;
  }
  value = value.replace(/[.-]+$/, "");
  if (!UUID.test(value) && !rotatedValue(value, true)) return null;
  return result(pos, end, { value: text.slice(first.start, end), start: first.start });
}

// ---- The answer to a chat question about a rotation: "who rotated the AI21 key?\nme, new one is X".
// The value follows "new one is" (or "here's the new one:"); the line before (a real or a
// JSON-escaped break) names both a rotation and a credential noun. Anchored at the rare phrase.

const HERE_NEW = ["here's the new one", "heres the new one", "here is the new one", ...STATED];
const ROTATION = /(?<![\p{L}])(?:rotated|regenerated|reissued|re-?issued|re-?rolled|rolled|recreated|reset|changed|renewed|replaced|cycled|rotiert|erneuert|neu generiert|geändert|zurückgesetzt|régénéré|renouvelé|changé|réinitialisé|rotad[oa]|regenerad[oa]|renovad[oa]|cambiad[oa]|cambió|rotacionad[oa]|trocad[oa]|ruotat[oa]|rigenerat[oa]|cambiat[oa])(?![\p{L}])/iu;

/** Start of the line holding `pos`: after a real break or a JSON-escaped "\n"; and its break's length. */
function lineStartBefore(text: string, pos: number, limit: number): { start: number; brk: number } | undefined {
  const from = Math.max(0, pos - limit);
  const real = lastIndexWithin(text, "\n", from, pos - 1);
  const esc = lastIndexWithin(text, "\\n", from, pos - 1);
  if (real < from && esc < from) return undefined;
  return real > esc ? { start: real + 1, brk: 1 } : { start: esc + 2, brk: 2 };
}

/**
 * The chat line holding `pos` (its start within `reach`) and the whole line before it (up to 300
 * characters back from its break): where a reply's question or request stands.
 */
function lineAndPrevious(text: string, pos: number, reach: number): { start: number; previous: string } | undefined {
  const here = lineStartBefore(text, pos, reach);
  if (!here) return undefined;
  const prevEnd = here.start - here.brk;
  const prev = lineStartBefore(text, prevEnd, 300);
  return { start: here.start, previous: text.slice(prev ? prev.start : Math.max(0, prevEnd - 300), prevEnd) };
}

function newOneAt(text: string, pos: number): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const lower = text.slice(pos, pos + 20).toLowerCase();
  const kw = HERE_NEW.find((k) => lower.startsWith(k));
  if (!kw) return null;
  let after = pos + kw.length;
  if (kw.startsWith("here")) {
    const c = /^[ \t]*(?:->|=>|→|:|—|–|-|is)?/.exec(text.slice(after, after + 8))!;
    after += c[0].length;
  }
  let v = valueAfter(text, after);
  if (!v && text[after + (text[after] === " " ? 1 : 0)] === "\\") v = valueAfter(text, after + (text[after] === " " ? 2 : 1));
  if (!v) return null;
  const value = v.value.replace(/[.-]+$/, "");
  if (value.length < 16 || !rotatedValue(value, true)) return null;
  // This line: a short head ("[9:48] omar: me, "); the line before: the question about the rotation.
  const lines = lineAndPrevious(text, pos, 100);
  if (!lines) return null;
  const prevLine = lines.previous;
  if (prevLine.length > 300 || !ROTATION.test(prevLine) || !CRED_NOUN.test(prevLine)) return null;
  return result(pos, v.start + value.length, { value, start: v.start });
}

// ---- A credential handed over in chat on request: the line before asks for it or names it ("can
// you try with the Okta API token from prod?"), the reply hands it over ("sure, here: X", "here you
// go: X", "try this: X"); or one sentence names it and ends in a colon before the value ("here's the
// BigCommerce key from the vault, wire it into the sync job please: X"). The naming text holds a
// credential noun and no id, public key, fingerprint, digest or commit; the value is opaque, or
// random lower case and digits or dashed hex (as some providers issue them), never a bare UUID.

const HAND_REPLY = ["here:", "here you go", "here it is", "try this:", "use this one:", "hier:", "hier bitte", "bitte sehr:", "voilà", "tiens :", "aquí tienes", "aqui está", "aquí está", "ecco:", "eccola", "eccolo"];
const HAND_NAMED = ["here's the ", "heres the ", "here is the "];
/** The naming text speaks of something that is not a secret. */
const NOT_HANDED = /(?<![A-Za-z])(?:ids?|public|pub|publishable|ssh|gpg|pgp|fingerprints?|hash|digest|checksum|commit|sha\d*|url|link|logs?|example|sample|dummy|fake|placeholder|format|pattern|regex|name|path|file)(?![A-Za-z])/i;

function handedValue(value: string): boolean {
  if (UUID.test(value)) return false;
  if (rotatedValue(value, true)) return true;
  // Hex groups joined by dashes (32 hex and a UUID): random hex, the dashes part of the key as issued.
  if (value.length >= 40 && /^[0-9a-f]{8,}(?:-[0-9a-f]{4,}){1,8}$/i.test(value)) return randomHex(value.replace(/-/g, ""), 3.2);
  return LOWER_DIGITS.test(value) && lowerDigitsDrawn(value, Math.max(6, value.length / 5), 3.5, 0.78) && !isGenericPlaceholder(value);
}

/** The value opening at `from` (maybe behind a quote): a run of value characters ending at a blank, quote or sentence end. */
function handedRun(text: string, from: number): { value: string; start: number } | undefined {
  let j = from;
  if (isQuote(text, j)) j++;
  let e = j;
  while (e - j <= 300 && isToken(text, e)) e++;
  if (e - j < 16 || e - j > 300) return undefined;
  const value = text.slice(j, e).replace(/[.-]+$/, "");
  return value.length >= 16 ? { value, start: j } : undefined;
}

function handedAt(text: string, pos: number): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const lower = text.slice(pos, pos + 16).toLowerCase();
  const reply = HAND_REPLY.find((k) => lower.startsWith(k));
  const kw = reply ?? HAND_NAMED.find((k) => lower.startsWith(k));
  if (!kw) return null;
  let after = pos + kw.length;
  let naming: string;
  if (reply) {
    const c = /^[ \t]{0,3}[!.,]?[ \t]{0,3}(?:[:—–-]|->|=>|→)?[ \t]{0,3}/.exec(text.slice(after, after + 12))!;
    after += c[0].length;
    // No value on the line ("here it is, paste it into the staging vars"): it may be the next message.
    if (!isToken(text, after) && !isQuote(text, after)) return nextMessageHanded(text, pos, after);
    const run = handedRun(text, after);
    // The run stops at a mark inside the value ("C7N2…:zXi8…"): a punctuated password, if asked for.
    if (!run || (text.charCodeAt(run.start + run.value.length) > 32 && !isQuote(text, run.start + run.value.length))) {
      const drawn = drawnReply(text, pos, after);
      if (drawn || !run) return drawn ?? nextMessageHanded(text, pos, after);
    }
    // The reply opens its line after a short head ("[10:49] marco: sure, "); the line before names the credential.
    const lines = lineAndPrevious(text, pos, 80);
    if (!lines) return null;
    naming = lines.previous + " " + text.slice(lines.start, pos);
  } else {
    // One sentence names the credential and ends in a colon, the value after it.
    let i = after;
    const lim = Math.min(text.length, after + 160);
    while (i < lim && text.charCodeAt(i) !== 58 && text.charCodeAt(i) !== 10) i++;
    if (text.charCodeAt(i) !== 58) return nextMessageHanded(text, pos, after);
    naming = text.slice(after, i);
    if (/[{}[\];=<>"`\\]|\.[ \t]/.test(naming)) return null;
    after = i + 1;
    while (after < i + 4 && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
    // "here's the one from the vault, try it: X" under "the Deepgram creds rotated?": the thread names it.
    if (/^one(?![\p{L}])/u.test(naming) && !CRED_NOUN.test(naming)) {
      const thread = messageBefore(text, pos);
      if (!CRED_NOUN.test(thread) || NOT_HANDED.test(naming + " " + thread) || NOT_SECRET_KEY.test(thread)) return null;
      return threadOneAt(text, pos, after, naming + " " + thread);
    }
  }
  const v = handedRun(text, after);
  if (!v || naming.length > 400 || !CRED_NOUN.test(naming) || NOT_HANDED.test(naming) || !handedValue(v.value)) return null;
  // A variable named beside it ("(it's the OKTA_API_TOKEN one)") may not say id, URL, region… (`SK`, `PAT` say nothing).
  const tail = text.slice(v.start + v.value.length, v.start + v.value.length + 160);
  const names = (naming + " " + tail).match(UPPER_SNAKE);
  if (names && names.some((n) => NOT_SECRET.test(n)) && !names.some((n) => secretName(n))) return null;
  return result(pos, v.start + v.value.length, v);
}

/** A password as drawn, punctuation in it: two marks or more, or one ("…Ioy3!4S1G") with the rest read as drawn at random. */
export function drawnPassword(value: string): boolean {
  if (value.includes("://")) return false;
  const bare = value.replace(/[^A-Za-z0-9]/, "");
  return punctuatedDraw(value, 16) || (/^[A-Za-z0-9]+$/.test(bare) && bare.length >= 16 && /\d/.test(bare) && opaqueLiteral(bare));
}

/** The line before asks for a credential: "can someone send me the OCI key", "anyone have the staging token?". */
const ASKED_FOR = new RegExp(String.raw`(?<![\p{L}])(?:(?:send|give|share|pass|dm|paste|post|schick|schicke|gib|envoie|envoyez|passe|manda|mándame|pásame|mandami|passami)[ \t-]*(?:me|us|mir|uns|moi|nous)?|can[ \t]+(?:i|we)[ \t]+(?:get|have|grab|borrow)|(?:does[ \t]+)?any(?:one|body)[ \t]+(?:have|has|got)|who[ \t]+(?:has|have)|me[ \t]+(?:manda|passa))(?![\p{L}])[^\n]{0,60}?(?<![\p{L}])(?:${CRED_WORD}|passwort|${CRED_WORD_INTL})(?![\p{L}])`, "iu");

/**
 * "here you go X" answering a request for a credential on the line before, X a password with
 * punctuation in it (the token run stops at its first mark): taken only as a random draw.
 */
function drawnReply(text: string, pos: number, after: number): MatchResult | null {
  const d = drawnAfter(text, after);
  if (!d || !drawnPassword(d.value)) return null;
  const lines = lineAndPrevious(text, pos, 80);
  if (!lines || !ASKED_FOR.test(lines.previous) || NOT_HANDED.test(lines.previous) || NOT_SECRET_KEY.test(lines.previous)) return null;
  if (OTHER_AFTER.test(text.slice(d.start + d.value.length, d.start + d.value.length + 80))) return null;
  return result(pos, d.start + d.value.length, d);
}

// ---- The bare answer in a chat log: "[10:42] dana: can someone send me the okta api token?\n[10:43]
// raj: here X" (or "there you go X", "sent: X", "try X"). "here", "try" are common words: anchored at
// the speaker's colon (or IRC's "<nick>") right before them; the line before is another speaker's
// request for a named credential ("send me / share / anyone have … the X token"), naming no id,
// commit, link or cache key; the value follows at once, ends its word, and is read as handedAt reads
// it, or is a random UUID (bare or behind a vendor's prefix), as the request names the credential.

const CHAT_REPLY = [": here ", "> here ", ": try ", "> try ", ": sent: ", "> sent: ", ": there you go ", "> there you go ", ": hier ", "> hier ", ": aquí ", "> aquí "];
const CHAT_REPLY_SET = new Set(CHAT_REPLY);

function chatReplyAt(text: string, pos: number, kw: string): MatchResult | null {
  // The value first: a few character tests for prose and code.
  const v = handedRun(text, pos + kw.length);
  if (!v) return null;
  const end = v.start + v.value.length;
  if (end < text.length && !/[\s.,;)`'"]/.test(text[end]!)) return null;
  const lines = lineAndPrevious(text, pos + 2, 60);
  if (!lines) return null;
  const head = SPEAKER.exec(text.slice(lines.start, pos + 2));
  if (!head || lines.start + head[0].length !== pos + 2) return null;
  const who = (head[1] ?? head[2])!.toLowerCase();
  const by = (line: string) => {
    const h = SPEAKER.exec(line);
    return h ? (h[1] ?? h[2])!.toLowerCase() : undefined;
  };
  let prev = lines.previous;
  if (by(prev) === who) return null;
  // The asker may add a line after the request ("…send me the okta token?\n…dana: staging is down"): the one before counts then.
  if (!ASKED_FOR.test(prev) && by(prev) !== undefined) {
    const before = text.slice(Math.max(0, lines.start - prev.length - 302), lines.start - prev.length - 1);
    const nl = before.lastIndexOf("\n", before.length - 2);
    const req = before.slice(nl + 1).replace(/\r?\n$/, "");
    if (by(req) !== by(prev)) return null;
    prev = req + "\n" + prev;
  }
  // "can't log in" is no log file.
  if (!ASKED_FOR.test(prev) || NOT_HANDED.test(prev.replace(/(?<![A-Za-z])log[ \t-]?in(?![A-Za-z])/gi, "")) || NOT_SECRET_KEY.test(prev)) return null;
  // The request names the credential: a UUID (maybe behind a vendor's `sk_`) is the one handed over.
  const id = /^(?:[a-z]{1,8}[_-])?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(v.value);
  if (id ? !randomUuid(id[1]!) : !handedValue(v.value)) return null;
  if (OTHER_AFTER.test(text.slice(end, end + 80))) return null;
  return result(pos + 2, end, v);
}

/**
 * "here's the one …: X" whose credential the thread before names: a UUID only if that message says
 * it rotated or failed, a punctuated password only as a random draw ending its word.
 */
function threadOneAt(text: string, pos: number, after: number, naming: string): MatchResult | null {
  let v = handedRun(text, after);
  const end = v ? v.start + v.value.length : after;
  if (!v || (text.charCodeAt(end) > 32 && !/[.,;)]/.test(text[end]!))) {
    const d = drawnAfter(text, after);
    if (!d || !drawnPassword(d.value)) return null;
    v = d;
  } else if (UUID.test(v.value) ? !(randomUuid(v.value) && (ROTATION.test(naming) || AUTH_FAIL.test(naming))) : !handedValue(v.value)) return null;
  const tail = text.slice(v.start + v.value.length, v.start + v.value.length + 80);
  if (OTHER_AFTER.test(tail)) return null;
  return result(pos, v.start + v.value.length, v);
}

// ---- The hand-over line without its value, in a chat thread, the value alone in the next message:
// "[10:46] dana: prod is failing the Twilio API key auth, can someone rotate?\n[10:42] mike: here's
// the current one, paste it into the staging vars\n[10:42] mike: <value>". The hand-over line is a
// chat line (or follows a Slack header "mike  10:42"); the next message is the same speaker's (or
// bare, as Slack groups them) and holds the value alone; the thread before names a credential and
// no id, commit, digest or URL; the value is issued-looking, hex only so framed, never a UUID.

/** Slack's message header: the sender, two blanks and the time, alone on its line. */
const SLACK_HEAD = /^[ \t]{0,3}@?[\w.-]{1,30}[ \t]{1,4}\[?[0-9]{1,2}:[0-9]{2}(?:[ \t]?[APap][Mm])?\]?[ \t\r]*$/;

function nextMessageHanded(text: string, pos: number, after: number): MatchResult | null {
  const end = lineEndAt(text, after, 160);
  if (end < 0 || end >= text.length) return null;
  const here = lineStartBefore(text, pos, 160);
  const start = here ? here.start : pos <= 160 ? 0 : -1;
  if (start < 0) return null;
  const head = SPEAKER.exec(text.slice(start, pos));
  const who = head ? (head[1] ?? head[2])!.toLowerCase() : undefined;
  if (!head) {
    // No head: the line must follow a Slack header.
    const prev = here ? lineStartBefore(text, start - here.brk, 60) : undefined;
    if (!here || !prev || !SLACK_HEAD.test(text.slice(prev.start, start - here.brk))) return null;
  }
  const rest = text.slice(after, end);
  if (/[{}[\];=<>"`\\]|:\/\//.test(rest)) return null;
  let from = end + (text.charCodeAt(end) === 10 ? 1 : 2);
  for (let n = 0; n < 2; n++) {
    const le = lineEndAt(text, from, 360);
    if (le < 0) return null;
    const line = text.slice(from, le);
    const h = SPEAKER.exec(line);
    if (!h && SLACK_HEAD.test(line) && n === 0) {
      // A new header between: the value's sender, the same one if the hand-over line had a head.
      if (le >= text.length) return null;
      from = le + (text.charCodeAt(le) === 10 ? 1 : 2);
      continue;
    }
    if (h && who !== undefined && (h[1] ?? h[2])!.toLowerCase() !== who) return null;
    const vs = from + (h ? h[0].length : 0);
    const value = text.slice(vs, le).replace(/[ \t\r]+$/, "");
    let k = 0;
    while (k < value.length && isToken(value, k)) k++;
    if (k !== value.length || k < 16 || k > 300) return null;
    const naming = messageBefore(text, pos) + " " + text.slice(pos, end);
    if (naming.length > 500 || !CRED_NOUN.test(naming) || NOT_HANDED.test(naming) || NOT_SECRET_KEY.test(naming)) return null;
    if (UUID.test(value) || !issuedValue(value)) return null;
    return result(pos, vs + k, { value, start: vs });
  }
  return null;
}

// ---- A credential handed over inside the message that names it: "the Okta API token integration
// on staging is down again. can you try with this one? X", "…prueba con esta: X". Anchored at the
// rare hand-over phrase; the same message (up to 300 characters back, not across a blank line)
// holds a credential noun and no id, commit, URL or digest; the value follows the phrase at once
// (a "?", colon or dash between), and is opaque; a UUID only where a token, key or secret is named.

const HAND_TRY = ["try with this one", "try with these", "try this one", "try the new one", "use the new one", "use this one instead", "use this one for now", "use this for now", "here, use this", "this one should work",
  "nimm erstmal diesen", "usa esta por ahora", "usa este por ahora", "utilise celle-ci pour l'instant", "utilise celui-ci pour l'instant", "prueba con esta", "prueba con este",
  "essaie avec celle-ci", "essaie avec celui-ci", "essaye avec celle-ci", "essaye avec celui-ci", "versuch es mit diesem",
  "versuch's mit diesem", "versuchs mit diesem", "tenta com esta", "tenta com este", "prova con questa", "prova con questo"];
/** HERE_NEW's phrases anchor the same hand-over where no rotation question stands on the line before. */
const TRY_PHRASES = [...HAND_TRY, "here's the new one", "heres the new one", "here is the new one"];
/** The phrase with the credential named in it: "try this bce secret access key instead, …:\nX". */
const TRY_NAMED = ["try this ", "try these ", "try the new ", "use this new ", "prueba esta ", "prueba este ", "versuch diesen ", "versuch mal diesen ",
  "essaie cette ", "essaie ce ", "prova questa ", "prova questo ", "tenta esta ", "tenta este "];
const TRY_NAMED_SET = new Set(TRY_NAMED);
/** Up to three words and a credential noun (or a cloud's `sk`) right after TRY_NAMED's phrase. */
const TRY_NOUN = new RegExp(String.raw`^(?:[\p{L}0-9.-]+[ \t]+){0,3}(?:${CRED_WORD}|${CRED_WORD_INTL}|sk)(?![\p{L}0-9])`, "iu");
const TRY_GAP = /^(?:[ \t]+(?:instead|please|pls|plz|stattdessen|à la place|por favor|en su lugar|invece))?[ \t]{0,3}[?!.,]?[ \t]{0,3}(?:[:—–-]|->|=>|→)?[ \t]{0,3}\n?[ \t]{0,3}/i;
const TOKEN_NOUN = /(?<![A-Za-z])(?:(?:api[ _-]?)?keys?|tokens?|secrets?|jeton|clave|chave|chiave|schlüssel)(?![A-Za-z])/i;

/** The message before `pos`: up to 300 characters back, not across a blank line. */
function messageBefore(text: string, pos: number): string {
  const naming = text.slice(Math.max(0, pos - 300), pos);
  const blank = naming.lastIndexOf("\n\n");
  return blank >= 0 ? naming.slice(blank + 2) : naming;
}

/**
 * The one it replaces said gone ("the old one got revoked", "der alte wurde widerrufen"): keys and
 * tokens are revoked and expire, so this frames the value as a credential with no noun named.
 */
const OLD_GONE = /(?:(?:the|my|our|your)[ \t]+)?(?:old|previous|last|other|current)[ \t]+(?:one|key|token|secret)[ \t]+(?:(?:got|was|has[ \t]+been|had[ \t]+been|is|just)[ \t]+)?(?:revoked|expired|rotated|invalidated|deactivated|disabled|deleted|leaked|compromised|burned|killed)|(?:der|die|das)[ \t]+alte[n]?[ \t]+(?:wurde|ist)[ \t]+(?:widerrufen|gesperrt|abgelaufen|rotiert|deaktiviert|gelöscht)|l'ancien(?:ne)?[ \t]+a[ \t]+(?:été[ \t]+)?(?:révoqué|expiré|désactivé|supprimé)e?|(?:la|el)[ \t]+(?:anterior|vieja|viejo|antigua|antiguo)[ \t]+(?:fue[ \t]+)?(?:revocad[oa]|caducó|expiró|desactivad[oa])|(?:a|o)[ \t]+(?:antiga|antigo|anterior)[ \t]+(?:foi[ \t]+)?(?:revogad[oa]|expirou|desativad[oa])|(?:la|il)[ \t]+(?:vecchia|vecchio|precedente)[ \t]+(?:è[ \t]+)?(?:stat[oa][ \t]+)?(?:revocat[oa]|scadut[oa]|disattivat[oa])/i;
/** The clause between the phrase and the value: ", the old one got revoked:". */
const GONE_GAP = new RegExp(`^(?:[ \\t]+(?:instead|please|stattdessen|por favor|invece))?[ \\t]{0,3}[,;.—–-]?[ \\t]{0,3}(?:${OLD_GONE.source})[ \\t]{0,3}[:—–-]?[ \\t]{0,3}\\n?[ \\t]{0,3}`, "i");
/** After the value, the credential it is: "(it's the stream api secret)". */
const NAMED_AFTER = new RegExp(String.raw`^[ \t]*[(,—–-]?[ \t]*(?:it's|its|it is|that's|this is)[ \t]+(?:the|our|my)[ \t]+(?:[\p{L}0-9.-]+[ \t]+){0,3}(?:${CRED_WORD}|sk)(?![\p{L}])`, "iu");
/** A credential's label before the value: "at api key: ", "prod token = ". */
const CRED_LABEL = new RegExp(String.raw`^(?:[\p{L}0-9-]+[ \t]+){0,3}${CRED_WORD}[ \t]*[:=][ \t]*`, "iu");
/** After the value, what it is: "(it's the Algolia prod one)" names the credential; "(the request id)" names something else. */
const ONE_AFTER = /^[ \t]*[(,—–-]?[ \t]*(?:it's|its|it is|that's|this is)[ \t]+(?:the|our|my)[ \t]+[\p{L}0-9 .-]{1,30}?[ \t]+one(?![\p{L}])/iu;
const OTHER_AFTER = /^[^\n]{0,60}?(?<![A-Za-z])(?:ids?|index|commit|sha\d*|hash|digest|request|trace|build|version|release|tag|order|ticket|image|branch)(?![A-Za-z])/i;

/** An application password's groups of four (WordPress's `UfxK MjGv …`), judged by groupedPassword. */
const GROUPS_AT = /^[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){3,7}(?![A-Za-z0-9+/=_-])/;

function handTryAt(text: string, pos: number, kw?: string): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const lower = text.slice(pos, pos + 24).toLowerCase();
  let noun: RegExpExecArray | null = null;
  if (kw !== undefined && TRY_NAMED_SET.has(kw)) {
    noun = TRY_NOUN.exec(text.slice(pos + kw.length, pos + kw.length + 60));
    if (!noun) return null;
  } else kw = TRY_PHRASES.find((k) => lower.startsWith(k));
  if (!kw) return null;
  const after = pos + kw.length + (noun ? noun[0].length : 0);
  const gap = text.slice(after, after + 90);
  const gone = GONE_GAP.exec(gap);
  let from = after + (gone ?? TRY_GAP.exec(gap)!)[0].length;
  // "try with these? at api key: X": the value behind its credential's label; "try this pusher secret: X" names it in the phrase.
  const label = noun ?? CRED_LABEL.exec(text.slice(from, from + 60));
  if (label && (NOT_HANDED.test(label[0]) || NOT_SECRET_KEY.test(label[0]))) return null;
  if (label && !noun) from += label[0].length;
  let v = handedRun(text, from);
  // The run stops at a mark of a password drawn with symbols (Oracle's `…Uk8<cOK:rj…`) or at the
  // blank of an application password's groups: the longer value, if drawn, is the one handed over.
  let drawn = false;
  if (!v || (text.charCodeAt(v.start + v.value.length) > 32 && !isQuote(text, v.start + v.value.length))) {
    const d = drawnAfter(text, from);
    if (d && d.value.length > (v?.value.length ?? 0) && drawnPassword(d.value)) (v = d), (drawn = true);
  }
  if (!v && text.charCodeAt(from + 4) === 32) {
    const g = GROUPS_AT.exec(text.slice(from, from + 50));
    if (g && groupedPassword(g[0])) (v = { value: g[0], start: from }), (drawn = true);
  }
  if (!v) return null;
  const naming = messageBefore(text, pos) + (label ? " " + label[0] : "");
  if (NOT_HANDED.test(naming)) return null;
  const tail = text.slice(v.start + v.value.length, v.start + v.value.length + 80);
  const uuid = UUID.test(v.value);
  const hex = uuid || /^[0-9a-f]+$/i.test(v.value);
  // "(it's the stream api secret)" after the value names the credential as the message before would.
  const named = NAMED_AFTER.exec(tail);
  const nounAfter = named !== null && !NOT_HANDED.test(named[0]) && !NOT_SECRET_KEY.test(named[0]);
  // The framing: a credential named before, the old one said gone, or (for a value not hex) "(it's the X prod one)".
  // …or calls failing on auth since a rotation ("calls are 401ing since the rotation"): the value replaces the rotated credential.
  const said = gone !== null || OLD_GONE.test(naming);
  const framed = said || (AUTH_FAIL.test(naming) && ROTATED_SINCE.test(naming));
  // So framed, and no credential named, 24 hex are a database's object id (MongoDB's), not the credential.
  if (framed && !said && hex && !uuid && v.value.length === 24 && !CRED_NOUN.test(naming)) return null;
  if (!framed && !CRED_NOUN.test(naming) && !nounAfter && (hex || !ONE_AFTER.test(tail))) return null;
  if (OTHER_AFTER.test(tail) && !ONE_AFTER.test(tail)) return null;
  if (uuid ? !(framed || TOKEN_NOUN.test(naming) || (nounAfter && TOKEN_NOUN.test(named[0]))) || !randomUuid(v.value) : !drawn && !issuedValue(v.value)) return null;
  return result(pos, v.start + v.value.length, v);
}

/** A value as issued, maybe behind its vendor's lower-case words (`pdl_live_apikey_<random>`), the body judged. */
function issuedValue(value: string): boolean {
  if (handedValue(value)) return true;
  const body = /^(?:[a-z][a-z0-9]{1,9}[_-]){1,3}([A-Za-z0-9]{24,})$/.exec(value)?.[1];
  return body !== undefined && handedValue(body);
}

// ---- The announcement with its values on the lines after it, alone, as chat clients show a paste:
// "@channel heads up, rotated the Plivo creds for prod. new ones:\n<id>\n<token>". Anchored at
// "new ones:" and its kin; the message before it (not across a blank line) holds a rotation and a
// credential noun, and no id, commit, URL or digest; one of the lines is opaque.

const NEW_LINES = ["new ones:", "new one:", "new creds:", "new values:", "new keys:", "new tokens:", "new credentials:",
  "die neuen:", "les nouvelles :", "les nouveaux :", "las nuevas:", "los nuevos:", "as novas:", "le nuove:"];

function newLinesAt(text: string, pos: number): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const lower = text.slice(pos, pos + 20).toLowerCase();
  const kw = NEW_LINES.find((k) => lower.startsWith(k));
  if (!kw) return null;
  let next = pos + kw.length;
  while (next < pos + kw.length + 3 && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13)) next++;
  if (text.charCodeAt(next) !== 10) return null;
  const naming = messageBefore(text, pos);
  if (!ROTATION.test(naming) || !CRED_NOUN.test(naming) || NOT_HANDED.test(naming) || /[{};=<>"`\\]|:\/\//.test(naming)) return null;
  // Up to three values, one a line (an id and its secret); one of them opaque.
  let from = next + 1;
  for (let n = 0; n < 3; n++) {
    const line = lineValue(text, from);
    if (!line || line.end - line.start < 16) return null;
    const value = text.slice(line.start, line.end);
    if (!UUID.test(value) && issuedValue(value)) return result(pos, line.end, { value, start: line.start });
    from = line.next;
  }
  return null;
}

// ---- A credential named in one chat message and its value alone in the speaker's next message:
// "[10:42] dana: prod Datadog creds for the migration\n[10:42] dana: <value>". Anchored at
// "<credential noun> for" (rare in code); the line is a chat line ("[time] name:", "name:",
// "<name>"), names no id, path or cache key; one of the next two lines is the same speaker's and
// holds the value alone, issued-looking and not a UUID (a commit after "deploy notes" is not named).

const CRED_FOR = ["creds for ", "credentials for ", "keys for ", "key for ", "token for ", "tokens for ", "secret for ", "password for ",
  "zugangsdaten für ", "schlüssel für ", "identifiants pour ", "clés pour ", "clé pour ", "credenciales para ", "clave para ",
  "credenciais para ", "chave para ", "credenziali per ", "chiave per "];
/** A chat line's head: maybe a time in brackets, then the speaker and a colon, or IRC's `<nick>`. */
const SPEAKER = /^[ \t]{0,3}(?:\[[0-9:apmAPM .]{3,12}\][ \t]{0,3})?(?:<([\w.@-]{1,30})>|@?([\w.-]{1,30}):)[ \t]{1,3}/;
/** Keys that are not secrets: a cache's, a table's, a sort's. */
const NOT_SECRET_KEY = /(?<![A-Za-z])(?:cache|primary|foreign|sort|partition|idempotency|dedup|lookup|row|shard|map|license|licence)[ \t_-]+(?:keys?|tokens?)(?![A-Za-z])/i;

/** End of the line at `from`: a real or JSON-escaped break, or the text's end; -1 past `limit`. */
function lineEndAt(text: string, from: number, limit: number): number {
  for (let i = from, lim = Math.min(text.length, from + limit); i < lim; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 92 && text.charCodeAt(i + 1) === 110)) return i;
  }
  return from + limit >= text.length ? text.length : -1;
}

function credForAt(text: string, pos: number): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const here = lineStartBefore(text, pos, 160);
  const start = here ? here.start : pos <= 160 ? 0 : -1;
  if (start < 0) return null;
  const line = text.slice(start, pos);
  const head = SPEAKER.exec(line);
  if (!head) return null;
  const who = (head[1] ?? head[2])!.toLowerCase();
  const end = lineEndAt(text, pos, 200);
  if (end < 0 || end >= text.length) return null;
  const naming = line.slice(head[0].length) + text.slice(pos, end);
  if (/[{}[\];=<>"`]|:\/\//.test(naming) || NOT_HANDED.test(naming) || NOT_SECRET_KEY.test(naming)) return null;
  let from = end + (text.charCodeAt(end) === 10 ? 1 : 2);
  for (let n = 0; n < 2; n++) {
    const h = SPEAKER.exec(text.slice(from, from + 60));
    if (!h || (h[1] ?? h[2])!.toLowerCase() !== who) return null;
    const vs = from + h[0].length;
    const ve = lineEndAt(text, vs, 320);
    if (ve < 0) return null;
    const value = text.slice(vs, ve).replace(/[ \t\r]+$/, "");
    let k = 0;
    while (k < value.length && isToken(value, k)) k++;
    if (k === value.length && k >= 16 && k <= 300) return UUID.test(value) || !issuedValue(value) ? null : result(pos, vs + k, { value, start: vs });
    if (ve >= text.length) return null;
    from = ve + (text.charCodeAt(ve) === 10 ? 1 : 2);
  }
  return null;
}

// ---- A teammate's line quoted in a request about a vendor's call: "can you check the AssemblyAI
// call works?\n> use <value> for the staging account". Anchored at the quoted line opening with
// the verb ("> use "); the message before names a call, an API or a credential; what the value is
// "for" is not a cache, an id, a commit or a test; the value is issued-looking, not a UUID.

const QUOTED_USE = ["> use ", "> usa ", "> verwende ", "> nimm ", "> utilise ", "> utilisez ", "> usare "];
const QUOTE_FOR = /^[ \t]{1,3}(?:for|für|pour|para|per)[ \t]/i;
/** The message before names a vendor's call or a credential. */
const CALL_NOUN = /(?<![A-Za-z])(?:call|calls|api|sdk|integration|endpoint|webhook|client|request|Aufruf|appel|llamada|chamada|chiamata)(?![A-Za-z])/i;
const NOT_FOR = /^[^\n]{0,40}?(?<![A-Za-z])(?:cache|seed|nonce|fixture|test(?:s|ing)?|example|mock|ids?|index|commit|sha\d*|hash|digest|checksum|request|trace|build|version|release|tag|branch|image|revert|rollback|bisect)(?![A-Za-z])/i;

function quotedUseAt(text: string, pos: number, kw: string): MatchResult | null {
  // The quote opens its line (after a real or JSON-escaped break).
  const c = text.charCodeAt(pos - 1);
  if (pos > 0 && c !== 10 && !(c === 110 && text.charCodeAt(pos - 2) === 92)) return null;
  const from = pos + kw.length;
  let e = from;
  while (e - from <= 300 && isToken(text, e)) e++;
  if (e - from < 16 || e - from > 300) return null;
  const tail = text.slice(e, e + 60);
  const f = QUOTE_FOR.exec(tail);
  if (!f || NOT_FOR.test(tail.slice(f[0].length))) return null;
  const value = text.slice(from, e);
  if (UUID.test(value) || !issuedValue(value)) return null;
  const naming = messageBefore(text, pos);
  if (!(CALL_NOUN.test(naming) || CRED_NOUN.test(naming)) || NOT_HANDED.test(naming) || NOT_SECRET_KEY.test(naming)) return null;
  return result(pos, e, { value, start: from });
}

// ---- A secret-named variable stated as changed, in chat: "heads up, DD_API_KEY on staging changed
// to X — can you update your local .env". Anchored at the phrase; the value follows at once (the
// phrases are common words, so the 16 value characters are tested first); the variable is named
// in the same line a few words before it ("on staging", "in prod") and says key, token or secret.

const CHANGED_TO = ["changed to ", "is now ", "set to ", "updated to ", "rotated to ", "geändert auf ", "geändert zu ", "ist jetzt ",
  "est maintenant ", "changé en ", "cambiado a ", "cambió a ", "es ahora ", "mudou para ", "alterado para ", "cambiato in ", "ora è "];
/** Between the variable and the phrase: a few words ("on staging", "in prod has"), nothing of code. */
const NAME_GAP = /^[`'"]?(?:[ \t]+\p{L}[\p{L}0-9-]{0,15}){0,4}[ \t]+$/u;

function changedToAt(text: string, pos: number, kw: string): MatchResult | null {
  if (wordCharBefore(text, pos)) return null;
  const v = valueAfter(text, pos + kw.length);
  if (!v) return null;
  const lineStart = lastIndexWithin(text, "\n", pos - 100, pos) + 1;
  const head = text.slice(Math.max(lineStart, pos - 100), pos);
  let name: RegExpExecArray | undefined;
  IDENT.lastIndex = 0;
  for (let m = IDENT.exec(head); m !== null; m = IDENT.exec(head)) if (/[_.]|^[A-Z0-9]+$|[a-z][A-Z]/.test(m[0]) && m[0].length >= 4) name = m;
  if (!name || !secretName(name[0].replace(/[.-]+$/, "")) || !NAME_GAP.test(head.slice(name.index + name[0].length))) return null;
  if (UUID.test(v.value) || !(rotatedValue(v.value, true) || issuedValue(v.value))) return null;
  return result(pos, v.start + v.value.length, v);
}

// ---- A credential handed over right after the question that names it: "can you check why this
// key is rejected? X — I'm getting 401", "hey can you try with the prod key? X". Anchored at the
// question's end ("key? ", "rejected? "; rare in code); the question (its clause, back to the
// sentence's start) holds a demonstrative or possessive and a credential noun ("this key", "my
// API token", "the prod secret") and no id, commit, build or URL; the value follows at once and is
// issued-looking; hex or a UUID only with the noun right before the "?" or with an auth failure
// (401/403, rejected, unauthorized) said in the question or just after the value.

const ASKED = ["key? ", "keys? ", "token? ", "tokens? ", "secret? ", "password? ", "creds? ", "rejected? ", "invalid? ", "unauthorized? ", "failing? ", "not working? ", "expired? ", "? `"];
/** "is it the right format for Cohere? `X` I keep getting 401s": a value's form asked about, the call failing on auth after it. */
const FORMAT_ASK = /(?<![\p{L}])(?:right|correct|valid|proper|expected)[ \t]+(?:format|shape|length)(?![\p{L}])/iu;
const ASKED_SET = new Set(ASKED);
/** A determiner and up to three words before a credential noun, in the question. */
const OWNED_CRED = new RegExp(String.raw`(?<![\p{L}])(?:this|that|my|our|your|the|these|those)[ \t]+(?:[\p{L}0-9-]+[ \t]+){0,3}${CRED_WORD}(?![\p{L}])`, "iu");
const AUTH_FAIL = /(?<![\p{L}0-9])(?:40[13](?:s|'?ing)?|rejected|unauthori[sz]ed|invalid|forbidden|expired)(?![\p{L}0-9])/iu;
/** A rotation said in a message, as the verb or the noun ("since the rotation", "after we rotated"). */
const ROTATED_SINCE = /(?<![\p{L}])(?:rotation|rotated|rotating|regenerated|reissued|re-?rolled|rollover|rotiert|rotación|rotação|rotazione)(?![\p{L}])/iu;

function askedAt(text: string, pos: number, kw: string): MatchResult | null {
  // The value first: a few character tests for prose and code.
  const v = handedRun(text, pos + kw.length);
  if (!v) return null;
  const coded = kw === "? `";
  if (coded && text.charCodeAt(v.start + v.value.length) !== 96) return null;
  let s = pos;
  while (s > pos - 160 && s > 0) {
    const c = text.charCodeAt(s - 1);
    // A break (real or JSON-escaped), a string's opening quote, or the sentence before ends the question.
    if (c === 10 || c === 34 || c === 63 || c === 33 || (c === 110 && text.charCodeAt(s - 2) === 92) || (c === 46 && text.charCodeAt(s) === 32)) break;
    s--;
  }
  let question = text.slice(s, coded ? pos : pos + kw.length - 2);
  // A chat line's head ("[10:42] dana: ") is not the question's.
  const head = SPEAKER.exec(question);
  if (head) question = question.slice(head[0].length);
  const owned = OWNED_CRED.exec(question);
  const end = v.start + v.value.length;
  const tail = text.slice(end, end + 80);
  if (!owned) {
    // No credential named: the question asks after the value's form and the tail says the call fails on auth; a mixed-case draw only.
    if (!coded || !FORMAT_ASK.test(question) || !AUTH_FAIL.test(tail.slice(0, lineEndAt(tail, 0, 80)))) return null;
    if (!/[A-Z]/.test(v.value) || !/[a-z]/.test(v.value) || !/\d/.test(v.value)) return null;
    question = question.replace(FORMAT_ASK, "");
  }
  if (/[{}[\];=<>"`]|:\/\//.test(question) || NOT_HANDED.test(question) || NOT_SECRET_KEY.test(question)) return null;
  if (OTHER_AFTER.test(tail)) return null;
  const value = v.value;
  const nounLast = owned !== null && owned.index + owned[0].length === question.length;
  const failed = AUTH_FAIL.test(question) || AUTH_FAIL.test(tail);
  const uuid = UUID.test(value);
  if (uuid || /^[0-9a-f]+$/i.test(value)) {
    if (!(nounLast || failed) || !(uuid ? randomUuid(value) && failed : rotatedValue(value, true))) return null;
  } else if (!issuedValue(value)) return null;
  return result(pos, end, v);
}

const ROTATED_KEYWORDS = [...ROTATED, ...NEW_NOUN, ...USE_FOR, ...HERE_NEW, ...HAND_REPLY, ...HAND_NAMED, ...HAND_TRY, ...TRY_NAMED, ...NEW_LINES, ...CHANGED_TO, ...CRED_FOR, ...QUOTED_USE, ...ASKED, ...CHAT_REPLY];
const NEW_LINES_SET = new Set(NEW_LINES);
const CRED_FOR_SET = new Set(CRED_FOR);
const QUOTED_USE_SET = new Set(QUOTED_USE);
const CHANGED_TO_SET = new Set(CHANGED_TO);

function rotatedMatcher(): Matcher {
  // The keyword picks its form: "changed to", "is now" are common words, and try only theirs.
  const at = (text: string, pos: number, kw: string) =>
    ASKED_SET.has(kw) ? askedAt(text, pos, kw) : CHAT_REPLY_SET.has(kw) ? chatReplyAt(text, pos, kw) : CHANGED_TO_SET.has(kw) ? changedToAt(text, pos, kw) : CRED_FOR_SET.has(kw) ? credForAt(text, pos) : QUOTED_USE_SET.has(kw) ? quotedUseAt(text, pos, kw) : TRY_NAMED_SET.has(kw) ? handTryAt(text, pos, kw) : NEW_LINES_SET.has(kw) ? newLinesAt(text, pos) ?? nextMessageHanded(text, pos, pos + kw.length)
    : rotatedAt(text, pos) ?? useForAt(text, pos) ?? newOneAt(text, pos) ?? handedAt(text, pos) ?? handTryAt(text, pos);
  return scanMatcher(ROTATED_KEYWORDS, at);
}

export const VALUE_THEN_NAME_RULES: Rule[] = [
  { ...rule("prose-rotated-credential-value", "Credential announced in chat as rotated or new, its opaque value after an arrow, colon or copula (\"rotated it -> X\"), or handed over for a named credential on the next line or after a request (\"sure, here: X\", \"can you try with this one? X\"), or on the lines after \"new ones:\", or a secret-named variable \"changed to X\"", ROTATED_KEYWORDS, rotatedMatcher()), before: 400, after: 420 },
  { ...rule("prose-stated-value-secret-name", "Opaque value stated as the new one beside a secret-named variable (\"new one is X (same API_KEY var)\")", [...STATED, ...IS_THE_NEW], statedMatcher()), before: 360, after: 420 },
  { ...rule("prose-value-then-secret-name", "Opaque value stated in prose and then assigned to a secret-named variable (\"is X, put it in API_TOKEN\")", KEYWORDS, matcher()), before: 360, after: 420 },
];
