// Round thirty (held-out Y132's Java connector config): a typed string constant named by the secret's own
// word (Java's `static final String X_LICENSE_KEY = "…"`, C#'s `const string`, Kotlin's `const val`) holds a
// value fixed in the code, as sure a value as a field's: short hex (a vendor's 16-hex licence key) and a
// generated password with punctuation count there as they do in a `name: value` pair.
// Benign: constants naming a header, an algorithm, a prefix, a cache key, a digest, a public key, filler.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x30e303);
const b = builder({ category: "r30e-typed-constant" });
const bb = builder({ category: "r30e-typed-constant-benign" });
const SYM = "!#%*^~?";
const pw = () => `${r.str(3, UPPER)}${r.pick([...SYM])}${r.str(3, LOWER)}${r.str(3, DIGITS)}${r.pick([...SYM])}${r.str(2, UPPER)}${r.str(3, LOWER)}${r.str(2, DIGITS)}`;

b.pos("r30e-tc-java-hex", "Java static final licence key, 16 upper hex",
  `package com.example.tax;\n\npublic final class TaxGatewayConfig {\n    private static final String ENDPOINT = "https://tax.example.test/v2";\n    private static final String TAX_LICENSE_KEY = "${r.HEX(16)}";\n}\n`);
b.pos("r30e-tc-kotlin-hex", "Kotlin const val API key, 18 lower hex",
  `object FreightApi {\n    const val BASE = "https://freight.example.test"\n    const val FREIGHT_API_KEY = "${r.hex(18)}"\n}\n`);
b.pos("r30e-tc-cs-hex", "C# const licence key, 20 upper hex",
  `internal static class GeoLookup\n{\n    internal const string GeoLicenseKey = "${r.HEX(20)}";\n}\n`);
b.pos("r30e-tc-java-password", "Java static final password with punctuation",
  `public class BankSftp {\n    public static final String BANK_SFTP_PASSWORD = "${pw()}";\n    public static final int PORT = 22;\n}\n`);
b.pos("r30e-tc-java-final-local", "Java final local token, hex",
  `void connect() {\n    final String partnerAuthToken = "${r.hex(16)}";\n    client.login(partnerAuthToken);\n}\n`);
b.pos("r30e-tc-chat-escaped", "Java constant in a chat request's JSON-escaped code block",
  JSON.stringify({ messages: [{ role: "user", content: `This is deployed:\n\n\`\`\`java\nclass Cfg {\n    static final String SHIPPING_SECRET_KEY = "${r.HEX(16)}";\n}\n\`\`\`` }] }));

bb.ben("r30e-tc-b-header", "constant naming a header",
  `private static final String LICENSE_KEY_HEADER = "X-License-Key";\nprivate static final String API_KEY_PARAM = "api_key";\n`);
bb.ben("r30e-tc-b-cache", "constant cache key, hex",
  `private static final String CACHE_KEY = "${r.hex(16)}";\n`);
bb.ben("r30e-tc-b-digest", "a digest of the key, not the key",
  `internal const string ApiKeySha256Prefix = "${r.hex(16)}";\ninternal const string LicenseKeyHash = "${r.HEX(16)}";\n`);
bb.ben("r30e-tc-b-algorithm", "algorithm and prefix names",
  `static final String SECRET_KEY_ALGORITHM = "HmacSHA256";\nconst val TOKEN_PREFIX = "Bearer "\n`);
bb.ben("r30e-tc-b-public", "a public key's hex",
  `public static final String PUBLIC_KEY = "${r.hex(16)}";\n`);
bb.ben("r30e-tc-b-filler", "zero and sequential filler",
  `private static final String TAX_LICENSE_KEY = "0000000000000000";\nprivate static final String DEMO_API_KEY = "0123456789ABCDEF";\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
