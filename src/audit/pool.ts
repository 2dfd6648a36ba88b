// Spreads file judging over Bun workers. Memory stays bounded: the walk is pulled as workers
// free up, each worker holds at most IN_FLIGHT small batches, and a job carries a path, never
// file content.
// A worker that dies fails its jobs closed (scan-error findings) and the rest carry on.
import type { Config } from "./core.ts";
import { failedResult as failed, type FileJob } from "./file-scan.ts";
import type { FileResult } from "./types.ts";
import type { FromWorker, ToWorker } from "./worker.ts";

/** Batches a worker holds at once (one being judged, one waiting, so it never idles). */
const IN_FLIGHT = 2;
/** A batch closes at this many files or bytes: fewer messages, still small and balanced. */
const BATCH_FILES = 32;
const BATCH_BYTES = 1024 * 1024;

/** The worker module: on disk beside this file, or embedded in the compiled binary ($bunfs). */
function workerSpecifier(): string | URL {
  if (import.meta.url.includes("$bunfs")) return new URL("./src/audit/worker.ts", import.meta.url.replace(/[^/]*$/, ""));
  return new URL("./worker.ts", import.meta.url);
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, FileJob[]>;
  alive: boolean;
}

export class ScanPool {
  private constructor(private readonly slots: Slot[]) {}

  /** Starts `n` workers and waits until each has built its detector; rejects when none can start. */
  static async start(n: number, config: Config, env: Record<string, string | undefined>, fingerprintKey: Uint8Array, timeoutMs = 30_000): Promise<ScanPool> {
    const spec = workerSpecifier();
    const starts = Array.from({ length: n }, () => new Promise<Slot>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(spec);
      } catch (err) {
        reject(err);
        return;
      }
      const timer = setTimeout(() => {
        worker.terminate();
        reject(new Error(`worker did not start within ${timeoutMs} ms`));
      }, timeoutMs);
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        clearTimeout(timer);
        if (e.data.type === "ready") resolve({ worker, inFlight: new Map(), alive: true });
        else {
          worker.terminate();
          reject(new Error(e.data.type === "fatal" ? e.data.error : "unexpected worker message"));
        }
      };
      worker.onerror = (e) => {
        clearTimeout(timer);
        worker.terminate();
        reject(new Error(e.message || "worker failed to load"));
      };
      worker.postMessage({ type: "init", config, env, fingerprintKey } satisfies ToWorker);
    }));
    const settled = await Promise.allSettled(starts);
    const slots = settled.filter((s): s is PromiseFulfilledResult<Slot> => s.status === "fulfilled").map((s) => s.value);
    if (slots.length === 0) throw (settled[0] as PromiseRejectedResult).reason;
    return new ScanPool(slots);
  }

  get size(): number {
    return this.slots.length;
  }

  /** Judges every job the iterator yields; `onResult` sees each result as it arrives. */
  run(jobs: Iterator<FileJob>, onResult: (r: FileResult) => void): Promise<void> {
    return new Promise((resolve) => {
      let nextId = 0;
      let exhausted = false;
      const finishIfDone = () => {
        if (exhausted && this.slots.every((s) => s.inFlight.size === 0)) resolve();
      };
      const feed = (slot: Slot) => {
        while (slot.alive && !exhausted && slot.inFlight.size < IN_FLIGHT) {
          const batch: FileJob[] = [];
          let bytes = 0;
          while (batch.length < BATCH_FILES && bytes < BATCH_BYTES) {
            const n = jobs.next();
            if (n.done) {
              exhausted = true;
              break;
            }
            batch.push(n.value);
            bytes += n.value.size;
          }
          if (batch.length === 0) break;
          const id = nextId++;
          slot.inFlight.set(id, batch);
          slot.worker.postMessage({ type: "batch", id, jobs: batch } satisfies ToWorker);
        }
        // Every worker died: nothing is left to judge the rest, so they fail closed too.
        if (!exhausted && this.slots.every((s) => !s.alive)) {
          for (let n = jobs.next(); !n.done; n = jobs.next()) onResult(failed(n.value, "no scan worker left"));
          exhausted = true;
        }
        finishIfDone();
      };
      for (const slot of this.slots) {
        slot.worker.onmessage = (e: MessageEvent<FromWorker>) => {
          if (e.data.type !== "results") return;
          slot.inFlight.delete(e.data.id);
          for (const r of e.data.results) onResult(r);
          feed(slot);
        };
        slot.worker.onerror = (e) => {
          slot.alive = false;
          for (const batch of slot.inFlight.values()) for (const job of batch) onResult(failed(job, `scan worker crashed: ${e.message}`));
          slot.inFlight.clear();
          slot.worker.terminate();
          for (const s of this.slots) if (s.alive) feed(s);
          feed(slot);
        };
        feed(slot);
      }
    });
  }

  close(): void {
    for (const s of this.slots) s.worker.terminate();
  }
}
