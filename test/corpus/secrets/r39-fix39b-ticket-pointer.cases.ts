// Round thirty-nine (fix39b): a credential slot whose value points at a ticket, an issue or a runbook (`see:OPS-1234`,
// `see JIRA-42`, `ticket#1234`, `cf. runbook`) is no password. A real value that merely holds "see" stays a finding.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, UPPER, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x39b004);
const b = builder({ category: "r39-fix39b-ticket-pointer" });
const bb = builder({ category: "r39-fix39b-ticket-pointer-benign" });
const drawn = () => r.str(2, UPPER) + r.str(3, DIGITS) + "#" + r.str(4, LOWER) + "$" + r.str(4, ALNUM) + "!";

b.pos("fix39b-tp-see-glued-draw", "see: glued to a drawn password", `DB_PASSWORD=see:${drawn()}\n`);
b.pos("fix39b-tp-see-prefix-draw", "a drawn password opening with see", `DB_PASSWORD=see${drawn()}\n`);
b.pos("fix39b-tp-ticket-then-secret", "a real token with a ticket note after it", `API_TOKEN=${r.alnum(32)}  # see OPS-1234\n`);
b.pos("fix39b-tp-password-drawn", "a plain drawn password", `SMTP_PASSWORD=${drawn()}\n`);
b.pos("fix39b-tp-yaml-secret", "YAML: a real secret with a ticket in a comment", `db:\n  password: ${drawn()}  # ticket#1234\n`);
b.pos("fix39b-tp-de-secret", "German: a real key with siehe ticket after", `API_KEY=${r.alnum(36)} (siehe Ticket 1234)\n`);

bb.ben("fix39b-tp-ben-see-colon", "the blind shape: see:OPS-1234", `DB_PASSWORD=see:OPS-1234\n`);
bb.ben("fix39b-tp-ben-see-jira", "see JIRA-42 quoted", `DB_PASSWORD="see JIRA-42"\n`);
bb.ben("fix39b-tp-ben-ticket-hash", "ticket#1234 under a token", `API_TOKEN=ticket#1234\n`);
bb.ben("fix39b-tp-ben-cf-runbook", "cf. runbook under a password", `SMTP_PASSWORD=cf. runbook\n`);
bb.ben("fix39b-tp-ben-issue", "see issue 42 and incident INC-7781", `REDIS_PASSWORD="see issue 42"\nJWT_SECRET=incident#7781\n`);
bb.ben("fix39b-tp-ben-siehe", "German and French pointers to tickets", `PASSWORT=siehe:OPS-1234\nmot_de_passe=voir:SEC-88\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
