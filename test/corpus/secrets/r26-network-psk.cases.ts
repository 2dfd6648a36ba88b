// Round twenty-six (held-out Y114's y114-s-044, s-032): a network's pre-shared key in the file that
// configures it: wpa_supplicant/hostapd `psk="…"` (or 64 hex), NetworkManager's `psk=…`, ipsec.secrets
// `… : PSK "…"` (or `0s` base64), sent whole, base64'd by a contents API or pasted. Benign: the key type
// `WPA-PSK`, a key kept elsewhere (`ext_psk=`, `psk_file=`), placeholders and variables. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26b103);
const b = builder({ category: "r26-network-psk" });
const bb = builder({ category: "r26-network-psk-benign" });

b.pos("r26k-psk-wpa-quoted", "wpa_supplicant network block", `ctrl_interface=/run/wpa_supplicant\nnetwork={\n\tssid="lab-5g"\n\tpsk="${r.alnum(9)}${r.str(1, "#!@")}${r.alnum(6)}"\n\tkey_mgmt=WPA-PSK\n}\n`);
b.pos("r26k-psk-wpa-hex", "wpa_supplicant raw PSK as 64 hex", `network={\n  ssid="warehouse"\n  psk=${r.hex(64)}\n}\n`);
b.pos("r26k-psk-nm-keyfile", "NetworkManager keyfile wifi-security psk", `[wifi]\nmode=infrastructure\nssid=Branch-Office\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=${r.alnum(14)}\n`);
b.pos("r26k-psk-wpa-base64", "wpa_supplicant.conf base64'd in a contents API body", JSON.stringify({ message: "wifi", content: Buffer.from(`network={\n    ssid="Guest"\n    psk="${r.alnum(12)}${r.str(1, "%*")}${r.alnum(5)}"\n}\n`).toString("base64") }));
b.pos("r26k-psk-ipsec-quoted", "ipsec.secrets PSK pasted in chat", `here's /etc/ipsec.secrets from the old box:\n192.0.2.4 %any : PSK "${r.alnum(32)}"\n`);
b.pos("r26k-psk-ipsec-base64", "ipsec.secrets PSK as 0s base64", `# tunnel to dc2\n@gw-a @gw-b : PSK 0s${r.b64bytes(24)}\n`);
b.pos("r26k-psk-hostapd", "hostapd wpa_psk in JSON", JSON.stringify({ path: "/etc/hostapd/hostapd.conf", content: `interface=wlan0\nssid=iot\nwpa=2\nwpa_psk=${r.hex(64)}\n` }));

bb.ben("r26k-psk-keytype", "key management type only", `network={\n  ssid="corp"\n  key_mgmt=WPA-PSK WPA-PSK-SHA256\n  ieee80211w=1\n}\n`);
bb.ben("r26k-psk-ext", "ext_psk names an external key", `network={\n  ssid="corp"\n  ext_psk=keyid:corp-wifi\n}\n`);
bb.ben("r26k-psk-file", "hostapd wpa_psk_file path", `wpa=2\nwpa_psk_file=/etc/hostapd/hostapd.wpa_psk\nwpa_key_mgmt=WPA-PSK\n`);
bb.ben("r26k-psk-placeholder", "documentation placeholder", `network={\n  ssid="YOUR_SSID"\n  psk="your-wifi-password"\n}\n`);
bb.ben("r26k-psk-variable", "templated psk", `network={\n  ssid="{{ wifi_ssid }}"\n  psk={{ wifi_psk }}\n}\n`);
bb.ben("r26k-psk-ipsec-env", "ipsec.secrets from an env var in a template", `%any : PSK "\${IPSEC_PSK}"\n`);
bb.ben("r26k-psk-prose", "a sentence about PSK mode", `The AP runs WPA2-PSK; set the key in psk.conf and restart. PSK length must be 8 to 63 characters.`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
