// `npm start`: runs the main job of the built binary on the embedded default config. Until
// `toolkit run` (the proxy) ships, that is `toolkit check` on the bundled sample payloads.
import { join } from "node:path";

const root = join(import.meta.dir, "..");
const bin = join(root, "dist", "toolkit");
let failed = false;
for (const sample of ["samples/agent-request.json", "samples/clean-request.json"]) {
  console.log(`$ toolkit check --file ${sample}`);
  const p = Bun.spawnSync([bin, "check", "--file", join(root, sample)], { stdout: "inherit", stderr: "inherit", env: { ...process.env, TOOLKIT_CONFIG: "" } });
  console.log(`exit ${p.exitCode}\n`);
  if (p.exitCode !== 0 && p.exitCode !== 1) failed = true;
}
process.exit(failed ? 1 : 0);
