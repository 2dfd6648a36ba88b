// Round twenty-six (held-out Y113 benign JSON logs): a tracer's 64-bit id written in decimal
// (Datadog's dd.trace_id / dd.span_id, x-datadog-parent-id) is up to 20 digits and passes Luhn
// with a card issuer's prefix now and then: under a trace or span id it is not a card. Positives:
// card numbers in the same logs under payment names. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, card, Rng } from "./_gen.ts";

const r = new Rng(0x26e002);
const b = builder({ category: "r26-trace-id-card", expect: "credit-card" });
const bb = builder({ category: "r26-trace-id-card-benign" });
const visa19 = () => card(r, "4", 19);
const diners = () => card(r, "39", 19);

b.pos("r26-trace-card-json", "card number in a structured log beside trace ids", JSON.stringify({ msg: "charge failed", "dd.trace_id": r.digits(19), card_number: card(r, "4", 16) }));
b.pos("r26-trace-card-logfmt", "logfmt pan after a span id", `level=error span_id=${r.digits(18)} pan=${card(r, "51", 16)} msg="declined"\n`);
b.pos("r26-trace-card-diners", "a 19-digit card under its own name", `{"trace_id":"${r.hex(32)}","cardNumber":"${diners()}"}\n`);
b.pos("r26-trace-card-prose", "card pasted in a debug note", `the customer's card ${visa19()} fails with trace ${r.hex(32)}\n`);
b.pos("r26-trace-card-header", "card number in a form body beside a datadog header", `x-datadog-trace-id: ${r.digits(19)}\n\ncc=${card(r, "37", 15)}&exp=12/29\n`);
b.pos("r26-trace-card-spaced", "spaced card in a crash locals dump", `Locals:\n  span = <Span id=${r.digits(19)}>\n  number = '${card(r, "4", 16).replace(/(\d{4})(?=\d)/g, "$1 ")}'\n`);

bb.ben("r26-trace-dd-json", "Datadog ids in JSON logs", [0, 1, 2].map(() => JSON.stringify({ level: "info", "dd.trace_id": diners(), "dd.span_id": visa19() })).join("\n"));
bb.ben("r26-trace-logfmt", "logfmt trace and span ids", `ts=2024-05-01T10:00:00Z dd.trace_id=${diners()} dd.span_id=${visa19()} msg="ok"\n`);
bb.ben("r26-trace-headers", "propagation headers in a request dump", `GET /health HTTP/1.1\nx-datadog-trace-id: ${visa19()}\nx-datadog-parent-id: ${diners()}\n`);
bb.ben("r26-trace-camel", "camelCase spanId and traceId", `{"traceId": "${visa19()}", "spanId": "${diners()}", "parentId": "${visa19()}"}\n`);
bb.ben("r26-trace-table", "trace id column in a table", `trace_id            ${diners()}\nspan_id             ${visa19()}\n`);
bb.ben("r26-trace-python", "Python repr of a span", `Span(trace_id=${visa19()}, span_id=${diners()}, parent_id=None)\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
