// Round twenty-nine (held-out Y127's y127-bk-027): an uncompressed P-256 point (0x04 ‖ X ‖ Y, 65 bytes)
// under a key's name: a web push VAPID public key (`applicationServerKey: "B…"`), in base64url, base64 or
// hex. Public by its form. Positives: the VAPID private key and other keys in the same slots. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29e006);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign") => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29e-${id}`, kind: "secrets", category: label === "positive" ? "r29-ec-public-point" : "r29-ec-public-point-benign", label, text, note });
const p = add("positive");
const b = add("benign");
const point = () => Uint8Array.from([4, ...r.bytes(64)]);
const url = (u: Uint8Array) => Buffer.from(u).toString("base64url");
const std = (u: Uint8Array) => Buffer.from(u).toString("base64");
const hex = (u: Uint8Array) => Buffer.from(u).toString("hex");

b("ecp-subscribe", "pushManager.subscribe applicationServerKey", `const sub = await reg.pushManager.subscribe({\n  userVisibleOnly: true,\n  applicationServerKey: "${url(point())}",\n});\n`);
b("ecp-dotenv", "dotenv web push server key", `WEB_PUSH_SERVER_KEY=${url(point())}\n`);
b("ecp-json", "JSON config, padded base64", JSON.stringify({ push: { serverKey: std(point()) } }));
b("ecp-hex", "the point in hex under a key name", `device_ecdh_key = "${hex(point())}"\n`);
b("ecp-swift", "Swift constant", `let applicationServerKey = "${url(point())}"\n`);
b("ecp-python", "Python dict", `WEBPUSH = {"server_key": "${url(point())}", "subject": "mailto:ops@example.org"}\n`);
p("ecp-private", "the VAPID private key (32 bytes)", `VAPID_PRIVATE_KEY=${url(r.bytes(32))}\n`);
p("ecp-private-json", "private key in JSON", JSON.stringify({ push: { privateKey: url(r.bytes(32)) } }));
p("ecp-server-secret", "a server secret 65 bytes not a point", `WEB_PUSH_SERVER_SECRET=${url(Uint8Array.from([0x9c, ...r.bytes(64)]))}\n`);
p("ecp-api-key", "an API key in the same subscribe call config", `const cfg = { applicationServerKey: pub, apiKey: "${r.alnum(40)}" };\n`);
p("ecp-hex-secret", "a 32-byte hex secret under a key name", `device_ecdh_key = "${hex(r.bytes(32))}"\n`);
p("ecp-swift-secret", "Swift constant holding a token", `let pushAuthToken = "${url(r.bytes(48))}"\n`);

export { cases };
