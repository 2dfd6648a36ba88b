// The CLI takes values as given, fails on misuse with one line, and ends quietly when its reader goes away.
import { afterAll, describe, expect, test } from "bun:test";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { flagSpecOf, protectValues, restoreValues } from "../../src/cli/argv.ts";
import { EXIT, UsageError, exitCodeFor } from "../../src/cli/errors.ts";
import { ENTRY, runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

describe("flag values stay strings", () => {
  test("numeric-looking values reach the command as typed", async () => {
    const card = ["4111", "1111", "1111", "1111"].join("");
    const r = await runCli(["check", "--text", card, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].rule).toBe("credit-card");
    const f = await runCli(["check", "--file", "123"]);
    expect(f.code).toBe(2);
    expect(f.stderr.trim()).toBe("toolkit: --file 123: no such file");
  });
  test("--url with a bare number is not a URL; a URL in decimal notation is judged", async () => {
    const r = await runCli(["check", "--url", "2130706433"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a URL");
    const u = await runCli(["check", "--url", "http://2130706433/admin", "--format", "json"]);
    expect(u.code).toBe(1);
    expect(JSON.parse(u.stdout).findings.map((x: { rule: string }) => x.rule)).toContain("url.ip-obfuscated");
  });
  test("an empty --text is an empty payload; a missing value and a repeated flag are named", async () => {
    expect((await runCli(["check", "--text", ""])).code).toBe(0);
    const missing = await runCli(["check", "--text"]);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, "toolkit: --text needs a value"]);
    const twice = await runCli(["check", "--text", "a", "--text", "b"]);
    expect([twice.code, twice.stderr.trim()]).toEqual([2, "toolkit: --text was given 2 times; give it once"]);
    const kindUrl = await runCli(["check", "--url", "https://a.example/", "--kind", "secrets"]);
    expect(kindUrl.code).toBe(2);
    expect(kindUrl.stderr).toContain("--kind secrets cannot be combined with --url");
  });
  test("the value layer on its own: --x=v, values that start with '-', leaves positionals alone", () => {
    const spec = flagSpecOf(["--text <str>", "--history [range]", "--staged"]);
    const argv = protectValues(["node", "t", "check", "--text=007", "--history", "--staged", "pos"], spec);
    expect(argv[3]).not.toBe("--text=007");
    expect(restoreValues({ text: argv[3]!.slice("--text=".length), history: true, staged: true }, spec)).toEqual({ text: "007", history: true, staged: true });
    expect(() => restoreValues({ text: true }, spec)).toThrow("--text needs a value");
  });
});

describe("exit codes", () => {
  test("a bug is an internal error (70), a user's mistake a usage error (2)", () => {
    expect(exitCodeFor(new UsageError("bad flag"))).toBe(EXIT.usage);
    expect(exitCodeFor(Object.assign(new Error("x"), { name: "CACError" }))).toBe(EXIT.usage);
    expect(exitCodeFor(new TypeError("undefined is not an object"))).toBe(70);
    expect(exitCodeFor("thrown string")).toBe(70);
  });
});

describe("output", () => {
  test("a closed pipe ends the process quietly with the verdict's exit code", async () => {
    const dir = tempDir("tk-epipe-");
    const file = join(dir, "big.txt");
    writeFileSync(file, `${"clean text line\\n".repeat(10)}`);
    const tok = fake.githubPat();
    writeFileSync(join(dir, "secret.txt"), `token=${tok}\\n`.repeat(2000));
    for (const [f, want] of [[file, 0], [join(dir, "secret.txt"), 1]] as const) {
      // `| head -c 1` closes the pipe after one byte while toolkit is still writing.
      const p = Bun.spawn(["sh", "-c", `"${process.execPath}" "${ENTRY}" check --file "${f}" --format sarif | head -c 1 >/dev/null; echo "rc=\${PIPESTATUS:-}"`], { stdout: "pipe", stderr: "pipe", env: { ...process.env, TOOLKIT_CONFIG: "" } });
      await p.exited;
      const err = await new Response(p.stderr).text();
      expect(err).not.toContain("EPIPE");
      expect(err).not.toContain("at ");
      // Exit code of toolkit itself, without the shell pipe in between:
      const q = Bun.spawn([process.execPath, ENTRY, "check", "--file", f, "--format", "sarif"], { stdout: "pipe", stderr: "pipe", env: { ...process.env, TOOLKIT_CONFIG: "" } });
      const reader = q.stdout.getReader();
      await reader.read();
      await reader.cancel();
      expect(await q.exited).toBe(want);
      expect(await new Response(q.stderr).text()).toBe("");
    }
  });
  test("SARIF of a scan that failed closed carries the failure and the block", async () => {
    const deep = `{"tools":[{"name":"x","description":"d","inputSchema":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}]}`;
    const r = await runCli(["check", "--format", "sarif"], { stdin: deep });
    expect(r.code).toBe(1);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/stack|deep|internal/i);
    expect(run.results.some((x: { ruleId: string; level: string }) => x.ruleId === "toolkit.scan-error" && x.level === "error")).toBe(true);
  });
  test("JSON nested 100,000 deep is a fail-closed verdict (exit 1) with a reason, not a usage error", async () => {
    const deep = `{"tools":[{"name":"x","description":"d","inputSchema":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}]}`;
    const r = await runCli(["check", "--format", "json"], { stdin: deep });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.decision).toBe("block");
    expect(j.error).toBeDefined();
  });
});

describe("config errors name the file", () => {
  test("a YAML alias bomb", async () => {
    const dir = tempDir("tk-bomb-");
    const f = join(dir, "bomb.yaml");
    const levels = ["a: &a [x,x,x,x,x,x,x,x,x]"];
    for (let i = 1; i < 7; i++) levels.push(`${"abcdefg"[i]}: &${"abcdefg"[i]} [${Array(9).fill(`*${"abcdefg"[i - 1]}`).join(",")}]`);
    writeFileSync(f, `${levels.join("\n")}\n`);
    const r = await runCli(["check", "--text", "x", "--config", f]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toStartWith(`toolkit: config ${f}: invalid YAML:`);
    expect(readFileSync(f, "utf8")).toContain("&a");
  });
});

afterAll(removeTempDirs);
