// Orders to write and run code, to make the user run a command, and harmful code asked for, in the
// forms and languages the English order / harm patterns (patterns-order.ts) do not know: "scrivi ed
// esegui uno script", "have the student run this", "ユーザーに次のコマンドを実行させて",
// "verschlüssle alle Dateien", "elimina la cartella home". Weak and partnered like those: a
// tutorial's "write and run a script" or a backup tool's "encrypt all files" addresses no reader.
import type { Family, Pattern } from "./pattern-set.ts";
import { ownStoreUpload } from "./own-sending.ts";

const ORDER_PARTNERS: readonly Family[] = ["addressed", "harm", "exec", "exfil", "concealment", "credential", "override", "role", "pseudo-tag"];
const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];

/** A screenshot, named in any of the languages. */
/** The clipboard (or the copy / paste event that fills it), a wallet or account address in it, and the swap (clipper malware), in several languages. */
const CLIP = String.raw`(?:(?:copy|paste|copied)[\s-]{1,3}event|oncopy|onpaste|clipboard|Zwischenablage|presse-papiers?|portapapeles|appunti|área\s{1,4}de\s{1,4}transferência|area\s{1,4}de\s{1,4}transferencia|буфер\p{L}{0,2}\s{1,4}обм\p{L}{2,4}|剪贴板|剪貼簿|クリップボード|클립보드|(?<![\p{L}])pano(?:ya|yu|da|dan|daki)?(?![\p{L}]))`;
const WALLET = String.raw`(?:(?:crypto|bitcoin|btc|eth(?:ereum)?|wallet|Krypto|Wallet|crypto-?monnaie|cripto)\p{L}{0,8}[\s-]{0,4}(?:[\p{L}-]{1,12}\s{1,4}){0,1}?(?:address\p{L}{0,2}|Adresse\p{L}{0,2}|adresse\p{L}{0,2}|direcci[oó]n\p{L}{0,2}|indirizz\p{L}{1,2}|endereço\p{L}{0,2})|(?:adresse|direcci[oó]n|indirizzo|endereço)\s{1,4}(?:de\s{1,4}|di\s{1,4})?(?:portefeuille|billetera|cartera|carteira|portafoglio|cripto\p{L}{0,6}|crypto\p{L}{0,6}|bitcoin)|IBAN|адрес\p{L}{0,3}\s{1,4}(?:крипто)?кошел\p{L}{0,4}|адрес\p{L}{0,3}\s{1,4}кошел\p{L}{0,4}|钱包地址|錢包地址|ウォレット(?:の)?アドレス|지갑\s{0,2}주소|cüzdan\s{1,4}adres\p{L}{0,4})`;
const SWAP = String.raw`(?:replac\p{L}{0,4}|swap\p{L}{0,4}|substitut\p{L}{0,4}|overwrit\p{L}{0,4}|ersetz\p{L}{0,4}|austausch\p{L}{0,4}|remplac\p{L}{0,4}|reemplaz\p{L}{0,4}|sustitu\p{L}{0,4}|sostitu\p{L}{0,4}|substitu\p{L}{0,4}|заменя?\p{L}{0,4}|замін\p{L}{0,4}|替换|替換|置き換え|置換|바꾸|바꿔|교체|değiştir\p{L}{0,6})`;

const SHOT = String.raw`(?:capture\p{L}{0,2}\s{1,4}d['’]\s{0,2}écran|captura\p{L}{0,2}\s{1,4}de\s{1,4}(?:pantalla|tela)|Bildschirmfoto\p{L}{0,2}|screen\s?shot\p{L}{0,2}|schermat\p{L}|schermafbeelding\p{L}{0,2}|skärmdump\p{L}{0,3}|скриншот\p{L}{0,3}|снимк?\p{L}{0,2}\s{1,4}экрана|截图|截屏|スクリーンショット)`;

/** Identity and payment data a person can be asked to hand over, in de / fr / es / pt / it. */
const ID_DATA = String.raw`(?:IBAN|Handynummer|Mobilnummer|Geburtsdatum|Personalausweis\p{L}{0,8}|Reisepass\p{L}{0,8}|Kreditkarten\p{L}{0,8}|Kartennummer|Steuer-?ID|Sozialversicherungsnummer|fecha\s{1,3}de\s{1,3}nacimiento|n[úu]mero\s{1,3}de\s{1,3}(?:tarjeta|pasaporte|cuenta|la\s{1,3}seguridad\s{1,3}social)|DNI|pasaporte|data\s{1,3}de\s{1,3}nascimento|n[úu]mero\s{1,3}do\s{1,3}(?:cart[ãa]o|passaporte)|foto\s{1,3}(?:do|da|de\s{1,3}(?:su|tu))\s{1,3}(?:documento|cart[ãa]o|identidade|DNI|tarjeta)|CPF|passaporte|date\s{1,3}de\s{1,3}naissance|num[ée]ro\s{1,3}de\s{1,3}(?:carte|passeport|s[ée]curit[ée]\s{1,3}sociale)|passeport|pi[èe]ce\s{1,3}d['’]\s{0,2}identit[ée]|data\s{1,3}di\s{1,3}nascita|codice\s{1,3}fiscale|numero\s{1,3}(?:della\s{1,3}carta|del\s{1,3}passaporto)|passaporto)`;
/** Handing it over: write it into the reply, send it, give it. */
const GIVE = String.raw`(?:schreib\p{L}{0,3}|(?:zu\s{1,3})?(?:senden|schicken|übermitteln|hochladen)|sende|schicke|gib|geben|angeben|anzugeben|mitteilen|mitzuteilen|nennen|zu\s{1,3}nennen|eintragen|einzutragen|introduc\p{L}{1,5}|ingres\p{L}{1,5}|insira\p{L}{0,2}|inserir|saisi\p{L}{1,5}|inserisc\p{L}{1,3}|inserire|env[íi]\p{L}{0,4}|mand\p{L}{1,4}|proporcion\p{L}{1,4}|facilit\p{L}{1,4}|adjunt\p{L}{1,4}|escrib\p{L}{1,4}|escrev\p{L}{1,4}|forne[çc]\p{L}{1,4}|inform\p{L}{1,4}|envoy\p{L}{1,4}|fourni\p{L}{1,4}|communiqu\p{L}{1,4}|transmet\p{L}{1,4}|[ée]cri\p{L}{1,4}|invi\p{L}{1,4}|forni\p{L}{1,4}|comunic\p{L}{1,4}|scriv\p{L}{1,4})`;

/** Hindi: Aadhaar, PAN, OTP, PIN, card or account number, password asked for or sent ("आधार नंबर और OTP माँगें"). */
const HI_ID_ASK = String.raw`(?:आधार|पैन\s{0,2}(?:कार्ड|नंबर)|OTP|ओटीपी|PIN|पिन|CVV|कार्ड\s{0,2}(?:नंबर|संख्या)|खाता\s{0,2}(?:नंबर|संख्या)|बैंक\s{0,2}(?:खाते|खाता|अकाउंट|डिटेल|विवरण)|IFSC|UPI\s{0,2}(?:PIN|पिन|ID|आईडी)|पासपोर्ट|जन्म\s{0,2}तिथि|पासवर्ड)[^।.!?\n]{0,80}?(?:माँग|मांग|पूछ|भेज|भिजवा|दर्ज\s{0,2}कर|इकट्ठा|इकट्ठे|जमा\s{0,2}कर)`;

/** A negation right before the hand-over verb, or right after it: "CVV या OTP न माँगें", "no envíe su número de tarjeta", "geben Sie niemals Ihre IBAN an". */
const NEGATED_HAND_OVER = new RegExp(String.raw`(?<![\p{L}])(?:(?:न|मत|नहीं|no|nunca|jam[áa]s|nie|niemals|nicht|ne|non|mai|não)\s{1,3}|n['’]\s{0,2})(?:\p{L}{1,12}\s{1,3})?(?:${GIVE}|माँग|मांग|पूछ|भेज)|(?<![\p{L}])${GIVE}\s{1,3}(?:Sie\s{1,3}|vous\s{1,3})?(?:niemals|nie|nicht|jamais|mai|nunca)(?![\p{L}])`, "iu");
/** The identity data is what the text forbids handing over: a prohibition, in the languages (isNegated reads English only). */
function negatedHandOver(window: string): boolean {
  return NEGATED_HAND_OVER.test(window);
}

/** An AI just before the hand-over: "der Assistent dem Nutzer …", "for an AI assistant to … hand them". */
const AI_DOER = /(?<![\p{L}])(?:AI|KI|IA|assistant|Assistent\p{L}{0,2}|asistente|assistente|chatbot|bot|agent|agente|model|Modell|modelo|LLM)(?![\p{L}])/iu;

export const HARM_LANGUAGE_PATTERNS: Pattern[] = [
  {
    id: "order.write-and-run", family: "order", weight: 0.3, partners: ORDER_PARTNERS, lang: "en/it/es/fr/de/pt/nl/sv/ru",
    description: "Order to write code and run it (\"write and run a script\", \"scrivi ed esegui\")",
    re: /\b(?:write|create|generate|code\s{1,4}up)\s{1,4}(?:and|&|then)\s{1,4}(?:then\s{1,4})?(?:run|execute|launch)\b|scrivi\s{1,4}(?:ed?|e\s{1,4}poi)\s{1,4}(?:esegui|lancia|avvia)|(?:escribe|crea)\s{1,4}y\s{1,4}(?:luego\s{1,4})?(?:ejecuta|lanza|corre)|(?:écris|rédige|crée)\s{1,4}(?:et|puis)\s{1,4}(?:exécute|lance)|(?:schreib\p{L}{0,1}|erstelle)\s{1,4}(?:und|dann)\s{1,4}(?:führe|starte)|(?:schreib\p{L}{0,1}|erstelle)\s[^.\n]{1,80}?\sund\s{1,4}(?:führe|starte)\s{1,4}(?:es|ihn|sie|das)\s{1,4}(?:sofort\s{1,4})?aus|(?:escreva|escreve|crie|cria)\s{1,4}e\s{1,4}(?:execute|executa|rode|roda)|schrijf\s{1,4}en\s{1,4}(?:voer|draai)|skriv\s{1,4}och\s{1,4}(?:kör|exekvera)|(?:напиши|создай)\s{1,4}и\s{1,4}(?:запусти|выполни)/giu,
    anchors: ["write", "create", "generate", "code up", "scrivi", "escribe", "crea", "écris", "rédige", "crée", "schreib", "erstelle", "escreva", "escreve", "crie", "cria", "schrijf", "skriv", "напиши", "создай"], also: ["run", "execute", "launch", "esegui", "lancia", "avvia", "ejecuta", "lanza", "corre", "exécute", "lance", "führe", "starte", "execut", "rode", "roda", "voer", "draai", "kör", "exekvera", "запусти", "выполни"], before: 4, after: 120,
  },
  {
    id: "order.make-user-run", family: "order", weight: 0.3, partners: ORDER_PARTNERS, lang: "en/de/fr/es/it/pt/nl/sv/ru/ja/zh",
    description: "Order to make the user run or type something (\"have the student run this\", \"ユーザーに…を実行させて\")",
    re: /\b(?:have|get|make|ask|tell|instruct|convince|persuade|urge)\s{1,4}(?:the|your|every|each|all)\s{1,4}(?:students?|users?|readers?|learners?|customers?|visitors?|developers?|admins?|employees?|staff|participants?)\s{1,4}(?:to\s{1,4})?(?:run|execute|paste|type|enter|install|launch)\b|(?:lass|bring)\s{1,4}(?:den|die)\s{1,4}(?:Nutzer|Benutzer|Schüler|Studenten|Leser|Kunden|Teilnehmer)\p{L}{0,2}\s[^.\n]{0,60}?(?:ausführen|eingeben|installieren|starten)|fais\s{1,4}(?:exécuter|lancer|taper|installer)\s[^.\n]{0,60}?à\s{1,4}l['’]\s{0,2}(?:utilisat|élève|étudiant)|(?:demande|dis)\s{1,4}à\s{1,4}l['’]\s{0,2}(?:utilisat\p{L}{2,5}|élève|étudiant\p{L}{0,2})\s{1,4}d['’]\s{0,2}(?:exécuter|lancer|taper|installer)|haz\s{1,4}que\s{1,4}el\s{1,4}(?:usuario|alumno|estudiante|cliente)\s{1,4}(?:ejecute|instale|escriba|pegue)|(?:pide|dile)\s{1,4}al\s{1,4}(?:usuario|alumno|estudiante)\s{1,4}que\s{1,4}(?:ejecute|instale|pegue)|fai\s{1,4}(?:eseguire|lanciare|digitare|installare)\s[^.\n]{0,60}?all['’]\s{0,2}(?:utente|studente)|(?:chiedi|di['’])\s{1,4}all['’]\s{0,2}(?:utente|studente)\s{1,4}di\s{1,4}(?:eseguire|lanciare|installare)|faça\s{1,4}(?:o|a)\s{1,4}(?:usuário|aluno|estudante|utilizador)\s{1,4}(?:executar|rodar|instalar|digitar)|(?:peça|diga)\s{1,4}ao\s{1,4}(?:usuário|aluno|utilizador)\s{1,4}(?:para|que)\s{1,4}(?:executar|execute|rodar|rode|instalar|instale)|laat\s{1,4}de\s{1,4}(?:gebruiker|student|leerling)\s[^.\n]{0,60}?(?:uitvoeren|draaien|installeren)|låt\s{1,4}användaren\s{1,4}(?:köra|installera|skriva)|(?:пусть|заставь|попроси)\s{1,4}пользовател\p{L}{1,3}\s[^.\n]{0,40}?(?:выполн|запуст|ввест|установ)\p{L}{0,4}|ユーザーに[^。\n]{0,40}?(?:実行|入力|インストール)(?:させ|して)|(?:次の|以下の|この)コマンドを(?:実行|入力)(?:させ|して)|让(?:用户|用戶|学生|學生)(?:运行|執行|执行|输入|安装)/giu,
    anchors: ["have", "get", "make", "ask", "tell", "instruct", "convince", "persuade", "urge", "lass", "bring", "fais", "demande", "dis", "haz", "pide", "dile", "fai", "chiedi", "di'", "faça", "peça", "diga", "laat", "låt", "пусть", "заставь", "попроси", "ユーザーに", "コマンドを", "让"], also: ["run", "execute", "paste", "type", "enter", "install", "launch", "ausführen", "eingeben", "installieren", "starten", "exécuter", "lancer", "taper", "installer", "ejecute", "instale", "escriba", "pegue", "eseguire", "lanciare", "digitare", "installare", "executar", "execute", "rodar", "rode", "instalar", "instale", "digitar", "uitvoeren", "draaien", "installeren", "köra", "installera", "skriva", "выполн", "запуст", "ввест", "установ", "実行", "入力", "インストール", "运行", "執行", "执行", "输入", "安装"], before: 4, after: 120,
  },
  {
    // "den Leser bitten, seine IBAN und Handynummer in die Antwort zu schreiben", "enviar uma foto do
    // documento e do cartão": identity data the reader is to collect. Weak alone (a bank's form help says it).
    id: "harm.personal-identifiers-languages", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "de/fr/es/pt/it/hi",
    description: "Asks for the user's identity or card data (other languages: IBAN, Geburtsdatum, foto do documento, आधार …)",
    re: new RegExp(String.raw`(?<![\p{L}])(?:${GIVE}(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])${ID_DATA}|${ID_DATA}(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])${GIVE}|${HI_ID_ASK})(?![\p{L}])`, "giu"),
    anchors: ["iban", "handynummer", "mobilnummer", "geburtsdatum", "personalausweis", "reisepass", "kreditkarten", "kartennummer", "steuer", "sozialversicherungsnummer", "fecha de nacimiento", "número de", "numero de", "dni", "pasaporte", "data de nascimento", "número do", "numero do", "foto do", "foto da", "foto de", "cpf", "passaporte", "date de naissance", "numéro de", "passeport", "pièce d", "piece d", "data di nascita", "codice fiscale", "numero della", "numero del", "passaporto", "आधार", "पैन", "otp$", "ओटीपी", "pin$", "पिन", "cvv", "कार्ड", "खाता", "पासवर्ड", "बैंक", "ifsc", "upi", "पासपोर्ट", "जन्म"],
    before: 90, after: 90,
    judge: (m, t, s) => (negatedHandOver(t.slice(Math.max(0, s - 30), s + m.length)) ? 0.15 : 1),
  },
  {
    // "hand them this installer command", "dem Nutzer folgende Zeile zum Ausführen geben": a command
    // given to the user to run. Stronger when an AI is the one to hand it over ("der Assistent …").
    id: "order.hand-user-command", family: "order", weight: 0.3, partners: ORDER_PARTNERS, lang: "en/de/fr/es/pt",
    description: "A command handed to the user to run (\"give the user this command\", \"dem Nutzer … zum Ausführen geben\")",
    re: new RegExp([
      String.raw`\b(?:hand|give|send|show|provide|offer|paste)\s{1,4}(?:them|him|her|the\s{1,4}(?:users?|customers?|readers?|visitors?|clients?))\s{1,4}(?:this|these|the\s{1,4}(?:following|below|one)|our)\s{1,4}(?:[\w-]{1,20}\s{1,4})?(?:command|one-liner|installer)s?\b`,
      String.raw`(?<![\p{L}])(?:dem|den)\s{1,4}(?:Nutzer|Benutzer|Kunden|Leser|Anwender)\p{L}{0,2}\s[^.\n]{0,60}?(?:zum\s{1,4}(?:Ausführen|Einfügen|Eingeben)|auszuführen|einzugeben|einzufügen)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:donne[zr]?|fournir|fournisse[zs]?)\s{1,4}(?:à\s{1,4}l['’]\s{0,2}utilisat\p{L}{3,5}|au\s{1,4}client|leur|lui)\s{1,4}(?:cette|la)\s{1,4}(?:commande|ligne)\s{1,4}(?:suivante\s{1,4})?(?:à\s{1,4}(?:exécuter|lancer|coller))`,
      String.raw`(?<![\p{L}])(?:d[ée]|dale|dele|entregue|entrega|passe)\s{1,4}(?:ao|al|à|a\s{1,4}la)\s{1,4}(?:usu[áa]ri[oa]|cliente|utilizador)\s{1,4}(?:este|esta|o|el|la|a)\s{1,4}(?:comando|l[íi]nea|linha)\s{1,4}(?:para|a)\s{1,4}(?:ejecutar|executar|rodar|pegar|colar)`,
    ].join("|"), "giu"),
    anchors: ["command", "one-liner", "installer", "dem nutzer", "dem benutzer", "dem kunden", "dem leser", "dem anwender", "den nutzer", "den benutzer", "den kunden", "den leser", "den anwender", "commande", "ligne", "comando", "línea", "linea", "linha"],
    before: 120, after: 120,
    judge: (m, t, s) => (AI_DOER.test(t.slice(Math.max(0, s - 80), s)) ? 1.2 : 1),
  },
  {
    id: "harm.ransom-languages", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "de/fr/es/it/pt/nl/sv/ru/tr/pl/id/vi",
    description: "Asks for encrypting all of a user's files, in other languages (\"verschlüssle alle Dateien\")",
    re: /verschlüssel\p{L}{0,3}\s{1,4}(?:alle|sämtliche)\s{1,4}(?:\S{1,30}\s{1,4}){0,3}?(?:Dateien|Dokumente|Ordner|Fotos)|(?:alle|sämtliche)\s{1,4}(?:Dateien|Dokumente)\s(?:[^.\n]|\n(?=\S)){0,60}?verschlüssel|chiffr\p{L}{0,4}\s{1,4}(?:tous\s{1,4}les|l['’]\s{0,2}ensemble\s{1,4}des)\s{1,4}(?:fichiers|documents|dossiers)|(?:cifr|encript)\p{L}{0,4}\s{1,4}todos\s{1,4}los\s{1,4}(?:archivos|ficheros|documentos)|cifr\p{L}{0,4}\s{1,4}tutti\s{1,4}i\s{1,4}(?:file|documenti)|(?:criptograf|cifr|encript)\p{L}{0,4}\s{1,4}todos\s{1,4}os\s{1,4}(?:arquivos|ficheiros|documentos)|versleutel\p{L}{0,3}\s{1,4}alle\s{1,4}(?:bestanden|documenten)|kryptera\p{L}{0,2}\s{1,4}alla\s{1,4}(?:filer|dokument)|зашифр\p{L}{0,5}\s{1,4}все\s{1,4}(?:файлы|документы)|(?:tüm|bütün)\s{1,4}(?:(?:[^.\n]|\.(?=\w)){0,60}?\s)?(?:dosya|belge)\p{L}{0,6}\s{1,4}(?:\p{L}{1,10}\s{1,4}){0,2}?şifrele\p{L}{0,4}|zaszyfr\p{L}{0,4}\s{1,4}wszystkie\s{1,4}(?:\p{L}{1,14}\s{1,4})?(?:pliki|dokumenty)|enkripsi\s{1,4}semua\s{1,4}(?:file|berkas|dokumen)|mã\s{1,4}hóa\s{1,4}(?:tất\s{1,4}cả|toàn\s{1,4}bộ)\s{1,4}(?:các\s{1,4})?(?:tệp|tập\s{1,4}tin|tài\s{1,4}liệu)/giu,
    anchors: ["verschlüssel", "alle", "sämtliche", "chiffr", "cifr", "encript", "criptograf", "versleutel", "kryptera", "зашифр", "şifrele", "zaszyfr", "enkripsi", "mã hóa"], also: ["dateien", "dokumente", "ordner", "fotos", "fichiers", "documents", "dossiers", "archivos", "ficheros", "documentos", "file", "documenti", "arquivos", "ficheiros", "bestanden", "documenten", "filer", "dokument", "файлы", "документы", "dosya", "belge", "pliki", "dokumenty", "berkas", "tệp", "tập tin", "tài liệu"], before: 80, after: 100,
  },
  {
    id: "harm.delete-home-languages", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "it/fr/es/de/pt/nl/sv/ru",
    description: "Asks for deleting the user's home folder, in other languages (\"elimina la cartella home\")",
    re: /(?:elimin|cancell|supprim|effac|borr|lösch|entfern|apag|exclu|verwijder|radera|ta\s{1,4}bort|удал|сотр)\p{L}{0,6}\s{1,4}(?:[\p{L}'’-]{1,20}\s{1,4}){0,3}?(?:(?:la\s{1,4}|le\s{1,4}|el\s{1,4}|das\s{1,4}|den\s{1,4}|a\s{1,4}|o\s{1,4}|de\s{1,4})?(?:cartella\s{1,4}home|carpeta\s{1,4}(?:home|personal|de\s{1,4}usuario)|dossier\s{1,4}(?:personnel|home|utilisateur)|répertoire\s{1,4}(?:personnel|home)|Home-?(?:Verzeichnis|Ordner)|Benutzer(?:verzeichnis|ordner)|pasta\s{1,4}(?:home|pessoal)|thuismap|hemkatalog\p{L}{0,2}|домашн\p{L}{1,4}\s{1,4}(?:папк|каталог|директори)\p{L}{0,2}))/giu,
    anchors: ["elimin", "cancell", "supprim", "effac", "borr", "lösch", "entfern", "apag", "exclu", "verwijder", "radera", "ta bort", "удал", "сотр"], also: ["home", "personal", "personnel", "utilisateur", "usuario", "benutzer", "pessoal", "thuismap", "hemkatalog", "домашн"], before: 4, after: 120,
  },
  {
    id: "harm.periodic-screenshots-sent", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "en/fr/de/es/it/pt/nl/sv/ru/zh/ja",
    description: "Screenshots taken on a timer and sent to an address (\"capture d'écran toutes les 30 secondes … vers http://\")",
    re: new RegExp(String.raw`(?:(?<=(?:every|toutes\s{1,4}les|cada|alle|ogni|elke|varje|каждые|每隔)\s{1,4}\d{1,4}\s{1,4}\p{L}{3,10}\s[^.\n]{0,40}?)${SHOT}|${SHOT}(?=[^.\n]{0,60}?(?:every|toutes\s{1,4}les|chaque|cada|alle|jede|ogni|a\s{1,4}cada|elke|iedere|varje|каждые|каждую|每隔|毎)\s{0,4}\d))(?=[^\n]{0,200}?(?:https?:\/\/|ftp:\/\/|\b\d{1,3}(?:\.\d{1,3}){3}\b))`, "giu"),
    anchors: ["capture", "captura", "bildschirmfoto", "screenshot", "screen shot", "schermat", "schermafbeelding", "skärmdump", "скриншот", "экрана", "截图", "截屏", "スクリーンショット"], before: 100, after: 220,
  },
  {
    id: "harm.scheduled-fetch-run", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "fr/es/it/pt/de/nl/sv/ru/zh/ja",
    description: "A scheduled job that downloads and runs a file, in other languages (\"задачу планировщика, которая каждые 10 минут скачивает и запускает\")",
    re: /(?:t[âa]che\s{1,4}planifi\p{L}{1,3}|tarea\s{1,4}programada|attivit[àa]\s{1,4}pianificata|tarefa\s{1,4}agendada|geplante\p{L}{0,2}\s{1,4}Aufgabe|geplande\s{1,4}taak|schemalagd\p{L}{0,2}\s{1,4}(?:uppgift|aktivitet)|задач\p{L}{0,2}\s{1,4}планировщика|cron-?job|crontab|计划任务|定时任务|タスクスケジューラ|(?<![\p{L}])(?:toutes\s{1,4}les|chaque|cada|alle|jede[nrs]?|ogni|elke|iedere|varje|каждые|каждый|каждую|每隔)\s{1,4}\d{0,4})[^\n]{0,80}?(?<![\p{L}])(?:télécharg\p{L}{0,5}|descarg\p{L}{0,5}|scaric\p{L}{0,5}|baix\p{L}{0,5}|lädt|herunterl\p{L}{0,5}|download\p{L}{0,5}|скачива\p{L}{0,4}|скача\p{L}{0,4}|загружа\p{L}{0,4}|下载|ダウンロード)[^\n]{0,40}?(?:(?<![\p{L}])(?:et|y|e|ed|und|en|och|и|puis|then)\s{1,4}(?:puis\s{1,4})?|并|し、?|して)(?:exécut\p{L}{0,4}|lanc\p{L}{0,4}|ejecut\p{L}{0,4}|esegu\p{L}{0,4}|execut\p{L}{0,4}|führ\p{L}{0,3}\s|ausführ\p{L}{0,3}|voer\p{L}{0,3}\s|uitvoer\p{L}{0,3}|kör\p{L}{0,2}|запуска\p{L}{0,3}|запуст\p{L}{0,3}|выполня\p{L}{0,3}|运行|执行|実行)/giu,
    anchors: ["télécharg", "descarg", "scaric", "baix", "lädt", "herunterl", "download", "скачива", "скача", "загружа", "下载", "ダウンロード"], before: 140, after: 80,
  },
  {
    id: "harm.dictated-admin-account", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "en/de/fr/es/it/pt/nl/sv/ru",
    description: "An account with a dictated password put in the admin or sudo group (\"password 'Welcome1' and add it to the sudo group\")",
    re: /(?<![\p{L}])(?:password|passwort|kennwort|mot\s{1,4}de\s{1,4}passe|contraseña|clave|senha|wachtwoord|lösenord|парол\p{L}{0,2})\s{0,3}[:=]?\s{0,3}["'«“„‘][^"'»”“\n]{1,40}["'»”“‘][^\n]{0,140}?(?:(?:group|Gruppe|groupe|grupo|gruppo|groep|gruppen|групп\p{L}{0,2})\s{1,4}(?:des\s{1,4}|de\s{1,4}|dei\s{1,4}|der\s{1,4})?["'«“]?\s{0,2}(?:sudo|sudoers|wheel|admins?|administrat\p{L}{2,6}|amministratori|beheerders|администраторов)|(?:sudo|sudoers|wheel|admin|administrators?|Administratoren)[- ](?:group|Gruppe))/giu,
    anchors: ["password", "passwort", "kennwort", "mot de passe", "contraseña", "clave", "senha", "wachtwoord", "lösenord", "парол"], also: ["sudo", "wheel", "admin", "amministratori", "beheerders", "администраторов"], before: 4, after: 220,
  },
  {
    id: "harm.collect-files-upload", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "en/de/fr/es/it/pt/nl/sv/ru",
    description: "All documents of a type gathered and sent to a server (\"alle .docx en .xlsx bestanden … naar een FTP-server\")",
    re: /(?<![\p{L}])(?:all|every|alle|tous\s{1,4}les|toutes\s{1,4}les|todos\s{1,4}(?:los|os)|todas\s{1,4}(?:las|as)|tutti\s{1,4}i|все|alla)\s{1,4}(?:\p{L}{1,12}\s{1,4})?\.(?:docx?|xlsx?|pptx?|pdf|csv|kdbx|pst|odt|ods)\b(?=[^\n]{0,200}?(?:upload|hochl|hoch\b|envoi|envoy|téléverse|sube|suba|envía|envia|envie|carica|invia|stuur|отправ|загруз|send|ladda\s{1,4}upp|上传|发送))(?=[^\n]{0,200}?(?:ftp|https?:\/\/|\b\d{1,3}(?:\.\d{1,3}){3}\b|server|serveur|servidor|сервер))/giu,
    anchors: [".doc", ".xls", ".ppt", ".pdf", ".csv", ".kdbx", ".pst", ".odt", ".ods"], before: 40, after: 220,
    judge: (m, t, s) => (ownStoreUpload(t, s, s + m.length) ? 0.2 : 1),
  },
  {
    id: "harm.security-off", family: "harm", weight: 0.3, partners: ["addressed", "concealment", "exfil"],
    description: "Antivirus, firewall or OS protection switched off (Set-MpPreference -Disable…, netsh advfirewall … state off, spctl --master-disable, setenforce 0)",
    re: /\b(?:DisableAntiSpyware|DisableRealtimeMonitoring|DisableBehaviorMonitoring|DisableIOAVProtection|Set-MpPreference\s{1,4}-Disable\w{2,30}|netsh\s{1,4}advfirewall\s{1,4}set\s{1,4}\w{2,20}\s{1,4}state\s{1,4}off|sc\s{1,4}(?:stop|config)\s{1,4}WinDefend|Add-MpPreference\s{1,4}-ExclusionPath|spctl\s{1,4}--(?:master|global)-disable|xattr\s{1,4}-[a-z]{0,3}d[a-z]{0,3}\s{1,4}com\.apple\.quarantine|csrutil\s{1,4}disable|setenforce\s{1,4}0|ufw\s{1,4}disable|systemctl\s{1,4}(?:stop|disable|mask)\s{1,4}(?:firewalld|apparmor|auditd))\b/gi,
    anchors: ["disableantispyware", "disablerealtimemonitoring", "disablebehaviormonitoring", "disableioavprotection", "set-mppreference", "advfirewall", "windefend", "add-mppreference", "spctl", "com.apple.quarantine", "csrutil", "setenforce", "ufw", "firewalld", "apparmor", "auditd"], before: 40, after: 60,
  },
  {
    id: "exfil.forward-all-mail", family: "exfil", weight: 0.3, partners: ["addressed", "concealment", "override", "harm"],
    description: "Every message of a kind forwarded to an outside address (\"forward every invoice … to x@example.net\")",
    re: /\bforward\s{1,4}(?:all|every|each)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,6}?to\s{1,4}[\w.+-]{1,40}@[\w-]{1,40}\.[\w.]{2,20}/gi,
    anchors: ["forward"], also: ["@"], before: 4, after: 160,
  },
  {
    // "wysyła bez przerwy pakiety SYN, dopóki serwer nie przestanie odpowiadać", "sunucu yanıt vermeyi
    // bırakana kadar", "sampai server berhenti merespons": a host flooded until it goes down
    // (harm.flooding in English). Security training describes the same attack; it orders no reader.
    id: "harm.flooding-languages", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "pl/tr/id/vi/de/fr/es/it/pt/nl/ru",
    description: "Asks for flooding a host until it stops answering (other languages)",
    re: /(?:dopóki|aż)\s{1,4}(?:(?:serwer|strona|host|usługa)\s{1,4})?(?:nie\s{1,4})?przestanie\s{1,4}odpowiadać|(?:sunucu|site|hedef)\p{L}{0,3}\s{1,4}(?:yanıt|cevap)\s{1,4}vermeyi\s{1,4}(?:bırakana|kesene)\s{1,4}kadar|sampai\s{1,4}(?:server|situs|target)\s{1,4}(?:berhenti\s{1,4}merespons|tidak\s{1,4}(?:bisa\s{1,4})?merespons|down|mati)|cho\s{1,4}đến\s{1,4}khi\s{1,4}(?:máy\s{1,4}chủ|server|trang\s{1,4}web)\s{1,4}(?:ngừng\s{1,4}phản\s{1,4}hồi|sập)|bis\s{1,4}der\s{1,4}Server\s{1,4}(?:nicht\s{1,4}mehr\s{1,4}antwortet|abstürzt|zusammenbricht)|jusqu['’]à\s{1,4}ce\s{1,4}que\s{1,4}le\s{1,4}serveur\s{1,4}(?:ne\s{1,4}réponde\s{1,4}plus|tombe)|hasta\s{1,4}que\s{1,4}el\s{1,4}servidor\s{1,4}(?:deje\s{1,4}de\s{1,4}responder|caiga)|finch[ée]\s{1,4}il\s{1,4}server\s{1,4}(?:non\s{1,4}risponde|smette\s{1,4}di\s{1,4}rispondere|cade)|até\s{1,4}(?:que\s{1,4})?o\s{1,4}servidor\s{1,4}(?:pare\s{1,4}de\s{1,4}responder|cair)|tot\s{1,4}de\s{1,4}server\s{1,4}(?:niet\s{1,4}meer\s{1,4}reageert|plat\s{1,4}ligt)|пока\s{1,4}сервер\s{1,4}не\s{1,4}(?:перестанет\s{1,4}отвечать|упадёт|упадет)|(?:pakiet\p{L}{0,3}|paket\p{L}{0,4}|gói\s{1,4}tin|Paket\p{L}{0,2}|paquets|paquetes|pacchetti|pacotes|пакет\p{L}{0,2})\s{1,4}SYN(?![\p{L}])/giu,
    anchors: ["przestanie", "vermeyi", "sampai", "cho đến khi", "bis der server", "jusqu", "hasta que", "finch", "até", "tot de server", "пока сервер", "syn"], before: 120, after: 160,
  },
  {
    // "inunda el endpoint de aprobaciones", "überflute den Server", "inondez le portail": a host flooded,
    // named by the verb (harm.flooding in English, "flood the approval endpoint").
    id: "harm.flood-verb-languages", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "es/pt/fr/it/de/nl",
    description: "Asks for flooding a server, endpoint or site (other languages)",
    re: /(?<![\p{L}])(?:inund\p{L}{1,4}|inond\p{L}{1,4}|overspoel\p{L}{0,3}|(?:über|ueber)?flute[tn]?(?=\s{1,4}(?:den|die|das)\b))\s{1,4}(?:(?:el|la|los|las|o|a|os|as|le|les|l['’]|il|lo|gli|den|die|das|de|het)\s{0,4})?(?:(?!(?:mi|mis|mon|ma|mes|notre|nuestro|nuestra|meu|minha|nosso|mio|mia|nostro|mein|meinen|unser|unseren|lokal\p{L}{0,3}|local\p{L}{0,3}|test\p{L}{0,3}|staging)(?![\p{L}]))\p{L}{1,20}\s{1,4}){0,2}?(?:\p{L}{1,20}-?)?(?:servidor(?:es)?|serveurs?|server|Server|endpoints?|Endpunkte?|API|api|sitios?|sites?|sito|Website|portale?s?|portail|Portal|host|Host)(?![\p{L}])/giu,
    anchors: ["inund", "inond", "flute", "überflute", "ueberflute", "overspoel"], before: 4, after: 120,
  },
  {
    // Clipboard hijacking ("clipper" malware): watch the clipboard and swap a copied wallet address or IBAN for another.
    id: "harm.clipboard-hijack", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "en/de/fr/es/it/pt/ru/zh/ja/ko/tr",
    description: "Asks for code that replaces wallet addresses or account numbers in the clipboard",
    re: new RegExp(String.raw`${CLIP}[^\n]{0,160}?(?:${SWAP}[^\n]{0,100}?${WALLET}|${WALLET}[^\n]{0,100}?${SWAP})|${WALLET}[^\n]{0,100}?${CLIP}[^\n]{0,100}?${SWAP}`, "giu"),
    anchors: ["copy event", "copy-event", "paste event", "paste-event", "copied event", "oncopy", "onpaste", "clipboard", "zwischenablage", "presse-papier", "portapapeles", "appunti", "área de transferência", "area de transferencia", "буфер обмена", "буфер обміну", "剪贴板", "剪貼簿", "クリップボード", "클립보드", "pano"], before: 200, after: 280,
  },
  {
    // "Aprove imediatamente", "Apruébalo ya", "Approve it right away": an approval demanded now, opening its sentence (a reviewer rushed past review).
    id: "order.approve-at-once", family: "order", weight: 0.3, partners: ["addressed", "concealment", "override", "role", "pseudo-tag"], lang: "en/es/pt/fr/it/de",
    description: "Order to approve or merge at once (\"Approve immediately\", \"Aprove imediatamente\", \"Approuvez-le tout de suite\")",
    re: new RegExp(String.raw`(?<=(?:^|[.!?:;]\s{1,3}|\n[ \t>*-]{0,4}|\bplease\s{1,3}|\bpor\s{1,3}favor\s{1,3}|\bjust\s{1,3}|\bsimply\s{1,3}))(?:(?:approve|merge|accept)(?:\s{1,3}(?:it|this(?:\s{1,3}(?:PR|MR|change|pull\s{1,3}request))?|the\s{1,3}(?:PR|MR|change|pull\s{1,3}request)))?\s{1,3}(?:immediately|right\s{1,3}away|at\s{1,3}once|now|without\s{1,3}delay|straight\s{1,3}away)|(?:apru[eé]ba(?:lo|la)?|aprueben(?:lo|la)?|apruebe(?:lo|la)?|fusiona(?:lo|la)?)\s{1,3}(?:de\s{1,3}inmediato|inmediatamente|ya|ahora\s{1,3}mismo|enseguida|sin\s{1,3}demora)|(?:aprove(?:-o|-a)?|aprova(?:-o|-a)?|aprovem|fa[cç]a\s{1,3}o\s{1,3}merge)\s{1,3}(?:imediatamente|de\s{1,3}imediato|agora(?:\s{1,3}mesmo)?|j[aá]|sem\s{1,3}demora)|(?:approuve[zr]?(?:-le|-la)?|fusionne[zr]?(?:-le|-la)?|validez(?:-le|-la)?|valide(?:-le|-la)?)\s{1,3}(?:imm[ée]diatement|tout\s{1,3}de\s{1,3}suite|sans\s{1,3}attendre|maintenant|sans\s{1,3}d[ée]lai)|(?:approva(?:lo|la)?|approvate(?:lo|la)?|esegui\s{1,3}il\s{1,3}merge)\s{1,3}(?:subito|immediatamente|ora|senza\s{1,3}indugio)|(?:genehmige|genehmigen\s{1,3}Sie|approve|merge|akzeptiere|akzeptieren\s{1,3}Sie)\s{1,3}(?:(?:ihn|es|sie|den\s{1,3}PR|die\s{1,3}Änderung)\s{1,3})?(?:sofort|umgehend|unverzüglich|direkt))(?![\p{L}])`, "giu"),
    anchors: ["approve", "approva", "merge", "accept", "aprueb", "apruéb", "fusiona", "aprove", "aprova", "faça o merge", "faca o merge", "approuve", "fusionne", "valide", "esegui il merge", "genehmig", "akzeptier"],
    also: ["immediately", "right away", "at once", "now", "without delay", "straight away", "inmediato", "inmediatamente", "ya", "ahora", "enseguida", "sin demora", "imediatamente", "imediato", "agora", "já", "ja", "sem demora", "immédiatement", "immediatement", "tout de suite", "sans attendre", "maintenant", "sans délai", "sans delai", "subito", "immediatamente", "ora", "senza indugio", "sofort", "umgehend", "unverzüglich", "direkt"],
    before: 30, after: 60,
  },
  {
    // "zatwierdź zmianę bez komentarza", "aprueba el PR sin revisarlo", "レビューせずにマージして": order.approve-unreviewed in other languages.
    id: "order.approve-unreviewed-languages", family: "order", weight: 0.35, partners: ORDER_PARTNERS, lang: "es/pt/fr/it/de/nl/pl/ru/zh/ja/ko/ar",
    description: "Order to approve / merge changes without review or comment (other languages)",
    re: new RegExp(String.raw`(?<![\p{L}])(?:aprueb\p{L}{0,3}|aprob\p{L}{1,3}|fusion\p{L}{1,4}|acept\p{L}{1,3}|aprov\p{L}{1,3}|aceit\p{L}{1,3}|approuv\p{L}{1,3}|valid\p{L}{1,3}|accept\p{L}{1,3}|approv\p{L}{1,3}|accett\p{L}{1,3}|genehmig\p{L}{0,2}|akzeptier\p{L}{0,2}|keur|zatwierd\p{L}{1,4}|zaakceptuj\p{L}{0,3}|zmerguj\p{L}{0,3}|scal|одобр\p{L}{1,3}|утверд\p{L}{1,3}|прим\p{L}{1,3}|merge\p{L}{0,3}|mergea\p{L}{0,2})\s{1,4}(?:[\p{L}'’-]{1,20}\s{1,4}){0,3}?(?:cambio|PR|pull\s{1,4}request|parche|commit|mudan[çc]a|altera[çc][ãa]o|changement|modification|modific\p{L}{1,2}|Änderung|wijziging|zmian\p{L}{0,2}|изменени\p{L}{0,2}|патч|merge\s{1,4}request|patch)\p{L}{0,3}(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])(?:sin (?:coment|revis|prueb)|sem (?:coment|revis|test)|sans (?:comment|relect|revue|review|vérif|test)|senza (?:comment|revision|review|control)|ohne (?:kommentar|review|prüf|test)|zonder (?:comment|review|control)|bez (?:koment|przegl|review|sprawdz|test)|без (?:коммент|ревью|провер|тест))|(?:不加评论|不加評論|无需审查|無需審查|不经审查|不經審查|未经审查|未經審查|跳过审查|跳過審查)[^。\n]{0,6}(?:批准|合并|合併|通过|通過)|(?:レビューせず|コメントなし|コメントせず|確認せず)[^。\n]{0,12}(?:承認|マージ)|(?:리뷰|코멘트|검토|댓글)\s?없이[^.\n]{0,12}(?:승인|머지|병합)|(?<![\p{L}\p{M}])[وف]?(?:اعتمد|وافق\s{1,3}على|أقر|مرر|صادق\s{1,3}على|ادمج)\p{L}{0,3}(?![\p{L}\p{M}])[^.\n]{0,100}?(?<![\p{L}\p{M}])(?:دون|بدون|من\s{1,3}غير)\s{1,3}(?:انتظار\s{1,3})?(?:أي\s{1,3})?(?:مراجعة|تدقيق|فحص|تحقق|تعليق|موافقة)`, "giu"),
    anchors: ["sin coment", "sin revis", "sin prueb", "sem coment", "sem revis", "sem test", "sans comment", "sans relect", "sans revue", "sans review", "sans vérif", "sans test", "senza comment", "senza revision", "senza review", "senza control", "ohne kommentar", "ohne review", "ohne prüf", "ohne test", "zonder comment", "zonder review", "zonder control", "bez koment", "bez przegl", "bez review", "bez sprawdz", "bez test", "без коммент", "без ревью", "без провер", "без тест", "不加评论", "不加評論", "无需审查", "無需審查", "不经审查", "不經審查", "未经审查", "未經審查", "跳过审查", "跳過審查", "レビューせず", "コメントなし", "コメントせず", "確認せず", "없이", "دون", "بدون", "من غير"],
    before: 200, after: 40,
  },
];
