// Values whose own form says what they are, whatever slot holds them: a digest tagged with its
// algorithm, a semantic version, a cache key of words and a hash, a trace id. A credential is a random draw
// or a provider's prefix, never one of these.
import { letterRuns } from "./drawn-segment.ts";

/** A Subresource Integrity (or npm integrity) digest: `sha256-`, `sha384-` or `sha512-` and base64. */
export const SRI_DIGEST = "sha(?:256|384|512)-[A-Za-z0-9+/]{43,86}={0,2}";

/**
 * A value tagged with its digest algorithm (`sha256=…`, `sha1=…`, `md5:…`, `sha256:<hex>` an OCI
 * digest, `sha384-<base64>` a Subresource Integrity hash): a digest (a webhook signature, a checksum), not a secret.
 */
export const DIGEST_TAGGED = new RegExp(`^(?:(?:sha(?:1|224|256|384|512)|sha3-(?:256|384|512)|md5|blake2[bs]?(?:-?\\d{3})?)[=:](?:[0-9a-f]{32,128}|[A-Za-z0-9+/]{22,88}={0,2})|${SRI_DIGEST})$`, "i");

/** A semantic version, with a pre-release and build (`4.12.18+8a63162`, `v2.0.0-rc.1`): short dot-separated identifiers after three numbers. */
const SEMVER = /^v?\d{1,4}\.\d{1,4}\.\d{1,6}(?:-[0-9A-Za-z-]{1,20}(?:\.[0-9A-Za-z-]{1,20}){0,4})?(?:\+[0-9A-Za-z-]{1,40}(?:\.[0-9A-Za-z-]{1,40}){0,4})?$/;

/**
 * A cache key: two or more words then a hash of the inputs (`node-modules-linux-<sha256>`,
 * `Linux-pip-<sha1>`). Words that name a credential (`live-key-<hex>`) make it no cache key.
 */
const CACHE_KEY = /^(?![^]*(?:^|-)(?:key|secret|token|api|auth|pass|passwd|password|pwd|pw|live|prod|sk|pk|pat|bearer|session)-)[A-Za-z][a-z0-9]{1,19}(?:-[A-Za-z][a-z0-9]{1,19}){1,5}-(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * An AWS X-Ray trace id (`1-<epoch hex>-<24 hex>`), bare or as the trace header
 * (`Root=1-…;Parent=<16 hex>;Sampled=1`): a request's id, not a secret.
 */
const XRAY_TRACE = /^(?:Root=)?1-[0-9a-f]{8}-[0-9a-f]{24}(?:;(?:Parent|Sampled|Self|Lineage)=[\w:.-]{1,40}){0,4}$/i;
export const xrayTraceId = (v: string) => ((v.charCodeAt(0) === 49 && v.charCodeAt(1) === 45) || (v.charCodeAt(4) === 61 && (v.charCodeAt(0) | 32) === 114)) && XRAY_TRACE.test(v);

/** Whether the value's form names it a digest, a version, a cache key or a trace id (first-character tests keep ordinary values cheap). */
export function selfNamedValue(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c === 49 && v.charCodeAt(1) === 45) return xrayTraceId(v);
  if (c >= 48 && c <= 57) return SEMVER.test(v);
  if (c === 118) return SEMVER.test(v) || CACHE_KEY.test(v);
  return v.length >= 35 && (DIGEST_TAGGED.test(v) || CACHE_KEY.test(v) || sigV4Scope(v) || xrayTraceId(v));
}

/**
 * A SigV4 credential scope (`Credential=<key id>/<date>/<region>/<service>/aws4_request`, percent-encoded in a
 * presigned URL): it names the key id and the day the request was signed with, it is no secret.
 */
export const sigV4Scope = (v: string) => v.endsWith("aws4_request") && SIGV4_SCOPE.test(v);
const SIGV4_SCOPE = /^[A-Z0-9]{4,128}(?:\/|%2F)\d{8}(?:\/|%2F)[a-z0-9-]{2,30}(?:\/|%2F)[a-z0-9-]{2,30}(?:\/|%2F)aws4_request$/i;

/**
 * A digest named by its algorithm: an SSH key's fingerprint as ssh-keygen prints it (`SHA256:<base64>`,
 * `MD5:<hex pairs>`), an image or file digest (`sha256:<hex>`). It names a key or content; no service takes it as a credential.
 */
export const labelledDigest = (v: string) => (v.charCodeAt(3) === 58 || v.charCodeAt(4) === 58 || v.charCodeAt(6) === 58) && /^(?:SHA(?:256|384|512|1)|MD5):/i.test(v);

/**
 * A public key written with its kind as a prefix, as Tailscale prints and stores them (`nodekey:<hex>`,
 * `mkey:`, `discokey:`, `nlpub:`); its private kinds (`privkey:`, `nlpriv:`) are not.
 */
export const typedPublicKey = (v: string) => /^(?:nodekey|mkey|machinekey|discokey|nlpub):[0-9a-f]{64}$/.test(v);

/** A certificate's or public key's DER in base64 (`MIIDdzCCA…`, `MIIBIjANBgkq…`): public; a PKCS#8 private key's (`MIIEvQIBAD…`) is not this. */
/**
 * An uncompressed elliptic-curve point (0x04, X, Y: 65 bytes for P-256), a public key by its form: a web push
 * VAPID key (`applicationServerKey: "B…"`) in base64url or base64, or the same point in hex.
 */
export const publicEcPoint = (v: string) =>
  (v.length >= 87 && v.length <= 88 && /^B[A-P][A-Za-z0-9+/_-]{85}=?$/.test(v)) || (v.length >= 130 && v.length <= 132 && /^(?:0x)?04[0-9a-fA-F]{128}$/.test(v));

export const publicDer = (v: string) => v.length >= 120 && v.charCodeAt(0) === 77 && /^MII[A-Za-z0-9+/]{3}(?:CC|ANBgkq)/.test(v);

/**
 * A secret manager's path to a secret (`prod/payments/stripe`, `secret/data/ci/github`,
 * `projects/acme/secrets/db-pass/versions/latest`): lower-case words between slashes name where the secret is kept,
 * not the secret. Slot names that say password are the caller's to exclude (a human password may be words and slashes).
 */
const SECRET_PATH = /^[a-z][a-z0-9]{0,30}(?:[_-][a-z0-9]{1,30}){0,4}(?:\/[a-z0-9]{1,30}(?:[_.-][a-z0-9]{1,30}){0,4}){1,10}$/;
export const secretPathReference = (v: string) => v.indexOf("/") > 0 && SECRET_PATH.test(v);

/**
 * A reference to a secret in a store, as secrets plugins, External Secrets, Doppler, Berglas and sops take it, whatever
 * the slot's name (`DOCKER_PASSWORD: ci/dockerhub` under Buildkite's aws-sm plugin): a path whose every part reads as a
 * word under an environment's or team's namespace (`prod/db/password`), a Secrets Manager or SSM ARN, a Secret Manager resource name, or a store's URI (`op://`,
 * `vault:secret/…#field`, `sm://`, `berglas://`, `ref+awssecrets://`). A drawn password with a slash (`Xk7/pQ2…`) is none.
 */
const STORE_URI = /^(?:arn:aws[\w-]*:(?:secretsmanager|ssm):[a-z0-9-]*:\d{12}:(?:secret:|parameter\/)[\w/+=.@-]{1,512}|projects\/[\w-]{1,64}\/secrets\/[\w-]{1,256}(?:\/versions\/(?:\d{1,10}|latest))?|(?:op|sm|gsm|berglas|awssm|azkv|akv|doppler|vault):\/\/[\w./#:@+=-]{1,256}|vault:[\w-]{1,64}\/[\w./-]{1,256}(?:#[\w.-]{1,64})?|ref\+[a-z0-9]{2,20}:\/\/[\w./#:@+=?&-]{1,256})$/i;
/** A store path's first part names an environment or a team's namespace (`ci/…`, `prod/…`); a password of words and slashes (`river/stone7/…`) does not. */
const STORE_NAMESPACE = /^(?:ci|cd|prod|production|stage|staging|dev|development|test|qa|uat|shared|common|global|secrets?|kv|infra|platform|ops|apps?|build|deploy|release)\//;
export const secretStoreReference = (v: string) => STORE_URI.test(v) || (STORE_NAMESPACE.test(v) && secretPathReference(v) && wordLabel(v));

/** Letters that read as a word: a vowel in every five, no five consonants in a row. */
const readsAsWord = (w: string) => (w.match(/[aeiouy]/g) ?? []).length * 5 >= w.length && !/[^aeiouy]{5}/.test(w);

/**
 * A label of lower-case words (`agent:acme:rotate-monthly`, `role:deploy:ci`, `kms:alias/payments-prod`,
 * `billing.rotate.quarterly`): a scope, role, policy or key alias names a setting, it is not a draw.
 * Namespaced by `:`, `/` or `#`, or three words and more; every longer word reads as one (a vowel in
 * every five letters, no five consonants in a row), a short one may be an abbreviation (`ci`, `kv`, `kms`). Slot names that
 * say password are the caller's to exclude (a person's password may be words).
 */
const WORD_LABEL = /^[a-z][a-z0-9]{0,19}(?:[:/#._-][a-z][a-z0-9]{0,19}){1,7}$/;
export function wordLabel(v: string): boolean {
  if (v.length > 80 || !WORD_LABEL.test(v)) return false;
  const words = v.split(/[:/#._-]/);
  if (words.length < 3 && !/[:/#]/.test(v)) return false;
  return words.every((w) => /^[a-z]+\d{0,2}$/.test(w) && (w.length <= 4 || readsAsWord(w.replace(/\d/g, ""))));
}

/**
 * A list of words or identifiers (`new_checkout,dark_mode,beta_search`, `read:user repo`, `btn btn-primary mt-3`,
 * `id|name|created_at`): feature flags, scopes, column names, CSS classes. Two items or more, separated by `,` `;`
 * `|` or blanks; each item an identifier (snake, kebab, camel case, namespaced by `:` `.` `/`) with few digits;
 * a third of the items or more hold a word, and three letters in four of the longer runs (4+; shorter ones may be
 * abbreviations: `id`, `btn`, `mt`) lie in words that read as words (a vowel in every five letters, no five
 * consonants in a row). A drawn string with separators in it (`Xk7;pQ2|zR9w`, `kQzXwPtR,mNbVcXzL`) leaves its
 * letters in short runs or runs no word is. Three short items or more (5 at most) of one shape (`fr_FR;de_DE;es_ES`, `USD,EUR,GBP`) are
 * codes, whatever their letters: a draw's pieces do not repeat a shape. Slot names
 * that say password are the caller's to exclude (a person's password may be words).
 */
const LIST_ITEM = /^[A-Za-z][A-Za-z0-9]{0,30}(?:[_.:/-][A-Za-z0-9]{1,30}){0,6}$/;
export function wordList(v: string): boolean {
  if (v.length > 400 || !/[,;| \t]/.test(v)) return false;
  const items = v.split(/[ \t]*[,;|][ \t]*|[ \t]+/).filter((x) => x !== "");
  if (items.length < 2 || !items.every((x) => LIST_ITEM.test(x) && (x.match(/\d/g) ?? []).length <= 2)) return false;
  if (items.length >= 3 && items[0]!.length <= 5 && new Set(items.map(shapeOf)).size === 1) return true;
  let letters = 0;
  let inWords = 0;
  let worded = 0;
  for (const x of items) {
    let word = false;
    for (const w of letterRuns(x)) {
      if (w.length <= 3) continue;
      letters += w.length;
      if (readsAsWord(w.toLowerCase())) {
        inWords += w.length;
        word = true;
      }
    }
    if (word) worded++;
  }
  return worded > 0 && worded * 3 >= items.length && inWords * 4 >= letters * 3;
}
/** Each character's class: `fr_FR` → `aa_AA`. */
const shapeOf = (x: string) => x.replace(/[a-z]/g, "a").replace(/[A-Z]/g, "A").replace(/\d/g, "9");

/**
 * Keys published by design (a browser or app holds them): Mapbox "pk.", Stripe "pk_", PostHog
 * "phc_", Langfuse "pk-lf-", Midtrans "Mid-client-", RevenueCat's per-store SDK keys ("appl_",
 * "goog_", "amzn_", "strp_", "rcb_"; its secret keys are "sk_"), Branch's "key_live_" / "key_test_"
 * (its secret is "secret_live_"). The SDK shapes are whole: their prefixes are common words.
 * Payment pages' client-side keys, which can only tokenize a card: Braintree's tokenization key
 * (`production_<8>_<16>`, the Drop-in's `authorization`), Adyen's client key (`live_` + 32 upper case
 * and digits; Mollie's secret `live_` keys are 30 of mixed case), Checkout.com's sandbox public key,
 * Square's application id.
 */
export const PUBLISHABLE_VALUE = /^(?:pk\.eyJ|pk_(?:live|test|sbox)_|phc_|pk-lf-|(?:SB-)?Mid-client-|(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{24,32}(?![\w-])|key_(?:live|test)_[A-Za-z0-9]{32}(?![\w-])|(?:sandbox|production|development)_[a-z0-9]{8}_[a-z0-9]{16}(?![\w-])|(?:test|live)_[A-Z0-9]{32}(?![\w-])|(?:sandbox-)?sq0id[pb]-[\w-]{22}(?![\w-]))/;
