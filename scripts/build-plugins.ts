// Bundler plugins every compile of the CLI needs (scripts/build.ts, tests that compile it).
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
