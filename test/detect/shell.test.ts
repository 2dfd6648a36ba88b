// Shell commands in tools/call arguments: hidden command names and decode-and-run pipes are
// found; the commands agents run every minute are not. Also the path through the shape and the
// judgement every front end (the MCP relay included) uses.
import { describe, expect, test } from "bun:test";
import { configFromText } from "../../src/config/load.ts";
import { commandArguments, scanToolCallCommands } from "../../src/detect/tool/call.ts";
import { scanToolPayload } from "../../src/detect/tool/index.ts";
import { analyzeCode, analyzeCommand } from "../../src/detect/tool/shell.ts";
import { buildEngine } from "../../src/policy/engine.ts";
import { judgePayload } from "../../src/policy/judge.ts";

const rules = (cmd: string) => analyzeCommand(cmd).map((h) => h.ruleId);
const b64 = (s: string) => Buffer.from(s).toString("base64");
const call = (name: string, args: Record<string, unknown>) => JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: args } });

describe("hidden command names", () => {
  test.each([
    ["backslash inside", "ch\\mod 777 f"],
    ["empty single quotes", "ch''mod 777 f"],
    ["empty double quotes", 'ch""mod 777 f'],
    ["quoted part glued", '"ch"mod 777 f'],
    ["backticks around a bare word", "`shred` -u f"],
    ["$( ) around printf of a literal", "$(printf chmod) 777 f"],
    ["$( ) around echo, glued", "$(echo ch)mod 777 f"],
    ["brace expansion", "/bin/{chmod,} 777 f"],
    ["IFS reassigned", "IFS=:;C=ch:mod;$C 777 f"],
    ["variables concatenated", "a=ch;b=mod;$a$b 777 f"],
    ["$IFS as a space", "cat$IFS/etc/shadow"],
    ["ANSI-C octal", "$'\\143\\150\\155\\157\\144' 777 f"],
    ["ANSI-C hex", "$'\\x63\\x68\\x6d\\x6f\\x64' 777 f"],
    ["fullwidth", "ｃｈｍｏｄ 777 f"],
    ["Cyrillic look-alike", "сhmod 777 f"],
    ["after sudo", "sudo ch\\mod 777 f"],
    ["second command", "ls && ch''mod 777 f"],
    ["inside sh -c", "sh -c 'ch\\mod 777 f'"],
    ["inside a substitution", "echo $(ch''mod 777 f)"],
    ["? wildcards in a path", "/???/?hmod 777 f"],
    ["substring expansions", "${X:0:1}bin${X:0:1}chmod 777 f"],
    ["inside eval's quoted line", "eval 'ch\\mod 777 f'"],
  ])("%s", (_why, cmd) => {
    expect(rules(cmd)).toContain("shell-obfuscated-command");
  });
  test("the finding points at the command word", () => {
    const cmd = "ls; ch''mod 777 f";
    const [h] = analyzeCommand(cmd);
    expect(cmd.slice(h!.start, h!.end)).toBe("ch''mod");
  });
});

describe("decode and run", () => {
  test.each([
    ["base64 -d | sh", `echo ${b64("id")} | base64 -d | sh`],
    ["base64 --decode | bash -s", `echo ${b64("id")} | base64 --decode | bash -s`],
    ["xxd -r | bash", "xxd -r -p f.hex | bash"],
    ["eval of a decoded substitution", `eval "$(echo ${b64("id")} | base64 -d)"`],
    ["bash -c of a decoded substitution", `bash -c "$(base64 -d <<< ${b64("id")})"`],
    ["sh of a decoded process substitution", `sh <(echo ${b64("id")} | base64 -d)`],
    ["printf escapes into sh", "printf '\\x69\\x64' | sh"],
    ["reversed into bash", "echo di | rev | bash"],
  ])("%s", (_why, cmd) => {
    expect(rules(cmd)).toContain("shell-decode-exec");
  });
  test("code that decodes a literal and runs it", () => {
    expect(analyzeCode(`exec(base64.b64decode("${b64("print(1)")}"))`).map((h) => h.ruleId)).toEqual(["shell-decode-exec"]);
    expect(analyzeCode(`eval(atob("${b64("1")}"))`)).toHaveLength(1);
    expect(analyzeCode("data = base64.b64decode(s); open('f','wb').write(data)")).toHaveLength(0);
  });
});

describe("ordinary commands stay clean", () => {
  test.each([
    "ls -la /home/user/projects",
    "tar -czf backup.tgz ./src",
    'git commit -m "fix `foo` parsing"',
    "$(npm bin)/tsc",
    '"$(git rev-parse --show-toplevel)"/scripts/x.sh',
    'cd "$(dirname "$0")"',
    "for f in $(ls *.ts); do echo $f; done",
    "find . -name '*.o' -exec rm {} \\;",
    "printf '%s\\n' \"$x\"",
    "echo $'line1\\nline2'",
    "while IFS=$'\\n' read -r line; do echo \"$line\"; done < f",
    'echo "$B64" | base64 -d > file.bin',
    "rm -rf node_modules dist",
    'cmd /c "dir C:\\Users\\me"',
    "Get-ChildItem | Where-Object { $_.Length -gt 1kb }",
    'Write-Host "a`nb"',
    "C:\\Windows\\System32\\cmd.exe /c echo hi",
    "..\\tools\\build.exe --release",
    "$EDITOR notes.md",
    "${CROSS_COMPILE}gcc -c x.c",
    "$(which python3) -m pytest",
    "mkdir -p src/{a,b}",
    "\\ls -la",
    "echo e30= | base64 -d | python3 -m json.tool",
    "cat <<'EOF' > x\nr\\m\nEOF",
    "jq '.[] | {a, b}' f.json",
    'case "$x" in\n  *.tar.gz|*.tgz) tar -xzf "$x" ;;\n  *) echo no ;;\nesac',
    "declare -A M=(\n  [a]='x'\n  [b]='y'\n)",
    "[[ -n $x ]] && [ -f y ]",
    'eval "$(direnv hook bash)"',
  ])("%s", (cmd) => {
    expect(analyzeCommand(cmd)).toEqual([]);
  });
});

describe("which tools/call arguments are commands", () => {
  test("by key, by tool name, argv after -c; never a write tool's file body", () => {
    const texts = (j: string) => commandArguments(JSON.parse(j)).map((a) => a.text);
    expect(texts(call("anything", { command: "ls", note: "x" }))).toEqual(["ls"]);
    expect(texts(call("bash", { input: "ls", cwd: "/tmp" }))).toEqual(["ls"]);
    expect(texts(call("exec", { program: "sh", args: ["-c", "ls -l"] }))).toContain("ls -l");
    expect(texts(call("write_file", { path: "x.sh", content: "r''m -rf /" }))).toEqual([]);
    expect(texts(call("run_query", { sql: "select 1" }))).toEqual([]);
  });
  test("findings are evasion findings at the argument's place in the JSON text", () => {
    const text = call("exec", { command: "r''m -rf /srv" });
    const { findings } = scanToolCallCommands(JSON.parse(text), text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.detector).toBe("evasion");
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe("r''m");
  });
  test("the tool scanner judges tools/call requests too", () => {
    const text = call("exec", { command: "`shred` -u f" });
    expect(scanToolPayload(JSON.parse(text), text).findings.map((f) => f.ruleId)).toEqual(["shell-obfuscated-command"]);
  });
});

describe("through the judgement every front end uses", () => {
  test("an obfuscated command in a tools/call is blocked outbound; a plain one passes", async () => {
    const e = await buildEngine(await configFromText("", "t.yaml", {}, "/nonexistent-home"), { env: {}, fingerprintKey: new Uint8Array(32).fill(3) });
    const bad = await judgePayload(e, { text: call("exec", { command: "$(printf chmod) 777 /etc/passwd" }), direction: "outbound", contentType: "application/json" }, e.routes.defaults);
    expect(bad.decision).toBe("block");
    expect(bad.reasons).toContain("shell-obfuscated-command");
    const ok = await judgePayload(e, { text: call("exec", { command: "tar -czf out.tgz ./src" }), direction: "outbound", contentType: "application/json" }, e.routes.defaults);
    expect(ok.decision).toBe("allow");
  });
});
