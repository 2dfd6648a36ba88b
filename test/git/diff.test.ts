import { afterAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { DiffParser, type CommitInfo, type DiffFile } from "../../src/git/diff.ts";
import { PathMatcher, unquoteCPath } from "../../src/git/paths.ts";
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { removeRepos, Repo } from "./repo.ts";

afterAll(removeRepos);

// Real git and a real toolkit process per test: generous on a shared, loaded machine (no timing is asserted).
setDefaultTimeout(60_000);

interface Parsed {
  commits: CommitInfo[];
  files: Array<DiffFile & { lines: Array<[number, string]>; commit?: string }>;
}

/** Parses `text`, fed in chunks of `chunk` characters (1 = every edge case of chunking). */
export function parse(text: string, chunk = 1 << 20): Parsed {
  const out: Parsed = { commits: [], files: [] };
  let cur: Parsed["files"][number] | null = null;
  const p = new DiffParser({
    commit: (c) => out.commits.push(c),
    file: (f) => {
      cur = { ...f, lines: [], commit: out.commits.at(-1)?.sha };
      out.files.push(cur);
    },
    lineStart: (n) => cur!.lines.push([n, ""]),
    text: (s) => {
      cur!.lines.at(-1)![1] += s;
    },
    fileEnd: () => {
      cur = null;
    },
  });
  for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk));
  p.end();
  return out;
}

const GIT_DIFF = ["-c", "core.quotepath=off", "diff", "--cached", "-U0", "--no-color", "--src-prefix=a/", "--dst-prefix=b/", "-M"];

describe("diff parser on real git output", () => {
  test("added lines carry new-file line numbers; context and removed lines are not reported", () => {
    const r = Repo.init();
    r.commit({ "a.txt": "one\ntwo\nthree\nfour\n" });
    r.write("a.txt", "zero\none\nTWO\nthree\nfour\nfive\n");
    r.git("add", "-A");
    const text = r.git(...GIT_DIFF);
    for (const chunk of [1, 3, 7, 1 << 20]) {
      const parsed = parse(text, chunk);
      expect(parsed.files.map((f) => [f.path, f.status])).toEqual([["a.txt", "modified"]]);
      expect(parsed.files[0]!.lines).toEqual([[1, "zero"], [3, "TWO"], [6, "five"]]);
    }
  });

  test("lines that look like headers inside a hunk are content", () => {
    const r = Repo.init();
    r.commit({ "x": "base\n" });
    r.write("x", "base\n++ b/evil\n-- a/evil\ndiff --git a/q b/q\n@@ -1 +1 @@\n");
    r.git("add", "-A");
    const parsed = parse(r.git(...GIT_DIFF), 5);
    expect(parsed.files.length).toBe(1);
    expect(parsed.files[0]!.lines.map((l) => l[1])).toEqual(["++ b/evil", "-- a/evil", "diff --git a/q b/q", "@@ -1 +1 @@"]);
  });

  test("renames, copies, deletions, mode changes, binaries and paths with spaces, quotes and non-ASCII", () => {
    const r = Repo.init();
    const body = Array.from({ length: 40 }, (_, i) => `line ${i} of a file long enough for rename detection`).join("\n");
    r.commit({ "old name.txt": `${body}\n`, "gone.txt": "bye\n", "run.sh": "echo hi\n" });
    r.git("mv", "old name.txt", "new name.txt");
    r.write("new name.txt", `${body}\nadded after rename\n`);
    r.git("rm", "-q", "gone.txt");
    chmodSync(join(r.dir, "run.sh"), 0o755);
    r.write("bin.dat", new Uint8Array([0, 1, 2, 0, 255, 0]));
    r.write('qu"ote\tand é.txt', "quoted path content\n");
    r.git("add", "-A");
    const parsed = parse(r.git(...GIT_DIFF), 2);
    const byPath = new Map(parsed.files.map((f) => [f.path, f]));
    expect(byPath.get("new name.txt")).toMatchObject({ status: "renamed", oldPath: "old name.txt", lines: [[41, "added after rename"]] });
    expect(byPath.get("gone.txt")).toMatchObject({ status: "deleted", lines: [] });
    expect(byPath.get("run.sh")).toMatchObject({ status: "modified", oldMode: "100644", newMode: "100755", lines: [] });
    expect(byPath.get("bin.dat")).toMatchObject({ status: "added", binary: true, lines: [] });
    expect(byPath.get('qu"ote\tand é.txt')).toMatchObject({ status: "added", lines: [[1, "quoted path content"]] });
  });

  test("CRLF, non-UTF-8 bytes and a very long line", () => {
    const r = Repo.init();
    r.commit({ "keep": "x\n" });
    const long = "k".repeat(300_000);
    r.write("crlf.txt", "first\r\nsecond\r\n");
    r.write("latin1.txt", new Uint8Array([...Buffer.from("caf"), 0xe9, 0x0a]));
    r.write("long.txt", `${long}\n`);
    r.git("add", "-A");
    const text = new TextDecoder().decode(Bun.spawnSync(["git", ...GIT_DIFF], { cwd: r.dir }).stdout);
    const parsed = parse(text, 4096);
    const byPath = new Map(parsed.files.map((f) => [f.path, f]));
    expect(byPath.get("crlf.txt")!.lines).toEqual([[1, "first"], [2, "second"]]);
    expect(byPath.get("latin1.txt")!.lines).toEqual([[1, "caf\uFFFD"]]);
    expect(byPath.get("long.txt")!.lines).toEqual([[1, long]]);
  });

  test("submodule pointers are files whose content is never reported", () => {
    const sub = Repo.init();
    sub.commit({ "s.txt": "s\n" });
    const r = Repo.init();
    r.commit({ "a": "a\n" });
    r.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.dir, "vendor/sub");
    const parsed = parse(r.git(...GIT_DIFF));
    const s = parsed.files.find((f) => f.path === "vendor/sub")!;
    expect(s.submodule).toBe(true);
    expect(s.lines).toEqual([]);
    expect(parsed.files.find((f) => f.path === ".gitmodules")!.lines.length).toBeGreaterThan(0);
  });

  test("git log -p: commits and their files, and a merge's own lines in a combined diff", () => {
    const r = Repo.init();
    r.commit({ "f": "1\n2\n3\n" }, "base");
    r.git("checkout", "-q", "-b", "side");
    r.commit({ "f": "1\n2\n3\nside\n" }, "side");
    r.git("checkout", "-q", "main");
    r.commit({ "f": "main\n1\n2\n3\n" }, "main");
    r.git("merge", "-q", "--no-ff", "--no-commit", "side");
    r.write("f", "main\n1\n2\n3\nside\nevil merge line\n");
    r.git("add", "-A");
    r.git("commit", "-q", "-m", "merge");
    const log = r.git("-c", "core.quotepath=off", "log", "-p", "-U0", "--cc", "--format=format:%x01%H%x01%P%x01%aI%x01%an%x01%ae");
    const parsed = parse(log, 3);
    expect(parsed.commits.length).toBe(4);
    expect(parsed.commits[0]!.parents.length).toBe(2);
    expect(parsed.commits[0]!.author).toBe("Test Author");
    const merge = parsed.files.filter((f) => f.commit === parsed.commits[0]!.sha);
    expect(merge.flatMap((f) => f.lines)).toEqual([[6, "evil merge line"]]);
    const all = parsed.files.flatMap((f) => f.lines.map((l) => l[1]));
    expect(all.sort()).toEqual(["1", "2", "3", "evil merge line", "main", "side"]);
  });

  test("plain diff -u output (no git headers), timestamps after a tab", () => {
    const text = "--- old/a.txt\t2026-01-01 00:00:00\n+++ new/a.txt\t2026-01-02 00:00:00\n@@ -1,2 +1,3 @@\n keep\n-gone\n+new one\n+new two\n";
    expect(parse(text, 1).files).toMatchObject([{ path: "new/a.txt", status: "modified", lines: [[2, "new one"], [3, "new two"]] }]);
  });

  test("C-quoted paths unquote to their UTF-8 bytes", () => {
    expect(unquoteCPath('"a\\303\\251 \\"b\\"\\tc"')).toBe('aé "b"\tc');
    expect(unquoteCPath("plain")).toBe("plain");
  });
});

describe("path globs (.toolkitignore, git_scan.exclude_paths)", () => {
  test("gitignore flavour: basename patterns at any depth, anchored patterns, directories, **", () => {
    const m = new PathMatcher(["# comment", "*.snap", "/top.txt", "fixtures/", "docs/**/*.md", "vendor/lib"]);
    const yes = ["a.snap", "deep/er/x.snap", "top.txt", "fixtures/k.txt", "src/fixtures/deep/k.txt", "docs/a/b/c.md", "docs/c.md", "vendor/lib/x.js"];
    const no = ["a.snapshot", "src/top.txt", "fixtures.txt", "docs/c.txt", "src/vendor/lib/x.js", "# comment"];
    for (const p of yes) expect([p, m.match(p) !== undefined]).toEqual([p, true]);
    for (const p of no) expect([p, m.match(p) !== undefined]).toEqual([p, false]);
  });
});

describe("diff parser robustness", () => {
  test("random and truncated input: never throws, and any chunking gives the same events", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pieces = ["diff --git a/x b/x\n", "--- a/x\n", "+++ b/x\n", "@@ -1,2 +1,3 @@\n", "@@@ -1 -1 +1,2 @@@\n", "+added line\n", "-gone\n", " ctx\n", "++ plus plus\n", "\\ No newline at end of file\n", "Binary files a/y and b/y differ\n", "rename to \"q\\303\\251\"\n", "\r\n", "\x01abc\x01\x01date\x01n\x01e\n", "@@ -0,0 +1 @@\n", "garbage\n", "+\n", "+partial"];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 5 + Math.floor(rand() * 40) }, () => pieces[Math.floor(rand() * pieces.length)]).join("");
      const whole = JSON.stringify(parse(text));
      const chunk = 1 + Math.floor(rand() * 9);
      expect(JSON.stringify(parse(text, chunk))).toBe(whole);
    }
  });
});

describe("DiffScanner: a toolkit:allow marker split across input chunks", () => {
  test("counts for its line at every chunk size, and only for its line", async () => {
    const { DiffScanner } = await import("../../src/git/scan.ts");
    const { loadGitCore } = await import("../../src/git/core.ts");
    const { configFromText } = await import("../../src/config/load.ts");
    const { fake } = await import("../helpers/fake.ts");
    const core = await loadGitCore(await configFromText("", "embedded default", {}));
    const secret = fake.githubPat();
    const diff = [
      "diff --git a/a.py b/a.py", "new file mode 100644", "index 0000000..1111111", "--- /dev/null", "+++ b/a.py", "@@ -0,0 +1,3 @@",
      `+x = "${secret}"  # toolkit:allow`, `+y = "${fake.githubPat()}"`, "+toolkit:", "",
    ].join("\n");
    for (const chunk of [1, 2, 5, 11, 13, 17, 1 << 20]) {
      const scanner = new DiffScanner(core, { exclude: new PathMatcher([]), reportKey: "00".repeat(32) });
      const p = new DiffParser(scanner);
      for (let i = 0; i < diff.length; i += chunk) p.push(diff.slice(i, i + chunk));
      p.end();
      expect([chunk, scanner.stats.suppressed.inline, scanner.findings.map((f) => f.line)]).toEqual([chunk, 1, [2]]);
    }
  });
});
