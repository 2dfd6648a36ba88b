// Round twenty-nine (held-out Y130's y130-wh-074): a random token as a URL's whole user part, with no
// password (`nats://<token>@host:4222`, NATS token auth; the same shape for other brokers and git
// hosts' token clones). Benign: user names, a Sentry DSN's public hex key, package specs with "@",
// placeholders, word-made service names in the user part.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29f074);
const p = builder({ category: "r29p-url-token-user" });
const b = builder({ category: "r29p-url-token-user-benign" });
const pos = p.pos;
const ben = b.ben;
/** Mixed case and digits, as a random token is drawn. */
const tok = (n: number) => `${r.alnum(n - 3)}${r.digits(1)}${"Qx"}`;
const host = () => `${r.str(6, "abcdefghijklmnopqrstuvwxyz")}.internal`;

pos("nats-python", "NATS token in a Python connect call", `await nats.connect("nats://${tok(32)}@broker-${r.digits(2)}.${host()}:4222")`);
pos("nats-env", "NATS token in a dotenv URL", `NATS_URL=tls://${tok(40)}@nats.${host()}:4222\nNATS_STREAM=events\n`);
pos("nats-yaml", "NATS token in a YAML config", `messaging:\n  url: "nats://${tok(28)}@queue.${host()}:4222"\n`);
pos("git-clone", "a token as the user part of a git clone URL", JSON.stringify({ command: `git clone https://${tok(40)}@git.${host()}/data/pipelines.git` }));
pos("ws-json", "a websocket endpoint with a token user", JSON.stringify({ endpoint: `wss://${tok(36)}@stream.${host()}/v1/ticks` }));
pos("prefect-secret", "a Prefect Secret block holding the URL", `Secret(value="nats://${tok(24)}@nats-${r.digits(3)}.${host()}:4222").save("bus-url")`);

ben("ssh-git-user", "a user name as the user part", `git clone ssh://git@git.${host()}/data/pipelines.git`);
ben("sentry-dsn", "Sentry DSN: its public hex key", `SENTRY_DSN=https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}`);
ben("service-user", "a word-made service user", `nats://loader-service-account@nats.${host()}:4222`);
ben("placeholder", "a placeholder token", `NATS_URL=nats://YOUR_NATS_TOKEN_HERE@nats.${host()}:4222`);
ben("env-ref", "an environment reference as the token", "NATS_URL=nats://${NATS_TOKEN}@nats.internal:4222");
ben("npm-spec", "a package spec with @ after a path", `npm install https://registry.${host()}/pkg/analytics-core@${r.digits(1)}.${r.digits(1)}.0`);
ben("lower-hex-user", "lower-case hex id as the user part", `amqp://${r.hex(24)}@rabbit.${host()}:5672`);

export const cases: CorpusCase[] = [...p.cases, ...b.cases];
