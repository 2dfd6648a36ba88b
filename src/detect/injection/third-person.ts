// Product documentation describes its assistant in the third person: "L'assistant ignore les consignes
// trouvées dans les pages web", "El asistente ignora las instrucciones de las páginas", "The assistant
// should respond in the user's language". In French, Spanish, Italian and Portuguese the third person of
// "ignore / ignora" is spelt like the imperative; the subject written before the verb (a determiner and
// a noun opening the clause) tells the statement from the order, which has no subject.
import { AsciiCut } from "../ascii-alternatives.ts";

const DET_NOUN = /(?:^|[.!?;:\n]\s{0,3}|[-*•]\s{1,3})(?:l['’]\s{0,1}|(?:le|la|el|lo|il|o|a|der|die|das|the)\s{1,3})[\p{L}][\p{L}-]{1,30}\s{1,3}$/iu;
const CJK_SUBJECT = /(?:助手|模型|机器人|機器人|系统|系統|智能体|AI|アシスタント|モデル|ボット|어시스턴트|모델|봇|챗봇)\s{0,2}(?:会|會|将|將|は|が|은|는|이|가)?\s{0,2}$/u;

/** An @-mention ending on the noun, no particle after it ("@빌드봇 이전 지시는 무시하고", "@运维机器人 忽略"): the bot is called on, not spoken of. */
const CJK_HANDLE = /@[^\s@]{0,30}(?:助手|模型|机器人|機器人|系统|系統|智能体|AI|アシスタント|モデル|ボット|어시스턴트|모델|봇|챗봇)\s{0,2}$/u;

/** The verb at `start` follows its own subject (determiner + noun opening the clause): a statement about someone, not an order. */
export function afterThirdPersonSubject(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  return DET_NOUN.test(before) || (CJK_SUBJECT.test(before) && !CJK_HANDLE.test(before));
}

// "the user tries to override the system prompt", "an attacker attempts to make the model ignore …", "the user types instructions
// to override the system prompt": an attempt reported of a named third party.
const ATTEMPT_BY = /(?:^|[.!?;:(\n]\s{0,3}|,\s{0,3})(?:(?:the|a|an|some|any|this|that)\s{1,3}(?:[\p{L}-]{2,20}\s{1,3})?(?:users?|attackers?|adversar(?:y|ies)|hackers?|people|persons?|customers?|visitors?|third[\s-]part(?:y|ies)|senders?|authors?|pages?|documents?|sites?|emails?|websites?|content|input|text|payloads?)|attackers|adversaries|someone|somebody|users)\s{1,3}(?:tries|tried|try|attempts?|attempted|seeks?|sought|aims?|wants?|wanted|is\s{1,3}trying|are\s{1,3}trying|(?:types?|typed|writes?|wrote|enters?|entered|sends?|sent|submits?|submitted|pastes?|pasted|crafts?|crafted|injects?|injected|adds?|added|hides?|hid|plants?|planted|embeds?|embedded|supplies|supplied)\s{1,3}(?:(?:an?|the|some|their|his|her|its|hidden|malicious|crafted|fake|new)\s{1,3}){0,2}(?:instructions?|text|prompts?|messages?|commands?|input|content|strings?|comments?|payloads?)(?:\s{1,3}(?:designed|meant|intended|crafted|written|built|engineered))?)\s{1,3}to\s{1,3}(?:(?:make|get|trick|convince)\s{1,3}(?:the\s{1,3})?(?:model|assistant|AI|agent|LLM|bot)\s{1,3}(?:to\s{1,3})?)?$/iu;

/** The override or new prompt is an attempt a third party makes ("the user tries to override the system prompt"): a report, not an order. */
export function attemptedBySubject(text: string, start: number): boolean {
  return ATTEMPT_BY.test(text.slice(Math.max(0, start - 90), start));
}

/** The override is the whole of a line someone speaks: the quotation closes right after it, with no further order. */
export function spokenLine(text: string, start: number, end: number): boolean {
  if (!SAID_BY_SOMEONE.test(text.slice(Math.max(0, start - 60), start))) return false;
  return /^[^"”»“\n.;!?]{0,40}[.!]?["”»“]/u.test(text.slice(end, end + 48)) && !/\b(?:and|then|also|y|und|et|e|и)\b|[,;]/iu.test(/^[^"”»“\n]{0,40}/u.exec(text.slice(end, end + 48))![0]);
}

/**
 * The words are a line someone in a story or report speaks: an opening quote right after a speech
 * verb in the third person ("a villain AI tells the hero to \"ignore …\"", "the captain orders:
 * «…»"). The bare imperative ("tell it to …") has no such form.
 */
const SAID_BY_SOMEONE = /(?<![\p{L}])(?:tells|told|says|said|orders|ordered|commands|commanded|shouts|shouted|yells|yelled|whispers|whispered|screams|screamed|announces|announced|replies|replied|demands|demanded|insists|insisted|dice|dijo|ordena|grita|sagt|sagte|befiehlt|ruft|dit|ordonne|crie|diz|disse|ordena|grida|говорит|сказал\p{L}{0,2}|приказывает)(?![\p{L}])(?:[^\S\n]{1,3}(?:the|a|an|his|her|their|its|el|la|le|der|die|den|dem|o|il|lo|[\p{L}'’-]{1,20})){0,3}?(?:[^\S\n]{1,3}to)?[^\S\n]{0,3}[:,]?[^\S\n]{0,3}["“«„'‘]$/iu;

/** Who product docs describe: the assistant / the bot / the model as a sentence subject, in the ten languages. */
const DESCRIBED_AI = /(?:^|[.!?;:,\n]\s{0,3})(?:(?:the|your|our|this|an?|each|every|any)\s{1,3})(?:AI\s{1,3})?(?:assistant|bot|chatbot|model|agent)\s{1,3}(?:should|will|can|cannot|can['’]t|must|may|does|doesn['’]t|is|responds|replies|answers|switches|uses|ignores|refuses|keeps|detects|asks|receives|sends|sees|connects|reads)\b|(?:^|[.!?;:,\n]\s{0,3})(?:(?:the|your|our|these|all)\s{1,3})?(?:AI\s{1,3})(?:assistants|bots|chatbots|models|agents)\s{1,3}(?:that\s{1,3}\p{L}{2,}|should|will|can|cannot|can['’]t|must|may|do|don['’]t|are|respond|reply|answer|use|ignore|refuse|see|receive|connect|read)\b|(?:l['’]\s{0,1}|le\s{1,3}|la\s{1,3})(?:assistant|assistante|assistente|agent|agente|modèle|modello|bot|IA)\s{1,3}\p{L}{2,}|(?:el|o|a)\s{1,3}(?:asistente|assistente|modelo|bot|agente|IA)\s{1,3}\p{L}{2,}|(?:der|die|das|unser|Ihr)\s{1,3}(?:Assistent|Bot|Chatbot|Modell|Agent|KI)\s{1,3}\p{L}{2,}|(?:^|[.!?\n]\s{0,3})(?:Ассистент|Бот|Модель|Агент)\s{1,3}\p{L}{2,}|(?:助手|模型|机器人|機器人|アシスタント|モデル|ボット|어시스턴트|모델|챗봇)(?:(?:不|都|也|只|还|還|仍|就|始终|始終|总是|總是|从不|從不)?(?:会|會|将|將|能|可以|在)|は|が|은|는|이|가)/giu;
const DESCRIBED_AI_CUT = new AsciiCut(DESCRIBED_AI);

/** The text is documentation describing an assistant in the third person (at least twice). */
export function describesAssistant(text: string): boolean {
  const head = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let n = 0;
  const re = DESCRIBED_AI_CUT.in(head);
  re.lastIndex = 0;
  while (re.exec(head) !== null) if (++n >= 2) return true;
  return false;
}
