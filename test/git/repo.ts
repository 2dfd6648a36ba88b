// Temporary git repositories for the git-scan tests: real git, local identity, no global config.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

/**
 * Every repository made here, with the files tests put beside it (`<dir>-wt` worktrees,
 * `<dir>-prior.log`, `<dir>-baseline.json`): each test file calls this from `afterAll`. A
 * `process.on("exit")` handler never runs under `bun test` (measured: a CI run left ~40
 * directories in the temp folder), so it cannot do this.
 */
const made: string[] = [];
export function removeRepos(): void {
  const names = made.splice(0).map((d) => basename(d));
  let entries: string[] = [];
  try {
    entries = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const e of entries) if (names.some((n) => e === n || e.startsWith(`${n}-`))) rmSync(join(tmpdir(), e), { recursive: true, force: true });
}

/** Environment for git in tests: no user/system config, a fixed identity, a fixed date. */
export function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/tmp",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_AUTHOR_DATE: "2026-01-02T03:04:05Z",
    GIT_COMMITTER_DATE: "2026-01-02T03:04:05Z",
    TOOLKIT_CONFIG: "",
    ...extra,
  };
}

export class Repo {
  constructor(readonly dir: string) {}

  static init(prefix = "toolkit-git-"): Repo {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    const r = new Repo(dir);
    r.git("init", "-q", "-b", "main");
    r.git("config", "user.name", "Test Author");
    r.git("config", "user.email", "author@example.test");
    r.git("config", "commit.gpgsign", "false");
    return r;
  }

  git(...args: string[]): string {
    const p = Bun.spawnSync(["git", ...args], { cwd: this.dir, env: gitEnv(), stdout: "pipe", stderr: "pipe" });
    if (p.exitCode !== 0) throw new Error(`git ${args.join(" ")}: ${p.stderr.toString()}`);
    return p.stdout.toString();
  }

  write(path: string, content: string | Uint8Array): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  /** Writes files, stages them and commits; returns the new commit id. */
  commit(files: Record<string, string | Uint8Array>, message = "change"): string {
    for (const [p, c] of Object.entries(files)) this.write(p, c);
    this.git("add", "-A");
    this.git("commit", "-q", "--no-verify", "-m", message);
    return this.git("rev-parse", "HEAD").trim();
  }
}
