// Commands inside tools/call requests: which argument strings are shell command lines (by their
// key, or every string of a tool whose name says it runs commands), and their analysis
// (shell.ts) as findings that point into the JSON text the client sent.
import { finalizeFindings, type RawHit } from "../finalize.ts";
import type { Finding } from "../types.ts";
import { locateStrings, mapIntoLiteral, pathKey, type JsonPath } from "./json-locate.ts";
import { analyzeCode, analyzeCommand, type ShellHit } from "./shell.ts";

export interface CommandArgument {
  text: string;
  path: JsonPath;
  /** shell: a command line; code: source in another language (only decode-and-run is judged). */
  mode: "shell" | "code";
}

const norm = (k: string) => k.toLowerCase().replace(/[_-]/g, "");
/** Argument keys that hold a command line. */
const COMMAND_KEYS = new Set(["command", "cmd", "script", "shell", "commandline", "cmdline", "bash", "sh", "shellcommand", "run", "exec", "execute", "commands", "args", "argv", "arguments", "line", "statement"]);
const CODE_KEYS = new Set(["code", "source", "snippet", "program", "expression", "expr"]);
/** A tool whose name says it runs commands: all its string arguments (but these) are command lines. */
const SHELL_TOOL = /(?:^|[^a-z])(?:exec|execute|shell|bash|zsh|sh|terminal|command|cmd|console|ssh|spawn|subprocess)(?:[^a-z]|$)|^(?:exec|shell|bash|terminal|command)|^run(?:[_-]?(?:in[_-]?)?(?:shell|terminal|bash|cmd|command|script))?$/i;
const CODE_TOOL = /python|node|javascript|\bjs\b|ruby|eval|notebook|jupyter|repl|interpreter/i;
const NOT_COMMAND = new Set(["cwd", "workdir", "workingdirectory", "dir", "directory", "path", "description", "title", "name", "timeout", "env", "user", "host", "shelltype", "language", "lang", "id"]);
const MAX_ARGUMENTS = 256;

/** The command-line strings of every tools/call message in a payload. */
export function commandArguments(payload: unknown): CommandArgument[] {
  const out: CommandArgument[] = [];
  const list = Array.isArray(payload) ? payload : [payload];
  list.forEach((m, mi) => {
    if (m === null || typeof m !== "object" || Array.isArray(m)) return;
    const msg = m as Record<string, unknown>;
    const params = msg.params as Record<string, unknown> | undefined;
    if (msg.method !== "tools/call" || params === null || typeof params !== "object") return;
    const name = typeof params.name === "string" ? params.name : "";
    const base: JsonPath = Array.isArray(payload) ? [mi, "params", "arguments"] : ["params", "arguments"];
    const toolMode: CommandArgument["mode"] | null = CODE_TOOL.test(name) ? "code" : SHELL_TOOL.test(name) ? "shell" : null;
    walk(params.arguments, base, toolMode, null, out, 0);
  });
  return out;
}

function walk(v: unknown, path: JsonPath, toolMode: CommandArgument["mode"] | null, keyMode: CommandArgument["mode"] | null, out: CommandArgument[], depth: number): void {
  if (out.length >= MAX_ARGUMENTS || depth > 8) return;
  if (typeof v === "string") {
    const mode = keyMode ?? toolMode;
    if (mode) out.push({ text: v, path, mode });
    return;
  }
  if (Array.isArray(v)) {
    // An argv array is not parsed by a shell, except the string after "-c" / "/c".
    const strings = v.every((x) => typeof x === "string");
    if (strings && v.length > 1) {
      v.forEach((x, i) => {
        const prev = i > 0 ? String(v[i - 1]) : "";
        if (/^(?:-[a-z]*c|\/c|-Command|-e)$/i.test(prev)) out.push({ text: x as string, path: [...path, i], mode: /^-e$/.test(prev) ? "code" : keyMode === "code" ? "code" : "shell" });
      });
      if (keyMode === "shell" || (keyMode === null && toolMode === "shell")) {
        // The program name itself is still read for look-alike letters.
        out.push({ text: v[0] as string, path: [...path, 0], mode: "shell" });
      }
      return;
    }
    v.forEach((x, i) => walk(x, [...path, i], toolMode, keyMode, out, depth + 1));
    return;
  }
  if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const nk = norm(k);
      const mode = COMMAND_KEYS.has(nk) ? (toolMode === "code" ? "code" : "shell") : CODE_KEYS.has(nk) ? "code" : NOT_COMMAND.has(nk) ? null : keyMode;
      walk(x, [...path, k], NOT_COMMAND.has(nk) ? null : toolMode, mode, out, depth + 1);
    }
  }
}

const DESCRIPTIONS: Record<ShellHit["ruleId"], string> = {
  "shell-obfuscated-command": "Command name hidden by shell quoting, expansion or look-alike characters",
  "shell-obfuscated-argument": "Argument spelled with shell escapes that hide its letters",
  "shell-decode-exec": "Encoded text decoded and run by a shell or interpreter",
};

/** Findings (detector "evasion") for the obfuscated commands in a payload's tools/call arguments. */
export function scanToolCallCommands(payload: unknown, src: string, key?: Uint8Array): { findings: Finding[]; commands: number } {
  const args = commandArguments(payload);
  if (args.length === 0) return { findings: [], commands: 0 };
  const spans = locateStrings(src);
  const hits: RawHit[] = [];
  for (const a of args) {
    const found = a.mode === "shell" ? analyzeCommand(a.text) : analyzeCode(a.text);
    if (a.mode === "code" && /\|\s*(?:sudo\s+)?(?:\S*\/)?(?:ba|z|da|k)?sh\b/.test(a.text)) analyzeCommand(a.text, 0, 0, found);
    const sp = spans?.get(pathKey(a.path)) ?? null;
    for (const h of found) {
      const [s, e] = sp ? mapIntoLiteral(src, sp, h.start, h.end) : [0, src.length];
      hits.push({
        ruleId: h.ruleId, detector: "evasion", description: DESCRIPTIONS[h.ruleId],
        severity: "high", confidence: h.ruleId === "shell-obfuscated-argument" ? "medium" : "high",
        tags: ["evasion", "shell"], secret: a.text.slice(h.start, h.end) || a.text.slice(0, 80),
        start: s, end: e, example: false, path: [], notes: [h.why],
      });
    }
  }
  return { findings: finalizeFindings(src, hits, { base: 0, line: 1, column: 1, byte: 0, key }), commands: args.length };
}
