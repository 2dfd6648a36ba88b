// The ceiling for the proxy bench: a forward proxy that does nothing but relay absolute-URI
// requests, built on the same pieces as `toolkit run` (node:http front, Bun's fetch upstream),
// run by the same Bun. No scanning, no routes, no log: what any proxy of this shape can reach on
// this machine. Usage: bun scripts/bench/noop-proxy.ts [PORT]; port 0 (the default) binds a free
// port, named on stdout once listening ("noop proxy listening on http://127.0.0.1:P").
import * as http from "node:http";

const port = Number(process.argv[2] ?? 0);
const HOP = new Set(["connection", "proxy-connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade"]);
const server = http
  .createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers: Array<[string, string]> = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) if (!HOP.has(req.rawHeaders[i]!.toLowerCase())) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    try {
      const r = await fetch(req.url!, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: "manual", decompress: false } as RequestInit);
      const body = Buffer.from(await r.arrayBuffer());
      const out: Record<string, string> = {};
      r.headers.forEach((v, k) => {
        if (!HOP.has(k) && k !== "content-length") out[k] = v;
      });
      res.writeHead(r.status, out);
      res.end(body);
    } catch {
      res.writeHead(502);
      res.end();
    }
  })
  .on("connection", (s) => s.setNoDelay(true));
server.listen(port, "127.0.0.1", () => console.log(`noop proxy listening on http://127.0.0.1:${(server.address() as { port: number }).port}`));
