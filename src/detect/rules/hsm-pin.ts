// The PIN that logs in to an HSM or a smart card's PKCS#11 token: a PKCS#11 URI's `pin-value=`
// (RFC 7512: `pkcs11:token=…;object=…;pin-value=…`), a setting or variable named for the token's
// PIN (`PKCS11_PIN`, `HSM_PIN`, `user_pin`, `SO_PIN`, `SOFTHSM2_USER_PIN`), and the `--pin` /
// `--so-pin` flags of the PKCS#11 tools. "PIN" is no secret's word to the generic rules; a
// PIN is set like a password, and in these slots a number is the secret too: PKCS#11 and PIV PINs are
// 4 to 16 digits, and a chosen one repeats digits (`819155`): three distinct digits or more, fewer is a filler (`0000`, `1212`). `pin-source=` names a file that holds it.
import { defineRule } from "./define.ts";
import { writtenPassword } from "./secret-name.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { shannonEntropy } from "../entropy.ts";
import type { Rule } from "./types.ts";

const VALUE = String.raw`(?:\\?["'])?([^\s"'\x60;&|<>\\,(){}\[\]$]{4,64})`;
const PATTERN = new RegExp(
  String.raw`(?:pin-value=` +
    String.raw`|(?:pkcs#?11|hsm|user|so|token|card|smartcard|piv|slot)[_.-]?pin(?![A-Za-z0-9])["']?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}` +
    String.raw`|(?<=(?:pkcs11-tool|softhsm2?-util|p11tool|ykman|yubico-piv-tool|pkcs15-init|pkcs15-tool)[^\n;&|]{0,200}[ \t])--(?:so-|new-)?pin[ \t=]+)${VALUE}`,
  "i",
);

/** A token's PIN: digits (the placeholder tests read a number as none), or a password as written. */
const pinValue = (v: string) =>
  /^\d+$/.test(v) ? v.length <= 16 && new Set(v).size >= 3 : writtenPassword(v) && !isGenericPlaceholder(v) && shannonEntropy(v) >= 2.0;

export const HSM_PIN_RULES: Rule[] = [
  defineRule({ id: "hsm-pin", anchored: true, description: "PIN of an HSM or smart-card PKCS#11 token (pkcs11 URI pin-value, PKCS11_PIN, --pin)",
    keywords: ["pin-value=", "pkcs11_pin", "pkcs11-pin", "pkcs11pin", "pkcs11.pin", "hsm_pin", "hsm-pin", "hsmpin", "user_pin", "user-pin", "userpin", "so_pin", "so-pin", "sopin", "token_pin", "token-pin", "tokenpin", "card_pin", "cardpin", "piv_pin", "slot_pin", "--pin", "--so-pin", "--new-pin"],
    pattern: PATTERN, validate: pinValue,
    placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 240, after: 120 }),
];
