// Values whose own form says what they are, whatever slot holds them: a digest tagged with its
// algorithm, a semantic version, a cache key of words and a hash. A credential is a random draw
// or a provider's prefix, never one of these.

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

/** Whether the value's form names it a digest, a version or a cache key (first-character tests keep ordinary values cheap). */
export function selfNamedValue(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c >= 48 && c <= 57) return SEMVER.test(v);
  if (c === 118) return SEMVER.test(v) || CACHE_KEY.test(v);
  return v.length >= 35 && (DIGEST_TAGGED.test(v) || CACHE_KEY.test(v) || sigV4Scope(v));
}

/**
 * A SigV4 credential scope (`Credential=<key id>/<date>/<region>/<service>/aws4_request`, percent-encoded in a
 * presigned URL): it names the key id and the day the request was signed with, it is no secret.
 */
export const sigV4Scope = (v: string) => v.endsWith("aws4_request") && SIGV4_SCOPE.test(v);
const SIGV4_SCOPE = /^[A-Z0-9]{4,128}(?:\/|%2F)\d{8}(?:\/|%2F)[a-z0-9-]{2,30}(?:\/|%2F)[a-z0-9-]{2,30}(?:\/|%2F)aws4_request$/i;
