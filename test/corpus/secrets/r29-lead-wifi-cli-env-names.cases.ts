// Round twenty-nine, the lead's classes from Y127 (mobile, games and IoT): (1) an environment
// variable's name ending in a secret's noun, in a sentence that hands its value over after a colon
// or copula ("the REDIS_PASSWORD changed again: …"); (2) a Wi-Fi passphrase in a QR code's payload,
// wpa_passphrase's arguments or a `--passphrase` flag; (3) Apple's app-specific password after
// altool's `-p` / notarytool's `--password`; (4) a Unity license serial under UNITY_SERIAL or
// `-serial`, and fastlane's `myacinfo` session cookie. Benign: public keys and ids under upper-case
// names, placeholders, keychain references, notarytool's keychain profile, serials of hardware.
import type { CorpusCase } from "../types.ts";
import { ALNUM, builder, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x29a1e);
const e = builder({ category: "r29-env-name-in-sentence" });
const eb = builder({ category: "r29-env-name-in-sentence-benign" });
const w = builder({ category: "r29-wifi-passphrase" });
const wb = builder({ category: "r29-wifi-passphrase-benign" });
const a = builder({ category: "r29-apple-unity-credentials" });
const ab = builder({ category: "r29-apple-unity-credentials-benign" });

const drawn = () => `${r.str(1, UPPER)}${r.alnum(6)}${r.pick(["*", "#", "!", "%"])}${r.alnum(9)}${r.digits(2)}`;
const chat = (text: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: text }] });
const shell = (command: string) => JSON.stringify({ tool_calls: [{ type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command }) } }] });

e.pos("r29l-env-revoked", "Slack message naming the env var, value after a clause", JSON.stringify({ channel: "C01", text: `swap in this SMTP_PASSWORD, the previous one got rotated: ${drawn()}` }));
e.pos("r29l-env-changed", "chat: the variable changed, value after a colon", chat(`heads up, the REDIS_PASSWORD changed again: ${r.alnum(20)}`));
e.pos("r29l-env-is-now", "issue comment: the token is now", `The DEPLOY_TOKEN for the staging cluster is now ${r.alnum(32)} (old one revoked).`);
e.pos("r29l-env-german", "German chat: the new value lautet", chat(`Das neue MQTT_PASSWORD für die Halle lautet ${drawn()}`));
e.pos("r29l-env-spanish", "Spanish chat: value after a colon", chat(`Te paso el BROKER_SECRET del entorno de pruebas: ${r.alnum(24)}`));
e.pos("r29l-env-below", "value on the line below a colon", chat(`Here is the LICENSE_SERVER_TOKEN for the build farm, keep it out of git:\n\n${r.alnum(40)}`));

eb.ben("r29l-envb-public", "a public key under an upper-case name", chat(`the VAPID_PUBLIC_KEY for the site: B${r.str(86, ALNUM + "-_")}`));
eb.ben("r29l-envb-cache", "a cache key's prefix", `The CACHE_KEY prefix is: user_profile_v2_lookup`);
eb.ben("r29l-envb-placeholder", "a doc's placeholder", `Set the API_KEY variable in your shell, for example: your-api-key-goes-here`);
eb.ben("r29l-envb-sort", "a table's sort key", `For this table the SORT_KEY is: created_at_timestamp_desc`);
eb.ben("r29l-envb-id", "an id named beside a key", `The CLIENT_ID for the GitHub app is: Iv1.${r.hex(16)}`);
eb.ben("r29l-envb-code", "code, not a sentence", `const value = process.env.SESSION_SECRET; // see docs: ${"config-reference-session"}`);

const ssid = () => r.pick(["Workshop", "Lab-2G", "Guest_Net", "Studio"]);
w.pos("r29l-wifi-qr", "QR payload in a chat asking for a PNG", chat(`make a QR code for the front desk: WIFI:S:${ssid()};T:WPA;P:${drawn()};;`));
w.pos("r29l-wifi-qr-order", "QR payload, fields in another order", `qrencode -o wifi.png 'WIFI:T:WPA;P:${r.alnum(16)};S:${ssid()};H:false;;'`);
w.pos("r29l-wifi-qr-swift", "QR payload built in Swift", `let payload = "WIFI:S:${ssid()};T:WPA2;P:${r.alnum(8)}${r.digits(4)};;"\nlet image = QRCode.generate(payload)`);
w.pos("r29l-wpa-passphrase", "wpa_passphrase in a shell tool call", shell(`wpa_passphrase "${ssid()}" '${drawn()}' >> /etc/wpa_supplicant/wpa_supplicant.conf`));
w.pos("r29l-passphrase-flag", "a provisioning CLI's --passphrase", shell(`esp-prov --transport ble --ssid "${ssid()}" --passphrase '${drawn()}' --sec_ver 1`));
w.pos("r29l-gpg-passphrase", "gpg --passphrase in a CI log", `+ gpg --batch --yes --pinentry-mode loopback --passphrase ${r.alnum(14)}${r.digits(3)} -d release.key.gpg`);

wb.ben("r29l-wifib-qr-placeholder", "QR payload with a placeholder", `Format: WIFI:S:<ssid>;T:WPA;P:<password>;; — for example WIFI:S:MyNet;T:WPA;P:yourpassword;;`);
wb.ben("r29l-wifib-qr-open", "QR payload of an open network", `WIFI:S:${ssid()};T:nopass;;`);
wb.ben("r29l-wifib-passphrase-file", "gpg reads the passphrase from a file", `gpg --batch --passphrase-file ~/.config/release.pass -d release.key.gpg`);
wb.ben("r29l-wifib-passphrase-var", "--passphrase from a variable", shell(`esp-prov --transport ble --ssid "$SSID" --passphrase "$WIFI_PASS"`));
wb.ben("r29l-wifib-wpa-doc", "man page synopsis", `SYNOPSIS\n       wpa_passphrase [ ssid ] [ passphrase ]`);
wb.ben("r29l-wifib-qr-doc", "a doc on the QR fields", `The P: field holds the password, S: the SSID and T: the security type (WEP, WPA, nopass).`);

const appPw = () => [0, 1, 2, 3].map(() => r.str(4, LOWER.replace(/[aeiou]/g, "") + "aei")).join("-");
a.pos("r29l-altool-p", "altool upload in a tool call", shell(`xcrun altool --upload-app -t ios -f build/App.ipa -u release@example.com -p ${appPw()}`));
a.pos("r29l-altool-password", "altool --password in fastlane output", `[12:01:44]: $ xcrun altool --validate-app -f App.ipa --username ops@example.com --password "${appPw()}"`);
a.pos("r29l-notarytool", "notarytool --password", `xcrun notarytool submit App.zip --apple-id dev@example.com --team-id ${r.str(10, UPPER + "0123456789")} --password ${appPw()} --wait`);
a.pos("r29l-unity-serial-env", "game-ci env in a workflow", `env:\n  UNITY_SERIAL: ${r.pick(["SC", "E3", "F4"])}-${[0, 1, 2, 3, 4].map(() => r.str(4, UPPER + "0123456789")).join("-")}\n  UNITY_EMAIL: ci@example.com`);
a.pos("r29l-unity-serial-flag", "Unity editor activation", `/opt/unity/Editor/Unity -batchmode -quit -serial ${r.pick(["SC", "E3"])}-${[0, 1, 2, 3, 4].map(() => r.str(4, UPPER + "0123456789")).join("-")} -username ci@example.com -password "$UNITY_PASSWORD"`);
a.pos("r29l-myacinfo-cookie", "an Apple portal cookie header", `GET /account/ HTTP/1.1\nHost: developer.example.com\nCookie: myacinfo=DES${r.HEX(60)}${r.str(40, ALNUM + "_-")}; dqsid=${r.alnum(20)}`);

ab.ben("r29l-appleb-keychain", "altool with a keychain reference", shell(`xcrun altool --upload-app -f App.ipa -u release@example.com -p "@keychain:AC_PASSWORD"`));
ab.ben("r29l-appleb-profile", "notarytool with a keychain profile", `xcrun notarytool submit App.zip -p notary-profile --wait`);
ab.ben("r29l-appleb-env", "altool with an env reference", `xcrun altool --upload-app -f App.ipa -u "$APPLE_ID" -p @env:APP_SPECIFIC_PASSWORD`);
ab.ben("r29l-appleb-serial-hw", "a device's hardware serial", `system_profiler SPHardwareDataType | grep Serial\n      Serial Number (system): C02${r.str(9, UPPER + "0123456789")}`);
ab.ben("r29l-appleb-serial-doc", "game-ci docs naming the secret", `Add UNITY_SERIAL, UNITY_EMAIL and UNITY_PASSWORD as repository secrets, then reference them as \${{ secrets.UNITY_SERIAL }}.`);
ab.ben("r29l-appleb-myacinfo-doc", "docs naming the cookie", `fastlane spaceauth prints FASTLANE_SESSION: a YAML list of cookies, among them myacinfo (the portal's session).`);

export const cases: CorpusCase[] = [...e.cases, ...eb.cases, ...w.cases, ...wb.cases, ...a.cases, ...ab.cases];
