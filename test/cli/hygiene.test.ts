// Secret hygiene: every command run on inputs full of fake secrets (built at run time) — check in
// every format, git-scan in every format, audit in every format, the proxy's block page and log,
// an MCP refusal — and no secret appears whole in any stdout, stderr, report, log or page.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { curlStatus, startProxy } from "../helpers/net.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

const secrets = [fake.githubPat(), fake.awsKeyId(), fake.stripeLive(), fake.slackBot(), fake.anthropic(), fake.npm()];
const payload = [
  `GITHUB_TOKEN=${secrets[0]}`,
  `aws_access_key_id = ${secrets[1]}`,
  `stripe: "${secrets[2]}"`,
  `{"slack": "${secrets[3]}", "anthropic": "${secrets[4]}"}`,
  `//registry.npmjs.org/:_authToken=${secrets[5]}`,
].join("\n");

function assertClean(where: string, text: string): void {
  for (const s of secrets) {
    // Whole, or with only its first and last few characters cut, it must never appear.
    expect(`${where}: ${text.includes(s) || text.includes(s.slice(4, -4)) ? "LEAKED" : "clean"}`).toBe(`${where}: clean`);
  }
}

describe("no command prints a secret whole", () => {
  test("check (text, json, sarif; stdin and file)", async () => {
    const dir = tempDir("tk-hyg-");
    writeFileSync(join(dir, "p.txt"), payload);
    for (const format of ["text", "json", "sarif"]) {
      const a = await runCli(["check", "--format", format], { stdin: payload });
      expect(a.code).toBe(1);
      assertClean(`check stdin ${format}`, a.stdout + a.stderr);
      const b = await runCli(["check", "--format", format, "--file", join(dir, "p.txt")]);
      assertClean(`check file ${format}`, b.stdout + b.stderr);
    }
  });
  test("git-scan (staged; text, json, sarif) and audit (text, json, sarif)", async () => {
    const repo = tempDir("tk-hyg-repo-");
    const git = (...args: string[]) => Bun.spawnSync(["git", ...args], { cwd: repo, env: { PATH: process.env.PATH ?? "", HOME: repo, GIT_CONFIG_NOSYSTEM: "1" } });
    git("init", "-q");
    mkdirSync(join(repo, "src"));
    writeFileSync(join(repo, "src", "config.env"), payload);
    writeFileSync(join(repo, ".mcp.json"), JSON.stringify({ mcpServers: { gh: { command: "npx", args: ["-y", "server-github"], env: { GITHUB_TOKEN: secrets[0] } } } }));
    git("add", ".");
    for (const format of ["text", "json", "sarif"]) {
      const g = await runCli(["git-scan", "--staged", "--format", format], { cwd: repo, env: { HOME: repo } });
      expect(g.code).toBe(1);
      assertClean(`git-scan ${format}`, g.stdout + g.stderr);
      const a = await runCli(["audit", repo, "--format", format, "--no-progress"], { env: { HOME: repo } });
      expect(a.code).toBe(1);
      assertClean(`audit ${format}`, a.stdout + a.stderr);
    }
  }, 60_000);
  test("the proxy: block pages, audit log, metrics; MCP refusals", async () => {
    const dir = tempDir("tk-hyg-proxy-");
    writeFileSync(join(dir, "cfg.yaml"), "ssrf: {allow: [127.0.0.0/8]}\ntls: {intercept: false}\n");
    const upstream = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("ok") });
    const proxy = await startProxy({ config: join(dir, "cfg.yaml"), home: dir });
    try {
      const pages: string[] = [];
      for (const s of secrets) {
        const p = Bun.spawn(["curl", "-s", "-i", "-x", proxy.proxyUrl, "-H", `X-Note: ${s}`, "--data", `k=${s}`, `http://127.0.0.1:${upstream.port}/p?q=${encodeURIComponent(s)}`], { stdout: "pipe" });
        pages.push(await new Response(p.stdout).text());
        await p.exited;
      }
      expect(pages.every((p) => p.startsWith("HTTP/1.1 403"))).toBe(true);
      assertClean("block pages", pages.join("\n"));
      expect(await curlStatus(proxy.proxyUrl, `http://127.0.0.1:${upstream.port}/ok`)).toBe(200);
      assertClean("metrics", await (await fetch(`${proxy.apiUrl}/metrics`)).text());
      assertClean("stats", await (await fetch(`${proxy.apiUrl}/stats`)).text());
      await Bun.sleep(200);
      assertClean("audit log", readFileSync(join(dir, "audit.log"), "utf8"));
    } finally {
      await proxy.stop();
      upstream.stop(true);
    }
    assertClean("proxy stdout/stderr", proxy.stdout() + proxy.stderr());
  }, 60_000);
});

afterAll(removeTempDirs);
