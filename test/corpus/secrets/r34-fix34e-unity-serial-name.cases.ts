// Round thirty-four (fix34e): a Unity license serial under its name in any case style or
// qualified (`unitySerial=` in gradle.properties, `Unity.LicenseSerial`, `UNITY_SERIAL_KEY`, an XML
// element, a URL-encoded callback query), not only game-ci's UNITY_SERIAL. Benign: the same names
// with no serial (a variable, a mask, a placeholder), a device serial number, a version string.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34e004);
const b = builder({ category: "r34-fix34e-unity-serial-name" });
const bb = builder({ category: "r34-fix34e-unity-serial-name-benign" });
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const serial = () => `${r.str(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}${r.str(1, UP)}-${[0, 1, 2, 3, 4].map(() => r.str(4, UP)).join("-")}`;

b.pos("fix34e-unity-gradle-camel", "unitySerial in gradle.properties", `org.gradle.jvmargs=-Xmx4g\nandroid.useAndroidX=true\nunitySerial=${serial()}\n`);
b.pos("fix34e-unity-json-qualified", "Unity.LicenseSerial in JSON settings", JSON.stringify({ "Unity.LicenseSerial": serial(), "Unity.Email": "ci@studio.example" }, null, 2));
b.pos("fix34e-unity-env-key-suffix", "UNITY_SERIAL_KEY in a .env", `UNITY_EMAIL=ci@studio.example\nUNITY_SERIAL_KEY=${serial()}\n`);
b.pos("fix34e-unity-xml-element", "UnitySerial as an XML element", `<BuildSettings>\n  <UnitySerial>${serial()}</UnitySerial>\n</BuildSettings>\n`);
b.pos("fix34e-unity-url-encoded", "unitySerial in a URL-encoded callback", `Location: https://auth.studio.example/continue?next=https%3A%2F%2Flicense.studio.example%2Fcb%3FunitySerial%3D${serial()}%26state%3D${r.alnum(10)}\n`);
b.pos("fix34e-unity-yaml-kebab", "unity-serial in YAML", `license:\n  unity-serial: "${serial()}"\n  seats: 1\n`);
b.pos("fix34e-unity-csharp-prop", "C# property unityLicenseSerial", `public string unityLicenseSerial = "${serial()}";\n`);

bb.ben("fix34e-unity-var-ref", "unitySerial from an env variable", "unitySerial=${UNITY_SERIAL}\n");
bb.ben("fix34e-unity-mask", "masked serial", `UNITY_SERIAL_KEY=XX-XXXX-XXXX-XXXX-XXXX-XXXX\n`);
bb.ben("fix34e-unity-placeholder", "placeholder serial in docs", `Set \`unitySerial\` to your serial (\`<your-unity-serial>\`) in gradle.properties.\n`);
bb.ben("fix34e-unity-version", "Unity version string", `unityVersion=2022.3.21f1\nunitySerialRequired=true\n`);
bb.ben("fix34e-device-serial", "device serial number", `deviceSerial=R58M${r.digits(4)}${r.str(3, UP)}\nadb -s emulator-5554 install app.apk\n`);
bb.ben("fix34e-unity-serial-bool", "unity serial flag and guid", `unityUseSerial: 1\nunitySerializedGuid: ${r.hex(32)}\n`);
bb.ben("fix34e-unity-serial-de", "German docs about the serial", `Die Unity-Seriennummer (unitySerial) steht im Passwort-Tresor, nicht im Repository.\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
