// Round twenty-five (held-out Y108): .pgpass lines (host:port:database:user:password) as a unified diff's added or
// removed lines, or a Markdown list's items. Benign: the same diffs with placeholders or a wildcard password,
// timestamps and ratios on diff lines, a port mapping list. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a0a3);
const b = builder({ category: "r25-pgpass-diff" });
const bb = builder({ category: "r25-pgpass-diff-benign" });
const head = "diff --git a/ops/.pgpass b/ops/.pgpass\nnew file mode 100600\n--- /dev/null\n+++ b/ops/.pgpass\n@@ -0,0 +1,2 @@\n";

b.pos("r25-pgd-added", "an added .pgpass in a diff", `${head}+db-primary.example.net:5432:orders:orders_rw:${r.password()}\n+db-replica.example.net:5432:*:readonly:${r.alnum(20)}\n`);
b.pos("r25-pgd-removed", "a removed line of a .pgpass in a diff", `--- a/.pgpass\n+++ b/.pgpass\n@@ -1,2 +1,1 @@\n-pg.example.org:6432:app:app:${r.alnum(24)}\n pg.example.org:6432:app:ro:*\n`);
b.pos("r25-pgd-changed", "a rotated password, both lines", `@@ -3 +3 @@\n-10.0.4.12:5432:billing:svc_billing:${r.alnum(18)}\n+10.0.4.12:5432:billing:svc_billing:${r.password()}\n`);
b.pos("r25-pgd-list", "a Markdown list of .pgpass lines", `Add these to ~/.pgpass:\n\n- analytics.example.com:5432:warehouse:etl:${r.alnum(22)}\n- analytics.example.com:5432:warehouse:bi:${r.alnum(22)}\n`);
b.pos("r25-pgd-tool", "a diff in a tool call's JSON", JSON.stringify({ name: "apply_patch", input: { patch: `${head}+pg.internal.example:5433:*:admin:${r.password()}\n` } }));
b.pos("r25-pgd-context", "a context line of a diff", `@@ -1,3 +1,3 @@\n # prod\n ledger.example.net:5432:ledger:writer:${r.alnum(26)}\n-# old\n+# new\n`);

bb.ben("r25-pgd-ben-placeholder", "a diff adding a template", `${head}+db.example.net:5432:orders:orders_rw:<password>\n+db.example.net:5432:*:readonly:CHANGE_ME\n`);
bb.ben("r25-pgd-ben-times", "a diff of a log with times", `@@ -1,2 +1,2 @@\n-12:30:45:start:worker\n+12:31:02:start:worker\n`);
bb.ben("r25-pgd-ben-ratio", "a diff of aspect ratios", `-ratios: 16:9:4:3\n+ratios: 21:9:16:9\n`);
bb.ben("r25-pgd-ben-ports", "a list of port mappings", `- 8080:80\n- 5432:5432\n- 6379:6379\n`);
bb.ben("r25-pgd-ben-env-ref", "a diff adding an env reference", `${head}+db.example.net:5432:orders:orders_rw:\${PGPASSWORD}\n`);
bb.ben("r25-pgd-ben-ipv6", "a diff of IPv6 addresses", `-fe80::1:2:3:4\n+fe80::1:2:3:5\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
