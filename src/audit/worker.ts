// Worker entry (listed as an extra entrypoint in scripts/build.ts so the compiled binary embeds
// it): builds its own detector from the config once, then judges the batches of files it is sent.
import { coreFromConfig, type Config, type Core } from "./core.ts";
import { failedResult, scanFile, type FileJob } from "./file-scan.ts";
import type { FileResult } from "./types.ts";
import { errCode } from "./walk.ts";

declare const self: Worker;

export type ToWorker = { type: "init"; config: Config; env: Record<string, string | undefined>; fingerprintKey: Uint8Array } | { type: "batch"; id: number; jobs: FileJob[] };
export type FromWorker =
  | { type: "ready" }
  | { type: "fatal"; error: string }
  | { type: "results"; id: number; results: FileResult[] };

let core: Core | null = null;
let sinceGc = 0;
/** File buffers and strings die at once; collecting every GC_EVERY bytes keeps the heap flat. */
const GC_EVERY = 64 * 1024 * 1024;

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === "init") {
    try {
      core = await coreFromConfig(msg.config, msg.env, msg.fingerprintKey);
      self.postMessage({ type: "ready" } satisfies FromWorker);
    } catch (err) {
      self.postMessage({ type: "fatal", error: (err as Error).message } satisfies FromWorker);
    }
    return;
  }
  const results: FileResult[] = [];
  for (const j of msg.jobs) results.push(await judgeOne({ ...j, io: typeof j.io === "string" ? j.io : Buffer.from(j.io) }));
  self.postMessage({ type: "results", id: msg.id, results } satisfies FromWorker);
};

async function judgeOne(job: FileJob): Promise<FileResult> {
  let result: FileResult;
  try {
    result = await scanFile(job, core!);
  } catch (err) {
    result = typeof (err as NodeJS.ErrnoException).code === "string"
      ? { rel: job.rel, bytes: job.size, binary: false, unreadable: errCode(err), findings: [], facts: {} }
      : failedResult(job, `internal error: ${(err as Error).message}`);
  }
  sinceGc += job.size;
  if (sinceGc >= GC_EVERY) {
    sinceGc = 0;
    Bun.gc(false);
  }
  return result;
}
