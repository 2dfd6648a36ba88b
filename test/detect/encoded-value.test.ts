import { describe, expect, test } from "bun:test";
import { encodedText } from "../../src/detect/encoded-value.ts";
import { isGenericPlaceholder, isPlaceholder } from "../../src/detect/placeholder.ts";
import { searchOnlyKeyName } from "../../src/detect/public-client-key.ts";

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("encodedText", () => {
  test("reads base64, unpadded base64url, hex and percent-encoded padding of one printable line", () => {
    expect(encodedText(b64("${SHOPIFY_ACCESS_TOKEN}"))).toBe("${SHOPIFY_ACCESS_TOKEN}");
    expect(encodedText(Buffer.from("{{ .Values.token }}").toString("base64url"))).toBe("{{ .Values.token }}");
    expect(encodedText(Buffer.from("<your-key>\n").toString("hex"))).toBe("<your-key>");
    expect(encodedText(b64("changeme").replace(/=/g, "%3D"))).toBe("changeme");
  });
  test("random bytes and multi-line text read as nothing", () => {
    expect(encodedText(Buffer.alloc(24, 0x9c).toString("base64"))).toBeNull();
    expect(encodedText(b64("a=1\nb=2\nc=3"))).toBeNull();
  });
});

describe("an encoded placeholder", () => {
  test("is a placeholder as the plain value is", () => {
    for (const p of ["${STRIPE_SECRET_KEY}", "$SLACK_BOT_TOKEN", "%DB_PASSWORD%", "<your-api-token>", "your-api-key-here"]) expect(isPlaceholder(b64(p))).toBe(true);
    expect(isGenericPlaceholder(b64("changeme\n"))).toBe(true);
  });
  test("a user:password pair is judged by its password", () => {
    expect(isPlaceholder(b64("deploy:${REGISTRY_PASSWORD}"))).toBe(true);
    expect(isPlaceholder(b64(`00000000-0000-0000-0000-000000000000:${["Vq7", "pL2", "xR9", "mK4", "zT8", "wB3"].join("")}`))).toBe(false);
  });
});

describe("searchOnlyKeyName", () => {
  test("search-only names, and a search provider's search key", () => {
    for (const n of ["searchOnlyApiKey", "ALGOLIA_SEARCH_KEY", "algolia_search_api_key", "TYPESENSE_SEARCH_ONLY_API_KEY", "meiliSearchKey"]) expect(searchOnlyKeyName(n)).toBe(true);
  });
  test("admin, write, master keys and paid search APIs are not", () => {
    for (const n of ["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY", "MEILISEARCH_API_KEY", "TYPESENSE_ADMIN_API_KEY", "BING_SEARCH_KEY", "ELASTICSEARCH_API_KEY", "search_api_key"]) expect(searchOnlyKeyName(n)).toBe(false);
  });
});
