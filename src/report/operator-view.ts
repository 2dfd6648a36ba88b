// The operator's live view of `toolkit run` on a terminal (ink, imported only on this path):
// counters by verdict, route and rule, requests per second, bytes scanned, open tunnels, the
// kill switch per source, the last blocked requests (redacted) and proxy messages.
// Keys: k engages / releases the operator's kill-switch source, / filters the blocked list,
// q quits gracefully.

export interface OperatorSnapshot {
  counters: { byVerdict: Record<string, number>; byRoute: Record<string, number>; byRule: Record<string, number>; total: number };
  bytesScanned: number;
  openTunnels: number;
  kill: Record<string, { engaged: boolean; since: string | null; by: string | null; reason: string | null }>;
  recent: Array<{ time: string; method: string; url: string; route: string; rules: string[]; reason: string }>;
  messages: string[];
  listen: string;
}

export interface OperatorControls {
  snapshot(): OperatorSnapshot;
  toggleKill(): void;
  quit(): void;
}

export interface OperatorView {
  stop(): void;
}

const top = (m: Record<string, number>, n: number) => Object.entries(m).sort((a, b) => b[1] - a[1]).slice(0, n);

export async function startOperatorView(ctl: OperatorControls): Promise<OperatorView> {
  const [{ render, Box, Text, useInput, useApp }, React] = await Promise.all([import("ink"), import("react")]);
  const h = React.createElement;

  function View() {
    const [snap, setSnap] = React.useState(ctl.snapshot());
    const [rps, setRps] = React.useState(0);
    const [filter, setFilter] = React.useState("");
    const [typing, setTyping] = React.useState(false);
    const last = React.useRef({ total: snap.counters.total, at: performance.now() });
    const app = useApp();
    React.useEffect(() => {
      const t = setInterval(() => {
        const s = ctl.snapshot();
        const now = performance.now();
        setRps(((s.counters.total - last.current.total) * 1000) / Math.max(1, now - last.current.at));
        last.current = { total: s.counters.total, at: now };
        setSnap(s);
      }, 500);
      return () => clearInterval(t);
    }, []);
    useInput((input, key) => {
      if (typing) {
        if (key.return || key.escape) setTyping(false);
        else if (key.backspace || key.delete) setFilter((f) => f.slice(0, -1));
        else setFilter((f) => f + input);
        return;
      }
      if (input === "k") {
        ctl.toggleKill();
        setSnap(ctl.snapshot());
      } else if (input === "/") {
        setFilter("");
        setTyping(true);
      } else if (input === "q") {
        app.exit();
        ctl.quit();
      }
    });
    const v = snap.counters.byVerdict;
    const engaged = Object.entries(snap.kill).filter(([, s]) => s.engaged);
    const recent = snap.recent.filter((r) => filter === "" || `${r.method} ${r.url} ${r.rules.join(" ")} ${r.route}`.toLowerCase().includes(filter.toLowerCase())).slice(-8).reverse();
    return h(Box, { flexDirection: "column" },
      h(Text, { bold: true }, `toolkit run  ${snap.listen}   `, engaged.length > 0 ? h(Text, { color: "red", bold: true }, `KILL SWITCH ENGAGED (${engaged.map(([s]) => s).join(", ")})`) : h(Text, { color: "green" }, "traffic flowing")),
      h(Text, null, `requests ${snap.counters.total}  allowed ${v.allow ?? 0}  warned ${v.warn ?? 0}  blocked ${v.block ?? 0}   ${rps.toFixed(1)} req/s   scanned ${(snap.bytesScanned / 1048576).toFixed(1)} MB   open tunnels ${snap.openTunnels}`),
      h(Text, { dimColor: true }, `kill switch: ${Object.entries(snap.kill).map(([s, st]) => `${s} ${st.engaged ? "ON" : "off"}`).join("  ")}`),
      h(Text, null, `by route: ${top(snap.counters.byRoute, 4).map(([k, n]) => `${k} ${n}`).join("   ") || "-"}`),
      h(Text, null, `by rule:  ${top(snap.counters.byRule, 5).map(([k, n]) => `${k} ${n}`).join("   ") || "-"}`),
      h(Text, { bold: true }, `last blocked${filter ? ` (filter: ${filter})` : ""}:`),
      ...(recent.length === 0 ? [h(Text, { dimColor: true, key: "none" }, "  none")] : recent.map((r, i) => h(Text, { key: `${r.time}-${i}`, wrap: "truncate-end" }, `  ${r.time.slice(11, 19)} ${r.method} ${r.url}  [${r.rules.join(", ")}] ${r.reason}`))),
      ...snap.messages.slice(-3).map((m, i) => h(Text, { key: `m${i}`, dimColor: true, wrap: "truncate-end" }, m)),
      h(Text, { dimColor: true }, typing ? `filter: ${filter}_  (Enter to apply)` : "k kill switch (operator)   / filter   q quit"),
    );
  }

  const app = render(h(View), { patchConsole: false, exitOnCtrlC: false });
  return { stop: () => app.unmount() };
}
