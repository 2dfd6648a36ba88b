// Agent setup: MCP server configs of every client (Claude Code, Cursor, VS Code, Claude Desktop,
// Gemini CLI, Windsurf) and Claude Code settings. What an agent runs, with which credentials,
// over which transport, and what it may do without asking.
import type { McpClient } from "../classify.ts";
import { fingerprint, isGenericPlaceholder, redact } from "../core.ts";
import type { AuditFinding, Facts, Severity } from "../types.ts";
import { isObject, isReference, locate, parseJsonc, SECRET_NAME } from "./text.ts";

export interface AgentCheckResult {
  findings: AuditFinding[];
  facts: Facts;
}

/** Judges whether a literal value is a credential (the core's secrets detector, via the caller). */
export type SecretProbe = (value: string) => { severity: Severity; rule: string } | null;

const PROXY_VARS = /^(?:https?_proxy|all_proxy)$/i;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0)$/i;

function finding(rel: string, text: string, rule: string, severity: Severity, title: string, fix: string, anchor: { needle: string; after: number }, evidence?: string): AuditFinding {
  const { line, column } = locate(text, anchor.needle, anchor.after);
  const f: AuditFinding = { category: "mcp", rule, severity, title, path: rel, line, column, fix, fingerprint: fingerprint(rule, rel, evidence ?? title) };
  if (evidence !== undefined) f.evidence = redact(evidence);
  return f;
}

function parseError(rel: string, category: AuditFinding["category"], what: string, err: unknown): AuditFinding {
  return {
    category: "scan-errors", rule: `${category}.unparseable`, severity: "medium", title: `${what} could not be parsed: ${(err as Error).message.split("\n")[0]}`,
    path: rel, line: 1, column: 1, fix: "fix the syntax; a config the audit cannot read is not judged (fail closed)", fingerprint: fingerprint(`${category}.unparseable`, rel),
  };
}

/** The servers block of each client's file format. */
function serversOf(doc: Record<string, unknown>): Record<string, unknown> | null {
  if (isObject(doc.mcpServers)) return doc.mcpServers;
  if (isObject(doc.servers)) return doc.servers; // VS Code .vscode/mcp.json
  if (isObject(doc.mcp) && isObject(doc.mcp.servers)) return doc.mcp.servers; // VS Code settings.json
  return null;
}

export function checkMcpConfig(client: McpClient | "vscode-settings", rel: string, text: string, probe: SecretProbe): AgentCheckResult {
  const facts: Facts = { agentSetup: true };
  let doc: unknown;
  try {
    doc = parseJsonc(text);
  } catch (err) {
    return { findings: [parseError(rel, "mcp", "MCP config", err)], facts };
  }
  const servers = isObject(doc) ? serversOf(doc) : null;
  if (servers === null) return { findings: [], facts: client === "vscode-settings" ? {} : facts };
  const findings: AuditFinding[] = [];
  const add = <K extends keyof Facts>(k: K, v: NonNullable<Facts[K]> extends Array<infer T> ? T : never) => {
    ((facts[k] ??= [] as never) as unknown[]).push(v);
  };
  for (const [name, s] of Object.entries(servers)) {
    if (!isObject(s)) continue;
    const after = Math.max(0, text.indexOf(JSON.stringify(name)));
    // Plaintext credentials in env and headers.
    for (const block of ["env", "headers"] as const) {
      const kv = s[block];
      if (!isObject(kv)) continue;
      for (const [k, v] of Object.entries(kv)) {
        if (typeof v !== "string") continue;
        if (block === "env" && PROXY_VARS.test(k) && v !== "") facts.proxyConfigured = true;
        if (block === "env") add("envVars", k);
        if (isReference(v) || isGenericPlaceholder(v.replace(/^(?:Bearer|Basic|token)\s+/i, ""))) continue;
        const core = probe(v);
        if (!core && !SECRET_NAME.test(k)) continue;
        const severity: Severity = core && core.severity === "critical" ? "critical" : "high";
        const envVar = envVarFor(name, k);
        findings.push(finding(rel, text, "mcp.plaintext-token", severity, `MCP server "${name}": plaintext credential in ${block}.${k}${core ? ` (${core.rule})` : ""}`,
          block === "env"
            ? `reference it instead of storing it: "${k}": "\${${envVar}}"${client === "vscode" ? ` (VS Code: "\${input:${envVar.toLowerCase()}}" or "\${env:${envVar}}")` : ""}, and rotate the exposed value`
            : `let \`toolkit run\` add the header (inject_headers: {${k}: "\${${envVar}}"} on the server's route) or reference \${${envVar}}; rotate the exposed value`,
          { needle: JSON.stringify(k), after }, v));
        if (block === "headers") {
          const host = hostOf(s);
          if (host) add("injectHeaders", { host, header: k, envVar });
        }
      }
    }
    // A stdio server not started through `toolkit mcp`: its calls, results and tool list go unjudged.
    if (typeof s.command === "string" && !(/(?:^|\/)toolkit$/.test(s.command) && Array.isArray(s.args) && s.args[0] === "mcp")) {
      findings.push(finding(rel, text, "mcp.unwrapped", "info", `MCP server "${name}" is not wrapped by toolkit mcp`,
        `run \`toolkit mcp wrap ${rel}\`: its tool calls, results and tool list are then judged, and its tools pinned against silent changes`, { needle: JSON.stringify(name), after: 0 }));
    }
    // Servers launched from a registry without a pinned version: whatever is published next runs.
    const unpinned = unpinnedPackage(s);
    if (unpinned) {
      add("ecosystems", unpinned.ecosystem);
      findings.push(finding(rel, text, "mcp.unpinned", "medium", `MCP server "${name}" runs ${unpinned.spec} unpinned (${unpinned.launcher})`,
        `pin an exact version: ${unpinned.pinned} (and review updates before bumping it)`, { needle: unpinned.spec, after }));
    } else {
      const eco = ecosystemOf(s);
      if (eco) add("ecosystems", eco);
    }
    // Remote servers over plain http: tokens and tool results readable and changeable on the way.
    const url = typeof s.url === "string" ? s.url : typeof s.httpUrl === "string" ? s.httpUrl : typeof s.serverUrl === "string" ? s.serverUrl : null;
    if (url !== null) {
      const host = hostOf(s);
      if (host) add("mcpHosts", host);
      if (/^http:\/\//i.test(url) && host && !LOOPBACK.test(host)) {
        findings.push(finding(rel, text, "mcp.plain-http", "high", `MCP server "${name}" is reached over plain http (${host})`,
          `use https://${host}…; over http its credentials and tool results can be read and changed on the way`, { needle: url, after }));
      }
    }
  }
  return { findings, facts };
}

function hostOf(s: Record<string, unknown>): string | null {
  const url = [s.url, s.httpUrl, s.serverUrl].find((u) => typeof u === "string") as string | undefined;
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function envVarFor(server: string, key: string): string {
  if (/^[A-Z][A-Z0-9_]*$/.test(key)) return key;
  const s = `${server}_${key === "Authorization" ? "token" : key}`.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return s.toUpperCase();
}

interface Unpinned {
  launcher: string;
  spec: string;
  pinned: string;
  ecosystem: string;
}

const NPM_LAUNCHERS = new Set(["npx", "bunx", "pnpx"]);

function ecosystemOf(s: Record<string, unknown>): string | null {
  const cmd = typeof s.command === "string" ? s.command.split(/[\\/]/).pop()! : "";
  if (NPM_LAUNCHERS.has(cmd) || cmd === "npm" || cmd === "pnpm" || cmd === "yarn" || cmd === "node") return "npm";
  if (cmd === "uvx" || cmd === "uv" || cmd === "pipx" || cmd.startsWith("python")) return "pypi";
  return null;
}

function unpinnedPackage(s: Record<string, unknown>): Unpinned | null {
  if (typeof s.command !== "string") return null;
  // "command": "npx -y pkg" in one string is common too.
  const words = s.command.trim().split(/\s+/);
  const cmd = words[0]!.split(/[\\/]/).pop()!;
  const args = [...words.slice(1), ...(Array.isArray(s.args) ? s.args.filter((a): a is string => typeof a === "string") : [])];
  const latest = args.find((a) => /@latest$/.test(a));
  const firstPositional = (from: number, valued: Set<string>) => {
    for (let i = from; i < args.length; i++) {
      const a = args[i]!;
      if (a.startsWith("-")) {
        if (valued.has(a)) i++;
        continue;
      }
      return a;
    }
    return null;
  };
  let launcher: string | null = null;
  let spec: string | null = null;
  let ecosystem = "npm";
  if (NPM_LAUNCHERS.has(cmd)) {
    launcher = cmd;
    spec = firstPositional(0, new Set(["-p", "--package", "-c", "--call"]));
  } else if ((cmd === "pnpm" || cmd === "yarn") && args[0] === "dlx") {
    launcher = `${cmd} dlx`;
    spec = firstPositional(1, new Set(["-p", "--package"]));
  } else if (cmd === "npm" && (args[0] === "exec" || args[0] === "x")) {
    launcher = `npm ${args[0]}`;
    spec = firstPositional(1, new Set(["-p", "--package", "-c", "--call"]));
  } else if (cmd === "uvx" || (cmd === "uv" && args[0] === "tool" && args[1] === "run") || (cmd === "pipx" && args[0] === "run")) {
    launcher = cmd === "uvx" ? "uvx" : cmd === "uv" ? "uv tool run" : "pipx run";
    ecosystem = "pypi";
    const from = args.indexOf("--from");
    spec = from >= 0 && args[from + 1] ? args[from + 1]! : firstPositional(cmd === "uvx" ? 0 : cmd === "uv" ? 2 : 1, new Set(["--python", "--with", "--index-url", "-p"]));
  }
  if (launcher === null || spec === null) {
    if (latest) return { launcher: cmd, spec: latest, pinned: latest.replace(/@latest$/, "@<version>"), ecosystem: ecosystemOf(s) ?? "npm" };
    return null;
  }
  if (/^(?:\.{0,2}\/|[A-Za-z]:\\|file:|git\+|https?:)/.test(spec)) return null; // a local path or URL: not a registry package
  if (ecosystem === "npm") {
    const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
    const version = at > 0 ? spec.slice(at + 1) : "";
    if (version !== "" && version !== "latest" && /^\d/.test(version)) return null;
    const base = at > 0 ? spec.slice(0, at) : spec;
    return { launcher, spec, pinned: `${base}@<version>`, ecosystem };
  }
  if (/==\d|@\d/.test(spec)) return null;
  const base = spec.replace(/@.*$|[<>=!~].*$/, "");
  return { launcher, spec, pinned: `${base}==<version>`, ecosystem };
}

/** Claude Code settings (.claude/settings.json, settings.local.json): what runs without asking. */
export function checkClaudeSettings(rel: string, text: string): AgentCheckResult {
  const facts: Facts = { agentSetup: true };
  let doc: unknown;
  try {
    doc = parseJsonc(text);
  } catch (err) {
    return { findings: [parseError(rel, "permissions", "Claude Code settings", err)], facts };
  }
  if (!isObject(doc)) return { findings: [], facts };
  const findings: AuditFinding[] = [];
  const perm = (rule: string, severity: Severity, title: string, fix: string, needle: string): AuditFinding => {
    const { line, column } = locate(text, needle);
    return { category: "permissions", rule, severity, title, path: rel, line, column, fix, fingerprint: fingerprint(rule, rel, needle) };
  };
  const p = isObject(doc.permissions) ? doc.permissions : {};
  const allow = Array.isArray(p.allow) ? p.allow.filter((a): a is string => typeof a === "string") : [];
  for (const a of allow) {
    const compact = a.replace(/\s+/g, "");
    if (compact === "Bash" || compact === "Bash(*)" || compact === "Bash(*:*)" || compact === "Bash(:*)" || compact === "*") {
      findings.push(perm("permissions.allow-all-shell", "high", `allows every shell command without asking (${a})`,
        "allow specific commands instead (\"Bash(npm test:*)\", \"Bash(git status)\") and keep a deny list for curl/wget/ssh", JSON.stringify(a)));
    } else if (compact === "WebFetch") {
      findings.push(perm("permissions.allow-any-fetch", "low", "allows fetching any URL without asking (WebFetch)",
        "restrict it to the domains the project needs: \"WebFetch(domain:docs.example.com)\"", JSON.stringify(a)));
    }
  }
  if (p.defaultMode === "bypassPermissions") {
    findings.push(perm("permissions.bypass", "high", "defaults to bypassPermissions: every tool call runs without asking",
      "use \"defaultMode\": \"default\" (or \"acceptEdits\") and allow specific tools", "bypassPermissions"));
  }
  if (doc.enableAllProjectMcpServers === true) {
    findings.push(perm("permissions.all-project-mcp", "medium", "approves every MCP server a checkout's .mcp.json names (enableAllProjectMcpServers)",
      "approve servers one by one (enabledMcpjsonServers) so a changed .mcp.json cannot start a new server", "enableAllProjectMcpServers"));
  }
  if (isObject(doc.env)) {
    for (const [k, v] of Object.entries(doc.env)) if (PROXY_VARS.test(k) && typeof v === "string" && v !== "") facts.proxyConfigured = true;
  }
  return { findings, facts };
}
