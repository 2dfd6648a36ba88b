// Reverse-shell one-liners: a socket opened to a host and a shell bound to it, in Python, PHP,
// Perl, Ruby, PowerShell, socat or a named pipe (nc feeding the shell, or the shell piped into nc). The bash /dev/tcp and `nc -e` forms are
// harm.compromise (patterns-order.ts). Weak alone: a pentest cheat sheet lists them, and its
// fences and prose damp them; next to an address to the agent or a "do it unseen" it counts.
import type { Pattern } from "./pattern-set.ts";

/** The one-liner forms a cheat sheet lists side by side (each counted once). */
const FORMS = /\/dev\/tcp\/|\bnc(?:at)?[ \t]{1,3}(?:-[a-z]{1,4}[ \t]{1,3}){0,3}-[a-z]{0,3}e\b|socket\.socket|fsockopen|TCPSocket|TCPClient|\bsocat\b|\bmkfifo\b/gi;

/** Three or more different reverse-shell forms near each other: a catalogue of them (a cheat sheet, in any language), not one planted to run. */
function catalogued(text: string, start: number): boolean {
  const kinds = new Set<string>();
  for (const m of text.slice(Math.max(0, start - 600), start + 600).matchAll(FORMS)) kinds.add(m[0].toLowerCase().replace(/^nc.*/, "nc").replace(/^\/dev.*/, "tcp"));
  return kinds.size >= 3;
}

const SHELL = String.raw`(?:dup2|pty\.spawn|subprocess\.(?:call|Popen|run)|os\.system|exec[lv]?p?e?\s{0,2}\(|\/bin\/(?:ba|z|da)?sh\b|cmd\.exe)`;

export const REVERSE_SHELL_PATTERNS: Pattern[] = [
  {
    id: "exec.reverse-shell", family: "exec", weight: 0.35,
    description: "Reverse-shell one-liner: a socket to a remote host with a shell bound to it",
    re: new RegExp(String.raw`\bsocket\.socket\s{0,2}\([^\n]{0,120}?\.connect\s{0,2}\(\s{0,2}\([^\n]{0,240}?${SHELL}|\bfsockopen\s{0,2}\([^\n]{0,160}?\b(?:exec|shell_exec|system|passthru|proc_open|popen)\s{0,2}\(|\buse\s{1,3}Socket\s{0,2};[^\n]{0,300}?\bexec\s{0,2}\(|\bTCPSocket\.(?:open|new)\s{0,2}\([^\n]{0,200}?\b(?:exec|spawn|system)\b|\bNet\.Sockets\.TCPClient\s{0,2}\([^\n]{0,500}?\b(?:iex|Invoke-Expression)\b|\bsocat\b[^\n]{0,60}?\bexec:[^\n]{0,80}?\btcp[46]?:|\bsocat\b[^\n]{0,60}?\btcp[46]?(?:-connect)?:[^\n]{0,80}?\bexec:|\bmkfifo\s{1,3}\S{1,40}\s{0,2}[;&|]{1,2}[^\n]{0,80}?\b(?:nc|ncat|netcat|telnet)\b[^\n]{0,80}?\/bin\/(?:ba|z)?sh\b|\bmkfifo\s{1,3}\S{1,40}\s{0,2}[;&|]{1,2}[^\n]{0,80}?\/bin\/(?:ba|z|da)?sh\b[^\n]{0,40}?\|\s{0,2}(?:nc|ncat|netcat|telnet)\s{1,3}\S`, "gi"),
    anchors: ["socket.socket", "fsockopen", "use socket", "tcpsocket", "tcpclient", "socat", "mkfifo"], before: 60, after: 560,
    judge: (_m, t, s) => (catalogued(t, s) ? 0.7 : 1),
  },
];
