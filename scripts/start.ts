// `npm start`: runs the main job of the built binary — `toolkit run`, the egress proxy, on the
// embedded default config (or $TOOLKIT_CONFIG / ./toolkit.yaml if the user has one). It prints
// the listen addresses and the exact lines to export for the agent; Ctrl-C stops it.
import { join } from "node:path";

const root = join(import.meta.dir, "..");
const bin = join(root, "dist", "toolkit");
const args = ["run", ...process.argv.slice(2)];
console.log(`$ toolkit ${args.join(" ")}`);
const p = Bun.spawn([bin, ...args], { stdout: "inherit", stderr: "inherit", stdin: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => p.kill(sig));
process.exit(await p.exited);
