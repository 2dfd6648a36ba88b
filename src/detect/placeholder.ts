// Values that are not credential-shaped: template references, masks, filler, code expressions.
// A placeholder is never a finding as a live secret. Where a rule's full shape matched, though,
// made-up filler (madeUpKind) is what people send to test a firewall: see madeUpKind.
import { charClasses, shannonEntropy } from "./entropy.ts";
import { SRI_DIGEST, wordLabel } from "./value-form.ts";
import { encodedText } from "./encoded-value.ts";
import { drawnAlnum } from "./drawn-segment.ts";
import { SECRET_STORE_NAME } from "./slot-name.ts";
import type { Rule } from "./rules/types.ts";

// One character in angle brackets (`…u<S>clm`) is a generated password's, not a `<placeholder>`; so is a
// leading `<` with punctuation after it and no `>` (`<QLC)06]…`), where a cut-off `<your-token` has none;
// and so is a trailing `<` before letters in no word's case (`…3<vJHMB`), where a cut-off `<yourToken` reads as words.
// A command substitution opens with a command (`$(cat …`, `$(<file`, `$((`); `$(&` or `$(*` is a
// generated password's punctuation (Django's keys). So is `${` before a digit it does not close (`Q${9kz…`): a
// template names a variable or a position (`${DB_PASS}`, `${1}`). So is `%(` unless a Python %-format's name closes it (`%(db_password)s`).
const TEMPLATE = /\*{3,}|\$\{(?=[A-Za-z_#!@*?:}-]|\d+\})|\{\{|\}\}|%\([A-Za-z_][\w.-]{0,40}\)|\$\((?=[\w\s"'<(./~$\\-])|^<(?=[^>]*>|[\w .-]*$)|>$|<(?:[a-z][a-z-]{2,}|[A-Z][A-Z-]{2,}|[A-Za-z][a-z-]{2,}(?:[A-Z][a-z-]+)+)$|^%[A-Za-z_]+%$|\[\[|\]\]|…|\.\.\./;
/**
 * A bracketed `<name>` (`sk_<redacted>`, `<%= ENV["KEY"] %>`), unless the brackets are a generated
 * password's symbols: a template's brackets pair up, and its name has no blank-free run of code
 * punctuation (`u<psq3inZ>Cb…<`, `Kx<q;2)vB>…`, Oracle's auth tokens).
 */
const ANGLED = /<([^>]{2,40})?>/;
function angledTemplate(v: string): boolean {
  const m = ANGLED.exec(v);
  if (!m) return false;
  let open = 0;
  for (let i = 0; i < v.length; i++) open += v.charCodeAt(i) === 60 ? 1 : v.charCodeAt(i) === 62 ? -1 : 0;
  if (open !== 0) return false;
  const inner = m[1];
  return inner === undefined || !(/^[^\s%?!#/=@$]\S*$/.test(inner) && /[;()+^*~|\\]/.test(inner));
}
const templateLike = (v: string) => (TEMPLATE.test(v) || angledTemplate(v) || dollarReference(v)) && !elidedKey(v) && !dollarInDraw(v);
/**
 * `$NAME` is a variable, and so is what a reference goes on with (`$env:X`, `$secrets.X`, `$HOME/.pw`,
 * `$cfg->pw`, `$_POST['pw']`); a `$` before a drawn run (`$Xk29fjQpLm7V`) or before a name with a
 * password's symbol after it (`$EAfJQNFY@CSc…`, `$k9Lm#2xQ…`) starts a generated password.
 */
function dollarReference(v: string): boolean {
  const m = /^\$([A-Za-z_]\w*)/.exec(v);
  if (!m) return false;
  const rest = v.slice(m[0].length);
  return rest === "" ? !drawnAlnum(m[1]!) : !/^[@#%!^*&+=~?]/.test(rest);
}

/** Django's SECRET_KEY alphabet, and a generated password's like it: letters, digits and `!@#$%^&*(-_=+)`, none of code's `.;,/` quotes or braces. */
const DRAW_ALPHABET = /^[A-Za-z0-9!@#$%^&*()_=+-]{24,256}$/;
/** A shell expansion written whole: `$(name)`, `${…}`, `$NAME` in capitals, a value that is all `$name`. */
const WHOLE_EXPANSION = /\$\([A-Za-z_][\w-]*\)|\$\{|\$[A-Z_][A-Z0-9_]{2,}(?![a-z0-9])|^\$[A-Za-z_]\w*$/;
/**
 * A `$(` or `$x` inside a long random draw in that alphabet (`…g0$(8138`, `$y_h)z!2e…`, `…$((&j(@…`): punctuation the draw fell on,
 * not a command or a variable, which a shell spells whole. Symbols of two kinds or more, digits, letters, no word's run, a draw's entropy.
 */
export function dollarInDraw(v: string): boolean {
  if (!DRAW_ALPHABET.test(v) || !/\$|&&/.test(v) || WHOLE_EXPANSION.test(v) || /[A-Za-z]{12}/.test(v)) return false;
  const symbols = v.match(/[!#$%&()*+=@^]/g) ?? [];
  const digits = v.replace(/\D/g, "").length;
  const letters = v.replace(/[^A-Za-z]/g, "").length;
  return symbols.length >= 3 && new Set(symbols).size >= 2 && digits >= 3 && letters >= 8 && shannonEntropy(v) >= Math.min(4.4, 0.85 * Math.log2(v.length));
}
/**
 * A long key a log shortened in the middle (`AQEl…<90 chars>...<60 chars>`): a mask keeps a few
 * characters (`sk-…abcd`), an elision keeps most of the key, and the kept part still leaks
 * (issue 24, near-valid tokens). A side of 40+ random characters, not a JWT's constant header.
 */
function elidedKey(v: string): boolean {
  const m = /^([A-Za-z0-9+/_=-]*)(?:\.\.\.|…)([A-Za-z0-9+/_=-]*)$/.exec(v);
  if (!m) return false;
  const side = m[1]!.length >= m[2]!.length ? m[1]! : m[2]!;
  return side.length >= 40 && !side.startsWith("eyJ") && charClasses(side) >= 3 && shannonEntropy(side) >= 4.5 && !fillerRun(side);
}
/**
 * A bracketed template marker, a mask or a secret manager's reference written percent-encoded, as in a URL
 * query or form body (`%24%7BNAME%7D` is `${NAME}`, `vault%3Asecret%2F…` is `vault:secret/…`, `%5BREDACTED%5D`
 * is `[REDACTED]`, `+` a blank), and a mask's encoded bullets. Only brackets: a lone encoded `$` (`%24F1…`) starts many a real password.
 */
function encodedTemplate(v: string): boolean {
  if (!/%[0-9A-Fa-f]{2}/.test(v)) return false;
  if (ENCODED_MASK.test(v)) return true;
  const d = v.replace(/%([0-7][0-9A-Fa-f])/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return /\$\{|\{\{|\}\}|\$\(|<[A-Za-z][\w .+-]{0,40}>|\*{3,}|(?:^|[_-])\[[A-Za-z][A-Za-z +_:.-]{2,40}\]$|\[\[[A-Za-z][^\]]{1,40}\]\]/.test(d) || CODE_REF.test(d) || SECRET_REF.test(d);
}
/** A mask's bullets (•, ●, ∙, ·) or ellipses percent-encoded as UTF-8, five or more in a row (`sk-ant-%E2%80%A2%E2%80%A2…lwIf`). */
const ENCODED_MASK = /(%E2%80%A2|%E2%97%8F|%E2%88%99|%C2%B7|%E2%80%A6)\1{4,}/i;
const CODE_REF = /process\.env|os\.environ|os\.getenv|getenv|\benv\[|\bENV\[|secrets\.|\bvault:|ssm:|arn:aws:secretsmanager|aws-?secretsmanager:|gcp-secret:\/\/|@Microsoft\.KeyVault\(|keyring|\bsecretKeyRef\b|valueFrom/i;
/** Google Secret Manager's resource name (`projects/<id or number>/secrets/<name>`), its host before it or not. */
const GCP_SECRET = "(?:\\/\\/secretmanager\\.googleapis\\.com\\/)?projects\\/[\\w.-]{1,63}\\/secrets\\/[\\w-]{1,255}";
// A secret manager's reference as a whole value, plain or percent-encoded: 1Password's `op://vault/item/field`,
// Doppler's, Secret Manager's `sm://` and Azure Key Vault's `akv://` URIs, vals' `ref+vault://…`, `ref+awssecrets://…`,
// Azure Container Apps' `secretref:name`, Google Secret Manager's `projects/p/secrets/name`.
const SECRET_REF = new RegExp(`^(?:op|doppler|sm|akv|ref\\+[a-z0-9]{2,20}):\\/\\/[\\w .@-]+\\/|^secretref:[\\w.-]|^${GCP_SECRET}`);
/** A value that is all a Google Secret Manager name, a version or `latest` after it: it names the secret, as an ARN does. */
const GCP_SECRET_NAME = new RegExp(`^${GCP_SECRET}(?:\\/versions\\/(?:\\d{1,10}|latest))?$`);
/**
 * A secret manager's reference opening a value: an ARN of a Secrets Manager secret, an SSM parameter or a KMS key, the
 * `vault:`/`ssm:`/`aws-secretsmanager:` prefixes config loaders read, Azure Key Vault's secret URL or App Service reference.
 */
const MANAGER_REF = /^(?:arn:aws[\w-]{0,12}:(?:secretsmanager|ssm|kms):[\w-]{0,24}:\d{12}:(?:secret:|parameter\/|key\/|alias\/)|(?:vault|ssm|aws-?secretsmanager|secretsmanager):[\w/.-]|gcp-secret:\/\/|@Microsoft\.KeyVault\(|https:\/\/[\w-]{3,24}\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net)\/secrets\/)/;

/**
 * A whole value that is base64, base64url or hex of one line of text (a Kubernetes Secret's `data:` holding
 * `${SHOPIFY_TOKEN}`, `changeme`, `<your-key>`, `arn:aws:secretsmanager:…`, `op://vault/item/field`): judged as that
 * text written plainly is, by the caller's test. Random bytes, a real token's, decode to no text. A `user:password`
 * pair (Basic auth, a registry's `auth`) is one only when its password is one too: a structured user (the nil GUID) is no filler.
 */
function encodedPlaceholder(v: string, judge: (text: string) => boolean): boolean {
  const text = encodedText(v);
  if (text === null) return false;
  if (MANAGER_REF.test(text) || SECRET_REF.test(text) || CODE_REF.test(text)) return true;
  const password = USER_PASSWORD.exec(text)?.[1];
  return judge(text) && (password === undefined || judge(password));
}
const USER_PASSWORD = /^[^\s:]{1,64}:(?!\/\/)(\S+)$/;
/** A Subresource Integrity or npm integrity digest, a go.sum module hash (`h1:` + base64 SHA-256). */
const INTEGRITY_DIGEST = new RegExp(`^${SRI_DIGEST}$|^h1:[A-Za-z0-9+/]{43}=$`);
// Five zeros in a row are filler where the rest is not random: a drawn hex or base62 body holds a
// run of five zeros about once in 30,000 keys (y148-p-198, a Paystack key); eight of any character is filler.
const FILLER_RUN = /([xX*#•.\-_])\1{4,}|(.)\2{7,}/;

function fillerRun(v: string): boolean {
  return (FILLER_RUN.test(v) || (ZERO_RUN.test(v) && !randomAroundZeros(v))) && !drawnBesideZeroGroups(v);
}

/**
 * A token of separated groups where zeros fill whole id groups and another group is drawn (`xoxb-<id>-0000000000000-<24
 * random>`): the drawn secret is the credential whatever its ids hold. 20+ characters, two kinds or more, high entropy; no other filler.
 */
function drawnBesideZeroGroups(v: string): boolean {
  const groups = v.split(/[-_.]/);
  if (!groups.some((g) => /^0{5,}$/.test(g))) return false;
  const rest = groups.filter((g) => !/^0+$/.test(g));
  return !rest.some((g) => FILLER_RUN.test(g) || ZERO_RUN.test(g)) && rest.some((g) => g.length >= 20 && charClasses(g) >= 2 && shannonEntropy(g) >= 3.8 && !isSequential(g) && !repeatedWord(g));
}

/** The value with its zero runs taken out still reads as drawn: 20+ characters, two kinds or more, high entropy. */
function randomAroundZeros(v: string): boolean {
  const rest = v.replace(/0{5,}/g, "");
  return rest.length >= 20 && rest.length >= v.length * 0.75 && charClasses(rest) >= 2 && shannonEntropy(rest) >= 3.5;
}
// Characters and words that say "fill me in" (madeUpKind's "clear").
const CLEAR_CHARS = "xX*#•.-_";
const CLEAR_RUN = /([xX*#•.\-_])\1{4,}/;
const ZERO_RUN = /0{5}/;
const CLEAR_WORDS = /your|insert|replace|placeholder|changeme|change[_-]me|redacted|put[_-]?your|enter[_-]?your/i;
const CLEAR_SHORT_WORDS = /(?:^|[^A-Za-z0-9])(?:my|here|todo|fixme|none|null|undefined|xxx)(?:[^A-Za-z0-9]|$)/i;
// The same words set off by _ - . in a token's body (glpat-REPLACE_ME_…, sk-your-key-here): a
// random body has them between separators too rarely to matter.
const SEPARATED_CLEAR_WORD = /(?:^|[_.-])(?:your|insert|replace|placeholder|changeme|redacted)(?:[_.-]|$)/i;
// Words that say a value was made up to look like a key (madeUpKind's "example").
const MARKER_WORDS = /example|fake|test|dummy|sample/i;
const FILLER_WORDS = /(?:^|[^a-z])(?:your|insert|replace|placeholder|changeme|change[_-]me|redacted|dummy|fake|sample|fixme|put[_-]?your|enter[_-]?your|undefined)(?:[^a-z]|$)/i;
// Short words count only set off by non-alphanumerics (`my_key`, `here-1`): between digits they
// are two to four letters of a random body (`…V95MY5…`), not filler.
const SHORT_FILLER_WORDS = /(?:^|[^A-Za-z0-9])(?:my|todo|xxx|here|goes|none|null)(?:[^A-Za-z0-9]|$)/i;

/**
 * Secrets encrypted at rest, safe to commit by design: SOPS `ENC[AES256_GCM,data:…]`, jasypt
 * `ENC(…)`, Spring Cloud Config `{cipher}…`, Ansible Vault, Vault transit `vault:v1:…`, AWS KMS
 * ciphertext blobs (`AQICAH…`). A SOPS envelope percent-encoded in a query (`ENC%5BAES256_GCM%2C…`) is one too.
 */
export const ENCRYPTED_AT_REST = /^(?:ENC(?:\[|%5[Bb])(?:AES256_GCM|PGP|KMS)(?:[,\]]|%2[Cc]|%5[Dd])|ENC\(|\{cipher\}|\$ANSIBLE_VAULT;|vault:v\d+:|AQICAH[A-Za-z0-9+/]{40})/;

/**
 * A stored password hash, not a password: Spring's DelegatingPasswordEncoder ids (`{bcrypt}$2a$…`,
 * `{pbkdf2}…`, `{scrypt}…`, `{argon2}…`, `{sha256}…`; not `{noop}`, which holds the password in
 * clear), modular-crypt hashes (`$2a$10$` + 53, `$argon2id$v=19$…`, `$6$salt$…`, `$y$…`) and Django's
 * `<algorithm>$…` (`argon2$argon2id$…`, `pbkdf2_sha256$<iterations>$<salt>$<hash>`, `bcrypt_sha256$$2b$…`, `scrypt$…`).
 */
/** A bcrypt hash in modular-crypt form (`$2a$10$` + 22 of salt and 31 of hash), as a regex source: keyed-bcrypt.ts reads the same shape. */
export const BCRYPT_HASH = String.raw`\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}`;
export const STORED_HASH = new RegExp(String.raw`^(?:\{(?:bcrypt|pbkdf2|scrypt|argon2|sha-?256|sha-?1|md[45]|ldap|s?sha)(?:@[\w.]+)?\}[$A-Za-z0-9+/.]|${BCRYPT_HASH}|\$argon2(?:id|i|d)\$v=\d+\$m=\d|\$(?:[156]|y|7|scrypt|pbkdf2-sha\d+)\$(?:rounds=\d+\$)?[./A-Za-z0-9,=+-]{2,64}\$[./A-Za-z0-9+]{22,}|argon2\$argon2(?:id|i|d)\$v=\d+\$m=\d|pbkdf2_sha(?:1|256|512)\$\d{3,8}\$[\w./+-]{1,64}\$[A-Za-z0-9+/]{22,}|bcrypt(?:_sha256)?\$\$2[abxy]?\$\d\d\$|scrypt\$\d{3,8}\$[\w./+-]{1,64}\$\d{1,3}\$\d{1,3}\$[A-Za-z0-9+/]{22,})`, "i");

/**
 * What a value that matched a rule but failed its realism tests (placeholder, entropy) is:
 * - "clear": a placeholder nobody takes for a key, excused in every direction: template markers
 *   (<…>, ${…}, {{…}}, %VAR%), code references, encrypted-at-rest values, YOUR_/REPLACE/CHANGEME
 *   words, filler of x, X, *, #, •, ., -, _ (ghp_xxxx…, sk-****), masks and ellipses (sk-…abcd).
 * - "example": a made-up body in the credential's shape, what people type to test a firewall:
 *   one letter or digit other than 0 repeated (AAAA…==, 1111…), an alphabet or digit sequence
 *   (ABCDEF…, 0123…), or a marker word (EXAMPLE, FAKE, TEST, DUMMY, SAMPLE) in a low-entropy
 *   body. Zeros alone are clear (0x000…, pat-na1-00000000-0000-…: the conventional unset
 *   value); zeros beside a marker word (gldt-EXAMPLE0000…, AKIAEXAMPLE000…) are made up.
 *   The core reports it labelled `example`: outbound blocks it, repository scanning shows info.
 * - undefined: neither; the value is dropped as before (low entropy, not filler).
 * The line: x/X/* and punctuation say "fill me in" (nobody tests a firewall with them, and docs
 * and code are full of them); letters or digits in an alphabet run, a zero run or a repeated
 * letter are a key someone typed to look real. Clear wins where both appear (AKIAxxxxEXAMPLE).
 */
export function madeUpKind(value: string): "clear" | "example" | undefined {
  const v = value.trim();
  if (v.length === 0 || templateLike(v) || encodedTemplate(v) || CODE_REF.test(v) || ENCRYPTED_AT_REST.test(v) || CLEAR_WORDS.test(v) || CLEAR_SHORT_WORDS.test(v) || encodedPlaceholder(v, (text) => madeUpKind(text) === "clear")) return "clear";
  // Zeros are the conventional unset value (0x000…, the nil UUID): clear alone, made up beside a marker word.
  const marked = MARKER_WORDS.test(v);
  if (CLEAR_RUN.test(v) || (!marked && ZERO_RUN.test(v))) return "clear";
  const major = majority(v);
  if (v.length >= 6 && major.share * 2 >= v.length && (CLEAR_CHARS.includes(major.char) || (major.char === "0" && !marked))) return "clear";
  if (fillerRun(v) || (v.length >= 6 && major.share * 2 >= v.length) || isSequential(v) || sequentialRun(v)) return "example";
  if (marked) return "example";
  return undefined;
}

/** A word of 2-10 letters said three times or more, set off by `-_.` or not (`FAKEFAKEFAKE…`, `dummy_dummy_…`, `abcdabcd…`). */
const REPEATED_WORD = /([A-Za-z]{2,10}?)(?:[-_.]?\1){2,}/gi;
/**
 * Most of the value (60%, 12 characters or more) is one word repeated (`sk-proj-FAKEFAKE…`, `AKIADUMMYDUMMYDUMMY1`):
 * filler, not a token. A drawn body holds no such run; a real token that holds a word once (`…FAKE7x…`) does
 * not qualify, nor does one letter repeated (`ZZZZ…`). Sent to test a firewall it is still made up (blocked
 * outbound): only inside a test's code (fixtureBefore) is it a placeholder.
 */
export function repeatedWord(v: string): boolean {
  for (const m of v.matchAll(REPEATED_WORD)) {
    if (new Set(m[1]!.toLowerCase()).size >= 2 && m[0].length >= 12 && m[0].length >= 0.6 * v.length) return true;
  }
  return false;
}

/**
 * A token whose body is degenerate group by group (`xoxb-000000000000-0000000000000-testtesttest…`, `sk_test_0000…`,
 * `ghp_deadbeefdeadbeef…`, `npm_1234512345…`): after the prefix's short words, every group is one character or a unit
 * of up to 8 repeated (a glued prefix of up to 4, `AKIA`, set aside), 12 characters or more and 60% of the value. A drawn
 * body never repeats like that, and one random group among degenerate ones (`xoxb-<random id>-0000…-<random>`) fails it.
 * Like repeatedWord, a placeholder inside a test's code (fixtureBefore); elsewhere it stays a made-up example.
 */
export function degenerateBody(v: string): boolean {
  const groups = v.split(/[-_.]/);
  let i = 0;
  while (i < groups.length - 1 && /^[A-Za-z]{1,8}$/.test(groups[i]!) && periodic(groups[i]!, 0) < 0) i++;
  let filler = 0;
  for (let first = true; i < groups.length; i++, first = false) {
    const g = groups[i]!;
    if (g.length === 0) continue;
    let at = -1;
    for (let k = 0; k <= (first ? 4 : 0) && at < 0; k++) at = periodic(g, k);
    if (at < 0) return false;
    filler += g.length - at;
  }
  return filler >= 12 && filler >= 0.6 * v.length;
}

/** `from` when g from there on (8+ characters, or 4+ of one) repeats a unit of 1-8 at least twice; else -1. */
function periodic(g: string, from: number): number {
  const n = g.length - from;
  if (n < 4) return -1;
  for (let p = 1; p <= 8 && 2 * p <= n; p++) {
    if (p > 1 && n < 8) break;
    let i = from + p;
    while (i < g.length && g.charCodeAt(i) === g.charCodeAt(i - p)) i++;
    if (i === g.length) return from;
  }
  return -1;
}

/** A test framework's mark (`describe(`, `it("`, `expect(`, `@Test`, `def test_`, pytest's fixture, RSpec's `let(:`, Go's `func Test`), or fixture, mock, stub. */
const TEST_CODE = /(?:^|[^\w.])(?:describe|it|test|context)\([ \t]*["'`]|\bexpect\(|@Test\b|\bdef test_|@pytest\.fixture|\blet\(:|\bfunc Test[A-Z]|\bt\.Run\(|\b(?:fixtures?|mock(?:s|ed)?|stubs?)\b/i;
/** A name saying fake, dummy, mock or stub right before the value (`FAKE_KEY = "`, `dummyToken: '`). */
const FAKE_NAME = /(?:fake|dummy|mock|stub)\w*["']?[ \t]*(?:=|:|=>)[ \t]*["'`]?$/i;

/** The text before a value (up to 400 characters) is a test's code or names the value fake: where filler is a fixture's. */
export function fixtureBefore(before: string): boolean {
  return FAKE_NAME.test(before.slice(-60)) || TEST_CODE.test(before);
}

/**
 * A generic (context-only) rule's value that says it is an example (`examplepass123`,
 * `FAKE-EXAMPLE-SECRET`): a value, not a word, an identifier, a sentence, a path or a host.
 * Outbound this is an example finding, as for provider shapes; a plain `example` is not.
 */
export function isExampleValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 8 || !/example/i.test(v) || madeUpKind(v) === "clear") return false;
  if (/\s/.test(v) || /^[a-z][a-z_.-]*$/.test(v) || /^[A-Z][A-Z_]*$/.test(v) || /^[a-z]+(?:[A-Z][a-z]+)+$/.test(v)) return false;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(v) || /[a-z]:\/\//i.test(v) || /(?:^|[.@])example\.(?:com|org|net)\b/i.test(v)) return false;
  return true;
}

/**
 * A phrase telling the reader to change the value (`change-me-now!`, `¡cámbiala@ya!`, `bitte-ändern!`, `à-changer!`,
 * `поменяй-меня`): the phrase and other words (no digits, no draw's mixed case) with punctuation, in the languages the placeholder words are read in.
 */
const CHANGE_IT = /(?<![\p{L}])(?:change[_ -]?(?:me|it|this)|cámbia(?:la|lo|me)|cambia(?:la|lo|me)|cambiar|ändern|ändere|à[_ -]?changer|changez[_ -]?(?:moi|le|la|ça)|cambialo|cambiala|mude[_ -]?(?:isso|me)|altere|troque|поменяй|поменять|измени(?:те)?|zmień|zmien)(?![\p{L}])/iu;
const changeItPhrase = (v: string) => v.length <= 48 && CHANGE_IT.test(v) && (v.replace(CHANGE_IT, " ").match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => /^\p{Lu}?\p{Ll}*$/u.test(w));

/** True for values no real credential looks like, for any rule. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (templateLike(v) || encodedTemplate(v) || CODE_REF.test(v) || ENCRYPTED_AT_REST.test(v) || GCP_SECRET_NAME.test(v) || SECRET_REF.test(v)) return true;
  if (fillerRun(v) || SEPARATED_CLEAR_WORD.test(v) || changeItPhrase(v)) return true;
  if (v.length >= 6 && dominatedByOneChar(v)) return true;
  if (isSequential(v)) return true;
  return encodedPlaceholder(v, isPlaceholder);
}

/**
 * A generated password shown in blank-separated groups of four (WordPress application passwords,
 * app-specific passwords): most groups hold a capital or a digit past their first character, at a
 * password's entropy. Filler (`xxxx xxxx …`, `abcd efgh …`) and sentences of four-letter words do not.
 */
export function groupedPassword(v: string): boolean {
  if (!fourCharGroups(v)) return false;
  // Google's app password: 16 random lower-case letters, shown in four groups (`abcd efgh ijkl mnop`).
  if (/^[a-z ]{19}$/.test(v)) return appSpecificPassword(v.replace(/ /g, "-"));
  const groups = v.split(" ");
  return groups.filter((g) => /[A-Z0-9]/.test(g.slice(1))).length >= 3 && charClasses(v) >= 2 && shannonEntropy(v.replace(/ /g, "")) >= 3.5 && !isSequential(v.replace(/ /g, ""));
}

/**
 * Apple's app-specific password (`abcd-efgh-ijkl-mnop` as shown, 16 random lower-case letters):
 * few vowels and a consonant run no word has. Slugs of four-letter words (`main-line-test-case`) keep their vowels.
 */
export function appSpecificPassword(v: string): boolean {
  const letters = appPasswordLetters(v);
  return letters !== null && (letters.match(/[aeiou]/g) ?? []).length <= 4 && /[^aeiouy]{4}/.test(letters) && new Set(letters).size >= 9;
}

/** The 16 letters of a value in Apple's app-specific password form (`abcd-efgh-ijkl-mnop`), not a sequence; else null. */
export function appPasswordLetters(v: string): string | null {
  if (v.length !== 19 || !/^[a-z]{4}(?:-[a-z]{4}){3}$/.test(v)) return null;
  const letters = v.replace(/-/g, "");
  return isSequential(letters) ? null : letters;
}

/**
 * An app password drawn from lower case and digits, shown as four dashed groups of four (Bluesky's
 * `xxxx-xxxx-xxxx-xxxx`): both kinds mixed all through it, no ascending run (`abc1-def2-…`), few repeats.
 */
export function dashedDrawnPassword(v: string): boolean {
  if (v.length !== 19 || !/^[a-z0-9]{4}(?:-[a-z0-9]{4}){3}$/.test(v)) return false;
  const chars = v.replace(/-/g, "");
  const digits = chars.replace(/[a-z]/g, "").length;
  if (digits < 3 || digits > 12 || new Set(chars).size < 10) return false;
  for (let i = 2; i < chars.length; i++) if (chars.charCodeAt(i) - chars.charCodeAt(i - 1) === 1 && chars.charCodeAt(i - 1) - chars.charCodeAt(i - 2) === 1) return false;
  let switches = 0;
  for (let i = 1; i < chars.length; i++) if (/\d/.test(chars[i]!) !== /\d/.test(chars[i - 1]!)) switches++;
  return switches >= 5;
}

/**
 * The same dashed form under a name that says app password, with fewer digits (Bluesky draws from
 * a-z and 2-7, so a third of its passwords hold two digits or fewer): the name vouches for the
 * shape, and the groups must still read as drawn, not as words (`main-line-test-case`, `blog-post-2024-news`):
 * ten distinct characters, no ascending run, no group of digits alone, a group with no vowel.
 */
export function namedDashedDraw(v: string): boolean {
  if (v.length !== 19 || !/^[a-z0-9]{4}(?:-[a-z0-9]{4}){3}$/.test(v)) return false;
  const groups = v.split("-");
  const chars = groups.join("");
  if (new Set(chars).size < 10 || isSequential(chars) || groups.some((g) => /^\d+$/.test(g))) return false;
  return groups.some((g) => !/[aeiouy]/.test(g)) && chars.replace(/[^aeiou]/g, "").length <= 5;
}

/** Four to eight blank-separated groups of four letters or digits: the shape app passwords are shown in. */
export function fourCharGroups(v: string): boolean {
  return /^[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){3,7}$/.test(v);
}

/**
 * Lower-case letters that do not read as words (`kzqtwmxvbn…`, a token drawn from a-z): words and
 * joined identifiers in any Latin-script language keep a vowel every two or three letters; random
 * letters hold about one in five and leave consonant clusters. Alphabet runs and repeats are not
 * random. Measured: 0 of 654 lower-case runs of 20+ letters in node_modules and system docs
 * (`dnspromisesresolvenaptrhostname`, `berschreibungsmodifizierer`); 85% of random 32-letter values.
 */
export function randomLowerLetters(value: string): boolean {
  if (value.length < 24 || !/^[a-z]+$/.test(value)) return false;
  let vowels = 0;
  let ascending = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) vowels++;
    if (i > 0 && c === value.charCodeAt(i - 1) + 1) ascending++;
  }
  if (vowels > 0.27 * value.length || ascending * 6 > value.length) return false;
  return (value.match(/[^aeiouy]{3,}/g) ?? []).length >= 2 && shannonEntropy(value) >= 3.6;
}

const MASK_WORD = "(?:[A-Z]?[a-z]{2,20}|[A-Z]{3,20})";
const SCRUBBER_MASK = new RegExp(`^(?:\\[${MASK_WORD}(?:[ _-]${MASK_WORD}){0,2}\\]|\\(${MASK_WORD}(?:[ _-]${MASK_WORD}){0,2}\\))$`);

/** Stricter test for values matched only by context (generic `password = …` rules). */
export function isGenericPlaceholder(value: string): boolean {
  const v = value.trim();
  if (isPlaceholder(v)) return true;
  if (FILLER_WORDS.test(v) || SHORT_FILLER_WORDS.test(v) || /example|^test|test$|^demo|foobar/i.test(v)) return true;
  // A name word inside a strong password (upper, lower, digit and symbol, 12+) is part of it.
  if (/secret|password|passwd|token|apikey|api_key|credential/i.test(v) && !strongPassword(v)) return true;
  if (/^(?:pass|passw|pw|pwd|passwd|pass(?:word)?\d{0,3}|my[_-]?pass(?:word)?|your[_-]?pass(?:word)?|secret\d{0,3}|s3cr3t|p@ss(?:w[o0]rd)?|p@\$\$w[o0]rd|letmein|qwerty\d*|admin\d{0,3}|guest|test\d{0,3}|user\d{0,3}|root|toor|hunter2|changeit|abc123|12345\d*)$/i.test(v)) return true;
  if (/^(?:true|false|null|nil|none|undefined|required|optional|string|str|int|bytes|secretstr|text|number|object|boolean|bool|any|hidden|masked|empty|default|prompt)$/i.test(v)) return true;
  // A log scrubber's mask: a word or two in brackets (Sentry's and Rails' `[Filtered]`, `[removed]`, `(hidden)`).
  if (SCRUBBER_MASK.test(v) && !randomLowerLetters(v.slice(1, -1))) return true;
  // Identifiers and words, a sentence's punctuation after a word too (`è scaduta:`).
  const word = v.replace(/(?<=[a-z])[:,;!?]+$/, "");
  if (/^[a-z][a-z_.-]*$/.test(word) && !randomLowerLetters(word) && !appSpecificPassword(word)) return true;
  // A word of another language ("obrigatória", "обязательно", "必填"): lower-case letters with one not ASCII, or CJK script alone.
  if (/[^\x00-\x7f]/.test(v) && /^(?:\p{Ll}[\p{Ll}\p{M}'’_.-]*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)[.:,;!?]*$/u.test(v)) return true;
  if (/^[A-Z][A-Z0-9_]*_[A-Z0-9_]*$/.test(v)) return true; // ENV_VAR_NAMES
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(v)) return true; // camelCase identifiers
  if (/^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)+\(?$/.test(v)) return true; // member access a.b.c (digits make it a value)
  if (/\S\s+\S+\s+\S/.test(v) && !groupedPassword(v)) return true; // a sentence, not a credential
  if (storePointer(v)) return true;
  if (/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(v) && (v === v.toUpperCase() || v === v.toLowerCase()) && !groupedPassword(v)) return true; // "PRIVATE KEY", "public key"
  if (/^[\d.,:_ -]+$/.test(v)) return true; // numbers, versions, times
  if ((/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(v) && !slashLedBase64(v)) || /^[a-z]+:\/\/[^@]*$/i.test(v)) return true; // paths, URLs without credentials
  if (INTEGRITY_DIGEST.test(v)) return true;
  // An id and the file it is read from (systemd's LoadCredential=ID:PATH, a `name:/run/secrets/x` mount).
  if (/^[\w.@-]{1,64}:(?:~?\/)[\w.@-]+(?:\/[\w.@-]+)+\/?$/.test(v)) return true;
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(v) && /\.(?:com|org|net|io|dev|local|internal|json|yaml|yml|txt|pem|key|env|ts|js|py)$/i.test(v)) return true; // hostnames, file names
  return encodedPlaceholder(v, isGenericPlaceholder);
}

/**
 * Where the secret is kept or whom to ask, in two words (a longer pointer reads as a sentence): a pointing word in the
 * languages the prose rules read, then a store, a person, a handle or a ticket (`in Vault`, `ask Jane`, `see OPS-1234`,
 * `siehe Tresor`, `voir Bitwarden`, `via Doppler`, `ask @secops`), after a blank or glued by a colon (`see:1Password`); or a store's name opening the value, its item after it
 * (`1Password:Infra/Django`, `LastPass/Shared/DB`).
 */
const POINTER_WORD = "(?:see|in|ask|from|via|per|stored|kept|check|ping|under|cf\\.?|siehe|im|aus|frag|bei|unter|voir|dans|demander|chez|ver|véase|en|pide|pregunta|desde|veja|em|no|na|pergunte|vedi|nel|nella|chiedi|zie|vraag|patrz|zob\\.?|zapytaj|w|см\\.?|смотри|спроси|в)";
const POINTED = new RegExp(`^${POINTER_WORD}(?:[ \\t]+|:[ \\t]?)(?:[@#][\\w.-]{1,40}|[A-Z][A-Z0-9]{1,9}-\\d{1,7}|\\d?\\p{L}[\\p{L}'’-]{1,30})[.!)]?$`, "iu");
const STORE_ITEM = new RegExp(`^${SECRET_STORE_NAME}[ \\t]?[:/>][ \\t]?[\\p{L}\\d][\\p{L}\\d _.'’/>-]{0,60}$`, "u");
/** A run that reads as drawn (16+ letters and digits, both cases and a digit): a secret beside the store's name, not an item's. */
const DRAWN_RUN = /(?=[A-Za-z0-9]{16})(?=[a-z0-9]*[A-Z])(?=[A-Z0-9]*[a-z])(?=[A-Za-z]*\d)[A-Za-z0-9]{16,}/;
/** A ticket, issue or runbook named by its kind and number (`ticket#1234`, `see issue 42`, `cf. INC-7781`). */
const TICKET = new RegExp(`^(?:${POINTER_WORD}[ \\t:]+)?(?:ticket|issue|bug|incident|case|change|task|runbook|jira)[ \\t]?[#:]?[ \\t]?(?:[A-Z][A-Z0-9]{1,9}-)?\\d{1,7}[.!)]?$`, "iu");
export const storePointer = (v: string) => v.length <= 80 && (POINTED.test(v) || TICKET.test(v) || (STORE_ITEM.test(v) && !DRAWN_RUN.test(v)));

/**
 * Lower-case words joined by one `-` or `.` (`correct-horse-battery-staple`, `summer.winter.coffee`; three or more,
 * a number may close them): the word test above reads them as an identifier, but where the slot is named for a
 * password they are a passphrase a person chose. Words that say fill-in, example, or where the value is kept are not.
 */
const PASSPHRASE = /^[a-z]{3,12}([.-])[a-z]{3,12}(?:\1[a-z]{3,12}){1,6}(?:\1?\d{1,4})?$/;
const KEPT_OR_NAMED_WORD = /(?:^|[.-])(?:vault|keychain|keyring|keyvault|env|environment|manager|prompt|ask|see|stored|generated|random|rotated|provided|managed|unset|disabled|none|empty|inherit|inherited|default|auto|ssm|kms|sops|file|from|via|use|same|below|above|hidden|masked|omitted|required|optional|secrets?|passwords?|passwd|passphrase|token|credentials?|keys?)(?=[.-]|\d|$)/;
export function chosenPassphrase(v: string): boolean {
  return PASSPHRASE.test(v) && !isSequential(v.replace(/[.-]/g, "")) && wordLabel(v.replace(/[.-]?\d+$/, "")) && !FILLER_WORDS.test(v) && !SHORT_FILLER_WORDS.test(v) && !SEPARATED_CLEAR_WORD.test(v) && !MARKER_WORDS.test(v) && !KEPT_OR_NAMED_WORD.test(v);
}

/**
 * Base64 that happens to start with "/" (a key whose first six bits are all ones): a path's
 * segments are words, names or hex; a base64 key has a long segment mixing upper and lower case
 * and digits, and no dot, dash or underscore.
 */
function slashLedBase64(v: string): boolean {
  if (v.length < 32 || !/^\/[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  return v.split("/").some((seg) => seg.length >= 16 && /[a-z]/.test(seg) && /[A-Z]/.test(seg) && /\d/.test(seg));
}

/** Upper and lower case, a digit and a symbol, 12 characters or more, no blank. */
function strongPassword(v: string): boolean {
  return v.length >= 12 && !/\s/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && /[^A-Za-z0-9]/.test(v);
}

/** True when one character makes up half the value or more. */
function dominatedByOneChar(v: string): boolean {
  return majority(v).share * 2 >= v.length;
}

/** The most frequent character if one holds a majority (majority vote: no counting table), with its count. */
function majority(v: string): { char: string; share: number } {
  let cand = -1;
  let votes = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (votes === 0) {
      cand = c;
      votes = 1;
    } else if (c === cand) votes++;
    else votes--;
  }
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) === cand) n++;
  return { char: String.fromCharCode(cand), share: n };
}

/** 0123456789, abcdefgh…: mostly each char one more than the previous. */
export function isSequential(v: string): boolean {
  if (v.length < 8) return false;
  let steps = 0;
  for (let i = 1; i < v.length; i++) if (v.charCodeAt(i) - v.charCodeAt(i - 1) === 1) steps++;
  return steps / (v.length - 1) >= 0.6;
}

/** An alphabet or digit run of 12+ (ABCDEFGHIJKL…, 0123456789ab) inside a longer value. */
function sequentialRun(v: string): boolean {
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    run = v.charCodeAt(i) - v.charCodeAt(i - 1) === 1 ? run + 1 : 1;
    if (run >= 12) return true;
  }
  return false;
}

/** The value fails a rule's realism tests (its entropy floor, its placeholder test): what every rule's match must pass. */
export function notReal(rule: Pick<Rule, "entropy" | "placeholder">, secret: string): boolean {
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return true;
  if (rule.placeholder === "standard" && isPlaceholder(secret)) return true;
  return rule.placeholder === "strict" && isGenericPlaceholder(secret);
}
