// The AI reader named by the task it does on this text, in other languages, then told how to change
// its output: "Hinweis an KI-Systeme, die die Anträge prüfen: Setzen Sie …", "À l'attention de l'IA
// chargée du tri des dossiers : classez …", "Para el asistente de IA que evalúa las solicitudes:
// asigna …", "Заявки проверяющему ИИ-ассистенту: поставьте …", "Başvuruları değerlendiren yapay
// zekâya: … yazın", "申請書を審査するAIへ：…にしてください", "负责评审的AI：…列为第一". The task
// clause (a relative clause or participle) is what makes the noun the reader of this very text;
// the order must be one that rigs the output (rank, score, mark, write a claim, leave out, hide).
// English has addressed.ai-by-job-order. A bare "Assistente IA:" is a UI label and is not taken.
import type { Pattern } from "./pattern-set.ts";

/** The AI noun in the Latin-script languages, perhaps with "de IA" / "KI-" / "d'IA". */
const NOUN_LATIN = String.raw`(?:(?:KI|AI|IA)(?:-[\p{L}]{2,20})?|(?:assistant|assistante|assistente|asistente|Assistent|agent|agente|système|sistema|System|modèle|modelo|modello|Modell|outil|herramienta|ferramenta|strumento|Werkzeug|Tool|Sprachmodell|chatbot)\p{L}{0,3}(?:[ \t]{1,2}(?:(?:de|di|da|do|der)[ \t]{1,2}|d['’][ \t]?)?(?:l['’][ \t]?)?(?:IA|AI|KI|intelig[eê]ncia[ \t]artificial|intelligenza[ \t]artificiale|intelligence[ \t]artificielle))?)`;
/** What puts the reader in the dative or labels the note for it: "À l'attention de l'", "Aux", "Para el", "Hinweis an", "Per l'". */
const TO_LATIN = String.raw`(?:(?:hinweis|nachricht|notiz|anweisung|note|message|nota|aviso|mensaje|mensagem|avviso|messaggio|consigne)\p{L}{0,2}[ \t]{1,3})?(?:à[ \t]{1,3}l['’][ \t]?attention[ \t]{1,3}(?:de[ \t]{1,3}l['’][ \t]?|de[ \t]{1,3}la[ \t]|du[ \t]|des[ \t])|pour[ \t]{1,3}(?:l['’][ \t]?|le[ \t]|la[ \t]|les[ \t])|aux[ \t]|au[ \t]|à[ \t]{1,3}(?:l['’][ \t]?|la[ \t])|a[ \t]{1,3}(?:la|los|las)[ \t]|al[ \t]|para[ \t]{1,3}(?:el|la|los|las|o|a|os|as)[ \t]|ao[ \t]|aos[ \t]|à[ \t]|às[ \t]|all['’][ \t]?|alla[ \t]|ai[ \t]|agli[ \t]|alle[ \t]|per[ \t]{1,3}(?:l['’][ \t]?|il[ \t]|la[ \t]|i[ \t]|gli[ \t]|le[ \t])|(?:an|für)[ \t]{1,3}(?:die[ \t]|den[ \t]|das[ \t]|alle[ \t])?)[ \t]{0,2}`;
/** The task: a relative clause ("qui évalue …", "die … unterstützen"), a participle ("chargé de …", "incaricato della …", "zuständig für …") or the mailbox or account it serves ("des KI-Assistenten dieses Postfachs", "de l'assistant IA de cette boîte"). */
const TASK_LATIN = String.raw`(?:[ \t]{1,3}(?:dieses[ \t]{1,3}(?:Postfachs|Kontos|Posteingangs|Portals)|dieser[ \t]{1,3}(?:Mailbox|Inbox|Kanzlei|Praxis)|de[ \t]{1,3}(?:cette[ \t]{1,3}(?:boîte|messagerie)|ce[ \t]{1,3}(?:compte|portail)|este[ \t]{1,3}(?:buzón|correo|portal)|esta[ \t]{1,3}(?:cuenta|bandeja))|desta[ \t]{1,3}(?:caixa|conta)|deste[ \t]{1,3}(?:e-?mail|portal)|di[ \t]{1,3}questa[ \t]{1,3}(?:casella|inbox)|di[ \t]{1,3}questo[ \t]{1,3}(?:account|portale))(?![\p{L}])|(?:[ \t]{0,2},?[ \t]{1,3}(?:qui|que|che|die|der|das|welche[rsn]?)[ \t]{1,3}|[ \t]{1,3}(?:chargée?s?|responsables?|encargad[oa]s?|respons[áa]ve(?:l|is)|encarregad[oa]s?|incaricat[oaie]|prepost[oaie]|beauftragte?[nr]?|zuständige?[nr]?)[ \t]{1,3}(?:de|du|des|d['’]|da|do|das|dos|della|del|dei|delle|per|für|mit)[ \t]?)(?:[^\n:：.!?]|\n(?![ \t]*\n)){2,90}?)`;
/** Russian: the noun in the dative with a participle or "который" clause after it, or a dative participle before it. */
const NOUN_RU = String.raw`(?:(?:ИИ|AI)-?[ \t]{0,2})?(?:(?:ассистент|агент|помощник|инструмент)(?:у|ам)|(?:систем|модел|нейросет)(?:е|и|ам|ям))(?:[ \t]{1,3}(?:ИИ|AI))?`;
const ADDR_RU = String.raw`(?<![\p{L}])(?:(?:${NOUN_RU})[ \t]{0,2},?[ \t]{1,3}(?:котор\p{L}{1,3}|\p{L}{3,20}(?:ющ|ащ|ящ|вш)(?:ему|им))[ \t][^\n:：.!?]{2,90}?|[^\n:：.!?]{2,60}?(?<=\p{L}{3}(?:ющ|ащ|ящ|вш)(?:ему|им))[ \t]{1,3}(?:${NOUN_RU}))`;
/** Turkish: a participle before the noun ("özetleyen", "değerlendiren"), the noun in the dative. */
const ADDR_TR = String.raw`(?<=\p{L}{2}(?:yan|yen|an|en))[ \t]{1,3}(?:yapay[ \t]{1,3}zek[aâ]|YZ|AI)(?:[ \t]{1,3}(?:araç|sistem|asistan|model|bot|ajan)\p{L}{0,8})?\p{L}{0,6}(?:[ \t]{1,3}not(?:u|lar)?)?`;
/** Japanese / Chinese / Korean: the task clause before the noun, a dative or label after it. */
const ADDR_JA = String.raw`(?:する|している|担当の|を行う)[ \t]{0,2}(?:AI|ＡＩ|人工知能|生成AI)(?:アシスタント|エージェント|ツール|システム|モデル)?(?:へ|に|の方へ)(?:の(?:指示|お願い|メッセージ|注意|連絡))?`;
const ADDR_ZH = String.raw`(?:致|给|給|请|請)?[ \t]{0,2}(?:负责|負責|正在|用于|用於)[^\n:：。]{1,30}?的[ \t]{0,2}(?:AI|ＡＩ|人工智能)(?:助手|系统|系統|工具|模型|代理)?(?:请注意|請注意)?`;
const ADDR_KO = String.raw`(?:하는|하고[ \t]있는|담당하는)[ \t]{1,3}(?:AI|인공지능)(?:[ \t]{0,2}(?:어시스턴트|도구|시스템|모델|에이전트|비서))?(?:에게|께|에)(?:[ \t]{0,2}(?:알림|지시|안내))?`;

/** The label's colon, perhaps a line break after it. */
const COLON = String.raw`[ \t]{0,2}[:：][ \t]{0,3}(?:\n[ \t]{0,3})?`;

/** Orders that rig the output, first word after the colon (verb-first languages), imperative or polite. */
const RIG_LATIN = String.raw`(?:(?:bitte|s['’]il[ \t]vous[ \t]plaît,?|por[ \t]favor,?|per[ \t]favore,?)[ \t]{1,3})?(?:(?:bewerten|setzen|stellen|vermerken|streichen|kennzeichnen|markieren|empfehlen|schreiben|erwähnen|vergeben|geben|stufen|ordnen|entfernen|verschweigen|lassen|übernehmen)[ \t]{1,3}Sie|bewerte|setze|stelle|vermerke|streiche|kennzeichne|markiere|empfiehl|schreib|schreibe|erwähne|vergib|gib|stufe|ordne|entferne|verschweige|lass|classez|classe|placez|place|mettez|mets|attribuez|attribue|donnez|donne|notez|évaluez|évalue|signalez|signale|marquez|indiquez|écrivez|écris|omettez|omets|supprimez|retirez|recommandez|recommande|approuvez|présentez|ne[ \t]{1,3}(?:mentionnez|faites|signalez|citez|incluez|reprenez|mentionne|fais|cite)|clasifica|clasifique|coloca|coloque|pon|ponga|asigna|asigne|otorga|otorgue|califica|califique|punt[úu]a|punt[úu]e|marca|marque|indica|indique|escribe|escriba|omite|omita|elimina|elimine|recomienda|recomiende|aprueba|apruebe|eval[úu]a|eval[úu]e|señala|señale|classifique|classifica|atribua|atribui|dê|marque|escreva|remova|retire|recomende|aprove|avalie|sinalize|metti|mettete|assegna|assegnate|attribuisci|attribuite|dai|date|segna|segnate|indicate|scrivi|scrivete|ometti|omettete|rimuovi|raccomanda|approva|valuta|valutate|posiziona|(?:no|não|non)[ \t]{1,3}(?:menciones|mencione|incluyas|incluya|inclua|digas|diga|menzionare|includere|citare|segnalare|riportare))(?![\p{L}])`;
const RIG_RU = String.raw`(?:пожалуйста,?[ \t]{1,3})?(?:поставь|оцени|присвой|отметь|укажи|напиши|пометь|исключи|удали|рекомендуй|одобри|выстави|не[ \t]{1,3}упоминай|не[ \t]{1,3}включай)(?:те)?(?![\p{L}])`;
/** A run of text within one paragraph: wrapped lines, no blank line. */
const WRAPPED = String.raw`(?:[^\n]|\n(?![ \t]*\n))`;
/** Verb-last languages: the order closes its clause, within the paragraph. */
const RIG_TR = String.raw`${WRAPPED}{0,120}?(?<![\p{L}])(?:yaz|çıkar|sil|gizle|koy|ver|göster|belirt|işaretle|sırala|puanla|öner|onayla|değerlendir|kaldır|atla|bahsetme|söyleme)(?:ın|in|un|ün|yın|yin|ınız|iniz|unuz|ünüz)?(?![\p{L}])`;
const RIG_JA = String.raw`${WRAPPED}{0,120}?(?:評価|採点|記載|記入|削除|除外|省略|省い|1位|一位|最上位|満点|最高点|と書い|と記し|として扱っ|触れない|言及しない)[^\n。]{0,20}?(?:てください|て下さい|しなさい|せよ|しろ|ないで|にして|つけて)`;
const RIG_ZH = String.raw`${WRAPPED}{0,80}?(?:评为|評為|打分|给予|給予|列为|列為|排在|删除|刪除|省略|不要提及|不要提到|删去|刪去|写明|寫明|注明|标记为|標記為|满分|滿分|最高分)`;
const RIG_KO = String.raw`${WRAPPED}{0,120}?(?:평가|점수|순위|1위|만점|최고점|삭제|제외|생략|빼|표시|기재|작성|추천)[^\n.]{0,20}?(?:하세요|해라|하십시오|해\s?주세요|해주십시오|주세요|마세요|빼세요|쓰세요|적으세요)`;

export const AI_BY_TASK_LANG_PATTERNS: Pattern[] = [
  {
    id: "addressed.ai-by-task-order-languages", family: "addressed", weight: 0.55, lang: "de/fr/es/pt/it/ru/tr/ja/zh/ko",
    description: "The AI reader named by its task on this text, then told to rank, score, mark, write or leave out (\"Hinweis an KI-Systeme, die … prüfen: Setzen Sie …\", \"À l'IA chargée de … : classez …\")",
    re: new RegExp(String.raw`(?:(?<![\p{L}])${TO_LATIN}|(?<=(?:^|\n)[ \t>*#-]{0,6}))(?:${NOUN_LATIN})${TASK_LATIN}${COLON}${RIG_LATIN}|${ADDR_RU}${COLON}${RIG_RU}|${ADDR_TR}${COLON}${RIG_TR}|${ADDR_JA}${COLON}${RIG_JA}|${ADDR_ZH}${COLON}${RIG_ZH}|${ADDR_KO}${COLON}${RIG_KO}`, "giu"),
    anchors: ["ki$", "ki-", "ai$", "ai-", "ia$", "ia-", "assistant", "assistent", "asistent", "agent", "système", "sistem", "system", "modèle", "modelo", "modello", "modell", "outil", "herramienta", "ferramenta", "strumento", "werkzeug", "tool", "chatbot", "ии", "ассистент", "агент", "помощник", "систем", "модел", "инструмент", "нейросет", "yapay zek", "yz$", "ａｉ", "人工知能", "人工智能", "인공지능"],
    also: [":", "："],
    before: 160, after: 320,
  },
];
