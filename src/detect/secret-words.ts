// The words that name a secret in the languages developers write config, code and chat in, native
// script and the usual ASCII transliterations, by their English sense: `chave_api`, `kluczTajny`,
// `token_dostupa`, `motDePasse`, "Khóa API", "Geheimer Schlüssel", "المفتاح السري", "액세스 토큰".
// One list for every rule that reads a name: glossName turns a name into its English words, so the
// English rules' judgement of the name and of its value applies as it is.

type Sense = "key" | "secret" | "password" | "token" | "credential" | "access" | "api" | "public" | "primary" | "foreign" | "idempotency" | "not";

/**
 * Words by sense, folded: lower case, no diacritics (`clé` → `cle`, `şifre` → `sifre`, `hasło` → `haslo`).
 * Several Latin words that go together are written joined (`motdepasse`, `bimat`, `matruycap`): the
 * name's adjacent words are tried joined. A Han, kana, Hangul, Devanagari or Arabic run must be made
 * of these words whole (`访问令牌`, `비밀번호`), never read inside a longer word (`키보드`, a keyboard).
 */
const WORDS: Record<Sense, readonly string[]> = {
  key: ["chave", "clave", "chiave", "cle", "clef", "schluessel", "schlussel", "klucz", "klyuch", "kluch", "kliuch", "klyuc", "anahtar", "anahtari", "kunci", "khoa", "kunji", "kunjee", "miftah", "almiftah", "yeolsoe",
    "ключ", "ключа", "кључ", "キー", "鍵", "키", "कुंजी", "مفتاح", "المفتاح"],
  secret: ["secreta", "secreto", "segreta", "segreto", "secrete", "geheim", "geheimer", "geheime", "geheimes", "geheimnis", "tajny", "tajne", "sekret", "sekretny", "sekretnyi", "sekretnyy", "sekretnij", "taemnyi", "gizli", "rahasia", "bimat", "gupt", "sirri", "alsirri", "himitsu", "bimil",
    "секрет", "секретный", "секретний", "таємний", "シークレット", "秘密", "시크릿", "비밀", "गुप्त", "السري", "سري"],
  password: ["senha", "contrasena", "contrasenya", "passwort", "kennwort", "motdepasse", "haslo", "parol", "parolya", "sifre", "sifresi", "katasandi", "sandi", "matkhau", "mima", "kouling", "bimilbeonho", "pasuwado",
    "wachtwoord", "losenord", "passord", "adgangskode", "salasana", "parool", "jelszo", "heslo", "geslo", "lozinka", "slaptazodis", "palavrapasse", "paroladordine",
    "пароль", "парола", "лозинка", "κωδικοςπροσβασης", "συνθηματικο", "パスワード", "密码", "密碼", "口令", "비밀번호", "पासवर्ड", "كلمةالمرور", "كلمةالسر", "סיסמה", "รหัสผ่าน"],
  token: ["jeton", "matruycap", "lingpai", "tokeni", "tokenu", "tokena",
    "токен", "トークン", "令牌", "토큰", "टोकन", "رمز", "الرمز"],
  credential: ["credenciales", "credenciais", "credenziali", "identifiants", "zugangsdaten", "pingzheng",
    "認証情報", "凭据", "凭证", "憑證"],
  access: ["acceso", "acesso", "accesso", "acces", "zugriff", "zugriffs", "zugang", "zugangs", "dostupa", "dostupu", "dostepu", "dostep", "akses", "erisim", "truycap", "fangwen",
    "доступа", "доступу", "アクセス", "访问", "액세스", "접근", "एक्सेस", "الوصول"],
  api: ["api"],
  public: ["publica", "publico", "publique", "pubblica", "pubblico", "offentlich", "offentlicher", "oeffentlich", "publiczny", "publichnyi", "genel", "umum", "publik", "congkhai",
    "публичный", "открытый", "公开", "公開", "公钥", "공개", "सार्वजनिक", "العام"],
  primary: ["primaria", "primario", "primaire", "primar", "primaer", "glowny", "birincil", "pervichnyi", "utama", "chinh",
    "первичный", "主键", "主鍵", "기본"],
  foreign: ["estrangeira", "extranjera", "etrangere", "esterna", "fremd", "obcy", "yabanci", "vneshniy", "asing", "ngoai",
    "внешний", "外键", "外鍵", "외래"],
  idempotency: ["idempotencia", "idempotenza", "idempotence", "idempotenz"],
  // A PIX key is a Brazilian payee's public address (an e-mail, a phone number, a random UUID), no credential.
  not: ["pix", "cpf", "cnpj"],
};

/** The English word each sense reads as in a gloss. */
const ENGLISH: Record<Sense, string> = {
  key: "key", secret: "secret", password: "password", token: "token", credential: "credentials", access: "access", api: "api",
  public: "public", primary: "primary", foreign: "foreign", idempotency: "idempotency", not: "",
};
/** Compounds whose one word is a whole name: 密钥 is a secret key, 公钥 a public key, 私钥 a private key. */
const COMPOUND: Record<string, string> = { miyao: "secret_key", 密钥: "secret_key", 密鑰: "secret_key", 秘钥: "secret_key", 秘鑰: "secret_key", 公钥: "public_key", 私钥: "private_key", siyao: "private_key", 秘密鍵: "private_key", 公開鍵: "public_key" };

const SENSE = new Map<string, Sense>();
for (const [sense, words] of Object.entries(WORDS) as [Sense, readonly string[]][]) for (const w of words) SENSE.set(w, sense);

/** Heads: the word a name's sense rests on. */
const HEADS = new Set<Sense>(["key", "password", "token", "credential"]);

/**
 * The prefilter's keywords: heads whose ASCII spelling is rare in English text and code, their
 * native spellings, and access words after an English head (`token_dostupa`). No 3-letter word; none with a
 * combining mark (Devanagari's are: the prefilter reads letters), so a Hindi name is found by its transliteration.
 */
export const SECRET_WORD_KEYWORDS: readonly string[] = [
  "chave", "clave", "chiave", "clé", "schlüssel", "schluessel", "schlussel", "klucz", "klyuch", "kluch", "kliuch", "anahtar", "kunci", "khoa", "khóa", "kunji", "miftah", "miyao",
  "senha", "contrasena", "contraseña", "passwort", "kennwort", "motdepasse", "mot_de_passe", "hasło", "haslo", "parol", "sifre", "şifre", "katasandi", "kata_sandi", "kata sandi", "matkhau", "mat_khau", "mima",
  "wachtwoord", "lösenord", "losenord", "passord", "adgangskode", "salasana", "parool", "jelszó", "jelszo", "lozinka", "slaptažodis", "slaptazodis",
  "jeton", "truycap", "truy_cap", "lingpai", "dostup", "dostep", "akses", "erisim", "erişim", "acceso", "acesso", "accesso",
  "ключ", "токен", "пароль", "キー", "トークン", "パスワード", "密钥", "密鑰", "秘钥", "密码", "令牌", "키", "토큰", "비밀번호", "مفتاح", "كلمة المرور",
];

/** A word folded as WORDS holds it: lower case, marks dropped, `ß`, `ł`, `ı` spelled in ASCII. */
function fold(word: string): string {
  return word.toLowerCase().replace(/ß/g, "ss").replace(/ł/g, "l").replace(/ı/g, "i").normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
}

/** A name's words: split at `_`, `-`, `.`, blanks, apostrophes, camelCase humps and changes of script (`APIキー`). */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_.\-/:'’]+|(?<=[\p{Script=Latin}\p{N}])(?=[^\p{Script=Latin}\p{N}\p{M}])|(?<=[^\p{Script=Latin}\p{N}\p{M}])(?=[\p{Script=Latin}\p{N}])/u)
    .filter(Boolean);
}

const LATIN = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]+$/u;

/**
 * The name in English words (`chaveApiTogether` → `together_api_key`, `token_dostupa` →
 * `access_token`, "Clé secrète" → `secret_key`): other words first, then the qualifiers, then the
 * head, as English orders them. Undefined when no word is one of the list's (an English name is the
 * English rules' to read) or a word says the name is no credential's.
 */
export function glossName(name: string): string | undefined {
  const ws = words(name).map(fold);
  const others: string[] = [];
  const quals: string[] = [];
  let head: string | undefined;
  let foreign = false;
  for (let i = 0; i < ws.length; ) {
    let taken = 0;
    // Up to three adjacent words joined (`mot de passe`, `ma truy cap`), the longest first.
    for (let n = Math.min(3, ws.length - i); n >= 1 && taken === 0; n--) {
      const w = ws.slice(i, i + n).join("");
      const compound = COMPOUND[w];
      const sense = SENSE.get(w);
      if (compound !== undefined) {
        foreign = true;
        head = compound;
      } else if (sense !== undefined) {
        if (sense === "not") return undefined;
        if (sense !== "api") foreign = true;
        if (HEADS.has(sense)) {
          if (head !== undefined) quals.push(head);
          head = ENGLISH[sense];
        } else quals.push(ENGLISH[sense]);
      } else if (n === 1) {
        // A word of another script not in the list (`키보드`) is no name this list reads; English heads stay English.
        if (!LATIN.test(w) && !/^[\p{Script=Latin}\p{N}]+$/u.test(w)) return undefined;
        if (/^(?:key|token|password|passwd|secret|credentials?)$/.test(w)) {
          if (head !== undefined) quals.push(head);
          head = w;
        } else others.push(w);
      } else continue;
      taken = n;
    }
    i += taken;
  }
  if (!foreign) return undefined;
  // "secret" alone is the head where no other word is (`segreto_jwt` → `jwt_secret`).
  if (head === undefined) {
    const k = quals.lastIndexOf("secret");
    if (k < 0) return undefined;
    quals.splice(k, 1);
    head = "secret";
  }
  return [...others, ...quals, head].join("_");
}

/** Head words of five letters or more: a label inflects them (`lösenordet`, `salasanasi`, `Passwortes`). */
const HEAD_STEMS = (["password", "key", "token", "secret", "credential"] as const).flatMap((s) => WORDS[s]).filter((w) => w.length >= 5);

function inflectedHead(word: string): boolean {
  const f = fold(word);
  return HEAD_STEMS.some((s) => f.length > s.length && f.startsWith(s));
}

/** Words of a language: letters and marks, blanks or hyphens between them, sentence punctuation at the end. */
const LABEL_WORDS = /^\p{L}[\p{L}\p{M}']*(?:[ -]\p{L}[\p{L}\p{M}']*){0,5}[ \u00a0]?[?!.:…？！。：]?$/u;
/** A run of CJK script: its words are not spaced, so a credential's word is read inside it (「パスワードをお忘れですか」). */
const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;
const CJK_WORDS = Object.values(WORDS).flat().filter((w) => CJK_RUN.test(w));

/**
 * A translated label naming a credential ("Passwort vergessen?", "API-Schlüssel", "Clé API", "Пароль"),
 * as a locale file holds under `password`/`api_key`: words, one of them a credential's name, no digit
 * or symbol and no camel hump (`MeinPasswort` is made up), so the text of a form, not the credential.
 */
export function credentialLabel(v: string): boolean {
  if (v.length > 60 || !LABEL_WORDS.test(v)) return false;
  const ws = v.replace(/[ \u00a0]?[?!.:…？！。：]$/, "").split(/[ -]/);
  if (ws.some((w) => /\p{Ll}\p{Lu}/u.test(w))) return false;
  // Whole, for a name of several words (`Mot de passe`, `Mật khẩu`, `Parola d'ordine`); then word by word.
  return glossName(ws.join(" ")) !== undefined || ws.some((w) => glossName(w) !== undefined || inflectedHead(w) || /^(?:key|token|password|passphrase|secret|credentials?)$/i.test(w) || (CJK_RUN.test(w) && CJK_WORDS.some((k) => w.includes(k))));
}
