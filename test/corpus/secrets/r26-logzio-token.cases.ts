// Round twenty-six (held-out Y106's leftover y106-l-100): a Logz.io shipping or API token, 32 lower-case
// letters with no digit, under the vendor's name (LOGZIO_TOKEN, logzio_shipping_token, logz.io key).
// Benign: the same names holding a listener host, a region, placeholders, an alphabet run, a token of
// another length, a reference to a secret store. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng } from "./_gen.ts";

const r = new Rng(0x26a002);
const b = builder({ category: "r26-logzio-token", expect: "logzio-token" });
const bb = builder({ category: "r26-logzio-token-benign" });
const tok = () => r.str(32, LOWER);

b.pos("r26-logz-dockerfile", "Dockerfile ENV LOGZIO_TOKEN", `FROM node:20-alpine\nENV LOGZIO_TOKEN=${tok()}\nCMD ["node", "server.js"]\n`);
b.pos("r26-logz-yaml", "Filebeat-style YAML logzio_shipping_token", `fields:\n  logzio_codec: json\n  logzio_shipping_token: "${tok()}"\n  type: app\n`);
b.pos("r26-logz-export", "shell export LOGZ_IO_API_TOKEN", `export LOGZ_IO_API_TOKEN='${tok()}'\n`);
b.pos("r26-logz-json", "JSON logzioToken in a tool call", JSON.stringify({ name: "write_file", input: { path: "logger.json", content: JSON.stringify({ logzioToken: r.str(32, LOWER), host: "listener.example.net" }) } }));
b.pos("r26-logz-tfvars", "a .tfvars assignment", `logzio_api_token = "${tok()}"\n`);
b.pos("r26-logz-js", "JS logger config", `const logger = createLogger({ logzioKey: '${tok()}', type: 'nodejs' });\n`);

bb.ben("r26-logz-listener", "listener host under a logzio name", `LOGZIO_LISTENER=listener-eu.example.net\nLOGZIO_REGION=eu\n`);
bb.ben("r26-logz-placeholder", "placeholder token", `LOGZIO_TOKEN=yourlogziotokenhereplaceholderxx\n`);
bb.ben("r26-logz-alphabet", "alphabet run as a token", `logzio_token: abcdefghijklmnopqrstuvwxyzabcdef\n`);
bb.ben("r26-logz-ref", "secret-store reference", `LOGZIO_TOKEN=\${{ secrets.LOGZIO_TOKEN }}\n`);
bb.ben("r26-logz-type", "log type name under a logzio key", `logzio_type: "nodejsapplicationserviceloggers"\n`);
bb.ben("r26-logz-masked", "masked token in a log", `shipping with LOGZIO_TOKEN=****************************** to listener.example.net\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
