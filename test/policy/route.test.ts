// Route resolution: first match wins on host, path and method; every setting says where it came from.
import { describe, expect, test } from "bun:test";
import { configFromText } from "../../src/config/load.ts";
import { compileRoutes, hostMatcher, pathMatcher } from "../../src/policy/route.ts";

const table = async (yaml: string) => compileRoutes(await configFromText(yaml, "t.yaml", {}, "/h"));
const at = (host: string, path = "/", method = "GET") => ({ host, path, method });

describe("matchers", () => {
  test("hosts: exact, or *.suffix for subdomains only; case and trailing dot ignored by the table", async () => {
    expect(hostMatcher("api.github.com")("api.github.com")).toBe(true);
    expect(hostMatcher("api.github.com")("xapi.github.com")).toBe(false);
    const w = hostMatcher("*.example.com");
    expect([w("a.example.com"), w("a.b.example.com"), w("example.com"), w("badexample.com")]).toEqual([true, true, false, false]);
    const t = await table("routes:\n  - host: API.Example.com\n    action: block\n");
    expect(t.resolve(at("api.example.com.")).action).toBe("block");
  });
  test("paths: prefix, or glob with * inside a segment and ** across", () => {
    expect(pathMatcher("/v1/")("/v1/messages")).toBe(true);
    expect(pathMatcher("/v1/")("/v2/messages")).toBe(false);
    const g = pathMatcher("/repos/*/pulls");
    expect([g("/repos/acme/pulls"), g("/repos/acme/pulls/3"), g("/repos/a/b/pulls"), g("/repos/acme/pullsx")]).toEqual([true, true, false, false]);
    expect(pathMatcher("/a/**/z")("/a/b/c/z")).toBe(true);
  });
});

describe("resolution", () => {
  const yaml = `
egress: {default: block}
defaults:
  request: {max_body_bytes: 1MiB}
routes:
  - host: api.example.com
    path: /v1/upload
    methods: [put]
    action: block
  - host: api.example.com
    action: allow
    request: {detectors: {entropy: off}}
    response: {skip_extensions: [.whl]}
  - host: "*.internal.corp"
    action: allow
    intercept: false
    request: {scan: false}
`;
  test("first match wins; methods and paths narrow a route", async () => {
    const t = await table(yaml);
    expect(t.resolve(at("api.example.com", "/v1/upload", "PUT")).route?.index).toBe(0);
    expect(t.resolve(at("api.example.com", "/v1/upload", "POST")).route?.index).toBe(1);
    expect(t.resolve(at("api.example.com", "/other")).route?.index).toBe(1);
    expect(t.resolve(at("git.internal.corp")).route?.index).toBe(2);
  });
  test("egress default block makes routes an allowlist", async () => {
    const t = await table(yaml);
    expect(t.resolve(at("elsewhere.example")).action).toBe("block");
    expect(t.resolve(at("elsewhere.example")).origins.action).toBe("egress.default");
    expect(t.resolve(at("api.example.com")).action).toBe("allow");
  });
  test("each setting records its origin: route, defaults or built-in", async () => {
    const p = (await table(yaml)).resolve(at("api.example.com", "/x"));
    expect(p.request.detectors.entropy).toBe("off");
    expect(p.origins["request.detectors.entropy"]).toBe("routes[1]");
    expect(p.request.maxBodyBytes).toBe(1024 * 1024);
    expect(p.origins["request.max_body_bytes"]).toBe("defaults");
    expect(p.origins["response.skip_extensions"]).toBe("routes[1]");
    expect(p.origins["request.detectors.secrets"]).toBe("defaults"); // the embedded default config sets it
    expect(p.origins["response.skip_content_types"]).toBe("built-in");
  });
  test("intercept: route, then tls.passthrough, then tls.intercept", async () => {
    const t = await table(`${yaml}\ntls: {passthrough: ["*.bank.example"]}\n`);
    expect(t.resolve(at("git.internal.corp")).intercept).toBe(false);
    expect(t.resolve(at("git.internal.corp")).origins.intercept).toBe("routes[2]");
    expect(t.resolve(at("www.bank.example")).intercept).toBe(false);
    expect(t.resolve(at("www.bank.example")).origins.intercept).toBe("tls.passthrough");
    expect(t.resolve(at("api.example.com")).intercept).toBe(true);
  });
});

describe("route config errors", () => {
  const bad = async (yaml: string) => configFromText(yaml, "t.yaml", {}, "/h").then(() => "loaded", (e: Error) => e.message);
  test("inject_headers where TLS is not intercepted is refused at load", async () => {
    expect(await bad("routes:\n  - host: api.github.com\n    intercept: false\n    inject_headers: {Authorization: 'Bearer x'}\n")).toMatch(/routes\[0\]\.inject_headers: headers can only be injected where TLS is intercepted/);
  });
  test("bad host patterns, paths and methods are named", async () => {
    expect(await bad("routes:\n  - host: 'a b'\n")).toMatch(/routes\[0\]\.host/);
    expect(await bad("routes:\n  - host: a.com\n    path: v1\n")).toMatch(/routes\[0\]\.path: 'v1' must start with/);
    expect(await bad("routes:\n  - host: a.com\n    methods: ['GE T']\n")).toMatch(/routes\[0\]\.methods/);
    expect(await bad("routes:\n  - host: a.com\n    acton: block\n")).toMatch(/acton/);
  });
});
