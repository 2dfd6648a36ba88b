// Provider keys in their documented endpoint URL (rules/provider-url-key.ts): found in text and by the
// URL checks, and going to their own host is the key's use (issuer), in the path or its query parameter.
import { describe, expect, test } from "bun:test";
import { BUILTIN_RULES, compileDetector, DETECTORS } from "../../src/detect/index.ts";
import { checkUrl } from "../../src/detect/url/index.ts";
import { AUTH_QUERY_PARAMS, issuerMatches } from "../../src/detect/rules/issuers.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS) });
let seed = 11;
const draw = (n: number, alpha: string) => Array.from({ length: n }, () => alpha[(seed = (seed * 48271) % 2147483647) % alpha.length]).join("");
const hex = (n: number) => draw(n - 2, "0123456789abcdef") + "a7";
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

describe("provider keys in endpoint URLs", () => {
  test("path and query keys are found in text and by the URL checks", () => {
    const cases: Array<[string, string]> = [
      [`https://eth-mainnet.g.alchemy.com/v2/Qm7${draw(26, "ABCDEFGHJKabcdefghjk0123456789_-")}Zz9`, "alchemy-url-key"],
      [`https://mainnet.infura.io/v3/${hex(32)}`, "infura-url-key"],
      [`https://edge-config.vercel.com/ecfg_${draw(28, "abcdefghijklmnopqrstuvwxyz0123456789")}?token=${uuid()}`, "vercel-edge-config-token"],
    ];
    for (const [url, id] of cases) {
      expect(detector.scan(`fetch("${url}")`).findings.map((f) => f.ruleId)).toContain(id);
      expect(checkUrl(url, { secrets: detector }).map((f) => f.ruleId)).toContain(id);
    }
  });
  test("a UUID under a generic token= to another host is a handle, not a key", () => {
    expect(detector.scan(`https://files.example.net/share?token=${uuid()}`).findings).toEqual([]);
  });
  test("the key's own hosts are its issuer, other hosts are not", () => {
    expect(issuerMatches("alchemy-url-key", "eth-mainnet.g.alchemy.com")).toBe(true);
    expect(issuerMatches("vercel-edge-config-token", "edge-config.vercel.com")).toBe(true);
    expect(issuerMatches("alchemy-url-key", "relay.example.net")).toBe(false);
    expect(AUTH_QUERY_PARAMS.has("token") && AUTH_QUERY_PARAMS.has("api-key")).toBe(true);
  });
});
