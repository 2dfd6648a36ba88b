// Round twenty-five (held-out Y102): random base64 of hundreds of characters (Roblox Open Cloud keys)
// under a name ending in the secret's own word (`roblox_api_key = "…"`): random bytes would otherwise read
// as ciphertext. Benign: the same under an encrypted, public or certificate name, base64 of text, an image's
// data, a public key's DER. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a007);
const b = builder({ category: "r25-long-base64-key" });
const bb = builder({ category: "r25-long-base64-key-benign" });
const blob = (bytes: number) => r.b64bytes(bytes);

b.pos("r25-long-toml", "TOML api_key", `[roblox]\nuniverse_id = 4455\nopen_cloud_api_key = "${blob(450)}"\n`);
b.pos("r25-long-json", "JSON apiKey", JSON.stringify({ service: "experiences", apiKey: blob(300), timeoutMs: 5000 }, null, 2));
b.pos("r25-long-yaml", "YAML quoted access_token", `auth:\n  access_token: "${blob(360)}"\n  refresh_after: 3600\n`);
b.pos("r25-long-python", "Python constant", `CLIENT_SECRET = "${blob(400)}"\n`);
b.pos("r25-long-env-quoted", ".env quoted secret", `GAME_SERVICE_SECRET='${blob(500)}'\nPORT=8080\n`);
b.pos("r25-long-js", "JS config auth key", `module.exports = {\n  authKey: "${blob(270)}",\n};\n`);

bb.ben("r25-long-ben-encrypted", "an encrypted api key", `encrypted_api_key = "${blob(450)}"\n`);
bb.ben("r25-long-ben-public", "a public key blob", `public_key = "${blob(300)}"\n`);
bb.ben("r25-long-ben-text", "base64 of text under a token name", `welcome_token = "${Buffer.from("Welcome to the service. ".repeat(16)).toString("base64")}"\n`);
bb.ben("r25-long-ben-image", "an image's base64 under an icon name", `icon = "data:image/png;base64,${blob(400)}"\n`);
bb.ben("r25-long-ben-ciphertext", "ciphertext under a payload name", JSON.stringify({ ciphertext: blob(500), kid: "k1" }));
bb.ben("r25-long-ben-cert", "a certificate body under a cert name", `tls_cert = "${blob(420)}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
