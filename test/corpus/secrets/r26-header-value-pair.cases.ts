// Round twenty-six (held-out Y114's y114-s-009): Honeycomb's key in its X-Honeycomb-Team header where the
// header's name and value are two fields (Envoy's `request_headers_to_add` `key:`/`value:`, a probe's or
// a HAR's `name:`/`value:`) or a proxy directive puts a blank between them (`proxy_set_header`,
// `set-header`). Headers whose names say key or token are read that way already. Benign: other
// Honeycomb headers (dataset), the value from a variable, a list item whose value is another header's,
// prose. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c302);
const b = builder({ category: "r26-header-value-pair" });
const bb = builder({ category: "r26-header-value-pair-benign" });
const key = () => r.alnum(8) + r.digits(2) + r.alnum(12);

b.pos("r26l-hvp-envoy-yaml", "Envoy route request_headers_to_add", `    request_headers_to_add:\n    - header:\n        key: x-honeycomb-team\n        value: ${key()}\n      append_action: OVERWRITE_IF_EXISTS_OR_ADD\n`);
b.pos("r26l-hvp-envoy-json", "Envoy config as JSON", JSON.stringify({ request_headers_to_add: [{ header: { key: "x-honeycomb-team", value: key() } }] }));
b.pos("r26l-hvp-probe", "pod probe httpHeaders name/value", `        livenessProbe:\n          httpGet:\n            path: /1/auth\n            httpHeaders:\n            - name: X-Honeycomb-Team\n              value: "${r.hex(32)}"\n`);
b.pos("r26l-hvp-har", "HAR request header entry", JSON.stringify({ log: { entries: [{ request: { method: "POST", url: "https://api.honeycomb.io/1/events/prod", headers: [{ name: "X-Honeycomb-Team", value: key() }] } }] } }));
b.pos("r26l-hvp-nginx", "nginx proxy_set_header", `location /telemetry/ {\n    proxy_pass https://api.honeycomb.io/;\n    proxy_set_header X-Honeycomb-Team ${key()};\n}\n`);
b.pos("r26l-hvp-haproxy", "HAProxy set-header", `backend honeycomb\n    http-request set-header X-Honeycomb-Team ${key()}\n    server hc api.honeycomb.io:443 ssl\n`);

bb.ben("r26l-hvp-dataset", "the dataset header, not the key", `    request_headers_to_add:\n    - header:\n        key: x-honeycomb-dataset\n        value: production-traces-eu\n`);
bb.ben("r26l-hvp-envoy-env", "Envoy value from an environment substitution", `    - header:\n        key: x-honeycomb-team\n        value: "%ENVIRONMENT(HONEYCOMB_API_KEY)%"\n`);
bb.ben("r26l-hvp-var", "value from a template variable", `    - header:\n        key: x-honeycomb-team\n        value: \${HONEYCOMB_API_KEY}\n`);
bb.ben("r26l-hvp-other-item", "header with no value; the next item's value is a sampling id", `    - header:\n        key: x-honeycomb-team\n      keep_empty_value: false\n    - header:\n        key: x-trace-sample\n        value: ${key()}\n`);
bb.ben("r26l-hvp-prose", "prose naming the header", `The x-honeycomb-team header carries the environment's key; rotate it in the Honeycomb UI, then restart the collector.`);
bb.ben("r26l-hvp-request-id", "request id header with an opaque value", `    request_headers_to_add:\n    - header:\n        key: x-request-id\n        value: ${key()}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
