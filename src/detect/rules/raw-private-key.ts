// A private key pasted as bare base64 of its DER, without `-----BEGIN … PRIVATE KEY-----` (Alipay's
// and WeChat Pay's SDKs take the merchant key so, `merchant-private-key: MIIEvQIBAD…`; a JWT signing
// key in an env var): found by the fixed bytes every such key starts with, judged by its structure (der-key.ts).
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { privateKeyDer } from "../der-key.ts";

/**
 * The base64 of the fixed bytes after the outer length (lower case, as the prefilter reads): PKCS#8 RSA,
 * PKCS#1 RSA (2048-4096 bits, 1024), PKCS#8 EC (P-256, P-384/521), SEC1 EC P-256, PKCS#8 Ed25519, a PKCS#12 keystore
 * of 256 bytes to 64 KiB (`…AzCC`: version 3 and its authSafe's SEQUENCE).
 */
const HEADS = ["ibadanbgkqhkig9w0baqefaa", "ibaakca", "ibaakbgq", "ageambmgbyqgsm49", "ageambagbyqgsm49", "mhccaqeei", "mc4caqawbqydk2vw", "azcc"];

export const RAW_PRIVATE_KEY_RULES: Rule[] = [
  r({ id: "raw-private-key-der", description: "Private key as bare base64 DER (PKCS#8, PKCS#1 or SEC1, no PEM header) or a base64 PKCS#12 keystore", keywords: HEADS,
    pattern: /(?<![A-Za-z0-9+/])(M[A-Za-z0-9+/]{63,7000}={0,2})(?![A-Za-z0-9+/=])/,
    // A PEM body's first line is the armoured key's, for the PEM rules.
    validate: (s, _m, before) => !/-----[ \t]*(?:\r?\n|\\[rn])*$/.test(before) && privateKeyDer(s), entropy: 4.0, placeholder: "off", severity: "critical", tags: ["keys"], before: 16, after: 7000 }),
];
