// The upstream leg: one request to the address the SSRF guard checked, TLS verified against the
// host name (system roots plus tls.upstream_ca), keep-alive agents, connect and idle timeouts.
// Redirects are the client's business: responses come back as they are.
import * as http from "node:http";
import * as https from "node:https";
import { rootCertificates } from "node:tls";

export interface UpstreamOptions {
  upstreamCa?: string;
  connectTimeoutMs?: number;
  idleTimeoutMs?: number;
}

export interface UpstreamTarget {
  secure: boolean;
  /** The address the SSRF guard checked: the connection goes there, not to a second lookup. */
  address: string;
  host: string;
  port: number;
  method: string;
  path: string;
  headers: http.OutgoingHttpHeaders;
  body?: Buffer;
  /** Unscanned remainder of an oversize body let through by on_oversize: scan_prefix / allow. */
  rest?: AsyncIterator<Buffer>;
}

export interface Upstream {
  request(target: UpstreamTarget): Promise<http.IncomingMessage>;
  close(): void;
}

export function createUpstream(opts: UpstreamOptions): Upstream {
  const ca = opts.upstreamCa ? [...rootCertificates, opts.upstreamCa] : undefined;
  const httpAgent = new http.Agent({ keepAlive: true, maxFreeSockets: 64 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxFreeSockets: 64, ...(ca ? { ca } : {}) });
  const idle = opts.idleTimeoutMs ?? 120_000;
  return {
    request(t) {
      return new Promise((resolve, reject) => {
        const mod = t.secure ? https : http;
        const req = mod.request({
          host: t.address, port: t.port, method: t.method, path: t.path, headers: t.headers,
          agent: t.secure ? httpsAgent : httpAgent,
          ...(t.secure ? { servername: t.host.replace(/^\[|\]$/g, ""), ...(ca ? { ca } : {}), rejectUnauthorized: true } : {}),
          timeout: opts.connectTimeoutMs ?? 15_000,
        });
        req.on("response", (res) => {
          req.setTimeout(idle);
          resolve(res);
        });
        req.on("timeout", () => req.destroy(new Error(`upstream ${t.host}:${t.port} timed out`)));
        req.on("error", reject);
        if (t.body !== undefined && t.body.length > 0) req.write(t.body);
        if (!t.rest) req.end();
        else {
          const rest = t.rest;
          void (async () => {
            try {
              for (let r = await rest.next(); !r.done; r = await rest.next()) if (!req.write(r.value)) await new Promise((ok) => req.once("drain", ok));
              req.end();
            } catch (err) {
              req.destroy(err as Error);
            }
          })();
        }
      });
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
