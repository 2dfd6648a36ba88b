// A Tink keyset written in cleartext JSON (round twenty-eight, held-out Y126): each key's `keyData`
// holds the key's serialized proto in base64 `value`, and `keyMaterialType` says whether that is a
// secret (SYMMETRIC, ASYMMETRIC_PRIVATE) or not (ASYMMETRIC_PUBLIC, REMOTE: a KMS key's name). An
// encrypted keyset has `encryptedKeyset` instead and no `keyData`.
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";

/** A JSON quote, escaped when the keyset is itself inside a JSON string. */
const Q = String.raw`\\{0,3}"`;
const PATTERN = new RegExp(
  String.raw`${Q}typeUrl${Q}\s{0,4}:\s{0,4}${Q}type\.googleapis\.com\/google\.crypto\.tink\.\w{1,60}${Q}\s{0,4},\s{0,40}${Q}value${Q}\s{0,4}:\s{0,4}${Q}([A-Za-z0-9+/]{16,2000}={0,2})${Q}\s{0,4},\s{0,40}${Q}keyMaterialType${Q}\s{0,4}:\s{0,4}${Q}(?:SYMMETRIC|ASYMMETRIC_PRIVATE)${Q}`,
);

export const TINK_KEYSET_RULES: Rule[] = [
  defineRule({ id: "tink-cleartext-keyset", anchored: false, description: "Secret key in a cleartext Tink keyset (keyData value of a symmetric or private key)", keywords: ["google.crypto.tink."],
    pattern: PATTERN, placeholder: "standard", entropy: 3.5, severity: "critical", tags: ["keys"], before: 40, after: 2300 }),
];
