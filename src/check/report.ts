// `check`'s output: its stable JSON envelope (README, "JSON output"), and the shared text and
// SARIF writers over a one-artifact report.
import { VERSION } from "../version.ts";
import { findingToJson } from "../report/finding-json.ts";
import { toSarif } from "../report/sarif.ts";
import { decisionWord, textFinding } from "../report/text.ts";
import type { Report, ReportFormat } from "../report/types.ts";
import type { CheckResult } from "./analyze.ts";

export function renderCheck(r: CheckResult, format: ReportFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(checkJson(r), null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(toSarif(checkReport(r)), null, 2)}\n`;
    case "text":
      return checkText(r);
  }
}

export function checkReport(r: CheckResult): Report {
  const j = r.judgement;
  return {
    command: "check",
    decision: j.decision,
    reasons: j.reasons,
    artifacts: [{ uri: r.source, bytes: r.bytes, binary: r.binary }],
    findings: j.findings.map((f) => ({ ...f, artifact: 0 })),
    errors: j.error !== undefined ? [j.error] : [],
  };
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
    ...(j.error !== undefined ? { error: j.error } : {}),
    findings: j.findings.map(findingToJson),
    ...(j.tools ? { tools: j.tools } : {}),
    ...(j.injectionScore !== undefined ? { injection_score: j.injectionScore } : {}),
  };
}

function checkText(r: CheckResult): string {
  const j = r.judgement;
  const lines: string[] = [];
  const n = j.findings.length;
  lines.push(`${decisionWord(j.decision)}  ${r.source}: ${n === 0 ? "no findings" : `${n} finding${n === 1 ? "" : "s"}`} (${r.kind}${r.binary ? ", binary input: printable strings scanned" : ""})`);
  for (const f of j.findings) lines.push(`  ${textFinding(f)}`);
  for (const t of j.tools ?? []) lines.push(`  tool ${t.name}  sha256:${t.hash}`);
  if (j.injectionScore !== undefined && j.injectionScore > 0) lines.push(`  injection score ${j.injectionScore.toFixed(2)}`);
  if (j.reasons.length > 0 && j.decision !== "allow") lines.push(`  why: ${j.reasons.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
