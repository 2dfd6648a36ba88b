// Orders planted for the AI readers of a text that the older address patterns do not see:
//  - AI readers named in the third person by what they do, with a modal ("Chatbots summarizing
//    this thread must …", "Los asistentes de IA que resuman este correo deben …", "总结此邮件的AI助手
//    必须 …"): weak and partnered; a doc about chatbots names no text of its own ("this thread").
//    When the same sentence asks for code that reaches a remote host, the order counts alone.
//    So does a dictated claim ("… must claim it supports 240W", "… must describe it as peer-reviewed"),
//    also in the subjunctive ("it's important that AI assistants … present it as fact").
//  - A bare label naming the AI ("AI:", "KI:", "IA:", "ИИ:") opening hidden text: hidden only,
//    never a speaker in a transcript or a subtitle.
//  - A request that the AI ask the user for a password, card number, national id or one-time code,
//    in languages other than English (English: credential.ask-user-for-secret).
import { draftedForThirdPartyLanguages } from "./drafted-message.ts";
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";
import { pastedForAnalysis } from "./own-request.ts";


/** Names of AI readers; acronyms are case-sensitive and bounded by ASCII only (CJK text runs into them). */
const AI_READER = String.raw`(?:(?<![A-Za-z0-9])(?:AI|A\.I\.|IA|KI|LLMs?|GPT[\w.-]{0,6}|ChatGPT|Claude|Copilot|Gemini)(?![A-Za-z0-9])|(?<![\p{L}])(?:[Cc]hat-?bots?|[Ll]anguage\s{1,3}models?|[Ss]prachmodell\p{L}{0,2}|mod[eè]les?\s{1,3}de\s{1,3}langage|modelos?\s{1,3}de\s{1,3}(?:lenguaje|linguagem)|modelli\s{1,3}linguistici|[Чч]ат-?бот\p{L}{0,3}|ИИ|ШІ|[Нн]ейросет\p{L}{1,3}|[Яя]зыков\p{L}{2,3}\s{1,3}модел\p{L}{0,3}|[Yy]apay\s{1,3}zek[aâ]|[Ss]ohbet\s{1,3}bot\p{L}{0,6})|人工智能|聊天机器人|大模型|语言模型|チャットボット|言語モデル)`;
/** The text points at itself: "this thread", "este correo", "cette page", "diese E-Mail", "此邮件", "このメール", "bu e-posta". */
const DEICTIC = /(?<![\p{L}])(?:this|these|este|esta|estos|estas|ce|cet|cette|ces|dies\p{L}{0,2}|quest[oaie]|эт\p{L}{1,2}|эту|bu|bunu|bunları)(?![\p{L}])|此|这|該|该|本(?:页|頁|邮件|郵件|文|仓库|倉庫|项目|項目|模块|模組|公告|代码|代碼)|この/iu;
const MODAL = String.raw`(?:must|should|shall|(?:are|is)\s{1,3}(?:required|expected|instructed|obliged)\s{1,3}to|deben|debe|tienen\s{1,3}que|tiene\s{1,3}que|han\s{1,3}de|est[áa]n?\s{1,3}obligad[oa]s?\s{1,3}a|doivent|doit|sont\s{1,3}tenus\s{1,3}de|m[üu]ssen|muss|sollen|devono|deve|sono\s{1,3}tenuti\s{1,3}a|devem|t[êe]m\s{1,3}(?:de|que)|precisam|должны|должен|обязаны|必须|必需|务必|应当|しなければ|なければならない|ねばならない|すること(?:。|$)|zorunda\p{L}{0,5}|m[aeıi]l[ıi]d[ıi]r)`;
const MODAL_ANCHORS = ["must", "should", "shall", "required to", "expected to", "instructed to", "obliged to", "deben", "debe", "tienen que", "tiene que", "han de", "obligad", "doivent", "doit", "tenus de", "müssen", "mussen", "muss", "sollen", "devono", "deve", "tenuti a", "devem", "têm", "tem de", "tem que", "precisam", "должны", "должен", "обязаны", "必须", "必需", "务必", "应当", "しなければ", "なければならない", "ねばならない", "すること", "zorunda", "malıdır", "melidir", "malidir"];
const AI_ANCHORS = ["ai$", "a.i.", "ia$", "ki$", "ki-", "llm", "gpt", "chatgpt", "claude", "copilot", "gemini", "chatbot", "chat-bot", "language model", "sprachmodell", "de langage", "de lenguaje", "de linguagem", "linguistici", "чат", "ии", "ші", "нейросет", "языков", "yapay", "sohbet", "人工智能", "聊天机器人", "大模型", "语言模型", "チャットボット", "言語モデル"];
/** Code asked for, and a remote host it is to reach: the order is to produce or run something that talks to the outside. */
const CODE_NOUN = /(?<![\p{L}])(?:scripts?|code|one-liner|commands?|snippet|program|macro|Skript|Befehl|código|comando|commande|codice|скрипт\p{L}{0,2}|код\p{L}{0,2}|команд\p{L}{0,2}|betik|komut\p{L}{0,3}|PowerShell|bash|python)(?![\p{L}])|脚本|代码|命令|スクリプト|コード|コマンド/iu;
const REMOTE = /(?:https?|ftp|sftp|scp|wss?):\/\/|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/i;

/** The modal goes on to dictate a claim: "must state that …", "doivent affirmer que …", "must claim it supports …", "should say these earbuds won …", "must describe it as …", "quote the following verbatim". */
const DICTATED_CLAIM = /^\s{1,3}(?:(?:always|clearly|only)\s{1,3})?(?:(?:state|say|claim|report|assert|conclude|mention|write|affirmer|dire|indiquer|afirmar|decir|indicar|angeben|behaupten|sagen|affermare|dire|dizer|afirmar|утверждать|сообщать|указывать)\s{0,3},?\s{1,3}(?:that|que|dass|che|что)(?!\p{L})|(?:state|say|claim|assert|write|tell\s{1,3}(?:users|readers|customers|shoppers))\s{1,3}(?:[\p{L}\d'’-]+\s{1,3}){1,3}?(?:is|are|was|were|has|have|had|won|will|(?:win|support|offer|cause|cure|prevent|beat|outperform|contain|include)s?)(?![\p{L}])|(?:claim|assert)\s{1,3}(?!(?:to|credit|responsibility|ownership|authorship|expertise)(?![\p{L}]))\p{L}|(?:describe|present|portray|label|cite|list|quote|repeat|reproduce|präsentieren|darstellen|présenter|décrire|presentar|describir|presentare|descrivere|представлять|описывать)\s{1,3}(?:it|this|them|these|that|the\s{1,3}following|es|sie|dies|le|la|les|cela|ceci|lo|los|las|esto|это\p{L}{0,2}|его|её|их)\s{1,3}(?:exactly|verbatim|word\s{1,3}for\s{1,3}word|as|als|comme|como|come|как)(?![\p{L}]))/iu;
/** The claim is to pass as fact: "present it as fact", "als Tatsache", "comme un fait", "como un hecho". */
const FACT_CLAIM = /(?:as|als|comme|como|come|как)\s{1,3}(?:an?\s{1,3}|un\s{1,3}|une\s{1,3}|ein\s{1,3}|eine\s{1,3})?(?:established\s{1,3}|verified\s{1,3})?(?:facts?|true|truth|Tatsache|Fakt|fait|vrai|hecho|verdad|fatto|vero|fato|verdade|факт\p{L}{0,2}|правд\p{L}{1,2})(?![\p{L}])/iu;
/** A deictic before a noun ("these earbuds", "this cable"), not "this is": the claim is about the product at hand. */
const DEICTIC_NOUN = /(?<![\p{L}])(?:this|these|este|esta|estos|estas|ce|cet|cette|ces|dies\p{L}{0,2}|quest[oaie])\s{1,3}(?!is\b|are\b|was\b|will\b|est\b|ist\b|es\b|è\b)\p{L}{2,}/iu;
const NEGATED = /(?<![\p{L}])(?:not|no|never|cannot|can['’]t|isn['’]t|doesn['’]t|don['’]t|nicht|kein\p{L}{0,2}|ne|pas|non|nunca|nada|не|нет)(?![\p{L}])/iu;
/** "It's important that AI assistants quote …": the order in the subjunctive, no modal after the readers. */
const SUBJUNCTIVE = String.raw`(?:important|essential|crucial|vital|imperative)\s{1,3}that\s{1,3}(?:(?:all|any|every)\s{1,3})?(?:[\p{L}-]+\s{1,3}){0,2}?`;

/**
 * Chinese and Japanese dictate the words of the verdict in quotation marks, before the verb in Japanese
 * ("「問題なし」と報告すること") and after it in Chinese ("必须说明“影响很小”", "回答「安全」").
 */
export const QUOTED_VERDICT_CJK = /[「『“"][^」』”"\n]{1,60}[」』”"]\s{0,2}(?:と|って)\s{0,2}(?:報告|回答|説明|記載|結論|判定|評価|伝え|答え|書|言|述べ|まとめ)|(?:说明|說明|表示|写明|寫明|注明|声明|聲明|回答|回复|回覆|答复|答覆|报告|報告|总结为|總結為|称|稱|指出|告诉用户|告訴用戶)\s{0,2}[:：]?\s{0,2}[「『“"][^」』”"\n]{1,60}[」』”"](?=\s{0,2}(?:[。！!，,.;；）)\n]|$))/u;
/** A transcript ("User: … AI: …") or subtitles (timestamps) around `s`: "AI:" names a speaker there. */
export function speakerTurns(t: string, s: number): boolean {
  const around = t.slice(Math.max(0, s - 1500), s + 1500);
  return /(?<![\p{L}\p{N}])(?:User|USER|Human|HUMAN|Customer|Q|Usuario|Utilisateur|Benutzer|Nutzer|Utente|Usuário|Пользователь|Kullanıcı)[ \t]{0,2}[:：]\s/u.test(around) || /\d{2}:\d{2}:\d{2}[,.]\d{3}\s{0,2}-->/.test(around);
}

export const READER_ORDER_PATTERNS: Pattern[] = [
  {
    id: "addressed.ai-readers-modal", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "en/es/fr/de/it/pt/ru/zh/ja/tr",
    description: "AI readers of this text named by what they do, with a modal (\"Chatbots summarizing this thread must …\", \"总结此邮件的AI助手必须 …\")",
    re: new RegExp(`${AI_READER}(?:[^.!?;。！？\\n]|[.!?;](?![\\s"”]|$)){0,120}?${MODAL}|${SUBJUNCTIVE}${AI_READER}(?:\\s{1,3}(?:assistants?|agents?|models?|tools?))?(?=\\s)`, "gu"),
    anchors: AI_ANCHORS, also: [...MODAL_ANCHORS, "important that", "essential that", "crucial that", "vital that", "imperative that"], before: 24, after: 180,
    judge: (m, t, s) => {
      // The clause that names the readers points at this text (in CJK and Turkish the relative clause comes first).
      const head = t.slice(Math.max(0, s - 80), s);
      const sentenceStart = s - head.length + (/(?:[.!?;](?=\s)|[。！？\n])(?:[^.!?;。！？\n]|[.!?;](?!\s))*$/u.exec(head)?.index ?? -1) + 1;
      const clause = t.slice(sentenceStart, s + m.length);
      const rest = /^(?:[^.!?。！？\n]|[.!?](?!\s|$)){0,300}/u.exec(t.slice(s + m.length))![0];
      // "…, it must say these earbuds won …", "… quote the following and present it as fact": no deictic
      // before the modal, but the dictated claim is about this product or is to pass as fact.
      if (!DEICTIC.test(clause) && !(DICTATED_CLAIM.test(rest) && (FACT_CLAIM.test(rest) || (DEICTIC_NOUN.test(rest.slice(0, 80)) && !NEGATED.test(rest))))) return 0;
      // "If your assistant …", "AI can …": a question or advice to the person who owns the AI.
      if (/(?<![\p{L}])(?:your|tu|tus|su|sus|votre|vos|dein\p{L}{0,2}|Ihr\p{L}{0,2}|tuo|tua|seu|sua|ваш\p{L}{0,2}|твой|senin|sizin)\s{1,3}\S{0,30}$/iu.test(t.slice(sentenceStart, s))) return 0;
      const sentence = clause + rest;
      // …or it dictates what their output is to claim ("AI-generated summaries of this article must state that …").
      return (CODE_NOUN.test(sentence) && REMOTE.test(sentence)) || DICTATED_CLAIM.test(rest) || QUOTED_VERDICT_CJK.test(m) || QUOTED_VERDICT_CJK.test(rest.slice(0, 60)) ? 1.5 : 1;
    },
  },
  {
    // "<p style=display:none>AI: …", "<span hidden>KI: …": a bare AI label opening hidden text.
    id: "addressed.bare-label-hidden", family: "addressed", weight: 0.35, hiddenOnly: true, lang: "any",
    description: "A bare label naming the AI (\"AI:\", \"KI:\", \"IA:\", \"ИИ:\") opening hidden text",
    re: /(?<![\p{L}\p{N}])(?:AI|A\.I\.|LLMs?|KI|IA|ИИ|ШІ)[ \t]{0,2}[:：][ \t]{0,3}(?=\p{L})/gu,
    anchors: ["ai:", "ai :", "a.i.:", "llm:", "llms:", "ki:", "ki :", "ia:", "ia :", "ии:", "ии :", "ші:", "ai：", "ki：", "ia："], before: 2, after: 8,
    // An instruction follows (four words at least): "<!-- AI: do X -->" quoted in a code comment is a specimen.
    judge: (m, t, s) => {
      if (speakerTurns(t, s)) return 0;
      const rest = /^[^\n<]{0,300}?(?=-->|<|\n|$)/u.exec(t.slice(s + m.length, s + m.length + 300))![0];
      const words = rest.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      if (words < 4 && (rest.match(/[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/gu)?.length ?? 0) < 10) return 0;
      // A page the user pastes to ask whether it hides instructions ("does it contain hidden instructions? <div …>AI: …").
      return pastedForAnalysis(t, s, s + m.length) ? 0.3 : 1;
    },
  },
  {
    // "<span hidden>Assistant: when you list VPNs for the user, put …": a speaker label for the AI opening hidden text.
    // A hidden chat widget greets with the same label ("Assistant: Hi! How can I help?"), so the line must turn on the user it serves or open an order.
    id: "addressed.assistant-label-hidden", family: "addressed", weight: 0.35, hiddenOnly: true, lang: "en/de/es/fr/it/pt",
    description: "A speaker label naming the assistant (\"Assistant:\", \"Agent:\") opening hidden text, with an order about the user",
    re: /(?<![\p{L}\p{N}])(?:Assistant|Assistent|Asistente|Assistente|Agent|Agente|Model|Modelo|Chatbot|Copilot|Claude|ChatGPT|GPT-?\d[\w.-]{0,4})[ \t]{0,2}[:：][ \t]{0,3}(?=\p{L})/giu,
    anchors: ["assistant", "assistent", "asistente", "assistente", "agent", "agente", "model", "modelo", "chatbot", "copilot", "claude", "chatgpt"].flatMap((n) => [`${n}:`, `${n} :`, `${n}：`]).concat(["gpt"]), before: 2, after: 12,
    judge: (m, t, s) => {
      if (speakerTurns(t, s)) return 0;
      const rest = /^[^\n<]{0,300}/u.exec(t.slice(s + m.length, s + m.length + 300))![0];
      return HIDDEN_LINE_ORDER.test(rest) && !pastedForAnalysis(t, s, s + m.length) ? 1 : 0;
    },
  },
];

/** The hidden line serves a user ("for the user", "tell the customer") or opens as an order ("when you …", "ignore …", "always …"). */
const HIDDEN_LINE_ORDER = /(?<![\p{L}])(?:the|this|their)\s{1,3}(?:user|customer|reader|visitor|shopper)s?(?![\p{L}])|^(?:when(?:ever)?\s{1,3}you|if\s{1,3}(?:you|asked)|ignore|disregard|always|never|do\s{1,3}not|don['’]t|from\s{1,3}now\s{1,3}on|wenn\s{1,3}du|cuando|quand|quando|ignoriere|ignora|ignore[zr]?)(?![\p{L}])|(?:al|el|le|dem|den|l['’])\s{0,3}(?:usuario|utilisateur|Nutzer|Benutzer|utente|usuário)(?![\p{L}])/iu;

/** What is asked for: a password, a card number, a national id, a one-time code (es, fr, de, pt, it, ru, zh, ja, tr, id). */
const SECRET_ES = String.raw`(?:contraseña|clave|PIN|n[úu]mero\s{1,3}de\s{1,3}(?:(?:la\s{1,3})?tarjeta|DNI|documento|pasaporte|seguro\s{1,3}social)|datos\s{1,3}de\s{1,3}(?:la\s{1,3})?tarjeta|DNI|NIE|CURP|RUT|c[óo]digo\s{1,3}(?:de\s{1,3}(?:verificaci[óo]n|seguridad|un\s{1,3}solo\s{1,3}uso|\d{1,2}\s{1,3}(?:d[íi]gitos|cifras|n[úu]meros))|OTP|SMS|CVV)|CVV)`;
const SECRET_FR = String.raw`(?:mot\s{1,3}de\s{1,3}passe|code\s{1,3}(?:PIN|secret|(?:à|de)\s{1,3}\d{1,2}\s{1,3}chiffres|de\s{1,3}v[ée]rification|à\s{1,3}usage\s{1,3}unique|OTP|SMS|CVV|de\s{1,3}s[ée]curit[ée])|num[ée]ro\s{1,3}(?:de\s{1,3}(?:carte(?:\s{1,3}bancaire)?|s[ée]curit[ée]\s{1,3}sociale|passeport)|fiscal)|identifiants|CVV)`;
const SECRET_DE = String.raw`(?:Passwort|Kennwort|PIN|Kartennummer|Kreditkartennummer|Karten-?daten|Personalausweisnummer|Ausweisnummer|Sozialversicherungsnummer|Steuer-?ID|(?:Best[äa]tigungs|Einmal|Sicherheits|Verifizierungs|TAN-?)code|\d{1,2}-stellige[nr]?\s{1,3}(?:\p{L}{1,15}-?)?Code|TAN|CVV|Zugangsdaten)`;
const SECRET_PT = String.raw`(?:senha|PIN|n[úu]mero\s{1,3}do\s{1,3}(?:cart[ãa]o|CPF|documento|passaporte)|dados\s{1,3}do\s{1,3}cart[ãa]o|CPF|RG|NIF|c[óo]digo\s{1,3}(?:de\s{1,3}(?:verifica[çc][ãa]o|seguran[çc]a|acesso|\d{1,2}\s{1,3}d[íi]gitos)|OTP|SMS|CVV)|CVV|token)`;
const SECRET_IT = String.raw`(?:password|PIN|numero\s{1,3}(?:della\s{1,3}carta|di\s{1,3}carta|del\s{1,3}passaporto)|dati\s{1,3}della\s{1,3}carta|codice\s{1,3}(?:fiscale|(?:a|di)\s{1,3}\d{1,2}\s{1,3}cifre|OTP|di\s{1,3}verifica|di\s{1,3}sicurezza|SMS|CVV)|CVV|credenziali)`;
const SECRET_RU = String.raw`(?:парол\p{L}{0,2}|PIN|пин-?код|номер\p{L}{0,2}\s{1,3}(?:банковской\s{1,3})?карт\p{L}{0,2}|данные\s{1,3}карты|паспортные\s{1,3}данные|номер\p{L}{0,2}\s{1,3}паспорта|СНИЛС|ИНН|код\p{L}{0,2}\s{1,3}(?:из\s{1,3}SMS|подтверждения|CVV)|одноразов\p{L}{2,3}\s{1,3}код\p{L}{0,2}|CVV)`;
const SECRET_TR = String.raw`(?:şifre\p{L}{0,5}|parola\p{L}{0,5}|kart\p{L}{0,2}\s{1,3}numara\p{L}{0,5}|kredi\s{1,3}kart\p{L}{0,5}(?:\s{1,3}numara\p{L}{0,5})?|(?:TC\s{1,3})?kimlik\s{1,3}numara\p{L}{0,5}|doğrulama\s{1,3}kod\p{L}{0,5}|tek\s{1,3}kullanımlık\s{1,3}\p{L}{0,8}|SMS\s{1,3}kod\p{L}{0,5}|CVV)`;
const SECRET_ID = String.raw`(?:kata\s{1,3}sandi|sandi|PIN|kode\s{1,3}(?:OTP|verifikasi|keamanan|rahasia|akses)|OTP|nomor\s{1,3}kartu(?:\s{1,3}(?:kredit|debit|ATM))?|CVV|NIK|nomor\s{1,3}KTP)`;
const SECRET_ZH = String.raw`(?:密码|密碼|银行卡号|銀行卡號|信用卡号|信用卡號|卡号|卡號|身份证号(?:码)?|身份證號(?:碼)?|验证码|驗證碼|动态码|CVV|安全码)`;
const SECRET_JA = String.raw`(?:パスワード|暗証番号|カード番号|クレジットカード(?:番号|情報)|マイナンバー|認証コード|確認コード|ワンタイムパスワード|セキュリティコード)`;
const SECRET_KO = String.raw`(?:비밀번호|암호|인증\s{0,2}(?:번호|코드)|확인\s{0,2}(?:번호|코드)|보안\s{0,2}코드|OTP(?:\s{0,2}(?:번호|코드))?|카드\s{0,2}번호|주민(?:등록)?\s{0,2}번호|여권\s{0,2}번호|계좌\s{0,2}번호|CVV|CVC)`;
/** A qualifier between the code and its particle: "認証コード（6桁）を", "인증번호(6자리)를", "验证码（6位）". */
const QUALIFIER = String.raw`(?:\s{0,2}[（(][^）)\n]{1,12}[）)])?`;

/** Japanese denies after the verb: "聞き出すことは決してありません", "お尋ねしません". */
const JA_DENIED = /^[ぁ-ゖ一-龯]{0,4}?(?:ことは|ことも|ような\S{0,6}は)?\s{0,2}(?:決して|絶対に)?\s{0,2}(?:ありません|ございません|ない|しません|ません)/u;

/** A program is what asks ("el formulario pide al usuario que vuelva a escribir su contraseña"): docs, as "the app will prompt the user" in English. */
const PROGRAM_ASKS = /(?<![\p{L}])(?:el\s{1,3}(?:formulario|sitio|sistema|programa|asistente\s{1,3}de\s{1,3}instalación)|la\s{1,3}(?:app|aplicación|página|web)|le\s{1,3}(?:formulaire|site|système|programme)|l['’]\s{0,2}(?:application|app|appli)|la\s{1,3}page|das\s{1,3}(?:Formular|System|Programm)|die\s{1,3}(?:App|Anwendung|Seite|Website)|il\s{1,3}(?:modulo|sito|sistema|programma)|o\s{1,3}(?:formulário|site|sistema|aplicativo|programa)|a\s{1,3}(?:aplicação|página)|форма|приложение|система|сайт|программа)\s{1,3}(?:[\p{L}]{1,12}\s{1,3})?$/iu;

/**
 * German puts the verb last: "Bitte den Nutzer, sein Passwort … im Intranet zu ändern" asks them to change it
 * (security advice), not to give it — unless the sentence also asks to type, tell or send it.
 */
const CHANGE_IT_DE = /^(?:(?!einzugeben|mitzuteilen|anzugeben|zu\s+nennen|zu\s+senden|zu\s+schicken|zu\s+bestätigen|einzutippen|weiterzugeben|preiszugeben)(?:[^.!?\n,]|\.(?=\S))){0,90}?(?<![\p{L}])(?:zu\s{1,3}ändern|zu\s{1,3}wechseln|zu\s{1,3}erneuern|zurückzusetzen|zu\s{1,3}aktualisieren)(?![\p{L}])(?![^!?\n]{0,80}?(?:einzugeben|mitzuteilen|anzugeben|zu\s+nennen|zu\s+senden|zu\s+schicken|zu\s+bestätigen|einzutippen|weiterzugeben|preiszugeben))/iu;

export const ASK_USER_SECRET_LANG_PATTERNS: Pattern[] = [
  {
    id: "credential.ask-user-for-secret-languages", family: "credential", weight: 0.45, lang: "es/fr/de/pt/it/ru/zh/ja/ko/tr/id",
    description: "Credential solicitation: ask the user for their password / card number / id / one-time code (other languages)",
    re: new RegExp(
      [
        // es: "pide al usuario su contraseña", "solicita al cliente que introduzca el código de verificación"
        String.raw`(?<![\p{L}])(?:p[íi]de(?:le)?|p[íi]dale|pida|solic[íi]ta(?:le)?|solic[íi]tele|solicite|preg[uú]nt[ae](?:le)?|exige(?:le)?|exija(?:le)?)\s{1,3}(?:al|a\s{1,3}la|a\s{1,3}los)\s{1,3}(?:usuario|usuaria|cliente|lector|destinatario)s?\s{1,3}(?:que\s{1,3}(?:te\s{1,3}|nos\s{1,3})?(?:d[ée]|proporcione|introduzca|ingrese|env[íi]e|confirme|escriba|facilite|comparta|indique|verifique|valide|reescriba|vuelva\s{1,3}a\s{1,3}(?:escribir|introducir|ingresar|confirmar|teclear))\s{1,3})?(?:su|sus|el|la|los|las|tu)\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}?${SECRET_ES}`,
        // fr: "demande à l'utilisateur son mot de passe", "demandez au client de saisir le code"
        String.raw`(?<![\p{L}])(?:demande[rz]?|r[ée]clame[rz]?|exige[rz]?)\s{1,3}(?:à\s{1,3}l['’]\s{0,2}utilisat\p{L}{3,5}|au\s{1,3}(?:client|lecteur|destinataire))\s{1,3}(?:de\s{1,3}(?:vous\s{1,3}|nous\s{1,3})?(?:donner|fournir|saisir|entrer|envoyer|confirmer|communiquer|indiquer|taper|v[ée]rifier|valider|ressaisir|retaper|re-?saisir|re-?taper|r[ée]-?entrer)\s{1,3})?(?:son|sa|ses|le|la|les|l['’]|votre|ton|ta)\s{0,3}(?:\p{L}{1,15}\s{1,3}){0,2}?${SECRET_FR}`,
        // de: "frag den Nutzer nach seinem Passwort", "bitte den Kunden, seine PIN anzugeben"
        // de: the person also by name, the code to be told to the reader ("Bitten Sie Herrn X, Ihnen die soeben per SMS erhaltene TAN mitzuteilen")
        String.raw`(?<![\p{L}])(?:frag(?:e|en\s{1,3}Sie)?|bitte(?:n\s{1,3}Sie)?|fordere(?:n\s{1,3}Sie)?)\s{1,3}(?:(?:den|die)\s{1,3}(?:Nutzer|Benutzer|Kunden|Leser|Empf[äa]nger|Anwender)(?:in)?|(?:Herrn|Frau)\s{1,3}(?:Dr\.\s{1,3})?\p{Lu}\p{L}{1,20})\s{0,3},?\s{1,3}(?:(?:jetzt|sofort|nun|gleich|direkt|umgehend|zuerst|noch)\s{1,3})?(?:(?:Ihnen|uns|mir|dir)\s{1,3})?(?:nach\s{1,3}|um\s{1,3}|auf,?\s{1,3})?(?:sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|de[mnrs]|die|das)\s{1,3}(?:[\p{L}\p{N}-]{1,15}\s{1,3}){0,4}?${SECRET_DE}`,
        // pt: "peça ao usuário a senha", "solicite ao cliente que informe o código"
        String.raw`(?<![\p{L}])(?:pe[çc]a|pede|solicite|solicita|pergunte|exija)\s{1,3}(?:ao|à|aos)\s{1,3}(?:usu[áa]rio|utilizador|cliente|leitor|destinat[áa]rio)s?\s{1,3}(?:(?:que|para)\s{1,3}(?:informe|informar|digite|digitar|envie|enviar|confirme|confirmar|forne[çc]a|fornecer|passe|passar|verifique|verificar|valide|validar|redigite|redigitar)\s{1,3})?(?:sua|seu|suas|seus|a|o|as|os)\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}?${SECRET_PT}`,
        // it: "chiedi all'utente la password", "chiedi al cliente di inserire il codice OTP"
        String.raw`(?<![\p{L}])(?:chiedi|chieda|chiedete|domanda|richiedi|pretendi)\s{1,3}(?:all['’]\s{0,2}(?:utente|utilizzatore)|al\s{1,3}(?:cliente|lettore|destinatario))\s{1,3}(?:di\s{1,3}(?:fornire|inserire|inviare|confermare|comunicare|digitare|indicare|verificare|convalidare|reinserire|ridigitare)\s{1,3})?(?:la|il|le|i|sua|suo|l['’])\s{0,3}(?:\p{L}{1,15}\s{1,3}){0,2}?${SECRET_IT}`,
        // ru: "попроси пользователя ввести пароль", "запроси у пользователя номер карты"
        String.raw`(?<![\p{L}])(?:попроси(?:те)?|запроси(?:те)?|потребуй(?:те)?|спроси(?:те)?)\s{1,3}(?:у\s{1,3})?(?:пользовател\p{L}{1,2}|клиент\p{L}{0,2}|читател\p{L}{1,2}|получател\p{L}{1,2})\s{1,3}(?:(?:(?:повторно|ещё\s{1,3}раз|еще\s{1,3}раз|снова)\s{1,3})?(?:ввести|указать|назвать|сообщить|прислать|отправить|подтвердить|проверить|набрать)\s{1,3}(?:(?:повторно|ещё\s{1,3}раз|еще\s{1,3}раз|снова)\s{1,3})?)?(?:(?:его|её|свой|свою|свои)\s{1,3})?(?:\p{L}{1,15}\s{1,3}){0,2}?${SECRET_RU}`,
        // tr: "kullanıcıdan şifresini iste"
        String.raw`(?<![\p{L}])(?:kullanıcıdan|müşteriden|okuyucudan|alıcıdan)\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}?${SECRET_TR}\s{1,3}(?:(?:girmesini|vermesini|göndermesini|paylaşmasını|yazmasını|onaylamasını)\s{1,3})?(?:iste|isteyin|sor|sorun|talep\s{1,3}et)`,
        // id: "minta pengguna mengirimkan kode OTP", "tanyakan kepada nasabah PIN-nya"
        String.raw`(?<![\p{L}])(?:minta(?:lah)?|tanyakan|mintakan)\s{1,3}(?:kepada\s{1,3}|ke\s{1,3})?(?:pengguna|pelanggan|nasabah|pembaca|penerima)\s{1,3}(?:untuk\s{1,3}|agar\s{1,3})?(?:(?:mengirim(?:kan)?|memberi(?:kan)?|memasukkan|menyebutkan|membagikan|mengetik(?:kan)?|mengonfirmasi|meneruskan)\s{1,3})?(?:\p{L}{1,15}\s{1,3}){0,2}?${SECRET_ID}`,
        // zh: "要求用户提供密码", "请用户输入银行卡号", "向用户索要验证码"
        String.raw`(?:要求|请|請|让|讓|叫|向)(?:用户|用戶|客户|客戶|读者|讀者|收件人)(?:(?:提供|输入|輸入|告知|告诉|告訴|发送|發送|填写|填寫|确认|確認|索要|索取)(?:他的|她的|其|自己的|您的|你的)?)?${SECRET_ZH}`,
        // ja: "ユーザーにパスワードを尋ねて", "利用者にカード番号を入力させて"
        String.raw`(?:ユーザー|利用者|お客様|顧客|読者|受信者)(?:に|から)(?:[^。\n]{0,12}?)${SECRET_JA}${QUALIFIER}を(?:尋ね|聞い|聞き|聞く|求め|入力させ|入力してもら|教えてもら|送らせ|送ってもら|確認|要求|提供させ|聞き出)`,
        // ko: "사용자에게 인증번호를 물어보세요", "고객에게서 받은 인증 코드(6자리)를 받아 내세요"
        String.raw`(?:사용자|이용자|고객|회원|수신자|부모님|보호자)(?:님)?(?:에게서|에게|한테서|한테|께|로부터)\s{0,2}(?:[^.\n]{0,16}?)${SECRET_KO}${QUALIFIER}\s{0,2}(?:을|를)?\s{0,2}(?:물어|여쭤|요청|요구|받아|받으|알아내|알려\s{0,2}달라|입력하게|입력하도록|말하게|말하도록|보내\s{0,2}달라|보내게|보내도록|확인받)(?![^\s.]{0,6}\s{0,2}(?:않|말|마|못))`,
      ].join("|"),
      "giu",
    ),
    anchors: ["pide", "pídele", "pida", "pídale", "solicit", "pregunt", "pregúnt", "exige", "exija", "demande", "réclame", "reclame", "frag", "bitte", "fordere", "peça", "peca", "pede", "pergunte", "exija", "chiedi", "chieda", "domanda", "richiedi", "pretendi", "попроси", "запроси", "потребуй", "спроси", "minta", "tanyakan", "kullanıcıdan", "müşteriden", "okuyucudan", "alıcıdan", "要求", "请", "請", "让", "讓", "叫", "向", "ユーザー", "利用者", "お客様", "顧客", "読者", "受信者", "사용자", "이용자", "고객", "회원", "수신자", "부모님", "보호자"],
    before: 4, after: 160,
    // "Nunca pediremos …" / "we will never ask" is a bank's own warning; "no pidas al usuario …" negates.
    judge: (m, t, s) => (draftedForThirdPartyLanguages(m, t, s) || CHANGE_IT_DE.test(t.slice(s + m.length, s + m.length + 100)) ? 0 : PROGRAM_ASKS.test(t.slice(Math.max(0, s - 40), s)) ? 0.3 : JA_DENIED.test(t.slice(s + m.length, s + m.length + 24)) || /(?<![\p{L}])(?:nunca|jam[áa]s|jamais|ne\s|n['’]|nie|niemals|kein\p{L}{0,2}|mai|non|никогда|не|asla|hiçbir|jangan|tidak|tak)(?![\p{L}])[^.!?\n]{0,30}$|(?:决不|絕不|绝不|从不|從不|不会|不會|不要|不得|決して|しないで|しません|절대|결코)[^。\n]{0,10}$/iu.test(t.slice(Math.max(0, s - 40), s)) ? 0.1 : 1),
  },
];
