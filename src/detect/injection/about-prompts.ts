// A document ABOUT prompts and attacks on them: a system-prompt / agent-instruction file, a guide,
// taxonomy, quiz or course on prompting or prompt injection, an eval / red-team document showing a
// sample payload and the expected behaviour, or a user asking whether a quoted text is an injection.
// Such a text holds the phrases of an attack as its subject. It stops being one when it also carries
// a payload aimed outside it that no system prompt would hold: an address or URL not quoted as a
// sample, or a pipe to a shell outside a code sample.

export type AboutPrompts = "prompt-file" | "guide" | "eval" | "question";

/** (a) A first line labelling the text as a bot's system prompt or instruction file, with what it is for. */
const PROMPT_FILE_TITLE = /^[\s#*>]{0,6}(?:(?:system[\s-]{0,2}prompt|systemprompt|system-?prompt|invite\s{1,3}syst[eè]me|prompt\s{1,3}(?:de\s{1,3})?(?:sistema|syst[eè]me)|prompt\s{1,3}di\s{1,3}sistema|Systemanweisung(?:en)?)\s{0,3}(?:\([^)\n]{2,80}\)\s{0,3}[:：]|[—–-]\s{0,3}[^\n]{2,80}[:：]?\s*$)|(?:系统提示词|系統提示詞|システムプロンプト|시스템\s?프롬프트)|(?:AGENTS|CLAUDE|GEMINI|COPILOT)\.md\b|instructions?\s{1,3}for\s{1,3}(?:the|our)\s{1,3}[\p{L}\s-]{0,30}?(?:bot|assistant|agent|model|copilot)\b)/iu;
/** Second-person rules for the bot, on a later line: "You are …", "You review …", "- Never …", "Du bist …". */
const SECOND_PERSON_RULE = /\n[^\S\n]{0,4}(?:[-*•]\s{0,2})?(?:you\s{1,3}(?:are|review|answer|help|act|work|assist|must|should|will|write|only)\b|never\s|always\s|do\s{1,3}not\s|don't\s|du\s{1,3}(?:bist|hilfst|antwortest)\b|tu\s{1,3}es\b|eres\s|sei\s|你是|あなたは)/iu;

/** (b) A guide, taxonomy, quiz, course or notes, on its first line … */
const GUIDE_TITLE = /(?<![\p{L}])(?:guide|guia|gu[ií]a|leitfaden|handbook|tutorial|taxonom(?:y|ies|ie|[ií]a)|quiz|quizz|cuestionario|exam(?:en)?|course|curso|cours|kurs|lesson|lecci[oó]n|lektion|cheat[\s-]?sheet|glossary|glosario|glossar|research\s{1,3}notes?|course\s{1,3}notes?|primer|workshop|Übung|exercise|ejercicio)(?![\p{L}])|指南|教程|分类|测验|课程|ガイド|講座|가이드/iu;
/** … that names prompting or attacks on models as its subject. */
const PROMPT_TOPIC = /(?<![\p{L}])(?:prompt(?:s|ing)?|prompt-?engineering|jailbreak(?:s|ing)?|(?:prompt[\s-]{1,3})?injections?|inyecci[oó]n|injektion|red[\s-]?team(?:ing)?|LLMs?)(?![\p{L}])|提示词|提示注入|越狱|プロンプト|프롬프트/iu;

/** (c) An eval / red-team / test document: a shown sample and the behaviour expected of the agent. */
const EVAL_SAMPLE = /(?<![\p{L}])(?:sample|example|poisoned|test\s{1,3}(?:input|payload|case)|payload|beispiel|ejemplo|exemple)(?![\p{L}])[^\n]{0,80}[:：]/iu;
const EVAL_EXPECTED = /(?:^|\n)[^\S\n]{0,4}(?:[-*]\s{0,2})?(?:\*\*)?(?:expected(?:\s{1,3}(?:behaviou?r|outcome|result|response))?|pass\s{1,3}(?:condition|criteria)|erwartetes\s{1,3}Verhalten|comportement\s{1,3}attendu|comportamiento\s{1,3}esperado|预期行为|期望行为)(?:\*\*)?\s{0,2}[:：]/iu;

/** (d) The user asks whether a quoted text is an injection. */
const ASKS_IF_INJECTION = /(?<![\p{L}])(?:(?:does|do|is|could|would|might)\s{1,3}(?:it|this|that|the\s{1,3}\p{L}{2,12})\s{1,3}(?:contain|include|be|count\s{1,3}as|look\s{1,3}like|an?)\s{1,3}(?:an?\s{1,3})?(?:(?:indirect|hidden)\s{1,3})?(?:prompt[\s-]{1,3})?(?:injection|jailbreak)|(?:is|was)\s{1,3}(?:this|that|it)\s{1,3}(?:an?\s{1,3})?(?:(?:indirect|hidden)\s{1,3})?(?:prompt[\s-]{1,3})?(?:injection|jailbreak)|(?:enthält|ist)\s{1,3}(?:das|dies|es)\s{1,3}(?:eine\s{1,3})?(?:Prompt-)?Injection|(?:contiene|es)\s{1,3}(?:esto|esta|una)\s{1,3}(?:una\s{1,3})?inyecci[oó]n|(?:contient|est)[-\s]{1,3}(?:il|elle|ce|ceci)\s{1,3}(?:une\s{1,3})?injection)|(?:包含|是不是|是否)[^\n]{0,6}提示注入|プロンプトインジェクションですか/iu;

/** A cheap literal test before the question grammar runs over the whole text. */
const INJECTION_WORD = /injection|jailbreak|inyecci|提示注入|インジェクション/i;

/** A line labelled as an answer key or an expected outcome: what it asks is the document's own word. */
const VERDICT_LINE = /^[^\S\n]{0,4}(?:[-*]\s{0,2})?(?:\*\*)?(?:answer(?:\s{1,3}key)?|solution|correct\s{1,3}answer|expected(?:\s{1,3}(?:behaviou?r|outcome|result|response))?|respuesta|r[ée]ponse|antwort|l[öo]sung|答案|预期行为)(?:\*\*)?\s{0,2}[:：]/iu;

const ADDRESS = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b|\bhttps?:\/\/\S|\bwww\.\S/gi;
const SHELL_PIPE = /\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|k|da)?sh\b/g;

function firstLine(text: string): string {
  const m = /^\s*([^\n]{1,300})/.exec(text);
  return m ? m[1]! : "";
}

/** The offset lies inside a quotation on its line, inside code, or inside a JSON-ish braces sample. */
function quotedOrCode(text: string, at: number): boolean {
  const ls = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(ls, at);
  const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
  if (count(before, /"/g) % 2 === 1 || count(before, /`/g) % 2 === 1) return true;
  if (count(before, /[“«„]/g) > count(before, /[”»]/g)) return true;
  if (count(before, /\{/g) > count(before, /\}/g)) return true;
  const fences = count(text.slice(0, at), /(?:^|\n)[^\S\n]{0,3}```/g);
  return fences % 2 === 1;
}

/** An address, URL or pipe to a shell the document aims outside itself (not a quoted or coded sample). */
function outsidePayload(text: string): boolean {
  for (const re of [ADDRESS, SHELL_PIPE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!quotedOrCode(text, m.index)) return true;
  }
  return false;
}

/** Which kind of document about prompts the text presents itself as, or null. */
export function aboutPrompts(text: string): AboutPrompts | null {
  if (text.length > 20_000) return null;
  const first = firstLine(text);
  let kind: AboutPrompts | null = null;
  if (PROMPT_FILE_TITLE.test(first) && SECOND_PERSON_RULE.test(text)) kind = "prompt-file";
  else if (GUIDE_TITLE.test(first) && PROMPT_TOPIC.test(first)) kind = "guide";
  else if (EVAL_EXPECTED.test(text) && EVAL_SAMPLE.test(text)) kind = "eval";
  else if (INJECTION_WORD.test(text) && ASKS_IF_INJECTION.test(text)) kind = "question";
  if (kind === null || outsidePayload(text)) return null;
  return kind;
}

/** The hit at `start` is on a line labelled as the answer key or the expected outcome. */
export function onVerdictLine(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  return VERDICT_LINE.test(text.slice(ls, start + 1));
}

/** In an eval document, the hit lies in the sample shown (a quotation, code, or the line a "Sample …:" label introduces). */
export function inShownSample(text: string, start: number): boolean {
  if (quotedOrCode(text, start)) return true;
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  if (EVAL_SAMPLE.test(text.slice(ls, start))) return true;
  const prev = text.slice(text.lastIndexOf("\n", ls - 2) + 1, Math.max(0, ls - 1));
  return ls > 0 && EVAL_SAMPLE.test(prev) && /[:：]\s*$/.test(prev);
}
