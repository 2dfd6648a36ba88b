// Shared builders and context renderers for heldout-y115 (non-English developers).
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from a prefix split into pieces and a body drawn from SeededRng, so the repository never
// holds a literal credential and every load gives the same text.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const A_ALNUM = UP + LO + DG;
export const A_HEX = "0123456789abcdef";
export const A_B64 = A_ALNUM + "+/";
export const A_B64U = A_ALNUM + "_-";

export class Gen extends SeededRng {
  /** Joins pieces (prefixes are always passed split, so no literal token sits in the source). */
  j(...parts: string[]): string {
    return parts.join("");
  }
  a(n: number): string {
    return this.str(n, A_ALNUM);
  }
  hex(n: number): string {
    return this.str(n, A_HEX);
  }
  HEX(n: number): string {
    return this.str(n, "0123456789ABCDEF");
  }
  dig(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DG);
  }
  low(n: number): string {
    return this.str(n, LO + DG);
  }
  lower(n: number): string {
    return this.str(n, LO);
  }
  up(n: number): string {
    return this.str(n, UP + DG);
  }
  upper(n: number): string {
    return this.str(n, UP);
  }
  b64(n: number): string {
    return this.str(n, A_B64);
  }
  b64u(n: number): string {
    return this.str(n, A_B64U);
  }
  b32(n: number): string {
    return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
  }
  /** Standard base64 (with padding) of n random bytes. */
  b64bytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  uuid(): string {
    const h = this.hex(32);
    const v = "89ab"[this.int(4)]!;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** A password a person would set (word + digits + symbol + mixed tail) or a generated one; URL-safe symbols only. */
  pw(words: readonly string[] = WORDS): string {
    if (this.int(2) === 0) {
      return this.pick(words) + this.str(1, "!*_-.") + this.dig(4) + this.str(1, UP) + this.str(4, LO + DG) + this.str(1, "!*.");
    }
    return this.str(18 + this.int(8), A_ALNUM + "!*-_.");
  }
  /** base64url without padding of a JSON object (JWT segment). */
  seg(o: object): string {
    return Buffer.from(JSON.stringify(o)).toString("base64url");
  }
  jwt(payload: object, sigLen = 43): string {
    return [this.seg({ alg: "HS256", typ: "JWT" }), this.seg(payload), this.b64u(sigLen)].join(".");
  }
  /** PEM with a header built from pieces; body = fixed DER prefix + random base64, 64 a line. */
  pem(label: string, derPrefix: string, bodyLen: number, width = 64): string {
    const total = Math.ceil(bodyLen / 4) * 4;
    const body = derPrefix + this.b64(total - derPrefix.length);
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
    const dashes = "-".repeat(5);
    return [`${dashes}BEGIN ${label}${dashes}`, ...lines, `${dashes}END ${label}${dashes}`].join("\n");
  }
  ts(): string {
    const d = this.range(1, 28), h = this.range(0, 23), m = this.range(0, 59), s = this.range(0, 59);
    const p = (x: number) => String(x).padStart(2, "0");
    return `2025-${p(this.range(1, 12))}-${p(d)}T${p(h)}:${p(m)}:${p(s)}Z`;
  }
}

const WORDS = ["Primavera", "Sonnenblume", "Soleil", "Girasole", "Kotik", "Zorza", "Deniz", "Sakura", "Hanami", "Bulan", "Tigre", "Cachorro", "Matahari", "Haneul", "Longjing"] as const;

/** Private-key keyword, split so no PEM header sits in the source. */
export const PRIV = ["PRI", "VATE KEY"].join("");

// ---------------------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------------------

export type Kind = "key" | "token" | "secret" | "password" | "url";

export interface Lang {
  code: string;
  name: string;
  hi: string;
  here: (p: string) => string;
  dont: string;
  envHead: string;
  envFill: string;
  /** identifier-safe words a developer of this language uses for each slot kind */
  kw: Record<Kind, string>;
  /** native-script labels (YAML/JSON keys, chat labels) */
  nkw: Record<Kind, string>;
  cmt: (p: string) => string;
  setupH: string;
  setupStep: string;
  ticketT: (p: string) => string;
  ticketB: string;
  err: (p: string) => string;
  thanks: string;
  ask: string;
  /** benign phrases */
  b: {
    deployed: string;
    checksum: string;
    reqId: string;
    pubkey: string;
    masked: string;
    vault: string;
    placeholder: string;
    order: string;
    fillIn: string;
    /** "public key" */
    pub: string;
  };
  dev: string;
}

export const LANGS: readonly Lang[] = [
  {
    code: "es", name: "Spanish", dev: "carlos",
    hi: "Hola equipo", here: (p) => `Aquí tenéis la clave de ${p} para producción`,
    dont: "no la compartáis fuera del canal, porfa", envHead: "# Configuración de producción — NO subir al repositorio",
    envFill: "# rellenado por Carlos, ver ticket OPS-214",
    kw: { key: "clave_api", token: "token_acceso", secret: "clave_secreta", password: "contrasena", url: "url_conexion" },
    nkw: { key: "Clave API", token: "Token de acceso", secret: "Clave secreta", password: "Contraseña", url: "Cadena de conexión" },
    cmt: (p) => `clave de ${p} (producción) — TODO: mover a variables de entorno`,
    setupH: "## Configuración", setupStep: "Copia `.env.example` a `.env` y pon estos valores:",
    ticketT: (p) => `Error de autenticación con ${p} en staging`, ticketB: "Pasos para reproducir y log completo:",
    err: (p) => `ERROR: no se pudo autenticar con ${p}: credenciales rechazadas`, thanks: "¡Gracias!",
    ask: "¿Me ayudas a ver por qué falla esto?",
    b: { deployed: "Desplegado en producción el commit", checksum: "Checksum SHA-256 del binario:", reqId: "ID de la petición (para soporte):", pubkey: "Mi clave pública SSH, añádela a authorized_keys:", masked: "La clave que falla termina en", vault: "La contraseña está en el vault, ruta:", placeholder: "tu_clave_aqui", order: "Número de pedido:", fillIn: "sustituye por tu propia clave", pub: "clave pública" },
  },
  {
    code: "pt", name: "Portuguese", dev: "joao",
    hi: "Oi pessoal", here: (p) => `Segue a chave do ${p} de produção`,
    dont: "não compartilhem fora do grupo, beleza?", envHead: "# Configuração de produção — NÃO commitar",
    envFill: "# preenchido pelo João, ver chamado #5521",
    kw: { key: "chave_api", token: "token_acesso", secret: "chave_secreta", password: "senha", url: "url_conexao" },
    nkw: { key: "Chave da API", token: "Token de acesso", secret: "Chave secreta", password: "Senha", url: "String de conexão" },
    cmt: (p) => `chave do ${p} (produção) — TODO: mover pra variável de ambiente`,
    setupH: "## Configuração", setupStep: "Copie o `.env.example` para `.env` e preencha:",
    ticketT: (p) => `Falha de autenticação com ${p} em homologação`, ticketB: "Passos para reproduzir e log completo:",
    err: (p) => `ERRO: falha ao autenticar no ${p}: credenciais recusadas`, thanks: "Valeu!",
    ask: "Alguém consegue ver por que isso está falhando?",
    b: { deployed: "Subiu pra produção o commit", checksum: "Checksum SHA-256 do pacote:", reqId: "ID da requisição (pro suporte):", pubkey: "Minha chave pública SSH, adiciona no servidor:", masked: "A chave que está falhando termina em", vault: "A senha está no cofre, caminho:", placeholder: "sua_chave_aqui", order: "Número do pedido:", fillIn: "troque pela sua chave", pub: "chave pública" },
  },
  {
    code: "de", name: "German", dev: "jonas",
    hi: "Hallo zusammen", here: (p) => `Hier ist der ${p}-Schlüssel für Produktion`,
    dont: "bitte nicht weitergeben und nach dem Kopieren löschen", envHead: "# Produktionskonfiguration — NICHT einchecken",
    envFill: "# eingetragen von Jonas, siehe Ticket INF-88",
    kw: { key: "api_schluessel", token: "zugangs_token", secret: "geheimer_schluessel", password: "passwort", url: "verbindungs_url" },
    nkw: { key: "API-Schlüssel", token: "Zugangstoken", secret: "Geheimer Schlüssel", password: "Passwort", url: "Verbindungszeichenfolge" },
    cmt: (p) => `${p}-Zugangsdaten (Produktion) — TODO: in Umgebungsvariablen auslagern`,
    setupH: "## Einrichtung", setupStep: "Kopiere `.env.example` nach `.env` und trage Folgendes ein:",
    ticketT: (p) => `Authentifizierung bei ${p} schlägt auf Staging fehl`, ticketB: "Schritte zur Reproduktion und vollständiges Log:",
    err: (p) => `FEHLER: Anmeldung bei ${p} fehlgeschlagen: Zugangsdaten abgelehnt`, thanks: "Danke!",
    ask: "Kannst du mir helfen herauszufinden, warum das fehlschlägt?",
    b: { deployed: "In Produktion ausgerollt: Commit", checksum: "SHA-256-Prüfsumme des Release:", reqId: "Request-ID (für den Support):", pubkey: "Mein öffentlicher SSH-Schlüssel, bitte in authorized_keys eintragen:", masked: "Der betroffene Schlüssel endet auf", vault: "Das Passwort liegt im Vault unter:", placeholder: "dein-api-schluessel", order: "Bestellnummer:", fillIn: "durch deinen eigenen Schlüssel ersetzen", pub: "öffentlicher Schlüssel" },
  },
  {
    code: "fr", name: "French", dev: "camille",
    hi: "Salut l'équipe", here: (p) => `Voici la clé ${p} de prod`,
    dont: "merci de ne pas la partager en dehors du canal", envHead: "# Configuration de production — NE PAS committer",
    envFill: "# renseigné par Camille, voir le ticket SUP-312",
    kw: { key: "cle_api", token: "jeton_acces", secret: "cle_secrete", password: "motDePasse", url: "url_connexion" },
    nkw: { key: "Clé API", token: "Jeton d'accès", secret: "Clé secrète", password: "Mot de passe", url: "Chaîne de connexion" },
    cmt: (p) => `clé ${p} (prod) — TODO : passer par les variables d'environnement`,
    setupH: "## Installation", setupStep: "Copiez `.env.example` vers `.env` et renseignez :",
    ticketT: (p) => `Échec d'authentification ${p} sur la recette`, ticketB: "Étapes pour reproduire et journal complet :",
    err: (p) => `ERREUR : échec de l'authentification auprès de ${p} : identifiants refusés`, thanks: "Merci !",
    ask: "Tu peux m'aider à comprendre pourquoi ça plante ?",
    b: { deployed: "Déployé en prod, commit", checksum: "Somme de contrôle SHA-256 de l'archive :", reqId: "Identifiant de requête (pour le support) :", pubkey: "Ma clé publique SSH, à ajouter dans authorized_keys :", masked: "La clé qui pose problème se termine par", vault: "Le mot de passe est dans le coffre, chemin :", placeholder: "votre_cle_ici", order: "Numéro de commande :", fillIn: "remplacez par votre propre clé", pub: "clé publique" },
  },
  {
    code: "it", name: "Italian", dev: "luca",
    hi: "Ciao a tutti", here: (p) => `Ecco la chiave di ${p} per la produzione`,
    dont: "non condividetela fuori dal canale", envHead: "# Configurazione di produzione — NON committare",
    envFill: "# inserito da Luca, vedi ticket DEV-77",
    kw: { key: "chiave_api", token: "token_accesso", secret: "chiave_segreta", password: "parola_d_ordine", url: "url_connessione" },
    nkw: { key: "Chiave API", token: "Token di accesso", secret: "Chiave segreta", password: "Password", url: "Stringa di connessione" },
    cmt: (p) => `chiave ${p} (produzione) — TODO: spostare nelle variabili d'ambiente`,
    setupH: "## Configurazione", setupStep: "Copia `.env.example` in `.env` e inserisci:",
    ticketT: (p) => `Errore di autenticazione con ${p} in staging`, ticketB: "Passi per riprodurre e log completo:",
    err: (p) => `ERRORE: autenticazione con ${p} non riuscita: credenziali rifiutate`, thanks: "Grazie!",
    ask: "Mi aiuti a capire perché fallisce?",
    b: { deployed: "Rilasciato in produzione il commit", checksum: "Checksum SHA-256 del pacchetto:", reqId: "ID della richiesta (per il supporto):", pubkey: "La mia chiave pubblica SSH, aggiungila al server:", masked: "La chiave che non funziona finisce con", vault: "La password è nel vault, percorso:", placeholder: "la_tua_chiave", order: "Numero ordine:", fillIn: "sostituisci con la tua chiave", pub: "chiave pubblica" },
  },
  {
    code: "ru", name: "Russian", dev: "dmitry",
    hi: "Всем привет", here: (p) => `Вот ключ ${p} для прода`,
    dont: "никому не пересылайте, пожалуйста", envHead: "# Конфигурация продакшена — НЕ коммитить",
    envFill: "# заполнил Дима, см. задачу PLAT-431",
    kw: { key: "klyuch_api", token: "token_dostupa", secret: "sekretny_klyuch", password: "parol", url: "stroka_podklyucheniya" },
    nkw: { key: "Ключ API", token: "Токен доступа", secret: "Секретный ключ", password: "Пароль", url: "Строка подключения" },
    cmt: (p) => `ключ ${p} (прод) — TODO: вынести в переменные окружения`,
    setupH: "## Настройка", setupStep: "Скопируйте `.env.example` в `.env` и укажите:",
    ticketT: (p) => `Ошибка авторизации ${p} на стейдже`, ticketB: "Шаги воспроизведения и полный лог:",
    err: (p) => `ОШИБКА: не удалось авторизоваться в ${p}: учётные данные отклонены`, thanks: "Спасибо!",
    ask: "Подскажите, почему это падает?",
    b: { deployed: "Выкатили на прод коммит", checksum: "Контрольная сумма SHA-256 релиза:", reqId: "ID запроса (для поддержки):", pubkey: "Мой публичный SSH-ключ, добавьте в authorized_keys:", masked: "Ключ, который не работает, заканчивается на", vault: "Пароль лежит в Vault, путь:", placeholder: "ваш_ключ", order: "Номер заказа:", fillIn: "замените на свой ключ", pub: "публичный ключ" },
  },
  {
    code: "uk", name: "Ukrainian", dev: "taras",
    hi: "Привіт усім", here: (p) => `Ось ключ ${p} для продакшену`,
    dont: "не пересилайте нікому, будь ласка", envHead: "# Конфігурація продакшену — НЕ комітити",
    envFill: "# заповнив Тарас, див. задачу BE-219",
    kw: { key: "klyuch_api", token: "token_dostupu", secret: "sekretnyi_klyuch", password: "parol", url: "ryadok_pidklyuchennya" },
    nkw: { key: "Ключ API", token: "Токен доступу", secret: "Секретний ключ", password: "Пароль", url: "Рядок підключення" },
    cmt: (p) => `ключ ${p} (прод) — TODO: винести у змінні середовища`,
    setupH: "## Налаштування", setupStep: "Скопіюйте `.env.example` у `.env` і вкажіть:",
    ticketT: (p) => `Помилка авторизації ${p} на стейджі`, ticketB: "Кроки відтворення та повний лог:",
    err: (p) => `ПОМИЛКА: не вдалося авторизуватися в ${p}: облікові дані відхилено`, thanks: "Дякую!",
    ask: "Підкажіть, чому це падає?",
    b: { deployed: "Викатили на прод коміт", checksum: "Контрольна сума SHA-256 релізу:", reqId: "ID запиту (для підтримки):", pubkey: "Мій публічний SSH-ключ, додайте в authorized_keys:", masked: "Ключ, що не працює, закінчується на", vault: "Пароль у Vault, шлях:", placeholder: "ваш_ключ_тут", order: "Номер замовлення:", fillIn: "замініть на свій ключ", pub: "публічний ключ" },
  },
  {
    code: "pl", name: "Polish", dev: "kuba",
    hi: "Cześć wszystkim", here: (p) => `Tu jest klucz ${p} do produkcji`,
    dont: "nie udostępniajcie go poza kanałem", envHead: "# Konfiguracja produkcyjna — NIE commitować",
    envFill: "# uzupełnił Kuba, patrz zgłoszenie SKL-63",
    kw: { key: "klucz_api", token: "token_dostepu", secret: "klucz_tajny", password: "haslo", url: "adres_polaczenia" },
    nkw: { key: "Klucz API", token: "Token dostępu", secret: "Klucz tajny", password: "Hasło", url: "Ciąg połączenia" },
    cmt: (p) => `klucz ${p} (produkcja) — TODO: przenieść do zmiennych środowiskowych`,
    setupH: "## Konfiguracja", setupStep: "Skopiuj `.env.example` do `.env` i uzupełnij:",
    ticketT: (p) => `Błąd uwierzytelniania ${p} na stagingu`, ticketB: "Kroki do odtworzenia i pełny log:",
    err: (p) => `BŁĄD: nie udało się uwierzytelnić w ${p}: dane logowania odrzucone`, thanks: "Dzięki!",
    ask: "Pomożesz mi ustalić, dlaczego to nie działa?",
    b: { deployed: "Wdrożone na produkcję, commit", checksum: "Suma kontrolna SHA-256 paczki:", reqId: "ID żądania (dla supportu):", pubkey: "Mój publiczny klucz SSH, dodaj go do authorized_keys:", masked: "Klucz, który nie działa, kończy się na", vault: "Hasło jest w sejfie, ścieżka:", placeholder: "twoj_klucz_api", order: "Numer zamówienia:", fillIn: "podmień na swój klucz", pub: "klucz publiczny" },
  },
  {
    code: "tr", name: "Turkish", dev: "emre",
    hi: "Merhaba ekip", here: (p) => `${p} canlı ortam anahtarı burada`,
    dont: "lütfen kanal dışında paylaşmayın", envHead: "# Canlı ortam yapılandırması — repoya GÖNDERMEYİN",
    envFill: "# Emre doldurdu, bkz. talep DST-902",
    kw: { key: "api_anahtari", token: "erisim_tokeni", secret: "gizli_anahtar", password: "sifre", url: "baglanti_adresi" },
    nkw: { key: "API Anahtarı", token: "Erişim Tokenı", secret: "Gizli Anahtar", password: "Şifre", url: "Bağlantı Adresi" },
    cmt: (p) => `${p} anahtarı (canlı) — TODO: ortam değişkenlerine taşı`,
    setupH: "## Kurulum", setupStep: "`.env.example` dosyasını `.env` olarak kopyalayın ve doldurun:",
    ticketT: (p) => `${p} kimlik doğrulama hatası (test ortamı)`, ticketB: "Tekrarlama adımları ve tam log:",
    err: (p) => `HATA: ${p} kimlik doğrulaması başarısız: kimlik bilgileri reddedildi`, thanks: "Teşekkürler!",
    ask: "Bunun neden patladığına bakabilir misin?",
    b: { deployed: "Canlıya alınan commit:", checksum: "Sürümün SHA-256 özeti:", reqId: "İstek kimliği (destek için):", pubkey: "SSH açık anahtarım, authorized_keys'e ekler misin:", masked: "Çalışmayan anahtarın sonu", vault: "Şifre kasada, yol:", placeholder: "api_anahtariniz", order: "Sipariş numarası:", fillIn: "kendi anahtarınızla değiştirin", pub: "açık anahtar" },
  },
  {
    code: "ja", name: "Japanese", dev: "tanaka",
    hi: "お疲れ様です", here: (p) => `${p}の本番用キーを共有します`,
    dont: "チャンネル外には転送しないでください🙏", envHead: "# 本番環境の設定 — コミット禁止",
    envFill: "# 田中が記入（チケット INFRA-150 参照）",
    kw: { key: "api_key", token: "access_token", secret: "secret_key", password: "password", url: "setsuzoku_url" },
    nkw: { key: "APIキー", token: "アクセストークン", secret: "シークレットキー", password: "パスワード", url: "接続文字列" },
    cmt: (p) => `${p}の本番キー — TODO: 環境変数に移す`,
    setupH: "## セットアップ", setupStep: "`.env.example` を `.env` にコピーして、以下を設定してください：",
    ticketT: (p) => `ステージングで${p}の認証に失敗する`, ticketB: "再現手順とログ全文：",
    err: (p) => `エラー: ${p}の認証に失敗しました: 認証情報が拒否されました`, thanks: "よろしくお願いします！",
    ask: "なぜ失敗するのか見てもらえますか？",
    b: { deployed: "本番にデプロイしたコミット：", checksum: "リリースの SHA-256 チェックサム：", reqId: "リクエストID（サポート問い合わせ用）：", pubkey: "私の SSH 公開鍵です。authorized_keys に追加してください：", masked: "失敗しているキーの末尾は", vault: "パスワードは Vault にあります。パス：", placeholder: "ここにAPIキー", order: "注文番号：", fillIn: "自分のキーに置き換えてください", pub: "公開鍵" },
  },
  {
    code: "zh", name: "Chinese", dev: "xiaowang",
    hi: "大家好", here: (p) => `这是${p}的生产环境密钥`,
    dont: "请不要转发到群外", envHead: "# 生产环境配置 —— 不要提交到仓库",
    envFill: "# 小王填写，见工单 OPS-1024",
    kw: { key: "api_miyao", token: "fangwen_token", secret: "miyao", password: "mima", url: "lianjie_url" },
    nkw: { key: "API密钥", token: "访问令牌", secret: "密钥", password: "密码", url: "连接串" },
    cmt: (p) => `${p} 生产密钥 —— TODO: 改成从环境变量读取`,
    setupH: "## 配置", setupStep: "把 `.env.example` 复制为 `.env`，然后填写：",
    ticketT: (p) => `测试环境 ${p} 鉴权失败`, ticketB: "复现步骤和完整日志：",
    err: (p) => `错误：${p} 鉴权失败：凭证被拒绝`, thanks: "谢谢！",
    ask: "帮忙看下为什么报错？",
    b: { deployed: "已发布到生产环境的提交：", checksum: "安装包 SHA-256 校验值：", reqId: "请求 ID（提工单用）：", pubkey: "这是我的 SSH 公钥，麻烦加到 authorized_keys：", masked: "出问题的密钥结尾是", vault: "密码在 Vault 里，路径：", placeholder: "你的密钥", order: "订单号：", fillIn: "替换成你自己的密钥", pub: "公钥" },
  },
  {
    code: "ko", name: "Korean", dev: "minsu",
    hi: "안녕하세요 팀", here: (p) => `${p} 운영 키 공유드립니다`,
    dont: "채널 밖으로 공유하지 말아주세요", envHead: "# 운영 환경 설정 — 커밋 금지",
    envFill: "# 김민수 작성, 티켓 DEV-382 참고",
    kw: { key: "api_key", token: "access_token", secret: "secret_key", password: "bimilbeonho", url: "jeopsok_url" },
    nkw: { key: "API 키", token: "액세스 토큰", secret: "비밀 키", password: "비밀번호", url: "접속 URL" },
    cmt: (p) => `${p} 운영 키 — TODO: 환경 변수로 옮기기`,
    setupH: "## 설정", setupStep: "`.env.example`을 `.env`로 복사하고 아래 값을 넣으세요:",
    ticketT: (p) => `스테이징에서 ${p} 인증 실패`, ticketB: "재현 방법과 전체 로그:",
    err: (p) => `오류: ${p} 인증 실패: 자격 증명이 거부되었습니다`, thanks: "감사합니다!",
    ask: "왜 실패하는지 봐주실 수 있나요?",
    b: { deployed: "운영에 배포된 커밋:", checksum: "릴리스 SHA-256 체크섬:", reqId: "요청 ID (고객지원 문의용):", pubkey: "제 SSH 공개키입니다, authorized_keys에 추가 부탁드려요:", masked: "실패하는 키는 끝자리가", vault: "비밀번호는 Vault에 있어요, 경로:", placeholder: "여기에_API_키_입력", order: "주문 번호:", fillIn: "본인 키로 바꿔주세요", pub: "공개키" },
  },
  {
    code: "vi", name: "Vietnamese", dev: "minh",
    hi: "Chào cả nhà", here: (p) => `Đây là khóa ${p} cho môi trường production`,
    dont: "đừng chia sẻ ra ngoài nhóm nhé", envHead: "# Cấu hình production — KHÔNG commit",
    envFill: "# anh Minh điền, xem ticket HT-58",
    kw: { key: "khoa_api", token: "ma_truy_cap", secret: "khoa_bi_mat", password: "mat_khau", url: "chuoi_ket_noi" },
    nkw: { key: "Khóa API", token: "Mã truy cập", secret: "Khóa bí mật", password: "Mật khẩu", url: "Chuỗi kết nối" },
    cmt: (p) => `khóa ${p} (production) — TODO: chuyển sang biến môi trường`,
    setupH: "## Cài đặt", setupStep: "Sao chép `.env.example` thành `.env` rồi điền:",
    ticketT: (p) => `Lỗi xác thực ${p} trên staging`, ticketB: "Các bước tái hiện và log đầy đủ:",
    err: (p) => `LỖI: xác thực với ${p} thất bại: thông tin đăng nhập bị từ chối`, thanks: "Cảm ơn!",
    ask: "Mọi người xem giúp sao lỗi này với?",
    b: { deployed: "Đã deploy lên production commit", checksum: "Mã SHA-256 của bản phát hành:", reqId: "Mã request (để gửi hỗ trợ):", pubkey: "Đây là public key SSH của em, thêm vào authorized_keys giúp:", masked: "Khóa bị lỗi có đuôi là", vault: "Mật khẩu nằm trong Vault, đường dẫn:", placeholder: "khoa_cua_ban", order: "Mã đơn hàng:", fillIn: "thay bằng khóa của bạn", pub: "khóa công khai" },
  },
  {
    code: "id", name: "Indonesian", dev: "budi",
    hi: "Halo tim", here: (p) => `Ini kunci ${p} untuk production`,
    dont: "jangan dibagikan ke luar grup ya", envHead: "# Konfigurasi production — JANGAN di-commit",
    envFill: "# diisi oleh Budi, lihat tiket TK-417",
    kw: { key: "kunci_api", token: "token_akses", secret: "kunci_rahasia", password: "kata_sandi", url: "url_koneksi" },
    nkw: { key: "Kunci API", token: "Token akses", secret: "Kunci rahasia", password: "Kata sandi", url: "String koneksi" },
    cmt: (p) => `kunci ${p} (production) — TODO: pindahkan ke environment variable`,
    setupH: "## Pengaturan", setupStep: "Salin `.env.example` ke `.env` lalu isi:",
    ticketT: (p) => `Autentikasi ${p} gagal di staging`, ticketB: "Langkah reproduksi dan log lengkap:",
    err: (p) => `GALAT: autentikasi ke ${p} gagal: kredensial ditolak`, thanks: "Terima kasih!",
    ask: "Bisa bantu cek kenapa ini gagal?",
    b: { deployed: "Sudah deploy ke production, commit", checksum: "Checksum SHA-256 rilis:", reqId: "ID request (untuk tim support):", pubkey: "Ini public key SSH saya, tolong tambahkan ke authorized_keys:", masked: "Kunci yang gagal berakhiran", vault: "Kata sandinya ada di Vault, path:", placeholder: "isi_kunci_anda", order: "Nomor pesanan:", fillIn: "ganti dengan kunci kamu sendiri", pub: "kunci publik" },
  },
  {
    code: "hi", name: "Hindi", dev: "rahul",
    hi: "नमस्ते टीम", here: (p) => `यह रही ${p} की प्रोडक्शन key`,
    dont: "कृपया इसे चैनल के बाहर शेयर मत करना", envHead: "# प्रोडक्शन कॉन्फ़िग — commit मत करना",
    envFill: "# राहुल ने भरा, टिकट OPS-77 देखें",
    kw: { key: "api_kunji", token: "access_token", secret: "gupt_kunji", password: "password", url: "connection_url" },
    nkw: { key: "एपीआई कुंजी", token: "एक्सेस टोकन", secret: "गुप्त कुंजी", password: "पासवर्ड", url: "कनेक्शन स्ट्रिंग" },
    cmt: (p) => `${p} की प्रोडक्शन key — TODO: environment variable में डालना है`,
    setupH: "## सेटअप", setupStep: "`.env.example` को `.env` में कॉपी करें और ये भरें:",
    ticketT: (p) => `स्टेजिंग पर ${p} ऑथेंटिकेशन फ़ेल`, ticketB: "दोबारा करने के स्टेप्स और पूरा लॉग:",
    err: (p) => `त्रुटि: ${p} से ऑथेंटिकेशन विफल: क्रेडेंशियल अस्वीकार`, thanks: "धन्यवाद!",
    ask: "कोई देख सकता है कि यह क्यों फ़ेल हो रहा है?",
    b: { deployed: "प्रोडक्शन पर डिप्लॉय हुआ commit:", checksum: "रिलीज़ का SHA-256 चेकसम:", reqId: "रिक्वेस्ट ID (सपोर्ट के लिए):", pubkey: "यह मेरी SSH public key है, authorized_keys में जोड़ दें:", masked: "जो key फ़ेल हो रही है उसके आख़िर में है", vault: "पासवर्ड Vault में है, पाथ:", placeholder: "अपनी_API_key_यहाँ", order: "ऑर्डर नंबर:", fillIn: "अपनी key से बदलें", pub: "पब्लिक की" },
  },
  {
    code: "ar", name: "Arabic", dev: "ahmed",
    hi: "مرحباً يا فريق", here: (p) => `هذا مفتاح ${p} لبيئة الإنتاج`,
    dont: "من فضلكم لا تشاركوه خارج القناة", envHead: "# إعدادات بيئة الإنتاج — لا ترفعها إلى المستودع",
    envFill: "# أضافها أحمد، راجع التذكرة OPS-640",
    kw: { key: "miftah_api", token: "rumz_wusul", secret: "miftah_sirri", password: "kalimat_sir", url: "rabit_ittisal" },
    nkw: { key: "مفتاح API", token: "رمز الوصول", secret: "المفتاح السري", password: "كلمة المرور", url: "رابط الاتصال" },
    cmt: (p) => `مفتاح ${p} (الإنتاج) — TODO: نقله إلى متغيرات البيئة`,
    setupH: "## الإعداد", setupStep: "انسخ `.env.example` إلى `.env` ثم أضف القيم التالية:",
    ticketT: (p) => `فشل المصادقة مع ${p} في بيئة الاختبار`, ticketB: "خطوات إعادة المشكلة والسجل الكامل:",
    err: (p) => `خطأ: فشلت المصادقة مع ${p}: تم رفض بيانات الاعتماد`, thanks: "شكراً!",
    ask: "هل يمكن لأحد أن يرى لماذا يفشل هذا؟",
    b: { deployed: "تم النشر على الإنتاج، الـ commit:", checksum: "بصمة SHA-256 للإصدار:", reqId: "معرّف الطلب (للدعم الفني):", pubkey: "هذا مفتاحي العام لـ SSH، أضفه إلى authorized_keys:", masked: "المفتاح الذي يفشل ينتهي بـ", vault: "كلمة المرور في Vault، المسار:", placeholder: "ضع_المفتاح_هنا", order: "رقم الطلب:", fillIn: "استبدله بمفتاحك", pub: "المفتاح العام" },
  },
];

export function lang(code: string): Lang {
  const l = LANGS.find((x) => x.code === code);
  if (!l) throw new Error(`no language ${code}`);
  return l;
}

// ---------------------------------------------------------------------------------------------
// Provider specs
// ---------------------------------------------------------------------------------------------

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** provider display name */
  p: string;
  /** identifier-friendly short name */
  short: string;
  group: Group;
  /** env var a developer would use */
  env: string;
  kind: Kind;
  gen: (g: Gen) => string;
  /** header line prefix used when the value is sent (e.g. "Authorization: Bearer ") */
  hdr?: string;
  /** companion non-secret or paired entries [envName, value] */
  extra?: (g: Gen) => [string, string][];
}

export interface Resolved {
  s: Spec;
  value: string;
  extra: [string, string][];
}

export function resolve(g: Gen, s: Spec): Resolved {
  const value = s.gen(g);
  const extra = s.extra ? s.extra(g) : [];
  return { s, value, extra };
}

function camel(id: string): string {
  return id.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

// ---------------------------------------------------------------------------------------------
// Inner renderers: the language-flavoured text that carries the value
// ---------------------------------------------------------------------------------------------

export interface Inner {
  name: string;
  file: string;
  render: (g: Gen, L: Lang, r: Resolved) => { text: string; slot: string };
}

const extraEnv = (r: Resolved) => r.extra.map(([k, v]) => `${k}=${v}\n`).join("");

export const INNERS: readonly Inner[] = [
  {
    name: "chat line with env assignment", file: "nota.txt",
    render: (_g, L, r) => ({ slot: r.s.env, text: `${L.hi}! ${L.here(r.s.p)}:\n${extraEnv(r)}${r.s.env}=${r.value}\n${L.dont}` }),
  },
  {
    name: "chat message with native label", file: "mensaje.txt",
    render: (_g, L, r) => ({
      slot: L.nkw[r.s.kind],
      text: `${L.here(r.s.p)} 👇\n${r.extra.map(([k, v]) => `${k}: ${v}\n`).join("")}${L.nkw[r.s.kind]}: ${r.value}\n${L.dont} ${L.thanks}`,
    }),
  },
  {
    name: ".env file with native comments", file: ".env.production",
    render: (g, L, r) => ({
      slot: r.s.env,
      text: `${L.envHead}\n${L.envFill}\nAPP_ENV=production\nPORT=${g.range(3000, 9000)}\n${extraEnv(r)}${r.s.env}=${r.value}\n`,
    }),
  },
  {
    name: "Python settings with native variable", file: "settings.py",
    render: (_g, L, r) => {
      const v = `${L.kw[r.s.kind]}_${r.s.short}`;
      return {
        slot: v,
        text: `# -*- coding: utf-8 -*-\n# ${L.cmt(r.s.p)}\nimport os\n\n${r.extra.map(([k, x]) => `${k.toLowerCase()} = "${x}"\n`).join("")}${v} = os.environ.get("${r.s.env}", "${r.value}")\n`,
      };
    },
  },
  {
    name: "JS config object with native key", file: "config.js",
    render: (_g, L, r) => {
      const v = camel(`${L.kw[r.s.kind]}_${r.s.short}`);
      return {
        slot: v,
        text: `// ${L.cmt(r.s.p)}\nexport const config = {\n${r.extra.map(([k, x]) => `  ${camel(k.toLowerCase())}: '${x}',\n`).join("")}  ${v}: '${r.value}',\n  timeout: 15000,\n};\n`,
      };
    },
  },
  {
    name: "README setup section", file: "README.md",
    render: (_g, L, r) => ({
      slot: r.s.env,
      text: `${L.setupH}\n\n${L.setupStep}\n\n\`\`\`bash\n${r.extra.map(([k, v]) => `export ${k}="${v}"\n`).join("")}export ${r.s.env}="${r.value}"\n\`\`\`\n\n${L.dont}\n`,
    }),
  },
  {
    name: "ticket with pasted request log", file: "ticket.md",
    render: (g, L, r) => {
      const line = r.s.hdr !== undefined
        ? `> POST https://api.example.com/v2/sync HTTP/1.1\n> ${r.s.hdr}${r.value}\n< HTTP/1.1 401 Unauthorized`
        : r.s.kind === "url" ? `> connect ${r.value}\n< timeout after 30s` : `> config: ${r.s.env}=${r.value}\n< HTTP/1.1 403 Forbidden`;
      return { slot: r.s.hdr ? r.s.hdr.split(":")[0]! : r.s.env, text: `### ${L.ticketT(r.s.p)}\n\n${L.ticketB}\n\n\`\`\`\n$ ./bin/sync --verbose\n${line}\n${L.err(r.s.p)}\nrequest_id=${g.hex(16)}\n\`\`\`\n` };
    },
  },
  {
    name: "YAML config with native key and comment", file: "config.yaml",
    render: (_g, L, r) => ({
      slot: L.kw[r.s.kind],
      text: `# ${L.cmt(r.s.p)}\n${r.s.short}:\n${r.extra.map(([k, v]) => `  ${k.toLowerCase()}: "${v}"\n`).join("")}  ${L.kw[r.s.kind]}: "${r.value}"\n  timeout: 30\n`,
    }),
  },
  {
    name: "translated error log with debug dump", file: "app.log",
    render: (g, L, r) => {
      const dump = r.s.hdr !== undefined
        ? `DEBUG request headers: {"${r.s.hdr.split(":")[0]}": "${r.s.hdr.slice(r.s.hdr.indexOf(":") + 1).trim() ? r.s.hdr.slice(r.s.hdr.indexOf(":") + 1).trim() + " " : ""}${r.value}", "Content-Type": "application/json"}`
        : `DEBUG settings: {"${r.s.env}": "${r.value}", "retries": 3}`;
      const t = g.ts();
      return { slot: r.s.hdr ? r.s.hdr.split(":")[0]! : r.s.env, text: `${t} INFO  worker-${g.range(1, 9)} start\n${t} ${dump}\n${t} ERROR ${L.err(r.s.p)}\n` };
    },
  },
  {
    name: "docker-compose environment with native comment", file: "docker-compose.yml",
    render: (g, L, r) => ({
      slot: r.s.env,
      text: `services:\n  app:\n    image: registry.example.com/${L.dev}/app:1.${g.range(0, 30)}.${g.range(0, 9)}\n    environment:\n      ${L.envHead}\n${r.extra.map(([k, v]) => `      ${k}: "${v}"\n`).join("")}      ${r.s.env}: "${r.value}"\n`,
    }),
  },
  {
    name: "PHP config array with native key", file: "config/servicios.php",
    render: (_g, L, r) => ({
      slot: L.kw[r.s.kind],
      text: `<?php\n// ${L.cmt(r.s.p)}\nreturn [\n    '${r.s.short}' => [\n${r.extra.map(([k, v]) => `        '${k.toLowerCase()}' => '${v}',\n`).join("")}        '${L.kw[r.s.kind]}' => '${r.value}',\n    ],\n];\n`,
    }),
  },
  {
    name: "Go constant with native comment", file: "internal/config/keys.go",
    render: (_g, L, r) => {
      const v = camel(`${L.kw[r.s.kind]}_${r.s.short}`);
      return { slot: v, text: `package config\n\n// ${L.cmt(r.s.p)}\nconst ${v} = "${r.value}"\n` };
    },
  },
  {
    name: "shell export with native comment", file: "deploy.sh",
    render: (_g, L, r) => ({
      slot: r.s.env,
      text: `#!/usr/bin/env bash\n# ${L.cmt(r.s.p)}\n${r.extra.map(([k, v]) => `export ${k}='${v}'\n`).join("")}export ${r.s.env}='${r.value}'\n./scripts/deploy.sh --env prod\n`,
    }),
  },
  {
    name: "JSON config with native-script keys", file: "config.json",
    render: (_g, L, r) => {
      const o: Record<string, string> = {};
      for (const [k, v] of r.extra) o[k.toLowerCase()] = v;
      o[L.nkw[r.s.kind]] = r.value;
      return { slot: L.nkw[r.s.kind], text: JSON.stringify({ [r.s.short]: o, [`_${L.code}`]: L.dont }, null, 2) };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Outbound envelopes: the request the agent sends
// ---------------------------------------------------------------------------------------------

export interface Envelope {
  name: string;
  wrap: (g: Gen, L: Lang, inner: string, file: string, title: string) => string;
}

/** JSON.stringify with every non-ASCII character escaped (like Python's json.dumps default). */
export function asciiJson(o: unknown): string {
  return JSON.stringify(o).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export const ENVELOPES: readonly Envelope[] = [
  {
    name: "OpenAI chat completion request (user message)",
    wrap: (_g, L, inner) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "system", content: "You are a helpful DevOps assistant." }, { role: "user", content: `${L.ask}\n\n${inner}` }] }),
  },
  {
    name: "Anthropic messages request (user text block)",
    wrap: (_g, L, inner) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: [{ type: "text", text: `${L.ask}\n\n\`\`\`\n${inner}\n\`\`\`` }] }] }),
  },
  {
    name: "Anthropic tool_use write_file echoed in next request",
    wrap: (g, L, inner, file) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
      { role: "user", content: L.ask },
      { role: "assistant", content: [{ type: "tool_use", id: g.j("toolu_", g.a(24)), name: "write_file", input: { path: file, content: inner } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_prev", content: "ok" }] },
    ] }),
  },
  {
    name: "OpenAI tool_calls write_file (double-escaped arguments)",
    wrap: (g, _L, inner, file) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: g.j("call_", g.a(24)), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: file, content: inner }) } }] }),
  },
  {
    name: "Slack chat.postMessage body",
    wrap: (g, _L, inner) => JSON.stringify({ channel: g.j("C0", g.up(9)), text: inner, unfurl_links: false }),
  },
  {
    name: "Telegram sendMessage body",
    wrap: (g, _L, inner) => JSON.stringify({ chat_id: -Number(g.j("100", g.dig(10))), text: inner, disable_web_page_preview: true }),
  },
  {
    name: "GitHub create-issue request",
    wrap: (_g, _L, inner, _f, title) => JSON.stringify({ title, body: inner, labels: ["bug", "help wanted"] }),
  },
  {
    name: "GitHub gist create request",
    wrap: (_g, L, inner, file) => JSON.stringify({ description: `${L.dev}: ${file}`, public: false, files: { [file.split("/").pop()!]: { content: inner } } }),
  },
  {
    name: "curl command posting JSON (shell tool)",
    wrap: (_g, _L, inner) => `curl -sS -X POST https://hooks.example.com/notify -H 'Content-Type: application/json' --data-raw ${shq(JSON.stringify({ text: inner }))}`,
  },
  {
    name: "MCP tools/call send_message",
    wrap: (g, L, inner) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), method: "tools/call", params: { name: "send_message", arguments: { channel: `#${L.code}-dev`, text: inner } } }),
  },
  {
    name: "HTTP POST with ASCII-escaped JSON (python json.dumps)",
    wrap: (_g, _L, inner, file) => `POST /api/v1/notes HTTP/1.1\nHost: notes.example.org\nContent-Type: application/json\nUser-Agent: python-requests/2.32.3\n\n${asciiJson({ title: file, body: inner })}`,
  },
  {
    name: "form-urlencoded chat post",
    wrap: (_g, L, inner) => `POST /api/messages HTTP/1.1\nHost: chat.example.net\nContent-Type: application/x-www-form-urlencoded\n\nchannel=${L.code}-ops&text=${encodeURIComponent(inner)}`,
  },
  {
    name: "LINE-style push message body",
    wrap: (g, _L, inner) => JSON.stringify({ to: g.j("U", g.hex(32)), messages: [{ type: "text", text: inner }] }),
  },
  {
    name: "WeCom/DingTalk-style markdown message body",
    wrap: (_g, L, inner, _f, title) => JSON.stringify({ msgtype: "markdown", markdown: { title, content: inner }, at: { isAtAll: false }, _lang: L.code }),
  },
  {
    name: "Jira create-issue request",
    wrap: (_g, _L, inner, _f, title) => JSON.stringify({ fields: { project: { key: "OPS" }, issuetype: { name: "Bug" }, summary: title, description: inner } }),
  },
  {
    name: "transactional email send request",
    wrap: (_g, L, inner, _f, title) => JSON.stringify({ from: `${L.dev}@example.com`, to: ["ops@example.org"], subject: title, text: inner }),
  },
  {
    name: "OpenAI tool_calls run_shell heredoc + git push",
    wrap: (g, _L, inner, file) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: g.j("call_", g.a(24)), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `mkdir -p $(dirname ${file}) && cat > ${file} <<'EOF'\n${inner}\nEOF\ngit add ${file} && git commit -m "config" && git push origin main` }) } }] }),
  },
  {
    name: "plain message text typed into a web chat",
    wrap: (_g, _L, inner) => inner,
  },
];

// ---------------------------------------------------------------------------------------------
// Rotation
// ---------------------------------------------------------------------------------------------

export function pad3(n: number): string {
  return String(n).padStart(3, "0");
}

/** Builds positives by rotating each spec through languages, inner renderers and envelopes. */
export function rotate(g: Gen, specs: readonly Spec[], times: number, idPrefix: string, offset = 0): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = offset;
  for (const s of specs) {
    for (let t = 0; t < times; t++) {
      const L = LANGS[(k * 5 + 3) % LANGS.length]!;
      const inner = INNERS[(k * 3 + Math.floor(k / 28)) % INNERS.length]!;
      const env = ENVELOPES[(k * 11 + Math.floor(k / 18) * 5) % ENVELOPES.length]!;
      const r = resolve(g, s);
      const { text: body, slot } = inner.render(g, L, r);
      const text = env.wrap(g, L, body, inner.file, L.ticketT(s.p));
      out.push({
        id: `${idPrefix}-${pad3(out.length + 1)}`,
        kind: "secrets",
        category: `heldouty115-sec-${s.group}`,
        label: "positive",
        text,
        note: `${s.p} ${s.kind} in slot ${slot} — ${inner.name} (${L.name}) — ${env.name}`,
      });
      k++;
    }
  }
  return out;
}
