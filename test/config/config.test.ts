import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../../src/cli/errors.ts";
import { buildDetector } from "../../src/config/detector.ts";
import { configFromText, loadConfig, EMBEDDED_DEFAULT } from "../../src/config/load.ts";

const fail = async (yaml: string): Promise<string> => {
  try {
    await buildDetector(await configFromText(yaml, "t.yaml", {}, "/home/u"), {});
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error("expected a config error");
};

describe("config validation", () => {
  test("unknown key with did-you-mean", async () => {
    expect(await fail("detect:\n  env_leek: true\n")).toBe(
      "config t.yaml: detect.env_leek: unknown key (did you mean 'env_leak'?); allowed here: disable, rules, env_leak, secrets_file, wallets, budget_ms, url",
    );
  });
  test("wrong type names the key", async () => {
    expect(await fail("defaults:\n  request:\n    scan: maybe\n")).toContain("defaults.request.scan: expected true or false");
    expect(await fail("defaults:\n  request:\n    max_body_bytes: lots\n")).toContain("defaults.request.max_body_bytes: expected a size");
    expect(await fail("defaults:\n  request:\n    detectors: {secrets: blok}\n")).toContain("'blok' is not one of block | warn | off (did you mean 'block'?)");
  });
  test("malformed YAML gives file:line:col", async () => {
    expect(await fail("mode: [balanced\n")).toMatch(/^config t\.yaml:\d+:\d+: invalid YAML/);
  });
  test("duplicate keys are refused", async () => {
    expect(await fail("mode: strict\nmode: audit\n")).toContain("invalid YAML");
  });
  test("unknown rule id in disable", async () => {
    expect(await fail("detect:\n  disable: [github-patt]\n")).toContain("unknown rule id 'github-patt' (did you mean 'github-pat'?)");
  });
  test("custom rules with backreferences or lookaround are refused", async () => {
    expect(await fail("detect:\n  rules:\n    - {id: x, regex: '(a)\\1'}\n")).toContain("regex refused");
    expect(await fail("detect:\n  rules:\n    - {id: x, regex: 'a(?=b)'}\n")).toContain("lookaround");
  });
  test("custom rule needs id and regex; ids must not clash", async () => {
    expect(await fail("detect:\n  rules:\n    - {regex: abc}\n")).toContain("needs an id");
    expect(await fail("detect:\n  rules:\n    - {id: github-pat, regex: abc}\n")).toContain("built-in rule id");
  });
});

describe("config effect", () => {
  test("custom rule finds what it says, on RE2", async () => {
    const cfg = await configFromText("detect:\n  rules:\n    - id: acme-token\n      regex: 'acme_([a-z0-9]{20})'\n      keywords: [acme_]\n      severity: critical\n", "t.yaml", {}, "/h");
    const d = await buildDetector(cfg, {});
    const v = d.scan(`x = acme_${"k3j4h5g6f7d8s9a0q1w2"}`);
    expect(v.findings.map((f) => [f.ruleId, f.severity])).toEqual([["acme-token", "critical"]]);
  });
  test("disable switches a rule off", async () => {
    const d = await buildDetector(await configFromText("detect:\n  disable: [credit-card]\n", "t.yaml", {}, "/h"), {});
    expect(d.scan("4539 5787 6362 1486").findings).toEqual([]);
  });
  test("env_leak uses the environment given", async () => {
    const env = { DEPLOY_TOKEN: "Zq8-vN3x-Lp0w-Rt6y" };
    const d = await buildDetector(await configFromText("", "t.yaml", {}, "/h"), env);
    expect(d.scan(`curl -d 'x=Zq8-vN3x-Lp0w-Rt6y'`).findings.map((f) => f.ruleId)).toEqual(["env-leak"]);
    const off = await buildDetector(await configFromText("detect: {env_leak: false}\n", "t.yaml", {}, "/h"), env);
    expect(off.scan(`x=Zq8-vN3x-Lp0w-Rt6y`).findings).toEqual([]);
  });
  test("routes inherit defaults and override per key", async () => {
    const cfg = await configFromText("routes:\n  - host: api.example.com\n    request: {detectors: {entropy: off}}\n", "t.yaml", {}, "/h");
    expect(cfg.routes[0]!.request.detectors.entropy).toBe("off");
    expect(cfg.routes[0]!.request.detectors.secrets).toBe("block");
    expect(cfg.routes[0]!.request.maxBodyBytes).toBe(10 * 1024 * 1024);
  });
  test("${VAR} and ~ expand", async () => {
    const cfg = await configFromText("api: {token: '${TK}'}\ntls: {ca_dir: ~/ca}\n", "t.yaml", { TK: "abc" }, "/home/u");
    expect(cfg.api.token).toBe("abc");
    expect(cfg.tls.caDir).toBe("/home/u/ca");
  });
});

describe("config search order", () => {
  const dir = mkdtempSync(join(tmpdir(), "toolkit-cfg-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const home = join(dir, "home");
  mkdirSync(join(home, ".config", "toolkit"), { recursive: true });
  const cwd = join(dir, "cwd");
  mkdirSync(cwd);
  test("embedded default when nothing is found", async () => {
    expect((await loadConfig({ env: {}, cwd, home })).source).toBe(EMBEDDED_DEFAULT);
  });
  test("user config, then ./toolkit.yaml, then $TOOLKIT_CONFIG, then --config", async () => {
    writeFileSync(join(home, ".config", "toolkit", "config.yaml"), "mode: audit\n");
    expect((await loadConfig({ env: {}, cwd, home })).mode).toBe("audit");
    writeFileSync(join(cwd, "toolkit.yaml"), "mode: strict\n");
    expect((await loadConfig({ env: {}, cwd, home })).mode).toBe("strict");
    writeFileSync(join(dir, "env.yaml"), "mode: balanced\n");
    expect((await loadConfig({ env: { TOOLKIT_CONFIG: join(dir, "env.yaml") }, cwd, home })).source).toBe(join(dir, "env.yaml"));
    expect((await loadConfig({ path: join(cwd, "toolkit.yaml"), env: { TOOLKIT_CONFIG: join(dir, "env.yaml") }, cwd, home })).mode).toBe("strict");
  });
  test("missing --config file and directories are clear errors", async () => {
    expect(loadConfig({ path: join(dir, "nope.yaml"), env: {}, cwd, home })).rejects.toThrow(/nope\.yaml: cannot read \(no such file\)/);
    expect(loadConfig({ path: dir, env: {}, cwd, home })).rejects.toThrow(/is a directory/);
  });
  test("shipped presets are valid", async () => {
    for (const name of ["default", "strict", "audit", "claude-code"]) {
      const cfg = await loadConfig({ path: join(import.meta.dir, "..", "..", "configs", `${name}.yaml`), env: {}, cwd, home });
      expect((await buildDetector(cfg, {})).rules.length).toBeGreaterThan(60);
    }
  });
});
