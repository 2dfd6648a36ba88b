// The audit compiled the way scripts/build.ts compiles the product (productBuild): the worker must be embedded
// as an extra entrypoint and start from inside the binary ($bunfs), not from the source tree.
import { afterAll, expect, test } from "bun:test";
import { join } from "node:path";
import { fake } from "../helpers/fake.ts";
import { ROOT } from "../helpers/cli.ts";
import { cleanup, project } from "./fixture.ts";

afterAll(cleanup);

test("compiled binary: audit runs its workers from the binary, from any directory", async () => {
  const out = join(project(), "toolkit");
  // Built in a child process: Bun.build in the test runner would leave it hundreds of MB larger,
  // and children spawned later (whose peak RSS other tests measure) start from that size.
  const script = `import { productBuild } from ${JSON.stringify(join(ROOT, "scripts/build-plugins.ts"))};
const r = await Bun.build(productBuild(${JSON.stringify(ROOT)}, ${JSON.stringify(out)}));
if (!r.success) { console.error(r.logs.map(String).join("\\n")); process.exit(1); }`;
  const build = Bun.spawnSync([process.execPath, "-e", script], { stdout: "pipe", stderr: "pipe" });
  expect(build.stderr.toString()).toBe("");
  expect(build.exitCode).toBe(0);

  const dir = project({ "src/a.js": `const t = "${fake.githubPat()}";\n`, "README.md": "hello\n" });
  const home = project();
  // cwd far from the source tree: a worker loaded from disk would not be found.
  const proc = Bun.spawnSync([out, "audit", dir, "--format", "json", "--workers", "2"], { cwd: "/", stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH!, HOME: home } });
  expect(proc.stderr.toString()).toBe("");
  expect(proc.exitCode).toBe(1);
  const doc = JSON.parse(proc.stdout.toString());
  expect(doc.stats.workers).toBe(2);
  expect(doc.findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`)).toContain("github-pat src/a.js");
}, 120_000);
