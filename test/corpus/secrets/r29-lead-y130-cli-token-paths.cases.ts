// Round twenty-nine, the lead's classes from Y130 (data engineering): (1) a Google access token with
// a short segment after its prefix (`ya29.c.…`, printed by gcloud auth print-access-token); (2) curl's
// -u with the password alone quoted (`admin:'…'`); (3) a Sumo Logic HTTP source's path with its host on
// another line of the same config. Benign: placeholders, variables, demo pairs, a path with no Sumo host.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64URL, builder, Rng } from "./_gen.ts";

const r = new Rng(0x29130);
const c = builder({ category: "r29-cli-token-paths" });
const cb = builder({ category: "r29-cli-token-paths-benign" });
const ya = (seg: string) => `ya29.${seg}${r.str(150, B64URL)}`;
const sumo = () => `${r.str(100, B64URL)}==`;
const pw = () => `${r.alnum(6)}${r.pick(["!", "#", "%", "^"])}${r.alnum(10)}`;

c.pos("r29y0-ya29c-ci", "gcloud print-access-token in a CI log", `Run gcloud auth print-access-token\n${ya("c.")}\nRun bq query "select 1"`);
c.pos("r29y0-ya29c-header", "a service account token in a header", `curl -H "Authorization: Bearer ${ya("c.c0")}" https://bigquery.googleapis.com/bigquery/v2/projects/p/datasets`);
c.pos("r29y0-curl-quoted", "curl -u with a single-quoted password", JSON.stringify({ command: `curl -s -u admin:'${pw()}' -X POST https://airflow.example.com/api/v1/dags/x/dagRuns` }));
c.pos("r29y0-curl-dquoted", "curl --user with a double-quoted password", `curl --user svc_loader:"${pw()}" https://warehouse.example.net/api/v2/load`);
c.pos("r29y0-sumo-fluentbit", "fluent-bit: Uri path and Host apart", `[OUTPUT]\n    Name   http\n    Uri    /receiver/v1/http/${sumo()}\n    Host   endpoint4.collection.us2.sumologic.com\n    Port   443\n`);
c.pos("r29y0-sumo-vector", "vector sink: host then path", `[sinks.sumo]\ntype = "http"\nhost = "https://endpoint1.collection.sumologic.com"\npath = "/receiver/v1/http/${sumo()}"\n`);

cb.ben("r29y0-b-ya29-doc", "docs naming the prefix", `Google access tokens start with ya29. and expire after an hour; print one with gcloud auth print-access-token.`);
cb.ben("r29y0-b-curl-var", "curl -u with a variable", `curl -u admin:"$AIRFLOW_PASSWORD" https://airflow.example.com/api/v1/dags`);
cb.ben("r29y0-b-curl-demo", "curl -u with a demo pair", `curl -u admin:'admin' http://localhost:8080/api/v1/health`);
cb.ben("r29y0-b-curl-placeholder", "curl -u with a placeholder", `curl -u 'username':'<password>' https://api.example.com/v1/me`);
cb.ben("r29y0-b-receiver-other", "a receiver path of another product", `location /receiver/v1/http/${r.str(60, ALNUM)} {\n    proxy_pass http://127.0.0.1:9000;\n}`);
cb.ben("r29y0-b-sumo-doc", "Sumo docs on the path", `Sumo Logic HTTP sources accept POSTs at https://<endpoint>.sumologic.com/receiver/v1/http/<unique-token>.`);

export const cases: CorpusCase[] = [...c.cases, ...cb.cases];
