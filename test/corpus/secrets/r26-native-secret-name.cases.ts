// Round twenty-six (held-out Y115): a secret named in the developer's own language, an identifier
// spelling the word or its transliteration (`clave_api`, `senhaSmtp`, `token_accesso`, `matKhauQuanTri`)
// or a label or quoted key in its script ("Kata sandi:", "Секретный ключ", "비밀번호:"). Benign: the same
// words naming a public key, a primary key, a PIX key, an id, a hash, a numeric access code, or a bare
// "key" in an i18n file. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26f115);
const b = builder({ category: "r26-native-secret-name" });
const bb = builder({ category: "r26-native-secret-name-benign" });
const key = (n: number) => r.str(1, "ABCDEFGHJKMNPQRSTUVWXYZ") + r.str(1, "abcdefghijkmnpqrstuvwxyz") + r.str(1, "23456789") + r.alnum(n - 3);

b.pos("r26-nsn-es-yaml", "Spanish YAML, clave_api", `# clave del proveedor de correo (producción)\ncorreo:\n  clave_api: "${key(40)}"\n  reintentos: 3\n`);
b.pos("r26-nsn-pt-js", "Portuguese JS object, senhaSmtpProducao", `// senha do SMTP — tirar daqui antes do merge\nexport const smtp = {\n  host: "smtp.example.com",\n  senhaSmtpProducao: '${key(24)}',\n};\n`);
b.pos("r26-nsn-it-env", "Italian .env, token_accesso", `# token per il gestionale\nTOKEN_ACCESSO=${key(36)}\n`);
b.pos("r26-nsn-vi-py", "Vietnamese Python, matKhauQuanTri", `# mật khẩu quản trị, đổi sau khi bàn giao\nmatKhauQuanTri = "${key(22)}"\n`);
b.pos("r26-nsn-tr-php", "Turkish PHP array, gizli_anahtar", `<?php\n// ödeme sağlayıcısı\nreturn ['odeme' => ['gizli_anahtar' => '${r.hex(40)}']];\n`);
b.pos("r26-nsn-id-label", "Indonesian chat label, Kata sandi", `Halo tim, ini akun database staging ya\nKata sandi: ${key(20)}\njangan disebar ke luar grup`);
b.pos("r26-nsn-ru-json", "Russian JSON key, Секретный ключ", JSON.stringify({ platezhi: { "Секретный ключ": key(32) }, note: "только для прода" }, null, 2));
b.pos("r26-nsn-ko-label", "Korean chat label, 비밀번호", `운영 DB 계정 공유합니다\n비밀번호: ${key(24)}\n외부 공유 금지`);
b.pos("r26-nsn-pl-go", "Polish Go constant, kluczTajny", `package payments\n\n// klucz do bramki płatności\nconst kluczTajnyBramki = "${key(32)}"\n`);
b.pos("r26-nsn-de-label", "German label, API-Schlüssel in a ticket", `Ticket: Import schlägt fehl\nAPI-Schlüssel: ${key(36)}\nBitte nach dem Test rotieren.`);

bb.ben("r26-nsn-pix", "a Brazilian PIX key (a payee's public random key)", `{"recebedor": "Loja Exemplo", "chave_pix": "${r.uuid()}", "valor": 120.5}`);
bb.ben("r26-nsn-primary", "a primary key column in a Spanish schema dump", `tabla: pedidos\nclave_primaria: "${r.hex(32)}"\nindice: fecha\n`);
bb.ben("r26-nsn-public", "a French public key in JSON", JSON.stringify({ "Clé publique": r.b64bytes(32), algorithme: "ed25519" }));
bb.ben("r26-nsn-id", "a Vietnamese faculty id (khoa = faculty)", `sinh_vien:\n  ma_sv: "${r.digits(8)}"\n  khoa_id: "${r.hex(24)}"\n`);
bb.ben("r26-nsn-hash", "a Turkish password hash column", `kullanici: ayse\nsifre_hash: "${r.hex(64)}"\n`);
bb.ben("r26-nsn-sri", "an Ecuadorian invoice's numeric access key", `{"factura": {"claveAcceso": "${r.digits(49)}", "estado": "AUTORIZADO"}}`);
bb.ben("r26-nsn-i18n", "a Korean UI string file naming an API key field", JSON.stringify({ "settings.apiKey.label": "API 키", "settings.apiKey.hint": "API 키를 입력하세요", "settings.apiKey.placeholder": "sk-..." }, null, 2));
bb.ben("r26-nsn-bare", "a Portuguese key/value list whose key is a bare chave", `[{"chave": "tema", "valor": "escuro"}, {"chave": "idioma", "valor": "pt-BR"}, {"chave": "build", "valor": "${r.hex(40)}"}]`);
bb.ben("r26-nsn-prose", "Spanish prose: the key to the problem", `La clave del problema: ${r.str(18, "abcdefghijklmnopqrstuvwxyz")} no existe en producción.`);
bb.ben("r26-nsn-ref", "a Russian env reference, not a value", `ключ_api = os.environ["PAYMENTS_API_KEY"]  # ключ берём из окружения\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
