// An environment lookup with a literal fallback, the fallback being the secret itself: code that
// reads a secret-named variable and, when it is unset, uses a key written into the source
// (`os.environ.get("X_TOKEN", "…")`, `env('X_PAT', '…')`, `ENV.fetch('X_KEY', '…')`,
// `ENV['X_KEY'] || '…'`, `getEnv("X_SECRET", "…")`, `System.getenv().getOrDefault(…)`,
// `Environment.GetEnvironmentVariable("X") ?? "…"`, `env::var("X").unwrap_or("…")`), or a
// configuration indexer read the same way (`builder.Configuration["X_KEY"] ?? "…"`, `config['X'] || '…'`). The lookup
// and the variable's name vouch for the value, so it may be shorter than a named slot asks
// (24+ hex) or carry a label bar; placeholders, URLs, paths and numbers stay benign.
import { defineRule } from "./define.ts";
import { DIGEST_TAGGED } from "../value-form.ts";
import type { MatchResult, Rule } from "./types.ts";
import { constantValue } from "./constant-value.ts";
import { sealedCiphertext } from "./sealed-ciphertext.ts";
import { isWordCode, opaqueLiteral, UUID } from "./call-arguments.ts";
import { letterDigitSwitches, LOWER_DIGITS, lowerDigitsDrawn, randomHex, shannonEntropy } from "../entropy.ts";
import { dashedDrawnPassword, isGenericPlaceholder, isPlaceholder } from "../placeholder.ts";
import { DIGEST_NAME_END, DJANGO_CHARS, generatedPassword, punctuatedDraw, randomLetterKey, secretVariableName, snakeName, uuidCredential } from "./secret-name.ts";
import { randomLetters } from "./builtin-near.ts";
import { randomCaseLetters } from "./builtin-generic.ts";
import { publicClientKey } from "../public-client-key.ts";
import { lesser } from "../bounds.ts";
import { sessionVariableName } from "../slot-name.ts";

/**
 * The lookup: a name spelling env (`environ.get`, `getenv`, `ENV.fetch`, `GetEnvironmentVariable`,
 * `env::var`, `getEnvOrDefault`), the variable's quoted name, then the fallback: a second argument
 * (`default=` allowed), or after the call `??`, `||`, `?:`, `or`, `.unwrap_or(` (Rust's on the next line too, after `.ok()`, its closure typed or not), `.orElse(`, `//`, a block; or a member (`process.env.X ??`).
 */
// A write (`os.environ["X"] = "…"`, `process.env.X = "…"`, `ENV['X'] = '…'`) sets the same value as a fallback would.
const FALLBACK = "(?:=(?![=>~])|\\?\\?|\\|\\||//|\\?:|or(?![\\w])|(?:\\n[ \\t]*)?(?:\\.ok\\(\\))?\\.(?:unwrap_or(?:_else)?|orElse(?:Get)?|getOrElse|or)\\((?:\\|\\w{0,12}\\|[ \\t]*(?:->[ \\t]*\\w{1,12}[ \\t]*\\{[ \\t]*)?(?:String::from\\()?|\\(\\)[ \\t]*->[ \\t]*)?|\\{)";
/**
 * The fallback in a later statement, a few lines on (Go's `if v := os.Getenv("X"); v != "" { return v }`
 * then `return "…"`; `const v = process.env.X;` then `?? "…"`): the lookup's line, up to four lines
 * holding no literal but an empty one, then a line opening with `return`, `??`, `||` or `or`, or one
 * assigning the variable the lookup was bound to (`key := os.Getenv("X")`, `if key == "" {`, `key = "…"`).
 */
/** Lines passed over assign nothing (the first assignment is the fallback); a one-line test may open it (`if (!key) key = …`, `if not key: key = …`). */
const INLINE_IF = "(?:if[ \\t]*\\(?[ \\t]*!?[ \\t]*(?:not[ \\t]+)?[\\w$.]{1,40}[ \\t]*\\)?[ \\t]*:?[ \\t]*)?";
const LATER = "[^\\n]{0,100}(?:\\n(?:[^\\n\"'`=!<>:]|\"\"|''|[=!<>:]=|=>|[!<>:](?!=)){0,100}){0,4}\\n[ \\t]*(?:\\}[ \\t]*)?(?:return(?=[ \\t])|\\?\\?|\\|\\||or(?=[ \\t])|" + INLINE_IF + "[A-Za-z_$][\\w$]{0,40}[ \\t]*=(?![=>~]))";
const ENV_DEFAULT = new RegExp(
  "(?:(?<![A-Za-z])|(?<=[^A-Za-z]from))(?:(?:dot)?env|getenv|lookupenv|environ|environment|setenv|putenv|(?:configuration|config|(?:app)?settings)(?=\\[))(?:" +
    // A call or index with the name quoted (Perl's `$ENV{NAME}` bare), then a second argument or a fallback.
    "(?:[\\w.:]|\\(\\)){0,40}?[ \\t]*(?:[(\\[][ \\t]*\\\\?([\"'])([A-Za-z][\\w.-]{1,80})\\\\?\\1|\\{[ \\t]*([\"']?)([A-Za-z][\\w.-]{1,80})\\3)[ \\t]*" +
    "(?:,[ \\t]*(?:default(?:Value)?[ \\t]*[=:][ \\t]*)?|[)\\]}][ \\t]*" + FALLBACK + "|[)\\]}]" + LATER + ")" +
    // A member (`process.env.NAME ?? …`).
    "|\\.([A-Z][A-Z0-9_]{1,80})(?:[ \\t]*" + FALLBACK + "|(?![\\w(])" + LATER + "))" +
    "[ \\t]*(?:\\\\?([\"'`])([^\"'`\\s\\\\]{12,400})\\\\?\\6" +
    // …or a name standing for it (`?? FALLBACK`, `|_| FALLBACK.to_string()`, `Defaults::KEY`), read by resolveDefault.
    "|(?:(?:self|this|Self|[A-Z]\\w{0,30})(?:\\.|::))?([A-Za-z_]\\w{2,60})(?![\\w(\"'`$]))",
  "i",
);

/** The name's last word is the secret itself (`SINCH_KEY_SECRET`, `PUSHER_SECRET`, `X_API_KEY`), not an id, a hash or a digest. */
const EXPLICIT_SECRET_NAME = /(?:secret|token|key|password|passwd|passphrase)$/i;
const PASSWORD_NAME = /(?:password|passwd|passphrase|pwd)$/i;
/** A name for a commit (`GIT_COMMIT_SHA`, `BUILD_REVISION`): its value is that, whatever field it fills; digests' names are DIGEST_NAME_END's. */
const COMMIT_VARIABLE = /(?:^|[_.-])(?:sha|commit|rev|revision)$/i;
/** A word a made-up or default password spells (`Passw0rd1234`, `ChangeMe123`): a stand-in, not a secret. */
const WEAK_PASSWORD = /pass|w[o0]rd|secret|admin|change|test|demo|example|default|qwerty|letmein|welcome|dev|local/i;


/**
 * The lookup passed as an argument or field named as a credential (`api_key=os.getenv("X_KEY_ID", "…")`):
 * the call's own name vouches for the value whatever the variable's name says.
 */
const SECRET_ARG = /(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|credentials?)["']?[ \t]*[:=][ \t]*[\w.]{0,24}$/i;

/** A name whose last word is id (`ORG_ID`, `projectId`), and one naming a key's own id (`SIGNING_KEY_ID`). */
const idName = (snake: string) => /(?:^|[_.-])id$/i.test(snake) || /[a-z]I[Dd]$/.test(snake);
const KEY_ID_NAME = /(?:key|secret|token)[_.-]?id$/i;


/** A later line's assignment (LATER's last alternative) must give the lookup's own variable its value. */
function laterAssignsBound(match: string, before: string): boolean {
  const nl = match.lastIndexOf("\n");
  if (nl < 0) return true;
  const assigned = /^[ \t]*(?:\}[ \t]*)?(?:if\b[^\n=]*?[):][ \t]*|if[ \t]+!?[\w$.]+[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*=(?![=>~])/.exec(match.slice(nl + 1));
  if (!assigned || assigned[1] === "return" || assigned[1] === "or") return true;
  // Go's `v, ok := os.LookupEnv("X")`: the first name is the value's.
  const bound = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*[\w$]+)?[ \t]*:?=[ \t]*(?:[\w$]+\.){0,3}$/.exec(before);
  return bound?.[1] === assigned[1];
}

function envDefaultValid(secret: string, match: string, before = ""): boolean {
  if (DIGEST_TAGGED.test(secret)) return false;
  const name = (/^env\.([A-Za-z]\w*)(?:[ \t]*(?:=(?![=>~])|\?\?|\|\||\/\/|\?:|or\b)|(?![\w(]|[ \t]*\())/i.exec(match) ?? /[(\[{][ \t]*\\?["']?([A-Za-z][\w.-]{1,80})/.exec(match))?.[1] ?? "";
  const snake = snakeName(name);
  // An id's name (`OPENAI_ORG_ID`, `GCP_PROJECT_ID`) says the value is no secret, whatever field it fills; a key's id under a credential's argument is the call's to vouch for.
  // A session key's variable (`BW_SESSION`) vouches for a value as long as a session key is.
  const session = secret.length >= 32 && sessionVariableName(snake);
  if (!secretVariableName(snake) && !session && (!SECRET_ARG.test(before) || idVariableName(snake) || COMMIT_VARIABLE.test(snake) || DIGEST_NAME_END.test(snake))) return false;
  if (!laterAssignsBound(match, before) || publicClientKey(name, secret)) return false;
  return defaultValueValid(secret, snake);
}

/** An id's name (`OKTA_CLIENT_ID`, `projectId`) that is not a key's own id: its value is no secret. */
export const idVariableName = (snake: string) => idName(snake) && !KEY_ID_NAME.test(snake);

/**
 * Mixed case (and digits) drawn at random with a symbol or two inside (`…Seby1r#Bx`, a generated
 * passphrase): the characters around the symbols judged as a mixed-case draw, as the lookup vouches for
 * one; the symbols neither at an end nor side by side, and no template or format (`%(x)s`, `%d`, `${X}`).
 */
function fewSymbolDraw(v: string): boolean {
  if (v.length < 16 || v.length > 64 || !/^[A-Za-z0-9]+(?:[!#%&*+.:;?@^~-][A-Za-z0-9]+){1,2}$/.test(v) || /%[-+ #0-9.]*[sdifxXc]\b/.test(v)) return false;
  const a = v.replace(/[^A-Za-z0-9]/g, "");
  // A draw with no digit (`…koJ#dtwMM…`): its letters must flip case at random, no words' vowels.
  const drawn = /\d/.test(a) || (randomLetters(a) && randomCaseLetters(a));
  return drawn && /[a-z]/.test(a) && /[A-Z]/.test(a) && shannonEntropy(a) >= Math.min(4.0, 0.75 * Math.log2(a.length)) && !WEAK_PASSWORD.test(a) && !isPlaceholder(v);
}

/** A name for a token or API key a client sends (`IPINFO_TOKEN`, `GEO_API_KEY`), not a cache's, a page's or a request's key. */
const shortTokenName = (snake: string) => /(?:^|[_.-])(?:api[_.-]?)?(?:token|key)$/i.test(snake) || /[a-z0-9](?:Api)?(?:Token|Key)$/.test(snake);
const HANDLE_NAME = /cache|idempot|nonce|csrf|xsrf|page|cursor|request|trace|dedup|sort|partition|primary|foreign|license|licence|public|publishable|site|client/i;

/**
 * 12 to 15 characters drawn at random as a token's or API key's fallback (ipinfo's 14 hex): hex with
 * digits and letters through it, or mixed case with digits. The lookup and a qualified name
 * (`IPINFO_TOKEN`, not `TOKEN`) vouch for the short draw; a colour or a short commit is shorter, or named otherwise.
 */
function shortDrawnToken(v: string, snake: string): boolean {
  if (v.length < 12 || !shortTokenName(snake) || !/[_.-]|[a-z][A-Z]/.test(snake) || HANDLE_NAME.test(snake) || isPlaceholder(v) || isGenericPlaceholder(v)) return false;
  if (/^[0-9a-f]+$/.test(v)) return (v.match(/\d/g)?.length ?? 0) >= 3 && (v.match(/[a-f]/g)?.length ?? 0) >= 3 && randomHex(v);
  return /^[A-Za-z0-9]+$/.test(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && shannonEntropy(v) >= 3.2;
}

const DJANGO_INSECURE = new RegExp(`^django-insecure-[${DJANGO_CHARS}]{40,}$`);

/** The fallback itself, under the variable's name (snake_case): a generated secret, not a placeholder, a path or a word. */
export function defaultValueValid(secret: string, snake: string): boolean {
  // A password may be short; any other name asks 16 characters.
  if (secret.length < 16) return PASSWORD_NAME.test(snake) ? generatedPassword(secret, 3.3) && !WEAK_PASSWORD.test(secret) && !isGenericPlaceholder(secret) : shortDrawnToken(secret, snake);
  if (UUID.test(secret)) return uuidCredential(snake, secret);
  if (PASSWORD_NAME.test(snake) && dashedDrawnPassword(secret)) return !WEAK_PASSWORD.test(secret);
  // A provider's kind prefix before a UUID (Checkout.com's `sk_<uuid>`): the UUID judged as the key.
  const kind = /^[a-z]{1,5}[-_](?:(?:live|test|prod|sbox|dev)[-_])?(?=[0-9a-f]{8}-)/i.exec(secret);
  if (kind && UUID.test(secret.slice(kind[0].length))) return uuidCredential(snake, secret.slice(kind[0].length));
  // A kind word before the draw (Lambda's `secret_…`, a `token-…`): the draw after it judged as the key.
  const worded = /^(?:secret|token)[-_](?=[a-z0-9_-]{20,}$)(?![a-z]*[-_])/i.exec(secret);
  if (worded) {
    const rest = secret.slice(worded[0].length);
    // `<draw>_<hex>` (a Lambda key's name part then its hex): each part judged as drawn, not as a hashed file name.
    const parts = /^([a-z0-9]{12,40})[-_]([0-9a-f]{24,})$/.exec(rest);
    return parts ? lowerDigitsDrawn(parts[1]!, 4, 3.5, 0.78) && randomHex(parts[2]!) : defaultValueValid(rest, snake);
  }
  if (/:\/\/|^(?:~|\.{1,2})?\/(?:[\w.-]{2,}\/)+|^[\d.:-]+$/.test(secret) || isPlaceholder(secret) || isGenericPlaceholder(secret)) return false;
  const explicit = EXPLICIT_SECRET_NAME.test(snake);
  // Django's generated key keeps its `django-insecure-` mark: the key as generated, punctuation and all.
  if (explicit && DJANGO_INSECURE.test(secret)) return shannonEntropy(secret.slice(16)) >= 4.2;
  // A label before a bar (`label|body`) is part of the key as the provider issues it.
  // …and so is a scope before a colon and a dot (Unleash's `*:*.` or `project:env.`) or a short
  // vendor prefix before hex (`fc-…`, `cal_live_…`, `cs…`): the key as issued.
  const v = (secret.includes("|") ? secret.replace(/\|/g, "") : secret).replace(/^[\w*]{1,40}:[\w*]{1,40}\.(?=[0-9a-f]{32,}$)|^[a-z]{1,5}[-_](?:(?:live|test|prod|dev)[-_])?(?=[0-9a-f]{24,}$)|^[a-z]{0,3}[g-z](?=[0-9a-f]{24,}$)/i, "");
  // Punctuation beyond base64's: under a name whose last word is the secret, a generated secret
  // (long, all three classes, random) may hold it; a template (`${X}`, `<your-token>`, `{{x}}`) does not.
  // A shorter draw (20+, symbols all through it: Oracle's auth tokens) when it has no code's shape.
  if (!/^[A-Za-z0-9+/_.~=-]+$/.test(v)) return explicit && ((v.length >= 24 && !/\$\{|\{\{|<[\w-]+>|%\(|%[sd]\b/.test(v) && generatedPassword(v, 4.5)) || punctuatedDraw(v) || fewSymbolDraw(v)) && !isGenericPlaceholder(v);
  // Hex groups joined by dashes (Infobip's 32 hex and a UUID): random hex, the dashes part of the key as issued.
  if (/^[0-9a-f]{8,}(?:-[0-9a-f]{4,}){1,8}$/i.test(v) && v.length >= 36) { const h = v.replace(/-/g, ""); return h.length >= 32 && randomHex(h, 3.2); }
  if (/^[0-9a-f]{24,}$/i.test(v)) return randomHex(v);
  // Hex then a data centre's or shard's suffix (Mailchimp's `-us21`, a `-3`): the hex judged as the key.
  const sharded = /^([0-9a-f]{24,})-[a-z]{0,3}\d{1,2}$/i.exec(v);
  if (sharded) return randomHex(sharded[1]!);
  // Under a name whose last word is the secret itself, the lookup vouches for shorter hex (16+) and
  // for lower case and digits drawn at random with a little less entropy, a short tag before them included.
  // The floor follows the length: one 20-hex draw in thirty (Pusher's secrets) falls under 3.0 bits.
  if (explicit && /^[0-9a-f]{16,}$/.test(v)) return /\d.*\d.*\d/.test(v) && /[a-f].*[a-f].*[a-f]/.test(v) && shannonEntropy(v) >= Math.min(3.0, 0.65 * Math.log2(v.length));
  if (explicit && LOWER_DIGITS.test(v) && lowerDigitsDrawn(v, Math.max(6, v.length / 5), 3.5, 0.78)) return true;
  // …with the provider's short kind prefix (`sk_`, `sk_live_`) before them.
  const tagged = explicit ? /^[a-z]{1,5}[-_](?:(?:live|test|prod|dev)[-_])?([a-z0-9]{20,})$/.exec(v)?.[1] : undefined;
  if (tagged !== undefined && LOWER_DIGITS.test(tagged) && lowerDigitsDrawn(tagged, Math.max(6, tagged.length / 5), 3.5, 0.78)) return !isGenericPlaceholder(tagged);
  // Upper case and digits interleaved (a PAT drawn from A-Z0-9): random, whatever its exact entropy.
  if (/^[A-Z0-9]{24,}$/.test(v) && letterDigitSwitches(v) >= 6 && shannonEntropy(v) >= 3.5) return true;
  // The lookup vouches for shapes a bare literal would need more for: random letters alone (some
  // providers issue 20–32 letters, `+` and `/` included), or lower case and digits interleaved.
  if (/^[A-Za-z+/_]{20,}$/.test(v)) return randomLetterKey(v);
  // …and 16 to 19 letters under a name whose last word is the secret (Vonage's 16): case flipping at random, no words' vowels.
  if (explicit && /^[A-Za-z]{16,19}$/.test(v)) return randomLetters(v) && randomCaseLetters(v) && shannonEntropy(v) >= 3.5 && !WEAK_PASSWORD.test(v) && !isGenericPlaceholder(v);
  if (LOWER_DIGITS.test(v)) return lowerDigitsDrawn(v, 4, 4.0, 0.85);
  // Long base64 (a signed or encrypted token): random characters, not encoded text.
  if (v.length > 300) return /^[A-Za-z0-9+/=_-]+$/.test(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && shannonEntropy(v) >= 5.6;
  // Mixed case and digits alone: the lookup vouches for a lower entropy than a bare literal needs.
  if (/^[A-Za-z0-9]{16,64}$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && shannonEntropy(v) >= Math.min(4.0, 0.75 * Math.log2(v.length)) && !isGenericPlaceholder(v)) return true;
  // A draw with a symbol or two that base64 and URLs use too (`~`, `.`, `-`, `+`): judged as the symbols
  // outside them are (fewSymbolDraw), not as an opaque token, which a letters-only draw is too short for.
  return opaqueLiteral(v) || (explicit && fewSymbolDraw(v));
}

/**
 * Precheck at a keyword hit (the window is ~600 characters, and "env" is common in prose and
 * config): what ENV_DEFAULT needs after its lookup word — within 60 characters of name characters
 * (`iron.get`, `::var`, `()`), then blanks, a call's, index's or Perl's opening bracket; or a member
 * (`.NAME`). An indexer's keyword (`config[`) has its bracket already.
 */
function lookupAhead(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) === 91) return true;
  const stop = lesser(text.length, end + 60);
  let j = end;
  for (; j < stop; j++) {
    const c = text.charCodeAt(j);
    if (c === 46) {
      const d = text.charCodeAt(j + 1) | 32;
      if (d >= 97 && d <= 122) return true;
    } else if (c === 40 && text.charCodeAt(j + 1) === 41) j++;
    else if (!(isWordCode(c) || c === 58)) break;
  }
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  const c = text.charCodeAt(j);
  return c === 40 || c === 91 || c === 123;
}

/**
 * A fallback given as a name (`env::var("X_SECRET").unwrap_or_else(|_| FALLBACK.to_string())`): the
 * literal the same text assigns that name, judged as a literal fallback would be. Looked up only
 * when the variable's name is a secret's.
 */
function resolveDefault(text: string, _start: number, m: MatchResult): { value: string; start: number } | undefined {
  const ref = m.group(8);
  if (ref === undefined) return undefined;
  const name = m.group(2) ?? m.group(4) ?? m.group(5) ?? "";
  if (!secretVariableName(snakeName(name))) return undefined;
  const def = constantValue(text, ref);
  // A SealedSecret's ciphertext kept in the constant (`defaultSealedKey = "Ag…"`) is no secret in clear.
  if (def === undefined || sealedCiphertext(text, def.nameStart, def.start + def.value.length)) return undefined;
  return def;
}

export const ENV_DEFAULT_RULES: Rule[] = [
  defineRule({ id: "env-lookup-default-secret", description: "Secret written as the fallback of an environment lookup of a secret-named variable",
    keywords: ["env", "configuration[", "config[", "settings["], pattern: ENV_DEFAULT, secretGroup: 7, validate: (s, m, b) => envDefaultValid(s, m, b), resolve: resolveDefault,
    placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 48, after: 560, ahead: lookupAhead }),
];
