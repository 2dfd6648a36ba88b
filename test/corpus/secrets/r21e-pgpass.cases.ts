// Round twenty-one, after the last blind wave (heldout-y65's y65-k-012): a .pgpass line printed
// after a label in a dump or a log (`contents: host:5432:db:user:password`, `line 1: …`). The label
// ends in a colon and a blank, which no .pgpass field holds. Benign: the same labels before
// host:port pairs, a three-field compose port mapping, a pgpass line with a placeholder password.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x21e09a55);
const b = builder({ category: "r21e-pgpass", expect: "secrets" });
const bb = builder({ category: "r21e-pgpass-benign" });

b.pos("r21e-pgpass-dump-contents", ".pgpass line after 'contents:' in a crash dump", `FATAL: could not connect to server\nconfig dump:\n  PGPASSFILE=/home/app/.pgpass\n  contents: db-prod.internal:5432:orders:orders_rw:${r.str(26, ALNUM)}\n`);
b.pos("r21e-pgpass-log-line-label", ".pgpass line after 'line 1:' in a debug log", `[debug] reading /root/.pgpass\nline 1: 10.0.3.17:6432:billing:billing_app:${r.password()}\n`);
b.pos("r21e-pgpass-cat-output", ".pgpass line after 'pgpass:' in a support bundle", `== support bundle ==\nhostname: web-3\npgpass: pg-main.svc.cluster.local:5432:*:replicator:${r.str(24, ALNUM)}\n`);
bb.ben("r21e-pgpass-label-hostport", "label before a host:port pair", `upstream: api.internal:8443\nmetrics: 10.0.0.5:9100\n`);
bb.ben("r21e-pgpass-compose-ports", "compose port mapping after 'ports:'", `services:\n  db:\n    ports: 127.0.0.1:5432:5432\n`);
bb.ben("r21e-pgpass-placeholder", ".pgpass line after a label with a placeholder password", `contents: localhost:5432:mydb:myuser:<password>\n`);

export const cases = [...b.cases, ...bb.cases];
