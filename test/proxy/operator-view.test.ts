// The operator view under a real terminal (tmux): it renders, `k` engages the operator's kill
// switch source (a real curl gets 503), `k` again releases it, `q` quits with exit 0.
import { afterAll, describe, expect, test } from "bun:test";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ENTRY } from "../helpers/cli.ts";
import { fake } from "../helpers/fake.ts";
import { curlStatus, runPorts, until, waitForLine } from "../helpers/net.ts";
import { removeTempDirs, tempDir } from "../helpers/temp.ts";

const dir = tempDir("tk-ui-");
const session = `tk-ui-${process.pid}`;
const upstream = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("ok", { headers: { "content-type": "text/plain" } }) });
afterAll(() => {
  Bun.spawnSync(["tmux", "kill-session", "-t", session]);
  upstream.stop(true);
});

const tmux = (...args: string[]) => Bun.spawnSync(["tmux", ...args], { stdout: "pipe", stderr: "pipe" }).stdout.toString();

describe("operator view", () => {
  test("renders live counters; k toggles the operator's kill switch; q quits", async () => {
    writeFileSync(join(dir, "cfg.yaml"), "ssrf: {allow: [127.0.0.0/8]}\ntls: {intercept: false}\n");
    const exitFile = join(dir, "exit");
    // Port 0 for both listeners; the start-up line naming the ports goes to stderr before the view
    // takes the terminal (stdout), so stderr is sent to a file and the ports are read back from it.
    const errFile = join(dir, "stderr");
    const readErr = () => {
      try {
        return readFileSync(errFile, "utf8");
      } catch {
        return "";
      }
    };
    const cmd = `env -u CI HOME=${dir} TOOLKIT_CONFIG= ${process.execPath} ${ENTRY} run --config ${join(dir, "cfg.yaml")} --listen 127.0.0.1:0 --api-listen 127.0.0.1:0 2> ${errFile}; echo $? > ${exitFile}; sleep 5`;
    tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "30", cmd);
    const ports = await waitForLine(readErr, null, runPorts);
    if (!ports) throw new Error(`toolkit run did not come up: ${readErr().slice(-500)}`);
    const proxy = `http://127.0.0.1:${ports.port}`;
    expect(await until(() => tmux("capture-pane", "-p", "-t", session).includes("traffic flowing"))).toBe(true);
    expect(await curlStatus(proxy, `http://127.0.0.1:${upstream.port}/q?t=${fake.githubPat()}`)).toBe(403);
    expect(await until(() => /blocked 1/.test(tmux("capture-pane", "-p", "-t", session)))).toBe(true);
    const screen = tmux("capture-pane", "-p", "-t", session);
    expect(screen).toContain("github-pat");
    expect(screen).not.toMatch(/ghp_[A-Za-z0-9]{36}/);
    tmux("send-keys", "-t", session, "k");
    expect(await until(async () => (await curlStatus(proxy, `http://127.0.0.1:${upstream.port}/x`)) === 503)).toBe(true);
    expect(await until(() => tmux("capture-pane", "-p", "-t", session).includes("KILL SWITCH ENGAGED (operator)"))).toBe(true);
    tmux("send-keys", "-t", session, "k");
    expect(await until(async () => (await curlStatus(proxy, `http://127.0.0.1:${upstream.port}/x`)) === 200)).toBe(true);
    tmux("send-keys", "-t", session, "q");
    expect(await until(() => {
      try {
        return readFileSync(exitFile, "utf8").trim() === "0";
      } catch {
        return false;
      }
    })).toBe(true);
  }, 60_000);
});

afterAll(removeTempDirs);
