// `toolkit killswitch on|off|status`: through the control API of a running `toolkit run`, or with
// --sentinel by creating / removing the sentinel file (works even when the API is unreachable).
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { EXIT, UsageError } from "../cli/errors.ts";
import { loadConfig } from "../config/load.ts";
import { writeFileAtomic } from "../util/atomic-write.ts";

export interface KillFlags {
  api?: string;
  token?: string;
  sentinel?: string | boolean;
  reason?: string;
  config?: string;
}

export async function runKillswitch(action: string, flags: KillFlags): Promise<number> {
  if (!["on", "off", "status"].includes(action)) throw new UsageError(`killswitch ${action}: expected on, off or status`);
  if (flags.sentinel !== undefined && (flags.api !== undefined || flags.token !== undefined)) throw new UsageError("--sentinel cannot be combined with --api or --token");
  const config = await loadConfig({ path: flags.config });
  if (flags.sentinel !== undefined) {
    const path = typeof flags.sentinel === "string" && flags.sentinel !== "" ? flags.sentinel : config.killSwitch.sentinel;
    if (!path) throw new UsageError("--sentinel: no path given and kill_switch.sentinel is not set in the config");
    if (action === "on") {
      writeFileAtomic(path, `${JSON.stringify({ engaged_at: new Date().toISOString(), reason: flags.reason ?? null })}\n`, { mode: 0o600 });
      process.stdout.write(`kill switch engaged: sentinel ${path} created (a running proxy notices within 1 s)\n`);
      return EXIT.clean;
    }
    if (action === "off") {
      try {
        unlinkSync(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw new UsageError(`--sentinel ${path}: cannot remove (${(err as NodeJS.ErrnoException).code})`);
      }
      process.stdout.write(`sentinel ${path} removed (other sources, if engaged, still stop traffic)\n`);
      return EXIT.clean;
    }
    const on = existsSync(path);
    process.stdout.write(on ? `sentinel ${path} exists: engaged (${readFileSync(path, "utf8").trim().slice(0, 200)})\n` : `sentinel ${path} absent\n`);
    return on ? EXIT.killSwitch : EXIT.clean;
  }

  const base = (flags.api ?? "http://127.0.0.1:8889").replace(/\/+$/, "");
  const token = flags.token ?? (process.env.TOOLKIT_API_TOKEN || config.api.token);
  if (!token) throw new UsageError("no API token: pass --token, set TOOLKIT_API_TOKEN, or api.token in the config (or use --sentinel)");
  let res: Response;
  try {
    res = await fetch(`${base}/api/v1/killswitch`, {
      method: action === "status" ? "GET" : "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(action === "status" ? {} : { body: JSON.stringify({ active: action === "on", reason: flags.reason ?? `toolkit killswitch ${action}` }) }),
    });
  } catch (err) {
    throw new UsageError(`--api ${base}: cannot reach the control API (${(err as Error).message.split("\n")[0]}); is toolkit run listening there? (--sentinel works without it)`);
  }
  if (res.status === 401) throw new UsageError(`--api ${base}: token refused (401)`);
  if (!res.ok) throw new UsageError(`--api ${base}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  const state = (await res.json()) as { engaged: boolean; sources: Record<string, { engaged: boolean; since: string | null; by: string | null; reason: string | null }> };
  const lines = [`kill switch: ${state.engaged ? "ENGAGED" : "released"}`];
  for (const [src, st] of Object.entries(state.sources)) lines.push(`  ${src.padEnd(9)}${st.engaged ? "engaged " : "off     "}${st.since ? ` since ${st.since}` : ""}${st.by ? ` by ${st.by}` : ""}${st.reason ? `: ${st.reason}` : ""}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return action === "status" && state.engaged ? EXIT.killSwitch : EXIT.clean;
}
