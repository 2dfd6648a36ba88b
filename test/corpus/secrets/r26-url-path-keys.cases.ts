// Round twenty-six (held-out Y113 y113-saas-032, y113-obs-026): webhook keys carried in a URL path
// whatever the host, including an HTTP dump's request line, where only the path is written and the
// Host header follows: IFTTT's /trigger/<event>/with/key/<key>, Loggly's /inputs/<token>/tag/… and
// /bulk/<token>/tag/…. Benign: the same paths with placeholders, other REST paths with ids. Built at run time.
import type { CorpusCase } from "../types.ts";
import { B64URL, builder, Rng } from "./_gen.ts";

const r = new Rng(0x26e003);
const b = builder({ category: "r26-url-path-keys" });
const bb = builder({ category: "r26-url-path-keys-benign" });
const ifttt = () => r.str(5, B64URL) + r.digits(2) + r.str(15, B64URL);

b.pos("r26-path-ifttt-wire", "IFTTT trigger in a wire log request line", `>> "POST /trigger/backup_done/with/key/${ifttt()} HTTP/1.1[\\r][\\n]"\n>> "Host: maker.ifttt.com[\\r][\\n]"\n`, undefined, "ifttt-webhook-key");
b.pos("r26-path-ifttt-url", "IFTTT JSON trigger URL in a script", `requests.post("https://maker.ifttt.com/trigger/door_open/json/with/key/${ifttt()}", json=payload)\n`, undefined, "ifttt-webhook-key");
b.pos("r26-path-ifttt-access", "nginx access log line", `10.1.2.3 - - [12/Mar/2024:10:00:01 +0000] "GET /trigger/ping/with/key/${ifttt()}?value1=ok HTTP/1.1" 200 41\n`, undefined, "ifttt-webhook-key");
b.pos("r26-path-loggly-dump", "Loggly input in an HTTP debug dump", `-> POST /inputs/${r.uuid()}/tag/batch,worker/ HTTP/1.1\n-> Host: logs-01.loggly.com\n-> Content-Type: text/plain\n`, undefined, "loggly-customer-token");
b.pos("r26-path-loggly-bulk", "Loggly bulk endpoint in a curl", `curl -H 'content-type:text/plain' -d @app.log https://logs-01.loggly.com/bulk/${r.uuid()}/tag/bulk/\n`, undefined, "loggly-customer-token");
b.pos("r26-path-loggly-config", "syslog template with the input URL", `url: "http://logs-01.loggly.com/inputs/${r.uuid().toUpperCase()}/tag/rsyslog/"\n`, undefined, "loggly-customer-token");

bb.ben("r26-path-ifttt-placeholder", "IFTTT doc URL with a placeholder", `POST https://maker.ifttt.com/trigger/{event}/with/key/YOUR_IFTTT_KEY_HERE\n`);
bb.ben("r26-path-ifttt-template", "IFTTT URL built from a variable", "const url = `https://maker.ifttt.com/trigger/${event}/with/key/${process.env.IFTTT_KEY}`;\n");
bb.ben("r26-path-loggly-placeholder", "Loggly doc URL with TOKEN", `curl -d "hello" http://logs-01.loggly.com/inputs/TOKEN/tag/http/\n`);
bb.ben("r26-path-inputs-rest", "a REST inputs resource with an id", `GET /api/v2/inputs/${r.uuid()} HTTP/1.1\nHost: graylog.example.net\n`);
bb.ben("r26-path-trigger-rest", "a CI trigger path with a key name", `POST /trigger/${r.hex(8)}/with/keys HTTP/1.1\nHost: ci.example.net\n`);
bb.ben("r26-path-bulk-rest", "a bulk API path with a uuid and no tag", `POST /bulk/${r.uuid()}/status HTTP/1.1\nHost: api.example.org\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
