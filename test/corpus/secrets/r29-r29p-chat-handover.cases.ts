// Round twenty-nine (held-out Y130's y130-gn-019, pl-061, pl-062, wh-060, wh-061): a credential handed
// over in a chat sentence, its value after the sentence's colon — a UUID named as a provider's
// credential with a word between the name and the noun ("the Postmark server token …"), a Hindi noun
// (क्रेडेंशियल), "access" given as a thing in other languages ("dostęp", "Zugang"), a Japanese noun
// right after a Latin name ("Weaviate Cloudキー"), and an id joined to its secret by a bar
// ("<uuid>|<key>"). Benign: the same sentences handing over ids, public keys, hashes, placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29f016);
const p = builder({ category: "r29p-chat-handover" });
const b = builder({ category: "r29p-chat-handover-benign" });
const pos = p.pos;
const ben = b.ben;
const chat = (text: string) => JSON.stringify({ model: "claude-sonnet-4", max_tokens: 512, messages: [{ role: "user", content: text }] });
const slack = (text: string) => JSON.stringify({ method: "tools/call", params: { name: "slack_post_message", arguments: { channel: `C0${r.HEX(9)}`, text } } });

pos("uuid-qualified-noun", "UUID as a provider's server token, a hand-over ask after", chat(`here's the Mailgun server token for the sync job, hook it up please: ${r.uuid()}`));
pos("uuid-credential-noun", "UUID as a provider's credential, a qualifier between", chat(`this is the Segment write credential for staging: ${r.uuid()}`));
pos("hindi-credential", "Hindi: the credential for the pipeline is", chat(`पाइपलाइन के लिए Monte Carlo की क्रेडेंशियल यह है: ${r.alnum(40)}`));
pos("hindi-token", "Hindi: the token", chat(`Airbyte का नया टोकन यह है: ${r.alnum(12)}${r.digits(3)}${r.alnum(20)}`));
pos("polish-access", "Polish: access to X for the job", slack(`masz tu dostęp do Soda Cloud dla joba: \`${r.hex(48)}\``));
pos("german-access", "German: the access for the loader", slack(`hier ist der Zugang für Metaplane: ${r.alnum(36)}`));
pos("spanish-access", "Spanish: access for the loader", chat(`te paso el acceso de Sifflet para el cargador: ${r.alnum(20)}${r.digits(2)}${r.alnum(14)}`));
pos("japanese-after-latin", "Japanese noun right after a Latin name", chat(`ローテーション後のPinecone Serverlessキーです： ${r.alnum(44)}`));
pos("chinese-after-latin", "Chinese noun right after a Latin name", chat(`新的Milvus Cloud密钥：${r.alnum(40)}`));
pos("uuid-bar-key", "an id and its secret joined by a bar", slack(`rotated Zilliz key, swap it in: \`${r.uuid()}|${r.alnum(20)}-${r.alnum(22)}\``));
pos("uuid-colon-key", "an id and its secret joined by a colon", chat(`the new Typesense admin key after rotation: ${r.uuid()}:${r.alnum(32)}`));

ben("uuid-project-id", "a UUID as a project id in the same sentence", chat(`here's the Mailgun project id for the sync job: ${r.uuid()}`));
ben("uuid-lowercase-noun", "a UUID after a common word's key (no provider)", chat(`this is the request key for the loader: ${r.uuid()}`));
ben("hindi-public-key", "Hindi: the public key", chat(`सार्वजनिक public कुंजी: ${r.alnum(40)}`));
ben("polish-access-url", "Polish: access to a dashboard, a URL", slack(`masz tu dostęp do dashboardu: https://app.example.com/d/${r.digits(6)}`));
ben("german-access-placeholder", "German: access placeholder", slack(`hier ist der Zugang für Metaplane: YOUR_ACCESS_TOKEN_HERE`));
ben("japanese-hash", "Japanese: the key's hash after a Latin name", chat(`Pinecone Serverlessキーのハッシュです： ${r.hex(64)}`));
ben("japanese-id", "Japanese: the key's id", chat(`Weaviate CloudキーのIDは ${r.uuid()} です`));
ben("uuid-bar-uuid", "two ids joined by a bar", slack(`the Qdrant collection key pair: \`${r.uuid()}|${r.uuid()}\``));
ben("uuid-bar-word", "an id and a name joined by a bar", slack(`new Zilliz key label: \`${r.uuid()}|production-cluster-eu\``));
ben("code-key-call", "a key read in code", chat("the Typesense admin key: `process.env.TYPESENSE_ADMIN_API_KEY`"));
ben("access-log", "an access log line's request id", chat(`acceso denegado para la solicitud: ${r.uuid()}`));

export const cases: CorpusCase[] = [...p.cases, ...b.cases];
