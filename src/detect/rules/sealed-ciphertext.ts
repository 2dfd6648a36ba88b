// Bitnami SealedSecrets ciphertext (kubeseal's output): "Ag" (the format's version byte in base64)
// and hundreds of base64 characters, an RSA-wrapped session key and the AES-GCM body. It sits
// under the secret's own name (`encryptedData: STRIPE_SECRET_KEY: Ag…`, `sealedApiKey = "Ag…"`)
// and is safe to commit: only the cluster's controller decrypts it.

/** The value at the match's end: "Ag" and 254+ base64 characters, maybe quoted. */
const SEALED_VALUE = /(?<![A-Za-z0-9+/])Ag[A-Za-z0-9+/]{254,}={0,2}["'`]?$/;
/** How far back the manifest's marks are looked for. */
const REACH = 4000;

/** True when text[start, end) ends in a sealed value, in a SealedSecret manifest or under a "sealed" name. */
export function sealedCiphertext(text: string, start: number, end: number): boolean {
  if (end - start < 256 || text.indexOf("Ag", Math.max(start, end - 1200)) < 0 || !SEALED_VALUE.test(text.slice(start, end))) return false;
  return /sealed|encryptedData/i.test(text.slice(Math.max(0, start - REACH), end));
}
