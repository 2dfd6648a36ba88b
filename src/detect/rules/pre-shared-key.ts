// A network's pre-shared key in the file that configures it: wpa_supplicant's and hostapd's
// `psk="…"` (a passphrase of 8 to 63, or 64 hex unquoted), NetworkManager's `psk=…` to the line's
// end, strongSwan's and Libreswan's ipsec.secrets `… : PSK "…"` (or `0s`-base64, `0x`-hex). The
// generic rules read none: `psk` is no secret's word to them, and ipsec.secrets puts the kind
// before the value with no `=`. `ext_psk=` names a key kept elsewhere; `WPA-PSK` is a key type.
// So are a Wi-Fi QR code's `P:` field and wpa_passphrase's second argument.
import { defineRule } from "./define.ts";
import { charClasses } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import type { Rule } from "./types.ts";

const QUOTED = String.raw`\\?"([^"\r\n\\]{8,200})\\?"`;
const PATTERN = new RegExp(
  String.raw`(?<![A-Za-z0-9]|ext_)psk[ \t]*=[ \t]*(?:${QUOTED}|([^\s"'#;\\]{8,64})(?=[ \t]*(?:\r?\n|\\[nr]|$)))` +
    String.raw`|(?<=:[ \t]{0,8})PSK[ \t]+(?:${QUOTED}|(0[sx][A-Za-z0-9+/=]{12,400}))` +
    // A Wi-Fi QR code's payload (`WIFI:S:<ssid>;T:WPA;P:<passphrase>;;`, fields in any order, `\;` escaped)
    // and wpa_passphrase's arguments (`wpa_passphrase <ssid> <passphrase>`).
    String.raw`|WIFI:(?:[A-Z]{1,2}:(?:\\.|[^;\\\r\n]){0,64};){0,6}?P:((?:\\.|[^;\\\r\n"]){8,63});` +
    String.raw`|wpa_passphrase[ \t]+(?:"[^"\r\n]{1,32}"|'[^'\r\n]{1,32}'|[^\s"']{1,32})[ \t]+(?:"([^"\r\n\\]{8,63})"|'([^'\r\n\\]{8,63})'|([^\s"'|;&<>\\]{8,63}))`,
  "i",
);

export const PRE_SHARED_KEY_RULES: Rule[] = [
  defineRule({ id: "network-pre-shared-key", anchored: true, description: "Pre-shared key of a Wi-Fi network or an IPsec tunnel (wpa_supplicant, NetworkManager, ipsec.secrets, a Wi-Fi QR code, wpa_passphrase)", keywords: ["psk", "wifi:", "wpa_passphrase"],
    pattern: PATTERN, secretGroup: -1, validate: (s) => (charClasses(s) >= 2 || s.length >= 12) && !isGenericPlaceholder(s), placeholder: "standard", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 16, after: 420 }),
];
