// Round twenty-five (held-out Y103): PagerDuty's Events API v2 routing (integration) key — 32 hex, or an
// Event Orchestration's `R0` and 30 more — in the API's own `routing_key` field, an integration key's slot or a
// PagerDuty-named one, a multipart part included. Benign: a message broker's routing key (a dotted name), a
// hex digest under a hash's name, zeros, a placeholder. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a009);
const b = builder({ category: "r25-pagerduty-routing-key" });
const bb = builder({ category: "r25-pagerduty-routing-key-benign" });

b.pos("r25-pd-events-json", "an Events API v2 body", JSON.stringify({ routing_key: r.hex(32), event_action: "trigger", payload: { summary: "disk full", severity: "critical", source: "db-1" } }));
b.pos("r25-pd-orchestration-env", "an Event Orchestration key in .env", `PD_ROUTING_KEY=R0${r.hex(30)}\nPD_SERVICE=checkout\n`);
b.pos("r25-pd-multipart", "a multipart part named pd_integration_key",
  `------X\r\nContent-Disposition: form-data; name="pd_integration_key"\r\n\r\n${r.hex(32)}\r\n------X--\r\n`);
b.pos("r25-pd-yaml", "an alertmanager receiver", `receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: "${r.hex(32)}"\n        severity: critical\n`);
b.pos("r25-pd-python", "a Python dict with an R0 key", `event = {"routing_key": "R0${r.alnum(30)}", "event_action": "trigger"}\n`);
b.pos("r25-pd-hcl", "a Terraform integration key", `resource "datadog_integration_pagerduty_service_object" "svc" {\n  service_name = "checkout"\n  service_key  = "x"\n  integration_key = "${r.hex(32)}"\n}\n`);

bb.ben("r25-pd-ben-amqp", "a RabbitMQ routing key", `channel.basic_publish(exchange="orders", routing_key="orders.created.eu", body=msg)\n`);
bb.ben("r25-pd-ben-zeros", "zeros as the routing key", `{"routing_key": "00000000000000000000000000000000", "event_action": "trigger"}\n`);
bb.ben("r25-pd-ben-placeholder", "a docs placeholder", `PD_ROUTING_KEY=R0XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n`);
bb.ben("r25-pd-ben-kafka", "a Kafka routing key name", `routing_key: tenant-${r.int(900) + 100}.events\n`);
bb.ben("r25-pd-ben-sequence", "a hex alphabet run", `routing_key = "0123456789abcdef0123456789abcdef"\n`);
bb.ben("r25-pd-ben-short", "a short hex under routing_key", `{"routing_key": "${r.hex(12)}"}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
