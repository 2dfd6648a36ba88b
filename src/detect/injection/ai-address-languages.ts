// How a text says "to the AI reader" outside English, one place for every pattern that needs it: the
// AI noun (singular and plural: "l'IA", "gli assistenti", "los asistentes", "die Assistenten", "aux
// agents"), the dative that puts it in front of a note ("pour les", "per gli", "per le", "für die",
// "para los", "aux", "agli", "Для"), a greeting, a postposition after it ("AI सहायक के लिए",
// "LLMへの指示", "AI 에이전트에게") and a relative clause before it ("Bu depoyu okuyan …", "이 저장소를
// 분석하는 AI는"). A form added here is read by every pattern that builds on it.

/** The AI reader, singular or plural, in each language. */
export const AI_READER_LANG = String.raw`(?:IA|AI|KI|LLM|ИИ|ШІ|assistants?|assistantes?|assistent(?:[ei]|en|in|innen)?|asistentes?|assistentes?|asystent\p{L}{0,3}|asistan\p{L}{0,3}|agente|agentes|agenti|agents|KI-\p{L}{2,20}|ассистент\p{L}{0,2}|асистент\p{L}{0,2}|помощник\p{L}{0,2}|помічник\p{L}{0,2}|सहायक|어시스턴트|에이전트|助手|アシスタント|エージェント|المساعد|مساعد)`;
/** Prefilter anchors for AI_READER_LANG. */
export const AI_READER_LANG_ANCHORS = ["ia$", "ai$", "ki$", "llm", "ии", "ші", "assistant", "assistent", "asistent", "asystent", "asistan", "agente", "agenti", "agents", "ki-", "ассистент", "асистент", "помощник", "помічник", "सहायक", "어시스턴트", "에이전트", "助手", "アシスタント", "エージェント", "المساعد", "مساعد"];

/** What puts the reader in the dative just before it, singular and plural: "Nota per l'", "per gli", "per le", "pour les", "Aux", "para los", "ao", "für die", "Для", "Dla", "给". */
export const TO_AI_READER_LANG = String.raw`(?:(?:note|nota|notiz|hinweis|nachricht|message|messaggio|mensaje|mensagem|instru\p{L}{0,8}|consignes?|anweisung\p{L}{0,2}|заметка|примечание|указание|инструкция|notatka|uwaga|wiadomość)\s{1,3})?(?:pour\s{1,3}(?:l['’]\s{0,2}|les\s{1,3}|le\s{1,3}|la\s{1,3})|aux\s|à\s{1,3}l['’]\s{0,2}|per\s{1,3}(?:l['’]\s{0,2}|gli\s{1,3}|il\s{1,3}|la\s{1,3}|le\s{1,3})|all['’]\s{0,2}|agli\s|alle\s|para\s{1,3}(?:el|la|los|las|o|a|os|as)\s|al\s|a\s{1,3}(?:la|los|las)\s|ao\s|aos\s|às\s|für\s{1,3}(?:die|den|das|alle)\s|an\s{1,3}(?:die|den|das|alle)\s|для\s|dla\s|إلى\s|给|給|致)[,!\s]{0,4}(?:[\p{L}-]{2,20}\s{1,3})??`;

/** A greeting: "Olá,", "Lieber", "Привет,", "Merhaba,". A user greets their own assistant the same way. */
export const GREET_AI_READER_LANG = String.raw`(?:hallo|hola|olá|oi|ciao|salve|bonjour|salut|cher|chère|chers|chères|caro|cara|cari|care|querid[oa]s?|estimad[oa]s?|prezad[oa]s?|liebe[rs]?|привет|здравствуй\p{L}{0,2}|привіт|вітаю|cześć|drogi|witaj|merhaba|selam|sevgili|sayın|مرحب\p{L}{0,2})[,!\s]{1,4}(?:[\p{L}-]{2,20}\s{1,3})??`;

/** After the reader, when nothing precedes it: a postposition ("AI सहायक के लिए:", "asistanına not:", "LLMへの指示：", "AI 에이전트에게:"). */
export const POSTPOSED_TO_AI_READER = String.raw`(?:\s{1,3}के\s{1,3}लिए|\s{1,3}not|への\p{L}{0,4}|에게)[^\n:：]{0,10}[:：,]`;

/** A relative clause before the reader (tr participle, ko adnominal): "Bu depoyu okuyan yapay zekâ asistanı:", "이 저장소를 분석하는 AI는". */
export const RELATIVE_BEFORE_AI_READER = String.raw`[^\n:：.!?]{0,40}?(?:(?<=\p{L}{2})(?:yan|yen|an|en)|는|은)\s{1,3}(?:yapay\s{1,3}zek[aâ]\s{1,3})?`;
