#!/usr/bin/env bun
// Entry point: cac wiring only. Each command's code is imported lazily so that a command
// pays only for the modules it uses (see DESIGN.md, startup figures).
import { cac } from "cac";
import { flagSpecOf, protectValues, restoreValues } from "../src/cli/argv.ts";
import { EXIT, UsageError, errorLine, exitCodeFor } from "../src/cli/errors.ts";
import { writeStderr } from "../src/cli/output.ts";
import { VERSION } from "../src/version.ts";

/**
 * The pre-commit hook's own command line (src/git/hook.ts writes it): run without building the
 * cac command table, which is a few ms of the hook's budget on every commit. Any other argv,
 * this one with more flags included, goes through cac below.
 */
const HOOK_ARGV = ["git-scan", "--staged"];

function buildCli() {
  const cli = cac("toolkit");

  cli
    .command("check", "Offline verdict on one payload, as `toolkit run` would judge it outbound")
    .usage("check [--kind secrets|injection|url|tool|all] [--file PATH | --text STR | --url URL] < payload")
    .option("--kind <kind>", "Detectors to run: secrets | injection | url | tool | all (default: by payload shape)")
    .option("--file <path>", "Read the payload from a file instead of stdin")
    .option("--text <str>", "Use this string as the payload")
    .option("--url <url>", "Check a URL the agent would request")
    .option("--format <format>", "Output: text | json | sarif", { default: "text" })
    .option("--config <path>", "Config file (else $TOOLKIT_CONFIG, ./toolkit.yaml, ~/.config/toolkit/config.yaml, embedded default)")
    .example("toolkit check < request-body.json")
    .example("toolkit check --text 'token=ghp_…' --format json")
    .action(async (opts) => (await import("../src/commands/check.ts")).runCheck(opts));

  cli
    .command("run", "Egress proxy for the agent (HTTP_PROXY / HTTPS_PROXY)")
    .option("--config <path>", "Config file")
    .option("--listen <addr>", "Proxy address", { default: "127.0.0.1:8888" })
    .option("--api-listen <addr>", "Control API address", { default: "127.0.0.1:8889" })
    .option("--log <file>", "Log file (JSON lines)")
    .option("--explain <url>", "Show which route and rules apply to a URL, then exit")
    .option("--method <method>", "--explain: the request method (default GET)")
    .option("--no-ui", "No terminal view even on a terminal (JSON log lines on stdout)")
    .action(async (opts) => (await import("../src/commands/run.ts")).runRun(opts));

  cli
    .command("mcp [...args]", "Wrap an MCP server: scan tool calls, results and tool lists (stdio); pins list|accept")
    .usage("mcp [--name NAME] [--config FILE] -- SERVER COMMAND…   |   mcp --upstream URL [--listen ADDR]   |   mcp pins list|accept SERVER   |   mcp wrap FILE")
    .option("--name <name>", "Server name for pinning (default: from the command or the upstream host)")
    .option("--upstream <url>", "Streamable HTTP: the MCP server's URL")
    .option("--listen <addr>", "Streamable HTTP: where clients connect (default 127.0.0.1:8890)")
    .option("--config <path>", "Config file")
    .example("toolkit mcp -- npx -y @modelcontextprotocol/server-filesystem /tmp")
    .action(async (args, opts) => (await import("../src/commands/mcp.ts")).runMcp(args, opts));

  cli
    .command("killswitch <action>", "Stop all agent traffic through a running proxy: on | off | status")
    .option("--api <url>", "Control API of the running proxy (default http://127.0.0.1:8889)")
    .option("--token <token>", "API token (else $TOOLKIT_API_TOKEN, else api.token from the config)")
    .option("--sentinel [path]", "Use the sentinel file instead of the API (default kill_switch.sentinel)")
    .option("--reason <text>", "Why (logged)")
    .option("--config <path>", "Config file")
    .action(async (action, opts) => (await import("../src/commands/killswitch.ts")).runKillswitch(action, opts));

  cli
    .command("tls <action>", "Interception CA: init | show-ca | install-ca")
    .option("--dir <dir>", "CA directory (default ~/.toolkit/ca)")
    .option("--force", "init: replace an existing CA")
    .option("--validity <duration>", "init: CA lifetime, e.g. 10y, 365d")
    .option("--name <cn>", "init: CA common name")
    .option("--org <org>", "init: CA organization")
    .option("--fingerprint", "show-ca: print only the SHA-256 fingerprint")
    .option("--format <format>", "show-ca: pem | json")
    .option("--dry-run", "install-ca: print the steps without doing them")
    .option("--uninstall", "install-ca: remove what install-ca added")
    .option("--print-env", "install-ca: print shell exports for runtimes with their own trust store")
    .action(async (action, opts) => (await import("../src/commands/tls.ts")).runTls(action, opts));

  cli
    .command("git-scan [rev]", "Scan added lines of a diff for secrets; installs as a pre-commit hook")
    .usage("git-scan [--staged | --range A..B | --since REF | --history [RANGE] | --all-refs | -] [--format text|json|sarif]")
    .option("--staged", "Scan the staged changes (the default; what the hook runs)")
    .option("--range <range>", "Scan each commit in A..B")
    .option("--since <ref>", "Scan each commit in REF..HEAD")
    .option("--history [range]", "Scan every commit reachable from HEAD (or in RANGE)")
    .option("--all-refs", "Scan every commit reachable from any ref")
    .option("--stdin", "Scan a unified diff read from stdin (same as -)")
    .option("--pre-push <remote>", "Scan the commits a push sends (ref lines on stdin, as git gives the pre-push hook)")
    .option("--install-hook", "Install the git hook (keeps and runs an existing one)")
    .option("--uninstall-hook", "Remove the hook, putting back the one that was there")
    .option("--hook <name>", "Hook for --install-hook / --uninstall-hook: pre-commit | pre-push", { default: "pre-commit" })
    .option("--baseline <file>", "Do not report findings in this earlier --format json report")
    .option("--add-ignore", "Record the findings' ids in .toolkitignore (not secrets after all)")
    .option("--format <format>", "Output: text | json | sarif", { default: "text" })
    .option("--config <path>", "Config file")
    .example("toolkit git-scan --install-hook")
    .example("git diff main | toolkit git-scan -")
    .example("toolkit git-scan --history --format sarif > toolkit.sarif")
    .action(async (rev, opts) => (await import("../src/commands/git-scan.ts")).runGitScan(rev, opts));

  cli
    .command("audit [dir]", "Scan a project for secrets and risky agent setup, with a score")
    .option("--format <format>", "Output: text | json | sarif", { default: "text" })
    .option("--fail-on <severity>", "Exit 1 at or above this severity: critical | high | medium | low | info | never", { default: "high" })
    .option("--suggest-config [file]", "Write a toolkit.yaml fitted to the project to FILE (stdout without FILE)")
    .option("--exclude <patterns>", "Skip paths matching these gitignore-style patterns (comma-separated)")
    .option("--max-file-size <size>", "Skip files larger than this (default 64MiB)")
    .option("--workers <n>", "Scan workers (default: one per core, at most 4, for trees over 8 MB; 0 = in-process)")
    .option("--config <path>", "Config file (detector rules, budget)")
    .option("--no-progress", "No progress view on a terminal")
    .option("--history", "Also scan the git history (HEAD) for secrets, as git-scan --history does")
    .example("toolkit audit . --format sarif > audit.sarif")
    .example("toolkit audit --suggest-config toolkit.yaml")
    .action(async (dir, opts) => (await import("../src/commands/audit.ts")).runAuditCommand(dir, opts));

  cli.help();
  cli.version(VERSION);
  return cli;
}

function notBuilt(name: string): never {
  throw new UsageError(`'toolkit ${name}' is not built yet in this version (${VERSION}); see README.md for what is available`);
}

/**
 * A reader that went away (`toolkit check … | head`) ends the process quietly with the verdict's
 * code. Not for git-scan and check: they write through src/cli/output.ts and never create these
 * streams (creating them costs 10–15 ms of every start: the pre-commit hook's budget, a check's).
 */
function quietOnEpipe(): void {
  if (process.argv[2] === "git-scan" || process.argv[2] === "check") return;
  for (const s of [process.stdout, process.stderr]) {
    s.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
      throw err;
    });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length === HOOK_ARGV.length && args.every((a, i) => a === HOOK_ARGV[i])) {
    // What cac would pass for these flags: --format and --hook at their defaults.
    return run(async () => (await import("../src/commands/git-scan.ts")).runGitScan(undefined, { staged: true, format: "text", hook: "pre-commit" }));
  }
  quietOnEpipe();
  const cli = buildCli();
  return run(async () => {
    const spec = flagSpecOf([...cli.globalCommand.options, ...cli.commands.flatMap((c) => c.options)].map((o) => o.rawName));
    // cac drops a lone "-"; git-scan takes it to mean a diff on stdin.
    const argv = process.argv[2] === "git-scan" ? process.argv.map((a, i) => (i > 2 && a === "-" ? "--stdin" : a)) : process.argv;
    cli.parse(protectValues(argv, spec), { run: false });
    cli.options = restoreValues(cli.options, spec) as typeof cli.options;
    if (!cli.matchedCommand) {
      const first = cli.args[0];
      if (first !== undefined) throw new UsageError(`unknown command '${first}' (commands: check, run, mcp, killswitch, tls, git-scan, audit; see toolkit --help)`);
      if (!cli.options.help && !cli.options.version) cli.outputHelp();
      return;
    }
    return cli.runMatchedCommand();
  });
}

/** Runs a command: its number is the exit code; a thrown error is one line (exitCodeFor). */
async function run(command: () => Promise<unknown>): Promise<void> {
  try {
    const code = await command();
    if (typeof code === "number") process.exitCode = code;
  } catch (err) {
    const code = exitCodeFor(err);
    if (code !== EXIT.internal) await writeStderr(`toolkit: ${errorLine(err)}\n`);
    else await writeStderr(`toolkit: internal error: ${errorLine(err)} (a bug: please report it with the command that caused it; TOOLKIT_DEBUG=1 shows the stack)\n`);
    if (process.env.TOOLKIT_DEBUG && err instanceof Error) await writeStderr(`${err.stack}\n`);
    process.exitCode = code;
  }
}

await main();
