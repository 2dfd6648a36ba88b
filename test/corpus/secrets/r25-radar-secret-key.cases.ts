// Round twenty-five (held-out Y106): Radar's secret key (`prj_live_sk_` / `prj_test_sk_` + 40 hex), found by its
// prefix wherever it stands: a function's return value, a YAML value, a header. Benign: the publishable
// `…_pk_` key (shipped in apps), a placeholder body, a body cut short, a project id. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a0a1);
const b = builder({ category: "r25-radar-secret-key" });
const bb = builder({ category: "r25-radar-secret-key-benign" });
const sk = (mode: string) => `prj_${mode}_s` + `k_${r.hex(40)}`;
const pk = (mode: string) => `prj_${mode}_p` + `k_${r.hex(40)}`;

b.pos("r25-radar-go-return", "a Go function returning the key", `func radarKey() string {\n\treturn "${sk("live")}"\n}\n`);
b.pos("r25-radar-yaml", "a YAML config value", `geo:\n  provider: radar\n  server_key: ${sk("live")}\n`);
b.pos("r25-radar-header", "an Authorization header in curl", `curl https://api.example.com/v1/geocode/forward?query=Berlin -H "Authorization: ${sk("live")}"\n`);
b.pos("r25-radar-test", "a test-mode secret key in .env", `RADAR_KEY=${sk("test")}\n`);
b.pos("r25-radar-json-escaped", "a tool call writing the key into a file", JSON.stringify({ name: "write_file", input: { path: "config.ts", content: `export const radar = "${sk("live")}";\n` } }));
b.pos("r25-radar-python", "a Python client setup", `import radar\nclient = radar.RadarClient("${sk("live")}")\n`);

bb.ben("r25-radar-ben-pk", "the publishable key in a web app", `Radar.initialize('${pk("live")}');\n`);
bb.ben("r25-radar-ben-pk-test", "a test publishable key in .env", `NEXT_PUBLIC_RADAR_KEY=${pk("test")}\n`);
bb.ben("r25-radar-ben-placeholder", "documentation's placeholder", `RADAR_SECRET_KEY=prj_live_sk_<your-secret-key>\n`);
bb.ben("r25-radar-ben-xs", "a masked secret key", `RADAR_SECRET_KEY=prj_live_sk_${"x".repeat(40)}\n`);
bb.ben("r25-radar-ben-short", "a key prefix in prose with no body", `Secret keys start with prj_live_sk_ and must never ship in a client.\n`);
bb.ben("r25-radar-ben-project", "a project id in a URL", `https://dashboard.example.com/projects/prj_${r.hex(24)}/settings\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
