// The terminal progress view (ink, on stderr): files, MB, findings so far, the current path.
// Loaded only on a TTY outside CI (ink + react cost ~40 ms to import), repainted at most 10×/s.
import type { Progress } from "./run.ts";

export interface ProgressView {
  update: (p: Progress) => void;
  stop: () => Promise<void>;
}

export async function startProgress(): Promise<ProgressView> {
  const [{ render, Box, Text }, React] = await Promise.all([import("ink"), import("react")]);
  const h = React.createElement;
  const view = (p: Progress) =>
    h(Box, { flexDirection: "column" },
      h(Text, null, `auditing: ${p.files} files, ${(p.bytes / 1048576).toFixed(1)} MB, ${p.findings} finding${p.findings === 1 ? "" : "s"}`),
      h(Text, { dimColor: true, wrap: "truncate-middle" }, p.current || "…"));
  const state: Progress = { files: 0, bytes: 0, findings: 0, current: "" };
  const app = render(view(state), { stdout: process.stderr, patchConsole: false, exitOnCtrlC: true });
  let last = 0;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      app.rerender(view({ ...p }));
    },
    async stop() {
      // ink keeps the last frame on unmount: leave an empty one, so only the report remains.
      app.rerender(h(Text, null, ""));
      app.clear();
      app.unmount();
    },
  };
}
