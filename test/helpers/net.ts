// Local-network helpers for tests that start servers and the proxy on 127.0.0.1.

/** A port that was free a moment ago (a server bound to port 0, then stopped). */
export async function freePort(): Promise<number> {
  const s = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("") });
  const p = s.port!;
  s.stop(true);
  return p;
}

/** Polls `pred` every 100 ms until it holds or `ms` pass; returns its last answer. */
export async function until(pred: () => boolean | Promise<boolean>, ms = 8000): Promise<boolean> {
  for (let t = 0; t < ms; t += 100) {
    if (await pred()) return true;
    await Bun.sleep(100);
  }
  return pred();
}

/** Waits for a control API's /health to answer. */
export async function waitForHealth(apiUrl: string, ms = 10_000): Promise<boolean> {
  return until(async () => {
    try {
      return (await fetch(`${apiUrl}/health`)).ok;
    } catch {
      return false;
    }
  }, ms);
}

/** The HTTP status of a GET through a proxy, by real curl. */
export async function curlStatus(proxy: string, url: string, args: string[] = []): Promise<number> {
  const p = Bun.spawn(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-x", proxy, ...args, url], { stdout: "pipe", stderr: "pipe" });
  const out = await new Response(p.stdout).text();
  await p.exited;
  return Number(out);
}

/** Writes raw bytes to a local port and returns everything read until the peer closes (or `ms` pass). */
export async function rawExchange(port: number, raw: string, ms = 2000): Promise<string> {
  const { connect } = await import("node:net");
  return new Promise<string>((ok) => {
    const s = connect(port, "127.0.0.1", () => s.write(raw));
    let buf = "";
    s.on("data", (d) => (buf += d));
    s.on("close", () => ok(buf));
    s.on("error", () => ok(buf));
    setTimeout(() => s.destroy(), ms);
  });
}
