// A value written into a resource whose TYPE says it is a secret, with no secret-named key
// (issue 24, round fourteen): an Azure Key Vault secret in Bicep or ARM
// (`resource … 'Microsoft.KeyVault/vaults/secrets@…' = { properties: { value: '…' } }`), its
// Terraform twin (`azurerm_key_vault_secret` `value`), and a Kubernetes Secret's `stringData`
// entries (and its base64 `data:` entries, decoded); an AWS SSM parameter whose type (SecureString) or name (`…_api_key`, `/prod/db/password`)
// says secret; a Vault generic secret's `data_json`. Terraform plan output counts (`+ value = "…"`,
// `~ value = "…" -> …`). (Secret versions whose key names the secret, `secret_string`,
// `secret_data`, are the generic rules'.)
// Only literals count: a parameter, a variable, an interpolation or an ARM expression is a reference.
import type { MatchResult, Rule } from "./types.ts";
import { type Literal, literalAt, opaqueLiteral, result, rule, scanMatcher } from "./call-arguments.ts";
import { charClasses, shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { PUBLISHABLE_VALUE } from "../value-form.ts";
import { punctuatedSecret, REFERENCE_NAME_END, shortPunctuatedDraw } from "./secret-name.ts";
import { bytesToText } from "../decode.ts";

/** Resource type → the key holding its secret value. */
const TYPED: Record<string, string> = {
  "vaults/secrets": "value",
  "azurerm_key_vault_secret": "value",
  "aws_ssm_parameter": "value",
  "vault_generic_secret": "data_json",
};
/** A parameter name whose last word says secret: `ncloud_secret_key`, `/prod/db/password`, `stripe-api-token`. */
const SECRET_NAME = /(?:^|[_./-])(?:secret|password|passwd|passphrase|token|credentials?|(?:api|access|secret|private|auth|app|client|master|signing|license)[_-]?key|key)$/i;
/** What a plain parameter holds when it is not a secret: an ARN, a URL, a path, a resource id, a region. */
const PLAIN_PARAMETER = /^(?:arn:|[a-z][\w+.-]*:\/\/|\/|(?:ami|vpc|subnet|sg|i|vol|snap|eni|igw|rtb|lt|key)-[0-9a-f]{6,}$|[a-z]{2}(?:-[a-z]+)+-\d$|alias\/)/i;
/** Public by design, whatever the resource: an age recipient, a Nostr npub, an SSH or PEM public key. */
const PUBLIC_VALUE = /^(?:age1[02-9ac-hj-np-z]{58}$|npub1[02-9ac-hj-np-z]{58}$|ssh-(?:ed25519|rsa|dss)[ \t]|ecdsa-sha2-|-----BEGIN (?:[A-Z]+ )?PUBLIC KEY)/;
const STRING_DATA = "stringdata:";
const SECRET_KIND = "kind: secret";
const DIGEST_KEY = /(?:^|[_.-])(?:md5|sha\d*|hash|checksum|digest|etag|integrity|fingerprint)$/i;
/** A key naming an id (`VERCEL_PROJECT_ID`, `clientId`): a vendor's object id, not a secret, even in a Secret (Vault's `SECRET_ID` is one). */
// An event, trace, request, span or Cloudflare ray named alone (`LAST_SENTRY_EVENT`, `lastTrace`, `CF_RAY`) is the id of one too.
const ID_KEY = /(?:^|[_.-])(?:[iI][dD]|event|EVENT|trace|TRACE|request|REQUEST|span|SPAN|ray|RAY)$|[a-z0-9](?:Id|Event|Trace|Request|Span|Ray)$/;
const KEYWORDS = [...Object.keys(TYPED), STRING_DATA, SECRET_KIND];

/** A literal the resource stores as its secret: not a reference, an expression or a placeholder. */
export function storedSecret(v: string): boolean {
  if (v.length < 8 || v.length > 400 || /\s/.test(v) || /\$\{|\{\{/.test(v)) return false;
  // A reference opens with its sigil (`[parameters('x')]`, `<secret>`, `%VAR%`, `@Microsoft.KeyVault(…)`); a punctuated draw may too (`%m&8f7…`, `(vyu0=#(…`).
  if (/^[$[{<%(@]/.test(v) && !shortPunctuatedDraw(v) && !punctuatedSecret(v)) return false;
  return charClasses(v) >= 2 && shannonEntropy(v) >= 3.0 && !PUBLISHABLE_VALUE.test(v) && !PUBLIC_VALUE.test(v) && !isGenericPlaceholder(v);
}

/** The typed resource's value key within its body: `value: '…'`, `"value": "…"`, `value = "…"`. */
function typedAt(text: string, pos: number, kw: string): MatchResult | null {
  if (pos > 0 && /[\w-]/.test(text[pos - 1]!) && kw !== "vaults/secrets") return null;
  const key = TYPED[kw]!;
  const stop = Math.min(text.length, pos + 800);
  const lower = text.slice(pos + kw.length, stop).toLowerCase();
  // The body ends where the next resource starts.
  const next = lower.search(/\bresource[ \t]|"type"[ \t]*:/);
  const body = next < 0 ? lower : lower.slice(0, next);
  if (kw === "aws_ssm_parameter" && !ssmSecret(text, pos + kw.length, body)) return null;
  const re = new RegExp(`(?<![\\w-])"?${key}"?[ \\t]*[:=][ \\t]*`, "g");
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = pos + kw.length + m.index + m[0].length;
    if (kw === "vault_generic_secret") {
      const found = jsonSecretAt(text, at);
      if (found) return result(pos, found.start + found.value.length, found);
      continue;
    }
    // Plan output: `~ value = "old" -> "new"`, both literals the secret's.
    for (let l = literalAt(text, at, 400), n = 0; l && n < 2; n++) {
      if (storedSecret(l.lit.value) && (kw !== "aws_ssm_parameter" || !PLAIN_PARAMETER.test(l.lit.value))) return result(pos, l.end, l.lit);
      const arrow = /^[ \t]*->[ \t]*/.exec(text.slice(l.end, l.end + 8));
      l = arrow ? literalAt(text, l.end + arrow[0].length, 400) : undefined;
    }
  }
  return null;
}

/** An SSM parameter is a secret when its type is SecureString or its resource label or `name` ends in a secret word. */
function ssmSecret(text: string, after: number, body: string): boolean {
  if (/(?<![\w-])"?type"?[ \t]*[:=][ \t]*"securestring"/.test(body)) return true;
  const label = literalAt(text, after + (/^["']?[ \t]*/.exec(text.slice(after, after + 8))?.[0].length ?? 0), 128);
  if (label && SECRET_NAME.test(label.lit.value)) return true;
  const name = /(?<![\w-])"?name"?[ \t]*[:=][ \t]*"([^"\n]{1,256})"/.exec(body);
  return name !== null && SECRET_NAME.test(name[1]!);
}

/** Vault's `data_json`: a heredoc or a quoted JSON object; the first string value that is stored as a secret. */
function jsonSecretAt(text: string, at: number): Literal | null {
  const stop = Math.min(text.length, at + 1200);
  const chunk = text.slice(at, stop);
  // HCL's `jsonencode({ token = "…" })` writes the object in HCL: its keys bare or quoted, `=` or `:`, up to the call's close.
  const hcl = chunk.startsWith("jsonencode(");
  const re = hcl ? /"?([A-Za-z_][\w.-]{0,63})"?[ \t]*[=:][ \t]*(")/g : /\\?"([\w.-]{1,64})\\?"[ \t]*:[ \t]*(\\?")/g;
  const end = hcl ? chunk.indexOf("})") : chunk.search(/\n[ \t]*(?:EOT|EOF|[A-Z]{2,10})[ \t]*\n|\n[ \t]*[\w-]+[ \t]*=|\n\}/);
  const scope = end < 0 ? chunk : chunk.slice(0, end);
  for (let m = re.exec(scope); m; m = re.exec(scope)) {
    // In HCL, a key that names a credential (`token`, `password`, `api_key`): a host or a user beside it is not one.
    if (hcl && !SECRET_NAME.test(m[1]!)) continue;
    const l = literalAt(text, at + m.index + m[0].length - m[2]!.length, 400);
    if (l && storedSecret(l.lit.value)) return l.lit;
  }
  return null;
}

/**
 * A Kubernetes Secret's `stringData:` block: indented `name: value` lines, plain text; the first opaque one.
 * Its `data:` block holds the same values base64-encoded: each is judged decoded.
 */
function stringDataAt(text: string, pos: number, base64 = false): MatchResult | null {
  const lineStart = text.lastIndexOf("\n", pos) + 1;
  if (/\S/.test(text.slice(lineStart, pos))) return null;
  const indent = pos - lineStart;
  let i = text.indexOf("\n", pos);
  for (let n = 0; i >= 0 && n < 20 && i < pos + 2000; n++) {
    const eol = text.indexOf("\n", i + 1);
    const line = text.slice(i + 1, eol < 0 ? text.length : eol);
    const m = /^([ \t]+)([\w.-]{1,64}):[ \t]+/.exec(line);
    if (!m || m[1]!.length <= indent) return null;
    // A key naming a digest (`CONTENT_MD5`, `bundle.sha256`, `CHECKSUM`) holds a hash of something, not a secret; one naming an id, an id.
    if (DIGEST_KEY.test(m[2]!) || REFERENCE_NAME_END.test(m[2]!) || (ID_KEY.test(m[2]!) && !/secret[_.-]?id$/i.test(m[2]!))) {
      i = eol;
      continue;
    }
    const at = i + 1 + m[0].length;
    const l = literalAt(text, at, 400);
    let lit: Literal;
    if (l) lit = l.lit;
    else {
      const bare = /^[^\s#"']{1,400}(?=[ \t]*(?:#|$))/.exec(line.slice(m[0].length));
      if (!bare) {
        i = eol;
        continue;
      }
      lit = { value: bare[0], start: at };
    }
    const value = base64 ? decodedData(lit.value) : lit.value;
    if (value !== null && opaqueLiteral(value) && storedSecret(value)) return result(pos, lit.start + lit.value.length, lit);
    i = eol;
  }
  return null;
}

/** A `data:` entry's text: its base64 decoded, when that is printable text. */
function decodedData(v: string): string | null {
  if (v.length < 12 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return null;
  return bytesToText(Buffer.from(v, "base64"));
}

/** `kind: Secret`: the same YAML document's `data:` block at the kind's indent, read as stringData is, its values decoded. */
function secretDataAt(text: string, pos: number): MatchResult | null {
  const lineStart = text.lastIndexOf("\n", pos) + 1;
  if (/\S/.test(text.slice(lineStart, pos))) return null;
  const docStart = Math.max(text.lastIndexOf("\n---", pos) + 1, pos - 2000, 0);
  const nextDoc = text.indexOf("\n---", pos);
  const docEnd = Math.min(nextDoc < 0 ? text.length : nextDoc, pos + 2000);
  const at = text.slice(docStart, docEnd).search(new RegExp(`(?:^|\\n)${text.slice(lineStart, pos)}data:[ \\t]*\\r?\\n`));
  if (at < 0) return null;
  const data = text.indexOf("data:", docStart + at);
  return stringDataAt(text, data, true);
}

export const SECRET_RESOURCE_RULES: Rule[] = [
  { ...rule("secret-resource-value", "Literal stored in a resource typed as a secret (Key Vault secret, SSM SecureString or secret-named parameter, Vault secret, Kubernetes stringData or data)", KEYWORDS,
    scanMatcher(KEYWORDS, (t, p, kw) => (kw === STRING_DATA ? stringDataAt(t, p) : kw === SECRET_KIND ? secretDataAt(t, p) : typedAt(t, p, kw)))), before: 48, after: 2400 },
];
