// Risky sequences of tool calls in one MCP session: each call alone may pass every check, the
// order does not. A call that brings a secret into the agent's context (reads a credential file,
// or an environment variable named as a secret) or plants something that runs later (a crontab,
// a service unit, a launch agent, authorized_keys, a git hook), followed within CHAIN_WINDOW
// calls by one that sends data off the machine (an argument holding a URL to a host that is not
// this machine, or a network command), is the read-then-send of an exfiltration or the
// persist-then-callback of an implant. Roles come from the arguments, not the tool's name alone,
// so any server's tools are read the same way.
import { classify } from "../audit/classify.ts";
import { commandArguments } from "../detect/tool/call.ts";
import { classifyIp } from "../detect/url/index.ts";

export interface CallRole {
  kind: "secret-read" | "persist" | "egress";
  /** What made it so, for people: a path, a variable name, a host. Never a value. */
  what: string;
}

export interface ChainHit {
  /** The earlier call that opened the chain. */
  source: { call: number; tool: string; role: CallRole };
  /** The role of this call that closes it. */
  sink: CallRole;
}

/** How many later calls a secret read or a planted file keeps the session watched. */
export const CHAIN_WINDOW = 10;

const CREDENTIAL_KINDS = new Set(["env", "private-key", "google-credentials", "npmrc", "pypirc", "git-credentials", "netrc", "kubeconfig", "docker-config", "aws-credentials"]);
/** Credential stores classify() does not name (it judges project files). */
const OTHER_SECRET_PATHS = /(?:^|\/)(?:\.pgpass|shadow|gshadow|\.bash_history|\.zsh_history|\.vault-token|\.terraformrc|credentials\.tfrc\.json|\.my\.cnf)$|(?:^|\/)\.(?:gnupg|password-store)\//;
/** Places whose contents the system runs later. */
const PERSIST_PATHS = /(?:^|\/)(?:var\/spool\/cron|etc\/cron[\w.]*|etc\/systemd\/|\.config\/systemd\/|LaunchAgents\/|LaunchDaemons\/|\.ssh\/authorized_keys2?$|\.git\/hooks\/|etc\/rc\.local$|etc\/init\.d\/|Start Menu\/Programs\/Startup\/)|(?:^|\/)crontab$|\\CurrentVersion\\Run(?:Once)?\b/i;
const WRITE_TOOL = /write|create|save|put|append|edit|update|patch|replace|insert|store/i;
const ENV_TOOL = /(?:^|[^a-z])(?:get_?env|getenv|read_?env|env(?:ironment)?(?:_?var(?:iable)?s?)?|printenv)(?:[^a-z]|$)/i;
/** Variable names that say secret; connection URLs of databases and brokers carry their passwords. */
const SECRET_VAR = /^[A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|PAT|CREDENTIALS?|AUTH)$|^(?:[A-Z0-9]+_)?(?:DATABASE|DB|REDIS|MONGO(?:DB)?|POSTGRES(?:QL)?|PG|MYSQL|AMQP|RABBITMQ)_(?:URL|URI)$/;
/** Shell reads of secrets: the environment whole, or a secret-named variable. */
const SHELL_SECRET_READ = /(?:^|[\s;&|(`])(?:printenv|env|set|export\s+-p)(?:\s*(?:$|[;&|)>`]))|\$\{?([A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PAT|CREDENTIALS?))\b/;
const URL_IN_TEXT = /\b(?:https?|wss?|ftps?):\/\/(\[[0-9a-fA-F:.]+\]|[^\s/:?#"'`<>\\]+)/gi;
/** Network clients and what follows them, up to the next command. */
const NET_TOOL = /(?:^|[\s;&|(`])(nc|ncat|netcat|scp|sftp|rsync|ssh|telnet|ftp)\s+([^;&|`\n]*)/gi;
const HOST = "([a-z0-9][\\w-]*(?:\\.[\\w-]+)*\\.[a-z]{2,}|\\d{1,3}(?:\\.\\d{1,3}){3})";
/** scp, rsync and sftp name the remote side `[user@]host:path`; a bare word there is a local file. */
const REMOTE_PATH = new RegExp(`^(?:[\\w.-]+@)?${HOST}:`, "i");
const BARE_HOST = new RegExp(`^(?:[\\w.-]+@)?${HOST}$`, "i");
/** Installing a crontab from a pipe or a file. */
const CRONTAB_INSTALL = /(?:\|\s*crontab(?:\s+-u\s+\S+)?\s*-?\s*(?:$|[;&|)])|(?:^|[\s;&|(])crontab\s+(?!-[lre]\b)[^\s-]\S*)/;
const LOCAL_NAMES = /^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$/i;

function isThisMachine(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  if (LOCAL_NAMES.test(h)) return true;
  const ip = classifyIp(h);
  return ip !== null && (ip.class === "loopback" || ip.class === "unspecified");
}

/** The strings of a call's arguments (at most `limit`). */
function strings(v: unknown, out: string[], limit = 512): void {
  if (out.length >= limit) return;
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out, limit);
  else if (v !== null && typeof v === "object") for (const x of Object.values(v)) strings(x, out, limit);
}

/** Path-looking words of a command line. */
const wordsIn = (command: string) => command.split(/[\s;&|<>()'"`=]+/).filter((w) => (w.includes("/") || w.startsWith(".")) && !w.includes("://"));
const asPath = (p: string) => p.replace(/^~/, "").replace(/\\/g, "/");
const isSecretPath = (p: string) => CREDENTIAL_KINDS.has(classify(asPath(p))) || OTHER_SECRET_PATHS.test(asPath(p));
const isPersistPath = (p: string) => PERSIST_PATHS.test(p) || PERSIST_PATHS.test(asPath(p));

function urlHosts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const host = m[1]!.replace(/^\[|\]$/g, "").replace(/^[^@]*@/, "");
    if (!isThisMachine(host)) out.push(host.toLowerCase());
  }
  return out;
}

/** Remote hosts named to network clients in a command line. */
function netHosts(command: string): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(NET_TOOL)) {
    const remoteByPath = /^(?:scp|sftp|rsync)$/i.test(m[1]!);
    for (const w of m[2]!.split(/\s+/)) {
      if (w.startsWith("-")) continue;
      const host = (remoteByPath ? REMOTE_PATH : BARE_HOST).exec(w)?.[1];
      if (host !== undefined && !isThisMachine(host)) out.push(host.toLowerCase());
      if (!remoteByPath) break;
    }
  }
  return out;
}

/**
 * What one tools/call does that a chain can be made of. A plain string argument counts as a path
 * when it is one word, and as a destination when it is one URL (a URL inside a file's content is
 * not a send); command lines (call.ts decides which arguments are) are read word by word.
 */
export function rolesOf(call: { name: string; arguments?: unknown }): CallRole[] {
  const roles: CallRole[] = [];
  const writes = WRITE_TOOL.test(call.name);
  const commands = commandArguments({ method: "tools/call", params: call }).filter((c) => c.mode === "shell").map((c) => c.text);
  const all: string[] = [];
  strings(call.arguments, all);
  for (const raw of all) {
    const text = raw.trim();
    if (text.length === 0 || text.length > 65536 || commands.includes(raw)) continue;
    if (ENV_TOOL.test(call.name) && SECRET_VAR.test(text)) roles.push({ kind: "secret-read", what: `environment variable ${text}` });
    if (/\s/.test(text)) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      for (const host of urlHosts(text)) roles.push({ kind: "egress", what: host });
      continue;
    }
    if (isPersistPath(text)) {
      if (writes) roles.push({ kind: "persist", what: text });
    } else if (!writes && isSecretPath(text)) roles.push({ kind: "secret-read", what: text });
  }
  for (const command of commands) {
    const read = SHELL_SECRET_READ.exec(command);
    if (read) roles.push({ kind: "secret-read", what: read[1] ? `environment variable ${read[1]}` : "the environment" });
    for (const w of wordsIn(command)) {
      if (isPersistPath(w)) {
        if (/(?:\btee\b|>>?|\bcrontab\s+-?\s*$|\bcp\b|\bmv\b|\binstall\b)/.test(command)) roles.push({ kind: "persist", what: w });
      } else if (isSecretPath(w)) roles.push({ kind: "secret-read", what: w });
    }
    for (const host of urlHosts(command)) roles.push({ kind: "egress", what: host });
    for (const host of netHosts(command)) roles.push({ kind: "egress", what: host });
    if (CRONTAB_INSTALL.test(command)) roles.push({ kind: "persist", what: "a crontab" });
  }
  return roles;
}

/** The calls of one session, in order; only the last CHAIN_WINDOW sources are kept. */
export class ChainMemory {
  private calls = 0;
  private sources: Array<{ call: number; tool: string; role: CallRole }> = [];

  /** Judges one call against the session so far, then remembers it. */
  observe(tool: string, roles: readonly CallRole[]): ChainHit | null {
    this.calls++;
    this.sources = this.sources.filter((s) => this.calls - s.call <= CHAIN_WINDOW);
    // A call that both reads a secret and sends (an upload of ~/.ssh/id_rsa) closes its own chain.
    for (const r of roles) if (r.kind !== "egress") this.sources.push({ call: this.calls, tool, role: r });
    const sink = roles.find((r) => r.kind === "egress");
    const source = sink ? this.sources[0] : undefined;
    return sink && source ? { source, sink } : null;
  }

  /** A blocked call did not happen: it opens no chain. */
  forget(): void {
    this.sources = this.sources.filter((s) => s.call !== this.calls);
  }
}

export function describeChain(hit: ChainHit): string {
  const what = hit.source.role.kind === "persist" ? `planted ${hit.source.role.what}, which the system runs later` : `read ${hit.source.role.what}`;
  return `it sends data to ${hit.sink.what} after call ${hit.source.call} of this session (${hit.source.tool}) ${what}`;
}
