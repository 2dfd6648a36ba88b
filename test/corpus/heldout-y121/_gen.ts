// Shared builders and context renderers for heldout-y121 (debugging / incident-response theme).
// Every credential-shaped value is assembled at run time from a seeded PRNG; nothing literal here.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const A_LO = "abcdefghijklmnopqrstuvwxyz";
export const A_DG = "0123456789";
export const A_AN = A_UP + A_LO + A_DG;
export const A_HX = "0123456789abcdef";
export const A_B64 = A_AN + "+/";
export const A_B64U = A_AN + "-_";

export class Gen extends SeededRng {
  an(n: number): string { return this.str(n, A_AN); }
  hx(n: number): string { return this.str(n, A_HX); }
  HX(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  up(n: number): string { return this.str(n, A_UP + A_DG); }
  lo(n: number): string { return this.str(n, A_LO + A_DG); }
  al(n: number): string { return this.str(n, A_LO); }
  dg(n: number): string { return this.str(1, "123456789") + this.str(n - 1, A_DG); }
  b64(n: number): string { return this.str(n, A_B64); }
  b64u(n: number): string { return this.str(n, A_B64U); }
  uuid(): string { return [this.hx(8), this.hx(4), "4" + this.hx(3), this.pick(["8", "9", "a", "b"]) + this.hx(3), this.hx(12)].join("-"); }
  /** base64 of n random bytes (padded). */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  ip(): string { return `10.${this.range(0, 40)}.${this.range(0, 255)}.${this.range(2, 250)}`; }
  ts(): string {
    const d = new Date(Date.UTC(2024, this.range(0, 11), this.range(1, 28), this.range(0, 23), this.range(0, 59), this.range(0, 59), this.range(0, 999)));
    return d.toISOString();
  }
  epoch(): number { return 1_715_000_000 + this.range(0, 20_000_000); }
  word(): string { return this.pick(["orders", "billing", "ingest", "sync", "notify", "search", "payments", "reports", "auth", "export", "webhooks", "ledger"]); }
  host(): string { return this.pick(["api.example.com", "gateway.example.net", "upstream.example.org", "svc.internal.test", "edge.example.com", "backend.staging.test"]); }
  path(): string { return this.pick(["/v1/sync", "/api/v2/events", "/v1/messages", "/graphql", "/v3/batch", "/api/export?format=csv", "/v1/jobs/8841/run", "/v2/charges", "/internal/health/deep", "/api/v1/uploads"]); }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64u(alg === "HS256" ? 43 : 342)].join(".");
  }
  pem(label: string, nBytes: number, lead = ""): string {
    const body = (lead + Buffer.from(this.bytes(nBytes)).toString("base64")).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";
/** both: header or named value; hdr: HTTP header only (cookies, Basic); val: named value only. */
export type Form = "both" | "hdr" | "val";

export interface Spec {
  s: string; // short tag
  p: string; // provider / credential
  g: Group;
  env: string; // slot name as a developer names it (UPPER_SNAKE)
  v: (g: Gen) => string;
  hdr?: string; // header name, default Authorization
  scheme?: string | null; // default "Bearer" when hdr is Authorization
  form?: Form;
  pre?: (g: Gen) => [string, string][]; // companion fields (key ids, usernames) placed before the value
  reps?: number; // renderings of this spec (default from rotate options)
}

export interface Ctx { pre: [string, string][]; env: string; val: string; hdr: string; hv: string; }

export function ctxOf(g: Gen, sp: Spec): Ctx {
  const val = sp.v(g);
  const hdr = sp.hdr ?? "Authorization";
  const scheme = sp.scheme === undefined ? (hdr === "Authorization" ? "Bearer" : null) : sp.scheme;
  const hv = scheme ? (scheme.endsWith("=") ? scheme + val : `${scheme} ${val}`) : val;
  return { pre: sp.pre ? sp.pre(g) : [], env: sp.env, val, hdr, hv };
}

export const snake = (e: string) => e.toLowerCase();
export const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const dotted = (e: string) => "app." + e.toLowerCase().replace(/_/g, "-");
const all = (c: Ctx): [string, string][] => [...c.pre, [c.env, c.val]];

interface Renderer { n: string; http: boolean; intro: string; r: (g: Gen, c: Ctx) => string; }

// ---------------------------------------------------------------- HTTP-level renderers (headers)
const httpR: Renderer[] = [
  { n: "curl -v output", http: true, intro: "curl -v against the upstream keeps failing, full output below. What's wrong?", r: (g, c) => {
    const h = g.host(), p = g.path();
    return `$ curl -v https://${h}${p}\n*   Trying 93.184.215.${g.range(2, 250)}:443...\n* Connected to ${h} (93.184.215.14) port 443\n* ALPN: server accepted h2\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n* using HTTP/2\n> GET ${p} HTTP/2\n> Host: ${h}\n> User-Agent: curl/8.5.0\n> Accept: */*\n> ${c.hdr}: ${c.hv}\n>\n< HTTP/2 ${g.pick(["401", "403", "502", "429"])}\n< content-type: application/json\n< x-request-id: ${g.uuid()}\n<\n{"error":"upstream rejected request"}\n* Connection #0 to host ${h} left intact`; } },
  { n: "HAR entry", http: true, intro: "Exported HAR from Chrome for the broken request:", r: (g, c) => JSON.stringify({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: g.ts(), time: g.range(40, 3000) + 0.41, request: { method: "POST", url: `https://${g.host()}${g.path()}`, httpVersion: "http/2.0", headers: [{ name: ":method", value: "POST" }, { name: "accept", value: "application/json" }, { name: c.hdr.toLowerCase(), value: c.hv }, { name: "x-request-id", value: g.uuid() }], queryString: [], cookies: [], headersSize: -1, bodySize: 2 }, response: { status: g.pick([401, 500, 504]), statusText: "", httpVersion: "http/2.0", headers: [{ name: "content-type", value: "application/json" }], content: { size: 41, mimeType: "application/json" } } }] } }, null, 2) },
  { n: "devtools Copy as fetch", http: true, intro: "Copied as fetch from devtools, this works in the browser but not from the server:", r: (g, c) => `fetch("https://${g.host()}${g.path()}", {\n  "headers": {\n    "accept": "application/json, text/plain, */*",\n    "${c.hdr.toLowerCase()}": "${c.hv}",\n    "sec-fetch-mode": "cors"\n  },\n  "referrer": "https://app.example.com/",\n  "body": null,\n  "method": "GET",\n  "mode": "cors",\n  "credentials": "include"\n});` },
  { n: "devtools Copy as cURL", http: true, intro: "Copy as cURL (bash) from the network tab:", r: (g, c) => `curl 'https://${g.host()}${g.path()}' \\\n  -H 'accept: application/json' \\\n  -H 'accept-language: en-US,en;q=0.9' \\\n  -H '${c.hdr.toLowerCase()}: ${c.hv}' \\\n  -H 'origin: https://app.example.com' \\\n  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36' \\\n  --compressed` },
  { n: "mitmproxy flow dump", http: true, intro: "mitmdump -v capture of the outgoing call from the worker:", r: (g, c) => { const ip = g.ip(), port = g.range(40000, 60000), h = g.host(); return `${ip}:${port}: clientconnect\n${ip}:${port}: POST https://${h}${g.path()}\n    Host: ${h}\n    User-Agent: python-requests/2.31.0\n    Accept-Encoding: gzip, deflate\n    ${c.hdr}: ${c.hv}\n    Content-Type: application/json\n    Content-Length: ${g.range(20, 900)}\n << ${g.pick(["401 Unauthorized", "500 Internal Server Error", "403 Forbidden"])} 87b\n    Content-Type: application/json\n    X-Request-Id: ${g.uuid()}`; } },
  { n: "tcpdump -A capture", http: true, intro: "tcpdump -A on the sidecar port, the request that never gets a reply:", r: (g, c) => `# tcpdump -i eth0 -A -s 0 'tcp port 8080'\n${g.range(10, 23)}:${g.range(10, 59)}:${g.range(10, 59)}.${g.dg(6)} IP ${g.ip()}.${g.range(40000, 60000)} > ${g.ip()}.8080: Flags [P.], seq 1:${g.range(200, 700)}, ack 1, win 502, length ${g.range(200, 700)}\nE..${g.an(6)}@.@.${g.an(4)}\n..........GET ${g.path()} HTTP/1.1\nHost: ${g.host()}\nUser-Agent: Go-http-client/1.1\n${c.hdr}: ${c.hv}\nAccept-Encoding: gzip\n\n` },
  { n: "python http.client debug", http: true, intro: "Turned on http.client debuglevel=1, here's what requests sends:", r: (g, c) => `send: b'POST ${g.path()} HTTP/1.1\\r\\nHost: ${g.host()}\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n${c.hdr}: ${c.hv}\\r\\nContent-Length: ${g.range(10, 400)}\\r\\nContent-Type: application/json\\r\\n\\r\\n'\nreply: 'HTTP/1.1 ${g.pick(["401 Unauthorized", "502 Bad Gateway"])}\\r\\n'\nheader: Content-Type: application/json\nheader: X-Request-Id: ${g.uuid()}` },
  { n: "envoy debug log", http: true, intro: "Envoy sidecar debug log around the failed call:", r: (g, c) => `[${g.ts()}][${g.range(20, 60)}][debug][http] [source/common/http/conn_manager_impl.cc:1118] [C${g.range(100, 999)}][S${g.dg(19)}] request headers complete (end_stream=false):\n':authority', '${g.host()}'\n':path', '${g.path()}'\n':method', 'POST'\n'user-agent', 'grpc-node-js/1.10.1'\n'${c.hdr.toLowerCase()}', '${c.hv}'\n'x-request-id', '${g.uuid()}'\n'x-b3-traceid', '${g.hx(16)}'\n[${g.ts()}][${g.range(20, 60)}][debug][router] [source/common/router/router.cc:478] [C${g.range(100, 999)}] cluster 'outbound|443||${g.host()}' match for URL '${g.path()}'` },
  { n: "kubectl -v=9 round_trippers", http: true, intro: "kubectl -v=9 output while the call to the API proxy hangs:", r: (g, c) => {
    const h = g.host(), p = g.path(), md = `${g.range(1, 12)}`.padStart(2, "0") + `${g.range(1, 28)}`.padStart(2, "0"), pid = g.range(10000, 99999);
    const t = () => `I${md} ${g.range(10, 23)}:${g.range(10, 59)}:${g.range(10, 59)}.${g.dg(6)}   ${pid}`;
    return `${t()} loader.go:395] Config loaded from file:  /home/dev/.kube/config\n${t()} round_trippers.go:466] curl -v -XGET  -H "Accept: application/json" -H "User-Agent: kubectl/v1.30.1 (linux/amd64) kubernetes/6911225" -H "${c.hdr}: ${c.hv}" 'https://${h}:6443${p}'\n${t()} round_trippers.go:553] GET https://${h}:6443${p} 401 Unauthorized in 12 milliseconds`; } },
  { n: "httpie --verbose", http: true, intro: "http -v output (HTTPie) reproducing the 4xx:", r: (g, c) => `$ http -v POST https://${g.host()}${g.path()} ${c.hdr}:'${c.hv}' dry_run:=true\nPOST ${g.path()} HTTP/1.1\nAccept: application/json, */*;q=0.5\nAccept-Encoding: gzip, deflate\n${c.hdr}: ${c.hv}\nConnection: keep-alive\nContent-Length: 17\nContent-Type: application/json\nHost: ${g.host()}\nUser-Agent: HTTPie/3.2.2\n\n{\n    "dry_run": true\n}\n\n\nHTTP/1.1 ${g.pick(["400 Bad Request", "401 Unauthorized", "422 Unprocessable Entity"])}\nContent-Type: application/json\n\n{"message":"invalid request"}` },
  { n: "ngrok inspector raw request", http: true, intro: "From the ngrok inspector (Raw tab) on the webhook tunnel:", r: (g, c) => `t=${g.ts()} lvl=info msg="join connections" obj=join id=${g.hx(12)} l=127.0.0.1:3000 r=${g.ip()}:${g.range(40000, 60000)}\n\nPOST ${g.path()} HTTP/1.1\nHost: ${g.lo(8)}-${g.range(10, 250)}-${g.range(10, 250)}.ngrok.test\nUser-Agent: Faraday v2.9.0\nContent-Length: ${g.range(100, 2000)}\n${c.hdr}: ${c.hv}\nContent-Type: application/json\nX-Forwarded-For: ${g.ip()}\nX-Forwarded-Proto: https\n\n{"event":"job.failed","id":"${g.uuid()}"}` },
  { n: "strace write() of request", http: true, intro: "strace -f -s 512 -e trace=write on the stuck process:", r: (g, c) => `[pid ${g.range(1000, 40000)}] write(${g.range(3, 40)}, "GET ${g.path()} HTTP/1.1\\r\\nHost: ${g.host()}\\r\\n${c.hdr}: ${c.hv}\\r\\nUser-Agent: okhttp/4.12.0\\r\\nAccept-Encoding: gzip\\r\\n\\r\\n", ${g.range(150, 500)}) = ${g.range(150, 500)}\n[pid ${g.range(1000, 40000)}] read(${g.range(3, 40)}, 0x7f${g.hx(10)}, 8192) = -1 EAGAIN (Resource temporarily unavailable)\n[pid ${g.range(1000, 40000)}] epoll_wait(7, [], 1024, 30000) = 0` },
  { n: "nginx debug log headers", http: true, intro: "nginx error_log at debug level for the proxied request:", r: (g, c) => { const d = `2024/0${g.range(1, 9)}/1${g.range(0, 9)} ${g.range(10, 23)}:${g.range(10, 59)}:${g.range(10, 59)} [debug] ${g.range(20, 99)}#${g.range(20, 99)}: *${g.range(1000, 99999)}`; return `${d} http header: "Host: ${g.host()}"\n${d} http header: "User-Agent: axios/1.6.8"\n${d} http header: "${c.hdr}: ${c.hv}"\n${d} http header: "X-Request-Id: ${g.uuid()}"\n${d} http header done\n${d} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${g.ip()}, server: _, request: "POST ${g.path()} HTTP/1.1", upstream: "http://${g.ip()}:8080${g.path()}"`; } },
  { n: "AxiosError toJSON", http: true, intro: "Our node service logs this AxiosError on every retry:", r: (g, c) => JSON.stringify({ message: `Request failed with status code ${g.pick([401, 403, 500])}`, name: "AxiosError", code: "ERR_BAD_REQUEST", config: { timeout: 10000, headers: { Accept: "application/json, text/plain, */*", "Content-Type": "application/json", [c.hdr]: c.hv, "User-Agent": "axios/1.7.2" }, method: "post", url: `https://${g.host()}${g.path()}` }, status: 401 }, null, 2) },
  { n: "Wireshark Follow HTTP Stream", http: true, intro: "Follow > HTTP Stream in Wireshark from the pcap:", r: (g, c) => `POST ${g.path()} HTTP/1.1\nHost: ${g.host()}\nConnection: keep-alive\n${c.hdr}: ${c.hv}\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 19\n\nstatus=failed&n=${g.range(1, 99)}HTTP/1.1 503 Service Unavailable\nServer: envoy\nContent-Length: 19\n\nno healthy upstream` },
  { n: "Sentry event request interface", http: true, intro: "Raw Sentry event JSON for the issue (sendDefaultPii is on):", r: (g, c) => JSON.stringify({ event_id: g.hx(32), level: "error", platform: "python", timestamp: g.ts(), exception: { values: [{ type: "HTTPError", value: "401 Client Error: Unauthorized" }] }, request: { url: `https://${g.host()}${g.path()}`, method: "POST", headers: { Host: g.host(), [c.hdr]: c.hv, "Content-Type": "application/json" }, env: { REMOTE_ADDR: g.ip() } }, tags: { release: g.hx(12), environment: "production" } }, null, 2) },
  { n: "Go httputil.DumpRequestOut log", http: true, intro: "Debug dump from our Go client (httputil.DumpRequestOut):", r: (g, c) => `${g.ts()} DEBUG client/transport.go:88 outgoing request dump\nPOST ${g.path()} HTTP/1.1\r\nHost: ${g.host()}\r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: ${g.range(10, 400)}\r\n${c.hdr}: ${c.hv}\r\nContent-Type: application/json\r\nAccept-Encoding: gzip\r\n\r\n${g.ts()} ERROR client/transport.go:97 request failed err="context deadline exceeded" attempt=3` },
  { n: "Postman console log", http: true, intro: "Postman console output of the failing request:", r: (g, c) => `POST https://${g.host()}${g.path()}\n${g.pick(["401", "403", "500"])}\n${g.range(80, 900)} ms\nNetwork\n  addresses: {local: ${g.ip()}, remote: 93.184.215.14}\nRequest Headers\n  ${c.hdr}: ${c.hv}\n  User-Agent: PostmanRuntime/7.39.0\n  Accept: */*\n  Postman-Token: ${g.uuid()}\n  Host: ${g.host()}\nResponse Headers\n  Content-Type: application/json\n  X-Request-Id: ${g.uuid()}` },
];

// ---------------------------------------------------------------- value renderers (named slots)
const valR: Renderer[] = [
  { n: "pytest --showlocals traceback", http: false, intro: "pytest -l failure in CI, locals included:", r: (g, c) => `    def build_client(cfg):\n>       return Client(base_url=cfg["base_url"], ${snake(c.env)}=cfg["${snake(c.env)}"], timeout=cfg["timeout"])\nE       TypeError: Client.__init__() got an unexpected keyword argument '${snake(c.env)}'\n\ncfg        = {'base_url': 'https://${g.host()}', ${all(c).map(([k, v]) => `'${snake(k)}': '${v}'`).join(", ")}, 'timeout': 30}\n\nsrc/${g.word()}/clients.py:${g.range(20, 200)}: TypeError\n=========================== short test summary info ============================\nFAILED tests/test_${g.word()}.py::test_client_roundtrip - TypeError` },
  { n: "node error with util.inspect config", http: false, intro: "Crash log from the node worker (pm2 logs):", r: (g, c) => `0|worker  | Error: connect ETIMEDOUT ${g.ip()}:443\n0|worker  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\n0|worker  |     at async Client.request (/srv/app/node_modules/@acme/sdk/dist/index.js:211:17) {\n0|worker  |   errno: -110,\n0|worker  |   code: 'ETIMEDOUT',\n0|worker  |   clientOptions: {\n0|worker  |     baseURL: 'https://${g.host()}',\n${all(c).map(([k, v]) => `0|worker  |     ${camel(k)}: '${v}',`).join("\n")}\n0|worker  |     retries: 3\n0|worker  |   }\n0|worker  | }` },
  { n: "Go panic with %+v config", http: false, intro: "Go service panics on startup, last lines of the log:", r: (g, c) => `${g.ts()} INF loaded config cfg="&{Addr::8080 Upstream:https://${g.host()} ${all(c).map(([k, v]) => `${camel(k).replace(/^./, (x) => x.toUpperCase())}:${v}`).join(" ")} Timeout:30s}"\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${g.hx(7)}]\n\ngoroutine 1 [running]:\nmain.(*server).start(0x0)\n\t/src/cmd/${g.word()}/main.go:${g.range(40, 300)} +0x${g.hx(2)}\nmain.main()\n\t/src/cmd/${g.word()}/main.go:${g.range(20, 40)} +0x${g.hx(3)}\nexit status 2` },
  { n: "Ruby NoMethodError with inspect", http: false, intro: "Sidekiq job error (Ruby), the message dumps the client object:", r: (g, c) => `${g.ts()} pid=${g.range(100, 9000)} tid=${g.lo(6)} class=${g.word().replace(/^./, (x) => x.toUpperCase())}Job jid=${g.hx(24)} ERROR: NoMethodError: undefined method \`fetch' for nil:NilClass\n  client: #<Acme::Client:0x0000${g.hx(12)} @base_url="https://${g.host()}", ${all(c).map(([k, v]) => `@${snake(k)}="${v}"`).join(", ")}, @timeout=30>\n/app/app/jobs/${g.word()}_job.rb:${g.range(10, 90)}:in \`perform'\n/usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:220:in \`execute_job'` },
  { n: "Spring Boot bind failure", http: false, intro: "Spring Boot refuses to start, APPLICATION FAILED TO START block:", r: (g, c) => `***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to bind properties under '${dotted(c.env)}' to java.lang.String:\n\n    Property: ${dotted(c.env)}\n    Value: "${c.val}"\n    Origin: System Environment Property "${c.env}"\n    Reason: No converter found capable of converting from type [java.lang.String] to type [com.acme.config.ClientSettings]\n\nAction:\n\nUpdate your application's configuration` },
  { n: "PHP var_dump in error log", http: false, intro: "php-fpm error log, someone left a var_dump in the config loader:", r: (g, c) => `[${g.ts()}] WARNING: [pool www] child ${g.range(10, 999)} said into stderr: "array(${all(c).length + 1}) {"\n${all(c).map(([k, v]) => `[${g.ts()}] WARNING: [pool www] child said into stderr: "  [\\"${snake(k)}\\"]=> string(${v.length}) \\"${v}\\""`).join("\n")}\n[${g.ts()}] WARNING: [pool www] child said into stderr: "  [\\"region\\"]=> string(9) \\"eu-west-1\\""\n[${g.ts()}] PHP Fatal error:  Uncaught TypeError: Acme\\Client::__construct(): Argument #2 ($opts) must be of type array, null given in /var/www/src/Client.php:${g.range(20, 90)}` },
  { n: "strings on core dump", http: false, intro: "strings from the core file of the crashed worker, env section:", r: (g, c) => `$ strings -n 8 core.${g.word()}.${g.range(1000, 40000)} | grep -A40 '^PATH='\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=${g.word()}-${g.lo(10)}-${g.lo(5)}\nGLIBC_TUNABLES=glibc.malloc.arena_max=2\n${all(c).map(([k, v]) => `${k}=${v}`).join("\n")}\nLANG=C.UTF-8\n/usr/lib/x86_64-linux-gnu/libssl.so.3\nGLIBC_2.34\n_ZN4acme6client7connectEv` },
  { n: "/proc/<pid>/environ dump", http: false, intro: "Dumped the process environment of the stuck pod:", r: (g, c) => `$ kubectl exec -it ${g.word()}-${g.lo(10)}-${g.lo(5)} -- sh -c "cat /proc/1/environ | tr '\\0' '\\n'"\nKUBERNETES_SERVICE_HOST=10.96.0.1\nKUBERNETES_PORT=tcp://10.96.0.1:443\nNODE_ENV=production\n${all(c).map(([k, v]) => `${k}=${v}`).join("\n")}\nHOME=/root\nOTEL_SERVICE_NAME=${g.word()}` },
  { n: "docker inspect Env", http: false, intro: "docker inspect of the container that keeps restarting:", r: (g, c) => JSON.stringify([{ Id: g.hx(64), Created: g.ts(), State: { Status: "restarting", ExitCode: 137, OOMKilled: true }, Config: { Hostname: g.hx(12), Env: ["PATH=/usr/local/bin:/usr/bin:/bin", ...all(c).map(([k, v]) => `${k}=${v}`), "TZ=UTC"], Image: `registry.example.com/${g.word()}:1.${g.range(0, 40)}.${g.range(0, 9)}` } }], null, 2) },
  { n: "kubectl describe pod env", http: false, intro: "kubectl describe pod for the CrashLoopBackOff:", r: (g, c) => `Name:             ${g.word()}-${g.lo(10)}-${g.lo(5)}\nNamespace:        prod\nStatus:           Running\nContainers:\n  app:\n    Image:          registry.example.com/${g.word()}@sha256:${g.hx(64)}\n    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Last State:     Terminated\n      Reason:       Error\n      Exit Code:    1\n    Restart Count:  ${g.range(5, 80)}\n    Environment:\n      LOG_LEVEL:      debug\n${all(c).map(([k, v]) => `      ${k}:  ${v}`).join("\n")}\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${g.lo(5)} (ro)` },
  { n: "gdb info locals", http: false, intro: "gdb session on the core, frame 3 locals:", r: (g, c) => `(gdb) bt\n#0  0x00007f${g.hx(10)} in __pthread_kill_implementation () from /lib/x86_64-linux-gnu/libc.so.6\n#1  0x00007f${g.hx(10)} in raise () from /lib/x86_64-linux-gnu/libc.so.6\n#2  0x00007f${g.hx(10)} in abort () from /lib/x86_64-linux-gnu/libc.so.6\n#3  0x000055${g.hx(10)} in client_connect (cfg=0x55${g.hx(10)}) at src/client.c:${g.range(40, 400)}\n(gdb) frame 3\n(gdb) info locals\nrc = -1\ncfg_local = {host = 0x55${g.hx(10)} "${g.host()}", port = 443, ${all(c).map(([k, v]) => `${snake(k)} = 0x55${g.hx(10)} "${v}"`).join(", ")}, timeout_ms = 30000}` },
  { n: "structured JSON log (effective config)", http: false, intro: "Our service logs its effective config at debug level, this line is from prod:", r: (g, c) => JSON.stringify({ ts: g.ts(), level: "debug", logger: "config", caller: "config/load.go:64", msg: "effective configuration", trace_id: g.hx(32), config: { listen: ":8080", upstream: `https://${g.host()}`, ...Object.fromEntries(all(c).map(([k, v]) => [snake(k), v])), log_level: "debug" } }) },
  { n: "MySQL slow query log", http: false, intro: "Slow query log entry that lines up with the incident window:", r: (g, c) => `# Time: ${g.ts()}\n# User@Host: app[app] @  [${g.ip()}]  Id: ${g.range(1000, 99999)}\n# Query_time: ${g.range(2, 30)}.${g.dg(6)}  Lock_time: 0.000${g.dg(3)} Rows_sent: 0  Rows_examined: ${g.range(100000, 9000000)}\nuse app_production;\nSET timestamp=${g.epoch()};\nUPDATE integrations SET settings = '{${all(c).map(([k, v]) => `"${snake(k)}":"${v}"`).join(",")},"enabled":true}', updated_at = NOW() WHERE tenant_id = ${g.range(1, 9999)} AND kind = '${g.word()}';` },
  { n: "PostgreSQL log_min_duration statement", http: false, intro: "Postgres log with log_min_duration_statement=1s, the slow one:", r: (g, c) => `${g.ts().replace("T", " ").replace("Z", " UTC")} [${g.range(1000, 60000)}] app@app_prod LOG:  duration: ${g.range(1000, 40000)}.${g.dg(3)} ms  statement: INSERT INTO tenant_settings (tenant_id, key, value) VALUES ${all(c).map(([k, v]) => `(${g.range(1, 9999)}, '${snake(k)}', '${v}')`).join(", ")} ON CONFLICT (tenant_id, key) DO UPDATE SET value = EXCLUDED.value` },
  { n: "ssh -vvv with SendEnv", http: false, intro: "ssh -vvv to the bastion, stuck after auth:", r: (g, c) => `debug1: Authentication succeeded (publickey).\nAuthenticated to bastion.example.net ([${g.ip()}]:22) using "publickey".\ndebug1: channel 0: new session [client-session] (inactive timeout: 0)\ndebug1: Requesting no-more-sessions@openssh.com\ndebug1: Entering interactive session.\ndebug1: pledge: filesystem\ndebug1: Sending environment.\ndebug1: channel 0: setting env LANG = "en_US.UTF-8"\n${all(c).map(([k, v]) => `debug1: channel 0: setting env ${k} = "${v}"`).join("\n")}\ndebug3: send packet: type 98\ndebug1: client_input_channel_req: channel 0 rtype exit-status reply 0` },
  { n: "bash -x trace from CI job", http: false, intro: "set -x output from the deploy job before it died:", r: (g, c) => `+ cd /builds/platform/${g.word()}\n+ source ./ci/env.sh\n${all(c).map(([k, v]) => `++ export ${k}=${v}\n++ ${k}=${v}`).join("\n")}\n+ ./scripts/deploy.sh --env production\nerror: deploy step 'migrate' exited with 1\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1` },
  { n: "terraform plan output", http: false, intro: "terraform plan diff for the drifted resource (not marked sensitive):", r: (g, c) => `  # module.${g.word()}.acme_integration.main will be updated in-place\n  ~ resource "acme_integration" "main" {\n        id          = "${g.uuid()}"\n        name        = "${g.word()}-prod"\n${all(c).map(([k, v]) => `      ~ ${snake(k)} = "${v}" -> (known after apply)`).join("\n")}\n        # (4 unchanged attributes hidden)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.` },
  { n: "Datadog log event JSON", http: false, intro: "Datadog log event (JSON view) attached to the monitor alert:", r: (g, c) => JSON.stringify({ id: g.an(40), content: { timestamp: g.ts(), host: `i-${g.hx(17)}`, service: g.word(), status: "error", message: "worker boot failed", attributes: { dd: { trace_id: g.dg(19), span_id: g.dg(19) }, boot: { env: Object.fromEntries(all(c).map(([k, v]) => [k, v])) }, error: { kind: "ConfigError", message: "upstream rejected credentials" } } } }, null, 2) },
  { n: "Sentry event frame vars", http: false, intro: "Sentry event JSON, the frame vars show the settings dict:", r: (g, c) => JSON.stringify({ event_id: g.hx(32), platform: "python", level: "error", exception: { values: [{ type: "AuthenticationError", value: "No such API key", stacktrace: { frames: [{ filename: `app/${g.word()}/tasks.py`, function: "sync_account", lineno: g.range(10, 300), vars: { account_id: g.range(1000, 99999), settings: Object.fromEntries(all(c).map(([k, v]) => [snake(k), v])) } }] } }] } }, null, 2) },
  { n: "systemctl show Environment", http: false, intro: "systemctl show for the unit that fails to come up:", r: (g, c) => `$ systemctl show ${g.word()}-worker.service -p Environment -p ExecStart -p Result\nEnvironment=NODE_ENV=production PORT=8080 ${all(c).map(([k, v]) => `${k}=${v}`).join(" ")}\nExecStart={ path=/usr/bin/node ; argv[]=/usr/bin/node /opt/app/dist/main.js ; ignore_errors=no ; start_time=[n/a] ; status=1/FAILURE }\nResult=exit-code` },
  { n: "JVM hs_err jvm_args", http: false, intro: "hs_err_pid file from the JVM crash, header part:", r: (g, c) => `#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f${g.hx(10)}, pid=${g.range(100, 40000)}, tid=${g.range(100, 40000)}\n#\n# JRE version: OpenJDK Runtime Environment Temurin-21.0.3+9 (21.0.3+9) (build 21.0.3+9-LTS)\n\n---------------  S U M M A R Y ------------\n\nCommand Line: -Xmx2g ${all(c).map(([k, v]) => `-D${dotted(k)}=${v}`).join(" ")} -jar /opt/app/${g.word()}.jar\n\nHost: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz, 8 cores, 31G, Ubuntu 22.04.4 LTS` },
  { n: "redis-cli MONITOR", http: false, intro: "redis-cli MONITOR while reproducing the cache miss storm:", r: (g, c) => { const t = g.epoch(); return `OK\n${t}.${g.dg(6)} [0 ${g.ip()}:${g.range(40000, 60000)}] "GET" "tenant:${g.range(1, 9999)}:flags"\n${all(c).map(([k, v]) => `${t}.${g.dg(6)} [0 ${g.ip()}:${g.range(40000, 60000)}] "HSET" "tenant:${g.range(1, 9999)}:integration" "${snake(k)}" "${v}"`).join("\n")}\n${t}.${g.dg(6)} [0 ${g.ip()}:${g.range(40000, 60000)}] "EXPIRE" "tenant:${g.range(1, 9999)}:integration" "3600"`; } },
  { n: "ltrace getenv", http: false, intro: "ltrace -e getenv on the binary to see what it reads:", r: (g, c) => `$ ltrace -e getenv ./${g.word()}d --once\n${all(c).map(([k, v]) => `${g.word()}d->getenv("${k}") = "${v}"`).join("\n")}\n${g.word()}d->getenv("HTTPS_PROXY") = nil\n${g.word()}d->getenv("LOG_LEVEL") = "debug"\n+++ exited (status 1) +++` },
  { n: "strace -v execve env", http: false, intro: "strace -f -v -e execve shows how the wrapper launches it:", r: (g, c) => `execve("/usr/local/bin/${g.word()}", ["${g.word()}", "--serve"], ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/home/app", ${all(c).map(([k, v]) => `"${k}=${v}"`).join(", ")}, "LANG=C.UTF-8"]) = 0\nbrk(NULL)                               = 0x55${g.hx(10)}\n+++ exited with 1 +++` },
  { n: ".NET user-secrets list", http: false, intro: "Output of dotnet user-secrets list on the box where it repros:", r: (g, c) => `$ dotnet user-secrets list --project src/Acme.${g.word()}.Api\n${all(c).map(([k, v]) => `${camel(k).replace(/^./, (x) => x.toUpperCase()).replace(/(Key|Token|Secret|Password|Url)$/, ":$1")} = ${v}`).join("\n")}\nLogging:LogLevel:Default = Debug\n\n$ dotnet run\nfail: Microsoft.Extensions.Hosting.Internal.Host[11]\n      Hosting failed to start` },
  { n: "docker compose config output", http: false, intro: "docker compose config (rendered) for the failing stack:", r: (g, c) => `name: ${g.word()}\nservices:\n  worker:\n    image: registry.example.com/${g.word()}:latest\n    environment:\n${all(c).map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n      LOG_LEVEL: debug\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]` },
];

export const RENDERERS: Renderer[] = [...httpR, ...valR];

// ---------------------------------------------------------------- outbound sinks (what leaves)
type Sink = { n: string; w: (g: Gen, intro: string, body: string) => string };
const fence = (intro: string, b: string) => `${intro}\n\n\`\`\`\n${b}\n\`\`\``;
export const SINKS: Sink[] = [
  { n: "LLM messages API body", w: (g, i, b) => `POST https://llm.example.com/v1/messages\ncontent-type: application/json\n\n` + JSON.stringify({ model: "model-large", max_tokens: 2048, messages: [{ role: "user", content: fence(i, b) }] }) },
  { n: "chat completions body", w: (_g, i, b) => JSON.stringify({ model: "gpt-large", temperature: 0.2, messages: [{ role: "system", content: "You are an SRE assistant." }, { role: "user", content: fence(i, b) }] }) },
  { n: "issue tracker create-issue", w: (g, i, b) => `POST https://git.example.com/api/v3/repos/platform/${g.word()}/issues\n\n` + JSON.stringify({ title: `Incident ${g.range(1000, 9999)}: ${g.word()} failing in prod`, body: fence(i, b), labels: ["incident", "sev2"] }) },
  { n: "tool_result back to the model", w: (g, i, b) => { const id = `toolu_01${g.an(22)}`; return JSON.stringify({ model: "model-large", max_tokens: 4096, messages: [{ role: "user", content: i }, { role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command: "cat /tmp/debug-capture.txt" } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: b }] }] }); } },
  { n: "chat postMessage", w: (g, i, b) => `POST https://chat.example.com/api/chat.postMessage\n\n` + JSON.stringify({ channel: `#inc-${g.range(1000, 9999)}`, text: fence(i, b), unfurl_links: false }) },
  { n: "paste site raw upload", w: (_g, _i, b) => `PUT https://paste.example.net/documents\nContent-Type: text/plain; charset=utf-8\n\n${b}` },
  { n: "gist create", w: (g, i, b) => JSON.stringify({ description: i, public: false, files: { [`${g.word()}-debug.txt`]: { content: b } } }) },
  { n: "tracker GraphQL issueCreate", w: (g, i, b) => JSON.stringify({ query: "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier } } }", variables: { input: { teamId: g.uuid(), title: `[incident] ${g.word()} errors`, description: fence(i, b), priority: 1 } } }) },
  { n: "Jira comment (ADF)", w: (g, i, b) => `POST https://tracker.example.org/rest/api/3/issue/OPS-${g.range(100, 9999)}/comment\n\n` + JSON.stringify({ body: { type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text: i }] }, { type: "codeBlock", attrs: { language: "text" }, content: [{ type: "text", text: b }] }] } }) },
  { n: "support ticket form", w: (g, i, b) => JSON.stringify({ ticket: { subject: `Errors from ${g.word()} integration`, comment: { body: fence(i, b) }, priority: "urgent", requester: { email: "oncall@example.com" } } }) },
];

/** Wraps a handcrafted capture in a sink chosen by the file's own stream. */
export function wrap(g: Gen, intro: string, body: string): { text: string; sink: string } {
  const sink = SINKS[g.int(SINKS.length)]!;
  return { text: sink.w(g, intro, body), sink: sink.n };
}

export function renderVia(g: Gen, r: Renderer, c: Ctx): { text: string; where: string } {
  const sink = SINKS[g.int(SINKS.length)]!;
  return { text: sink.w(g, r.intro, r.r(g, c)), where: `${r.n} via ${sink.n}` };
}

/** Rotates specs through renderers: each spec gets `reps` renderings with consecutive compatible renderers. */
export function rotate(g: Gen, specs: Spec[], opts: { idPrefix: string; cat: (s: Spec) => string; label: "positive" | "benign"; reps: number; start?: number; skip?: string[] }): CorpusCase[] {
  const out: CorpusCase[] = [];
  const use = RENDERERS.filter((r) => !(opts.skip ?? []).includes(r.n));
  const H = use.filter((r) => r.http), V = use.filter((r) => !r.http);
  let kH = opts.start ?? 0, kV = opts.start ?? 0, flip = false;
  let n = 0;
  for (const sp of specs) {
    const form = sp.form ?? "both";
    for (let rep = 0; rep < (sp.reps ?? opts.reps); rep++) {
      let useHttp = form === "hdr";
      if (form === "both") { useHttp = !flip; flip = !flip; }
      const r = useHttp ? H[kH++ % H.length]! : V[kV++ % V.length]!;
      const c = ctxOf(g, sp);
      const { text, where } = renderVia(g, r, c);
      n += 1;
      const slot = r.http ? `${c.hdr} header` : c.env;
      out.push({ id: `${opts.idPrefix}-${String(n).padStart(3, "0")}`, kind: "secrets", category: opts.cat(sp), label: opts.label, text, note: `${sp.p}; slot ${slot}; ${where}` });
    }
  }
  return out;
}

export function hand(id: string, category: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}

export const j = (...p: (string | number)[]): string => p.join("");
export const BECH_UP = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
export const pw = (g: Gen, n = 20): string => g.str(n, A_AN + "!#%*-_.~");
