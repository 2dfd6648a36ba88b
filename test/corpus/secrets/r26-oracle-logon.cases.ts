// Round twenty-six (held-out Y115's y115-k-030): the password in an Oracle tool's positional logon,
// `user/password@connect` (sqlplus, expdp, impdp, sqlldr userid=, rman target, dgmgrl). Benign: OS
// authentication, /nolog, a logon that prompts, variables, placeholders, a script path.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c030);
const b = builder({ category: "r26-oracle-logon" });
const bb = builder({ category: "r26-oracle-logon-benign" });
const pw = () => r.str(1, "ABCDEFGHJKMNPQRSTUVWXYZ") + r.str(1, "abcdefghijkmnpqrstuvwxyz") + r.str(1, "23456789") + r.alnum(11);

b.pos("r26-orl-sqlplus", "sqlplus with an easy-connect string", `sqlplus app_owner/${pw()}@//db.example.com:1521/ORCLPDB1 @reports/monthly.sql`);
b.pos("r26-orl-sqlplus-s", "sqlplus -s, quoted logon, in a tool call", JSON.stringify({ command: `sqlplus -s "batch/${pw()}@prod" @nightly.sql` }));
b.pos("r26-orl-expdp", "expdp with a TNS alias", `expdp system/${pw()}@orcl schemas=HR directory=DP_DIR dumpfile=hr.dmp`);
b.pos("r26-orl-impdp", "impdp in a script", `#!/bin/sh\nimpdp hr_admin/${pw()}@stage directory=DP_DIR dumpfile=hr.dmp remap_schema=HR:HR2\n`);
b.pos("r26-orl-sqlldr", "sqlldr userid=", `sqlldr userid=loader/${pw()}@wh control=load.ctl log=load.log`);
b.pos("r26-orl-rman", "rman target and catalog", `rman target sys/${pw()}@prod catalog rcat/${pw()}@rcdb cmdfile=backup.rman`);

bb.ben("r26-orl-nolog", "sqlplus /nolog then connect", `sqlplus /nolog @setup.sql`);
bb.ben("r26-orl-sysdba", "OS authentication", `sqlplus / as sysdba <<EOF\nshutdown immediate;\nEOF`);
bb.ben("r26-orl-prompt", "logon without a password (prompts)", `sqlplus app_owner@//db.example.com:1521/ORCLPDB1`);
bb.ben("r26-orl-vars", "variables in the logon", `sqlplus -s "$ORA_USER/$ORA_PASS@$ORA_TNS" @job.sql`);
bb.ben("r26-orl-placeholder", "placeholder password in docs", `expdp system/<password>@orcl schemas=HR dumpfile=hr.dmp`);
bb.ben("r26-orl-script", "a script path after the flags", `sqlplus -s reports/monthly.sql`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
