import { afterAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { chmodSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { gitEnv, removeRepos, Repo } from "./repo.ts";

afterAll(removeRepos);

// Real git and a real toolkit process per test: generous on a shared, loaded machine (no timing is asserted).
setDefaultTimeout(60_000);

// The hook records the command that installed it: here `bun cmd/toolkit.ts` (from source), so
// these commits run the code under test, exactly as a compiled binary's path would be run.
const toolkit = (cwd: string, args: string[]) => runCli(["git-scan", ...args], { cwd, env: gitEnv() });

function gitCommit(cwd: string, message = "change", env: Record<string, string> = {}) {
  const p = Bun.spawnSync(["git", "commit", "-q", "-m", message], { cwd, env: gitEnv(env), stdout: "pipe", stderr: "pipe" });
  return { code: p.exitCode, out: p.stdout.toString() + p.stderr.toString() };
}

function base(): Repo {
  const r = Repo.init();
  r.commit({ "README.md": "# project\n" }, "init");
  return r;
}

describe("pre-commit hook", () => {
  test("installed from a subdirectory: refuses a staged secret, passes a clean change, toolkit:allow and a published example", async () => {
    const r = base();
    mkdirSync(join(r.dir, "src", "deep"), { recursive: true });
    const inst = await toolkit(join(r.dir, "src", "deep"), ["--install-hook"]);
    expect(inst.code).toBe(0);
    expect(inst.stdout).toContain(join(r.dir, ".git", "hooks", "pre-commit"));

    const tok = fake.githubPat();
    r.write("src/deep/leak.ts", `export const t = "${tok}";\n`);
    r.git("add", "-A");
    const refused = gitCommit(join(r.dir, "src"));
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain("github-pat");
    expect(refused.out).toContain("src/deep/leak.ts:1:");
    expect(refused.out).toContain("--no-verify");
    expect(refused.out).not.toContain(tok);
    expect(r.git("rev-list", "--count", "HEAD").trim()).toBe("1");

    r.write("src/deep/leak.ts", `export const t = "${tok}"; // toolkit:allow test fixture\n`);
    r.git("add", "-A");
    expect(gitCommit(r.dir).code).toBe(0);

    r.write("docs/aws.md", "Example: `AKIAIOSFODNN7EXAMPLE`\n");
    r.write("src/ok.ts", "export const ok = true;\n");
    r.git("add", "-A");
    const passed = gitCommit(r.dir);
    expect(passed.code).toBe(0);
    expect(r.git("rev-list", "--count", "HEAD").trim()).toBe("3");
  });

  test("keeps and runs an existing hook; uninstall puts it back byte for byte", async () => {
    const r = base();
    const hooks = join(r.dir, ".git", "hooks");
    const prior = `#!/bin/sh\necho ran >> "${join(r.dir, "..", `${r.dir.split("/").pop()}-prior.log`)}"\n`;
    r.write(".git/hooks/pre-commit", prior);
    chmodSync(join(hooks, "pre-commit"), 0o755);
    const inst = await toolkit(r.dir, ["--install-hook"]);
    expect(inst.stdout).toContain("runs first");
    expect(readFileSync(join(hooks, "pre-commit.toolkit-prev"), "utf8")).toBe(prior);
    // Installing twice keeps the chain intact.
    expect((await toolkit(r.dir, ["--install-hook"])).stdout).toContain("updated");
    expect(readFileSync(join(hooks, "pre-commit.toolkit-prev"), "utf8")).toBe(prior);

    const log = join(r.dir, "..", `${r.dir.split("/").pop()}-prior.log`);
    r.write("a.txt", "clean\n");
    r.git("add", "-A");
    expect(gitCommit(r.dir).code).toBe(0);
    expect(readFileSync(log, "utf8")).toBe("ran\n");
    r.write("b.txt", `${fake.stripeLive()}\n`);
    r.git("add", "-A");
    expect(gitCommit(r.dir).code).not.toBe(0);
    expect(readFileSync(log, "utf8")).toBe("ran\nran\n");

    const un = await toolkit(r.dir, ["--uninstall-hook"]);
    expect(un.stdout).toContain("previous hook is back");
    expect(readFileSync(join(hooks, "pre-commit"), "utf8")).toBe(prior);
    expect(existsSync(join(hooks, "pre-commit.toolkit-prev"))).toBe(false);
  });

  test("a failing prior hook still stops the commit; uninstall without a prior hook removes ours", async () => {
    const r = base();
    r.write(".git/hooks/pre-commit", "#!/bin/sh\necho 'prior says no' >&2\nexit 3\n");
    chmodSync(join(r.dir, ".git/hooks/pre-commit"), 0o755);
    await toolkit(r.dir, ["--install-hook"]);
    r.write("a.txt", "clean\n");
    r.git("add", "-A");
    const c = gitCommit(r.dir);
    expect(c.code).not.toBe(0);
    expect(c.out).toContain("prior says no");
    await toolkit(r.dir, ["--uninstall-hook"]);
    const r2 = base();
    await toolkit(r2.dir, ["--install-hook"]);
    expect((await toolkit(r2.dir, ["--uninstall-hook"])).code).toBe(0);
    expect(existsSync(join(r2.dir, ".git/hooks/pre-commit"))).toBe(false);
  });

  test("git commit -a and git commit <path> (git's temporary index) are scanned too", async () => {
    const r = base();
    r.commit({ "app.env": "A=1\n", "other.txt": "x\n" }, "files");
    await toolkit(r.dir, ["--install-hook"]);
    r.write("app.env", `A=1\nB=${fake.stripeLive()}\n`);
    const all = Bun.spawnSync(["git", "commit", "-q", "-a", "-m", "all"], { cwd: r.dir, env: gitEnv(), stdout: "pipe", stderr: "pipe" });
    expect(all.exitCode).not.toBe(0);
    expect(all.stdout.toString() + all.stderr.toString()).toContain("app.env:2:");
    const only = Bun.spawnSync(["git", "commit", "-q", "-m", "only", "app.env"], { cwd: r.dir, env: gitEnv(), stdout: "pipe", stderr: "pipe" });
    expect(only.exitCode).not.toBe(0);
    expect(r.git("rev-list", "--count", "HEAD").trim()).toBe("2");
  });

  test("uninstall refuses a hook toolkit did not write", async () => {
    const r = base();
    r.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n");
    const out = await toolkit(r.dir, ["--uninstall-hook"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("not written by toolkit");
  });

  test("core.hooksPath is honoured", async () => {
    const r = base();
    r.git("config", "core.hooksPath", "ci/hooks");
    const inst = await toolkit(r.dir, ["--install-hook"]);
    expect(inst.code).toBe(0);
    expect(existsSync(join(r.dir, "ci", "hooks", "pre-commit"))).toBe(true);
    expect(existsSync(join(r.dir, ".git", "hooks", "pre-commit"))).toBe(false);
    r.write("k.txt", `${fake.npm()}\n`);
    r.git("add", "k.txt");
    expect(gitCommit(r.dir).code).not.toBe(0);
  });

  test("works in a linked worktree", async () => {
    const r = base();
    await toolkit(r.dir, ["--install-hook"]);
    const wt = `${r.dir}-wt`;
    r.git("worktree", "add", "-q", wt, "-b", "feature");
    const w = new Repo(wt);
    w.write("leak.txt", `${fake.githubPat()}\n`);
    w.git("add", "-A");
    const c = gitCommit(wt);
    expect(c.code).not.toBe(0);
    expect(c.out).toContain("leak.txt:1:");
  });

  test("the recorded toolkit is gone and none is on PATH: the commit is refused with a reason", async () => {
    const r = base();
    const hook = join(r.dir, ".git", "hooks", "pre-commit");
    await toolkit(r.dir, ["--install-hook"]);
    const text = readFileSync(hook, "utf8").replace(/^toolkit_bin=.*$/m, "toolkit_bin='/nonexistent/toolkit'");
    r.write(".git/hooks/pre-commit", text);
    r.write("a.txt", "clean\n");
    r.git("add", "-A");
    const c = gitCommit(r.dir, "x", { PATH: "/usr/bin:/bin" });
    expect(c.code).not.toBe(0);
    expect(c.out).toContain("toolkit is not at /nonexistent/toolkit nor on PATH");
  });
});

describe("pre-push hook", () => {
  test("refuses a push carrying a secret in any pushed commit, even one removed later", async () => {
    const remote = Repo.init("toolkit-remote-");
    remote.git("config", "receive.denyCurrentBranch", "ignore");
    const r = base();
    r.git("remote", "add", "origin", remote.dir);
    r.git("push", "-q", "origin", "main");
    const inst = await toolkit(r.dir, ["--install-hook", "--hook", "pre-push"]);
    expect(inst.code).toBe(0);
    r.commit({ "a.txt": "clean\n" }, "clean");
    const ok = Bun.spawnSync(["git", "push", "-q", "origin", "main"], { cwd: r.dir, env: gitEnv(), stderr: "pipe" });
    expect(ok.exitCode).toBe(0);
    r.commit({ "s.txt": `${fake.stripeLive()}\n` }, "secret");
    r.commit({ "s.txt": "gone\n" }, "remove it");
    const bad = Bun.spawnSync(["git", "push", "origin", "main"], { cwd: r.dir, env: gitEnv(), stdout: "pipe", stderr: "pipe" });
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stdout.toString() + bad.stderr.toString()).toContain("stripe-secret-key");
  });
});
