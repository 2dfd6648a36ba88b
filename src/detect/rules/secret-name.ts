// The vocabulary of secret-named variables, shared by the rules that read a variable's or key's
// name apart from its value (an environment lookup's default, a name and a literal on one line).
import { charClasses, shannonEntropy } from "../entropy.ts";
import { randomLetters } from "./builtin-near.ts";
import { dollarInDraw, isGenericPlaceholder, isPlaceholder } from "../placeholder.ts";
import { pagingTokenName } from "../slot-name.ts";
import { searchOnlyKeyName } from "../public-client-key.ts";

/** The variable's last word names a secret: key, token, secret, password, passphrase, PAT (or a game server's login token, GSLT), certificate, salt, DSN, a pre-shared key (PSK). */
const SECRET_NAME = /(?:token|key|secret|password|passwd|passphrase|pwd|credentials?|certificate|salt|signature)$|(?:^|[_.-])(?:pat|gslt|pass|cred|cert|auth|sk|psk)$/i;
/**
 * …unless it names something public or about the secret: a site or publishable key (its algorithm may come between,
 * `SU_PUBLIC_ED_KEY`, `publicRsaKey`), a cache or sort key, a key's id,
 * a page's token (`next_page_token`; a provider spelling page, `statuspage_api_key`, is no pagination).
 */
const NOT_SECRET_NAME = /(?:public|publishable|(?:^|[_.-])pub|site|cache|sort|partition|primary|foreign|idempotency|routing|lookup|hash|bucket|object|s3|header|prefix|csrf|next|ssh[_.-]?public)[_.-]?(?:api[_.-]?|(?:ed(?:25519)?|ec(?:dsa)?|rsa|dsa|x25519|pgp|gpg|ssh)[_.-]?)?(?:key|token)$|(?:^|[_.-])page[_.-]?(?:key|token)$|(?:^|[_.-])(?:file|path|url|uri|dir|name|type|id)[_.-]?(?:key|token|secret|cert(?:ificate)?)$/i;

/**
 * camelCase humps as underscores (`muxTokenSecret` → `mux_Token_Secret`), so word ends read alike; so is
 * the end of an upper-case acronym glued on a word (`SQLPassword` → `SQL_Password`, `JWTSecret`). One
 * capital before a word is no acronym (`PKey`).
 */
export const snakeName = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/(?<=[A-Z]{2})(?=[A-Z][a-z])/g, "_");

/** A value whose prefix is a word of the name (`build_token: build_<hex>`, `artifact_key: artifact_<hex>`): an object's hashed name or a digest. */
export const namedPrefix = (v: string, name: string) => {
  const i = v.indexOf("_");
  return i > 0 && snakeName(name).toLowerCase().split(/[_.-]+/).includes(v.slice(0, i));
};

/** A name for a digest (`token_hash`, `body_sha256`, `fileDigest`, `checksum`): its value is a hash, not the secret. */
export const DIGEST_NAME_END = /(?:hash|hashed|digest|sha(?:1|224|256|384|512)|md5|checksum)(?:[_-]?hex)?$/i;

/**
 * A name for a reference to a secret, not the secret: a Vault token's accessor (`token_accessor`, `VAULT_ACCESSOR`;
 * it looks the token up or revokes it, it cannot act as it) or a lease's id (`lease_id`, `secret/data/app/<id>`).
 */
export const REFERENCE_NAME_END = /(?:accessor|lease[_.-]?id)$/i;

/** The characters of Django's generated SECRET_KEY (`get_random_secret_key()`), as a regex class body. */
export const DJANGO_CHARS = "a-z0-9!@#$%^&*(\\-_=+)";

/** A qualifier after the secret's own word that keeps it secret (Mailjet's `MJ_APIKEY_PRIVATE`, `STRIPE_KEY_LIVE`); `_PUBLIC` is not one. */
const SECRET_QUALIFIER = /[_.-](?:private|priv|prod|production|live)$/i;

/** Whether a variable's name (snake_case, or camelCase given through snakeName) names a secret. */
export function secretVariableName(snake: string): boolean {
  const name = snake.replace(SECRET_QUALIFIER, "");
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name) && !pagingTokenName(name) && !searchOnlyKeyName(name);
}

/**
 * A UUID is a credential only under a name whose last word is the secret itself (`RECORD_KEY`,
 * `API_TOKEN`, `SECRET_KEY`, `password`), never under an id, a licence, a tenant, a request's or a
 * store's key, where a UUID is an identifier.
 */
export function uuidSecretName(snake: string): boolean {
  return /(?:key|token|secret|password|passwd|credentials?)$/i.test(snake) && secretVariableName(snake) &&
    !/(?:^|[_.-])id(?:[_.-]|$)|license|licence|tenant|request|idempotency|partition|cache|primary|foreign|sort|public|client[_.-]?id|correlation|trace|session|device|install|instance|object|row|record[_.-]?id/i.test(snake);
}

/** A random (version 4) UUID's version and variant digits. */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-/i;

/**
 * A UUID value (the caller tested the shape) as the credential of the variable `snake` names: a
 * secret's name, a random draw. A version-4 UUID is drawn at random by its form: about one in a
 * thousand falls under 3.0 bits of entropy (122 random bits), so it is given a lower bar.
 */
export function uuidCredential(snake: string, v: string): boolean {
  return uuidSecretName(snake) && shannonEntropy(v.replace(/-/g, "")) >= (UUID_V4.test(v) ? 2.7 : 3.0) && !isPlaceholder(v);
}

/**
 * A reverse proxy's header directive ending right before a header's name: HAProxy
 * `http-request set-header`, Caddy `header_up`/`header`, nginx `proxy_set_header`/`add_header`,
 * Apache `RequestHeader set`. The header's value follows the name, bare or quoted.
 */
export const HEADER_DIRECTIVE = /(?:^|[ \t])(?:(?:http-(?:request|response)[ \t]+)?(?:set|add)-header|header_(?:up|down)|header|(?:proxy|grpc|fastcgi|uwsgi|scgi)_set_header|add_header|more_set_(?:input_)?headers|RequestHeader[ \t]+(?:set|append|add|merge))[ \t]+["']?$/i;

/**
 * Letters alone at random case (`+`, `/`, `_`, inner `-` among them), 20 or more: some providers issue keys
 * with no digit. A bare literal needs digits; a secret-named variable or lookup vouches for these.
 */
export function randomLetterKey(v: string): boolean {
  return v.length >= 20 && /^[A-Za-z+/_](?:[A-Za-z+/_-]*[A-Za-z+/_])?$/.test(v) && randomLetters(v) && shannonEntropy(v) >= 3.6;
}

/**
 * A generated password: printable ASCII, lower and upper case and a digit (symbols allowed), at
 * least `minEntropy` bits per character, not a placeholder. Callers set the length a slot asks.
 */
export function generatedPassword(v: string, minEntropy: number): boolean {
  return /^[\x21-\x7e]+$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && shannonEntropy(v) >= minEntropy && !isPlaceholder(v);
}

/**
 * A password where the syntax says the text is one (a password-named parameter or field's value):
 * printable, two classes or more and not a word or a number alone, not a variable, an expression, a
 * template or a member path (`$cred`, `(Get-Secret …)`, `{{pw}}`, `%PW%`, `cfg.db.password`).
 */
export function writtenPassword(v: string): boolean {
  if (v.length < 6 || v.length > 128 || !/^[\x21-\x7e]+$/.test(v) || /^[-(]|\$[{(\w]|%[A-Za-z_][\w.]*%|%\(|\{[\w.{]*\}|\w\(|<[\w -]+>/.test(v)) return false;
  if (charClasses(v) < 2 || /^(?:[A-Za-z]+|\d+)$/.test(v) || /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(v)) return false;
  // A source to read it from (`env:DB_PASS`, `file:/run/secrets/db`, `op://…`), as openssl's and many CLIs' flags take one.
  if (/^(?:env|file|fd|stdin|vault|op|ssm|keyvault|secret|secrets):/i.test(v)) return false;
  return !isPlaceholder(v);
}

/** Code in a value: a format string, a variable, a template, a regex, an index, a path, a URL, an expression. */
const CODE = /%[-+ #0-9.]*[sdifxXc(]|\$[{(\w]|\{\{|\{[\w.-]*\}|\(\?|\\|\[[^\]]*\]|:\/\/|^[\/~.^]|\$$|&&|\|\||==|=>|->|\w\(\)/;
/**
 * The same where the value is all a `NAME=` line holds (a .env line): no code runs there, so a draw's `$k`, `[;…]` or
 * leading `.`, `^` or `/` is punctuation; a variable named in full (`$HOME/…`, `$user;`), an index or class of word
 * characters (`[0]`, `[A-Za-z0-9_-]`) and a path (`/run/…`, `~/x`, `../y/`) still read as what they are.
 */
const LINE_CODE = /%[-+ #0-9.]*[sdifxXc(]|\$[{(]|\$(?:[A-Z_][A-Z0-9_]{2,}|[a-z_][a-z0-9_]{2,})(?![A-Za-z0-9])|\{\{|\{[\w.-]*\}|\(\?|\\|\[[\w"'.:-]*\]|:\/\/|^(?:~[\w-]*|\.{1,2})?\/[\w.-]*(?:\/|$)|\$$|&&|\|\||==|=>|->|\w\(\)/;

/**
 * A long random body drawn with punctuation, as a header's whole credential (`Bearer 7^6(e@z+)6j3#rnq7…`, Django's
 * SECRET_KEY alphabet `a-z0-9!@#$%^&*(-_=+)`, a generated password): 24+ characters with letters and digits, two kinds of
 * symbol or more, a random draw's entropy and no word's long letter run. Not a variable (`$http_authorization`,
 * `${TOKEN}`, `$(cat …)`), a template or mask (`{{ token }}`, `<token>`, `(redacted)`, `***`) or code (`getToken()`, `a&&b`).
 */
const PUNCTUATED_BODY = /^[A-Za-z0-9!#$%&()*+=@^_~.-]{24,256}$/;
const NOT_DRAWN = /^\$|\$[{(]|\$[A-Za-z_]\w*_\w|\$[A-Z_]{3,}(?![a-z0-9])|\w\(\)|&&|==|\*{3}|[A-Za-z]{12}/;
export function punctuatedSecret(v: string): boolean {
  if (!PUNCTUATED_BODY.test(v) || (NOT_DRAWN.test(v) && !dollarInDraw(v))) return false;
  const symbols = v.match(/[!#$%&()*+=@^~]/g) ?? [];
  if (symbols.length < 3 || new Set(symbols).size < 2) return false;
  const digits = v.replace(/\D/g, "").length;
  const letters = v.replace(/[^A-Za-z]/g, "").length;
  return digits >= 3 && letters >= 8 && shannonEntropy(v) >= Math.min(4.4, 0.85 * Math.log2(v.length)) && !isPlaceholder(v);
}

/**
 * A header's whole credential drawn short, 16 to 50 in that alphabet (`Authorization: 6)(x1yks0-9(-oddx&rd`, `Zq8#kP2$wL9!mR4@`): two
 * symbols or more, eight letters and digits, a random draw's entropy for its length, no word's run, no variable, template or mask.
 */
const SHORT_DRAW = /^[A-Za-z0-9!@#$%^&*()_=+-]{16,50}$/;
export function shortPunctuatedDraw(v: string): boolean {
  if (!SHORT_DRAW.test(v) || /[A-Za-z]{12}|\$[{(]|^\$|\*{3}|&&/.test(v)) return false;
  const symbols = (v.match(/[!@#$%^&*()=+]/g) ?? []).length;
  const alnum = v.replace(/[^A-Za-z0-9]/g, "").length;
  return symbols >= 2 && alnum >= 8 && shannonEntropy(v) >= Math.min(4.4, 0.8 * Math.log2(v.length)) && !isGenericPlaceholder(v);
}

/**
 * A generated password of 20+ drawn with symbols (Oracle's auth tokens, `g>…(`-like): all four
 * classes, two symbols or more, no lower-case run a word would make, near a random draw's entropy,
 * and not code: a format string, a template, a regex, a path, a URL or an expression (`%s:%d`,
 * `${HOME}/x`, `(?:\d+)`, `a>b&&c`). `min` is lower only where the text frames the value as a credential.
 */
export function punctuatedDraw(v: string, min = 20, line = false): boolean {
  if (v.length < min || v.length > 128 || !/^[\x21-\x7e]+$/.test(v)) return false;
  // Some draws hold no digit (`w-OF{Avh…`): then the letters must flip case at random. A short draw
  // (Oracle's 20 printable characters) holds few letters: heavy punctuation of four kinds or more stands in for their count.
  const classes = charClasses(v);
  const symbols = v.match(/[^A-Za-z0-9]/g) ?? [];
  const heavy = symbols.length >= Math.max(4, v.length / 5) && new Set(symbols).size >= 4;
  if (classes !== 4 && (classes !== 3 || /\d/.test(v) || !randomLetters(v, heavy ? 8 : 16))) return false;
  if (symbols.length < 2 || /[a-z]{5}|[A-Z]{6}/.test(v)) return false;
  if ((line ? LINE_CODE : CODE).test(v)) return false;
  return shannonEntropy(v) >= Math.min(4.5, 0.88 * Math.log2(v.length)) && !isPlaceholder(v);
}
