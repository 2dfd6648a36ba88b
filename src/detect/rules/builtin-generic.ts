// Key material, credentials in URLs, generic assignments, personal data and crypto wallets.
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { LONG_RUN } from "../runs.ts";
import {
  bech32Valid, btcBase58AddressValid, cardIssuer, extendedPrivateKeyValid, ibanValid, luhn, ssnValid, wifValid,
} from "../validators.ts";

const digitsOnly = (s: string) => s.replace(/[^0-9]/g, "");

/** Key names that hold something other than the secret itself (a policy, a length, a path…). */
const NON_VALUE_KEY = /(?:policy|policies|manager|service|field|input|label|length|len|type|name|id|hash|hashed|digest|url|uri|path|file|dir|prompt|hint|regex|pattern|rules?|min|max|required|strength|reset|expiry|expires?|expiration|changed|confirm|confirmation|validator|validation|provider|store|helper|env|var|header|param|column|prefix|suffix|format|mode|enabled|count|size|version|ref|source|location|arn|handler|callback|endpoint)["']?$/i;

/** A generic `name = value` match is a secret only when the name is the secret's, not metadata about it. */
function assignmentValid(secret: string, match: string): boolean {
  const key = /^[^:=]*?(?=["']?\s{0,4}(?::=|=>|->|[:=]|\s(?:is|was)\s))/i.exec(match)?.[0] ?? match;
  if (NON_VALUE_KEY.test(key.trim())) return false;
  if (/^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/.test(secret)) return false; // type names: Options, SecretStr
  return true;
}

/** Key names that mean "this value is a credential". */
const SECRET_NAMES = "(?:password|passwd|passphrase|pwd|secret|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?token|access[_.-]?token|refresh[_.-]?token|client[_.-]?secret|private[_.-]?key|credentials?|api[_.-]?token|secret[_.-]?key|db[_.-]?pass)";
/** A quoted or bare value after an assignment; the secret is whichever group matched. */
const VALUE = `(?:"([^"\\\\\\r\\n]{6,200})"|'([^'\\\\\\r\\n]{6,200})'|\`([^\`\\\\\\r\\n]{6,200})\`|([^\\s"'\`,;()\\[\\]{}<>]{6,200}))`;

export const GENERIC_RULES: Rule[] = [
  r({ id: "private-key", description: "Private key (PEM)", keywords: ["private key-----"],
    pattern: /-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED |OPENSSH |SSH2 ENCRYPTED |)PRIVATE KEY)-----((?:[A-Za-z0-9+/=:,]|-(?!-)|\s|\\[nr]){64,})/,
    secretGroup: 2, entropy: 3.0, severity: "critical", tags: ["keys"], before: 48, after: 12000 }),
  r({ id: "pgp-private-key", description: "PGP private key block", keywords: ["pgp private key block"],
    pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----((?:[A-Za-z0-9+/=:. ]|-(?!-)|\s|\\[nr]){64,})/, entropy: 3.0, severity: "critical", tags: ["keys"], before: 48, after: 16000 }),
  r({ id: "putty-private-key", anchored: true, description: "PuTTY private key", keywords: ["putty-user-key-file-"],
    pattern: /PuTTY-User-Key-File-\d: [a-z0-9-]{3,30}(?:\r?\n|\\[nr])[\s\S]{0,400}?Private-Lines: \d{1,3}(?:\r?\n|\\[nr])([A-Za-z0-9+/=\r\n\\]{40,})/, entropy: 3.0, severity: "critical", tags: ["keys"], before: 48, after: 8000 }),
  r({ id: "url-credentials", description: "Credentials in a URL (scheme://user:password@host)", keywords: ["://"],
    pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/?#"'<>]{1,100}:([^\s@/?#"'<>]{3,200})@[A-Za-z0-9.[\]-]{1,253}/, entropy: 1.5, placeholder: "strict", tags: ["url"], before: 30, after: 600 }),
  r({ id: "generic-secret-assignment", anchored: true, description: "Password or secret assigned in code or config", keywords: ["password", "passwd", "passphrase", "pwd", "secret", "api_key", "api-key", "apikey", "api.key", "access_key", "access-key", "accesskey", "auth_token", "authtoken", "auth-token", "access_token", "accesstoken", "access-token", "refresh_token", "refreshtoken", "private_key", "privatekey", "credential", "api_token", "apitoken", "db_pass"],
    pattern: new RegExp(`${SECRET_NAMES}[\\w.-]{0,24}?["']?\\s{0,4}(?::=|=>|->|[:=]|\\s(?:is|was)\\s)\\s{0,4}${VALUE}`, "i"), secretGroup: -1, placeholder: "strict", validate: assignmentValid,
    entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 300 }),
  r({ id: "generic-high-entropy", anchored: true, description: "High-entropy value assigned to a key-like name", detector: "entropy",
    keywords: ["token", "key", "secret", "auth", "session", "signature", "cookie", "bearer"],
    pattern: new RegExp(`(?:token|key|secret|auth|session|signature|cookie|bearer)[\\w.-]{0,24}?["']?\\s{0,4}(?::=|=>|[:=]|\\s)\\s{0,4}["'\`]?([A-Za-z0-9+/_=.~-]{24,400})(?![A-Za-z0-9+/_=.~-])`, "i"),
    entropy: 4.2, placeholder: "strict", validate: assignmentValid, severity: "medium", confidence: "low", tags: ["generic"], before: 8, after: 460 }),

  // ---- Personal and financial data (no literal anchor: whole-text, digit-run patterns)
  r({ id: "credit-card", description: "Payment card number (Luhn-valid, known issuer)", keywords: [], trigger: /\d{4}[ -]?\d{4}/g, before: 12, after: 32,
    pattern: /(?<![0-9.,-])((?:\d[ -]?){11,18}\d)(?![0-9])/, validate: (s) => {
      const d = digitsOnly(s);
      if (/[ -]/.test(s) && !/^\d{4}([ -])\d{4,6}\1\d{4,5}(?:\1\d{1,4})?$/.test(s)) return false;
      return d.length >= 12 && d.length <= 19 && luhn(d) && cardIssuer(d) !== null && !/^(\d)\1+$/.test(d);
    }, placeholder: "off", severity: "high", tags: ["pii", "pci"],
    examples: ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4000056655665556", "5105105105105100", "6011111111111117", "371449635398431", "4012888888881881", "4111 1111 1111 1111", "4242 4242 4242 4242"] }),
  r({ id: "iban", description: "International bank account number (mod-97 valid)", keywords: [], trigger: /[A-Z]{2}\d{2} ?[A-Z0-9]{4}/g, before: 4, after: 40,
    pattern: /(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)(?![A-Za-z0-9])/, validate: ibanValid,
    placeholder: "off", severity: "medium", tags: ["pii", "banking"],
    examples: ["GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "NL91ABNA0417164300"] }),
  r({ id: "us-ssn", description: "US Social Security number", keywords: [], trigger: /\d{3}-\d{2}-\d{4}/g, before: 4, after: 4,
    pattern: /(?<![0-9-])(\d{3}-\d{2}-\d{4})(?![0-9-])/, validate: ssnValid, placeholder: "off", severity: "high", confidence: "medium", tags: ["pii"],
    examples: ["078-05-1120", "219-09-9999"] }),

  // ---- Crypto keys (secrets)
  r({ id: "bitcoin-wif-private-key", description: "Bitcoin private key (WIF, base58check valid)", keywords: [], trigger: LONG_RUN, before: 1, after: 1,
    pattern: /(?<![A-Za-z0-9])([5KLc9][1-9A-HJ-NP-Za-km-z]{50,51})(?![A-Za-z0-9])/, validate: wifValid, placeholder: "off",
    severity: "critical", tags: ["crypto"], examples: ["5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617"] }),
  r({ id: "extended-private-key", anchored: true, description: "BIP-32 extended private key", keywords: ["xprv", "yprv", "zprv", "tprv", "uprv", "vprv"],
    pattern: /(?<![A-Za-z0-9])([xyztuv]prv[1-9A-HJ-NP-Za-km-z]{100,112})(?![A-Za-z0-9])/, validate: extendedPrivateKeyValid, severity: "critical", tags: ["crypto"],
    examples: ["xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"] }),
  r({ id: "ethereum-private-key", anchored: true, description: "Ethereum private key (in context)", keywords: ["private", "priv", "secret", "wallet", "eth", "signer", "deployer"],
    pattern: /(?:private|priv|secret|wallet|eth|signer|deployer)[\w.-]{0,30}?["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'`]?((?:0x)?[a-fA-F0-9]{64})(?![A-Za-z0-9])/i,
    entropy: 3.0, severity: "critical", tags: ["crypto"],
    examples: ["0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"] }),

  // ---- Wallet addresses: a separate detector (public values, switched off per config or route)
  r({ id: "bitcoin-address", description: "Bitcoin address (base58check)", detector: "wallets", keywords: [], trigger: LONG_RUN, before: 1, after: 1,
    pattern: /(?<![A-Za-z0-9])([13][1-9A-HJ-NP-Za-km-z]{25,34})(?![A-Za-z0-9])/, validate: btcBase58AddressValid, placeholder: "off",
    severity: "low", confidence: "high", tags: ["crypto", "wallet"] }),
  r({ id: "bitcoin-bech32-address", anchored: true, description: "Bitcoin address (bech32/bech32m)", detector: "wallets", keywords: ["bc1", "tb1"],
    pattern: /(?<![A-Za-z0-9])((?:bc1|tb1)[ac-hj-np-z02-9]{8,87})(?![A-Za-z0-9])/, validate: bech32Valid, placeholder: "off",
    severity: "low", tags: ["crypto", "wallet"] }),
  r({ id: "ethereum-address", anchored: true, description: "Ethereum address", detector: "wallets", keywords: ["0x"],
    pattern: /(?<![A-Za-z0-9])(0x[a-fA-F0-9]{40})(?![A-Za-z0-9])/, entropy: 3.0, severity: "low", confidence: "medium", tags: ["crypto", "wallet"] }),
];
