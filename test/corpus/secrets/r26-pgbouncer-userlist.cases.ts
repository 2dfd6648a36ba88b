// Round twenty-six (held-out Y114's y114-s-029): PgBouncer's auth_file (userlist.txt), one
// `"user" "password"` a line, with plain-text passwords: written by a tool call, base64'd by a contents
// API, pasted. Benign: the stored verifiers (`md5` + 32 hex, `SCRAM-SHA-256$…`), empty or stand-in
// passwords, variables, and other files of quoted pairs (package scripts, locale tables, a Steam
// manifest's checksums, C string concatenation). Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c304);
const b = builder({ category: "r26-pgbouncer-userlist" });
const bb = builder({ category: "r26-pgbouncer-userlist-benign" });
const pw = () => r.alnum(6) + r.digits(3) + r.alnum(13);

b.pos("r26l-pgb-plain", "userlist.txt pasted", `"app_rw" "${pw()}"\n"reporting" "${pw()}"\n`);
b.pos("r26l-pgb-mcp", "userlist.txt in an MCP create_or_update_file", JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "create_or_update_file", arguments: { path: "/etc/pgbouncer/userlist.txt", content: `"pgbouncer" "${pw()}"\n` } } }));
b.pos("r26l-pgb-b64", "userlist.txt base64'd by a contents API", JSON.stringify({ message: "pgbouncer users", content: Buffer.from(`"svc_api" "${pw()}"\n"svc_jobs" "${pw()}"\n`).toString("base64") }));
b.pos("r26l-pgb-mixed", "one plain password among verifiers", `"admin" "md5${r.hex(32)}"\n"app" "Kx${r.digits(4)}-${r.alnum(10)}"\n`);
b.pos("r26l-pgb-heredoc", "written by a heredoc", `cat > /etc/pgbouncer/userlist.txt <<'EOF'\n"analytics" "${pw()}"\nEOF\nsystemctl reload pgbouncer\n`);
b.pos("r26l-pgb-symbols", "password with symbols", `"billing" "${r.alnum(5)}#${r.digits(3)}!${r.alnum(6)}"\n`);

bb.ben("r26l-pgb-md5", "md5 verifiers", `"app_rw" "md5${r.hex(32)}"\n"reporting" "md5${r.hex(32)}"\n`);
bb.ben("r26l-pgb-scram", "SCRAM verifier", `"app_rw" "SCRAM-SHA-256$4096:${r.b64bytes(16)}$${r.b64bytes(32)}:${r.b64bytes(32)}"\n`);
bb.ben("r26l-pgb-empty", "empty and stand-in passwords", `"app_rw" ""\n"admin" "changeme"\n`);
bb.ben("r26l-pgb-var", "templated password", `"app" "\${PGBOUNCER_PASSWORD}"\n"ro" "{{ pgbouncer_ro_password }}"\n`);
bb.ben("r26l-pgb-scripts", "quoted command pairs", `  "build" "webpack --mode=production"\n  "lint" "eslint src/**/*.ts"\n`);
bb.ben("r26l-pgb-locale", "locale table", `"en-US" "English (United States)"\n"de-DE" "Deutsch"\n"pt-BR" "Português (Brasil)"\n`);
bb.ben("r26l-pgb-vdf", "Steam manifest checksums", `"AppState"\n{\n\t"appid"\t\t"${r.digits(3)}"\n\t"sha1" "${r.hex(40)}"\n\t"checksum" "${r.hex(32)}"\n}\n`);
bb.ben("r26l-pgb-concat", "C string concatenation", `static const char *usage =\n    "usage: tool" "--verbose"\n    "options follow";\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
