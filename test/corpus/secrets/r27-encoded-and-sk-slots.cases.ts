// Round twenty-seven (held-out Y116's y116-l-022, Y117's y117-l-098, left from round twenty-six): a
// Kubernetes Secret's base64 `data:` entries (judged decoded, as `stringData:` is read), and an
// AK/SK pair's SK in an XML key/value setting (`<add key="Huaweicloud:SdkSk" value="…"/>`).
// Benign: data entries that decode to words, certificates, ids and digests; a ConfigMap's data;
// XML settings whose key only ends in "sk" inside a word (Disk, Task, Desk) or holds no secret.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x27a003);
const b = builder({ category: "r27-encoded-and-sk-slots" });
const bb = builder({ category: "r27-encoded-and-sk-slots-benign" });
const b64 = (s: string) => Buffer.from(s).toString("base64");
const secret = (name: string, entries: Record<string, string>) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: prod\ntype: Opaque\ndata:\n${Object.entries(entries).map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n")}\n`;

b.pos("r27c-k8s-data-sk", "Secret data with an AK/SK pair", secret("cloud-env", { REGION: "ap-southeast-1", CLOUD_SDK_AK: r.str(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), CLOUD_SDK_SK: r.alnum(40) }));
b.pos("r27c-k8s-data-db", "Secret data with a database password", secret("db", { DB_USER: "app", DB_PASSWORD: `${r.alnum(10)}${r.digits(4)}${r.alnum(6)}` }));
b.pos("r27c-k8s-data-hex", "Secret data with a hex signing key", secret("signer", { SIGNING_KEY: r.hex(64) }));
b.pos("r27c-k8s-data-json", "kubectl get secret -o yaml pasted in a chat body", JSON.stringify({ messages: [{ role: "user", content: `why is the worker crashlooping?\n\n${secret("worker", { LOG_LEVEL: "info", API_TOKEN: r.b64url(40) })}` }] }));
b.pos("r27c-xml-sdksk", ".NET appSettings with Huawei SdkSk", `<appSettings>\n  <add key="Huaweicloud:SdkAk" value="${r.str(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}" />\n  <add key="Huaweicloud:SdkSk" value="${r.alnum(40)}" />\n</appSettings>\n`);
b.pos("r27c-xml-sk-underscore", "XML setting named OBS_SK", `<settings>\n  <setting name="OBS_SK" serializeAs="String"><value>${r.alnum(40)}</value></setting>\n</settings>\n`);

bb.ben("r27c-k8s-data-words", "Secret data that decodes to plain words", secret("app-env", { APP_ENV: "production", LOG_LEVEL: "debug", FEATURE_FLAGS: "search,export" }));
bb.ben("r27c-k8s-configmap", "ConfigMap binaryData is not a Secret", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: assets\nbinaryData:\n  logo.bin: ${b64(r.alnum(40))}\n`);
bb.ben("r27c-k8s-data-ids", "Secret data with ids and a digest", secret("ids", { PROJECT_ID: r.hex(32), CONFIG_SHA256: r.hex(64) }));
bb.ben("r27c-k8s-data-cert", "TLS Secret with a certificate", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: web-tls\ndata:\n  tls.crt: ${b64("-----BEGIN CERTIFICATE-----\nMIIB" + r.alnum(60) + "\n-----END CERTIFICATE-----\n")}\n`);
bb.ben("r27c-xml-disk", "XML settings ending in sk inside a word", `<appSettings>\n  <add key="Storage:TempDisk" value="${r.alnum(24)}" />\n  <add key="Jobs:NightlyTask" value="ReindexSearchCatalogue2024" />\n</appSettings>\n`);
bb.ben("r27c-xml-sk-ref", "SK from a Key Vault reference", `<appSettings>\n  <add key="Huaweicloud:SdkSk" value="@Microsoft.KeyVault(SecretUri=https://kv.example.net/secrets/sdk-sk)" />\n</appSettings>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
