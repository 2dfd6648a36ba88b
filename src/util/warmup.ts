// Warming JavaScriptCore's compilers on a process's hot paths before real traffic: JSC tiers code
// up by how often it ran, so a process that sees a few requests a second would run its judging
// paths half-compiled for hours. Steps run one per event-loop turn, so real work is never held
// behind more than one of them, and stop() ends the loop at once.
export interface WarmUp {
  done: Promise<void>;
  stop(): void;
}

export function warmUp(step: (i: number) => Promise<unknown>, rounds: number): WarmUp {
  let stopped = false;
  const done = (async () => {
    for (let i = 0; i < rounds && !stopped; i++) {
      await step(i);
      await new Promise((ok) => setImmediate(ok));
    }
  })().catch(() => {});
  return { done, stop: () => void (stopped = true) };
}
