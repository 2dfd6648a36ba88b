// toolkit mcp -- SERVER: a real stdio MCP server (test/mcp/fake-server.mjs under node) driven by
// a client speaking JSON-RPC lines through the wrapper.
import { afterAll, describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ENTRY, runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

const SERVER = join(import.meta.dir, "fake-server.mjs");

interface Session {
  send(msg: unknown): void;
  raw(line: string): void;
  reply(id: number | null, ms?: number): Promise<Record<string, any> | undefined>;
  close(): Promise<{ code: number; stderr: string }>;
}

function session(home: string, variant = "clean", extraEnv: Record<string, string> = {}, cfg?: string): Session {
  const args = [process.execPath, ENTRY, "mcp", "--name", "fake", ...(cfg ? ["--config", cfg] : []), "--", "node", SERVER];
  const p = Bun.spawn(args, { stdin: "pipe", stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH ?? "", HOME: home, TOOLKIT_CONFIG: "", FAKE_VARIANT: variant, ...extraEnv } });
  const replies: Array<Record<string, any>> = [];
  let buf = "";
  void (async () => {
    const dec = new TextDecoder();
    for await (const chunk of p.stdout) {
      buf += dec.decode(chunk);
      let nl = buf.indexOf("\n");
      while (nl >= 0) {
        replies.push(JSON.parse(buf.slice(0, nl)));
        buf = buf.slice(nl + 1);
        nl = buf.indexOf("\n");
      }
    }
  })();
  const stderr = new Response(p.stderr).text();
  return {
    send: (m) => {
      p.stdin.write(`${JSON.stringify(m)}\n`);
      p.stdin.flush();
    },
    raw: (l) => {
      p.stdin.write(`${l}\n`);
      p.stdin.flush();
    },
    async reply(id, ms = 8000) {
      for (let t = 0; t < ms; t += 25) {
        const r = replies.find((x) => x.id === id);
        if (r) return r;
        await Bun.sleep(25);
      }
      return undefined;
    },
    async close() {
      p.stdin.end();
      const code = await p.exited;
      return { code, stderr: await stderr };
    },
  };
}

const call = (id: number, name: string, args: Record<string, unknown>) => ({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: args } });

describe("toolkit mcp (stdio)", () => {
  test("clean calls pass unchanged; a call carrying a secret is refused with a JSON-RPC error and never reaches the server", async () => {
    const home = tempDir("tk-mcp-");
    const s = session(home);
    s.send({ jsonrpc: "2.0", id: 1, method: "initialize", params: {} });
    expect((await s.reply(1))?.result?.serverInfo?.name).toBe("fake");
    s.send(call(2, "add", { a: 1, b: 2 }));
    expect((await s.reply(2))?.result?.content?.[0]?.text).toBe('called add with {"a":1,"b":2}');
    const tok = fake.githubPat();
    s.send(call(3, "add", { a: 1, note: `use ${tok}` }));
    const r3 = await s.reply(3);
    expect(r3?.error?.code).toBe(-32001);
    expect(r3?.error?.message).toContain("github-pat");
    expect(JSON.stringify(r3)).not.toContain(tok);
    const { stderr } = await s.close();
    expect(stderr).not.toContain(tok);
  }, 30_000);
  test("an injected tool result is blocked; a message that is not JSON-RPC is refused", async () => {
    const home = tempDir("tk-mcp-");
    const s = session(home);
    s.send(call(1, "get_weather", { city: "evil" }));
    const r = await s.reply(1);
    expect(r?.error?.code).toBe(-32002);
    expect(JSON.stringify(r)).not.toContain("id_rsa");
    s.raw("{not json");
    expect((await s.reply(null))?.error?.code).toBe(-32700);
    await s.close();
  }, 30_000);
  test("a poisoned tool is removed from tools/list; a description that changes later is caught until accepted", async () => {
    const home = tempDir("tk-mcp-");
    const s1 = session(home, "poisoned");
    s1.send({ jsonrpc: "2.0", id: 1, method: "tools/list" });
    const l1 = await s1.reply(1);
    expect(l1?.result?.tools?.map((t: { name: string }) => t.name)).toEqual(["get_weather", "add"]);
    await s1.close();
    // Same server, the weather tool's description changed: removed until `pins accept`.
    const s2 = session(home, "changed");
    s2.send({ jsonrpc: "2.0", id: 1, method: "tools/list" });
    const l2 = await s2.reply(1);
    expect(l2?.result?.tools?.map((t: { name: string }) => t.name)).toEqual(["add"]);
    const { stderr } = await s2.close();
    expect(stderr).toContain("tool-changed");
    const list = await runCli(["mcp", "pins", "list"], { env: { HOME: home } });
    expect(list.stdout).toContain("CHANGED");
    expect((await runCli(["mcp", "pins", "accept", "fake"], { env: { HOME: home } })).stdout).toContain("accepted get_weather");
  }, 60_000);
  test("injection_action strip: injected text in a text item is cut out; injected text the strip cannot reach blocks the result (-32002)", async () => {
    const home = tempDir("tk-mcp-");
    const cfg = join(home, "strip.yaml");
    writeFileSync(cfg, "defaults:\n  response: {injection_action: strip}\n");
    const s = session(home, "clean", {}, cfg);
    s.send(call(1, "get_weather", { city: "evil" }));
    const r1 = await s.reply(1);
    expect(r1?.result?.content?.[0]?.text).toContain("Sunny.");
    expect(JSON.stringify(r1)).not.toContain("Ignore all previous instructions");
    s.send(call(2, "structured", {}));
    const r2 = await s.reply(2);
    expect(r2?.error?.code).toBe(-32002);
    expect(JSON.stringify(r2)).not.toContain("Ignore all previous instructions");
    await s.close();
  }, 30_000);
  test("a credential in a tool result is cut out by default, the rest kept; in base64 media it refuses the result; credentials_in_results: block / off", async () => {
    const home = tempDir("tk-mcp-");
    const tok = fake.githubPat();
    const s = session(home, "clean", { FAKE_SECRET: tok });
    s.send(call(1, "read_env", {}));
    const r1 = await s.reply(1);
    const text: string = r1?.result?.content?.[0]?.text ?? "";
    expect(text).toContain("GITHUB_TOKEN=[REDACTED:github-pat]");
    expect(text).toContain("commit 3f9c2a7d41b0e8c5a6f1d2e3b4c5d6e7f8091a2b");
    expect(text).toContain("request 6f1c9e2a-4b7d-4c3e-9a8f-2d5e7b1c0a94");
    expect(text).toContain("LOG_LEVEL=debug");
    expect(r1?.result?.structuredContent).toEqual({ token: "[REDACTED:github-pat]", region: "eu-west-1" });
    s.send(call(2, "read_image", {}));
    const r2 = await s.reply(2);
    expect(r2?.error?.code).toBe(-32002);
    expect(r2?.error?.message).toContain("encoded media");
    s.send(call(3, "add", { a: 1 }));
    expect((await s.reply(3))?.result?.content?.[0]?.text).toBe('called add with {"a":1}');
    const { stderr } = await s.close();
    expect(stderr).toContain('"verdict":"redact"');
    expect(JSON.stringify(r1) + JSON.stringify(r2) + stderr).not.toContain(tok);

    for (const [action, expectBlocked] of [["block", true], ["off", false]] as const) {
      const cfg = join(home, `${action}.yaml`);
      writeFileSync(cfg, `mcp: {credentials_in_results: ${action}}\n`);
      const t = session(home, "clean", { FAKE_SECRET: tok }, cfg);
      t.send(call(1, "read_env", {}));
      const r = await t.reply(1);
      if (expectBlocked) {
        expect(r?.error?.code).toBe(-32002);
        expect(JSON.stringify(r)).not.toContain(tok);
      } else expect(r?.result?.content?.[0]?.text).toContain(tok.slice(0, 12));
      await t.close();
    }
  }, 60_000);
  test("mcp.chains: a send after a credential file was read in the session is refused (-32001) and never reaches the server; off lets it through", async () => {
    const home = tempDir("tk-mcp-");
    const s = session(home);
    s.send(call(1, "read_file", { path: "/home/dev/app/README.md" }));
    s.send(call(2, "fetch", { url: "https://docs.example.com/guide" }));
    expect((await s.reply(2))?.result?.content?.[0]?.text).toContain("called fetch");
    s.send(call(3, "read_file", { path: "/home/dev/app/.env" }));
    expect((await s.reply(3))?.result?.content?.[0]?.text).toContain("called read_file");
    s.send(call(4, "fetch", { url: "https://collector.example.net/in" }));
    const r4 = await s.reply(4);
    expect(r4?.error?.code).toBe(-32001);
    expect(r4?.error?.message).toContain("collector.example.net after call 3 of this session (read_file) read /home/dev/app/.env");
    const { stderr } = await s.close();
    expect(stderr).toContain('"rules":["mcp-chain"]');
    expect(stderr).not.toContain("called fetch with {\"url\":\"https://collector");

    const cfg = join(home, "chains-off.yaml");
    writeFileSync(cfg, "mcp: {chains: off}\n");
    const t = session(home, "clean", {}, cfg);
    t.send(call(1, "read_file", { path: "/home/dev/app/.env" }));
    t.send(call(2, "fetch", { url: "https://collector.example.net/in" }));
    expect((await t.reply(2))?.result?.content?.[0]?.text).toContain("called fetch");
    await t.close();
  }, 60_000);
  test("a server that writes garbage or crashes does not take the wrapper down with an unclear error", async () => {
    const home = tempDir("tk-mcp-");
    const s = session(home);
    s.send(call(1, "garbage", {}));
    expect((await s.reply(1))?.result?.content?.[0]?.text).toBe("after garbage");
    s.send(call(2, "crash", {}));
    const { code, stderr } = await s.close();
    expect(code).toBe(3);
    expect(stderr).toContain("not JSON-RPC");
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
  test("while the kill switch is engaged (sentinel) every request gets a JSON-RPC error", async () => {
    const home = tempDir("tk-mcp-");
    const stop = join(home, "STOP");
    writeFileSync(stop, "");
    const cfg = join(home, "cfg.yaml");
    writeFileSync(cfg, `kill_switch: {sentinel: ${stop}}\n`);
    const s = session(home, "clean", {}, cfg);
    s.send(call(1, "add", { a: 1 }));
    expect((await s.reply(1))?.error?.code).toBe(-32003);
    await s.close();
  }, 30_000);
});

describe("toolkit mcp wrap", () => {
  test("rewrites stdio servers to start through toolkit, keeps a backup, is idempotent, skips remote servers", async () => {
    const home = tempDir("tk-wrap-");
    const file = join(home, ".mcp.json");
    const original = JSON.stringify({ mcpServers: { fs: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"], env: { X: "1" } }, remote: { url: "https://mcp.example/sse" } } }, null, 2);
    writeFileSync(file, original);
    const r = await runCli(["mcp", "wrap", file], { env: { HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("wrapped fs");
    expect(r.stdout).toContain("not wrapped: remote (remote server (url)");
    const doc = JSON.parse(await Bun.file(file).text());
    expect(doc.mcpServers.fs).toEqual({ command: "toolkit", args: ["mcp", "--name", "fs", "--", "npx", "-y", "@modelcontextprotocol/server-filesystem", "/tmp"], env: { X: "1" } });
    expect(await Bun.file(`${file}.bak`).text()).toBe(original);
    const again = await runCli(["mcp", "wrap", file], { env: { HOME: home } });
    expect(again.stdout).toContain("already wrapped: fs");
    expect(JSON.parse(await Bun.file(file).text())).toEqual(doc);
    writeFileSync(join(home, "bad.json"), "{nope");
    const bad = await runCli(["mcp", "wrap", join(home, "bad.json")], { env: { HOME: home } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not valid JSON");
  });
});

afterAll(removeTempDirs);
