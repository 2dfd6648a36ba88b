// Key material passed by position to a well-known API whose parameter at that position is the
// secret: web-push's setVapidDetails(subject, publicKey, privateKey), an HMAC's key
// (createHmac(alg, key), hash_hmac(algo, data, key), hmac.New(sha256.New, []byte(key)),
// OpenSSL::HMAC.hexdigest(digest, key, data), Algorithm.HMAC256(key)), a JWT library's signing key
// (SignedString([]byte(key)), Keys.hmacShaKeyFor(key.getBytes())), a push service's private key.
// The call names the slot, so a literal drawn at random there is the secret.
import type { MatchResult } from "./types.ts";
import { isWordCode, jwtSecretDraw, opaqueLiteral, readArgs, result, rule, scanMatcher } from "./call-arguments.ts";

/** Call (lower case, up to its bracket) → the argument positions that hold the secret. */
const SECRET_POSITIONS: Record<string, readonly number[]> = {
  "setvapiddetails(": [2], // web-push (Node), WebPush (C#): (subject, publicKey, privateKey)
  "pushservice(": [1], // webpush-java: new PushService(publicKey, privateKey, subject)
  "createhmac(": [1], // Node crypto: (algorithm, key)
  "hash_hmac(": [2], // PHP: (algo, data, key)
  "hash_hmac_file(": [2],
  "hmac.new(": [0, 1], // Python hmac.new(key, msg, digestmod); Go hmac.New(hash, key)
  "hmac.digest(": [0, 1], // Python hmac.digest(key, msg, digest); Ruby OpenSSL::HMAC.digest(digest, key, data)
  "hmac.hexdigest(": [1], // Ruby OpenSSL::HMAC.hexdigest(digest, key, data)
  "hmac.base64digest(": [1],
  "hmac256(": [0], // java-jwt Algorithm.HMAC256(secret)
  "hmac384(": [0],
  "hmac512(": [0],
  "hmacshakeyfor(": [0], // jjwt Keys.hmacShaKeyFor(bytes)
  "signedstring(": [0], // golang-jwt token.SignedString([]byte(key))
  "signwith(": [1], // jjwt signWith(SignatureAlgorithm.HS256, key)
  "secretkeyspec(": [0], // Java/Kotlin javax.crypto: new SecretKeySpec(key.getBytes(), "HmacSHA256")
};
const KEYWORDS = Object.keys(SECRET_POSITIONS);

function positionalSecretAt(text: string, pos: number, kw: string): MatchResult | null {
  // The call's own name, not the end of a longer one (`myhash_hmac(` is someone's helper).
  if (pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return null;
  const args = readArgs(text, pos + kw.length - 1);
  for (const k of SECRET_POSITIONS[kw]!) {
    const lit = args[k]?.literal;
    if (lit && !args[k]!.idName && (opaqueLiteral(lit.value) || jwtSecretDraw(lit.value))) return result(pos, lit.start + lit.value.length + 1, lit);
  }
  return null;
}

export const POSITIONAL_SECRET_CALL_RULE = rule(
  "positional-secret-argument",
  "Key material passed by position to an API whose parameter there is a secret (setVapidDetails, createHmac, hash_hmac, HMAC256 …)",
  KEYWORDS,
  scanMatcher(KEYWORDS, positionalSecretAt),
);
