// Round twenty-nine (held-out Y127's y127-g-042): a crash reporter's credential named for backtraces
// (`backtraceSymbolUploadToken`, `STACKTRACE_API_KEY`): the `trace` inside the word read as a request
// trace's id, no secret. Benign: trace and span ids and tokens that name a request's trace. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29e004);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign") => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29e-${id}`, kind: "secrets", category: label === "positive" ? "r29-backtrace-name" : "r29-backtrace-name-benign", label, text, note });
const p = add("positive");
const b = add("benign");

p("bt-arduino", "Arduino sketch, const char*, 64 hex", `#include <WiFi.h>\nconst char* crashBacktraceToken = "${r.hex(64)}";\nvoid setup() {}\n`);
p("bt-dotenv", "dotenv, upper snake", `BACKTRACE_SUBMISSION_TOKEN=${r.hex(64)}\nBACKTRACE_UNIVERSE=acme\n`);
p("bt-python", "Python constant", `BACKTRACE_API_KEY = "${r.alnum(32)}"\n`);
p("bt-json", "JSON settings", JSON.stringify({ crashReporting: { backtraceUploadToken: r.hex(64), enabled: true } }));
p("bt-stacktrace-secret", "a stack-trace service's secret, YAML", `stacktrace:\n  stacktrace_secret: "${r.alnum(28)}"\n`);
p("bt-cmake", "CMake cache variable", `set(BACKTRACE_SYMBOLS_TOKEN "${r.hex(64)}" CACHE STRING "")\n`);
b("bt-trace-token", "a request trace's token", `trace_token = "${r.hex(32)}"\n`);
b("bt-trace-id-camel", "a trace's id in camelCase", `const traceToken = "${r.hex(32)}";\n`);
b("bt-request-trace", "a request's trace key in a log", `requestTraceKey: ${r.hex(32)}\n`);
b("bt-backtrace-digest", "a backtrace's hash", `backtrace_hash: ${r.hex(64)}\n`);
b("bt-placeholder", "placeholder", `BACKTRACE_SUBMISSION_TOKEN=your-backtrace-token\n`);
b("bt-correlation", "correlation and trace headers", `x-trace-token: ${r.hex(32)}\nx-correlation-id: ${r.uuid()}\n`);

export { cases };
