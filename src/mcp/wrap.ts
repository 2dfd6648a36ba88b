// `toolkit mcp wrap FILE`: rewrites an MCP client config so each stdio server starts through
// `toolkit mcp --name NAME -- <its command>`. The original is kept as FILE.bak; the new file is
// written then renamed. Servers already wrapped are left alone (running it twice changes nothing);
// remote servers (url) are listed as not wrapped (the HTTP transport is not built yet).
import { copyFileSync, readFileSync } from "node:fs";
import { UsageError } from "../cli/errors.ts";
import { writeFileAtomic } from "../util/atomic-write.ts";

export interface WrapResult {
  wrapped: string[];
  already: string[];
  skipped: Array<{ name: string; why: string }>;
  backup?: string;
}

type ServerEntry = { command?: unknown; args?: unknown; url?: unknown; [k: string]: unknown };

export function wrapConfig(file: string, toolkitCommand = "toolkit"): WrapResult {
  let doc: Record<string, unknown>;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UsageError(`mcp wrap ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new UsageError(`mcp wrap ${file}: not valid JSON (${(err as Error).message.split("\n")[0]})`);
  }
  // Claude Code / Desktop, Cursor, Gemini: mcpServers; VS Code: servers.
  const key = doc.mcpServers && typeof doc.mcpServers === "object" ? "mcpServers" : doc.servers && typeof doc.servers === "object" ? "servers" : null;
  if (key === null) throw new UsageError(`mcp wrap ${file}: no "mcpServers" or "servers" object found`);
  const servers = doc[key] as Record<string, ServerEntry>;
  const out: WrapResult = { wrapped: [], already: [], skipped: [] };
  for (const [name, s] of Object.entries(servers)) {
    if (typeof s !== "object" || s === null) {
      out.skipped.push({ name, why: "not an object" });
      continue;
    }
    if (typeof s.command !== "string") {
      out.skipped.push({ name, why: typeof s.url === "string" ? "remote server (url): the HTTP transport is not built yet" : "no command" });
      continue;
    }
    const args = Array.isArray(s.args) ? s.args.map(String) : [];
    if ((s.command === toolkitCommand || s.command.endsWith("/toolkit")) && args[0] === "mcp") {
      out.already.push(name);
      continue;
    }
    s.args = ["mcp", "--name", name, "--", s.command, ...args];
    s.command = toolkitCommand;
    out.wrapped.push(name);
  }
  if (out.wrapped.length > 0) {
    out.backup = `${file}.bak`;
    copyFileSync(file, out.backup);
    const indent = /^\s*\{\s*\n(\s+)/.exec(text)?.[1] ?? "  ";
    writeFileAtomic(file, `${JSON.stringify(doc, null, indent)}\n`, { mode: 0o600 });
  }
  return out;
}
