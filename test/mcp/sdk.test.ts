// toolkit mcp driven end to end by the official MCP SDK: the SDK's client starts
// `toolkit mcp -- node sdk-server.mjs` (a server built with the SDK) and speaks to it through the wrapper.
import { afterAll, describe, expect, test } from "bun:test";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { ENTRY } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

const SERVER = join(import.meta.dir, "sdk-server.mjs");

async function connect(home: string, variant = "clean"): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [ENTRY, "mcp", "--name", "sdk-fake", "--", "node", SERVER],
    env: { PATH: process.env.PATH ?? "", HOME: home, TOOLKIT_CONFIG: "", SDK_VARIANT: variant },
    stderr: "pipe",
  });
  let err = "";
  transport.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  const client = new Client({ name: "toolkit-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, stderr: () => err };
}

/** The JSON-RPC error of a rejected call (the SDK throws McpError). */
async function errorCode(p: Promise<unknown>): Promise<{ code?: number; message: string }> {
  try {
    await p;
    return { message: "no error" };
  } catch (e) {
    return { code: (e as { code?: number }).code, message: String((e as Error).message) };
  }
}

describe("toolkit mcp with the official SDK's client and server", () => {
  test("clean calls pass; a secret in the arguments is refused (-32001) and never reaches the server; an injected result is blocked (-32002)", async () => {
    const home = tempDir("tk-sdk-");
    const { client, stderr } = await connect(home);
    const tools = await client.listTools();
    expect(tools.tools.map((t) => t.name).sort()).toEqual(["add", "fetch_page"]);
    const ok = await client.callTool({ name: "add", arguments: { a: 2, b: 3 } });
    expect((ok.content as Array<{ text: string }>)[0]!.text).toBe("5");
    const tok = fake.githubPat();
    const refused = await errorCode(client.callTool({ name: "add", arguments: { a: 1, b: 1, note: `deploy with ${tok}` } }));
    expect(refused.code).toBe(-32001);
    expect(refused.message).toContain("github-pat");
    expect(refused.message).not.toContain(tok);
    const injected = await errorCode(client.callTool({ name: "fetch_page", arguments: { url: "https://evil.example/docs" } }));
    expect(injected.code).toBe(-32002);
    const page = await client.callTool({ name: "fetch_page", arguments: { url: "https://docs.example/" } });
    expect((page.content as Array<{ text: string }>)[0]!.text).toContain("Docs");
    await client.close();
    expect(stderr()).not.toContain(tok);
  }, 30_000);

  test("a poisoned tool is removed from tools/list; a description changed after pinning is caught", async () => {
    const home = tempDir("tk-sdk-");
    const p = await connect(home, "poisoned");
    const listed = await p.client.listTools();
    expect(listed.tools.map((t) => t.name).sort()).toEqual(["add", "fetch_page"]);
    await p.client.close();
    // That first sight pinned add and fetch_page; the next session's server changed fetch_page's
    // description: it is withheld (mcp.on_tool_change: block) until `toolkit mcp pins accept`.
    const b = await connect(home, "changed");
    expect((await b.client.listTools()).tools.map((t) => t.name)).toEqual(["add"]);
    await b.client.close();
    expect(b.stderr()).toContain("tool-changed");
  }, 30_000);
});

afterAll(removeTempDirs);
