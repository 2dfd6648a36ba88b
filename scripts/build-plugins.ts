// Bundler plugins and options every compile of the CLI needs (scripts/build.ts, tests that compile it).
import { join } from "node:path";

// ink imports react-devtools-core only when DEV is set; the stub keeps the binary from trying to
// load a package that is not bundled (DESIGN.md: --external makes it die at start).
export const stubDevtools: import("bun").BunPlugin = {
  name: "stub-react-devtools-core",
  setup(build) {
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }));
    build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: "export default { initialize() {}, connectToDevTools() {} };",
      loader: "js",
    }));
  },
};

/**
 * The product's Bun.build config: cmd/toolkit.ts compiled into one executable at `outfile`.
 * `splitting` keeps each lazily imported command in its own chunk inside the binary: without it
 * every chunk is one 1.7 MB module loaded (bytecode included) at every start, ~30–40 ms before
 * main runs; with it a command loads only what it imports (git-scan: no ink, proxy, x509, yaml).
 * Workers are separate entrypoints: the binary embeds them and `toolkit audit` starts them from there.
 */
export function productBuild(root: string, outfile: string): import("bun").BuildConfig & { compile: { outfile: string } } {
  return {
    entrypoints: [join(root, "cmd/toolkit.ts"), join(root, "src/audit/worker.ts")],
    // A standalone executable would otherwise read bunfig.toml and .env from the directory it
    // runs in: a repository shipping `preload = ["./x.ts"]` in bunfig.toml ran its code inside
    // `toolkit git-scan` / the pre-commit hook / `toolkit audit` (verified), and a project's .env
    // silently became part of the environment (env-leak values, ${VAR} in the config). toolkit
    // reads neither; both are also file reads at every start.
    compile: { outfile, autoloadBunfig: false, autoloadDotenv: false },
    minify: true,
    bytecode: true,
    splitting: true,
    format: "esm",
    target: "bun",
    plugins: [stubDevtools],
    define: { "process.env.DEV": '"false"' },
  };
}
