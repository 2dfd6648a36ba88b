// SARIF 2.1.0 for code-scanning dashboards: one result per finding, each on its artifact, with
// keyed partial fingerprints. A scan that failed closed says so: the invocation is marked
// unsuccessful with a notification per failure, and the block is a result of its own.
import { VERSION } from "../version.ts";
import type { Report, ReportFinding } from "./types.ts";

const LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" } as const;

function levelOf(f: ReportFinding): "error" | "warning" | "note" {
  if (f.action === "info") return "note";
  return f.action === "block" ? LEVEL[f.severity] : "warning";
}

function message(f: ReportFinding): string {
  const ex = f.example ? " (published example)" : "";
  const via = f.decodePath.length ? ` via ${f.decodePath.join(" → ")}` : "";
  return `${f.description}: ${f.redacted}${ex}${via}${f.hint ? `. ${f.hint}` : ""}`;
}

export function toSarif(r: Report) {
  const ruleIds = [...new Set(r.findings.map((f) => f.ruleId))];
  const failed = r.errors.length > 0;
  if (failed) ruleIds.push("toolkit.scan-error");
  const uri = (i: number) => r.artifacts[i]?.uri.replace(/^\.?\//, "") ?? "unknown";
  const results: object[] = r.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: levelOf(f),
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.artifact), index: f.artifact },
          region: { startLine: f.line, startColumn: f.column, byteOffset: f.byteStart, byteLength: f.byteEnd - f.byteStart },
        },
      },
    ],
    partialFingerprints: { "toolkit/v2": f.fingerprint },
    properties: { action: f.action, severity: f.severity, example: f.example, decodePath: f.decodePath, confidence: f.confidence, ...artifactProps(r, f.artifact) },
  }));
  for (const e of r.errors) {
    results.push({
      ruleId: "toolkit.scan-error",
      ruleIndex: ruleIds.indexOf("toolkit.scan-error"),
      level: "error",
      message: { text: `Scan could not finish; blocked (fail closed): ${e}` },
      locations: r.artifacts.length > 0 ? [{ physicalLocation: { artifactLocation: { uri: uri(0), index: 0 } } }] : [],
      properties: { action: r.decision },
    });
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "toolkit",
            version: VERSION,
            rules: ruleIds.map((id) => {
              if (id === "toolkit.scan-error") return { id, name: id, shortDescription: { text: "A scan could not finish; the payload was blocked (fail closed)" } };
              const f = r.findings.find((x) => x.ruleId === id)!;
              return { id, name: id, shortDescription: { text: f.description }, properties: { detector: f.detector, tags: f.tags } };
            }),
          },
        },
        invocations: [
          {
            executionSuccessful: !failed,
            toolExecutionNotifications: r.errors.map((e) => ({ level: "error", message: { text: e } })),
            properties: { command: r.command, decision: r.decision },
          },
        ],
        artifacts: r.artifacts.map((a) => ({ location: { uri: a.uri.replace(/^\.?\//, "") }, ...(a.bytes !== undefined ? { length: a.bytes } : {}) })),
        results,
      },
    ],
  };
}

function artifactProps(r: Report, i: number): Record<string, string> {
  const a = r.artifacts[i];
  const out: Record<string, string> = {};
  if (a?.commit) out.commit = a.commit;
  if (a?.author) out.author = a.author;
  if (a?.date) out.date = a.date;
  return out;
}
