// rootIfTop: the repository's top directory without a git process, only where git would give
// the same answer; every doubtful case is left to `git rev-parse` (undefined).
import { afterAll, describe, expect, test } from "bun:test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rootIfTop } from "../../src/git/git.ts";
import { removeRepos, Repo } from "./repo.ts";

afterAll(removeRepos);

describe("rootIfTop", () => {
  test("at the top of a repository: the directory, as git rev-parse --show-toplevel says", () => {
    const r = Repo.init();
    expect(rootIfTop(r.dir, {})).toBe(r.dir);
    expect(r.git("rev-parse", "--show-toplevel").trim()).toBe(r.dir);
  });

  test("a subdirectory, a linked worktree, GIT_DIR / GIT_WORK_TREE: left to git", () => {
    const r = Repo.init();
    r.commit({ "sub/a.txt": "a\n" }, "init");
    expect(rootIfTop(join(r.dir, "sub"), {})).toBeUndefined();
    const wt = `${r.dir}-wt`;
    r.git("worktree", "add", "-q", wt);
    expect(rootIfTop(wt, {})).toBeUndefined();
    expect(rootIfTop(r.dir, { GIT_DIR: join(r.dir, ".git") })).toBeUndefined();
    expect(rootIfTop(r.dir, { GIT_WORK_TREE: r.dir })).toBeUndefined();
  });

  test("core.worktree, a bare flag that is not plainly false, an include: left to git", () => {
    const r = Repo.init();
    const config = (body: string) => writeFileSync(join(r.dir, ".git", "config"), body);
    for (const plain of ["[core]\n\tbare = false\n", "[core]\n\tbare=False # no\n", "[core]\n\tbare = 0\n"]) {
      config(plain);
      expect(rootIfTop(r.dir, {})).toBe(r.dir);
    }
    for (const odd of ["[core]\n\tbare = true\n", "[core]\n\tbare\n", "[core]\n\tbare = yes\n", "[core]\n\tworktree = /elsewhere\n", "[extensions]\n\tworktreeConfig = true\n", "[include]\n\tpath = more.cfg\n", "[includeIf \"gitdir:~/\"]\n\tpath = x\n"]) {
      config(odd);
      expect(rootIfTop(r.dir, {})).toBeUndefined();
    }
  });

  test("a .git directory that is not a repository (no HEAD): left to git", () => {
    const r = Repo.init();
    const inner = join(r.dir, "vendored");
    mkdirSync(join(inner, ".git"), { recursive: true });
    expect(rootIfTop(inner, {})).toBeUndefined();
  });
});
