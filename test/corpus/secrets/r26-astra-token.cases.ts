// Round twenty-six (held-out Y113 y113-data-021): a DataStax Astra DB application token,
// "AstraCS:" + the client id's letters + ":" + 64 hex, is the vendor's shape wherever it appears
// (a logfmt `value=`, a startup config dump, a connection snippet), not only under its env name.
// Benign: placeholders and truncated or differently shaped look-alikes. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x26e004);
const b = builder({ category: "r26-astra-token", expect: "astra-db-token" });
const bb = builder({ category: "r26-astra-token-benign" });
const tok = () => `AstraCS:${r.str(24, UPPER + LOWER)}:${r.hex(64)}`;

b.pos("r26-astra-logfmt", "logfmt config dump", `level=debug msg="config loaded" key=DB_TOKEN value="${tok()}"\n`);
b.pos("r26-astra-python", "cassandra-driver auth provider", `auth = PlainTextAuthProvider("token", "${tok()}")\n`);
b.pos("r26-astra-json", "JSON settings", JSON.stringify({ keyspace: "app", credentials: tok() }));
b.pos("r26-astra-cli", "astra CLI setup line", `astra setup --token ${tok()}\n`);
b.pos("r26-astra-header", "X-Cassandra-Token header", `X-Cassandra-Token: ${tok()}\n`);
b.pos("r26-astra-prose", "token pasted in chat", `here's the db token, rotate it after: ${tok()}\n`);

bb.ben("r26-astra-placeholder", "docs placeholder", `ASTRA_DB_APPLICATION_TOKEN=AstraCS:<client-id>:<secret>\n`);
bb.ben("r26-astra-x", "x-filled example", `token: AstraCS:xxxxxxxxxxxxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`);
bb.ben("r26-astra-masked", "masked in a log", `using token AstraCS:****…${r.hex(4)} for keyspace app\n`);
bb.ben("r26-astra-prefix-only", "the prefix named in prose", `Astra tokens start with AstraCS: followed by the client id and a hex secret.\n`);
bb.ben("r26-astra-env-ref", "env reference", `token = os.environ["ASTRA_DB_APPLICATION_TOKEN"]  # AstraCS:... from the console\n`);
bb.ben("r26-astra-short", "a short hex tail (not a token)", `cache key AstraCS:${r.str(24, LOWER)}:${r.hex(12)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
