// Round twenty-nine (held-out Y127's y127-g-014): an XML element's text under a secret's name
// (Android's `<string name="…_api_key">`, an element named for the key) holding a key longer than 300
// characters, as Roblox's Open Cloud keys are: the element's close was looked for only 300 characters on.
// Benign: long public keys, placeholders, prose and encrypted blobs in the same elements. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29e001);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign") => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29e-${id}`, kind: "secrets", category: label === "positive" ? "r29-xml-long-element" : "r29-xml-long-element-benign", label, text, note });
const p = add("positive");
const b = add("benign");
const res = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">Lantern</string>\n${body}\n</resources>\n`;
const long = (n: number) => r.b64bytes(n).replace(/=+$/, "");

p("xml-android-api-key", "Android strings.xml, long key, translatable attribute", res(`    <string name="cloud_api_key" translatable="false">${long(420)}</string>`));
p("xml-android-token", "Android strings.xml, long access token", res(`    <string name="sync_access_token">${long(360)}</string>`));
p("xml-element-named", "an element named for the secret (a .NET settings file)", `<Settings>\n  <Region>eu</Region>\n  <ApiToken>${long(512)}</ApiToken>\n</Settings>\n`);
p("xml-maven-password", "Maven settings server password, long generated", `<servers>\n  <server>\n    <id>nexus</id>\n    <password>${long(300)}</password>\n  </server>\n</servers>\n`);
p("xml-android-secret", "Android strings.xml client secret in a chat paste", JSON.stringify({ messages: [{ role: "user", content: `Why is the build failing?\n\n\`\`\`xml\n${res(`    <string name="oauth_client_secret" translatable="false">${long(330)}</string>`)}\`\`\`` }] }));
p("xml-android-url-safe", "base64url key, 600+ characters", res(`    <string name="game_server_api_key">${r.b64url(640)}</string>`));
b("xml-public-key", "a public key's DER under a public name", res(`    <string name="server_public_key">MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${long(300)}</string>`));
b("xml-placeholder", "a long placeholder text", res(`    <string name="cloud_api_key">${"YOUR_CLOUD_API_KEY_GOES_HERE_".repeat(12)}</string>`));
b("xml-prose", "help text about the API key", res(`    <string name="api_key_help">Paste the key from the dashboard here. ${"You can rotate it at any time from the settings page, and old keys stop working within an hour. ".repeat(4)}</string>`));
b("xml-encrypted", "an encrypted token at rest", res(`    <string name="encrypted_refresh_token">${long(400)}</string>`));
b("xml-public-der", "a DER certificate under a token's element", `<Config>\n  <SigningCertToken>MIIDdzCCAl+gAwIBAgIE${long(420)}</SigningCertToken>\n</Config>\n`);
b("xml-token-reference", "a long reference path under a token name", res(`    <string name="push_token">${"projects/lantern/locations/europe-west1/keyRings/mobile/cryptoKeys/".repeat(6)}push</string>`));

export { cases };
