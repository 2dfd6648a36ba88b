// Values that are not credential-shaped: template references, masks, filler, code expressions.
// A placeholder is never a finding, whatever rule matched it.

const TEMPLATE = /\*{3,}|\$\{|\{\{|\}\}|%\(|\$\(|<[^>]{0,40}>|^<|>$|<[A-Za-z][A-Za-z-]{2,}$|^\$[A-Za-z_]|^%[A-Za-z_]+%$|\[\[|\]\]|…|\.\.\./;
const CODE_REF = /process\.env|os\.environ|os\.getenv|getenv|\benv\[|\bENV\[|secrets\.|\bvault:|ssm:|arn:aws:secretsmanager|keyring|\bsecretKeyRef\b|valueFrom/i;
const FILLER_RUN = /([xX*#•.\-_0])\1{4,}|(.)\2{7,}/;
const FILLER_WORDS = /(?:^|[^a-z])(?:your|my|insert|replace|placeholder|changeme|change[_-]me|redacted|dummy|fake|sample|todo|fixme|xxx|here|goes|put[_-]?your|enter[_-]?your|none|null|undefined)(?:[^a-z]|$)/i;

/**
 * Secrets encrypted at rest, safe to commit by design: SOPS `ENC[AES256_GCM,data:…]`, jasypt
 * `ENC(…)`, Spring Cloud Config `{cipher}…`, Ansible Vault, Vault transit `vault:v1:…`, AWS KMS
 * ciphertext blobs (`AQICAH…`).
 */
export const ENCRYPTED_AT_REST = /^(?:ENC\[(?:AES256_GCM|PGP|KMS)[,\]]|ENC\(|\{cipher\}|\$ANSIBLE_VAULT;|vault:v\d+:|AQICAH[A-Za-z0-9+/]{40})/;

/** True for values no real credential looks like, for any rule. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (TEMPLATE.test(v) || CODE_REF.test(v) || ENCRYPTED_AT_REST.test(v)) return true;
  if (FILLER_RUN.test(v)) return true;
  if (v.length >= 6 && dominatedByOneChar(v)) return true;
  if (isSequential(v)) return true;
  return false;
}

/** Stricter test for values matched only by context (generic `password = …` rules). */
export function isGenericPlaceholder(value: string): boolean {
  const v = value.trim();
  if (isPlaceholder(v)) return true;
  if (FILLER_WORDS.test(v) || /example|secret|password|passwd|token|apikey|api_key|credential|^test|test$|^demo|foobar/i.test(v)) return true;
  if (/^(?:pass|passw|pw|pwd|passwd|pass(?:word)?\d{0,3}|my[_-]?pass(?:word)?|your[_-]?pass(?:word)?|secret\d{0,3}|s3cr3t|p@ss(?:w[o0]rd)?|p@\$\$w[o0]rd|letmein|qwerty\d*|admin\d{0,3}|guest|test\d{0,3}|user\d{0,3}|root|toor|hunter2|changeit|abc123|12345\d*)$/i.test(v)) return true;
  if (/^(?:true|false|null|nil|none|undefined|required|optional|string|str|int|bytes|secretstr|text|number|object|boolean|bool|any|hidden|masked|empty|default|prompt)$/i.test(v)) return true;
  if (/^[a-z][a-z_.-]*$/.test(v)) return true; // identifiers, words
  if (/^[A-Z][A-Z0-9_]*_[A-Z0-9_]*$/.test(v)) return true; // ENV_VAR_NAMES
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(v)) return true; // camelCase identifiers
  if (/^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)+\(?$/.test(v)) return true; // member access a.b.c (digits make it a value)
  if (/\S\s+\S+\s+\S/.test(v)) return true; // a sentence, not a credential
  if (/^[A-Za-z]+(?: [A-Za-z]+)+$/.test(v) && (v === v.toUpperCase() || v === v.toLowerCase())) return true; // "PRIVATE KEY", "public key"
  if (/^[\d.,:_ -]+$/.test(v)) return true; // numbers, versions, times
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(v) || /^[a-z]+:\/\/[^@]*$/i.test(v)) return true; // paths, URLs without credentials
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(v) && /\.(?:com|org|net|io|dev|local|internal|json|yaml|yml|txt|pem|key|env|ts|js|py)$/i.test(v)) return true; // hostnames, file names
  return false;
}

/** True when one character makes up half the value or more (majority vote: no counting table). */
function dominatedByOneChar(v: string): boolean {
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
  return n * 2 >= v.length;
}

/** 0123456789, abcdefgh…: mostly each char one more than the previous. */
function isSequential(v: string): boolean {
  if (v.length < 8) return false;
  let steps = 0;
  for (let i = 1; i < v.length; i++) if (v.charCodeAt(i) - v.charCodeAt(i - 1) === 1) steps++;
  return steps / (v.length - 1) >= 0.6;
}
