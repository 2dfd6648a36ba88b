// Bitnami SealedSecrets ciphertext (kubeseal's output): "Ag" (the format's version byte in base64)
// and hundreds of base64 characters, an RSA-wrapped session key and the AES-GCM body. It sits
// under the secret's own name (`encryptedData: STRIPE_SECRET_KEY: Ag…`, `sealedApiKey = "Ag…"`)
// and is safe to commit: only the cluster's controller decrypts it.

/** The value at the match's end: "Ag" and 254+ base64 characters, maybe quoted. */
const SEALED_VALUE = /(?<![A-Za-z0-9+/])Ag[A-Za-z0-9+/]{254,}={0,2}["'`]?$/;
/** Ciphertext's shape without the SealedSecrets mark: 64+ base64 characters (48+ bytes), padded or with `+`/`/`. */
const CIPHER_VALUE = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{64,}={0,2}["'`]?$/;
/**
 * A slot whose own name says the value is already encrypted (`ENCRYPTED_API_KEY`, `sealedToken`,
 * `kms_wrapped_key`, `CIPHERTEXT_SECRET`, `enc_password`). Not "encryption"/"encrypt": an
 * ENCRYPTION_KEY holds the key itself.
 */
const ENCRYPTED_NAME = /encrypted|sealed|cipher[-_]?text|wrapped|kms|(?:^|[-_.])enc(?:[-_.]|$)/i;
/** How far back the manifest's marks are looked for. */
const REACH = 4000;

/** True when text[start, end) ends in a sealed value, in a SealedSecret manifest or under a "sealed" name. */
export function sealedCiphertext(text: string, start: number, end: number): boolean {
  if (end - start >= 64 && (encryptedSlot(text, start, end) || sealedManifestValue(text, start, end))) return true;
  if (end - start < 256 || text.indexOf("Ag", Math.max(start, end - 1200)) < 0 || !SEALED_VALUE.test(text.slice(start, end))) return false;
  return /sealed|encryptedData/i.test(text.slice(Math.max(0, start - REACH), end));
}

/**
 * A value under `encryptedData:` of a `kind: SealedSecret` manifest (YAML or JSON), ciphertext-shaped:
 * kubeseal's output whatever its first bytes (the `Ag` mark is lost when a value is re-encoded or cut).
 * Not a value under the manifest's `template:` (`data:`, `stringData:`), which is plain.
 */
export function sealedManifestValue(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - REACH), start);
  const at = head.lastIndexOf("encryptedData");
  if (at < 0 || /["']?\b(?:template|data|stringData)["']?[ \t]*:/.test(head.slice(at + 13)) || !/["']?kind["']?[ \t]*:[ \t]*["']?SealedSecret\b/.test(head)) return false;
  const value = CIPHER_VALUE.exec(text.slice(Math.max(start, end - 1200), end))?.[0];
  return value !== undefined && /[+/=]/.test(value);
}

/** True when the slot's name (the identifier the match starts in) says encrypted and the value is ciphertext-shaped. */
function encryptedSlot(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && start - i < 64 && /[\w.-]/.test(text[i - 1]!)) i--;
  const name = /^[\w.-]*/.exec(text.slice(i, Math.min(end, start + 64)))![0];
  if (!ENCRYPTED_NAME.test(name.replace(/([a-z0-9])([A-Z])/g, "$1_$2"))) return false;
  const value = CIPHER_VALUE.exec(text.slice(Math.max(start, end - 1200), end))?.[0];
  return value !== undefined && /[+/=]/.test(value);
}
