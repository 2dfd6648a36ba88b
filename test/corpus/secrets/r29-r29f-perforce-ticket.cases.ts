// Round twenty-nine (held-out Y127's y127-k-029): Perforce login tickets — the p4tickets file's
// `[ssl:]host:port=user:TICKET` lines and `p4 tickets` output `host:port (user) TICKET` — read by a
// tool, pasted in chat, printed in CI. Benign: zero or placeholder tickets, Perforce config without a
// ticket, `p4 fstat` digests, checksum listings in the same shape, lower-case hashes. Tickets drawn at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29f004);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29f-${id}`, kind: "secrets", category, label, text, note });
const pos = add("positive", "r29-perforce-ticket");
const ben = add("benign", "r29-perforce-ticket-benign");

const ticket = () => r.HEX(32);

pos("p4t-file", "tickets file via cat in a shell tool", JSON.stringify({ command: "cat ~/.p4tickets", output: `ssl:p4.studio.internal:1667=lwalker:${ticket()}\n` }));
pos("p4t-mcp", "MCP read of p4tickets.txt on Windows", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `depot-eu:1666=ci_build:${ticket()}\r\n192.168.10.4:1666=ci_build:${ticket()}\r\n` }] } }));
pos("p4t-cmd", "p4 tickets output in chat", `here's what p4 tickets says:\n\nperforce.games.lan:1666 (tkato) ${ticket()}\n`);
pos("p4t-ci", "CI log writing the ticket file", `+ echo "perforce:1666=jenkins:${ticket()}" > $P4TICKETS\n+ p4 sync //depot/main/...`);
pos("p4t-ipv4", "IP host, ssl prefix", `ssl:10.20.0.7:1666=art_team:${ticket()}`);
pos("p4t-docker", "Dockerfile baking the ticket", `RUN printf 'p4proxy.local:1999=svc-unreal:${ticket()}\\n' > /root/.p4tickets`);

ben("p4t-zeros", "zero ticket", `perforce:1666=jdoe:${"0".repeat(32)}`);
ben("p4t-placeholder", "placeholder ticket", `perforce:1666 (jdoe) <ticket>`);
ben("p4t-config", "P4CONFIG without a ticket", `P4PORT=ssl:perforce.studio.internal:1666\nP4USER=jdoe\nP4CLIENT=jdoe-main\n`);
ben("p4t-fstat", "p4 fstat digest line", `... depotFile //depot/main/Source/Game.cpp\n... headRev 12\n//depot/main/Source/Game.cpp#12 - edit change 4411 (text) ${r.HEX(32)}`);
ben("p4t-md5-list", "a checksum listing in host:port=label: shape", `mirror.local:8080=md5:${r.HEX(32)}`);
ben("p4t-lower", "lower-case hash after a user-like name", `cache:3600=thumbnail:${r.hex(32)}`);

export { cases };
