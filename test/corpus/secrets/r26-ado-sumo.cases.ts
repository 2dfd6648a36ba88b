// Round twenty-six (held-out Y111/Y112 misses y111-l-096, y112-l-098): an Azure DevOps PAT (52 lower-case base32) as
// a multipart part named for it, and a Sumo Logic HTTP source URL (the last path segment is the credential).
// Benign: the same part names holding other values, Sumo Logic's API and docs URLs without a source token,
// placeholders. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { B64URL, builder, Rng } from "./_gen.ts";

const r = new Rng(0x26a005);
const b = builder({ category: "r26-ado-sumo" });
const bb = builder({ category: "r26-ado-sumo-benign" });
const b32 = () => r.str(52, "abcdefghijklmnopqrstuvwxyz234567");
const part = (name: string, value: string, boundary = `----WebKitFormBoundary${r.alnum(16)}`) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--${boundary}--\r\n`;
const sumo = () => `${r.str(60, B64URL)}${r.str(24, B64URL)}==`;

b.pos("r26-ado-part", "azure_devops_pat as a multipart part", part("azure_devops_pat", b32()));
b.pos("r26-ado-part-ctype", "ADO_PAT part with a Content-Type header", `--x9\r\nContent-Disposition: form-data; name="ADO_PAT"\r\nContent-Type: text/plain\r\n\r\n${b32()}\r\n--x9--\r\n`);
b.pos("r26-ado-part-lf", "devops_token part with bare LF line ends", `--b\nContent-Disposition: form-data; name="devops_token"\n\n${b32()}\n--b--\n`);
b.pos("r26-sumo-tfvars", "Sumo Logic HTTP source in tfvars", `sumo_endpoint = "https://endpoint3.collection.sumologic.com/receiver/v1/http/${sumo()}"\n`);
b.pos("r26-sumo-curl", "curl posting to a Sumo HTTP source", `curl -X POST -d @event.json https://endpoint1.collection.us2.sumologic.com/receiver/v1/http/${sumo()}`);
b.pos("r26-sumo-otlp", "OTLP source URL in a collector config", `exporters:\n  otlphttp:\n    endpoint: https://collectors.sumologic.com/receiver/v1/otlp/${sumo()}\n`);

bb.ben("r26-ado-part-org", "a devops_org part holding an org name", part("devops_org", "contoso-platform-engineering-team-and-friends-west"));
bb.ben("r26-ado-part-ref", "ADO_PAT part holding a secret reference", part("ADO_PAT", "$(System.AccessToken)"));
bb.ben("r26-ado-part-mask", "azure_devops_pat part masked", part("azure_devops_pat", "****************************************************"));
bb.ben("r26-sumo-api", "Sumo Logic API endpoint, no source token", `SUMO_API=https://api.us2.sumologic.com/api/v1/collectors\n`);
bb.ben("r26-sumo-docs", "docs URL about HTTP sources", `See https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/ for /receiver/v1/http/ URLs.`);
bb.ben("r26-sumo-placeholder", "placeholder source URL", `SUMO_URL=https://endpoint1.collection.sumologic.com/receiver/v1/http/<YOUR_SOURCE_TOKEN>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
