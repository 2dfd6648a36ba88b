// Round twenty-six (held-out Y115's y115-l-061, y115-l-109): a secret named in another language whose
// value only the English slot rules take (a `<32 hex>-<uuid>` key, 32 random capitals, a bare UUID
// token): the name read through the shared word list, the value judged as after `api_key:`/`secret_key =`.
// Benign: the same names holding a public key, a primary key, a PIX key, a readable word, a reference.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x26c061);
const b = builder({ category: "r26-glossed-slot" });
const bb = builder({ category: "r26-glossed-slot-benign" });
const caps = () => r.str(32, UPPER);

b.pos("r26-gls-tr-label", "Turkish chat label, hex-uuid key", `Canlı ortam bilgileri aşağıda\nAPI Anahtarı: ${r.hex(32)}-${r.uuid()}\nkimseyle paylaşmayın`);
b.pos("r26-gls-tr-yaml", "Turkish YAML, 32 capitals under gizli_anahtar", `# ödeme ağ geçidi (canlı)\nodeme:\n  gizli_anahtar: "${caps()}"\n  zaman_asimi: 30\n`);
b.pos("r26-gls-es-env", "Spanish .env, capitals under CLAVE_SECRETA", `# pasarela de pagos\nCLAVE_SECRETA=${caps()}\n`);
b.pos("r26-gls-pt-json", "Portuguese JSON, hex-uuid under chave_api", JSON.stringify({ gateway: "sms", chave_api: `${r.hex(32)}-${r.uuid()}` }, null, 2));
b.pos("r26-gls-id-label", "Indonesian label, capitals after Kunci Rahasia", `Tolong cek ya, ini konfigurasi produksi\nKunci Rahasia: ${caps()}\nterima kasih`);
b.pos("r26-gls-de-ini", "German INI, hex-uuid under geheimer_schluessel", `[zahlung]\nhaendler = shop-${r.digits(4)}\ngeheimer_schluessel = ${r.hex(32)}-${r.uuid()}\n`);

bb.ben("r26-gls-public", "Turkish public key label over a hex-uuid-shaped id", `Genel Anahtar: ${r.hex(32)}-${r.uuid()}\n(bu anahtar herkese açıktır)`);
bb.ben("r26-gls-primary", "Spanish primary key column holding capitals", `tabla: clientes\nclave_primaria: "${caps()}"\n`);
bb.ben("r26-gls-pix", "Brazilian PIX key as a random UUID", `{"chave_pix": "${r.uuid()}", "valor": 49.9}`);
bb.ben("r26-gls-word", "Turkish secret key set to a readable upper-case phrase", `gizli_anahtar: "BURAYA_KENDI_ANAHTARINIZI_YAZIN"\n`);
bb.ben("r26-gls-env-ref", "Portuguese name read from the environment", `chave_api = os.environ["SMS_CHAVE_API"]  # vem do cofre\n`);
bb.ben("r26-gls-prose", "Spanish prose about the secret key with a capitalised code word", `La clave secreta del proyecto es CONFIDENCIAL y no se comparte por chat.`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
