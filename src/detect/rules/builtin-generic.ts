// Key material, credentials in URLs, generic assignments, personal data and crypto wallets.
import { PUBLISHABLE_VALUE, publicDer, publicEcPoint, typedPublicKey, secretPathReference, secretStoreReference, selfNamedValue, sigV4Scope, labelledDigest, wordLabel, wordList, xrayTraceId } from "../value-form.ts";
import { credentialLabel } from "../secret-words.ts";
import { searchOnlyKeyName } from "../public-client-key.ts";
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { LONG_RUN } from "../runs.ts";
import { DIGIT_GROUPS, IBAN_COMPACT, IBAN_SPACED, PGPASS_PORT, US_SSN } from "../digit-triggers.ts";
import { AT_REST_NAME, nameAbove, pagingTokenName, passwordName, secretReferenceSlot, secretStoreName, SESSION_TOKEN_WORDS, sentTokenWords } from "../slot-name.ts";
import { PART_HEAD_END, SIBLING_NAME, SIBLING_VALUE_GLUE } from "./sibling.ts";
import {
  bech32Valid, btcBase58AddressValid, cardIssuer, ecdsaDerSignature, ed25519KeypairValid, extendedPrivateKeyValid, abaValid, ibanValid, luhn, ssnValid, wifValid, base58Decode, basicAuthPassword,
} from "../validators.ts";
import { charClasses, letterDigitSwitches, randomHex, shannonEntropy } from "../entropy.ts";
import { appSpecificPassword, fourCharGroups, groupedPassword, isExampleValue, isGenericPlaceholder, isPlaceholder, randomLowerLetters } from "../placeholder.ts";
import { intlMnemonicIn, wordRunNear } from "../bip39-intl.ts";
import { randomLetters } from "./builtin-near.ts";
import { inTemplateExpression } from "./template-expression.ts";
import { crashReportDeviceKey, logLineDigestKey } from "./diagnostic-report.ts";
import { sealedCiphertext, sealedManifestValue } from "./sealed-ciphertext.ts";
import { sealedBoxPublicKey } from "./sealed-box-public-key.ts";
import { vendorObjectId } from "../vendor-object-id.ts";
import { sqlColumnToValues } from "../table.ts";
import { bytesToText } from "../decode.ts";
import { FILE_AT_PATH_END, HASHED_NAME, opaqueLiteral } from "./call-arguments.ts";
import { DIGEST_NAME_END, REFERENCE_NAME_END, generatedPassword, namedPrefix, writtenPassword, randomLetterKey, snakeName } from "./secret-name.ts";
import { defaultValueValid, idVariableName } from "./env-default.ts";
import { drawnLetters, letterRuns, shortRandomSegment } from "../drawn-segment.ts";
import { lesser } from "../bounds.ts";
import { nextMatchFinder } from "../next-match.ts";

const digitsOnly = (s: string) => s.replace(/[^0-9]/g, "");
const isLowerAt = (t: string, i: number) => { const c = t.charCodeAt(i); return c >= 97 && c <= 122; };
const isDigitAt = (t: string, i: number) => { const c = t.charCodeAt(i); return c >= 48 && c <= 57; };

/** Key names that hold something other than the secret itself (a policy, a length, a path…). */
const NON_VALUE_KEY = /(?:policy|policies|manager|service|field|input|label|length|len|type|name|id|hash|hashed|digest|url|uri|path|file|dir|prompt|hint|regex|pattern|rules?|min|max|required|strength|reset|expiry|expires?|expiration|changed|confirm|confirmation|validator|validation|provider|store|helper|env|var|header|param|column|prefix|suffix|format|mode|enabled|count|size|version|ref|source|location|arn|handler|callback|endpoint|error|invalid|missing|message|msg|placeholder|description|title|text|tag|label|status|state|scopes?|created|updated|rotated|owner|last[_-]?set|last[_-]?used|time|date|timestamp|age|attempts?|expired|changeable|algorithm|algo)["']?$/i;
/** Tokens a form carries that are not credentials: anti-forgery, paging, captcha, upload or idempotency handles. */
const NOT_A_CREDENTIAL_TOKEN = /csrf|xsrf|authenticity|^_token$|request[_-]?verification|nonce|page|cursor|captcha|recaptcha|upload|idempoten|continuation|sync|state|device[_-]?token|push[_-]?token|fcm|apns/i;
const TYPE_NAME = /^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Za-z]+\[[A-Za-z, ]+\]|[A-Za-z]+<[A-Za-z, ]+>)[?!]?$/;
/**
 * A type name (`PrivateKeyInfo`, `Promise<string>`), not a password: PascalCase words. A random
 * mixed-case password reads as PascalCase too ("BpZtTlcLmmze!"); its "words" mostly lack vowels.
 */
function typeName(value: string): boolean {
  if (!TYPE_NAME.test(value)) return false;
  const words = value.match(/[A-Z][a-z]+/g) ?? [];
  return words.filter((w) => !/[aeiouy]/i.test(w)).length <= 1;
}

/** Names whose values are not credentials although they say token/key/session: CSRF, paging, caches, tracing. */
const NON_SECRET_WORD = /(?:csrf|xsrf|authenticity|nonce|continuation|pagination|idempotency|correlation|fingerprint|thumbprint|keyid|key[_-]id|site[ _-]?key|publishable|(?:page|cursor|request|trace|cache|etag|sync|sort|primary|foreign|partition|lookup|map|public|pub|fpr)(?:s|d|ed|ing)?(?=[^a-z]|key|token|id|secret|$))[\w.-]*$/i;
/**
 * Whether a name says CSRF, paging, cache, tracing, public or search-only. A short word must end there or run
 * into the slot's own word (`pagetoken`, `pubkey`): "page" in PAGERDUTY_ROUTING_KEY or "map" in
 * MAPBOX_TOKEN names a provider. camelCase humps count as word ends (`nextPageToken`).
 */
function nonSecretName(name: string): boolean {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2");
  return NON_SECRET_WORD.test(snake) || pagingTokenName(snake) || searchOnlyKeyName(/[\w.-]*$/.exec(snake)![0]);
}

/** Hosts reserved for examples and tests (RFC 2606, RFC 6761): example.com/.net/.org, .example, .invalid, .test. */
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|test)\.?$/i;

/**
 * Whether text[start, end) lies in a URL to a reserved example host (`https://example.com?key=…`,
 * `uri://user:pass@example.com`): URL parsers' and clients' tests are full of them.
 */
function inExampleUrl(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - 256), end);
  const scheme = head.lastIndexOf("://");
  if (scheme < 0 || /[\s"'`<>]/.test(head.slice(scheme))) return false;
  const authority = /^[^/?#\s"'`<>]*/.exec(head.slice(scheme + 3) + text.slice(end, end + 256))![0];
  const host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:\d*$/, "");
  return EXAMPLE_HOST.test(host);
}

const POWERSHELL_CMDLET = /^(?:Get|Set|Read|New|Add|Remove|Import|Export|ConvertTo|ConvertFrom|Invoke|Select|Format|Out|Write|Test|Start|Stop|Find|Resolve|Join|Split|Unprotect|Protect)-[A-Z][A-Za-z]+$/;

/**
 * A bare (unquoted) value that is code, not a literal: an identifier, a member access, a call,
 * a type. `exports.ECPrivateKey = ECPrivateKey`, `PrivateKeyInfo = tslib_1.__decorate(`,
 * `password: string`, `secret = base64.b64decode(x)`. Quoted values are literals and stay.
 */
/**
 * A parenthesised aside of words after a value and a blank: `(don't share it …)`, `(rotate it after)`, `(see 1Password for
 * rotation)`, `(siehe Tresor)`, `(см. LastPass)`, the second word maybe cut by the validator's short look ahead; or a name and
 * a colon or its close (`(1Password: "Mailgun")`, `(redacted)`).
 */
const PROSE_ASIDE = /^[ \t]+\((?:\p{L}+\.?(?:['’]\p{Ll}+)?[ \t]\d?\p{L}[\p{L}'’-]*(?:[ \t),:]|$)|\d?\p{L}{3,}[:)])/u;

/**
 * A command run in backticks, a shell's (or Perl's, Ruby's) command substitution: `` JWT_SECRET=`cat jwt.key` ``,
 * `` "`pass show ci/jwt`" ``. A command word (a lower-case name, a path, a PowerShell Verb-Noun) and its arguments:
 * the value is what the command prints, fetched where it runs. A code span in prose sets a literal apart as one
 * token (`` `h7#Kq…` ``), and a drawn literal among the arguments (`` `echo 9fK…` ``) is still written there.
 */
const COMMAND_WORD = /^(?:[a-z][\w.+-]{0,39}|(?:~|\.{1,2})?\/[\w./-]+|[A-Z][a-z]+-[A-Z][A-Za-z]+)$/;
function backtickCommand(body: string): boolean {
  const words = body.trim().split(/[ \t]+/);
  return words.length >= 2 && COMMAND_WORD.test(words[0]!) && !words.some((w) => opaqueLiteral(w.replace(/^-{1,2}[\w-]+=|^["']|["';|)]+$/g, "")));
}

export function codeValue(secret: string, match: string, after: string): boolean {
  const at = match.lastIndexOf(secret);
  if (at > 0 && match[at - 1] === "`") return backtickCommand(secret);
  if (secret.length > 2 && secret.startsWith("`") && secret.endsWith("`") && match[at - 1] === '"') return backtickCommand(secret.slice(1, -1));
  if (at > 0 && /["'`]/.test(match[at - 1]!)) return false;
  // A call or index continues the value on its own line; a "[section]" header on a later line
  // (INI, TOML) starts something else. An aside in words after a blank ("… VALUE  (don't share it)") is prose.
  // An element's closing tag glued to the value (`<pre>api_key: …</pre>`) ends markup, not code.
  if ((/^[ \t]*(?:[([]|<(?!\/[A-Za-z][\w:-]{0,20}>))/.test(after) && !PROSE_ASIDE.test(after)) || secret.includes("(")) return true;
  // A chained assignment or an operator after the value (`X = X_1 = class …`, `a = b ?? c`), a type union.
  // A value set off by blanks alone is a command-line argument (`--token VALUE && next`), and a
  // shell assignment is `NAME=VALUE` unspaced (`export X_KEY=VALUE && npm run …`): there "&&" and
  // "||" join commands. Code spaces its `=` or, minified, its `&&`.
  const spaced = /^[\w.-]*["']?[ \t]+$/.test(match.slice(0, at)) || (match[at - 1] === "=" && /[\w-]$/.test(match.slice(0, at - 1)) && /^[ \t]+(?:\|\||&&)[ \t]/.test(after));
  if (/^[ \t]*(?:=(?![=>])|\?\?|\|\||&&)/.test(after) && /^[A-Za-z_$][\w$.]*$/.test(secret) && !(spaced && /^[ \t]*(?:\|\||&&)/.test(after))) return true;
  if (/^[\w$.]+(?:\|[\w$.]+)+$/.test(secret)) return true;
  // `exports.X = PKCS8ShroudedKeyBag;`: a bare identifier ending a statement, assigned with spaces as code is.
  if (/^;/.test(after) && /^[A-Za-z_$][\w$]*$/.test(secret) && /[a-z]/.test(secret) && /[A-Za-z]/.test(secret[0]!) && /\s(?:=|:)\s/.test(match.slice(0, at))) return true;
  if (/^[A-Za-z_$][A-Za-z$]*(?:_[A-Za-z$]+)*_\d+$/.test(secret) && /[a-z]/.test(secret)) return true;
  if (/^[A-Za-z_$][\w$]*(?:(?:\?\.|\.|::|->)[A-Za-z_$][\w$]*)+[;,]?$/.test(secret) && !secret.split(/[.:>-]+/).some(randomSegment)) {
    // A member access is code where code continues it (a call, an operator, a terminator) or
    // where the assignment is spaced as code (`x = a.b` at a line end); `password=monkey.Blue28`
    // in a query or an .env line is a value.
    if (/^\s*(?:[(;,)\]}]|\|\||&&|\?)/.test(after) || /[;,]$/.test(secret)) return true;
    if (/^[ \t]*(?:\r?\n|$)/.test(after) && /\s(?::=|=>|[:=])|(?::=|=>|[:=])\s/.test(match.slice(0, at))) return true;
  }
  // A command: PowerShell's Verb-Noun (`$password = Read-Host -AsSecureString`), or a word followed by flags
  // (not Apple's app-specific password, `abcd-efgh-ijkl-mnop`, before the command's next flag).
  if (POWERSHELL_CMDLET.test(secret) || (/^[A-Za-z]+(?:-[A-Za-z]+)*$/.test(secret) && /^[ \t]+--?[A-Za-z]/.test(after) && !randomCaseLetters(secret) && !appSpecificPassword(secret))) return true;
  if (/^[A-Za-z_$][A-Za-z_$]*[;,]?$/.test(secret) && /^(?:\s|[;,)\]}]|$)/.test(after) && (/[_$]/.test(secret) || /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(secret) || /^[A-Z][a-z]+$/.test(secret)) && !randomCaseLetters(secret)) return true;
  return false;
}

/**
 * A dotted key's random part (`sk.<random>.<random>`, `<id>.<secret>`): long, with digits, its
 * letters in no word's case pattern. A member path's names (`createSha256Hash`) read as words.
 */
function randomSegment(seg: string): boolean {
  return (seg.length >= 16 && /\d/.test(seg) && randomCaseLetters(seg.replace(/\d/g, "").slice(0, 64))) || shortRandomSegment(seg) || drawnLetters(seg);
}

/**
 * Letters of both cases that do not read as an identifier's words (`TdqASLSaagK`): camelCase
 * and PascalCase words carry vowels and acronyms stand in runs; random letters leave two or more
 * vowel-less words or lone capitals (`getUserID`, `XMLHttpRequest` leave at most one).
 */
export function randomCaseLetters(value: string): boolean {
  if (!/^[A-Za-z]{8,64}$/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  const words = letterRuns(value);
  let odd = 0;
  words.forEach((w, i) => {
    if ((w.length >= 2 && /[a-z]/.test(w) && !/[aeiouy]/i.test(w)) || (w.length === 1 && i > 0)) odd++;
  });
  return odd >= 2;
}

/**
 * Upper-case letters and digits mixed throughout (`8JQ2XK…`, 28+): a token drawn from A-Z0-9, not
 * a constant (`ACCESS_TOKEN`, `ENTERPRISE2024`), whose digits stand in one or two places.
 */
function randomUpperDigits(value: string): boolean {
  return /^[A-Z0-9]{28,}$/.test(value) && (value.match(/[A-Z]\d|\d[A-Z]/g) ?? []).length >= 6;
}

/** How many bytes are printable ASCII, tabs and line breaks included. */
function printableCount(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) n++;
  return n;
}

/**
 * A value that is base64 standing for something else: a Kubernetes Secret's `data:` value whose
 * decoded text is a placeholder (`Y2hhbmdlbWU=` is "changeme"), or a long blob (160+ characters;
 * the value patterns stop at 200 or 400) that decodes to binary that is not a DER key (a
 * SealedSecret's or KMS ciphertext, encrypted at rest). Short binary values (a base64 HMAC key)
 * and DER keys stay secrets.
 */
export function base64NotASecret(secret: string): boolean {
  if (secret.length < 8 || secret.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
  const bytes = Buffer.from(secret, "base64");
  const printable = printableCount(bytes);
  // Base64 of `user:password` is judged by its password (a nil-GUID user is structure, not filler).
  if (printable === bytes.length) return isGenericPlaceholder(bytes.toString("latin1")) && !drawnBasicPassword(secret);
  // A blob of 120+ random bytes spells "+" or "/" (all but 0.6% do): a long run of letters and
  // digits alone is a token (a Graph API access token), not ciphertext.
  return secret.length >= 160 && bytes[0] !== 0x30 && printable < 0.8 * bytes.length && /[+/]/.test(secret);
}

/**
 * A quoted literal measured, not kept: the slot holds its length, size or hash (`"…".length`,
 * `"…".size`, `"…".len()`, `"…".hashCode()`), a number. A call that returns the string
 * (`.trim()`, `.strip()`) keeps the literal a secret.
 */
export const MEASURED_LITERAL = /^["'`]?\.(?:(?:length|byteLength|size|count)(?![\w$(])|(?:len|length|size|count|hashCode|hash)\(\))/;

/**
 * A generic `name = value` match is a secret only when the name is the secret's, not metadata
 * about it (policy, path, error message, CSRF nonce, page cursor) or a public key's, and the
 * value is a literal, not code (an identifier, a call, a member access, a type).
 */
function assignmentValid(secret: string, match: string, before: string, after = ""): boolean {
  let key = /^[^:=,\]]*?(?=["']?\]?(?:\*{1,2}|`)?[ \t]{0,32}(?::=|=>|->|<<?-|\?=|(?:\|\||\?\?)=|[:=,]|[ \t](?:is|was)[ \t]))/i.exec(match)?.[0] ?? match;
  if (key.endsWith("}")) key = key.replace(/[ \t]*\{[^{}]*\}$/, "");
  // A bare value in escaped text (a JSON string holding a file) runs on past a `\n` escape into the
  // next line: the line's head is the value, and a reference there (a resource path) is no secret.
  const esc = secret.search(/\\[nr]/);
  if (esc > 0 && !/["'`]$/.test(match.slice(0, match.lastIndexOf(secret)))) {
    const head = secret.slice(0, esc);
    if (isGenericPlaceholder(head) || !assignmentValid(head, match.slice(0, match.lastIndexOf(secret) + esc), before, secret.slice(esc) + after)) return false;
  }
  if (NON_VALUE_KEY.test(key.trim()) || nonSecretName(before.slice(-24) + key.trim()) || secretStoreName(before.slice(-24) + key.trim())) return false;
  // An ARN's resource (`arn:aws:secretsmanager:…:123456789012:secret:prod/db-AbC123`) names a secret, it does not hold one.
  if (/(?:^|:)\d{12}:$/.test(before) || /\barn:[\w-]+:[\w-]+:[\w-]*:\d*:$/.test(before)) return false;
  if (/(?:public|pub)[\s_.-]*$/i.test(before) || /^public/i.test(key)) return false;
  if (typeName(secret) || PUBLISHABLE_VALUE.test(secret)) return false;
  if (publicSigningKey(key.trim(), secret, before)) return false;
  // `${NAME_SECRET:?message}`: a shell or Compose expansion's error text, not a value.
  if (secret.startsWith("?") && after.startsWith("}")) return false;
  if (yamlTagOrVault(secret, after) || ((secret.startsWith("encrypted:") || secret.startsWith("{AQAAAB")) && CIPHERTEXT_ENVELOPE.test(secret))) return false;
  if (codeValue(secret, match, after) || MEASURED_LITERAL.test(after)) return false;
  if (base64NotASecret(secret) && !headerSlot(key, match, before) && !cliKeyFlag(secret, match, before) && !declaredLiteral(key, match, before) && !plannedAttribute(key, match, before) && !bearerTokenName(key, match, secret, before) && !sentKeyAssignment(key, match, before, secret)) return false;
  return true;
}

/** A GPG key id or fingerprint (8, 16 or 40 hex, `0x` and gpg's `!` allowed). */
const GPG_KEY_ID = /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})!?$/;
/** An SSH public key (git's `key::` literal form too) or the path of one. */
const SSH_PUBLIC_KEY = /^(?:key::)?(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d{3}|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:[ \t]+AAAA|$)|\.pub$/;

/**
 * A commit-signing key named by its public identity (git's `user.signingkey`, `GPG_SIGNING_KEY`):
 * a GPG key id or fingerprint, an SSH public key or the path of its .pub file. An HMAC or webhook
 * signing secret is random bytes, not one of these shapes; a lower-case hex value is taken as a
 * key id only where the name says GPG/PGP or is git's one-word `signingkey`.
 */
export function publicSigningKey(key: string, secret: string, before: string): boolean {
  const name = /[\w.-]{0,40}$/.exec(before)![0] + key.replace(/["'`\]]+$/, "");
  if (!/signing[_.-]?key/i.test(name)) return false;
  if (SSH_PUBLIC_KEY.test(secret)) return true;
  if (!GPG_KEY_ID.test(secret)) return false;
  return !/[a-f]/.test(secret.replace(/^0x/, "")) || /gpg|pgp/i.test(name) || /(?:^|\.)signingkey$/i.test(name);
}

/**
 * A quoted literal given to a variable the line declares (`local API_KEY = "…"`, `const token =
 * '…'`, `private static final String KEY = "…"`): a key written into source, not a manifest's
 * ciphertext (SealedSecrets and KMS blobs sit in YAML and JSON) unless the name says encrypted.
 */
/**
 * An attribute of a planned resource (`terraform plan`, `pulumi preview`: `  + token = "…"`, `  ~ key = "…"`): the
 * value the tool will hand its provider, shown because it was not marked sensitive; ciphertext is not planned as a token.
 */
function plannedAttribute(key: string, match: string, before: string): boolean {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return /^[ \t]+[+~][ \t]+[^\n=]*$/.test(line) && /=[ \t]*"[^"]*$/.test(match) && !AT_REST_NAME.test(line + key);
}

function declaredLiteral(key: string, match: string, before: string): boolean {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  if (!/(?:^|[;{]\s*)[ \t]*(?:(?:local|const|let|var|my|our|val|final|static|readonly|export|private|public|protected|internal)[ \t]+)+[^\n=]*$/.test(line)) return false;
  return /=[ \t]*["'`][^"'`]*$/.test(match) && !AT_REST_NAME.test(line + key);
}

/**
 * The envelope ciphertext starts with (SealedSecrets' `Ag…`, an AWS KMS blob's `AQICAH…`, dotenvx's
 * `encrypted:` and base64, Jenkins's `{AQAAAB…}` of credentials.xml and JCasC): encrypted at rest, not sent as a credential.
 */
export const CIPHERTEXT_ENVELOPE = /^(?:Ag[A-D]|AQ[IE][BC]AH|encrypted:[A-Za-z0-9+/]{64}|\{AQAAAB[A-Za-z0-9+/]{40})/;

/** Base64 that decodes to bytes, not text (a base64 placeholder or reference decodes to text). */
const binaryBlob = (v: string) => {
  const bytes = Buffer.from(v, "base64");
  return printableCount(bytes) < bytes.length;
};

/** A name for a token a client sends as it is (`channel_access_token`, `botToken`, `api-token`). */
const SENT_TOKEN_NAME = new RegExp(`${sentTokenWords("channel")}[_.-]?token$`, "i");
/** An environment variable's name for a token (`LINE_CHANNEL_ACCESS_TOKEN`, `AIVEN_TOKEN`); XML settings spell it in any case. */
const ENV_TOKEN_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_TOKEN$/;
const ENV_TOKEN_NAME_ANY_CASE = new RegExp(ENV_TOKEN_NAME.source, "i");

/** A key that names a credential sent as it is: a token (access, session, bot…), an API key, a secret, a password. */
const CREDENTIAL_KEY_END = new RegExp(`(?:${sentTokenWords("channel", ...SESSION_TOKEN_WORDS)}[_.-]?token|api[_.-]?key|secret(?:[_.-]?key)?|passw(?:or)?d)$`, "i");

/**
 * A name that says access token (`channel_access_token`, `accessToken`), given the value with
 * `=` (.env, INI, properties, or a literal in code: a Go const block, Python): a bearer token sent as it is, which may be long
 * base64 of random bytes (LINE's channel tokens); ciphertext at rest sits in YAML or JSON, or
 * wears its envelope (ENC[…], AQICAH…).
 */
function bearerTokenName(key: string, match: string, secret: string, before: string): boolean {
  const name = key.trim().replace(/^["'`]|["'`]$/g, "");
  if (/access[_.-]?token$/i.test(name) && /^[^"'`:\n]*=[ \t]*["'`]?[A-Za-z0-9+/]/.test(match)) return true;
  // A config key that names a sent token (`lineChannelAccessToken:`, `bot_token:` in JSON or YAML):
  // ciphertext at rest there says encrypted in the name, opens with a SealedSecret's `Ag` or KMS's
  // envelope, or is longer (a sealed value wraps a 512-byte session key).
  const full = /[\w.-]{0,40}$/.exec(before)![0] + name;
  if (secret.length <= 512 && (SENT_TOKEN_NAME.test(full) || (CREDENTIAL_KEY_END.test(full) && binaryBlob(secret))) && !AT_REST_NAME.test(full) &&
    /^[^"'`\n]*\\?["'`]?[ \t]*:[ \t]*\\?["'`]?[A-Za-z0-9+/]/.test(match) && !/^Ag/.test(secret) && !CIPHERTEXT_ENVELOPE.test(secret)) return true;
  // An environment variable's name (`LINE_CHANNEL_ACCESS_TOKEN: "…"` in a Compose or Kubernetes
  // env block) says a token the service sends; a SealedSecret's or KMS blob wears its envelope
  // (`Ag` + the wrapped session key's length, `AQICAH…`), a SOPS value its ENC[…].
  // The match opens at its keyword (`TOKEN` of `AIVEN_TOKEN:`): the name is read with what stands before it.
  return ENV_TOKEN_NAME.test(full) && !AT_REST_NAME.test(full) &&
    /^[^"'`\n]*["'`]?[ \t]*[:=][ \t]*["'`]?[A-Za-z0-9+/]/.test(match) && !CIPHERTEXT_ENVELOPE.test(secret);
}

/**
 * A token or API key given with `=` (an .env or Compose `- NAME=…` line, a variable in code or a
 * traceback's locals: `ROBLOX_API_KEY=…`, `aiven_token = '…'`): the credential as the client sends
 * it, which may be long base64 (Roblox Open Cloud, Aiven). Ciphertext at rest sits under `:` in
 * YAML or JSON, says so in its name, or wears its envelope (`Ag…`, `AQICAH…`).
 */
function sentKeyAssignment(key: string, match: string, before: string, secret: string): boolean {
  const name = /[\w.-]{0,40}$/.exec(before)![0] + key.trim().replace(/^["'`]|["'`]$/g, "");
  if (!/(?:^|[_.-])(?:api[_.-]?)?(?:token|key)$|[a-z0-9](?:Api)?(?:Token|Key)$/i.test(name) || !/[_.-]|[a-z][A-Z]/.test(name)) return false;
  if (AT_REST_NAME.test(name) || /public|(?:^|[_.-])pub(?:lic)?(?:[_.-]|$)/i.test(name) || CIPHERTEXT_ENVELOPE.test(secret)) return false;
  return /^[^"'`:\n]*=[ \t]*["'`]?[A-Za-z0-9+/]/.test(match);
}

/**
 * A request header's value (`X-API-Key: …`, a Hyphenated-Capitalized name, ": " with no quote):
 * sent to authenticate, so a long base64 blob there is the credential, not ciphertext at rest.
 */
function headerSlot(key: string, match: string, before: string): boolean {
  const name = /[A-Za-z0-9-]*$/.exec(before)![0] + key.trim().replace(/["'`]$/, "");
  // A custom header's `X-` name is a header in a dict or JSON too (`{"x-api-key": "…"}`).
  if (/^x-[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(name)) return true;
  return /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/.test(name) && match.startsWith(key.trim() + ": ");
}

/**
 * A command-line flag named for a key (`--api-key "…"`, `--token …`, `-secret=…`) takes the
 * credential as it is sent, so a long base64 blob there is the key (Roblox Open Cloud keys run
 * to hundreds of characters), not ciphertext at rest. A name that says encrypted or public, and
 * an SSH public key's wire blob (`AAAA` + length + "ssh-…"), stay excused.
 */
function cliKeyFlag(secret: string, match: string, before: string): boolean {
  const flag = /(?:^|[\s"'`(])--?([A-Za-z][\w-]*)$/.exec(before.slice(-48) + /^[\w-]*/.exec(match)![0]);
  if (!flag || !/(?:key|token|secret|password|passwd|auth|credentials?|bearer)$/i.test(flag[1]!)) return false;
  if (!/^[\w-]*(?:[ \t]+|=)["'`]?$/.test(match.slice(0, match.lastIndexOf(secret)))) return false;
  if (AT_REST_NAME.test(flag[1]!) || /public|pub(?![a-z])/i.test(flag[1]!)) return false;
  return !/^(?:ssh-|ecdsa-|sk-)/.test(Buffer.from(secret.slice(0, 16), "base64").toString("latin1", 4));
}

/**
 * A YAML tag is not the value: `password: !vault |` opens an Ansible Vault block (ciphertext),
 * `!Ref DbPassword` / `!Sub` / `!secret db_pw` name where the value comes from. The vault
 * envelope itself (`$ANSIBLE_VAULT;1.1;AES256`) is ciphertext too. A tag followed by a plain
 * scalar on the same line (`!!str s3cr3t…`) is not excused.
 */
function yamlTagOrVault(secret: string, after: string): boolean {
  if (/^\$ANSIBLE_VAULT;\d/.test(secret)) return true;
  if (!/^!{1,2}[A-Za-z][\w:./-]{0,40}$/.test(secret)) return false;
  return /^[ \t]*[|>][+-]?\d?[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.test(after) || /^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|Join|Select|If|Base64|vault|secret|env|ENV|include|Secret|Env)$/.test(secret);
}

/**
 * An XML setting named for a token the client sends (`LINE_CHANNEL_ACCESS_TOKEN`, `BotToken`, `Api.AccessToken`): a
 * long base64 value there is the token itself (LINE's run to 172 characters of random bytes), not ciphertext at rest,
 * which says encrypted in its name or wears its envelope (`Ag…`, `AQICAH…`).
 */
export const sentTokenSetting = (name: string, secret: string) =>
  (SENT_TOKEN_NAME.test(name) || ENV_TOKEN_NAME_ANY_CASE.test(name)) && !AT_REST_NAME.test(name) && !CIPHERTEXT_ENVELOPE.test(secret);

/** Elements that name a variable and give its value in attributes, besides the settings' own (`<add key=… value=…/>`). */
const NAMED_VALUE_ELEMENTS = ["environment", "env", "server", "ini", "var", "variable", "option", "attribute"];

/** An XML setting's value is the secret when its key names the secret itself, not metadata about it (PasswordPolicy, TokenEndpoint). */
function xmlSettingValid(secret: string, match: string): boolean {
  const name = /\b(?:key|name)\s{0,2}=\s{0,2}["']([\w.:-]+)/i.exec(match)?.[1] ?? "";
  if (NON_VALUE_KEY.test(name) || nonSecretName(name) || /^(?:public|pub)/i.test(name)) return false;
  // A manifest's client token (Facebook's `com.facebook.sdk.ClientToken`) ships in every build by design.
  if (match.startsWith("<meta-data") && /client[_.-]?token$/i.test(name)) return false;
  if (wordLabel(secret) && !passwordName(name)) return false;
  return !typeName(secret) && (!base64NotASecret(secret) || sentTokenSetting(name, secret)) && !/^\$\(|^%[\w.]+%$/.test(secret) && (charClasses(secret) >= 2 || secret.length >= 16) && !/^[a-z]+$/i.test(secret);
}

/**
 * "session sess_2abc… for user_…": prose naming an object by its id (a lower-case type prefix and
 * "_"), set off by blanks only; a cookie's or a field's value follows "=" or ":".
 */
function proseObjectId(secret: string, match: string, before = ""): boolean {
  const head = match.slice(0, match.lastIndexOf(secret));
  if (!/^[a-z]{2,8}_[A-Za-z0-9]{12,}$/.test(secret) || !/^[\w.-]*[ \t]+$/.test(head)) return false;
  // A command-line flag (`--api-key live_…`, `-token aio_…`) takes the next word as its value: not
  // prose. Only the named-slot rule passes `before` (it refuses nonce names such as Idempotency-Key).
  // An auth scheme opening a quoted header value (`"Bearer cxtp_…"`, `'Token abc_…'`) is not prose either.
  if (AUTH_SCHEME_HEAD.test(before.slice(-16) + head)) return false;
  return !/(?:^|[\s"'`=])--?[A-Za-z][\w.-]*$/.test(before + head.trimEnd());
}
/** A scheme word as a header value spells it (capitalised; "bearer" in any case), after the value's opening quote. */
const AUTH_SCHEME_HEAD = /["'`](?:[Bb]earer|BEARER|Token|TOKEN|Api-?Key|API-?KEY|Key|SSWS|OAuth|[A-Z][A-Za-z]{1,11}-(?:API-|Api-|Auth-)?Key)[ \t]+$/;

/** A bare file name with a data or media extension (`4d15…c89.parquet`). */
const DATA_FILE_NAME = /^[\w-]{1,120}\.(?:parquet|avro|orc|jsonl|ndjson|csv|tsv|gz|zst|arrow|feather|pdf|xlsx|png|jpe?g|webp|gif|mp4|zip|tar)$/i;
/** A storage object's key or path ending in a file name, or a data file's name: a storage key, not a credential. */
const objectPath = (s: string) => FILE_AT_PATH_END.test(s) || DATA_FILE_NAME.test(s);

/** High-entropy values: long enough to be a key, not a name with a content hash (cache keys, build ids). */
function entropyValueValid(secret: string, match: string, before: string, after = ""): boolean {
  if (proseObjectId(secret, match) || ecdsaDerSignature(secret) || vendorObjectId(secret) || publicDer(secret) || publicEcPoint(secret)) return false;
  // A name ending in "signature" holds a signature (a sigstore bundle's, a signed payload's): public output, not a key.
  if (/^signature["'\]]?[ \t]{0,4}[:=]/i.test(match)) return false;
  if (!assignmentValid(secret, match, before, after)) return false;
  const name = slotName(match, before);
  if (HASHED_NAME.test(secret) || objectPath(secret) || REFERENCE_NAME_END.test(name) || pagingTokenName(name)) return false;
  // One case and digits in a run or two (words and a date, `NIGHTLYBUILD…20241205`): no random draw.
  if (/^(?:[A-Z0-9]+|[a-z0-9]+)$/.test(secret) && letterDigitSwitches(secret) < 4) return false;
  return secret.length >= 32 || charClasses(secret) >= 3;
}

/**
 * Nor is an address under a name that calls it one (`TREASURY_ADDRESS=`, `payout_address: "`, `app.treasury.address=`,
 * `treasuryAddress:`, `TOKEN_CONTRACT=`, a contract's being public; `PAYOUT_WALLET=`, an `X-Wallet:` header; a multipart part `name="contract_address"`,
 * `<add key="TREASURY_ADDRESS" value="`; an env lookup's fallback, `process.env.PAYOUT_ADDR ?? "`): a configured
 * public address, not a payment instruction. A bare "address"/"recipient" is also a chat's label, so it takes a prefix;
 * a bare role (`TREASURY =`) is how a contract's constant holds a wallet, so it is not read as a public slot.
 */
const ADDRESS_NAME = /(?:[A-Za-z0-9][_.-]|[a-z])(?:address(?:es)?|addrs?|contracts?|recipients?|wallets?)$|[A-Za-z0-9][_.-]?(?:ADDRESS(?:ES)?|ADDRS?|Address(?:es)?|Addrs?|CONTRACTS?|Contracts?|RECIPIENTS?|Recipients?|WALLETS?|Wallets?)$/;
/**
 * A bare `address` as a data file's key, not a chat's label: indented under a YAML mapping, a quoted JSON
 * member, or a TOML/INI key whose value is quoted (`address = "0x…"`).
 */
const ADDRESS_KEY = /(?:\n[ \t]+address[ \t]*:[ \t]*["']?|\\?"address\\?"[ \t]*:[ \t]*\\?"|(?:^|\n)address[ \t]*=[ \t]*["'])$/;
/** What names an address as a smart contract's, just before it on the same line. */
/** An environment lookup whose variable names an address, the value its fallback: `env::var("TOKEN_CONTRACT_ADDRESS").unwrap_or_else(|_| "`, `os.getenv("WALLET_ADDR", "`. */
const ADDRESS_ENV_FALLBACK = /["'`](?:[A-Za-z0-9]{1,24}[_.-]){0,4}(?:address|addr|contract|recipient|wallet)["'`]\s{0,2}\)?[^"'`\n]{0,40}["'`]$/i;
/**
 * A mapping named for addresses that holds the value's key (`payout_addresses:` then `  usdc_base: "0x…"` indented
 * below it, or `"wallets": {"eth": "0x…"`): each child names a chain or an asset, the parent says address.
 */
const ADDRESS_PARENT = /(?:address(?:es)?|addrs|wallets|recipients|payees)(?:\\?["'])?[ \t]*:[ \t]*(?:(?:\r?\n|\\n)(?:[ \t]+(?:[^\n\\]|\\[^n]){1,100}(?:\r?\n|\\n)){0,6}[ \t]+[\w.-]{1,40}|\{(?:[^{}\n]{0,100},)?[ \t]*\\?["'][\w.-]{1,40}\\?["'])(?:\\?["'])?[ \t]*:[ \t]*(?:\\?["'])?$/i;
/** The text before a wallet address calls the addresses public ("our wallet's public addresses for the invoice footer:"): published on purpose. */
const PUBLIC_WALLET_LABEL = /(?<![A-Za-z])public[ \t]+(?:[A-Za-z'’-]{1,20}[ \t]+){0,2}(?:address(?:es)?|wallets?|addrs?)(?![A-Za-z])/i;
const publicWalletLabel = (t: string, st: number) => PUBLIC_WALLET_LABEL.test(t.slice(Math.max(0, st - 160), st));
const CONTRACT_LABEL = /(?:(?<![A-Za-z])contract(?:[\s_-]?addr(?:ess)?)?|\bdeployed\s{1,4}(?:at|to)|\b(?:token|router|factory|proxy|implementation|multicall)[\s_-]{1,3}(?:contract|address))\s{0,4}[:=]?\s{0,4}["'`]?$/i;

/**
 * A transaction hash labelled as one (tx, txid, tx hash, transaction, receipt, a log's `hash=` field, `tx submitted
 * hash=`): 0x and 64 hex. The label may follow a JSON escape (`\ntx: 0x…` in a pasted trace): a letter after a
 * backslash is not a word's; its quotes may be escaped too (a receipt's JSON inside a tool result's string).
 */
const TX_HASH_NEAR = /(?:(?<![A-Za-z])|(?<=\\[nrt]))(?:tx(?:id|n)?(?:[\s_-]?hash)?|transaction(?:[\s_-]?hash)?|block[\s_-]?hash|receipt|hash)\\{0,3}["'\]]?\s{0,3}[:=]?\s{0,3}\\{0,3}["'`]?0x[a-fA-F0-9]{64}(?![A-Za-z0-9])/i;

/**
 * At a "0x" hit (`end` just past it): false when an address (40 hex) there sits within a few lines
 * of a labelled transaction hash. Other hex literals pass at the first loop, without the window test.
 */
function notInTxRecord(text: string, end: number): boolean {
  if (end + 40 > text.length) return true;
  for (let j = end; j < end + 40; j++) {
    const c = text.charCodeAt(j) | 32;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return true;
  }
  return !TX_HASH_NEAR.test(text.slice(Math.max(0, end - 240), end + 280));
}

/** Pulumi's marker of a secret value in state and stack exports: a fixed key and signature. */
const PULUMI_SECRET_KEY = "4dabf18193072939515e22adb298388d";
const PULUMI_SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** The plaintext is the secret's JSON encoding (a quoted string, escaped again inside JSON): judged without the quotes. */
function pulumiPlaintext(s: string): boolean {
  const v = s.replace(/^(?:\\*")+|(?:\\*")+$/g, "");
  return v.length >= 6 && !isGenericPlaceholder(v);
}

/** `guest:guest`, `admin:admin`, `user:user`: a demo pair whose password repeats the user name. */
function samePair(match: string, pass: string): boolean {
  const user = /([^\s:@/"'=]{1,100}):[^:]*$/.exec(match.slice(0, match.lastIndexOf(pass)))?.[1] ?? "";
  return user.toLowerCase() === pass.toLowerCase();
}

/**
 * A declaration's type between the name and "=": `const TOKEN: &str = "…"` (Rust),
 * `val apiKey: String = "…"` (Kotlin, Swift, TypeScript), `var token string = "…"` (Go). The
 * value follows the "=", not the type.
 */
const TYPED_ASSIGN = "(?::[ \\t]{0,4}(?:&(?:'static[ \\t]{1,4})?str|[A-Z][\\w.]{0,30}(?:<[\\w, ]{1,40}>)?[?!]?|string|str|bytes)|[ \\t]{1,4}(?:string|String))[ \\t]{1,4}=(?![=>])";

/** A C# property's accessors between its name and its initializer (`ApiKey { get; set; } = "…"`). */
export const ACCESSOR_BLOCK = "\\{[ \\t]*(?:(?:private|protected|internal)[ \\t]+)?get[ \\t]*;[ \\t]*(?:(?:(?:private|protected|internal)[ \\t]+)?(?:set|init)[ \\t]*;[ \\t]*)?\\}";
const ACCESSORS = `(?:[ \\t]{1,4}${ACCESSOR_BLOCK})?`;
const ACCESSORS_AHEAD = new RegExp(`^${ACCESSOR_BLOCK}[ \\t]*=`);
/**
 * Markup closing a name before its assignment: Markdown emphasis or code (`**API_SECRET**: …`,
 * `` `TOKEN`: … ``), as people write credentials into notes and READMEs.
 */
const NAME_MARKUP = "(?:\\*{1,2}|`)?";
/** A default-assignment operator: Ruby's and Perl's `||=`, JavaScript's, C#'s and PHP's `??=`. */
const OR_ASSIGN = "(?:\\|\\||\\?\\?)=";

/**
 * A named slot: the name, an assignment (or a multipart part's blank line, or a fallback after
 * the name: `process.env.X_TOKEN ?? "…"`, `|| "…"`), an opaque value of
 * `min`+ characters; with `comment`, a trailing comment on the line that names a credential
 * (`token: … # personal access token`) joins the match, for the validator to read.
 */
/**
 * A label before the key body, split off by "|" (`prod:team-slug-123|<body>`, Convex-style deploy
 * keys): the body after the bar is the secret, judged as any slot value.
 */
const LABEL_BAR = "(?:[A-Za-z0-9_.:-]{1,64}\\|)?";
/**
 * An auth scheme word written into the setting with the key, as the provider's header wants it
 * (`api.key=App <key>`, `token: "Bearer <key>"`): the key is what follows, up to a quote or the
 * line's end. The pattern is case-insensitive; slotValue asks for the capital (schemeWordOk).
 */
const schemeWord = (min: number) => `(?:[A-Za-z][A-Za-z-]{1,15}[ ](?=[A-Za-z0-9+/_.~=:%-]{${min},400}(?:["'\`]|[ \\t]*(?:\\r?\\n|$))))?`;
const CLAIM_KEY = (names: string) => new RegExp(`["'](?:${names})\\\\?["'][ \\t]*:`);
const ISSUER_CLAIM = CLAIM_KEY("iss");
const TIME_CLAIM = CLAIM_KEY("iat|exp|nbf|auth_time");
const SUBJECT_CLAIM = CLAIM_KEY("sub|aud");

/**
 * An OIDC token's `sid` (or Keycloak's `session_state`) among its claims (`iss`, `sub`/`aud`, `iat`/`exp`) in one
 * object: a decoded token's payload, where the session id names the login for logout, it authenticates nothing.
 */
function claimSetSessionId(text: string, at: number): boolean {
  if (!/^(?:sid|session_state)\\?["'][ \t]*:/i.test(text.slice(at, at + 20))) return false;
  const open = enclosingBrace(text, at, -1);
  if (open < 0) return false;
  const close = enclosingBrace(text, at, 1);
  const obj = text.slice(open, close < 0 ? at + 800 : close);
  return ISSUER_CLAIM.test(obj) && TIME_CLAIM.test(obj) && SUBJECT_CLAIM.test(obj);
}

/**
 * A TLS handshake's session id as a TLS client prints it (`openssl s_client`'s `SSL-Session:` block:
 * `Session-ID: <hex>`, `Session-ID-ctx:`): sent in the clear in the handshake, no credential.
 */
function tlsSessionPrintout(text: string, at: number): boolean {
  return /^Session-ID(?:-ctx)?:/.test(text.slice(at, at + 16)) && /SSL-Session:|TLS session/.test(text.slice(Math.max(0, at - 400), at));
}

/** The brace that opens (dir -1) or closes (dir 1) the object around `at`, nested objects skipped, within 800 characters; -1 if none. */
function enclosingBrace(text: string, at: number, dir: 1 | -1): number {
  const [inner, outer] = dir < 0 ? [125, 123] : [123, 125];
  let depth = 0;
  for (let i = at, n = 0; n < 800 && i >= 0 && i < text.length; i += dir, n++) {
    const c = text.charCodeAt(i);
    if (c === inner) depth++;
    else if (c === outer && depth-- === 0) return i;
  }
  return -1;
}

/**
 * A `name=value` pair after a blank is the next pair of a logfmt line, query or CLI output (`… secret=your_key_here
 * commit=<sha>`): its value is its own name's, not the slot's before it. Base64's `=` closes a value, never followed by more.
 */
const NEXT_PAIR = "[A-Za-z_][\\w.-]{0,40}=(?=[A-Za-z0-9+/_.~:%-])";
function slotPattern(names: string, min: number, comment = false): RegExp {
  const tail = comment ? `(?:["'\`]?[ \\t]{1,8}(?:#|//)[^\\r\\n]{0,40}?${CREDENTIAL_COMMENT})?` : "";
  // Blanks before the sign run to an aligned column (HCL, a plan's output, Go's struct literals).
  return new RegExp(`(?:${names})[\\w.-]{0,24}?(?:["']?\\]?${NAME_MARKUP}[ \\t]{0,24}(?:${TYPED_ASSIGN}|:=|=>|<<?-|\\?=|${OR_ASSIGN}|[:=])[ \\t]{0,4}["'\`]?${schemeWord(min)}|["']${PART_HEAD_END}|[ \\t]{1,4}(?:\\?\\?|\\|\\|)[ \\t]{1,4}["'\`](?=[A-Za-z0-9+/_.~=:%-]{${min},400}["'\`])|[ \\t]+(?!${NEXT_PAIR})(?:(?:is|was|ist|est|es)[ \\t]{1,4})?(?:["'](?=[A-Za-z0-9+/_.~=:%-]{${min},400}["']))?)${LABEL_BAR}([A-Za-z0-9+/_.~=:%-]{${min},400})(?![A-Za-z0-9+/_.~=:%-]|[ \\t]{1,4}(?:\\?\\?|\\|\\|)[ \\t]{1,4}["'\`])${tail}`, "i");
}
/** A comment's words that call the value a credential: "access token", "API key", "PAT", "secret". */
const CREDENTIAL_COMMENT = "(?<![A-Za-z])(?:(?:access|api|auth|bearer|personal|private|service|bot|secret)[ \\t_-]{0,2}(?:access[ \\t_-]{0,2})?(?:token|key)|pat|secret|password|credentials?)(?![A-Za-z])";

/**
 * A named slot's value is opaque: hex of 32+ or letters and digits dense enough to be random.
 * Cheap tests first; the placeholder test (many patterns) last.
 */
function slotValueValid(secret: string, match: string, before: string, after = ""): boolean {
  return slotValue(secret, match, before, after, false);
}

/**
 * The same, admitting a value that says it is an example (a vendor's published key with EXAMPLE
 * in it): the rule's exampleValue labels it example, and outbound blocks it as the
 * provider rules' examples are blocked ("direction decides"); repository scanning shows it as info.
 * Placeholders (YOUR_TOKEN, xxxx, EXAMPLE alone) fail the shape tests as before.
 */
function slotValueOrExample(secret: string, match: string, before: string, after = ""): boolean {
  return slotValue(secret, match, before, after, isExampleValue(secret));
}

const CLI_OPTION = /^(?:-D[A-Za-z][\w.-]*|--[a-z][a-z0-9-]*)=[^=]/;
function slotValue(secret: string, match: string, before: string, after: string, example: boolean): boolean {
  const placeholder = (v: string) => !example && isGenericPlaceholder(v);
  if (!schemeWordOk(secret, match) || vendorObjectId(secret) || publicDer(secret) || publicEcPoint(secret)) return false;
  // The next command-line option after a blank (`…/credential -Dserver.port=8080`, `token --region=eu-west-1`): no value.
  if (labelledDigest(secret) || (secret.charCodeAt(0) === 45 && CLI_OPTION.test(secret))) return false;
  // An AWS X-Ray trace id (`Root=1-<8 hex>-<24 hex>`): a request's id.
  if (xrayTraceId(secret)) return false;
  // Names whose "key"/"token" is a protocol nonce or a public value, not a credential:
  // Sec-WebSocket-Key (every WebSocket handshake), Idempotency-Key, CSRF tokens, public keys, cache keys.
  if (NONCE_PREFIX.test(before) || publicKeyId(secret, match, before)) return false;
  if (typedPublicKeyIn(secret, match, before)) return false;
  // A UUID (or Figma's legacy `digits-uuid`) is a credential in a slot whose name says so
  // (X-Api-Key, X-Figma-Token, api_token); a bare "key" or "id" names an identifier.
  // So is one after the Bearer scheme (Heroku, Opsgenie, Postmark issue UUID tokens), unless an id's name stands before it.
  const name = slotName(match, before);
  if (UUIDISH.test(secret)) return (CREDENTIAL_NAME.test(name) || CAMEL_TOKEN.test(name) || tokenSetting(match, before) || bearerUuid(secret, match, before) || /(?:#|\/\/)[^\r\n]*$/.test(match.slice(match.lastIndexOf(secret)))) && assignmentValid(secret, match, before, after) && !isPlaceholder(secret) && shannonEntropy(secret.replace(/-/g, "")) >= 3.0;
  const v = secret.replace(/%[0-9A-Fa-f]{2}/g, "");
  if (DIGEST_NAME_END.test(name) || REFERENCE_NAME_END.test(name) || pagingTokenName(name) || searchOnlyKeyName(name) || namedObjectId(secret, match, before)) return false;
  if (randomLowerLetters(v)) return assignmentValid(secret, match, before, after) && !placeholder(secret);
  if (!/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  const session = /^(?:sid|sess)/i.test(match);
  // Session ids are secrets only when long and opaque; "sid"/"session_id" name the secret itself.
  if (session ? !/^(?:sid|sess(?:ion)?(?:[_-]?id)?)["']?[ \t]*[:=]/i.test(match) && !assignmentValid(secret, match, before, after) : !assignmentValid(secret, match, before, after)) return false;
  if (session && secret.length < 32) return false;
  // Twilio names its resource ids "…Sid" (MessageSid, CallSid): two capitals and 32 hex, not a session.
  if (session && /^[A-Z]{2}[0-9a-f]{32}$/.test(secret)) return false;
  if (proseObjectId(secret, match, before)) return false;
  // Hex in dashed groups longer than a UUID (a UUID glued to a hex key, PagSeguro-style, or joined by a colon, fal's
  // `<uuid>:<hex>`): the hex is the key. The first group is longer than an IPv6 address's.
  if (/^[0-9a-f]{8,}(?:[-:][0-9a-f]{4,})+$/i.test(v) && v.length > 36) return v.replace(/[-:]/g, "").length >= 40 && shannonEntropy(v.replace(/[-:]/g, "")) >= 3.0 && !placeholder(secret);
  if (vendorPrefixedHex(secret, match, before)) return !placeholder(secret);
  // The kind word would read as a placeholder's name word; the hex body is judged.
  if (kindPrefixedHex(v)) return !isPlaceholder(secret);
  if (HASHED_NAME.test(secret) || /^[A-Za-z]{2,}(?:[-_.][A-Za-z]{2,}){1,}[-_.]/.test(secret)) return false;
  // A namespaced store key (`cache:v2:user:<id>`, `lock:job:<uuid>`): two or more word segments
  // before the last colon name a cache or queue entry, not a credential.
  if (/^[a-z][a-z0-9_-]{1,15}(?::[a-z][a-z0-9_-]{0,15}){1,}:[^:]+$/i.test(secret)) return false;
  if (/:\/\/|^[\d.:-]+$|\.(?:com|org|net|io|json|js|ts|html|png|svg|css)$/i.test(secret)) return false;
  if (objectPath(secret) || sigV4Scope(secret)) return false;
  const h = shannonEntropy(v);
  if (/^[0-9a-f]+$/i.test(v)) return v.length >= 32 && h >= 3.0 && !placeholder(secret);
  if (randomUpperDigits(v)) return h >= 4.0 && !placeholder(secret);
  if (!/[a-z]/.test(v) || (!/[A-Z]/.test(v) && (v.length < 32 || letterDigitSwitches(v) < 4))) return false;
  if (session && lowerSessionDraw(v)) return !placeholder(secret);
  return (h >= Math.min(4.0, 0.8 * Math.log2(Math.min(v.length, 64))) || drawnBasicPassword(v)) && !placeholder(secret);
}

/**
 * Base64 of `user:password` whose user is structure, not a draw (Azure Container Registry's token
 * logins use the nil GUID `00000000-0000-…` as the user): the encoding's entropy is low, the password's is not.
 */
function drawnBasicPassword(v: string): boolean {
  const pass = basicAuthPassword(v);
  return pass !== undefined && (opaqueLiteral(pass) || (pass.length >= 16 && generatedPassword(pass, 3.5)));
}

/**
 * A session id drawn from lower-case letters and digits (Django's 32, PHP's 26 to 40): a draw whose letters came out
 * repetitive falls under the entropy bar, but its digits all through it and a random draw's few vowels tell it from words.
 */
function lowerSessionDraw(v: string): boolean {
  if (!/^[a-z0-9]{32,64}$/.test(v) || letterDigitSwitches(v) < 6) return false;
  const letters = v.replace(/\d/g, "");
  return v.length - letters.length >= 3 && (letters.match(/[aeiou]/g) ?? []).length <= 0.3 * letters.length && shannonEntropy(v) >= 3.5;
}

/** Hex after a word of the slot's own name (`build_token: build_<40 hex>`): the object's id or digest, not a vendor's key. */
const namedObjectId = (secret: string, match: string, before: string) => /^[a-z]{3,16}_[0-9a-f]{32,}$/.test(secret) && namedPrefix(secret, slotName(match, before));

/**
 * One case, letters and digits in a run or two (`productionreleasecandidatebuild20250117`: words
 * and a date): no random draw, so no machine-made token or key. A password may be words a person chose.
 */
const wordsAndDate = (v: string) => v.length >= 20 && /^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]+$|^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]+$/.test(v) && letterDigitSwitches(v) < 4;

/**
 * generic-secret-assignment's value, beyond assignmentValid: a shell default (`${API_KEY:-…}`) is
 * judged as an env lookup's fallback is (a placeholder-ish default is none); a fallback after an
 * env lookup of an id (`process.env.OKTA_CLIENT_ID ?? "…"`) is an id whatever the field's label,
 * unless it is longer than ids run (32+: a key the label vouches for);
 * a word of the name before hex is an object's id.
 */
function genericAssignmentValid(s: string, m: string, b: string, a: string): boolean {
  const at = m.lastIndexOf(s);
  // An escaped line break straight after the sign (`TOKEN=\nDEBUG=false` in a JSON string; the engine trims it off the value) ends an empty value: the next line is not it.
  if (m.charCodeAt(at - 2) === 92 && (m.charCodeAt(at - 1) === 110 || m.charCodeAt(at - 1) === 114)) return false;
  if ((s.charCodeAt(0) === 64 || m.charCodeAt(at - 1) === 64) && fileReference(s)) return false;
  // …or, shorter than the lookup's judgement asks, one drawn as a password is (mixed case and digits).
  if (m.charCodeAt(at - 1) === 45 && m.charCodeAt(at - 2) === 58) return (defaultValueValid(s, snakeName(slotName(m, b))) || generatedPassword(s, 3.0)) && assignmentValid(s, m, b, a);
  // A default too short for the value's least length (`${APP_SECRET:-unset}`) is read with the expansion's colon as the
  // sign and its operator opening the value (`-unset`): judged as the default it is; `:?` is the error message when unset.
  if (m.charCodeAt(at - 1) === 58 && /^[-=+?]/.test(s) && /\$\{[\w.-]*$/.test(b)) return s[0] !== "?" && (defaultValueValid(s.slice(1), snakeName(slotName(m, b))) || generatedPassword(s.slice(1), 3.0)) && assignmentValid(s.slice(1), m, b, a);
  if (namedObjectId(s, m, b) || vendorObjectId(s) || selfNamedValue(s) || secretReferenceSlot(slotName(m, b), s)) return false;
  // A dotenv-vault URI is judged by its key part (`key_` + 64 hex; a word there, `key_from_ci`, is a placeholder): the dotenv-vault-key rule's.
  if (s.startsWith("dotenv://")) return false;
  // A bare value cut at a template's brace (`host=${{ secrets.X }}`, `host=${KEY}`): the rest is a reference.
  if (s.endsWith("$") && a.charCodeAt(0) === 123) return false;
  if ((wordsAndDate(s) || secretPathReference(s) || wordLabel(s) || wordList(s)) && !passwordName(slotName(m, b))) return false;
  if (secretStoreReference(s)) return false;
  if (credentialLabel(s)) return false;
  // A bare value read on through "&" (INNER_AMPERSAND) is a drawn or chosen password only with digits in it, eight or more of three kinds
  // of character (`Blue&Green#42`); `Tom&Jerry` and `change&me!` are words.
  if (s.includes("&") && !/["'`]$/.test(m.slice(0, at)) && !(s.length >= 8 && /\d/.test(s) && charClasses(s) >= 3)) return false;
  const head = m.slice(0, at);
  if (s.length < 32 && /env/i.test(head)) {
    const id = /([A-Za-z_][\w]*)["'\]]{0,2}\)?[ \t]*(?:\?\?|\|\||\bor\b)[ \t]*["'`]?$/.exec(head)?.[1];
    if (id !== undefined && idVariableName(snakeName(id))) return false;
  }
  return assignmentValid(s, m, b, a);
}

/**
 * `key=@file` (vault kv put, httpie, curl -d @file): the value is read from the named file, a
 * file name with an extension or a path; the secret is not on the line.
 */
function fileReference(s: string): boolean {
  return /^@?(?:~?\/)?(?:[\w.-]+\/)*[\w-][\w.-]*\.[a-z][a-z0-9]{0,7}$|^@?~?\/[\w./-]+$/.test(s);
}

/**
 * A word between a slot's assignment and its value (schemeWord) is an auth scheme when it reads
 * as one: capitalised (`App`, `Bearer`, `SSWS`, `KakaoAK`), never a lower-case word of prose.
 */
function schemeWordOk(secret: string, match: string): boolean {
  const head = match.slice(0, match.lastIndexOf(secret));
  const word = /(?::=|=>|[:=])[ \t]{0,4}["'`]?([A-Za-z][A-Za-z-]{1,15}) $/.exec(head)?.[1];
  // Handshake and signature schemes carry no token (the Authorization rules leave them too).
  return word === undefined || (/^[A-Z]/.test(word) && !/^(?:basic|digest|negotiate|ntlm|hoba|mutual|kerberos)$/i.test(word));
}

/**
 * A vendor's prefixed token (`acme_project_` or a kind code, `acme_uut_`, + 40+ hex: vendor, kind, hex) in a slot
 * whose name starts with the same vendor word (`ACME_TOKEN`, `acme-key`): the name and the prefix
 * agree on whose credential it is. Otherwise word-prefixed hex reads as a cache key or build id.
 */
function vendorPrefixedHex(secret: string, match: string, before: string): boolean {
  const short = /^([a-z]{2,6})[-_]([0-9a-f]{32,})$/.exec(secret);
  if (short !== null) {
    const slot = slotName(match, before).toLowerCase().replace(/^[^a-z]+/, "");
    return shannonEntropy(short[2]!) >= 3.0 && (vendorCode(short[1]!, slot.split(/[^a-z]/)[0]!) || kindOnlySlot(short[1]!, slot));
  }
  const m = /^([a-z]{3,16})_(?:[a-z]{2,12}_)?(project|org|user|team|live|test|prod|sandbox|pat|api|access|service|admin|deploy|[a-z]{2,4})_([0-9a-f]{40,})$/.exec(secret);
  if (m === null || shannonEntropy(m[3]!) < 3.0) return false;
  const slot = slotName(match, before).toLowerCase().replace(/^[^a-z]+/, "");
  // Scoped to a project, org, user or team (`depot_project_<hex>`): a token's shape in a slot that says token or secret, whatever the vendor.
  return slot.startsWith(m[1]!) || (/^(?:project|org|user|team)$/.test(m[2]!) && SECRET_SLOT_END.test(slot));
}
/**
 * A slot named only for the credential's kind (`token:` under a `percy:` mapping, `"secret":`, `api_key =`): no
 * vendor word to check a prefix against, and bare hex there is taken; a short prefix (Percy's `web_`) does not
 * change that, unless it names a digest or an object's id.
 */
const KIND_ONLY_SLOT = /^(?:(?:api|access|auth|project|client|app)[-_.]?)?(?:token|secret|api[-_.]?key|apikey)$/;
const ID_PREFIX = /^(?:sha\d*|md5|hash|sum|digest|commit|rev|ref|id|obj|oid|build|cache|blob|tree|etag|img|file|req|trace|span)$/;
const kindOnlySlot = (prefix: string, slot: string) => KIND_ONLY_SLOT.test(slot) && !ID_PREFIX.test(prefix);
/** Hex of 32+ behind a word that says what it is (`token-<hex>`, `sess_<hex>`): an issued credential, the prefix only its kind. */
function kindPrefixedHex(v: string): boolean {
  const m = /^(?:token|tok|secret|session|sess|auth|api|pat)[-_]([0-9a-f]{32,})$/i.exec(v);
  return m !== null && shannonEntropy(m[1]!) >= 3.0;
}
/** A slot's name ending in a credential's word (`token`, `deploy_secret`, `apiKey`), not a bare key (cache and store keys). */
const SECRET_SLOT_END = /(?:token|secret|passw(?:or)?d|api[-_.]?key|apikey|credential)s?$/;

/**
 * A short prefix that abbreviates the slot's first word (`fc-` in FIRECRAWL_API_KEY, `atsk_` in
 * at_api_key: vendor letters in order, maybe a key-kind code after them).
 */
function vendorCode(code: string, word: string): boolean {
  if (word.length < 2 || code[0] !== word[0]) return false;
  const inOrder = (letters: string) => {
    let i = 0;
    for (const c of word) if (c === letters[i]) i++;
    return letters.length >= 2 && i === letters.length;
  };
  return inOrder(code) || inOrder(code.replace(/(?:sk|tk|ak|key|pat)$/, ""));
}

/** The private parts of an RSA key as `openssl rsa -text` names them. */
const RSA_PART = /^(?:privateExponent|prime[12]|exponent[12]|coefficient):/i;

/** A name that says the array is key material: the key's or the wallet's (or a credential sent as Bearer), not a public key's. */
const KEYPAIR_NAME = /solana|key[\s_-]?pair|id\.json|secret|priv|wallet|signer|payer|seed|bearer|authorization|(?<!pub|public|pub[\s_-]|public[\s_-])key(?![\s_-]?(?:s\b|id|board|word|code|frame|stroke|map|len|count|size|note))/i;

/**
 * A Solana keypair: 64 bytes in a JSON array. Exact when the second half is the first half's
 * Ed25519 public key (every real keypair). Otherwise 64 bytes that only look random (a digest,
 * a signature, a lookup table, test data) count where the array stands alone on its lines, as an
 * id.json file does, or right after a key-like name (`secretKey = Uint8Array.from([`, `"keypair": [`).
 */
function keypairBytes(secret: string, _match: string, before: string, after: string): boolean {
  const n = secret.slice(1, -1).split(",").map((x) => Number(x.trim()));
  if (n.length !== 64 || n.some((x) => x > 255)) return false;
  if (ed25519KeypairValid(n)) return true;
  if (!randomBytes64(n)) return false;
  const alone = /(?:^|\n)[ \t]*$/.test(before) && /^[ \t]*(?:\r?\n|$)/.test(after);
  return alone || wholeString(before, after) || KEYPAIR_NAME.test(before);
}

/**
 * The array is a string's whole value (a tool call's file `content`, `write_text("[…]")`, JSON-escaped
 * or not): a keypair file's text being written, as an array alone on its line is one read.
 */
function wholeString(before: string, after: string): boolean {
  const q = /(\\*)(["'`])$/.exec(before);
  if (!q) return false;
  const close = after.replace(/^(?:\\+[rn])+/, "");
  return close.startsWith(q[1]! + q[2]!);
}

/**
 * The password's value is ciphertext (`sealed_db_password = Ag…`, `encrypted_password: …`): the value
 * is taken whole, as the rule's capture stops at 64 characters, and judged as a sealed value is.
 */
function sealedPasswordValue(text: string, start: number, end: number): boolean {
  let j = end;
  while (j < text.length && j - end < 1200 && /[A-Za-z0-9+/=]/.test(text[j]!)) j++;
  return j - start >= 64 && sealedCiphertext(text, start, j);
}

/**
 * 64 values spread as random bytes are: many distinct (about 57 expected), every quarter of
 * 0–255 used (about 16 each), neither sorted nor a table. Counts, small-range data and
 * permutations of 0–63 fail.
 */
function randomBytes64(n: number[]): boolean {
  if (new Set(n).size < 44) return false;
  const quarter = [0, 0, 0, 0];
  for (const x of n) quarter[x >> 6]!++;
  if (quarter.some((q) => q < 4)) return false;
  let up = 0;
  for (let i = 1; i < n.length; i++) if (n[i]! > n[i - 1]!) up++;
  return up > 12 && up < 51;
}

/**
 * text.charCodeAt(i), or -1 past the end (where charCodeAt gives NaN: the same answer to every test
 * here). The prechecks read the character after a name that may end the text (a window's, a joined
 * group's); at the end, charCodeAt threw their compiled code back to the slower tiers every time
 * (~90 OSR exits each per 5 MB of real code).
 */
const codeAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);

const isNameChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;

/**
 * Precheck for `name[\w.-]{0,24}?["']?[ \t]{0,32}(assignment | space) value`: after the name's
 * tail, a quote and blanks, an assignment sign must follow (or, after blanks, a value). Most
 * "key" / "token" hits in code (`keys(`, `tokenize`, `monkey`) fail here without a regex.
 */
export function assignmentAhead(text: string, end: number): boolean {
  // Asked twice per keyword hit where rules with different prechecks share the keyword ("secret":
  // slotAhead, then opaqueSlotAhead): the last answer is kept.
  if (end === aheadEnd && text === aheadText) return aheadResult;
  aheadText = text;
  aheadEnd = end;
  return (aheadResult = assignmentAt(text, end));
}
let aheadText: string | undefined;
let aheadEnd = -1;
let aheadResult = false;

function assignmentAt(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 58 || last === 61 || last === 34 || last === 39 || last === 32) return true; // keywords such as "pw=", "pass\":", "pass ="
  let j = end;
  const n = text.length;
  while (j < n && j - end < 25 && isNameChar(text.charCodeAt(j))) j++;
  // The lazy name tail may stop earlier, at a '-' of "->": accept a sign right after the tail too.
  let c = codeAt(text, j);
  if (c === 34 || c === 39) c = codeAt(text, ++j);
  if (c === 93) c = codeAt(text, ++j); // a subscript's close: `env["API_TOKEN"] = …`
  // Markdown closing the name: `**API_TOKEN**: …`, `` `API_TOKEN`: … `` (NAME_MARKUP).
  if (c === 42) c = codeAt(text, codeAt(text, j + 1) === 42 ? (j += 2) : ++j);
  else if (c === 96) c = codeAt(text, ++j);
  let blanks = 0;
  while ((c === 32 || c === 9) && blanks < 33) {
    c = codeAt(text, ++j);
    blanks++;
  }
  if (c === 58 || c === 61 || c === 62) return true;
  if (text.charCodeAt(j - 1) === 45 && c === 62) return true;
  // R's `<-` / `<<-`, Make's `?=`.
  if ((c === 60 && (codeAt(text, j + 1) === 45 || codeAt(text, j + 1) === 60)) || (c === 63 && codeAt(text, j + 1) === 61)) return true;
  // `||=`, `??=` (OR_ASSIGN).
  if ((c === 124 || c === 63) && codeAt(text, j + 1) === c && codeAt(text, j + 2) === 61) return true;
  // A C# property's accessors, then its initializer (ACCESSORS).
  if (c === 123 && blanks > 0) return ACCESSORS_AHEAD.test(text.slice(j, j + 60));
  return blanks > 0 && j < n && !(c === 10 || c === 13 || c === 40 || c === 41 || c === 44 || c === 59 || c === 125);
}

/** A name for a stored key's digest, not the key: `token_hash`, `api_key_sha256`, `secret_digest`. */
const DIGEST_NAME = /(?:hash|hashed|digest|sha\d*|md5|fingerprint|[_.-]fp|checksum)(?:_?\d+)?["']$/i;

/** Precheck for named-secret-pair: the name literal closes within 25 name characters and a comma follows. */
function pairAhead(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && j - end < 25 && isNameChar(text.charCodeAt(j))) j++;
  let c = codeAt(text, j);
  if (c !== 34 && c !== 39) return false;
  c = codeAt(text, ++j);
  while (c === 32 || c === 9) c = codeAt(text, ++j);
  return c === 44;
}


/**
 * Precheck for named-sibling-value: the name field's value ends within 25 name characters (a
 * quote, then a comma or a line end), and a "value" field starts within 200 characters.
 */
function siblingAhead(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && j - end < 25 && (isNameChar(text.charCodeAt(j)) || text.charCodeAt(j) === 47)) j++;
  let c = codeAt(text, j);
  if (c === 34 || c === 39) c = codeAt(text, ++j);
  while (c === 32 || c === 9) c = codeAt(text, ++j);
  // A comma or a line end; a form's `&`, next flag (`-F`, `--form`) or line continuation between fields of a CI variable call.
  if (c !== 44 && c !== 10 && c !== 13 && c !== 38 && c !== 45 && c !== 92) return false;
  const next = nextBraceOrValue(text, j);
  return next.at < lesser(text.length - 4, j + 200) && next.match.length === 4;
}
const nextBraceOrValue = nextMatchFinder(/[{}]|[aA][lL][uU][eE]/g);

/** A name longer than validate's view back (an SSM parameter's path, `/payments/FIREBASE_DATABASE_SECRET`): the pattern saw its name field. */
const LONG_NAME_TAIL = /(?:^|["'])[\w./-]{18,}$/;

/** The name field's value names a secret: judged as a named slot holding the value. */
function siblingValueValid(secret: string, match: string, before: string, after: string): boolean {
  // An ARN names a resource (a KMS key, a secret), it holds none.
  if (!(SIBLING_NAME.test(before) || LONG_NAME_TAIL.test(before)) || /^arn:/i.test(secret)) return false;
  const name = /^[\w./-]*/.exec(match)![0];
  const lead = /[\w.-]*$/.exec(before)![0];
  if (DIGEST_NAME.test(`${lead}${name}"`) || /(?:^|[_.-])(?:id|name|arn|path|url|uri|version|ref)$/i.test(name)) return false;
  // A YAML list item or another name field between them: the value is that item's, not this name's.
  if (/\n[ \t]*-[ \t]|[\s,]["']?(?:name|key|ParameterKey)["']?[ \t]{0,4}[:=]/i.test(match.slice(name.length, match.lastIndexOf(secret)))) return false;
  if (slotValueValid(secret, `${name}: "${secret}"`, lead, after) || siblingLetterKey(secret, `${lead}${name}`)) return true;
  // A name generic-secret-assignment reads (`SCW_SECRET_KEY`, `X_PRIVATE_KEY`): judged as that
  // rule judges `NAME=value`, the same setting written as a pair of fields.
  // Hex gets the assignment rule's floor: one in seven 16-hex and one in thirty 20-hex draws fall below 3.0.
  const whole = `${lead}${name}`;
  return SECRET_NAME_WHOLE.test(whole) && assignmentValid(secret, `${whole}=${secret}`, "", after) && /\d/.test(secret) && /[A-Za-z]/.test(secret) && shannonEntropy(secret) >= (/^[0-9a-f]+$/i.test(secret) ? 2.5 : 3.0) && !isPlaceholder(secret);
}

/**
 * Random letters alone (no digit) in the value field of a name ending in token, key or secret
 * (`{"key": "X_TOKEN", "value": "…"}`), as `X_TOKEN="…"` is read: case flipping at random, no words' vowels.
 */
const siblingLetterKey = (secret: string, name: string) => {
  if (!/(?:token|key|secret)$/i.test(name) || NONCE_PREFIX.test(name.replace(/(?:token|key|secret)$/i, "")) || isPlaceholder(secret)) return false;
  if (/^[A-Za-z]{20,64}$/.test(secret)) return randomLetterKey(secret) && randomCaseLetters(secret);
  // A provider's short lower-case prefix before the letters (Mandrill's `md-…`) vouches for the body:
  // vowel-less runs and a draw's entropy, its case flips need not be as frequent.
  const prefixed = /^[a-z]{2,6}[-_]([A-Za-z]{20,64})$/.exec(secret);
  return !!prefixed && randomCaseLetters(prefixed[1]!) && shannonEntropy(prefixed[1]!) >= 3.6;
};

/** An AK/SK pair's secret key as drawn: mixed case and digits at a random draw's entropy (named-sk-secret, -sibling, -variable). */
const skDrawn = (s: string) => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && shannonEntropy(s) >= 4.0;

/**
 * Precheck for named-sk-sibling: at a quoted name's `_sk"` the name ends there; at a YAML list's
 * `- name: ` the name (maybe quoted) ends in `_sk` at its line's end or quote.
 */
function skNameAhead(text: string, end: number): boolean {
  const q = text.charCodeAt(end - 1);
  if (q === 34 || q === 39) return true;
  let j = end;
  const c0 = text.charCodeAt(j);
  if (c0 === 34 || c0 === 39) j++;
  const start = j;
  while (j - start < 64 && isNameChar(text.charCodeAt(j))) j++;
  if (j - start < 4 || (text.charCodeAt(j - 1) | 32) !== 107 || (text.charCodeAt(j - 2) | 32) !== 115 || (text.charCodeAt(j - 3) !== 95 && text.charCodeAt(j - 3) !== 45)) return false;
  const c = text.charCodeAt(j);
  return c === 34 || c === 39 || c === 10 || c === 13 || c === 32;
}

/** Precheck: an assignment sign within `max` characters on the same line. */
function signAhead(max: number) {
  return (text: string, end: number): boolean => {
    const stop = lesser(text.length, end + max);
    for (let j = end; j < stop; j++) {
      const c = text.charCodeAt(j);
      if (c === 58 || c === 61) return true;
      if (c === 10) return false;
    }
    return false;
  };
}

/**
 * A tracer's 64-bit id written in decimal (Datadog's `dd.trace_id`, `x-datadog-parent-id`, a
 * `spanId`): up to 20 digits, a Luhn-valid issuer prefix one time in twenty, never a card.
 */
const TRACE_ID_SLOT = /(?:trace|span|parent)[_.-]?id(?:["'\\\]]{0,4}[ \t]{0,4}[:=][ \t]{0,4}["'\\]{0,4}|[ \t]{1,20})$/i;

/**
 * The example key of a number built by hand for a test: eight zeros in a row (see credit-card,
 * iban). Examples go through the rule's exampleKey too, so the key is one such number itself.
 */
const SYNTHETIC = "00000000";
/** Example key for a routing number in a field named for it whose ABA checksum fails. */
const NOT_ABA = "not-aba";
const PUBLISHED_SSN = new Set(["078051120", "219099999", "123456789"]);
/** The value is the field's own: the SSN label, an assignment, the value. */
const SSN_SLOT = /(?:ssn|social[ _-]?security(?:[ _-]?(?:number|num|no|nbr))?)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$/i;
function syntheticDigits(s: string): string {
  return s.includes(SYNTHETIC) ? SYNTHETIC : s;
}

/**
 * Named-slot precheck: an assignment ahead, or a multipart part's name (`"` then a blank line).
 * Shared by every name-then-value rule, so it runs once per keyword hit (engine memo).
 */
function slotAhead(text: string, end: number): boolean {
  return assignmentAhead(text, end) || multipartAhead(text, end);
}

const PART_HEAD_AT = new RegExp(`^"${PART_HEAD_END}`);

/**
 * A multipart part's name closing within 26 characters: `"`, its headers, then a blank line. A
 * keyword may end in that quote itself (named-session-slot's `sid"`: `name="sid"`).
 */
function multipartAhead(text: string, end: number): boolean {
  // Asked at most "key" / "token" hits (those without an assignment ahead): the next quote is found once per stretch of text.
  const q = nextQuote(text, text.charCodeAt(end - 1) === 34 ? end - 1 : end).at;
  return q <= end + 26 && q + 1 < text.length && (text.charCodeAt(q + 1) === 13 || text.charCodeAt(q + 1) === 10) && PART_HEAD_AT.test(text.slice(q, q + 260));
}
const nextQuote = nextMatchFinder(/"/g);

/**
 * Per ASCII character, for opaqueSlotAhead: SLOT_VALUE for a character of a named slot's value
 * ([A-Za-z0-9+/_.~=:%-], slotPattern's value class); SLOT_GLUE for one these patterns allow between
 * a name and its value besides those: quotes, markup, blanks and the signs of their assignments,
 * typed ones included (`: &'static str =`, `: Option<String>? =`). A comma only inside a type's `<…>`.
 */
const SLOT_VALUE = 1;
const SLOT_GLUE = 2;
const SLOT_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (/[A-Za-z0-9+/_.~=:%-]/.test(String.fromCharCode(c))) SLOT_CLASS[c] = SLOT_VALUE;
  else if (/[ \t"'`\]*<>?|!&]/.test(String.fromCharCode(c))) SLOT_CLASS[c] = SLOT_GLUE;
}

/**
 * Precheck of the rules whose value is an opaque run of 16+ slot-value characters on the name's
 * line (named-secret-slot, named-session-slot, generic-high-entropy, named-private-value): an
 * assignment ahead, then such a run before any character their patterns cannot cross. Two thirds
 * of the keyword hits with an assignment ahead in the bench mix, four fifths in real code, hold
 * only short values (`"key": "name",`) and stop here. A multipart part's value stands on a later
 * line (multipartAhead).
 */
function opaqueSlotAhead(text: string, end: number): boolean {
  if (!assignmentAhead(text, end)) return multipartAhead(text, end);
  const stop = lesser(text.length, end + 260);
  let run = 0;
  let generic = false;
  for (let j = end; j < stop; j++) {
    const c = text.charCodeAt(j);
    const k = c < 128 ? SLOT_CLASS[c]! : 0;
    if (k === SLOT_VALUE) {
      if (++run >= 16) return true;
      continue;
    }
    run = 0;
    if (c === 60) generic = true;
    if (k === SLOT_GLUE || (c === 44 && generic)) continue;
    return multipartAhead(text, end);
  }
  return false;
}

/** A character no part of a URL's userinfo holds (ASCII blanks, "/", "?", quotes, "<", ">"): url-credentials' stops. */
function userinfoStop(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 47 || c === 63 || c === 34 || c === 39 || c === 60 || c === 62;
}

/**
 * url-credentials' precheck at a "://": a user part (no ":", "@" or "#"), ":", then "@" at least
 * three characters on before a stop — what its pattern needs, so a window is made only there.
 * Real code holds ~380 "://" per MB, nearly all of them `https://host/path`, which this refuses at
 * the first "/" or ".../?" after the host; their windows (630 characters each) had the pattern
 * tried at every position of most of a file.
 */
function userinfoAhead(text: string, end: number): boolean {
  let i = end;
  const userEnd = lesser(text.length, end + 101);
  for (; i < userEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) break;
    if (c === 64 || c === 35 || userinfoStop(c)) return false;
  }
  if (text.charCodeAt(i) !== 58) return false;
  const passEnd = lesser(text.length, i + 202);
  for (let j = i + 1; j < passEnd; j++) {
    const c = text.charCodeAt(j);
    if (c === 64 && j - i > 3) return true;
    if (userinfoStop(c)) return false;
  }
  return false;
}

/**
 * url-token-userinfo's precheck at a "://": 16+ token characters, then "@" — a user part with no
 * password, what its pattern needs (most "://" go on to a host and a "." or "/" at once).
 */
function tokenUserinfoAhead(text: string, end: number): boolean {
  const lim = lesser(text.length, end + 129);
  for (let i = end; i < lim; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return i - end >= 16;
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45)) return false;
  }
  return false;
}

/**
 * A random token as a URL's whole user part (`nats://<token>@host:4222`, `https://<token>@git.host/…`):
 * token auth with no password. Mixed case and digits drawn at random: a user name, a hex public
 * key (Sentry's DSN) or a word-made id is not that.
 */
function tokenUserinfo(token: string, match: string): boolean {
  return /\d/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token) && shannonEntropy(token) >= 3.8 && !/[a-z]{2,}[-_][a-z]{2,}/i.test(token) && !/sentry|glitchtip|ingest/i.test(match.slice(match.lastIndexOf("@")));
}

/** `Bearer <uuid>` opening a quoted or assigned value (not prose), not under an id's name (`X-Request-Id: "Bearer …`). */
function bearerUuid(secret: string, match: string, before: string): boolean {
  return /^bearer[ \t]{1,4}$/i.test(match.slice(0, match.length - secret.length)) && /(?:["'`]|[:=][ \t]{0,4})$/.test(before) && !/(?:[-_.]id|Id|ID)["']?[ \t]{0,4}[,:=][ \t]{0,4}["']?$/.test(before);
}

const UUIDISH = /^(?:\d{1,10}-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Slot names that mean "credential" for a UUID value: a qualified token (X-Figma-Token,
 * api_token, auth-token), an API or access key, a secret, a password, auth. A bare "token" or
 * "key" (a Firebase download link's token=, a list item's key) names a handle, not a credential.
 */
const CREDENTIAL_NAME = /(?:\w[-_.]token|^--token|api[-_.]?key|apikey|secret|passw(?:or)?d|auth(?:orization)?|access[-_.]?key|credential)s?$/i;
/** A camelCase name ending in "Token" (`logglyToken`, `accessToken`): the qualified token CREDENTIAL_NAME means. */
const CAMEL_TOKEN = /[a-z0-9]Tokens?$/;

/**
 * A bare "token" as a setting's own key (`token: <uuid>` in YAML, `token = …` in TOML, a JSON
 * member): a project or deploy token (Railway, Heroku-style UUID tokens). Not a URL's query
 * parameter (`&token=`, a download link's handle) nor a word in a sentence.
 */
function tokenSetting(match: string, before: string): boolean {
  // `token=<uuid>` with no blanks is how a URL's or a form's parameter reads (and is judged): not taken.
  return /^token["']?[ \t]{0,4}:|^token["']?[ \t]{1,4}=/i.test(match) && /(?:^|[\n{,])[ \t]*(?:-[ \t]+)?["']?$/.test(before);
}

/**
 * A slot whose name ends in a password's (`password`, `DB_PASSWD`, `passphrase`, `smtp_pwd`), not in metadata about one
 * (`password_policy`), nor a default's or a sample's (`DEFAULT_PASSWORD`, `example_password`: documented words).
 */
function passwordSlot(match: string, before: string): boolean {
  const name = slotName(match, before);
  return passwordName(name, true) && !NON_VALUE_KEY.test(name) && !/default|example|sample|dummy|demo|fake|test/i.test(name);
}

/** The whole name of a slot: the name characters before the keyword and the name part of the match. */
function slotName(match: string, before: string): string {
  const head = /^[\w.-]*/.exec(match)![0];
  const lead = /[\w.-]*$/.exec(before)![0];
  return lead + head;
}

/**
 * What stands right before a slot name when the slot is a nonce or public value (see slotValueValid).
 * A public value's label may be written as words ("site key", "publishable key"): a CAPTCHA site
 * key sits in every page's HTML; its secret key is labelled "secret". A file's or storage object's
 * key (`export_object_key`, Figma's `FILE_KEY`) names a path or document id.
 */
const NONCE_PREFIX = /(?:sec-websocket-|(?<![A-Za-z])(?<!(?:encrypt(?:ion|ed)?|secret|private|master|signing|crypto)[-_]?)(?:file|object|blob)[-_]?|idempotency[-_]?|(?:x-)?(?:csrf|xsrf)[-_]?|(?:public|pub)[-_]?(?:(?:ed(?:25519)?|ec(?:dsa)?|rsa|dsa|x25519|pgp|gpg|ssh)[-_]?)?|publishable[-_]?|site[-_]?|cache[-_]?|request[-_]?|correlation[-_]?|trace[-_]?|dedup(?:lication)?[-_]?|(?<![A-Za-z])postman-|(?<![A-Za-z])(?:site|public|publishable|cache|idempotency|dedup(?:lication)?)[ \t]|(?<![A-Za-z])(?:public|example|sample)[ \t]licen[cs]e[ \t])$/i;

/**
 * "key" followed by a value with only a space between, where the value is a key's public
 * identity: gpg's "using EDDSA key 4454BBCC…" (a 16-, 40- or 64-digit upper-case hex key id or
 * fingerprint) or any value after an algorithm or key-kind word ("RSA key …", "host key …").
 */
function publicKeyId(secret: string, match: string, before: string): boolean {
  const head = match.slice(0, match.lastIndexOf(secret));
  if (!/^[A-Za-z][\w.-]*[ \t]+$/.test(head)) return false;
  return /^(?:[0-9A-F]{16}|[0-9A-F]{40}|[0-9A-F]{64})$/.test(secret) || /(?:rsa|dsa|ecdsa|eddsa|ed25519|cv25519|pgp|gpg|ssh|host|signing|public|primary)[ \t]+$/i.test(before);
}

/** The value's kind prefix before the hex (`nodekey:` of `nodekey:<hex>`), read as a slot's name, names a public key. */
function typedPublicKeyIn(secret: string, match: string, before: string): boolean {
  const upto = before.slice(-16) + match.slice(0, match.lastIndexOf(secret) + secret.length);
  return typedPublicKey(/[a-z]*:[0-9a-f]{64}$/.exec(upto)?.[0] ?? "");
}

/** Key names that mean "this value is a credential". */
const SECRET_NAMES = "(?:password|passwd|passphrase|pwd|authtok(?!en)|(?<![A-Za-z0-9])psw(?=[\"']?[ \\t]{0,32}[:=])|pass(?=[\"']?[ \\t]{0,32}[:=])|(?<=[_.-])pw(?=[\"']?[ \\t]{0,32}[:=])|(?<![A-Za-z0-9])pat(?=[\"']?[ \\t]{0,32}[:=])|(?-i:(?<=[a-z0-9])Pat)(?=[\"']?[ \\t]{0,32}[:=])|secret|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?token|access[_.-]?token|refresh[_.-]?token|(?:bearer|security|authenti[ck]ation|authori[sz]ation|login|bot)[_.-]?token|client[_.-]?secret|private[_.-]?key|credentials?|api[_.-]?token|secret[_.-]?key|db[_.-]?pass|(?:encryption|signing|master|jwt|session|cookie|webhook|app)[_.-]?(?:key|secret)|(?:merchant|trans|security|secure|checksum|hmac)[_.-]?key|(?:(?<![A-Za-z])salt|salt(?=[_.-]?key))(?![_.-]?(?:rounds?|len|length|size|bytes|index|idx|version))|requirepass|masterauth)";
/**
 * A string literal's prefix in its language: C#'s verbatim `@"…"`, Python's raw and bytes `r'…'`,
 * `rb'…'`, `b'…'`, C and C++'s `L"…"`, `u8"…"`: the literal after it is the value. An interpolated
 * one (`$@"{prefix}{id}"`, `f"…"`) is a template, not a value.
 */
const STRING_PREFIX = `(?:@|[rR][bB]?|[bB][rR]?|[uU]8?|L)(?=["'])`;
/**
 * A literal turned into bytes where it is assigned: Go's `[]byte("…")`, Node's `Buffer.from("…")`,
 * Python's `b"…"`, `bytes("…", …)`, `bytearray(…)`, C#'s `Encoding.UTF8.GetBytes("…")`. The
 * literal is still the secret written into source.
 */
const BYTES_OF = `(?:\\[\\]byte\\(|Buffer\\.from\\(|(?:bytes|bytearray)\\(|(?:Encoding\\.\\w{3,8}\\.)?GetBytes\\(|${STRING_PREFIX})?`;
/**
 * What a debugger or dump prints between a name and its string: a C pointer's address (gdb's and lldb's
 * `token = 0x55…d12 "…"`), PHP var_dump's length (`=> string(40) "…"`). The string is the value, not the address.
 */
const DUMP_ANNOTATION = `(?:0x[0-9a-f]{4,16}[ \\t]{1,4}(?=")|string\\(\\d{1,6}\\)[ \\t]{1,4}(?=["']))?`;
/** A debugger's pointer address with its string after it (gdb's `password = 0x55…d12 "…"`): the string is the value. */
const pointerToString = (secret: string, after: string) => /^0x[0-9a-f]{4,16}$/i.test(secret) && /^[ \t]{1,4}\\{0,3}"/.test(after);
/**
 * An "&" inside a bare value, between letters or digits (`Summer&Winter1`): a password's
 * punctuation, when the value runs on from it to a blank, a quote or a terminator. A query
 * string's next parameter (`&expires=3600`, `&settings%5Bmode%5D=live`), an HTML entity (`&amp;`),
 * a shell's `&&` and a run into a call's bracket (`…&h5g(q0=…`, a Django key's punctuation) end the value.
 */
const INNER_AMPERSAND = "(?<=[A-Za-z0-9])&(?=[A-Za-z0-9])(?![\\w.%\\[\\]-]{0,60}=|[A-Za-z]{2,8};|#x?[0-9A-Fa-f]{1,7};)(?=[^\\s\"'`,;()<>\\[\\]{}]{0,200}(?:[\\s\"'`,;)\\]}]|$))";
/**
 * A shell parameter with its default, quoted or bare (`"${DB_PASSWORD:-…}"`): the default is the value. Read
 * here, the windowed search (which goes on after a match) and a match at the inner name's keyword agree.
 */
const SHELL_DEFAULT = `"?\\$\\{(?:[A-Za-z_]\\w{0,63}|\\d{1,2}):-(?=[^\\s-])((?:[^\\s"'\`,;&()\\[\\]{}<>]|${INNER_AMPERSAND}){6,200})`;
/** A quoted or bare value after an assignment; the secret is whichever group matched. */
const VALUE = `(?:[\\w.$\\[\\]"']{1,80}[ \\t]{0,4}(?:\\?\\?|\\|\\||\\bor\\b)[ \\t]{0,4}(?=["'\`]))?${DUMP_ANNOTATION}${BYTES_OF}(?:${SHELL_DEFAULT}|"([^"\\\\\\r\\n]{6,200})"|'([^'\\\\\\r\\n]{6,200})'|\`([^\`\\\\\\r\\n]{6,200})\`|((?:[A-Za-z0-9]{4} ){3,7}[A-Za-z0-9]{4})(?=[ \\t]*(?:[\\r\\n,;}]|$))|((?:[^\\s"'\`,;&()\\[\\]{}<>]|${INNER_AMPERSAND}){6,200}))`;
/**
 * Command-line clients and the flag each takes a password with. The line from the client to the
 * flag stays on one line (a shell continuation `\` + newline counts as the same line).
 */
const CLI_PASSWORD_SPECS: Array<[string, string]> = [
  ["mosquitto_(?:pub|sub|rr)|sqlcmd|bcp|osql|mssql-cli|zip|unzip|zipcloak", "-P"],
  ["redis-cli|keydb-cli", "-a"],
  ["ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn|exop)", "-w"],
  ["mongo(?:sh|dump|restore|export|import|stat|top|files)?|rabbitmqadmin|influx|(?:docker|podman|nerdctl|buildah|helm(?:[ \\t]+registry)?|oras|skopeo|az|cf)[ \\t]+login", "-p"],
  ["keytool", "-(?:src|dest)?(?:store|key)pass"],
  ["openssl", "-pass(?:in|out)?[ \\t]+pass:|-k"],
  ["7z|7za|7zr", "-p(?=[^\\s-])"],
  // Apple's uploaders take an app-specific password (altool's -p; notarytool's -p is a keychain profile's name).
  ["(?:xcrun[ \\t]+)?altool", "-p|--password"],
  ["(?:xcrun[ \\t]+)?notarytool", "--password"],
  // Clients whose long flag takes the password as the next word (mysql's does not: it prompts).
  ["clickhouse(?:-client|[ \\t]+client)|cqlsh|usql|mongo(?:sh|dump|restore|export|import|stat|top|files)?|rabbitmqadmin|influx", "--password"],
  // Code-signing and packaging tools given the certificate's (PFX, keystore) password: Windows' take `/x` or `-x` switches.
  ["signtool(?:\\.exe)?\\\\{0,3}[\"']?[ \\t]+sign|certutil(?:\\.exe)?", "[/-]p(?![\\w-])"],
  ["pvk2pfx(?:\\.exe)?", "[/-]p[io](?![\\w-])"],
  ["osslsigncode", "-pass"],
  ["(?:dotnet[ \\t]+)?nuget(?:\\.exe)?[ \\t]+sign", "-CertificatePassword|--certificate-password"],
  ["jarsigner", "-(?:store|key)pass"],
  ["apksigner", "--(?:ks|key)-pass[ \\t]+pass:"],
];
/** After the flag: blanks or a quote; 7z's `-p` and openssl's `pass:` take the value glued. */
const CLI_FLAG_END = `(?:(?<=-p|pass:)(?=[^\\s-])|[ \\t]+|(?=["']))`;
const CLI_PASSWORD_TOOLS = ["mosquitto_", "sqlcmd", "bcp ", "osql", "mssql-cli", "zip ", "zipcloak", "redis-cli", "keydb-cli", "ldap", "mongo", "rabbitmqadmin", "influx", "docker ", "podman ", "nerdctl ", "buildah ", "helm ", "oras ", "skopeo ", "az ", "cf ", "keytool", "openssl", "7z", "clickhouse", "cqlsh", "usql", "altool", "notarytool", "signtool", "certutil", "pvk2pfx", "osslsigncode", "nuget", "jarsigner", "apksigner"];
const CLI_PASSWORD_FLAG = new RegExp(`(?<![\\w-])(?:${CLI_PASSWORD_SPECS.map(([tool, flag]) => `(?:${tool})(?![\\w-])(?:[^\\r\\n|;&]|\\\\\\r?\\n){0,200}?[ \\t](?:${flag})`).join("|")})${CLI_FLAG_END}(?:"([^"\\r\\n$]{4,128})"|'([^'\\r\\n]{4,128})'|([^\\s"'\`$;&|<>()\\\\-][^\\s"'\`;&|<>()\\\\]{3,127}))`);

/**
 * A password flag's value: not a word alone, not code or a variable (`-P "$MQTT_PASS"`). Letters
 * only count when their case flips as generated text does (16+), not as a word or CamelCase name.
 */
function cliPasswordValid(secret: string, match: string, _before: string, after: string): boolean {
  // `@keychain:NAME` / `@env:NAME` (altool) name where the password is kept.
  return charClasses(secret) >= 2 && (!/^[a-z]+$/i.test(secret) || randomLetters(secret)) && !/^\d{1,5}$/.test(secret) && !/^@(?:keychain|env):/.test(secret) && !codeValue(secret, match, after);
}

/**
 * A key-derivation salt, stored beside the nonce, IV or KDF parameters it goes with (`{"iv":…,
 * "salt":…,"kdf":"argon2id"}`), or named in code and prose (`let salt: Uint8Array`, "Salt is
 * XOR-ed…"): public by design. A payment gateway's "salt" (PayU, PhonePe) is its signing secret,
 * written as a config value: quoted, after "=" or "=>", or a YAML key starting its line.
 */
function kdfSalt(secret: string, match: string, before: string, after: string): boolean {
  if (!/^salt(?![_.-]?key)/i.test(match)) return false;
  const head = match.slice(0, match.lastIndexOf(secret));
  if (/[ \t](?:is|was)[ \t]/i.test(head)) return true;
  if (!/["'`]$/.test(head) && !/=/.test(head) && !/(?:^|\n)[ \t]*(?:-[ \t]+)?$/.test(before)) return true;
  return /(?<![A-Za-z])(?:iv|nonce|kdf|iter(?:ations)?|rounds|cost|argon2?\w*|scrypt|pbkdf2?\w*|bcrypt|hash|cipher(?:text)?|digest|algo(?:rithm)?)(?![A-Za-z])/i.test(before + " " + after);
}

/** A secret-named XML element's attributes saying its text is not the secret itself: a digest, a file's path, ciphertext (`type="hash"`, `file="…"`, `encrypted="true"`). */
export const XML_NOT_PLAIN_ATTRIBUTE = /(?<![\w:.-])(?:hash(?:ed)?|digest|file|path)[ \t]*=|=[ \t]*["']?(?:hash(?:ed)?|digest|sha-?\d*|md5|bcrypt|pbkdf2|file|path)["'\s]|(?:encrypted|encoded|protected|hashed)[ \t]*=[ \t]*["']?(?:true|yes|1)\b/i;
/** XML element names that hold a password or secret (see xml-secret-element). */
const XML_SECRET_ELEMENTS = ["password", "passwd", "secret", "token", "apikey", "api_key", "apitoken", "privatekey", "private_key", "clientsecret", "client_secret", "secretkey", "secret_key", "accesskey", "access_key", "passphrase"];
/** A whole slot name that ends in one of SECRET_NAMES (plus a short tail). */
const SECRET_NAME_WHOLE = new RegExp(`${SECRET_NAMES}[\\w.-]{0,24}$`, "i");
const SECRET_KEYWORDS = ["authtok", "pass:", "pass=", "pass\":", "pass =", "pass :", "pass':", "pw=", "pw:", "pw\":", "pat=", "pat:", "pat\":", "pat =", "pat :", "password", "passwd", "passphrase", "pwd", "secret", "api_key", "api-key", "apikey", "api.key", "access_key", "access-key", "accesskey", "auth_token", "authtoken", "auth-token", "access_token", "accesstoken", "access-token", "access.token", "refresh.token", "auth.token", "api.token", "access.key", "refresh_token", "refreshtoken", "refresh-token", "api-token", "bearertoken", "bearer_token", "bearer-token", "securitytoken", "security_token", "security-token", "authenticationtoken", "authentication_token", "authentication-token", "authorizationtoken", "authorization_token", "authorization-token", "logintoken", "login_token", "login-token", "bottoken", "bot_token", "bot-token", "private_key", "privatekey", "credential", "api_token", "apitoken", "db_pass", "encryption", "signing", "master", "jwt", "session", "cookie", "webhook", "app_key", "app-key", "appkey", "app_secret", "requirepass", "masterauth", "psw", "salt", "merchantkey", "merchant_key", "merchant-key", "merchant.key", "transkey", "trans_key", "trans-key", "securitykey", "security_key", "security-key", "securekey", "secure_key", "checksumkey", "checksum_key", "hmac_key", "hmackey", "hmac-key"];

/**
 * A slot named as a WIF or private key: there a WIF-shaped value (51–52 base58 characters that
 * decode to a WIF's version byte and length, or whose length fits its first character) is the key
 * even when its checksum fails (a mistyped or made-up copy leaks the same way); elsewhere only a
 * checksum-valid WIF is one.
 */
const WIF_SLOT = /(?:wif|priv(?:ate)?[ _.-]?key|privkey|secret)[\w.-]{0,24}["'\]]?[ \t]{0,4}(?:\([ \t]{0,4}|:=|=>|[:=])[ \t]{0,4}["'`]?$/i;
/**
 * A call whose name says it decodes a WIF (`btcutil.DecodeWIF("…")`, `ECPair.fromWIF('…')`), or a slot
 * named for one (`WIF = "…"`): its argument is a private key whatever its checksum or version byte (a
 * test fixture's made-up key leaks the same way), when its length fits its first character (52 after
 * K, L or c, 51 after 5 or 9).
 */
const WIF_CALL = /(?:decode|from|parse|import|load)_?wif[ \t]{0,4}\([ \t]{0,4}["'`]$/i;
/**
 * A wallet's command that takes a private key as its argument (`electrum restore …`, `bitcoin-cli importprivkey …`,
 * `electrum sweep …`): what it is handed is a key, as a WIF-decoding call's argument is. The import verbs are
 * the RPC's own names; "restore" and "sweep" are words, so only after a wallet's program.
 */
const WIF_OPTION = String.raw`[ \t]+--?\w[\w-]{0,29}(?:[= ](?:"[^"\r\n]{0,80}"|'[^'\r\n]{0,80}'|[^\s"'-]\S{0,80}))?`;
const WIF_COMMAND = new RegExp(String.raw`(?:(?<![\w-])(?:importprivkey|sweepprivkeys)|(?:(?:electrum|electron-cash)(?:-[a-z]{2,5})?|-cli)(?:${WIF_OPTION}){0,12}[ \t]+(?:restore|sweep)(?:${WIF_OPTION}){0,4})[ \t]+["']?$`, "i");
/** The lead WIF_COMMAND reads: a wallet's program and a dozen options before its verb. */
const WIF_LEAD = 400;
const wifLengthFits = (s: string) => (/^[KLc]/.test(s) ? s.length === 52 : s.length === 51) && /\d/.test(s) && /[a-z]/.test(s) && /[A-Z].*[A-Z]/.test(s);
function wifShaped(s: string): boolean {
  const raw = base58Decode(s);
  return raw !== null && (raw[0] === 0x80 || raw[0] === 0xef) && (raw.length === 37 || raw.length === 38);
}

/**
 * A .pgpass line's five fields, host:port:database:user:password (a colon inside the password
 * escaped, `\:`); the password is group 2 of the patterns built on it (group 1, the quote a shell command opened).
 */
const PGPASS_FIELDS = String.raw`(?:\*|\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9.-]{0,252}[A-Za-z][A-Za-z0-9.-]{0,252}):(?:\d{2,5}|\*):(?:\*|[^:\s]{1,64}):[^:\s]{1,64}:((?:[^:\s\\]|\\[:\\]){4,200})`;

export const GENERIC_RULES: Rule[] = [
  r({ id: "private-key", description: "Private key (PEM / OpenSSH)", keywords: ["private key-----"],
    pattern: /-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED |OPENSSH |SSH2 ENCRYPTED |)PRIVATE KEY)-----((?:[A-Za-z0-9+/=:,.|>[\]]|-(?!-)|\s|\\{1,2}[nr]|\\(?=\r?\n)){64,})/,
    // A body wrapped by its file's syntax keeps its lines: `\n` escapes (also doubled), a `\` line
    // continuation (.properties, shell), folded YAML (blank-indented lines); a log's line prefix
    // (`2026-04-02T10:01:11.0000000Z `, `| `, `> `, `[pod/x] `) on every line of an echoed key: its
    // characters join the class (a lookaround per character would cost the JIT its fast path).
    // Key bodies hold long runs of "A": the entropy floor, not the filler test, rules out fakes.
    secretGroup: 2, entropy: 3.0, placeholder: "off", severity: "critical", tags: ["keys"], before: 48, after: 12000 }),
  r({ id: "pgp-private-key", description: "PGP private key block", keywords: ["pgp private key block"],
    pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----((?:[A-Za-z0-9+/=:. ]|-(?!-)|\s|\\[nr]){64,})/, entropy: 3.0, placeholder: "off", severity: "critical", tags: ["keys"], before: 48, after: 16000 }),
  r({ id: "putty-private-key", anchored: true, description: "PuTTY private key", keywords: ["putty-user-key-file-"],
    pattern: /PuTTY-User-Key-File-\d: [a-z0-9-]{3,30}(?:\r?\n|\\[nr])[\s\S]{0,400}?Private-Lines: \d{1,3}(?:\r?\n|\\[nr])([A-Za-z0-9+/=\r\n\\]{40,})/, entropy: 3.0, placeholder: "off", severity: "critical", tags: ["keys"], before: 48, after: 8000 }),
  // Minisign's secret key file: "Ed" then the KDF ("Sc" scrypt, or none) then "B2", 158 bytes in
  // base64 (shortened copies too); a public key ("Ed" and a key id, `RWQ…`) is 56 characters, without those marks.
  r({ id: "minisign-secret-key", anchored: true, description: "Minisign secret key", keywords: ["rwrty0iy", "rwqaaeiy"],
    pattern: /RW(?:RTY0|QAAE)Iy[A-Za-z0-9+/]{100,260}={0,2}(?![A-Za-z0-9+/=])/, secretGroup: 0, entropy: 4.5, placeholder: "off", severity: "critical", tags: ["keys"], before: 8, after: 260 }),
  // A signing tool's secret key file as written (signify, minisign, OpenBSD-style tools): its header names it
  // (`untrusted comment: signify secret key`), the body one base64 line of 100+ bytes. A signature file
  // ("signature from … secret key") and a public key share the header's words but are 100 and 56 characters.
  r({ id: "signing-tool-secret-key", anchored: true, description: "Signing tool's secret key file (signify / minisign)", keywords: ["untrusted comment:"],
    pattern: /untrusted comment:([^\r\n\\]{0,100}?secret key)[ \t]*(?:\r?\n|\\{1,2}r?\\{0,2}n)[ \t]*([A-Za-z0-9+/]{120,400}={0,2})(?![A-Za-z0-9+/=])/i, secretGroup: 2,
    validate: (_s, m) => !/signature|verif/i.test(m.slice(0, m.search(/secret key/i))), entropy: 4.5, placeholder: "off", severity: "critical", tags: ["keys"], before: 8, after: 560 }),
  // A password may hold "#" (a URL parser would cut it there, people write it anyway); the user
  // name may not, so "host:port#frag" cannot pair up.
  r({ id: "url-credentials", description: "Credentials in a URL (scheme://user:password@host)", keywords: ["://"],
    // The password runs to the last "@" before the host: people write "@" in it unescaped. The host
    // may be empty, a path (the database) right after the "@": a socket's or the driver's default
    // host (`postgresql://u:p@/db?host=/cloudsql/…`, Airflow's `snowflake://u:p@/DB/SCHEMA?account=…`).
    pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([^\s:@/?#"'<>]{0,100}):([^\s/?"'<>]{3,200})@(?:[A-Za-z0-9.[\]-]{1,253}|(?=\/[A-Za-z0-9_]))/, secretGroup: 2, entropy: 1.5, placeholder: "strict", validate: (pass, match) => !samePair(match, pass), exampleAt: inExampleUrl, ahead: userinfoAhead, tags: ["url"], before: 30, after: 600 }),
  r({ id: "url-token-userinfo", description: "Secret token as the whole user part of a URL (scheme://token@host)", keywords: ["://"],
    pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([A-Za-z0-9_-]{16,128})@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}(?![A-Za-z0-9@-])/, placeholder: "strict", validate: tokenUserinfo, exampleAt: inExampleUrl, ahead: tokenUserinfoAhead, tags: ["url"], before: 30, after: 240 }),
  // JDBC forms url-credentials cannot read: Oracle's `jdbc:oracle:thin:user/password@//host:1521/svc`
  // (or `@host:1521:SID`), and a password property in the URL (`;password=…`, `?password=…`, `&pwd=…`).
  r({ id: "jdbc-url-password", description: "Password in a JDBC URL", keywords: ["jdbc:"],
    pattern: /jdbc:(?:oracle:(?:thin|oci8?):(?:@)?[\w.$#-]{1,64}\/([^\s@/"'<>]{3,200})@|[a-z][\w:.-]{0,30}:[^\s"'<>]{0,300}?[;?&](?:password|pwd)=([^\s;&"'<>]{3,200}))/i, secretGroup: -1,
    validate: (pass) => !/^[$%{]/.test(pass), placeholder: "strict", entropy: 1.5, severity: "high", confidence: "medium", tags: ["url"], after: 600 }),
  r({ id: "generic-secret-assignment", anchored: true, description: "Password or secret assigned in code or config", keywords: SECRET_KEYWORDS,
    pattern: new RegExp(`${SECRET_NAMES}[\\w.-]{0,24}?["']?\\]?${NAME_MARKUP}${ACCESSORS}[ \\t]{0,32}(?:${TYPED_ASSIGN}|:=|:-(?=[^\\s-])|=>|->|<<?-|\\?=|${OR_ASSIGN}|[:=]|[ \\t](?:is|was|ist|è|é)[ \\t])[ \\t]{0,32}${VALUE}`, "i"), secretGroup: -1, placeholder: "strict", passphraseSlot: passwordSlot, validate: (s, m, b, a) => genericAssignmentValid(s, m, b, a) && !kdfSalt(s, m, b, a) && (!fourCharGroups(s) || groupedPassword(s)) && !pointerToString(s, a), ahead: slotAhead, excusedAt: (t, s, e) => inTemplateExpression(t, s, e) || sqlColumnToValues(t, s, e) || (e - s >= 64 && sealedManifestValue(t, s, e)),
    entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 300 }),
  // KeePass XML export: <String><Key>Password</Key><Value ProtectInMemory="True">…</Value></String>.
  r({ id: "keepass-xml-password", anchored: true, description: "Password in a KeePass XML export", keywords: ["<key>password</key>"],
    pattern: /<Key>Password<\/Key>\s{0,8}<Value(?:\s[^<>]{0,80})?>([^<>\r\n]{4,200})<\/Value>/i, placeholder: "strict", entropy: 2.0, severity: "high", confidence: "medium", tags: ["generic"] }),
  // A WireGuard interface's private key (base64 of 32 bytes); the peer's PublicKey is public.
  r({ id: "wireguard-private-key", anchored: true, description: "WireGuard private key", keywords: ["privatekey"],
    pattern: /(?<![A-Za-z])PrivateKey[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{42}[A-Za-z0-9+/=]=)(?![A-Za-z0-9+/=])/, entropy: 3.5, placeholder: "standard", severity: "critical", tags: ["keys"] }),
  // .NET's RSA key as XML (`RSA.ToXmlString(true)`, `<RSAKeyValue>…<P>…<InverseQ>…<D>…`): the private
  // parameters' elements; a public key's XML has only Modulus and Exponent. The value may wrap or be escaped.
  r({ id: "rsa-xml-private-key", description: "RSA private key as .NET XML (RSAKeyValue with InverseQ)", keywords: ["<inverseq>"],
    pattern: /<InverseQ>((?:[A-Za-z0-9+/=]|\s|\\[nrt]){40,2000}?)<\\?\/InverseQ>/i, entropy: 4.0, placeholder: "off", severity: "critical", tags: ["keys"], before: 0, after: 2100 }),
  // A JSON Web Key holding its private part ("d"); a public JWK has no "d". Members are `name: value`
  // in JSON/YAML or `name = value` in HCL (`jsonencode({ kty = "EC", … })`) and keyword arguments.
  r({ id: "jwk-private-key", description: "Private JSON Web Key (has \"d\")", keywords: ["kty"], secretGroup: -1,
    pattern: /(?<![\w$-])(?:["']?kty["']?\s{0,4}[:=]\s{0,4}["']?(?:EC|RSA|OKP)(?![\w-])[^{}]{0,2000}?(?<![\w$-])["']?d["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9_-]{32,1000})(?![\w-])|(?<![\w$-])["']?d["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9_-]{32,1000})(?![\w-])(?=[^{}]{0,2000}?(?<![\w$-])["']?kty["']?\s{0,4}[:=]\s{0,4}["']?(?:EC|RSA|OKP)(?![\w-])))/, entropy: 3.5, placeholder: "off", severity: "critical", tags: ["keys"], before: 2200, after: 2200 }),
  // A symmetric JSON Web Key (`"kty": "oct"`): its "k" is the HMAC or AES key itself, in either order of the members.
  r({ id: "jwk-symmetric-key", description: "Symmetric JSON Web Key (kty oct, has \"k\")", keywords: ["kty"], secretGroup: -1,
    pattern: /(?<![\w$-])(?:["']?kty["']?\s{0,4}:\s{0,4}["']?oct["']?[^{}]{0,2000}?(?<![\w$-])["']?k["']?\s{0,4}:\s{0,4}["']?([A-Za-z0-9_-]{22,1000})(?![\w-])|(?<![\w$-])["']?k["']?\s{0,4}:\s{0,4}["']?([A-Za-z0-9_-]{22,1000})(?![\w-])(?=[^{}]{0,2000}?(?<![\w$-])["']?kty["']?\s{0,4}:\s{0,4}["']?oct(?![\w-])))/, entropy: 3.5, placeholder: "standard", severity: "critical", tags: ["keys"], before: 2200, after: 2200 }),
  // The element may carry a namespace prefix and attributes (`<wsse:Password Type="…PasswordText">`,
  // `<ns:apiKey xsi:type="xsd:string">`); a match starts at "<" or, prefixed, at the ":".
  r({ id: "xml-secret-element", anchored: true, description: "Password or secret in an XML element", keywords: XML_SECRET_ELEMENTS.flatMap((n) => [`<${n}`, `:${n}`]),
    pattern: /(?:<|(?<=<[A-Za-z][\w.-]{0,30}):)(password|passwd|secret|token|api_?key|apitoken|private_?key|client_?secret|secret_?key|access_?key|passphrase)(\s[^<>]{0,200})?>[ \t]{0,8}([^<>\s][^<>\r\n]{4,198}[^<>\s])[ \t]{0,8}<\/(?:[A-Za-z][\w.-]{0,30}:)?\1>/i, secretGroup: 3,
    // A WS-Security PasswordDigest is a hash of a nonce and the password, not the password; Jenkins keeps its secrets encrypted.
    validate: (s, m) => !/^[^>]*PasswordDigest/i.test(m) && !CIPHERTEXT_ENVELOPE.test(s) && !XML_NOT_PLAIN_ATTRIBUTE.test(m.slice(0, m.indexOf(">"))),
    placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"] }),
  r({ id: "password-in-text", anchored: true, description: "Password given in a command line, config directive or sentence", keywords: ["password", "passwd", "passphrase", "passcode", "requirepass", "masterauth", "sshpass", "--pass", "-p'", '-p"', "login", "mysql", "mariadb", "identified by", "auth_pass"],
    // A space-separated config file's directive at a line's start, its value the rest of the line (msmtprc's `password …`,
    // keepalived's `auth_pass …`, a line of a file in a JSON string after its `\n`).
    // MySQL/MariaDB clients take the password glued to -p (`mysqldump -u u -pX db`); `-p` alone prompts, `-P3306` is the port.
    // SQL DDL: `CREATE USER u WITH PASSWORD '…'`, `ALTER ROLE u LOGIN PASSWORD '…'`, `IDENTIFIED BY '…'` (Oracle's unquoted after `USER <name>`, at the statement's end).
    pattern: /(?<=(?:^|\n|\\n)[ \t]{0,16})(?:password|passwd|passphrase|auth_pass)[ \t]+["']?(?![$%])([^\s"'`,;()[\]{}<>\\]{6,64})(?<![:.])(?=["']?[ \t]*(?:\r?\n|\\[nr]|$))|(?:(?:password|passwd|passphrase|passcode)(?:(?:[ \t]+[A-Za-z]{1,12}){0,6}?[ \t]+(?:is|was|=|:)[ \t]*|[ \t]+(?=')(?<=(?:\bWITH|\bLOGIN|\b(?:USER|ROLE)[ \t]+[\w"]{1,63})[ \t]+(?:(?:UN)?ENCRYPTED[ \t]+)?PASSWORD[ \t]+))|identified[ \t]+by[ \t]+(?=["']|(?<=\b(?:USER|ROLE)[ \t]+[\w"'$#@%.-]{1,80}[ \t]+identified[ \t]+by[ \t]+)[^\s"'`;]{6,64}[ \t]*(?:;|\r?\n|$|(?:DEFAULT|ACCOUNT|PASSWORD)\b))|(?:requirepass|masterauth)[ \t]+|sshpass[ \t]+-p[ \t]*|--pass(?:word|wd|phrase)?[ \t=]+|(?:login|mysql|mysqldump|mysqladmin)[^\n]{0,120}?[ \t]-p(?:[ \t]+|(?=['"]))|(?<![\w-])(?:mysql|mariadb)[\w-]{0,12}[ \t][^\n|;&]{0,120}?[ \t]-p(?=[^\s'"-])|-p(?=['"]))["'`]?([^\s"'`,;()]{6,64})/i,
    secretGroup: -1, placeholder: "strict", entropy: 2.5, validate: (s, m, _b, a) => charClasses(s) >= 2 && !/^[a-z]+$/i.test(s) && !codeValue(s, m, a) && !pointerToString(s, a), excusedAt: sealedPasswordValue, severity: "high", confidence: "medium", tags: ["generic"] }),
  // A config directive whose name glues an acronym or a word onto "Password" (`SQLPassword "…"`, `LDAPPassword …`,
  // `SmtpPassword …`) at a line's start, its value the rest of the line: password-in-text reads the bare word only.
  // Case-sensitive, so a lower-case run before the keyword (`mypassword`) is no directive's name.
  r({ id: "password-directive", anchored: true, description: "Password given by a config directive named for what it logs in to", keywords: ["password", "passwd", "passphrase"],
    pattern: /(?<=(?:^|\n|\\n)[ \t]{0,16}(?:[A-Z]{2,8}|[A-Z][a-z]{1,11}))(?:Password|Passwd|Passphrase|PASSWORD|PASSWD)[ \t]+["']?(?![$%])([^\s"'`,;()[\]{}<>\\]{6,64})(?<![:.])(?=["']?[ \t]*(?:\r?\n|\\[nr]|$))/,
    validate: (s, m, _b, a) => writtenPassword(s) && !/^[.~]?\//.test(s) && !codeValue(s, m, a) && !pointerToString(s, a), excusedAt: sealedPasswordValue,
    placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"] }),
  r({ id: "cli-user-password", anchored: true, description: "user:password passed on a command line (curl -u, --user)", keywords: ["-u ", "-u'", '-u"', "--user "],
    // An application password in spaced groups (`'user:Ab3d Ef5g …'`) is quoted whole.
    // The password alone may be quoted (`-u admin:'GZ!v…'`: the shell keeps its `!` literal).
    pattern: /(?:-u|--user)[ \t=]{0,4}(?:["'][^\s:"'$]{1,64}:((?:[A-Za-z0-9]{4} ){3,7}[A-Za-z0-9]{4})["']|["']?[^\s:"'$]{1,64}:([^\s"']{4,128})["']?(?=\s|$)|[^\s:"'$]{1,64}:(?:'([^'\r\n]{4,128})'|"([^"\r\n$]{4,128})")(?=\s|$))/, secretGroup: -1,
    validate: (pass, match) => !samePair(match, pass) && (!pass.includes(" ") || groupedPassword(pass)), placeholder: "strict", entropy: 2.0, severity: "high", confidence: "medium", tags: ["generic"] }),
  // Clients whose short flag takes the password (mosquitto -P, sqlcmd -P, redis-cli -a, ldapsearch -w,
  // mongo -p, `docker login -p`, keytool -storepass, openssl -passin pass:, zip -P, 7z -p…); the
  // same letters mean a port or a path elsewhere, so the flag counts only after its client.
  r({ id: "cli-password-flag", anchored: true, description: "Password passed with a client's password flag on a command line", keywords: CLI_PASSWORD_TOOLS,
    pattern: CLI_PASSWORD_FLAG, secretGroup: -1, validate: cliPasswordValid,
    placeholder: "strict", entropy: 2.0, severity: "high", confidence: "medium", tags: ["generic"], after: 400 }),
  r({ id: "powershell-plaintext-secret", anchored: true, description: "Plaintext secret turned into a SecureString (PowerShell -AsPlainText)", keywords: ["convertto-securestring"],
    pattern: /ConvertTo-SecureString[ \t]{1,8}(?:-String[ \t]{1,8})?(["'])([^"'\r\n$]{6,200})\1(?=[^\n]{0,40}-AsPlainText)/i, secretGroup: 2,
    placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], after: 120 }),
  r({ id: "php-define-secret", anchored: true, description: "Secret defined as a PHP constant", keywords: ["define("],
    pattern: /define\(\s{0,4}['"][A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|SECRET|KEY|TOKEN|SALT)[A-Z0-9_]{0,40}['"]\s{0,4},\s{0,4}['"]([^'"\\\r\n]{6,200})['"]/i,
    placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"] }),
  r({ id: "netrc-password", description: "Password in a .netrc or .pgpass entry", keywords: ["machine ", "login "],
    pattern: /machine[ \t]+[\w.-]{1,253}[\s\S]{0,200}?password[ \t]+(\S{4,200})/, placeholder: "strict", entropy: 2.0, tags: ["generic"], before: 200, after: 400 }),
  // Exactly five fields (a colon inside the password is escaped, `\:`): colon-hex dumps (a modulus,
  // a key id, a MAC) have many more. A password that is `*`, a word or a template is not one.
  r({ id: "pgpass-entry", description: "Password in a .pgpass line (host:port:database:user:password)", keywords: [], trigger: PGPASS_PORT, before: 260, after: 300,
    // The line may be written by a shell command (`echo 'h:5432:db:u:pw' >> ~/.pgpass`, numbered in a history or after zsh's `: <time>:<secs>;`,
    // or after a terminal's prompt: `$ `, `# `, `user@host:~$ `), in a CI log after the line's ISO timestamp, and after
    // a dump's label (`contents: h:5432:db:u:pw`): the label needs a blank after its colon, which no field holds;
    // or as a unified diff's added or removed line (`+h:5432:db:u:pw`), or a list item's.
    pattern: new RegExp(String.raw`(?:^|\n)[+-]?[ \t]*(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?[ \t]+)?(?:[A-Za-z][\w .-]{0,30}:[ \t]+)?(?:(?:\d{1,6}[ \t]+|:[ \t]?\d{6,12}:\d{1,6};|(?:[\w.-]{1,32}@[\w.-]{1,64}(?::[~\w/.-]{0,80})?)?[$#%>][ \t]+)?(?:echo|printf)[ \t]+(?:-[a-z]{1,2}[ \t]+)?(["']?))?${PGPASS_FIELDS}(?=(?:\\n)?\1[ \t]*(?:>>?|\||;|&|\r?\n|$)|\r?\n|$)`), secretGroup: 2,
    placeholder: "strict", entropy: 2.0, validate: (s) => !/^\d+$/.test(s), tags: ["generic"] }),
  // The same line written by echo/printf inside a command chain or a tool call's JSON string
  // (`… && printf '%s\\n' 'h:5432:db:u:pw' > ~/.pgpass`, quotes maybe escaped), or after a prompt (`$ `, `# `): tried only near
  // the word "pgpass" (the file or PGPASSFILE), as a pattern not anchored to a line start costs
  // every window of the colon trigger above.
  r({ id: "pgpass-entry-written", description: "Password in a .pgpass line written by a shell command in a chain or a JSON string", keywords: ["pgpass"], before: 420, after: 40,
    pattern: new RegExp(String.raw`(?:[;&|(${"`"}"'$#%>]|\\n)[ \t]{0,4}(?:echo|printf)[ \t]+(?:-[a-z]{1,2}[ \t]+)?(?:\\?["']%s(?:\\{1,2}n)?\\?["'][ \t]+)?(\\?["']|)${PGPASS_FIELDS}(?=(?:\\{1,2}n)?\1[ \t]*(?:>>?|\||;|&))`), secretGroup: 2,
    placeholder: "strict", entropy: 2.0, validate: (s) => !/^\d+$/.test(s), tags: ["generic"] }),
  r({ id: "delimited-hex-key", anchored: true, description: "Private or secret key written as colon- or space-delimited hex bytes", keywords: ["priv:", "priv =", "private key", "private-key", "private_key", "privatekey", "secret key", "secret_key", "secret-key", "secretkey", "encryption_key", "encryption-key", "encryption key", "encryptionkey", "aes_key", "aes-key", "aes key", "aeskey", "hmac_key", "hmac-key", "hmac key", "hmackey", "signing_key", "signing-key", "signing key", "signingkey", "master_key", "master-key", "master key", "masterkey", "privateexponent:", "prime1:", "prime2:", "exponent1:", "exponent2:", "coefficient:"],
    pattern: /(?:priv(?:ate)?|secret|encryption|aes|hmac|signing|master|prime[12]:|exponent[12]:|coefficient:)[\w .-]{0,20}?["']?[ \t]{0,4}(?::=|=>|[:=])?[ \t]{0,4}(?:\r?\n[ \t]{0,8})?["']?((?:[0-9a-fA-F]{2}(?::(?:\r?\n[ \t]{0,8})?|[ \t]))+[0-9a-fA-F]{2})(?![0-9a-fA-F:])/i,
    // `openssl rsa -text` prints the private exponent, the primes and the CRT values as long
    // colon-hex blocks (512 bytes for RSA-4096); other names hold short keys.
    validate: (s, m) => { const bytes = s.split(/[:\s]+/); return bytes.length >= 16 && bytes.length <= (RSA_PART.test(m) ? 1100 : 80) && shannonEntropy(bytes.join("")) >= 3.0; },
    placeholder: "off", severity: "critical", tags: ["keys"], after: 4000 }),
  r({ id: "generic-high-entropy", anchored: true, description: "High-entropy value assigned to a key-like name", detector: "entropy",
    keywords: ["token", "key", "secret", "auth", "session", "signature", "cookie", "bearer"],
    pattern: new RegExp(`(?:token|key|secret|auth|session|signature|cookie|bearer)[\\w.-]{0,24}?["']?\\]?${NAME_MARKUP}[ \\t]{0,32}(?:${TYPED_ASSIGN}|:=|=>|${OR_ASSIGN}|[:=]|[ \\t])[ \\t]{0,32}["'\`]?([A-Za-z0-9+/_.~-]{24,400}={0,2})(?![A-Za-z0-9+/_=.~-])`, "i"),
    entropy: 4.2, placeholder: "strict", validate: entropyValueValid, ahead: opaqueSlotAhead, excusedAt: (t, st, e) => inTemplateExpression(t, st, e) || sealedCiphertext(t, st, e) || sealedBoxPublicKey(t, st, e), severity: "medium", confidence: "low", tags: ["generic"], before: 8, after: 460 }),

  // A parameter, header, cookie, form field or multipart part whose name says secret, holding an
  // opaque credential-like value (issue 24, class 3). Stricter on the value than the entropy
  // guess above, so it can block: hex of 32+, or mixed letters and digits dense enough to be random.
  r({ id: "named-secret-slot", anchored: true, description: "Opaque credential in a field named as a secret (header, cookie, query, form, JSON)",
    keywords: ["token", "key", "secret", "password", "passwd", "auth", "cred", "bearer"],
    pattern: slotPattern("token|key|secret|password|passwd|auth|cred|bearer", 16, true),
    validate: slotValueOrExample, exampleAt: inExampleUrl, exampleValue: isExampleValue, ahead: opaqueSlotAhead, excusedAt: (t, st, e) => inTemplateExpression(t, st, e) || crashReportDeviceKey(t, st, e) || logLineDigestKey(t, st, e) || sealedCiphertext(t, st, e) || sealedBoxPublicKey(t, st, e), placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 32, after: 480 }),
  // A name literal and a value literal side by side, as a pair or a row holds them: a key-value
  // table's SQL row (`'stripe_api_key', '…'`), a tuple or array pair (`("API_TOKEN", "…")`), a
  // setter taking the name (`os.environ.setdefault("X_TOKEN", "…")`). The name is quoted on its own.
  // The value may be a literal written inside the literal, its quotes escaped (Gradle's `buildConfigField "String", "X_KEY", "\"…\""`, `resValue`).
  r({ id: "named-secret-pair", anchored: true, description: "Opaque credential in a literal next to a literal naming it (SQL row, tuple, setter)",
    keywords: ["token", "key", "secret", "password", "passwd", "auth", "cred"],
    pattern: /(?:token|key|secret|password|passwd|auth|cred)[\w.-]{0,24}?(["'])[ \t]{0,4},[ \t]{0,4}(["'])(?:\\["'])?([A-Za-z0-9+/_.~=:%-]{16,400})(?:\\["'])?\2/i, secretGroup: 3,
    validate: (s, m, b, a) => new RegExp(`${m.match(/["']/)![0]}[\\w.-]{0,40}$`).test(b) && !DIGEST_NAME.test(b.slice(-40) + m.slice(0, m.indexOf(","))) && slotValueValid(s, m, b, a), ahead: pairAhead,
    placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 48, after: 120 }),
  // Names that say secret without "key"/"token": an app certificate (Agora's, a 32-hex signing
  // secret; a PEM certificate or a digest's hex is not that shape or is named for the digest) and
  // a private id (`Private-Merchant-Id`: the merchant's private key under an id's name). Assigned, or
  // a quoted name and its value as a pair (Gradle's `buildConfigField("String", "X_CERTIFICATE", "\"…\"")`, a tuple, a row).
  r({ id: "named-private-value", anchored: true, description: "Secret in a field named as an app certificate or a private id", keywords: ["certificate", "private"],
    pattern: /(?:certificate|private[-_.]?(?:merchant|partner|client|app|account|api|access)[-_.]?id)(?![A-Za-z])(?:["']?\]?[ \t]{0,4}(?::=|=>|<<?-|[:=])[ \t]{0,4}["'`]?|["'][ \t]{0,4},[ \t]{0,4}["']\\?["']?)([0-9a-fA-F]{32}|[0-9a-fA-F]{48}|[A-Za-z0-9]{32,64})(?![A-Za-z0-9+/_.~=-])/i,
    validate: (s, m, b, a) => !/(?:public|pub|ca|root)[-_. ]?$/i.test(b) && shannonEntropy(s) >= 3.0 && (/^[0-9a-f]+$/i.test(s) || (/\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s))) && (/^private/i.test(m) ? !nonSecretName(b.slice(-24) + m) : assignmentValid(s, m, b, a)),
    ahead: (t, e) => opaqueSlotAhead(t, e) || pairAhead(t, e), placeholder: "strict", severity: "high", confidence: "medium", tags: ["generic"], before: 32, after: 120 }),
  // A DSN whose userinfo is a bare token (no password): the project's secret for a collector
  // (`UPTRACE_DSN`, `WithDSN("https://<token>@…")`). Sentry-style DSNs carry a public 32-hex key
  // that browsers ship, so the token must be mixed-case random, not hex, and the host not Sentry's.
  r({ id: "dsn-userinfo-token", anchored: true, description: "Secret token as the userinfo of a DSN URL", keywords: ["dsn"],
    pattern: /dsn[\w.-]{0,20}?["']?[ \t]{0,4}(?::=|=>|[:=(,])[ \t]{0,4}["'`]?https?:\/\/([A-Za-z0-9_-]{16,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6})/i,
    validate: (s, m) => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && shannonEntropy(s) >= 3.8 && !/sentry|glitchtip|ingest/i.test(m.slice(m.lastIndexOf("@"))),
    placeholder: "strict", severity: "high", confidence: "medium", tags: ["generic"], before: 40, after: 200 }),
  // AK/SK pairs (Huawei, Naver, Volcengine, Chinese clouds' SDKs): the secret key is named "SK"
  // alone, as the name's last part (`HUAWEICLOUD_SDK_SK`, `huaweicloudSdkSk`, `ncp.sk`). "sk"
  // inside a word (task, disk, mask) is not such a name. The value may be the pair, `AK:SK`.
  // A typed constant's type may stand before the `=` (Rust's `HUAWEICLOUD_SDK_SK: &str = "…"`).
  r({ id: "named-sk-secret", anchored: true, description: "Secret key of an AK/SK pair, named SK", keywords: ["sk=", "sk:", "sk\":", "sk':", "sk =", "sk :", "sk\" :"],
    pattern: /(?:(?<=[a-z0-9])Sk|(?<=[_.-])(?:sk|SK)|(?<![A-Za-z0-9])(?:sk|SK))["']?[ \t]{0,4}(?::=|=>|:[ \t]*(?:&(?:'static[ \t]+)?str|String)[ \t]*=|[:=])[ \t]{0,4}["'`]?(?:[A-Z0-9]{16,32}:)?([A-Za-z0-9/+]{30,64})(?![A-Za-z0-9/+=_-])/,
    validate: skDrawn, placeholder: "strict", severity: "high", confidence: "medium", tags: ["generic", "cloud"], before: 8, after: 120 }),
  // …and as a container env entry's name, its value in the sibling `value:` field (`- name: HUAWEICLOUD_SDK_SK` / `value: "…"`).
  // A multipart part named so (`name="huaweicloud_sdk_sk"`) holds it as its body, after its headers and a blank line.
  r({ id: "named-sk-sibling", anchored: true, description: "Secret key of an AK/SK pair in a value field whose name field ends in SK", keywords: ["_sk\"", "_sk'", "-sk\"", "- name: "],
    pattern: new RegExp(`(?:- name:[ \\t]*["']?[A-Za-z][\\w.-]{0,60}|(?<=[A-Za-z0-9]))(?<=[A-Za-z0-9])[_-](?:sk|SK)(?:${SIBLING_VALUE_GLUE}|["']?[ \\t]*${PART_HEAD_END})[ \\t]{0,4}["']?([A-Za-z0-9/+]{30,64})(?![A-Za-z0-9/+=_-])`),
    validate: (s, m, b) => (m.startsWith("- name:") || SIBLING_NAME.test(b)) && skDrawn(s),
    ahead: skNameAhead, placeholder: "strict", severity: "high", confidence: "medium", tags: ["generic", "cloud"], before: 80, after: 240 }),
  // …and as a Terraform variable's name, its value the block's `default` (`variable "huaweicloud_sdk_sk" {` / `default = "…"`).
  r({ id: "named-sk-variable", anchored: true, description: "Secret key of an AK/SK pair as the default of a Terraform variable named ..._sk", keywords: ["_sk\""],
    pattern: /(?<=variable[ \t]+"[A-Za-z][\w-]{0,60})_(?:sk|SK)"[ \t]*\{(?:[ \t]*\r?\n[ \t]*(?:type|description|sensitive|nullable|ephemeral)\b[^\n{}]{0,160}){0,6}[ \t]*\r?\n[ \t]*default[ \t]*=[ \t]*"([A-Za-z0-9/+]{30,64})"/,
    validate: skDrawn,
    placeholder: "strict", severity: "high", confidence: "medium", tags: ["generic", "cloud"], before: 80, after: 600 }),
  // "appid" carries the API key itself at OpenWeather and similar APIs: 32 hex, in a query or a
  // config. Application ids of other shapes (numeric, "wx" + 16 hex, short upper case) do not match.
  r({ id: "appid-key", anchored: true, description: "API key passed as appid (OpenWeather-style, 32 hex)", keywords: ["appid"],
    pattern: /(?<![A-Za-z0-9])appid["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{32})(?![0-9A-Za-z])/i, entropy: 3.0, placeholder: "strict",
    severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 80 }),
  // Session ids are credentials when long and opaque ("session-with-a-long-opaque-value").
  r({ id: "named-session-slot", anchored: true, description: "Long opaque session id in a field or cookie named as a session",
    keywords: ["session", "sess=", "sess:", "sessid", "sid=", "sid:", "sid\"", "sid'"],
    pattern: slotPattern("session|sess|sid", 32),
    validate: slotValueValid, exampleAt: inExampleUrl, ahead: opaqueSlotAhead, excusedAt: (t, st) => claimSetSessionId(t, st) || tlsSessionPrintout(t, st), placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 32, after: 480 }),

  // ---- Credentials in slots named by a neighbour (round two, held-out E): the secret's name is
  // another attribute, a sibling key or a part header, not the word before the value.
  // A name/value pair of fields, the secret's name in the first and the secret in "value": an
  // SSM parameter or Terraform state attribute, a container env entry (`- name: X_TOKEN` /
  // `value:`), an ECS task definition, a CloudFormation ParameterKey/ParameterValue. The name
  // field's value holds the keyword; the value field follows in the same object.
  r({ id: "named-sibling-value", anchored: true, description: "Opaque credential in a value field whose sibling name field names a secret",
    keywords: ["token", "key", "secret", "password", "passwd", "auth", "cred", "session"],
    pattern: new RegExp(`(?:token|key|secret|password|passwd|auth|cred|session)(?<=(?:^|[^\\w])(?:name|key|label|parameter_?name|ParameterKey|SecretId)["']?[ \\t]{0,12}[:=][ \\t]{0,4}["']?[\\w./-]{3,100})[\\w./-]{0,24}?${SIBLING_VALUE_GLUE}[ \\t]{0,4}["']?([A-Za-z0-9+/_.~=:%-]{16,400})(?![A-Za-z0-9+/_.~=:%-])`, "i"),
    validate: siblingValueValid, ahead: siblingAhead, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 64, after: 640 }),
  // The same pair under a password's name (`{"name": "X-Sftp-Password", "value": "…"}`, `- name: DB_PASSWORD` / `value: …`):
  // a person's password, any punctuation in it, as the value field holds it.
  r({ id: "named-sibling-password", anchored: true, description: "Password in a value field whose sibling name field names a password",
    keywords: ["password", "passwd", "passphrase"],
    pattern: new RegExp(`(?:password|passwd|passphrase)(?<=(?:^|[^\\w])(?:name|key|label|parameter_?name|ParameterKey)["']?[ \\t]{0,12}[:=][ \\t]{0,4}["']?[\\w./-]{0,100})${SIBLING_VALUE_GLUE}[ \\t]{0,4}(?:"([^"\\\\\\r\\n]{6,128})"|'([^'\\\\\\r\\n]{6,128})'|((?:[^\\s"'\\[\\]{},&]|&(?!\\w{1,30}=)){6,128})(?=[ \\t]*(?:\\\\?\\r?\\n|$)|["']|&\\w{1,30}=))`, "i"),
    secretGroup: -1, validate: (s, m, b) => SIBLING_NAME.test(b) && writtenPassword(s) && !/\n[ \t]*-[ \t]|[\s,{]["']?(?:name|key)["']?[ \t]{0,4}[:=]/i.test(m.slice(0, m.lastIndexOf(s))),
    ahead: siblingAhead, placeholder: "strict", entropy: 2.0, severity: "high", confidence: "medium", tags: ["generic"], before: 130, after: 480 }),
  // Terraform state: a random_password resource keeps the generated password in "result"; an
  // output marked sensitive keeps it in "value".
  r({ id: "terraform-state-secret", description: "Secret in Terraform state (random_password result, sensitive output value)", keywords: ["random_password", "\"sensitive\": true", "\"sensitive\":true"],
    pattern: /"type"\s{0,4}:\s{0,4}"random_password"[\s\S]{0,1200}?"result"\s{0,4}:\s{0,4}"((?:[^"\\\r\n]|\\.){6,200})"|"value"\s{0,4}:\s{0,4}"((?:[^"\\\r\n]|\\.){6,200})"\s{0,4},\s{0,16}(?:"type"\s{0,4}:\s{0,4}"string"\s{0,4},\s{0,16})?"sensitive"\s{0,4}:\s{0,4}true/,
    secretGroup: -1, placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 600, after: 1400 }),
  // Pulumi state: a secret output is an object marked by Pulumi's fixed signature pair; exported
  // with --show-secrets (or a passphrase-less backend) it holds "plaintext", otherwise "ciphertext".
  r({ id: "pulumi-state-secret", description: "Secret in Pulumi state (a secret value exported as plaintext)", keywords: [PULUMI_SECRET_SIG],
    pattern: new RegExp(`"${PULUMI_SECRET_KEY}"\\s{0,8}:\\s{0,8}"${PULUMI_SECRET_SIG}"\\s{0,8},\\s{0,64}"plaintext"\\s{0,8}:\\s{0,8}"((?:[^"\\\\\\r\\n]|\\\\.){3,400})"|"plaintext"\\s{0,8}:\\s{0,8}"((?:[^"\\\\\\r\\n]|\\\\.){3,400})"\\s{0,8},\\s{0,64}"${PULUMI_SECRET_KEY}"\\s{0,8}:\\s{0,8}"${PULUMI_SECRET_SIG}"`),
    secretGroup: -1, validate: (s) => pulumiPlaintext(s), placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 500, after: 500 }),
  // XML key/value settings: NuGet's <add key="ClearTextPassword" value="…"/>, .NET appSettings,
  // Spring <property name="password" value="…"/>, Java XML properties <entry key="db.password">…</entry>,
  // .NET Settings <setting name="DbPassword" serializeAs="String"><value>…</value></setting>, an AndroidManifest's
// <meta-data android:name="…_CLIENT_SECRET" android:value="…"/>; Tomcat's JNDI <Environment name="…" value="…"/>, phpunit.xml's
  // <env>/<server>/<ini>, an IDE's <option name="…" value="…"/>, any element that names a variable and gives its value;
  // an app certificate (Agora's, a hex secret), not its thumbprint or its file; an AK/SK pair's SK (`Huaweicloud:SdkSk`).
  r({ id: "xml-secret-attribute", anchored: true, description: "Password or secret in an XML key/value setting", keywords: ["<add ", "<setting ", "<entry ", "<property ", "<parameter ", "<param ", "<meta-data ", ...NAMED_VALUE_ELEMENTS.map((e) => `<${e} `)],
    pattern: /<(?:add|setting|entry|property|parameter|param|meta-data|environment|env|server|ini|var|variable|option|attribute)\s[^<>]{0,120}?\b(?:key|name)\s{0,2}=\s{0,2}["'](?:[\w.:-]{0,40}?(?:password|passwd|passphrase|pwd|psw|secret|api[_.-]?key|apikey|access[_.-]?key|token|client[_.-]?secret|credentials?|(?:merchant|trans|security|secure|checksum)[_.-]?key|salt|app[_.-]?certificate(?![_.-]?(?:thumbprint|fingerprint|path|file))|(?<![A-Za-z])pat(?![A-Za-z])|(?-i:(?<=[a-z0-9])Pat(?![a-z]))|(?<![A-Za-z])sk(?![A-Za-z])|(?-i:(?<=[a-z0-9])Sk(?![a-z])))[\w.:-]{0,30})["'](?:[^<>]{0,120}?\bvalue\s{0,2}=\s{0,2}(?:"([^"<>\r\n]{4,512})"|'([^'<>\r\n]{4,512})')|\s{0,2}>([^<>\r\n]{4,512})<\/entry>|[^<>]{0,60}>\s{0,16}<value>([^<>\r\n]{4,512})<\/value>)/i,
    secretGroup: -1, validate: xmlSettingValid, placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], after: 720 }),
  // A multipart part named as a password: the part's body is the value, whatever characters a human password holds.
  // A part named as a token (`oci_auth_token`) holds a value of its own shape: one word of three or more classes;
  // an app's or client's certificate part, an opaque literal.
  // FileZilla's saved servers (sitemanager.xml, recentservers.xml) keep each password base64-encoded in its <Pass> element.
  r({ id: "filezilla-saved-password", description: "FTP password saved by FileZilla (base64 in <Pass encoding=\"base64\">)", keywords: ["<pass encoding=\"base64\">"],
    pattern: /<Pass[ \t]+encoding="base64">([A-Za-z0-9+/]{4,400}={0,2})<\/Pass>/i,
    validate: (s) => {
      const v = bytesToText(Buffer.from(s, "base64"));
      return v !== null && v.length >= 4 && !/\s/.test(v) && !isPlaceholder(v);
    },
    placeholder: "off", severity: "high", confidence: "high", tags: ["generic"], before: 4, after: 420 }),
  r({ id: "multipart-password-part", anchored: true, description: "Password or token in a multipart form part", keywords: ["form-data;"],
    pattern: new RegExp(String.raw`form-data;[ \t]{0,4}name=["']?[\w.[\]-]{0,30}?(?:password|passwd|passphrase|pwd|pass|secret|token|(?:app|client)[_.-]?cert(?:ificate)?|[_.-]pat(?=["']?[ \t]*\r?\n))[\w.[\]-]{0,20}["']?[ \t]*${PART_HEAD_END}([^\r\n]{4,200}?)[ \t]*\r?(?:\n|$)`, "i"),
    validate: (s, m, _b, a) => {
      const name = /name=["']?([\w.[\]-]+)/i.exec(m)?.[1] ?? "";
      if (charClasses(s) < 2 || codeValue(s, m, a) || /^[A-Za-z]+$/.test(s) || NON_VALUE_KEY.test(name) || DIGEST_NAME_END.test(name)) return false;
      if (/password|passwd|passphrase|pwd|pass|secret/i.test(name)) return true;
      // An app's or client's certificate (Agora, Zoom) is a shared secret, hex or base64, not a PEM.
      if (/(?:app|client)[_.-]?cert/i.test(name) && !/token/i.test(name)) return opaqueLiteral(s);
      // Random hex is a token's shape too (Plaid's secret: 30 hex).
      return !NOT_A_CREDENTIAL_TOKEN.test(name) && s.length >= 12 && !/\s/.test(s) && (charClasses(s) >= 3 || (s.length >= 24 && /^[0-9a-f]+$/i.test(s) && randomHex(s)));
    },
    placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], after: 600 }),
  // Go's MySQL driver DSN: user:password@tcp(host:port)/db (no scheme, so url-credentials misses it).
  // Percent-encoded too, as a query parameter's value (`?dsn=app%3A<password>%40tcp(host%3A3306)`). A URL's
  // scheme is not the user (`https://…?dsn=app:…@tcp(`), nor a host its port and path (`localhost:8080/run?dsn=…`).
  r({ id: "go-mysql-dsn", description: "Password in a Go MySQL DSN (user:password@tcp(host)/db)", keywords: ["@tcp(", "@tcp6(", "@unix(", "%40tcp(", "%40tcp6(", "%40unix("],
    pattern: /(?<![\w.%-])[\w.-]{1,64}(?::(?!\/\/|\d{1,5}\/)(?=[^\s"'`]{3,200}?@)|%3A(?=[^\s"'`/?&=]{3,200}?%40))([^\s"'`]{3,200}?)(?:@|%40)(?:tcp6?|unix)\(/i,
    validate: (pass, match) => !samePair(match.replace(/%3A/gi, ":"), pass), placeholder: "strict", entropy: 1.5, severity: "high", confidence: "medium", tags: ["generic"], before: 280, after: 8 }),

  // ---- Personal and financial data (no literal anchor: whole-text, digit-run patterns)
  r({ id: "credit-card", description: "Payment card number (Luhn-valid, known issuer)", keywords: [], trigger: DIGIT_GROUPS, before: 32, after: 32,
    pattern: /(?<![0-9A-Za-z._+-])((?:\d[ .-]?){11,18}\d)(?![0-9A-Za-z_])/, validate: (s, _m, before) => {
      const d = digitsOnly(s);
      if (TRACE_ID_SLOT.test(before)) return false;
      if (/[ .-]/.test(s) && !/^\d{4}([ .-])\d{4,6}\1\d{4,5}(?:\1\d{1,4})?$/.test(s)) return false;
      return d.length >= 12 && d.length <= 19 && luhn(d) && cardIssuer(d) !== null && !/^(\d)\1+$/.test(d);
    }, placeholder: "off", severity: "high", tags: ["pii", "pci"], exampleKey: (s) => syntheticDigits(digitsOnly(s)),
    // Processors' published test numbers (Stripe, PayPal, Braintree, Authorize.net), and SYNTHETIC:
    // numbers with eight zeros in a row, which test suites build by hand (random account digits
    // do that about once in ten million).
    examples: ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4000056655665556", "5105105105105100", "6011111111111117", "371449635398431", "4012888888881881", "5200828282828210", "6011000990139424", "3056930009020004", "3566002020360505", "6200000000000005",
      "4007000000027", "4222222222222", "3530111333300000", "30569309025904", "38520000023237", "378734493671000", "5610591081018250", "2223003122003222", SYNTHETIC] }),
  // The spaced trigger matches only its two digits and looks ahead for the rest; `after` grows by
  // the 11 characters no longer consumed.
  r({ id: "iban", description: "International bank account number (mod-97 valid)", keywords: [], trigger: [IBAN_COMPACT, IBAN_SPACED, LONG_RUN], before: 4, after: 51,
    // Lower-case unspaced IBANs: long runs shaped "ll99…" (a scan of every lower-case letter for the pattern cost more).
    runShape: { min: 20, max: 34, test: (t, s) => isLowerAt(t, s) && isLowerAt(t, s + 1) && isDigitAt(t, s + 2) && isDigitAt(t, s + 3) },
    pattern: /(?<![A-Za-z0-9])([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?)(?![A-Za-z0-9])/, validate: (s) => (s === s.toUpperCase() || s === s.toLowerCase()) && ibanValid(s),
    placeholder: "off", severity: "medium", tags: ["pii", "banking"], exampleKey: (s) => syntheticDigits(s.replace(/ /g, "").toUpperCase()),
    examples: ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300", "GB29NWBK60161331926819", SYNTHETIC] }),
  r({ id: "us-ssn", description: "US Social Security number", keywords: [], trigger: US_SSN, before: 4, after: 4,
    pattern: /(?<![0-9-])(\d{3}-\d{2}-\d{4})(?![0-9-])/, validate: ssnValid, placeholder: "off", severity: "high", confidence: "medium", tags: ["pii"],
    examples: ["078-05-1120", "219-09-9999"] }),
  // The published example SSNs (the wallet card's 078-05-1120, the ad's 219-09-9999, and
  // 123-45-6789, which the SSA never issues) right after an SSN label are what a user tests the
  // firewall with: labelled example, blocked outbound and info in a repository, as for provider
  // examples ("direction decides"). Other never-issued ranges (000, 666, 9xx) stay not-an-SSN.
  r({ id: "us-ssn-labelled", description: "US Social Security number (labelled, any separator)", keywords: ["ssn", "social security", "social_security", "socialsecurity"],
    pattern: /(?<![0-9])(\d{3}[ -]?\d{2}[ -]?\d{4})(?![0-9])/, validate: (s, _m, b) => ssnValid(s) || (PUBLISHED_SSN.has(s.replace(/\D/g, "")) && SSN_SLOT.test(b)), placeholder: "off", severity: "high", tags: ["pii"], before: 8, after: 48,
    exampleKey: (s) => s.replace(/\D/g, ""), examples: [...PUBLISHED_SSN] }),
  // US bank routing and account numbers in fields named for them (issue 24: non-card financial
  // PII). Only a name that says routing number / account number: a bare "routing" or "account"
  // (message routing keys, cloud account and order ids; a routing number alone is a public bank
  // id) is not enough. The name speaks for the value: a failing ABA checksum is labelled example.
  r({ id: "us-bank-routing-number-labelled", anchored: true, description: "US bank routing number in a field named for it", keywords: ["routing", "aba_", "aba-", "aba number", "abanumber", "abano"],
    pattern: /(?<![A-Za-z])(?:routing|aba)[_ -]?(?:transit[_ -]?)?(?:number|num|no|nbr)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(\d{9})(?![\d])/i,
    validate: (s) => !/^(\d)\1{8}$/.test(s), exampleKey: (s) => (abaValid(s) ? s : NOT_ABA),
    placeholder: "off", severity: "medium", confidence: "medium", tags: ["pii", "banking"], before: 8, after: 48, examples: [NOT_ABA] }),
  r({ id: "us-bank-account-number-labelled", anchored: true, description: "Bank account number in a field named for it", keywords: ["account_n", "account-n", "account n", "accountn", "acct_n", "acct-n", "acct n", "acctn"],
    pattern: /(?<![A-Za-z])(?:account|acct)[_ -]?(?:number|num|no|nbr)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(\d{6,17})(?![\d])/i,
    validate: (s) => !/^(\d)\1+$/.test(s), placeholder: "off", severity: "medium", confidence: "medium", tags: ["pii", "banking"], before: 8, after: 60 }),

  // ---- Crypto keys (secrets)
  r({ id: "bitcoin-wif-private-key", description: "Bitcoin private key (WIF, base58check valid)", keywords: [], trigger: LONG_RUN, runShape: { min: 51, max: 52, first: "5KLc9" }, before: 1, after: 1, validateBefore: WIF_LEAD,
    pattern: /(?<![A-Za-z0-9])([5KLc9][1-9A-HJ-NP-Za-km-z]{50,51})(?![A-Za-z0-9])/, validate: (s, _m, before) => wifValid(s) || (WIF_SLOT.test(before) && (wifShaped(s) || wifLengthFits(s))) || ((WIF_CALL.test(before) || WIF_COMMAND.test(before)) && wifLengthFits(s)), placeholder: "off",
    severity: "critical", tags: ["crypto"], examples: ["5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617"] }),
  // A Nostr secret key: the bech32 "nsec" prefix and a 32-byte body (58 characters with the checksum).
  // The prefix and exact length name it as a provider's prefix does (made-up bodies count, as ghp_… does).
  r({ id: "nostr-secret-key", anchored: true, description: "Nostr secret key (nsec, bech32)", keywords: ["nsec1"],
    pattern: /(?<![A-Za-z0-9])(nsec1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58})(?![A-Za-z0-9])/, entropy: 3.5, severity: "critical", tags: ["crypto"] }),
  r({ id: "extended-private-key", anchored: true, description: "BIP-32 extended private key", keywords: ["xprv", "yprv", "zprv", "tprv", "uprv", "vprv"],
    pattern: /(?<![A-Za-z0-9])([xyztuv]prv[1-9A-HJ-NP-Za-km-z]{100,112})(?![A-Za-z0-9])/, validate: extendedPrivateKeyValid, severity: "critical", tags: ["crypto"],
    examples: ["xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"] }),
  r({ id: "ethereum-private-key", anchored: true, ahead: signAhead(48), description: "Ethereum private key (in context)", keywords: ["private", "priv", "secret", "wallet", "eth_", "eth-", "signer", "deployer"],
    pattern: /(?:private|priv|secret|wallet|eth[_-]|signer|deployer)[\w .-]{0,30}?["']?\s{0,4}(?::=|=>|[?+]=|[:=])\s{0,4}["'`]?((?:0x)?[a-fA-F0-9]{64})(?![A-Za-z0-9])/i,
    // A digest labelled with its algorithm (`X-Hub-Signature-256: sha256=<hex>` beside a header naming a secret) is no key.
    validate: (s, m) => !DIGEST_NAME_END.test(m.slice(0, m.lastIndexOf(s)).replace(/["'`\s:=>]+$/, "").replace(/0x$/, "")),
    entropy: 3.0, severity: "critical", tags: ["crypto"],
    examples: ["0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"] }),
  r({ id: "ethereum-private-key-context", description: "Ethereum private key (0x + 64 hex near a wallet or signer)", keywords: ["wallet(", "privatekey", "private_key", "private-key", "private key", "privkey", "from_key", "fromkey", "signingkey", "signer", "accounts", "wallet"],
    pattern: /(?<![A-Za-z0-9/])(?<!(?:tx|hash|block|txid|transaction|digest|root|salt)\\{0,3}["'\]]?[\s:=/]{0,3}\\{0,3}["'`]?)(0x[a-fA-F0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3.0, severity: "critical", confidence: "medium", tags: ["crypto"], before: 160, after: 240, exampleKey: (s) => s.toLowerCase().replace(/^0x/, ""),
    examples: ["ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"] }),

  // BIP-39 phrases from the Spanish, French, Italian, Portuguese and Czech lists, near a word that
  // names them (English phrases are found anywhere: engine.ts). The run of words is the match;
  // the checksum decides (bip39-intl.ts).
  r({ id: "bip39-seed-phrase-intl", description: "BIP-39 seed phrase (Spanish, French, Italian, Portuguese or Czech wordlist, checksum valid)",
    keywords: ["seed", "mnemon", "phrase", "frase", "semilla", "semente", "palabras", "palavras", "parole", "mots", "graine", "semence", "wallet", "cartera", "billetera", "carteira", "portefeuille", "portafoglio", "recuperac", "recupero", "obnov"],
    ahead: wordRunNear, pattern: /(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]{3,14}[ \t,\r\n]{1,3}){11,30}[\p{L}\p{M}]{3,14})(?![\p{L}\p{M}])/u,
    validate: (s) => intlMnemonicIn(s), placeholder: "off", severity: "critical", tags: ["crypto"], before: 400, after: 600 }),
  r({ id: "solana-keypair", description: "Solana keypair (64-byte JSON array, id.json)", keywords: [], trigger: /\[\s{0,4}\d{1,3}\s{0,4},\s{0,4}\d{1,3}\s{0,4},/g, before: 0, after: 400,
    pattern: /(\[\s{0,4}\d{1,3}(?:\s{0,4},\s{0,4}\d{1,3}){63}\s{0,4}\])/, validate: keypairBytes, placeholder: "off", severity: "critical", tags: ["crypto"] }),

  // ---- Wallet addresses: a separate detector (public values, switched off per config or route)
  r({ id: "bitcoin-address", description: "Bitcoin address (base58check)", detector: "wallets", keywords: [], trigger: LONG_RUN, runShape: { min: 26, max: 35, first: "13" }, before: 1, after: 1,
    pattern: /(?<![A-Za-z0-9])([13][1-9A-HJ-NP-Za-km-z]{25,34})(?![A-Za-z0-9])/, validate: btcBase58AddressValid, placeholder: "off", excusedAt: publicWalletLabel,
    severity: "low", confidence: "high", tags: ["crypto", "wallet"] }),
  r({ id: "bitcoin-bech32-address", anchored: true, description: "Bitcoin address (bech32/bech32m)", detector: "wallets", keywords: ["bc1", "tb1"],
    pattern: /(?<![A-Za-z0-9])((?:bc1|tb1)[ac-hj-np-z02-9]{8,87})(?![A-Za-z0-9])/, validate: bech32Valid, placeholder: "off", excusedAt: publicWalletLabel,
    severity: "low", tags: ["crypto", "wallet"] }),
  r({ id: "ethereum-address", anchored: true, description: "Ethereum address", detector: "wallets", keywords: ["0x"],
    pattern: /(?<![A-Za-z0-9])(0x[a-fA-F0-9]{40})(?![A-Za-z0-9])/, entropy: 3.0, severity: "low", confidence: "medium", tags: ["crypto", "wallet"],
    // A smart contract's address is public chain data, not someone's wallet: labelled as a contract
    // ("contract address:", "token contract", "deployed at") on its own line.
    // Nor is the sender or recipient of a transaction shown with its hash: a record of a past
    // transfer (explorer line, receipt, log), not a payment instruction.
    validate: (_s, _m, before) => !CONTRACT_LABEL.test(before.slice(before.lastIndexOf("\n") + 1)),
    // The name is read on the text itself: a multipart part's headers can stand between it and the value.
    // So is a transaction record around it (read on the text, not the rule's window: a receipt's hash may stand 240 before).
    excusedAt: (t, st) => {
      const before = t.slice(Math.max(0, st - 160), st);
      return ADDRESS_NAME.test(nameAbove(before)) || ADDRESS_KEY.test(before) || ADDRESS_ENV_FALLBACK.test(before) || ADDRESS_PARENT.test(before) || PUBLIC_WALLET_LABEL.test(before) || !notInTxRecord(t, st + 2);
    }, before: 160 }),
];
