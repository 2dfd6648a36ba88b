// Writers for `toolkit check`: text for people, JSON and SARIF 2.1.0 for machines.
import type { CheckResult } from "../check/analyze.ts";
import type { JudgedFinding } from "../policy/decide.ts";
import { VERSION } from "../version.ts";
import { findingToJson } from "./finding-json.ts";

export type ReportFormat = "text" | "json" | "sarif";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json", "sarif"];

export function renderCheck(r: CheckResult, format: ReportFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(checkJson(r), null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(checkSarif(r), null, 2)}\n`;
    case "text":
      return checkText(r);
  }
}

export function checkJson(r: CheckResult) {
  const j = r.judgement;
  return {
    tool: "toolkit",
    version: VERSION,
    decision: j.decision,
    kind: r.kind,
    input: { source: r.source, bytes: r.bytes, binary: r.binary },
    reasons: j.reasons,
    findings: j.findings.map(findingToJson),
    ...(r.tools ? { tools: r.tools } : {}),
    ...(r.injectionScore !== undefined ? { injection_score: r.injectionScore } : {}),
  };
}

function checkText(r: CheckResult): string {
  const j = r.judgement;
  const lines: string[] = [];
  const head = j.decision === "block" ? "BLOCK" : j.decision === "warn" ? "WARN" : "ALLOW";
  const n = j.findings.length;
  lines.push(`${head}  ${r.source}: ${n === 0 ? "no findings" : `${n} finding${n === 1 ? "" : "s"}`} (${r.kind}${r.binary ? ", binary input: printable strings scanned" : ""})`);
  for (const f of j.findings) lines.push(`  ${textFinding(f)}`);
  for (const t of r.tools ?? []) lines.push(`  tool ${t.name}  sha256:${t.hash}`);
  if (r.injectionScore !== undefined && r.injectionScore > 0) lines.push(`  injection score ${r.injectionScore.toFixed(2)}`);
  if (j.reasons.length > 0 && j.decision !== "allow") lines.push(`  why: ${j.reasons.join(", ")}`);
  return `${lines.join("\n")}\n`;
}

function textFinding(f: JudgedFinding): string {
  const where = `${f.line}:${f.column}`.padEnd(8);
  const via = f.decodePath.length > 0 ? `  via ${f.decodePath.join(" → ")}` : "";
  const ex = f.example ? "  (published example)" : "";
  return `${where}${f.action.padEnd(6)}${f.severity.padEnd(9)}${f.ruleId}  ${f.redacted}  ${f.description}${ex}${via}`;
}

const SARIF_LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" } as const;

export function checkSarif(r: CheckResult) {
  const findings = r.judgement.findings;
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  const uri = r.source === "stdin" || r.source === "--text" ? r.source : r.source.replace(/^\.?\//, "");
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
              const f = findings.find((x) => x.ruleId === id)!;
              return { id, name: id, shortDescription: { text: f.description }, properties: { detector: f.detector, tags: f.tags } };
            }),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: f.action === "block" ? SARIF_LEVEL[f.severity] : "warning",
          message: { text: `${f.description}: ${f.redacted}${f.example ? " (published example)" : ""}${f.decodePath.length ? ` via ${f.decodePath.join(" → ")}` : ""}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri },
                region: { startLine: f.line, startColumn: f.column, byteOffset: f.byteStart, byteLength: f.byteEnd - f.byteStart },
              },
            },
          ],
          partialFingerprints: { "toolkit/v1": f.fingerprint },
          properties: { action: f.action, severity: f.severity, example: f.example, decodePath: f.decodePath, confidence: f.confidence },
        })),
      },
    ],
  };
}
