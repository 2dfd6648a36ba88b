// Round thirty-four (fix34g, held-out Y146): a label of the bare word for "key" in another language
// (キー, 키, clave, chave, Schlüssel, ключ) before an opaque high-entropy value, as English `key: X`
// is read. Benign: the same words before a config path, a key name, a placeholder, a keyboard key,
// a file path or prose, which no English `key:` slot takes either.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34a71);
const b = builder({ category: "r34-fix34g-native-bare-key-label" });
const bb = builder({ category: "r34-fix34g-native-bare-key-label-benign" });
const opaque = () => `${r.alnum(11)}_${r.alnum(9)}*${r.alnum(3)}-${r.alnum(14)}`;

b.pos("r34g-key-ja-chat", "キー: under Chinese chat prose", `帮我看看为什么这个请求一直返回 403，这是配置。\nキー: ${opaque()}\n谢谢\n`);
b.pos("r34g-key-ko", "키: in a Korean note", `서버 설정입니다.\n키: ${r.alnum(40)}\n`);
b.pos("r34g-key-es", "clave: in a Spanish message", `Hola, no me funciona la conexión.\nclave: ${opaque()}\n¿Qué hago mal?\n`);
b.pos("r34g-key-pt", "chave: in a Portuguese message", `Segue a configuração do webhook:\nchave: ${r.alnum(44)}\n`);
b.pos("r34g-key-de", "Schlüssel: in a German message", `Hier die Daten für den Dienst:\nSchlüssel: ${opaque()}\n`);
b.pos("r34g-key-ru", "ключ: in a Russian message", `Вот настройки интеграции:\nключ: ${r.alnum(42)}\n`);
b.pos("r34g-key-ja-fullwidth", "キー： with a full-width colon", `APIの設定です。\nキー：${opaque()}\n`);

bb.ben("r34g-key-ja-path", "キー: a config path", `設定ファイルの項目です。\nキー: database.connection.host\n値: localhost\n`);
bb.ben("r34g-key-ko-keyboard", "키: a keyboard key", `단축키 안내\n키: Ctrl+Shift+P\n동작: 명령 팔레트 열기\n`);
bb.ben("r34g-key-es-placeholder", "clave: a placeholder", `Rellena el formulario así:\nclave: <TU_CLAVE_AQUI>\n`);
bb.ben("r34g-key-pt-name", "chave: a variable name", `Defina a variável de ambiente:\nchave: STRIPE_SECRET_KEY\n`);
bb.ben("r34g-key-de-file", "Schlüssel: a file path", `SSH-Zugang einrichten:\nSchlüssel: ~/.ssh/id_ed25519.pub\n`);
bb.ben("r34g-key-ru-prose", "ключ: prose", `Памятка:\nключ: хранится у администратора в сейфе\n`);
bb.ben("r34g-key-ja-id", "キー: a snake_case key name", `翻訳キーの一覧\nキー: settings_notifications_email_title\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
