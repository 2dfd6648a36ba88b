// Round twenty-eight (held-out Y124's y124-l-079, c-056, l-095): a secret's name that was read as
// no secret's — a vendor named Fingerprint before the secret's own word (`FINGERPRINT_SECRET_API_KEY`), a
// vendor's licence key (`AVATAX_LICENSE_KEY`: the API credential, as short hex as a pair's value; a UUID
// under a licence's name stays an identifier, as round fifteen's cases have it) — and a deploy platform's
// `{"key": NAME, "value": <hex>}` entry whose short hex drew a low entropy. Benign: digests and fingerprints
// of keys, licence ids and licence fields, public keys, low-entropy or placeholder values. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x28e002);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r28e-${id}`, kind: "secrets", category, label, text, note });
const fp = add("positive", "r28-digest-word-vendor");
const fpB = add("benign", "r28-digest-word-vendor-benign");
const lic = add("positive", "r28-licence-key");
const licB = add("benign", "r28-licence-key-benign");
const hex = add("positive", "r28-sibling-short-hex");
const hexB = add("benign", "r28-sibling-short-hex-benign");

const bitsPerChar = (s: string) => {
  const n = new Map<string, number>();
  for (const ch of s) n.set(ch, (n.get(ch) ?? 0) + 1);
  return [...n.values()].reduce((a, c) => a - (c / s.length) * Math.log2(c / s.length), 0);
};
/** 20 hex drawn at random whose entropy came out low (2.55 to 2.95 bits), as one in thirty real 20-hex keys does. */
const lowHex = () => {
  for (;;) {
    const v = r.str(20, "0123456789abcdef".slice(6 - r.int(5), 16 - r.int(5)));
    const e = bitsPerChar(v);
    if (e >= 2.55 && e <= 2.95 && /\d/.test(v) && /[a-f]/.test(v)) return v;
  }
};
const env = (pairs: [string, string][]) => JSON.stringify({ projectId: `prj_${r.alnum(20)}`, environment: "production", envVars: pairs.map(([key, value]) => ({ key, value, type: "encrypted", target: ["production"] })) });

fp("fp-export", "export in a shell tool call", JSON.stringify({ command: `export FINGERPRINT_SECRET_API_KEY='${r.alnum(20)}' && node scripts/visitors.js` }));
fp("fp-dotenv", "dotenv line", `FINGERPRINT_API_KEY=${r.alnum(20)}\nFINGERPRINT_REGION=eu\n`);
fp("fp-yaml", "yaml field", `fingerprint:\n  fingerprint_secret_key: "${r.alnum(24)}"\n`);
fp("fp-thumbprint-vendor", "a vendor called Thumbprint's secret", `THUMBPRINT_SECRET=${r.hex(32)}`);
fp("fp-json", "JSON config", JSON.stringify({ fingerprintSecretApiKey: r.alnum(20), region: "ap" }));
fp("fp-hash-secret", "a hashing secret (HMAC key), named hash then secret", `CARD_FINGERPRINT_PASSWORD=${r.alnum(10)}${r.digits(4)}${r.alnum(6)}`);
fpB("fp-key-fingerprint", "the fingerprint of a key", `SSH_KEY_FINGERPRINT=${r.hex(40)}`);
fpB("fp-cert-thumbprint", "certificate thumbprint", `signing_cert_thumbprint: "${r.HEX(40)}"`);
fpB("fp-api-key-fingerprint", "a key's fingerprint after the key's name", `api_key_fingerprint = "${r.hex(32)}"`);
fpB("fp-visitor-id", "Fingerprint visitor id (public)", `FINGERPRINT_PUBLIC_API_KEY=${r.alnum(20)}`);
fpB("fp-fingerprint-token", "a device fingerprint token (no secret word)", `device_fingerprint_token: "${r.alnum(24)}"`);
fpB("fp-placeholder", "placeholder", `FINGERPRINT_SECRET_API_KEY=your-fingerprint-secret-api-key`);

lic("lic-helm-hex", "AvaTax licence key, 16 upper hex, Helm env entry", `env:\n  - name: AVATAX_ACCOUNT_ID\n    value: "${r.digits(10)}"\n  - name: AVATAX_LICENSE_KEY\n    value: "${r.HEX(16)}"\n`);
lic("lic-hex-table", "licence key, 20 upper hex, Markdown table row", `| \`SEON_LICENSE_KEY\` | \`${r.HEX(20)}\` |`);
lic("lic-hex-json", "licence key, hex, JSON field", JSON.stringify({ ipqs_license_key: r.hex(18), strict: true }));
lic("lic-yaml-hex", "licence key, yaml, hex", `maxmind:\n  account_id: ${r.digits(6)}\n  license_key: "${r.hex(24)}"\n`);
lic("lic-hex-upper-yaml", "upper-case hex licence key, YAML", `vertex:\n  licence_key: "${r.HEX(18)}"\n`);
lic("lic-camel", "camelCase licence key", `const avalara = new Avatax({ accountId: "${r.digits(10)}", licenseKey: "${r.HEX(16)}" });`);
licB("lic-id-uuid", "a licence id (UUID)", `LICENSE_ID=${r.uuid()}`);
licB("lic-field-uuid", "a licence's UUID field, not its key", `license: ${r.uuid()}\nseats: 25`);
licB("lic-key-id", "a licence key's id", `LICENSE_KEY_ID=${r.uuid()}`);
licB("lic-spdx", "SPDX licence", `"license": "Apache-2.0",\n"licenseKey": "apache-2.0"`);
licB("lic-placeholder", "placeholder licence key", `AVATAX_LICENSE_KEY=YOUR_LICENSE_KEY_HERE`);
licB("lic-zeros", "zero filler", `SEON_LICENSE_KEY=00000000-0000-0000-0000-000000000000`);

hex("hex-pusher", "Pusher secret, 20 hex of low entropy", env([["PUSHER_APP_ID", r.digits(7)], ["PUSHER_SECRET", lowHex()]]));
hex("hex-api-key", "API key, 20 hex", env([["ABLY_API_SECRET", lowHex()]]));
hex("hex-postman", "Postman environment value", JSON.stringify({ values: [{ key: "merchant_secret", value: lowHex(), enabled: true }] }));
hex("hex-token-16", "16-hex token", env([["TWOCHECKOUT_SECRET_TOKEN", lowHex().slice(2, 18)]]));
hex("hex-ssm", "SSM parameter", JSON.stringify({ Parameter: { Name: "/prod/payments/ZIP_SECRET", Type: "SecureString", Value: lowHex() } }));
hex("hex-upper", "upper-case hex", env([["GIROPAY_SECRET_KEY", lowHex().toUpperCase()]]));
hexB("hex-cache-key", "a cache key", env([["CACHE_KEY", lowHex()]]));
hexB("hex-key-id", "a key id", env([["SIGNING_KEY_ID", lowHex()]]));
hexB("hex-all-digits", "digits only", env([["PUSHER_SECRET", r.digits(20)]]));
hexB("hex-repeated", "repeated pattern", env([["PUSHER_SECRET", "abab1212abab1212abab"]]));
hexB("hex-commit", "a commit sha under a build field", env([["BUILD_COMMIT_SHA", r.hex(20)]]));
hexB("hex-publishable", "a public key", env([["PUSHER_PUBLIC_KEY", lowHex()]]));

export { cases };
