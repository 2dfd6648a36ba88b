// One file, judged: read (whole up to WHOLE_LIMIT, else streamed through the core's incremental
// scanner), binary files skipped, secrets everywhere, then the checks its kind calls for. The
// same function runs in a worker and in-process.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { CODE_EXT, mcpClientOf, type FileKind } from "./classify.ts";
import { checkClaudeSettings, checkMcpConfig, type SecretProbe } from "./checks/agent.ts";
import { binaryKeyFinding, checkCredentialFile } from "./checks/credentials.ts";
import { envFileFacts, importFacts, manifestFacts, npmrcFacts } from "./checks/facts.ts";
import { findTools, fingerprint, fromCore, judgeInstructions, judgeSecretChunks, judgeSecrets, judgeTools, looksBinary, probeSecret, type Core, type CoreResult } from "./core.ts";
import type { AuditFinding, Category, Facts, FileResult } from "./types.ts";
import { maxSeverity } from "./types.ts";
import { errCode, type IoPath } from "./walk.ts";
import { blocksOf } from "../util/blocks.ts";

export interface FileJob {
  rel: string;
  io: IoPath;
  size: number;
  kind: FileKind;
  gitIgnored: boolean;
}

/** Files up to this size are judged whole; larger ones are streamed a block at a time (src/util/blocks.ts). */
export const WHOLE_LIMIT = 4 * 1024 * 1024;
const HEAD = 8192;
const TOOL_JSON_LIMIT = 2 * 1024 * 1024;
const IMPORT_SCAN_LIMIT = 512 * 1024;

const FIX: Record<"secrets" | "readable-ignored" | "instructions" | "tools", string> = {
  secrets: "remove it from the file and rotate it (it is in the working tree, and in git history if it was ever committed); load it from the environment or a secrets manager",
  "readable-ignored": "git ignores this file, but an agent working here reads it: keep the value outside the project, or run the agent through `toolkit run` with detect.secrets_file pointing at this file so the value cannot leave",
  instructions: "remove the hidden or overriding text: the agent follows instruction files as if you wrote them; review who can change this file",
  tools: "remove the wording aimed at the model (or the tool) and pin the server version; the agent reads tool definitions as instructions",
};

const CREDENTIAL_KINDS = new Set<FileKind>(["private-key", "google-credentials", "npmrc", "pypirc", "git-credentials", "netrc", "kubeconfig", "docker-config", "aws-credentials"]);

export async function scanFile(job: FileJob, core: Core): Promise<FileResult> {
  const result: FileResult = { rel: job.rel, bytes: job.size, binary: false, findings: [], facts: {} };
  try {
    if (job.size > WHOLE_LIMIT) return await scanStreamed(job, core, result);
    const buf = readFileSync(job.io);
    if (looksBinary(buf.subarray(0, HEAD))) {
      result.binary = true;
      const key = job.kind === "private-key" ? binaryKeyFinding(job.rel) : null;
      if (key) result.findings.push(key);
      return result;
    }
    await judgeText(job, buf.toString("utf8"), core, result);
  } catch (err) {
    if (typeof (err as NodeJS.ErrnoException).code === "string") result.unreadable = errCode(err);
    else addCore(job.rel, { findings: [], error: `internal error: ${(err as Error).message ?? String(err)}` }, job.gitIgnored ? "readable-ignored" : "secrets", result);
  }
  return result;
}

async function scanStreamed(job: FileJob, core: Core, result: FileResult): Promise<FileResult> {
  const fd = openSync(job.io, "r");
  try {
    const head = Buffer.allocUnsafe(HEAD);
    const n = readSync(fd, head, 0, HEAD, 0);
    if (looksBinary(head.subarray(0, n))) {
      result.binary = true;
      return result;
    }
    // Blocks are read on demand into one buffer: one block of the file is held besides the
    // scanner's overlap. The head's read left the file's offset at its start.
    const chunks = blocksOf(fd, (err) => {
      throw err;
    });
    addSecrets(job, await judgeSecretChunks(core, chunks), result);
  } finally {
    closeSync(fd);
  }
  return result;
}

async function judgeText(job: FileJob, text: string, core: Core, result: FileResult): Promise<void> {
  const { rel, kind } = job;
  addSecrets(job, await judgeSecrets(core, text), result);
  const merge = (f: Facts) => mergeFacts(result.facts, f);
  const probe: SecretProbe = (value) => probeSecret(core, value);

  if (CREDENTIAL_KINDS.has(kind)) {
    const creds = checkCredentialFile(kind, rel, text);
    if (job.gitIgnored) for (const c of creds) c.notes = [...(c.notes ?? []), "git ignores it; an agent can still read it"];
    fold(result, creds);
    result.findings.push(...creds);
    if (kind === "npmrc") merge(npmrcFacts(text));
  } else if (kind === "mcp-config" || kind === "vscode-settings") {
    const r = checkMcpConfig(kind === "vscode-settings" ? "vscode-settings" : mcpClientOf(rel)!, rel, text, probe);
    fold(result, r.findings.filter((f) => f.rule === "mcp.plaintext-token"));
    result.findings.push(...r.findings);
    merge(r.facts);
  } else if (kind === "claude-settings") {
    const r = checkClaudeSettings(rel, text);
    result.findings.push(...r.findings);
    merge(r.facts);
  } else if (kind === "instructions") {
    merge({ agentSetup: true });
    addCore(rel, await judgeInstructions(core, text), "instructions", result);
  } else if (kind === "env") {
    merge(envFileFacts(text, (v) => probe(v) !== null));
    if (typeof job.io === "string") merge({ envFiles: [job.io] });
  } else if (kind === "manifest") {
    merge(manifestFacts(rel, text));
  }
  if (rel === "toolkit.yaml" || rel.endsWith("/toolkit.yaml")) merge({ proxyConfigured: true });
  if (kind === "plain" && rel.endsWith(".json") && text.length <= TOOL_JSON_LIMIT && /"(?:inputSchema|input_schema|parameters)"/.test(text)) {
    await judgeToolFile(core, rel, text, result);
  }
  if (CODE_EXT.test(rel) && text.length <= IMPORT_SCAN_LIMIT) merge(importFacts(rel, text));
}

async function judgeToolFile(core: Core, rel: string, text: string, result: FileResult): Promise<void> {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return; // not JSON after all; its secrets were scanned
  }
  if (findTools(payload).length === 0) return; // JSON with a "parameters" key, not tool definitions
  addCore(rel, await judgeTools(core, text), "tools", result);
}

function addSecrets(job: FileJob, r: CoreResult, result: FileResult): void {
  addCore(job.rel, r, job.gitIgnored ? "readable-ignored" : "secrets", result);
}

function addCore(rel: string, r: CoreResult, category: Category & keyof typeof FIX, result: FileResult): void {
  for (const f of r.findings) result.findings.push(fromCore(f, category, rel, FIX[category]));
  if (r.error !== undefined) {
    result.findings.push({
      category: "scan-errors", rule: `${category}.scan-error`, severity: "high", title: `could not be judged: ${r.error}`, path: rel, line: 1, column: 1,
      fix: "the file was not judged (fail closed): raise detect.budget_ms in the config, or exclude the file if it is generated", fingerprint: fingerprint(`${category}.scan-error`, rel),
    });
  }
}

/**
 * A credential file (or MCP token) finding and the core's finding on the same line describe one
 * credential: keep one finding, at the higher severity, naming the core's rule.
 */
function fold(result: FileResult, into: AuditFinding[]): void {
  if (into.length === 0) return;
  const byLine = new Map(into.map((f) => [f.line, f]));
  result.findings = result.findings.filter((f) => {
    const target = (f.category === "secrets" || f.category === "readable-ignored") && !f.example ? byLine.get(f.line) : undefined;
    if (!target) return true;
    target.severity = maxSeverity(target.severity, f.severity);
    const note = `secret detector: ${f.rule}`;
    if (!(target.notes ?? []).includes(note)) target.notes = [...(target.notes ?? []), note];
    return false;
  });
}

export function mergeFacts(into: Facts, f: Facts): void {
  for (const [k, v] of Object.entries(f) as Array<[keyof Facts, unknown]>) {
    if (Array.isArray(v)) (into as Record<string, unknown[]>)[k] = [...((into[k] as unknown[] | undefined) ?? []), ...v];
    else if (v === true) (into as Record<string, unknown>)[k] = true;
  }
}

/** A file no scanner could judge (a worker crashed, none was left): a failure, never clean. */
export function failedResult(job: Pick<FileJob, "rel" | "size">, why: string): FileResult {
  const f: AuditFinding = {
    category: "scan-errors", rule: "file.scan-failed", severity: "high", title: `could not be judged: ${why}`, path: job.rel, line: 1, column: 1,
    fix: "rerun the audit; if it fails again, rerun with --workers 0 and report the file", fingerprint: fingerprint("file.scan-failed", job.rel),
  };
  return { rel: job.rel, bytes: job.size, binary: false, findings: [f], facts: {} };
}
