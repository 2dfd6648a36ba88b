// The audit compiled the way scripts/build.ts compiles the product (productBuild): the worker must be embedded
// as an extra entrypoint and start from inside the binary ($bunfs), not from the source tree.
import { afterAll, expect, test } from "bun:test";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fake } from "../helpers/fake.ts";
import { ROOT } from "../helpers/cli.ts";
import { cleanup, project } from "./fixture.ts";

afterAll(cleanup);

/** The product binary, built once for this file (productBuild, as scripts/build.ts does). */
let built: string | undefined;
function productBinary(): string {
  if (built) return built;
  const out = join(project(), "toolkit");
  // Built in a child process: Bun.build in the test runner would leave it hundreds of MB larger,
  // and children spawned later (whose peak RSS other tests measure) start from that size.
  const script = `import { productBuild } from ${JSON.stringify(join(ROOT, "scripts/build-plugins.ts"))};
const r = await Bun.build(productBuild(${JSON.stringify(ROOT)}, ${JSON.stringify(out)}));
if (!r.success) { console.error(r.logs.map(String).join("\\n")); process.exit(1); }`;
  const build = Bun.spawnSync([process.execPath, "-e", script], { stdout: "pipe", stderr: "pipe" });
  expect(build.stderr.toString()).toBe("");
  expect(build.exitCode).toBe(0);
  return (built = out);
}

test("compiled binary: audit runs its workers from the binary, from any directory", async () => {
  const out = productBinary();
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

test("compiled binary: a bunfig.toml or .env in the directory it runs in is not loaded (a repository's preload script never runs)", () => {
  const out = productBinary();
  const dir = project({
    "bunfig.toml": 'preload = ["./preload.ts"]\n',
    "preload.ts": 'require("node:fs").writeFileSync(require("node:path").join(import.meta.dir, "PRELOADED"), "ran");\n',
    ".env": "TOOLKIT_CONFIG=/nonexistent/from-dotenv.yaml\n",
  });
  const proc = Bun.spawnSync([out, "check", "--text", "hello"], { cwd: dir, stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH!, HOME: project() } });
  // A loaded .env would point TOOLKIT_CONFIG at a missing file: exit 2 with a config error.
  expect([proc.exitCode, proc.stderr.toString()]).toEqual([0, ""]);
  expect(existsSync(join(dir, "PRELOADED"))).toBe(false);
}, 120_000);

test("compiled binary: data modules loaded on first use are embedded (a non-English seed phrase, judged from any directory)", async () => {
  const out = productBinary();
  const { generateMnemonic } = await import("@scure/bip39");
  const { wordlist } = await import("@scure/bip39/wordlists/spanish.js");
  const phrase = generateMnemonic(wordlist);
  // cwd "/": a module the bundle left out would be looked up in node_modules there, and missing.
  const proc = Bun.spawnSync([out, "check", "--kind", "secrets", "--format", "json", "--text", `mi frase semilla: ${phrase}`], { cwd: "/", stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH!, HOME: project() } });
  expect(proc.stderr.toString()).toBe("");
  expect(proc.exitCode).toBe(1);
  const doc = JSON.parse(proc.stdout.toString());
  expect(doc.findings.map((f: { rule: string }) => f.rule)).toContain("bip39-seed-phrase-intl");
}, 120_000);
