// The walk: gitignore semantics checked against real git, symlinks never followed, oversized,
// special, unreadable and non-UTF-8 entries counted or reported, never a crash.
import { afterAll, expect, test } from "bun:test";
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { newStats, walk } from "../../src/audit/walk.ts";
import { cleanup, git, project, put } from "./fixture.ts";

afterAll(cleanup);

const walkAll = (root: string, exclude: string[] = [], maxFileSize = 1 << 30) => {
  const stats = newStats();
  const entries = [...walk({ root, exclude, maxFileSize }, stats)];
  return { entries, stats };
};

test("nested .gitignore files, negations, anchors, ** and .git/info/exclude: the same files as git", () => {
  const dir = project();
  git(dir, "init", "-q");
  const files = [
    "a.log", "keep.log", "x/keep.log", "build/out.js", "x/build/y.js", "root-only.txt", "x/root-only.txt", "docs/a/b/c.tmp", "docs/c.tmp",
    "#hash.txt", "x/cache/f.js", "cache/f.js", "abc.txt", "axc.txt", "xz.txt", "zz.txt", "sub/a.txt", "sub/important.txt", "sub/anchored.md",
    "sub/x/anchored.md", "sub/inner/b.txt", "sub/deep/f.js", "secret-notes.md", "x/secret-notes.md", "trailing-space.txt", "normal.js",
    "lit[al.txt", "x/y/z/deep.md", "only-dir", "only-dir2/f.js",
  ];
  for (const f of files) put(dir, f, `content of ${f}\n`);
  put(dir, ".gitignore", ["*.log", "!keep.log", "build/", "/root-only.txt", "docs/**/*.tmp", "\\#hash.txt", "**/cache", "a?c.txt", "[xy]z.txt",
    "sub/deep/", "trailing-space.txt   ", "lit[al.txt", "x/**/deep.md", "only-dir/", "only-dir2/", "# a comment", ""].join("\n"));
  put(dir, "sub/.gitignore", "*.txt\n!important.txt\n/anchored.md\n");
  put(dir, "sub/inner/.gitignore", "!*.txt\n");
  put(dir, ".git/info/exclude", "secret-notes.md\n");

  const expected = git(dir, "ls-files", "--others", "--exclude-standard").trim().split("\n").sort();
  const { entries } = walkAll(dir);
  const got = entries.filter((e) => !e.gitIgnored).map((e) => e.rel).sort();
  expect(got).toEqual(expected);
  // The case list means something: each rule above excluded at least one file.
  expect(expected.length).toBeLessThan(files.length);
  expect(got).toContain("keep.log");
  expect(got).toContain("sub/inner/b.txt");
  expect(got).not.toContain("x/secret-notes.md");
});

test("a subdirectory of a repository honours the .gitignore files above it", () => {
  const dir = project({ ".gitignore": "*.gen.ts\n", "pkg/a.gen.ts": "x\n", "pkg/b.ts": "y\n" });
  git(dir, "init", "-q");
  const { entries } = walkAll(join(dir, "pkg"));
  expect(entries.map((e) => e.rel)).toEqual(["b.ts"]);
});

test("files git ignores are still seen when an agent would care (.env, keys), flagged gitIgnored", () => {
  const dir = project({ ".gitignore": ".env\n*.local\nsecrets/\ndist/\n", ".env": "A=1\n", "config.local": "x\n", "secrets/id_rsa": "k\n", "dist/app.js": "x\n", "app.js": "y\n" });
  git(dir, "init", "-q");
  const { entries, stats } = walkAll(dir);
  const byRel = Object.fromEntries(entries.map((e) => [e.rel, e]));
  expect(byRel[".env"]?.gitIgnored).toBe(true);
  expect(byRel["secrets/id_rsa"]?.gitIgnored).toBe(true);
  expect(byRel["app.js"]?.gitIgnored).toBe(false);
  expect(byRel["config.local"]).toBeUndefined();
  expect(byRel["dist/app.js"]).toBeUndefined();
  expect(stats.skipped.gitignored).toBe(2); // config.local, dist/
});

test(".toolkitignore and --exclude remove paths entirely, even sensitive ones", () => {
  const dir = project({ ".toolkitignore": "fixtures/\n", "fixtures/.env": "A=1\n", "vendor/x.js": "x\n", "src/a.js": "a\n", "src/b.snap": "b\n" });
  const { entries, stats } = walkAll(dir, ["vendor/", "*.snap"]);
  expect(entries.map((e) => e.rel).sort()).toEqual([".toolkitignore", "src/a.js"]);
  expect(stats.skipped.excluded).toBe(3);
});

test("symlinks are never followed: loops, links out of the tree, in-tree and dangling links are classified", () => {
  const outside = project({ "secret.txt": "outside the tree\n" });
  const dir = project({ "a/file.txt": "inside\n" });
  symlinkSync(".", join(dir, "a", "self"));
  symlinkSync("..", join(dir, "a", "up"));
  symlinkSync(outside, join(dir, "out-dir"));
  symlinkSync(join(outside, "secret.txt"), join(dir, "out-file"));
  symlinkSync("a/file.txt", join(dir, "in-file"));
  symlinkSync("nowhere", join(dir, "dangling"));
  const { entries, stats } = walkAll(dir);
  expect(entries.map((e) => e.rel)).toEqual(["a/file.txt"]);
  expect(stats.skipped["symlink-loop"]).toBe(2);
  expect(stats.skipped["symlink-outside"]).toBe(2);
  expect(stats.skipped["symlink-inside"]).toBe(1);
  expect(stats.skipped["symlink-dangling"]).toBe(1);
  expect(stats.examples["symlink-outside"]?.sort()).toEqual(["out-dir", "out-file"]);
});

test("a 1 GB sparse file is skipped as oversized without being read; FIFOs are skipped as special", () => {
  const dir = project({ "small.txt": "x\n" });
  const fd = openSync(join(dir, "huge.bin"), "w");
  ftruncateSync(fd, 1024 ** 3);
  closeSync(fd);
  Bun.spawnSync(["mkfifo", join(dir, "pipe")]);
  const { entries, stats } = walkAll(dir, [], 64 * 1024 * 1024);
  expect(entries.map((e) => e.rel)).toEqual(["small.txt"]);
  expect(stats.skipped.oversized).toBe(1);
  expect(stats.examples.oversized).toEqual(["huge.bin"]);
  expect(stats.skipped.special).toBe(1);
});

test("non-UTF-8 names are walked with their raw bytes and shown escaped", () => {
  const dir = project();
  const raw = Buffer.concat([Buffer.from(dir + "/caf"), Buffer.from([0xe9]), Buffer.from(".env")]);
  writeFileSync(raw, "TOKEN=abc\n");
  const rawDir = Buffer.concat([Buffer.from(dir + "/d"), Buffer.from([0xff])]);
  mkdirSync(rawDir);
  writeFileSync(Buffer.concat([rawDir, Buffer.from("/inner.txt")]), "hello\n");
  const { entries } = walkAll(dir);
  expect(entries.map((e) => e.rel).sort()).toEqual(["caf\\xe9.env", "d\\xff/inner.txt"]);
  for (const e of entries) expect(Buffer.isBuffer(e.io)).toBe(true);
});

test("an unreadable directory is reported, and the walk goes on", () => {
  const dir = project({ "ok.txt": "fine\n", "locked/x.txt": "hidden\n" });
  chmodSync(join(dir, "locked"), 0o000);
  // Root reads through mode 000; run the walk without the DAC override capabilities, as a user would.
  const script = `import { newStats, walk } from ${JSON.stringify(join(import.meta.dir, "../../src/audit/walk.ts"))};
const s = newStats(); const e = [...walk({ root: ${JSON.stringify(dir)}, maxFileSize: 1e9 }, s)];
console.log(JSON.stringify({ files: e.map((x) => x.rel), unreadable: s.unreadable }));`;
  const r = Bun.spawnSync(["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", process.execPath, "-e", script], { stdout: "pipe", stderr: "pipe" });
  chmodSync(join(dir, "locked"), 0o755);
  expect(r.stderr.toString()).toBe("");
  const out = JSON.parse(r.stdout.toString());
  expect(out.files).toEqual(["ok.txt"]);
  expect(out.unreadable).toEqual([{ path: "locked/", reason: "permission denied" }]);
});
