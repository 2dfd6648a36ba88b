import { afterAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { gitEnv, removeRepos, Repo } from "./repo.ts";

afterAll(removeRepos);

// Real git and a real toolkit process per test: generous on a shared, loaded machine (no timing is asserted).
setDefaultTimeout(60_000);

const scan = (r: Repo, args: string[], stdin?: string) => runCli(["git-scan", ...args], { cwd: r.dir, env: gitEnv(), stdin });
const json = async (r: Repo, args: string[]) => {
  const out = await scan(r, [...args, "--format", "json"]);
  return { code: out.code, j: JSON.parse(out.stdout), stderr: out.stderr };
};
const EXAMPLE_AWS = "AKIAIOSFODNN7EXAMPLE"; // AWS's published documentation example

function repoWithBase(): Repo {
  const r = Repo.init();
  r.commit({ "README.md": "# project\n" }, "init");
  return r;
}

describe("git-scan --staged", () => {
  test("a staged secret blocks (exit 1) with path:line, redacted only, and how to allow it", async () => {
    const r = repoWithBase();
    const tok = fake.githubPat();
    r.write("src/config.ts", `export const a = 1;\n\nconst token = "${tok}";\n`);
    r.git("add", "-A");
    const out = await scan(r, ["--staged"]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("src/config.ts:3:");
    expect(out.stdout).toContain("github-pat");
    expect(out.stdout).toContain("toolkit:allow");
    expect(out.stdout + out.stderr).not.toContain(tok);
  });

  test("clean changes, a toolkit:allow comment, and a doc quoting AWS's published example pass (exit 0)", async () => {
    const r = repoWithBase();
    r.write("clean.py", "def add(a, b):\n    return a + b\n");
    r.write("fixture.py", `TOKEN = "${fake.githubPat()}"  # toolkit:allow test fixture\n`);
    r.write("docs/aws.md", `Use an access key such as \`${EXAMPLE_AWS}\` in the examples.\n`);
    r.git("add", "-A");
    const { code, j } = await json(r, ["--staged"]);
    expect(code).toBe(0);
    expect(j.decision).toBe("allow");
    expect(j.findings.map((f: { rule: string; action: string; path: string }) => [f.rule, f.action, f.path])).toEqual([["aws-access-key-id", "info", "docs/aws.md"]]);
    expect(j.stats.suppressed.inline).toBe(1);
  });

  test("only added lines count, numbered as in the new file; a multi-line key is one finding", async () => {
    const r = Repo.init();
    const old = fake.stripeLive();
    r.commit({ "a.env": `KEEP=1\nOLD=${old}  # toolkit:allow\n` }, "init");
    const body = Array.from({ length: 10 }, () => fake.alnum(64)).join("\n");
    const pem = `${["-----BEGIN RSA PRIVATE", " KEY-----"].join("")}\n${body}\n-----END RSA PRIVATE KEY-----\n`;
    r.write("a.env", `KEEP=1\nNEW=2\nOLD=${old}  # toolkit:allow\n${pem}`);
    r.git("add", "-A");
    const { code, j } = await json(r, ["--staged"]);
    expect(code).toBe(1);
    expect(j.findings.length).toBe(1);
    expect(j.findings[0]).toMatchObject({ rule: "private-key", path: "a.env" });
    expect([4, 5]).toContain(j.findings[0].line); // BEGIN line or the key body's first line
    // A marker on the BEGIN line allows the whole block.
    r.write("a.env", `KEEP=1\nNEW=2\nOLD=${old}  # toolkit:allow\n${pem.replace("KEY-----\n", "KEY----- toolkit:allow\n")}`);
    r.git("add", "-A");
    expect((await scan(r, ["--staged"])).code).toBe(0);
  });

  test("renamed file with a secret already committed is not reported again; CRLF and a path with spaces are", async () => {
    const r = Repo.init();
    const body = Array.from({ length: 30 }, (_, i) => `line ${i} padding padding padding`).join("\n");
    r.commit({ "old.txt": `${body}\nkey=${fake.npm()}\n` }, "init");
    r.git("mv", "old.txt", "new.txt");
    const tok = fake.npm();
    r.write("dir with space/é.txt", `first\r\nsecond ${tok}\r\n`);
    r.git("add", "-A");
    const { code, j } = await json(r, ["--staged"]);
    expect(code).toBe(1);
    expect(j.findings.map((f: { path: string; line: number; rule: string }) => [f.path, f.line, f.rule])).toEqual([["dir with space/é.txt", 2, "npm-token"]]);
  });

  test("a file over the streaming threshold: secret found once, at the right line, far down", async () => {
    const r = repoWithBase();
    const filler = Array.from({ length: 60_000 }, (_, i) => `const v${i} = compute(${i}, "value-${i}");`);
    filler[55_555] = `const key = "${fake.githubPat()}";`;
    r.write("big.ts", `${filler.join("\n")}\n`);
    r.git("add", "-A");
    const { code, j } = await json(r, ["--staged"]);
    expect(j.stats.scanned_chars).toBeGreaterThan(1 << 21);
    expect(code).toBe(1);
    expect(j.findings.map((f: { line: number }) => f.line)).toEqual([55_556]);
  });

  test("binary files are skipped and counted", async () => {
    const r = repoWithBase();
    r.write("blob.bin", new Uint8Array([0, 1, 2, 3, 0, ...Buffer.from(fake.githubPat()), 0]));
    r.git("add", "-A");
    const { code, j } = await json(r, ["--staged"]);
    expect(code).toBe(0);
    expect(j.stats.binary_skipped).toBe(1);
  });
});

describe("living with it: .toolkitignore, --add-ignore, --baseline, exclude_paths", () => {
  test("--add-ignore records ids; the next scan passes; a new secret still blocks", async () => {
    const r = repoWithBase();
    r.write("test/fixture.ts", `export const FAKE = "${fake.githubPat()}";\n`);
    r.git("add", "-A");
    expect((await scan(r, ["--staged"])).code).toBe(1);
    const add = await scan(r, ["--staged", "--add-ignore"]);
    expect(add.code).toBe(0);
    const ignore = readFileSync(join(r.dir, ".toolkitignore"), "utf8");
    expect(ignore).toMatch(/^key:[0-9a-f]{64}$/m);
    expect(ignore).toMatch(/^id:[0-9a-f]{32}  # github-pat test\/fixture\.ts$/m);
    const { code, j } = await json(r, ["--staged"]);
    expect(code).toBe(0);
    expect(j.stats.suppressed.ignore).toBe(1);
    r.write("src/new.ts", `export const REAL = "${fake.githubPat()}";\n`);
    r.git("add", "-A");
    const again = await scan(r, ["--staged"]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("id:"); // the file has a key now: the hint names the id to paste
  });

  test("path globs in .toolkitignore and git_scan.exclude_paths in the config", async () => {
    const r = repoWithBase();
    r.write(".toolkitignore", "# fixtures\nfixtures/\n");
    r.write("toolkit.yaml", "git_scan:\n  exclude_paths: ['*.snap']\n");
    r.write("fixtures/keys.txt", `${fake.githubPat()}\n`);
    r.write("deep/x.snap", `${fake.githubPat()}\n`);
    r.write("src/keys.txt", `${fake.githubPat()}\n`);
    r.git("add", "-A");
    const { code, j } = await json(r, ["--staged"]);
    expect(code).toBe(1);
    expect(j.stats.excluded).toBe(2);
    expect(j.findings.map((f: { path: string }) => f.path)).toEqual(["src/keys.txt"]);
  });

  test("an unknown git_scan key is a config error (exit 2, one line)", async () => {
    const r = repoWithBase();
    r.write("toolkit.yaml", "git_scan:\n  exclude: ['*.snap']\n");
    const out = await scan(r, ["--staged"]);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split("\n").length).toBe(1);
    expect(out.stderr).toContain("git_scan");
  });

  test("a baseline survives lines inserted above the finding; new secrets still block", async () => {
    const r = repoWithBase();
    const tok = fake.slackBot();
    r.write("app.cfg", `a=1\nslack=${tok}\n`);
    r.git("add", "-A");
    const base = await scan(r, ["--staged", "--format", "json"]);
    expect(base.code).toBe(1);
    writeFileSync(join(r.dir, "..", `${r.dir.split("/").pop()}-baseline.json`), base.stdout);
    const baseline = join(r.dir, "..", `${r.dir.split("/").pop()}-baseline.json`);
    r.write("app.cfg", `# header\n# more\n\na=1\nb=2\nslack=${tok}\n`);
    r.git("add", "-A");
    const { code, j } = await json(r, ["--staged", "--baseline", baseline]);
    expect(code).toBe(0);
    expect(j.stats.suppressed.baseline).toBe(1);
    r.write("app.cfg", `# header\n\na=1\nslack=${tok}\nother=${fake.slackBot()}\n`);
    r.git("add", "-A");
    const after = await json(r, ["--staged", "--baseline", baseline]);
    expect(after.code).toBe(1);
    expect(after.j.findings.map((f: { line: number }) => f.line)).toEqual([5]);
    expect(after.j.baseline_key).toBe(JSON.parse(base.stdout).baseline_key); // reports chain as baselines
  });

  test("a bad baseline file is one line, exit 2", async () => {
    const r = repoWithBase();
    r.write("not-a-report.json", "{\"x\": 1}");
    const out = await scan(r, ["--staged", "--baseline", "not-a-report.json"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^toolkit: --baseline .*not a git-scan JSON report/);
  });
});

describe("git-scan over commits", () => {
  test("--history finds a secret added then removed, with commit, author, date, path and line", async () => {
    const r = repoWithBase();
    const tok = fake.anthropic();
    const added = r.commit({ "src/client.ts": `import x from "y";\nconst key = "${tok}";\n` }, "add client");
    r.commit({ "src/client.ts": `import x from "y";\nconst key = process.env.ANTHROPIC_API_KEY;\n` }, "use env");
    expect(readFileSync(join(r.dir, "src/client.ts"), "utf8")).not.toContain(tok);
    const { code, j } = await json(r, ["--history"]);
    expect(code).toBe(1);
    expect(j.stats.commits).toBe(3);
    expect(j.findings).toHaveLength(1);
    expect(j.findings[0]).toMatchObject({ rule: "anthropic-api-key", commit: added, author: "Test Author", email: "author@example.test", path: "src/client.ts", line: 2 });
    expect(j.findings[0].date).toStartWith("2026-01-02T03:04:05");
    const text = await scan(r, ["--history"]);
    expect(text.stdout + text.stderr).not.toContain(tok);
  });

  test("--range, --since, --all-refs and an evil merge", async () => {
    const r = repoWithBase();
    const first = r.git("rev-parse", "HEAD").trim();
    r.commit({ "a.txt": "clean\n" }, "clean");
    r.git("checkout", "-q", "-b", "side");
    r.commit({ "side.txt": `k=${fake.npm()}\n` }, "side secret");
    r.git("checkout", "-q", "main");
    expect((await scan(r, ["--range", `${first}..main`])).code).toBe(0);
    expect((await scan(r, ["--since", first])).code).toBe(0);
    expect((await scan(r, ["--all-refs"])).code).toBe(1); // the side branch is a ref too
    r.git("merge", "-q", "--no-ff", "--no-commit", "side");
    r.write("merge.txt", `only in the merge ${fake.stripeLive()}\n`);
    r.git("add", "-A");
    r.git("commit", "-q", "--no-verify", "-m", "merge");
    const merge = r.git("rev-parse", "HEAD").trim();
    const { j } = await json(r, ["--history"]);
    expect(j.findings.map((f: { rule: string; commit: string }) => [f.rule, f.commit === merge])).toEqual([["stripe-secret-key", true], ["npm-token", false]]);
  });

  test("not a repository, a bad range and a stray argument: exit 2, one line, no stack", async () => {
    const r = repoWithBase();
    const outside = await runCli(["git-scan", "--staged"], { cwd: "/", env: gitEnv() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^toolkit: not a git repository: \/ /);
    for (const args of [["--range", "nope..HEAD"], ["--since", "--all"], ["--history", "HEAD~5..HEAD"], ["stray"], ["--format", "xml"], ["--staged", "--all-refs"], ["--history", "HEAD", "--all-refs"], ["--range", "HEAD", "--since", "HEAD"]]) {
      const out = await scan(r, args);
      expect(out.code).toBe(2);
      expect(out.stderr.trim().split("\n")).toHaveLength(1);
      expect(out.stderr).not.toContain("    at ");
    }
  });

  test("the user's git config cannot change what is read (prefixes, colour, context, root commit, submodule log, relative)", async () => {
    const r = Repo.init();
    const tok = fake.githubPat();
    r.commit({ "sub/first.txt": `${tok}\n` }, "root commit with a secret");
    for (const [k, v] of [["diff.noprefix", "true"], ["color.ui", "always"], ["diff.context", "9"], ["log.showroot", "false"], ["diff.submodule", "log"], ["diff.relative", "true"], ["diff.mnemonicPrefix", "true"], ["core.quotepath", "true"]]) r.git("config", k!, v!);
    const { code, j } = await json(r, ["--history"]);
    expect(code).toBe(1);
    expect(j.findings.map((f: { path: string; line: number }) => [f.path, f.line])).toEqual([["sub/first.txt", 1]]);
    r.write("sub/é second.txt", `x\n${fake.npm()}\n`);
    r.git("add", "-A");
    const staged = await runCli(["git-scan", "--staged", "--format", "json"], { cwd: join(r.dir, "sub"), env: gitEnv() });
    expect(JSON.parse(staged.stdout).findings.map((f: { path: string; line: number }) => [f.path, f.line])).toEqual([["sub/é second.txt", 2]]);
  });

  test("git missing from PATH: exit 2, one line", async () => {
    const r = repoWithBase();
    const out = await runCli(["git-scan", "--staged"], { cwd: r.dir, env: { ...gitEnv(), PATH: "/nonexistent" } });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe("toolkit: git not found on PATH (git-scan runs git)\n");
  });

  test("an empty repository's history is clean; its staged files are scanned", async () => {
    const r = Repo.init();
    expect((await scan(r, ["--history"])).code).toBe(0);
    r.write("x.txt", `${fake.githubPat()}\n`);
    r.git("add", "-A");
    expect((await scan(r, ["--staged"])).code).toBe(1);
  });
});

describe("git-scan - (diff on stdin) and SARIF", () => {
  test("stdin diff outside a repository; SARIF 2.1.0 with partialFingerprints", async () => {
    const tok = fake.githubPat();
    const diff = `diff --git a/x.ts b/x.ts\n--- a/x.ts\n+++ b/x.ts\n@@ -10,2 +10,3 @@\n ctx\n-old\n+const t = "${tok}";\n+ok\n ctx\n`;
    const out = await runCli(["git-scan", "-", "--format", "sarif"], { cwd: "/", env: gitEnv(), stdin: diff });
    expect(out.code).toBe(1);
    const s = JSON.parse(out.stdout);
    expect(s.version).toBe("2.1.0");
    const res = s.runs[0].results[0];
    expect(res).toMatchObject({ ruleId: "github-pat", level: "error" });
    expect(res.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "x.ts", index: 0 }, region: { startLine: 11, startColumn: 12 } });
    expect(s.runs[0].artifacts).toEqual([{ location: { uri: "x.ts" } }]);
    expect(s.runs[0].invocations[0].executionSuccessful).toBe(true);
    expect(res.partialFingerprints["toolkit/v2"]).toMatch(/^[0-9a-f]{32}$/);
    expect(out.stdout).not.toContain(tok);
  });
});

describe("bounded memory", () => {
  test("a 108 MiB diff on stdin (one 60 MiB line, then 48 MiB in 1.3 M lines) streams: both secrets found, RSS stays far below the input", async () => {
    const tokA = fake.githubPat();
    const tokB = fake.npm();
    const enc = new TextEncoder();
    const MB = 1024 * 1024;
    let step = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        // One 60 MiB line, sent as 60 chunks, with a secret in its middle; then 80 × 16,384 lines.
        if (step === 0) ctl.enqueue(enc.encode("diff --git a/min.js b/min.js\nnew file mode 100644\n--- /dev/null\n+++ b/min.js\n@@ -0,0 +1 @@\n+"));
        else if (step <= 60) ctl.enqueue(enc.encode(step === 30 ? `var a="${tokA}";${"x=1;".repeat(MB / 4 - 12)}` : "x=1;".repeat(MB / 4)));
        else if (step === 61) ctl.enqueue(enc.encode(`\ndiff --git a/big.txt b/big.txt\nnew file mode 100644\n--- /dev/null\n+++ b/big.txt\n@@ -0,0 +1,${80 * 16384} @@\n`));
        else if (step <= 141) {
          const lines: string[] = [];
          for (let i = 0; i < 16384; i++) lines.push(step === 130 && i === 100 ? `+key: ${tokB}${" ".repeat(57 - tokB.length)}` : `+line ${String(step * 16384 + i).padStart(10, "0")} of generated text.....`);
          ctl.enqueue(enc.encode(`${lines.join("\n")}\n`));
        } else ctl.close();
        step++;
      },
    });
    const out = await runWithPeakRss(["git-scan", "-", "--format", "json"], body);
    expect(out.code).toBe(1);
    const j = JSON.parse(out.stdout);
    expect(j.findings.map((f: { path: string; line: number; rule: string }) => [f.path, f.line, f.rule])).toEqual([
      ["min.js", 1, "github-pat"],
      ["big.txt", (130 - 62) * 16384 + 100 + 1, "npm-token"],
    ]);
    expect(j.stats.scanned_chars).toBeGreaterThan(105 * MB);
    // Held whole, the 60 MiB line alone would be 120 MiB as UTF-16, before the parser's copies.
    expect(out.peakRssBytes).toBeGreaterThan(0);
    expect(out.peakRssBytes).toBeLessThan(200 * MB);
  }, 180_000);
});

/**
 * Runs toolkit and samples its own peak RSS (VmHWM in /proc) until it exits. The child's rusage
 * is no use here: it is the largest any child of this test process ever reached (RUSAGE_CHILDREN),
 * so an earlier test's big process would show up in this one.
 */
async function runWithPeakRss(args: string[], stdin: ReadableStream<Uint8Array>) {
  const proc = Bun.spawn([process.execPath, join(import.meta.dir, "..", "..", "cmd", "toolkit.ts"), ...args], { cwd: "/", env: gitEnv(), stdin, stdout: "pipe", stderr: "pipe" });
  let peakRssBytes = 0;
  let done = false;
  const sample = (async () => {
    while (!done) {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"))?.[1];
        if (kb) peakRssBytes = Math.max(peakRssBytes, Number(kb) * 1024);
      } catch {
        // exited between two samples
      }
      await Bun.sleep(20);
    }
  })();
  const [stdout, code] = await Promise.all([new Response(proc.stdout).text(), proc.exited]);
  done = true;
  await sample;
  return { stdout, code, peakRssBytes };
}
