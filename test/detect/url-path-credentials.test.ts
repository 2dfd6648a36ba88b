// Credentials a service puts in its URL path (Bitrix24 inbound webhooks, ThingsBoard device
// tokens): found in text and in the URL checks whatever the host; in a request's own URL they go
// to their issuer only on the cloud portals (a self-hosted server needs a route's allow_credentials).
import { describe, expect, test } from "bun:test";
import { BUILTIN_RULES, compileDetector, DETECTORS } from "../../src/detect/index.ts";
import { checkUrl } from "../../src/detect/url/index.ts";
import { issuerMatches } from "../../src/detect/rules/issuers.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS) });
const L36 = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
let seed = 7;
const draw = (n: number, alpha: string) => Array.from({ length: n }, () => alpha[(seed = (seed * 48271) % 2147483647) % alpha.length]).join("");
const code = () => draw(12, L36) + "7" + draw(3, L36);
const token = () => draw(18, ALNUM) + "4k";

describe("credentials in URL paths", () => {
  test("a Bitrix24 webhook code is found in text and by the URL checks, on any host", () => {
    for (const host of ["acme.bitrix24.ru", "crm.selfhosted-corp.example"]) {
      const url = `https://${host}/rest/12/${code()}/crm.contact.list.json`;
      expect(detector.scan(`POST ${url}`).findings.map((f) => f.ruleId)).toContain("bitrix24-webhook");
      const f = checkUrl(url, { secrets: detector }).find((x) => x.ruleId === "bitrix24-webhook")!;
      expect(f).toBeDefined();
      expect(url.slice(f.start, f.end)).toMatch(/^12\/[a-z0-9]{16}$/);
    }
  });
  test("a ThingsBoard device token is found in a telemetry or RPC path", () => {
    for (const res of ["telemetry", "attributes", "rpc"]) {
      const url = `http://tb.plant.example:8080/api/v1/${token()}/${res}`;
      expect(checkUrl(url, { secrets: detector }).map((f) => f.ruleId)).toContain("thingsboard-device-token");
    }
  });
  test("a path credential found in the whole URL keeps its own span, inside the path (where the issuer rule looks)", () => {
    const url = `https://eu.thingsboard.cloud/api/v1/${token()}/attributes?clientKeys=mode&sharedKeys=fw`;
    const f = checkUrl(url, { secrets: detector }).find((x) => x.ruleId === "thingsboard-device-token")!;
    expect(f.end).toBeLessThanOrEqual(url.indexOf("?"));
    expect(url.slice(f.start, f.end)).toMatch(/^[A-Za-z0-9]{20}\/attributes$/);
  });
  test("REST paths that only look alike are not credentials", () => {
    for (const url of ["https://x.example/rest/1/profile/", "https://x.example/rest/3/abcdefghijklmnop/list", "https://x.example/api/v1/customers/attributes", "https://x.example/api/v1/5f3a9b2c1d4e6f7a8b9c0d1e/attributes", "https://x.example/api/v1/$ACCESS_TOKEN/telemetry"]) {
      expect(checkUrl(url, { secrets: detector }).filter((f) => f.ruleId === "bitrix24-webhook" || f.ruleId === "thingsboard-device-token")).toEqual([]);
    }
  });
  test("the request URL is the credential's use on the cloud portals only", () => {
    expect(issuerMatches("bitrix24-webhook", "acme.bitrix24.ru")).toBe(true);
    expect(issuerMatches("bitrix24-webhook", "acme.bitrix24.com.br")).toBe(true);
    expect(issuerMatches("bitrix24-webhook", "collector.example")).toBe(false);
    expect(issuerMatches("thingsboard-device-token", "eu.thingsboard.cloud")).toBe(true);
    expect(issuerMatches("thingsboard-device-token", "tb.plant.example")).toBe(false);
    expect(issuerMatches("thingsboard-device-token", "tb.plant.example", ["thingsboard-device-token"])).toBe(true);
  });
});
