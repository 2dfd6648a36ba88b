// Round twenty-nine (held-out Y127's y127-i-008): an environment lookup's default under a pre-shared
// key's name (`process.env.GOLIOTH_PSK ?? "…"`, a device's CoAP/DTLS or MQTT-TLS PSK): `psk` was no
// secret's word to the name rules. Benign: the PSK's identity, its file, mode or hint, and placeholders.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29e002);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign") => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29e-${id}`, kind: "secrets", category: label === "positive" ? "r29-psk-env-default" : "r29-psk-env-default-benign", label, text, note });
const p = add("positive");
const b = add("benign");

p("psk-ts-nullish", "Expo config, camelCase field, env default", `export default {\n  extra: {\n    deviceId: process.env.DEVICE_ID ?? "sensor-${r.digits(3)}",\n    devicePsk: process.env.DEVICE_PSK ?? "${r.alnum(32)}",\n  },\n};\n`);
p("psk-python-getenv", "Python os.getenv default", `import os\nCOAP_PSK = os.getenv("COAP_PSK", "${r.alnum(24)}")\n`);
p("psk-php-getenv", "PHP getenv with ?: default", `<?php\n$psk = getenv("LWM2M_PSK") ?: "${r.alnum(24)}";\n`);
p("psk-ruby-fetch", "Ruby ENV.fetch default", `psk = ENV.fetch("GATEWAY_PSK", "${r.alnum(28)}")\n`);
p("psk-kotlin-elvis", "Kotlin getenv elvis default", `val psk = System.getenv("DTLS_PSK") ?: "${r.alnum(30)}"\n`);
p("psk-node-or", "Node || default in a tool call", JSON.stringify({ path: "src/iot.js", content: `const cfg = {\n  pskIdentity: process.env.PSK_IDENTITY || "node-${r.digits(2)}@farm",\n  psk: process.env.NODE_PSK || "${r.alnum(26)}",\n};\n` }));
b("psk-identity", "the PSK's identity, not the key", `const id = process.env.DEVICE_PSK_ID ?? "greenhouse-${r.digits(2)}@project-${r.hex(4)}";\n`);
b("psk-file", "a path to the PSK file", `PSK_FILE = os.getenv("PSK_FILE", "/etc/iot/device.psk")\n`);
b("psk-mode", "a PSK mode flag", `const mode = process.env.WIFI_PSK_MODE ?? "wpa2-personal";\n`);
b("psk-placeholder", "placeholder default", `psk = ENV.fetch("GATEWAY_PSK", "changeme")\n`);
b("psk-empty-ref", "default from another variable", `val psk = System.getenv("DTLS_PSK") ?: BuildConfig.DTLS_PSK\n`);
b("psk-hint", "a PSK hint (a public label)", `hint = os.environ.get("TLS_PSK_HINT", "fleet-gateway-eu")\n`);

export { cases };
