// Round twenty-six (held-out Y113 y113-ai-027, y113-obs-012): packet dumps (ngrep -W byline,
// tcpdump -A) print CR LF as "..", so a header's value runs into the next header's name
// (`Authorization: Bearer <token>..Content-Type:`). The value is still the header's. Benign: the
// same dumps with masked, templated or absent credentials. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { ALNUM, builder, Rng } from "./_gen.ts";

const r = new Rng(0x26e005);
const b = builder({ category: "r26-wire-glued-header" });
const bb = builder({ category: "r26-wire-glued-header-benign" });
const key = (n: number) => r.str(4, ALNUM) + r.digits(2) + r.str(n - 6, ALNUM);
const pkt = (headers: string) => `T 10.0.${r.int(200)}.4:${40000 + r.int(9999)} -> 10.0.9.8:80 [AP] #${r.int(90)}\nPOST /v2/run HTTP/1.1..Host: api.vendor.example..User-Agent: curl/8.5.0..${headers}..Content-Length: 2....{}\n`;

b.pos("r26-glue-bearer", "Bearer token glued to the next header", pkt(`Authorization: Bearer ${key(40)}..Accept: */*`), undefined, "authorization-header-credential");
b.pos("r26-glue-token-scheme", "Token scheme glued to Content-Type", pkt(`Authorization: Token ${key(32)}..Content-Type: application/json`), undefined, "authorization-header-credential");
b.pos("r26-glue-prefixed", "a vendor-prefixed bearer glued", pkt(`Authorization: Bearer vk-${key(44)}..X-Request-Id: ${r.uuid()}`), undefined, "authorization-header-credential");
b.pos("r26-glue-honeycomb", "X-Honeycomb-Team glued", pkt(`X-Honeycomb-Team: ${key(22)}..Content-Type: application/json`), undefined, "honeycomb-team-header");
b.pos("r26-glue-honeycomb-last", "X-Honeycomb-Team as the last header", `POST /1/events/app HTTP/1.1..Host: api.vendor.example..X-Honeycomb-Team: ${key(22)}....{"a":1}\n`, undefined, "honeycomb-team-header");
b.pos("r26-glue-tcpdump", "tcpdump -A with dots for CR LF", `E..<..@.@.......\nPOST /api HTTP/1.1..Host: internal..Authorization: Bearer ${key(36)}..Connection: close....\n`, undefined, "authorization-header-credential");

bb.ben("r26-glue-masked", "masked bearer in a dump", pkt(`Authorization: Bearer ****************..Accept: */*`));
bb.ben("r26-glue-template", "templated header in a dump", pkt(`Authorization: Bearer \${API_TOKEN}..Accept: */*`));
bb.ben("r26-glue-none", "no credential, long ids in headers", pkt(`X-Request-Id: ${r.uuid()}..X-Trace: ${r.hex(32)}`));
bb.ben("r26-glue-basic-off", "Authorization naming a header only", pkt(`Access-Control-Allow-Headers: Authorization..Vary: Origin`));
bb.ben("r26-glue-honeycomb-ref", "honeycomb header from env", pkt(`X-Honeycomb-Team: \${HONEYCOMB_API_KEY}..Content-Type: application/json`));
bb.ben("r26-glue-ellipsis", "elided bearer", pkt(`Authorization: Bearer abc...`));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
