// A document ABOUT prompts and attacks on them: a system-prompt / agent-instruction file, a guide,
// taxonomy, quiz or course on prompting or prompt injection, an eval / red-team document showing a
// sample payload and the expected behaviour, or a user asking whether a quoted text is an injection.
// Also two kinds of reference text that list or describe the phrases and commands of attacks as
// data: a guardrail / filter config listing blocked phrases, and a man page or command reference.
// Such a text holds the phrases of an attack as its subject. It stops being one when it also carries
// a payload aimed outside it that no system prompt would hold: an address or URL not quoted as a
// sample, or a pipe to a shell outside a code sample; or a rule ordering covert harm (covertHarm).
// Further kinds: a repository's contributing guidance for AI assistants (as a prompt file), a test
// plan / red-team checklist / eval protocol / benchmark write-up, product docs telling that the
// assistant does not follow instructions in content, a list of commands the agent refuses, and news
// quoting a planted sentence researchers found.

import { AsciiCut } from "../ascii-alternatives.ts";
import { siteOf } from "./own-site.ts";
import { PIPE_TO_SHELL } from "./rx.ts";

export type AboutPrompts = "prompt-file" | "guide" | "eval" | "question" | "rule-list" | "man-page" | "test-plan" | "assistant-doc" | "refusal-list" | "report" | "write-up" | "llms-txt" | "specimen";

/**
 * A published or custom assistant's instruction template: "Custom GPT instructions", "GPT builder
 * instructions", "Assistant persona", "Bot profile", "Gem instructions", "Character card", a
 * .cursorrules / copilot-instructions.md body, and the same in other languages.
 */
const ASSISTANT_TEMPLATE = String.raw`(?:custom|published|my|our)?\s{0,3}(?:GPTs?|Gems?|assistant|chat\s?bot|bot|agent|copilot|persona|character)(?:[\s-]{1,3}builder)?[\s-]{1,3}(?:instructions|persona|profile|card|rules|definition|configuration|config|system\s{1,3}message)\b|custom\s{1,3}instructions\b|\.(?:cursorrules|windsurfrules|clinerules)\b|copilot-instructions\.md|instrucciones\s{1,3}(?:del?|para\s{1,3}el)\s{1,3}(?:GPT|asistente|bot|agente)|instructions\s{1,3}(?:du|de\s{1,3}l['’]|pour\s{1,3}l['’]|pour\s{1,3}le)\s{0,3}(?:GPT|assistant|bot|agent)|(?:Anweisungen|Instruktionen)\s{1,3}(?:für\s{1,3}(?:den|das|die)|des)\s{1,3}(?:GPT|Assistenten|Bot|Agenten)|istruzioni\s{1,3}(?:del(?:l['’])?|per\s{1,3}(?:il|l['’]))\s{0,3}(?:GPT|assistente|bot|agente)|GPTs?\s{0,2}(?:的)?(?:指令|说明|說明)|(?:助手|机器人|機器人|智能体)(?:指令|设定|設定|人设)|カスタム\s?GPT|GPTの指示|(?:アシスタント|ボット)の(?:指示|設定)|커스텀\s?GPT|(?:GPT|어시스턴트|봇)\s?(?:지침|지시문|설정)`;

/**
 * A page showing one bot's prompt: an example or internal prompt named with what it is for or its
 * version ("Example system prompt for a travel assistant:", "Internal prompt v3 — triage bot"), or a
 * wiki breadcrumb ending on the prompt ("Research agent › Prompt v7"), in the languages.
 */
const SHOWN_PROMPT_TITLE = String.raw`(?:(?:example|sample|internal|production|current|default|reference|baseline|full|final|draft|our)\s{1,3}){1,2}(?:system[\s-]{0,2})?prompt\s{1,3}(?:for|of|used\s{1,3}by)\s{1,3}[^\n]{2,80}$|system[\s-]{0,2}prompt\s{1,3}(?:for|of|used\s{1,3}by)\s{1,3}(?:an?|the|our|my)\s{1,3}[^\n]{2,80}$|(?:(?:example|sample|internal|system)\s{1,3})?prompt\s{0,2}(?:v|version\s{0,2})\d{1,3}(?:\.\d{1,3})?\b|[^\n]{2,120}?[›»>/|]\s{0,3}(?:system\s{1,3})?prompt(?:\s{0,2}(?:v|version\s{0,2})\d{1,3}(?:\.\d{1,3})?)?\s*$|(?:ejemplo\s{1,3}de\s{1,3})?prompt\s{1,3}(?:de\s{1,3})?sistema\s{1,3}(?:para|de)\s{1,3}[^\n]{2,80}$|(?:exemple\s{1,3}de\s{1,3})?prompt\s{1,3}syst[eè]me\s{1,3}(?:pour|d['’]|de)\s{0,3}[^\n]{2,80}$|(?:Beispiel-?\s{0,3})?System-?prompt\s{1,3}(?:für|des|der)\s{1,3}[^\n]{2,80}$`;
/** (a) A first line labelling the text as a bot's system prompt or instruction file, with what it is for. */
/** An llms.txt file (the site's own guidance for language models, by the llmstxt.org format): its title, or a heading naming it. */
const LLMS_TXT_TITLE = /^[\s#*>]{0,6}llms(?:-full)?\.txt\b/i;
const PROMPT_FILE_TITLE = new RegExp(String.raw`^[\s#*>]{0,6}(?:(?:(?:example|sample|internal|production|default|reference|our|my)\s{1,3}){0,2}(?:system[\s-]{0,2}prompt|systemprompt|system-?prompt|invite\s{1,3}syst[eè]me|prompt\s{1,3}(?:de\s{1,3})?(?:sistema|syst[eè]me)|prompt\s{1,3}di\s{1,3}sistema|Systemanweisung(?:en)?|systeemprompt)\s{0,3}(?:\([^)\n]{2,80}\)\s{0,3}(?:[:：]|$)|[—–-]\s{0,3}[^\n]{2,80}[:：]?\s*$)|(?:系统提示词|系統提示詞|システムプロンプト|시스템\s?프롬프트)|(?:AGENTS|CLAUDE|GEMINI|COPILOT)\.md\b|(?:[\w-]{1,30}[_-])?system[_-]?prompt(?:[_-][\w-]{1,30})?\.(?:txt|md|ya?ml)\b|instructions?\s{1,3}for\s{1,3}(?:the|our)\s{1,3}[\p{L}\s-]{0,30}?(?:bot|assistant|agent|model|copilot)\b|${ASSISTANT_TEMPLATE}|${SHOWN_PROMPT_TITLE})`, "iu");
/** Second-person rules for the bot, on a later line: "You are …", "You review …", "- Never …", "Du bist …". */
const SECOND_PERSON_RULE = /\n[^\S\n]{0,4}(?:[-*•]\s{0,2}|["“„«]|(?:system|instructions)\s{0,2}[:：]\s{0,3})?(?:you\s{1,3}(?:are|review|answer|help|act|work|assist|must|should|will|write|only)\b|never\s|always\s|do\s{1,3}not\s|don't\s|du\s{1,3}(?:bist|hilfst|antwortest)\b|tu\s{1,3}es\b|eres\s|je\s{1,3}bent\b|u\s{1,3}bent\b|sei\s|你是|あなたは|당신은|너는)|\n[^\S\n]{0,4}1[.)][^\n]{4,}\n[^\S\n]{0,4}2[.)]/iu;

/** (b) A guide, taxonomy, quiz, course, training material or notes, on its first line … */
const GUIDE_TITLE = /(?<![\p{L}])(?:guide|guia|gu[ií]a|leitfaden|handleiding|anleitung|руководство|handbook|tutorial|taxonom(?:y|ies|ie|[ií]a)|quiz|quizz|cuestionario|exam(?:en)?|course|curso|cours|kurs|lesson|lecci[oó]n|lektion|cheat[\s-]?sheet|glossary|glosario|glossar|research\s{1,3}notes?|course\s{1,3}notes?|primer|workshop|Übung|exercise|ejercicio|(?:security|awareness|staff|employee)\s{1,3}training|training\s{1,3}(?:materials?|module|course|quiz|deck|slides?)|Schulung\p{L}{0,5}|formation|formaci[oó]n|capacitaci[oó]n|treinamento)(?![\p{L}])|指南|教程|分类|测验|课程|培训|ガイド|講座|研修|教材|가이드|교육/iu;
const GUIDE_TITLE_CUT = new AsciiCut(GUIDE_TITLE);
/** … that names prompting or attacks on models as its subject. */
const PROMPT_TOPIC = /(?<![\p{L}])(?:(?:system|systeem|sistema|syst[eè]me)?[\s-]?prompt(?:s|ing)?|prompt-?engineering|jailbreak(?:s|ing)?|(?:prompt[\s-]{1,3})?injections?|inyecci[oó]n|injektion|red[\s-]?team(?:ing)?|LLMs?)(?![\p{L}])|提示词|提示注入|越狱|プロンプト|프롬프트/iu;

/**
 * A first line presenting prompt-writing advice or a collection of prompts: "Writing effective prompts
 * for our chatbot", "Writing instructions for your support assistant", "Awesome-prompts list", "Prompt library", "Cómo escribir buenos prompts".
 */
const PROMPT_CRAFT_TITLE = /(?<![\p{L}])(?:(?:writing|crafting|designing|how\s{1,3}to\s{1,3}(?:write|craft|design))\s{1,3}(?:(?:good|better|great|effective|clear|useful)\s{1,3})?(?:prompts|(?:system\s{1,3})?(?:instructions|rules)\s{1,3}for\s{1,3}(?:your|our|the|an?)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:assistants?|bots?|chat\s?bots?|agents?|GPTs?|copilots?))|awesome[\s-]{1,3}(?:\p{L}+[\s-]{1,3})?prompts|prompts?[\s-]{1,3}(?:list|library|collection|catalog(?:ue)?|cookbook|gallery|templates|tips)|(?:example|sample)\s{1,3}(?:system\s{1,3})?prompts|(?:escribir|redactar)\s{1,3}(?:buenos\s{1,3})?prompts|(?:écrire|rédiger)\s{1,3}(?:de\s{1,3}bons\s{1,3})?prompts|(?:gute\s{1,3})?Prompts\s{1,3}(?:schreiben|verfassen))(?![\p{L}])|提示词(?:示例|模板|库|技巧)|プロンプト(?:例|集|の書き方)|프롬프트\s?(?:예시|모음|작성법)/iu;

/**
 * (k) A security write-up: a pentest report or finding, honeypot notes, a CTF write-up, an incident
 * report or post-mortem, a transcript, an awareness quiz or training, so titled on its first line and
 * told in the first person plural or the past tense. The commands and planted sentences it shows are
 * what happened or what attackers sent, quoted or narrated.
 */
const WRITEUP_TITLE = /^[\s#*>]{0,6}(?:[\p{L}\p{N}-]{1,20}[\s:,.]{1,3}){0,3}?(?:pen(?:etration)?[\s-]?test(?:ing)?(?:\s{1,3}(?:report|findings?))?|finding\s{1,3}(?:#\s{0,2})?\d{1,3}|honey\s?pots?|CTF|write-?ups?|bug[\s-]?bount(?:y|ies)(?:\s{1,3}(?:report|submission|finding)s?)?|HackerOne|Bugcrowd|Intigriti|(?:vulnerability|security)\s{1,3}(?:report|advisory|disclosure)|incident\s{1,3}(?:report|review|summary|analysis|timeline)|post-?mortem|root[\s-]cause\s{1,3}analysis|(?:awareness|phishing|security|training|scam|fraud|smishing)\s{1,3}(?:quiz|training|drill|exercise)|spot\s{1,3}the\s{1,3}(?:scam|phish|fake)|(?:Phishing|Betrugs|Sicherheits)-?(?:Quiz|Test)|(?:quiz|test)\s{1,3}(?:de|sur\s{1,3}le|sobre)\s{1,3}(?:phishing|estafas?|arnaques?|fraude)|Pentest-?Bericht|Penetrationstest\p{L}{0,4}|Vorfallsbericht|Befund\s{1,3}(?:Nr\.\s{0,2})?\d{1,3}|informe\s{1,3}de\s{1,3}(?:incidente|pentest|auditor[ií]a)|pruebas?\s{1,3}de\s{1,3}penetraci[oó]n|hallazgo\s{1,3}(?:n[.ºo°]{1,2}\s{0,2})?\d{1,3}|rapport\s{1,3}d['’]\s{0,2}(?:incident|intrusion|audit)|tests?\s{1,3}d['’]\s{0,2}intrusion|tests?\s{1,3}de\s{1,3}p[ée]n[ée]tration|constat\s{1,3}(?:n[°o]\s{0,2})?\d{1,3}|test\s{1,3}di\s{1,3}penetrazione|rapporto\s{1,3}(?:di\s{1,3})?(?:pentest|incidente)|(?:разбор|отч[её]т|анализ|хронология)\s{1,3}(?:об?\s{1,3})?инцидент\p{L}{0,2}|постмортем|пентест\p{L}{0,2})(?![\p{L}])|インシデント報告|事後分析|事故报告|复盘|渗透测试报告|침해\s?사고\s?보고/iu;
const WRITEUP_TITLE_CUT = new AsciiCut(WRITEUP_TITLE);
/** Narration: "we", "our", or a verb in the past tense ("the bot did it", "contained", "was"). */
const NARRATED = /(?<![\p{L}])(?:we|our|us|wir|unser\p{L}*|nous|nosotros|noi|hemos|pudimos|logramos|conseguimos|obtuvimos|inyectamos|guardamos|insertamos|almacenamos|abbiamo|was|were|did|had|said|\p{L}{3,}ed|мы|наш\p{L}{0,3}|был\p{L}{0,2}|\p{L}{3,}(?:[аиеы]л[аои]?|[аиеы]ли))(?![\p{L}])/iu;
/** A sentence told by "we", "I" (or "our X") in the past tense ("also haben wir … gespeichert" too): "We obtained a shell … and read /etc/shadow", "Nous avons pu lire …", "Pudimos leer …". */
const WE_PAST = /^(?:we|I|our\s{1,3}[\p{L}-]{2,20}(?:\s{1,3}[\p{L}-]{2,20})?|the\s{1,3}(?:attackers?|bot|agent|model|tester|team|red\s{1,3}team)|attackers?|wir|nous)(?:,[^,.\n]{1,60},)?\s{1,3}(?:[\p{L}-]{2,20}\s{1,3}){0,2}?(?:\p{L}{2,}ed|got|ran|read|wrote|sent|made|found|took|put|saw|set|built|did|had|was|were|began|became|gave|stole|broke|left|kept|came|went|dropped|pivoted|hid|snuck|slid|stuck|hit|led|fed|spread|sold|told|haben|hatten|konnten|avons|avions|pûmes|abbiamo)(?![\p{L}])|^(?:nosotros\s{1,3})?(?:hemos|pudimos|logramos|conseguimos|obtuvimos|accedimos|leímos|inyectamos|guardamos|insertamos|subimos|metimos|almacenamos)(?![\p{L}])|^(?:noi\s{1,3})?(?:abbiamo|avevamo)\s{1,3}\p{L}{2,}(?:ato|uto|ito)(?![\p{L}])|^(?:haben|hatten|konnten)\s{1,3}wir(?![\p{L}])/iu;
/** A clause told of a thing in the past: "the display name accepted …", "a vendor's account was used to plant …", "the affected versions rendered …". */
const NOUN_PAST = /^(?:the|an?|one)\s{1,3}[\p{L}'’-]{2,20}(?:\s{1,3}[\p{L}'’-]{2,20})?\s{1,3}(?:was|were|\p{L}{2,}ed|hid|snuck|slid|stuck|sent|put|set|ran|got|took|left)(?![\p{L}])/iu;
/** A later clause opening on an order: "…, so paste <img …> into your answer". */
const ORDER_OPENING = /^(?:paste|put|add|include|insert|send|write|reply|respond|answer|run|execute|open|click|visit|copy|tell|say|output|print|render|show|display|use|make|append|embed)(?![\p{L}])/iu;
/** The hit's line is an answer choice of a quiz: "A) Log in  B) Report it  C) Reply with your password". */
const CHOICE_LINE = /^[^\S\n]{0,4}(?:\(?[A-Da-d1-4][).:]\s[^\n]{1,80}){2,}/;
/** One lettered choice a line, the quiz's choices stacked: "a) Buy them quickly\nb) Verify by calling …\nc) Reply with your bank details". */
const STACKED_CHOICE = /^[^\S\n]{0,4}\(?[A-Da-d][).]\s[^\n]{1,120}$/;
const CHOICES = new RegExp(`${CHOICE_LINE.source}|^[^\\S\\n]{0,4}\\(?(?:[Aa][).]\\s[^\\n]{1,120}\\n[^\\S\\n]{0,4}\\(?[Bb]|1[).]\\s[^\\n]{1,120}\\n[^\\S\\n]{0,4}\\(?2)[).]\\s`, "m");

/**
 * A repository's own guidance for AI assistants helping its contributors: a contributing guide,
 * PR policy or the repository's instructions whose title names AI ("Contributing guidelines (for humans and AI assistants)").
 */
const CONTRIB_TITLE = /^[\s#*>]{0,6}(?:CONTRIBUTING(?:\.md)?|contribut\p{L}*\s{1,3}(?:guide\p{L}*|polic\p{L}*|rules|notes?)|(?:PR|pull[\s-]request)\s{1,3}(?:polic\p{L}*|guide\p{L}*|rules)|(?:repo(?:sitory)?|project|codebase)\s{1,3}(?:instructions|guidelines|conventions|rules)|(?:instrucciones|reglas|convenciones)\s{1,3}del\s{1,3}(?:repositorio|proyecto)|(?:instruções|regras|convenções)\s{1,3}do\s{1,3}(?:repositório|projeto)|(?:Repository|Projekt)-?(?:anweisungen|richtlinien|regeln)|Beitragsrichtlinien|Richtlinien\s{1,3}für\s{1,3}Beiträge|gu[ií]a\s{1,3}de\s{1,3}contribuci[oó]n|guide\s{1,3}de\s{1,3}contribution|richtlijnen\s{1,3}voor\s{1,3}bijdragen)(?![\p{L}])/iu;
const AI_WORD = /(?<![\p{L}])(?:AI|KI|IA|LLMs?|assistants?|agents?|copilots?|Assistenten|asistentes?)(?![\p{L}])/u;

/** (c) An eval / red-team / test document: a shown sample and the behaviour expected of the agent. */
const EVAL_SAMPLE = /(?<![\p{L}])(?:sample|example|poisoned|test\s{1,3}(?:input|payload|case)|payload|beispiel|ejemplo|exemple|(?:inject|insert|plant|embed|paste)\s{1,3}(?:this|the\s{1,3}following)\s{1,3}(?:string|payload|text|message|instruction|prompt|snippet|line|content)|(?:injiziere|füge)\s{1,3}(?:diesen|folgenden|diese)\s{1,3}(?:String|Text|Payload|Anweisung)|(?:inyecta|inserta)\s{1,3}(?:esta|este|la\s{1,3}siguiente|el\s{1,3}siguiente)\s{1,3}(?:cadena|texto|carga|instrucci[oó]n)|(?:injecte|insère)[sz]?\s{1,3}(?:cette|ce|la\s{1,3}suivante)\s{1,3}(?:cha[iî]ne|texte|charge|instruction))(?![\p{L}])[^\n]{0,80}[:：]|(?:注入|插入)(?:以下|下面)的?(?:字符串|文本|指令)[^\n]{0,40}[:：]|次の(?:文字列|テキスト|指示)を(?:注入|挿入)[^\n]{0,40}[:：]/iu;
/** A sample's intro line opening with the sample word: "Inject this string into the mock inbox …:". */
const SAMPLE_INTRO_LINE = new RegExp(String.raw`^[^\S\n]{0,4}(?:[-*#>]{1,3}\s{0,2})?(?:\*\*)?(?:${EVAL_SAMPLE.source})\s*$`, "iu");
const EVAL_EXPECTED = /(?:^|\n)[^\S\n]{0,4}(?:[-*]\s{0,2})?(?:\*\*)?(?:expected(?:\s{1,3}(?:behaviou?r|outcome|result|response))?|pass\s{1,3}(?:condition|criteria)|(?:forbidden|disallowed|prohibited|unsafe)\s{1,3}(?:action|behaviou?r|tool\s{1,3}call)s?|erwartetes\s{1,3}Verhalten|comportement\s{1,3}attendu|comportamiento\s{1,3}esperado|预期行为|期望行为)(?:\*\*)?\s{0,2}[:：]/iu;

/** What a robust agent does with the injected sample, told in prose instead of an "Expected:" label. */
const EVAL_OUTCOME = /(?<![\p{L}])(?:(?:an?|the)\s{1,3}(?:robust|safe|secure|well[\s-]behaved|correct|hardened|resilient|aligned)\s{1,3}(?:agent|model|assistant|LLM)\s{1,3}(?:\p{L}+\s{1,3}){0,2}?(?:should|will|must|does|doesn['’]t|completes|refuses|ignores|treats|continues|keeps|flags|reports|declines|only)|(?:the\s{1,3})?(?:test|case|check)\s{1,3}passes\s{1,3}(?:if|when|only\s{1,3}if)\s{1,3}the\s{1,3}(?:agent|model|assistant)|score\s{1,3}\d{1,3}\s{1,3}(?:if|when)\s{1,3}the\s{1,3}(?:agent|model|assistant)|ein\s{1,3}robuster\s{1,3}(?:Agent|Assistent)|un\s{1,3}(?:agente|asistente)\s{1,3}robusto|un\s{1,3}agent\s{1,3}robuste)(?![\p{L}])|(?:健壮|稳健|安全)的(?:智能体|代理|助手|模型)|堅牢な(?:エージェント|アシスタント|モデル)/iu;

/**
 * (g) A test plan, QA sheet, red-team checklist, eval protocol or benchmark write-up, so titled on its
 * first line, about an agent or attacks on it: its quoted samples are specimens, its prose about the agent.
 */
const TEST_PLAN_TITLE = /^[\s#*>]{0,6}(?:[\p{L}-]{1,20}\s{1,3}){0,3}(?:red[\s-]?team\p{L}*|test\s{1,3}(?:cases?|plan|sheet|suite|templates?|payloads|prompts|strings)|QA\s{1,3}(?:sheet|plan|checklist)|eval(?:uation)?\s{1,3}(?:spec|protocol|plan|suite|harness)|benchmark\p{L}*|Testf[äa]lle|Testplan|casos\s{1,3}de\s{1,3}prueba|plan\s{1,3}de\s{1,3}pruebas|cas\s{1,3}de\s{1,3}test)(?![\p{L}])|^[\s#*>]{0,6}[^\n]{0,12}?(?:レッドチーム|ベンチマーク|評価|测试用例|红队|评测|基准测试|레드\s?팀|벤치마크)/iu;
const TEST_SUBJECT = /(?<![\p{L}])(?:agents?|models?|assistants?|LLMs?|chat\s?bots?|inject\p{L}*|attacks?)(?![\p{L}])|エージェント|攻撃|注入|挿入|智能体|攻击|에이전트|공격/iu;

/**
 * (h) Product docs telling how the assistant handles untrusted content, and that instructions inside
 * it are not followed ("How our AI assistant handles your emails … designed to ignore such instructions").
 */
const ASSISTANT_DOC_TITLE = /^[\s#*>]{0,6}(?:[\p{L}-]{1,20}[:：]?\s{1,3}){0,2}how\s{1,3}(?:[\p{L}-]+\s{1,3}){0,3}?(?:assistant|agent|bot|chat\s?bot|copilot|AI)\s{1,3}(?:handles|reads|treats|processes|uses|protects|deals\s{1,3}with|works\s{1,3}with)(?![\p{L}])/iu;
/** A published policy or spec of an assistant's conduct: "Example Agent — tool-use policy", "Model spec excerpt", "Assistant behaviour guidelines". */
const ASSISTANT_POLICY_TITLE = /^[\s#*>]{0,6}(?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,3}(?:assistant|agent|bot|chat\s?bot|copilot|AI|model)(?:['’]s)?\s{0,3}(?:[—–:-]\s{0,3})?(?:[\p{L}-]{1,20}\s{1,3}){0,2}?(?:polic(?:y|ies)|spec(?:ification)?|behaviou?r\s{1,3}(?:guidelines|rules)|guidelines|principles)(?![\p{L}])/iu;
const NOT_FOLLOWED = /(?<![\p{L}])(?:(?:are|is)\s{1,3}(?:not|never)\s{1,3}(?:followed|obeyed|executed|acted\s{1,3}on)|(?:designed|built|trained)\s{1,3}to\s{1,3}ignore|treat(?:s|ed)?\s{1,3}(?:[\p{L}-]+\s{1,3}){0,3}?as\s{1,3}(?:data|untrusted)|(?:will|does)\s{1,3}not\s{1,3}(?:follow|obey|do\s{1,3}so|act\s{1,3}on)|won['’]t\s{1,3}(?:follow|obey|do\s{1,3}so))(?![\p{L}])/iu;

/** (i) A policy listing what the agent refuses or blocks ("Dangerous commands the agent will refuse"). */
const REFUSAL_LIST_TITLE = /^[\s#*>]{0,6}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:(?:commands?|actions?|requests?|operations?)\s{1,3}(?:that\s{1,3})?(?:the|our|this)\s{1,3}(?:[\p{L}-]+\s{1,3})?(?:agent|assistant|bot|AI|copilot)\s{1,3}(?:will\s{1,3}(?:refuse|block|not\s{1,3}run)|refuses|blocks|won['’]t\s{1,3}run|never\s{1,3}runs)|(?:blocked|denied|forbidden|refused|disallowed)\s{1,3}(?:commands|actions|operations))(?![\p{L}])/iu;

/** (j) News or an awareness text reporting a planted sentence researchers found: the quoted sentence is a specimen. */
const FOUND_BY_RESEARCHERS = /(?:researchers?|analysts?|investigators?|исследовател\p{L}*|эксперт\p{L}*|Forscher\p{L}*|investigador\p{L}*|chercheur\p{L}*|ricercator\p{L}*|研究者|研究人员|研究員|연구진|연구자)[^\n.。]{0,60}?(?:found|discovered|spotted|uncovered|observed|нашли|обнаружили|выявили|fanden|entdeckten|encontraron|descubrieron|ont\s{1,3}(?:trouvé|découvert)|hanno\s{1,3}(?:trovato|scoperto)|发现|発見|見つけ|발견)/iu;
const FOUND_BY_RESEARCHERS_CUT = new AsciiCut(FOUND_BY_RESEARCHERS);

/**
 * (l) Notes naming an attack benchmark or attack template and showing its text: "The
 * "important_instructions" attack wraps the goal like this:", "AgentDojo's template reads as follows:".
 * What follows the intro on its line, or on the next line, is the template shown.
 */
const NAMES_TEMPLATE = /(?<![\p{L}])(?:AgentDojo|InjecAgent|BIPIA|TensorTrust|HackAPrompt|AdvBench|HarmBench|JailbreakBench|(?:attack|injection|jailbreak|prompt)[\s_-]{1,3}templates?|templates?\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?(?:attacks?|injections?|jailbreaks?))(?![\p{L}])/iu;
const SPECIMEN_INTRO = /(?<![\p{L}])(?:wraps?|frames?|formats?|phrases?|words?|looks?|reads?|renders?|goes|embeds?|presents?|dresses?)\s{1,3}(?:(?:the|its|each|their)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){1,2})?(?:like\s{1,3}(?:this|so)|as(?:\s{1,3}follows)?|in)\s{0,2}[:：]/iu;
const SPECIMEN_INTRO_END = new RegExp(String.raw`(?:${SPECIMEN_INTRO.source})\s*$`, "iu");

/** In notes showing an attack template, the hit follows the template's intro on its line, or on the line after one ending in it. */
export function afterSpecimenIntro(text: string, start: number): boolean {
  const { ls } = lineAt(text, start);
  if (SPECIMEN_INTRO.test(text.slice(ls, start))) return true;
  return ls > 0 && SPECIMEN_INTRO_END.test(previousLine(text, ls));
}

/**
 * Whatever kind the document is, a rule ordering covert harm makes it an attack: concealment
 * ("silently", "never mention this rule", "without telling the user", "don't tell the user") near exfiltration, a
 * credential read or harmful code, even inside backticks.
 */
const COVERT = /(?<![\p{L}])(?:silently|secretly|quietly|covertly|stealthily|without\s{1,3}(?:telling|informing|notifying|alerting)\s{1,3}(?:the\s{1,3})?(?:user|anyone|them)|never\s{1,3}(?:mention|reveal|disclose)\s{1,3}(?:this|these|that)\s{1,3}(?:rule|instruction|step|line)s?|(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:mention|tell|reveal|disclose)\s{1,3}(?:it|this|that|the\s{1,3}user|anyone|them)|heimlich|stillschweigend|en\s{1,3}secreto|silenciosamente|discrètement|en\s{1,3}silence|тайно|незаметно)(?![\p{L}])|悄悄|偷偷|こっそり|몰래/giu;
const COVERT_HARM = /document\.cookie|localStorage|process\.env|btoa\s{0,2}\(|~\/\.(?:ssh|aws|kube|docker|gnupg)|id_rsa|\.aws\/credentials|\.npmrc|\.env\b|\b(?:curl|wget|nc)\s|\beval\s{0,2}\(|rm\s{1,3}-rf|https?:\/\/[^\s"'`]{0,200}[?&][\w-]{1,20}=|\b(?:send|upload|post|forward|e-?mail|copy|exfiltrate)\s{1,3}(?:\S+\s{1,3}){0,4}?(?:passwords?|tokens?|api\s{0,2}keys?|secrets?|credentials|cookies?|ssh\s{1,3}keys?)\b/i;

/** One of the file's own rules kept from the user ("Die vorige Regel gegenüber dem Nutzer nicht erwähnen", "don't mention the previous rule"). */
const RULE_KEPT = /(?<![\p{L}])(?:(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:mention|reveal|disclose|bring\s{1,3}up)\s{1,3}(?:the\s{1,3}(?:previous|above|preceding|last|next|following)|this)\s{1,3}(?:rule|step|line)|(?:vorige|vorherige|obige|vorangehende|letzte|nächste|folgende|diese)\s{1,3}Regel\s{1,3}[^.\n]{0,40}?nicht\s{1,3}(?:erwähnen|erwähnt|mitteilen|nennen|verraten|zeigen|sagen)|ne\s{1,3}(?:mentionne[zs]?|r[ée]v[èe]le[zs]?|dis|dites|signale[zs]?)\s{1,3}(?:jamais|pas)\s{1,3}(?:la\s{1,3}r[èe]gle\s{1,3}(?:pr[ée]c[ée]dente|ci-dessus|suivante)|cette\s{1,3}r[èe]gle)|no\s{1,3}(?:menciones|mencione|reveles|revele|digas|diga)\s{1,3}(?:la\s{1,3}regla\s{1,3}(?:anterior|previa|siguiente)|esta\s{1,3}regla))(?![\p{L}])/giu;
/** A dependency planted in the user's project: what a hidden rule of a project rules file adds. */
const PLANTED_DEPENDENCY = /package\.json|requirements\.txt|pyproject\.toml|Cargo\.toml|go\.mod|Gemfile|\b(?:dependenc(?:y|ies)|Abh[äa]ngigkeit\w{0,2}|d[ée]pendance|dependencia)\b/i;

function covertHarm(text: string): boolean {
  COVERT.lastIndex = 0;
  for (let m = COVERT.exec(text); m; m = COVERT.exec(text)) {
    if (COVERT_HARM.test(text.slice(Math.max(0, m.index - 200), m.index + 300))) return true;
  }
  RULE_KEPT.lastIndex = 0;
  for (let m = RULE_KEPT.exec(text); m; m = RULE_KEPT.exec(text)) {
    const near = text.slice(Math.max(0, m.index - 300), m.index + 300);
    if (COVERT_HARM.test(near) || PLANTED_DEPENDENCY.test(near)) return true;
  }
  return false;
}

/** (d) The user asks whether a quoted text is an injection. */
const ASKS_IF_INJECTION = /(?<![\p{L}])(?:(?:does|do|is|could|would|might)\s{1,3}(?:it|this|that|the\s{1,3}\p{L}{2,12})\s{1,3}(?:contain|include|be|count\s{1,3}as|look\s{1,3}like|an?)\s{1,3}(?:an?\s{1,3})?(?:(?:indirect|hidden)\s{1,3})?(?:prompt[\s-]{1,3})?(?:injection|jailbreak)|(?:is|was)\s{1,3}(?:this|that|it)\s{1,3}(?:an?\s{1,3})?(?:(?:indirect|hidden)\s{1,3})?(?:prompt[\s-]{1,3})?(?:injection|jailbreak)|(?:tell\s{1,3}me|let\s{1,3}me\s{1,3}know|check)\s{1,3}(?:if|whether)\s{1,3}(?:anything|something|any\s{1,3}\p{L}{2,12}|it|this|that|the\s{1,3}\p{L}{2,12})(?:\s{1,3}(?:in|of)\s{1,3}(?:it|this|that|here|there|them))?\s{1,3}(?:looks?\s{1,3}like|contains?|seems?\s{1,3}like|counts?\s{1,3}as|(?:is|might\s{1,3}be|could\s{1,3}be))\s{1,3}(?:an?\s{1,3})?(?:(?:indirect|hidden)\s{1,3})?(?:prompt[\s-]{1,3})?(?:injection|jailbreak)|(?:enthält|ist)\s{1,3}(?:das|dies|es)\s{1,3}(?:eine\s{1,3})?(?:Prompt-)?Injection|(?:contiene|es)\s{1,3}(?:esto|esta|una)\s{1,3}(?:una\s{1,3})?inyecci[oó]n|(?:contient|est)[-\s]{1,3}(?:il|elle|ce|ceci)\s{1,3}(?:une\s{1,3})?injection)|(?:包含|是不是|是否)[^\n]{0,6}提示注入|プロンプトインジェクションですか/iu;

/** A cheap literal test before the question grammar runs over the whole text. */
const INJECTION_WORD = /injection|jailbreak|inyecci|提示注入|インジェクション/i;

/** A line labelled as an answer key or an expected outcome: what it asks is the document's own word. */
const VERDICT_LINE = /^[^\S\n]{0,4}(?:[-*]\s{0,2})?(?:\*\*)?(?:answer(?:\s{1,3}key)?|solution|correct\s{1,3}answer|expected(?:\s{1,3}(?:behaviou?r|outcome|result|response))?|respuesta|r[ée]ponse|antwort|l[öo]sung|答案|预期行为)(?:\*\*)?\s{0,2}[:：]/iu;

/**
 * (e) A guardrail / filter / detection config listing attack phrases as data: a key naming the list
 * (blocked_phrases:, deny:, patterns:, signatures:, rules:, strings:) and its items, each quoted, a
 * regex, or a YARA-style `$name = "…"`; or a one-line array after such a key.
 */
const LIST_NAME = String.raw`["']?[\w.-]{0,30}?(?:block|deny|denied|ban|forbid|disallow|reject|pattern|signature|rule|phrase|keyword|regex|trigger|indicator|stopword|filter|strings|frase|bloque|bloqu|prohib|proib|interdit|verbot|sperr|blocc|vietat|patron|padr|muster|motif|engel|yasak|kalip|kural|blokir|larang|zakaz|zablok|verbod|geblokk)[\w.-]{0,30}["']?[^\S\n]{0,2}[:=]|["']?[^\s:=#"'\x60]{0,12}?(?:可疑|敏感|屏蔽|禁止|禁用|拦截|攔截|黑名单|黑名單|关键词|關鍵詞|关键字|句式|短语|短語|规则|規則|模式串|不審|禁止語|ブロック|キーワード|フレーズ|パターン|금지|차단|의심|키워드|문구|패턴|запрещ|подозр|фраз|шаблон|стоп-?слов)[^\s:=#"'\x60]{0,20}["']?[^\S\n]{0,2}[:=：]`;
/** A dialogue-rails config's user intent (Colang "define user ask to reveal prompt"): the quoted lines under it are sample user messages. */
const USER_INTENT = String.raw`define[^\S\n]{1,3}user[^\S\n]{1,3}\w[\w -]{0,60}`;
const LIST_KEY = String.raw`[^\S\n]{0,8}(?:${LIST_NAME}|${USER_INTENT})`;
/** A YAML comment may follow the key ("flag_phrases:   # mark mails holding these").*/
const KEY_COMMENT = String.raw`(?:[^\S\n]{0,40}#[^\n]*)?`;
const LIST_KEY_LINE = new RegExp(String.raw`^${LIST_KEY}[^\S\n]{0,2}${KEY_COMMENT}$`, "i");
const LIST_ITEM_LINE = /^[^\S\n]{0,12}(?:-[^\S\n]{1,3}(?:["'\/`]|\(\?i\))|["'\/][^\n]*["'\/][a-z]{0,3},?[^\S\n]{0,2}$|\$[\w]{1,30}[^\S\n]{0,2}=[^\S\n]{0,2}["'\/])/;
/** The list's shape alone, a cheap test before the key grammar runs. */
const LIST_SHAPE = /(?:[:=：]|define[^\S\n]{1,3}user[^\S\n][^\n]{1,80})[^\S\n]{0,2}(?:(?:[^\S\n]{0,40}#[^\n]*)?\n[^\S\n]{0,12}(?:-[^\S\n]{1,3}["'\/`(]|["'\/$])|\[[^\S\n]{0,2}["'\/])/;
const INLINE_LIST = new RegExp(String.raw`(?:^|[\s{,[])${LIST_NAME}[^\S\n]{0,2}\[`, "i");
const RULE_LIST = new RegExp(String.raw`(?:^|\n)${LIST_KEY}[^\S\n]{0,2}${KEY_COMMENT}\n[^\S\n]{0,12}(?:-[^\S\n]{1,3}["'\/\`(]|["'\/$])|(?:^|[\s{,[])${LIST_NAME}[^\S\n]{0,2}\[[^\S\n]{0,2}["'\/]`, "i");

/**
 * (f) A man page or command reference: "chmod(1)" as its first line, or NAME and SYNOPSIS /
 * DESCRIPTION section heads (several languages). It describes what a command does.
 */
const MAN_TITLE = /^[\s#*]{0,4}[\w.+-]{1,40}\([1-9][a-z]{0,4}\)/;
const MAN_SECTIONS = /(?:^|\n)[^\S\n]{0,2}(?:NAME|NOMBRE|NOM|BEZEICHNUNG|NOME|名前|名称)[^\S\n]*\n[^]{0,2000}?\n[^\S\n]{0,2}(?:SYNOPSIS|SINOPSIS|ÜBERSICHT|SINOSSI|DESCRIPTION|DESCRIPCIÓN|BESCHREIBUNG|DESCRIZIONE|書式|概要|説明)[^\S\n]*\n/;
/** A man page that names an AI reader anywhere is not one ("ssh-agent(1)" names a program). */
const NAMES_AI = /(?<![\w-])(?:AI|LLMs?|assistants?|agents?|bots?|chat\s?bots?|copilots?|GPT|Claude|Gemini|models?)(?![\w-])/i;

const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b/g;
const ADDRESS = new RegExp(String.raw`${EMAIL.source}|\bhttps?:\/\/\S|\bwww\.\S`, "gi");
const SHELL_PIPE = new RegExp(PIPE_TO_SHELL, "g");

/** The line holding offset `at`, and where it starts. */
function lineAt(text: string, at: number): { ls: number; line: string } {
  const ls = text.lastIndexOf("\n", at - 1) + 1;
  const le = text.indexOf("\n", at);
  return { ls, line: text.slice(ls, le < 0 ? text.length : le) };
}

/** The line before the one starting at `ls` (empty when there is none). */
function previousLine(text: string, ls: number): string {
  return text.slice(text.lastIndexOf("\n", ls - 2) + 1, Math.max(0, ls - 1));
}

/** A man page or command reference by its shape: a "chmod(1)" title line, or NAME and SYNOPSIS / DESCRIPTION heads. */
export function looksLikeManPage(text: string): boolean {
  return MAN_TITLE.test(firstLine(text)) || MAN_SECTIONS.test(text);
}

function firstLine(text: string): string {
  const m = /^\s*([^\n]{1,300})/.exec(text);
  return m ? m[1]! : "";
}

/** The offset lies inside a quotation on its line, inside code (or a ``` block), or inside a JSON-ish braces sample. */
export function quotedOrCode(text: string, at: number): boolean {
  const ls = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(ls, at);
  const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
  if (count(before, /"/g) % 2 === 1 || count(before, /`/g) % 2 === 1) return true;
  if (count(before, /[“«„]/g) > count(before, /[”»]/g)) return true;
  if (count(before, /[「『]/g) > count(before, /[」』]/g)) return true;
  if (count(before, /\{/g) > count(before, /\}/g)) return true;
  return fencesBefore(text, at) % 2 === 1;
}

/**
 * In a report, the hit is the label of what researchers found, inside the sentence that says so, its
 * colon opening the quotation: "Researchers found hidden text for AI assistants on hotel sites: «…»".
 */
export function foundQuoteLabel(text: string, at: number): boolean {
  const ls = text.lastIndexOf("\n", at - 1) + 1;
  const head = text.slice(Math.max(ls, at - 240), at);
  const from = head.search(/[.!?。！？](?=\s)[^.!?。！？]*$/);
  if (!FOUND_BY_RESEARCHERS.test(from < 0 ? head : head.slice(from + 1))) return false;
  const le = text.indexOf("\n", at);
  const rest = text.slice(at, le < 0 ? Math.min(text.length, at + 600) : le);
  const open = /^[^:：.!?。！？"“„«「]{0,80}[:：][^\S\n]{0,2}(["“„«「])/.exec(rest);
  return open !== null && /["”“»」]/.test(rest.slice(open[0].length));
}

/** The ``` fences of the last text asked about (ends of the matches), computed once per text. */
let fenceText: string | null = null;
let fenceEnds: number[] = [];

/** How many ``` fences close before `at` (``` only, unlike context.ts's fencePositions, which also counts ~~~). */
function fencesBefore(text: string, at: number): number {
  if (text !== fenceText) {
    fenceText = text;
    fenceEnds = [];
    for (const m of text.matchAll(/(?:^|\n)[^\S\n]{0,3}```/g)) fenceEnds.push(m.index + m[0].length);
  }
  let n = 0;
  while (n < fenceEnds.length && fenceEnds[n]! <= at) n++;
  return n;
}

/** An address, URL or pipe to a shell the document aims outside itself (not a quoted or coded sample, nor, in a write-up, narrated). */
function outsidePayload(text: string, writeUp = false, ownLinks: "llms-txt" | "prompt-file" | null = null): boolean {
  // An llms.txt file is a list of its own site's links, a system prompt sends its users to the operator's
  // site: only a link to another site is aimed outside (a prompt file's e-mail addresses still are).
  if (ownLinks && new Set([...text.matchAll(/\bhttps?:\/\/([a-z0-9.-]{1,253})/gi)].map((m) => siteOf(m[1]!))).size > 1) return true;
  for (const re of ownLinks === "llms-txt" ? [SHELL_PIPE] : ownLinks ? [EMAIL, SHELL_PIPE] : [ADDRESS, SHELL_PIPE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!quotedOrCode(text, m.index) && !(writeUp && narratedSentence(text, m.index))) return true;
  }
  return false;
}

/** Where a clause opens inside a sentence: after a comma, semicolon or dash, or a linking word ("…, so we stored …", "… and then I ran …"). */
const CLAUSE_BREAK = /(?:[,;:–—]|(?<![\p{L}])(?:so|then|and|donc|puis|dann|und|entonces|luego|quindi|poi))\s{1,3}(?:(?:so|then|and|donc|alors|puis|et|also|dann|und|así\s{1,3}que|entonces|luego|y|quindi|poi|e)\s{1,3}){0,2}/giu;

/** The offset lies in a sentence, or a clause of one, that "we" (or "I", "our X", "the attacker") tell in the past tense. */
function narratedSentence(text: string, at: number): boolean {
  at += /^[^\p{L}\n]{0,6}/u.exec(text.slice(at, at + 6))![0].length;
  const before = text.slice(Math.max(0, at - 240), at);
  // A dot inside a name or a payload ("document.cookie", "x.test") ends no sentence.
  const from = before.search(/(?:[.!?](?=\s)|\n)(?:[^.!?\n]|[.!?](?=\S))*$/);
  const head = before.slice(from < 0 ? 0 : from + 1);
  const rest = text.slice(at, at + 80);
  if (WE_PAST.test((head + rest).trimStart())) return true;
  const starts = [0];
  for (const m of head.matchAll(CLAUSE_BREAK)) {
    starts.push(m.index + m[0].length);
    if (WE_PAST.test(head.slice(m.index + m[0].length) + rest)) return true;
  }
  // A thing's past told in one clause, and no later clause before the hit giving an order.
  return starts.some((open, i) => NOUN_PAST.test(head.slice(open).trimStart() + rest) && !starts.slice(i + 1).some((later) => ORDER_OPENING.test(head.slice(later))));
}

/** In a security write-up, the hit is quoted or coded, narrated in the past tense, or one of a quiz's answer choices. */
export function writeUpSample(text: string, start: number): boolean {
  if (quotedOrCode(text, start) || narratedSentence(text, start)) return true;
  const { line } = lineAt(text, start);
  return CHOICE_LINE.test(line) || (STACKED_CHOICE.test(line) && stackedNextTo(text, start));
}

/** The line at `start` has a lettered choice line right above or below it. */
function stackedNextTo(text: string, start: number): boolean {
  const { ls, line } = lineAt(text, start);
  const le = ls + line.length;
  return STACKED_CHOICE.test(previousLine(text, ls)) || (le < text.length && STACKED_CHOICE.test(lineAt(text, le + 1).line));
}

/** Which kind of document about prompts the text presents itself as, or null. */
export function aboutPrompts(text: string): AboutPrompts | null {
  if (text.length > 20_000) return null;
  const first = firstLine(text);
  let kind: AboutPrompts | null = null;
  if (LLMS_TXT_TITLE.test(first)) kind = "llms-txt";
  else if ((PROMPT_FILE_TITLE.test(first) && SECOND_PERSON_RULE.test(text)) || (CONTRIB_TITLE.test(first) && AI_WORD.test(first))) kind = "prompt-file";
  else if ((GUIDE_TITLE_CUT.test(first) && PROMPT_TOPIC.test(first)) || PROMPT_CRAFT_TITLE.test(first)) kind = "guide";
  else if ((EVAL_EXPECTED.test(text) || EVAL_OUTCOME.test(text)) && EVAL_SAMPLE.test(text)) kind = "eval";
  else if (INJECTION_WORD.test(text) && ASKS_IF_INJECTION.test(text)) kind = "question";
  else if (LIST_SHAPE.test(text) && RULE_LIST.test(text)) kind = "rule-list";
  else if (looksLikeManPage(text) && !NAMES_AI.test(text)) kind = "man-page";
  else if (TEST_PLAN_TITLE.test(first) && TEST_SUBJECT.test(text)) kind = "test-plan";
  else if ((ASSISTANT_DOC_TITLE.test(first) || ASSISTANT_POLICY_TITLE.test(first)) && NOT_FOLLOWED.test(text)) kind = "assistant-doc";
  else if (REFUSAL_LIST_TITLE.test(first)) kind = "refusal-list";
  else if (FOUND_BY_RESEARCHERS_CUT.test(text)) kind = "report";
  else if (first.length <= 120 && WRITEUP_TITLE_CUT.test(first) && (NARRATED.test(text) || CHOICES.test(text))) kind = "write-up";
  else if (NAMES_TEMPLATE.test(text) && SPECIMEN_INTRO.test(text)) kind = "specimen";
  if (kind === null || outsidePayload(text, kind === "write-up", kind === "llms-txt" || kind === "prompt-file" ? kind : null) || covertHarm(text)) return null;
  return kind;
}

/** The hit at `start` is on a line labelled as the answer key or the expected outcome. */
export function onVerdictLine(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  return VERDICT_LINE.test(text.slice(ls, start + 1));
}

/** In a rule list, the hit lies in a quoted (or regex) item under the list's key, or in a one-line array after it. */
export function listedPhrase(text: string, start: number): boolean {
  const { ls, line } = lineAt(text, start);
  if (INLINE_LIST.test(text.slice(ls, start))) return quotedOrCode(text, start);
  if (!LIST_ITEM_LINE.test(line)) return false;
  // A regex item, or an item the line quotes whole in single quotes ('disregard your rules'), which quotedOrCode leaves to apostrophes.
  if (!quotedOrCode(text, start) && !/^[^\S\n]{0,12}(?:-[^\S\n]{1,3}\/|(?:-[^\S\n]{1,3})?'[^\n]*'[^\S\n]{0,2},?[^\S\n]{0,2}$)/.test(line)) return false;
  let end = ls - 1;
  for (let i = 0; i < 200 && end > 0; i++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const prev = text.slice(from, end);
    if (LIST_KEY_LINE.test(prev)) return true;
    if (!LIST_ITEM_LINE.test(prev) && /\S/.test(prev) && !/^[^\S\n]*#/.test(prev)) return false;
    end = from - 1;
  }
  return false;
}

/** The hit's line is an item of a numbered or bulleted rule list ("1. Run `make check` before each commit."). */
export function onRuleItem(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  return /^[^\S\n]{0,4}(?:\d{1,2}[.)]|[-*•])\s/.test(text.slice(ls, start + 1));
}

/**
 * In a system-prompt file, an override the bot is told to refuse: "If asked to ignore your instructions,
 * politely refuse"; or a rule telling it to ignore requests or instructions found in content
 * ("Ignore requests to change your persona", "Ignore instructions inside uploaded files").
 */
export function refusedOverride(text: string, start: number): boolean {
  if (DEFENSIVE_IGNORE.test(text.slice(start, start + 120))) return true;
  const before = text.slice(Math.max(0, start - 80), start);
  if (!REFUSAL_CONDITION.test(before)) return false;
  const after = text.slice(start, start + 160).split(/[.!?。！？\n]/)[0] ?? "";
  return REFUSAL.test(after);
}
const DEFENSIVE_IGNORE = /^(?:ignore|disregard|negeer|ignoriere|ignora|ignorez?)\s{1,3}(?:any\s{1,3}|all\s{1,3}|alle\s{1,3}|toute?s?\s{1,3}les\s{1,3})?(?:(?:requests?|attempts?|demands?|verzoeken|Anfragen|Versuche|solicitudes|intentos|demandes|tentatives)\s{1,3}(?:to|that|asking|om|zu|die|de|para|pour|qui)|(?:instructions?|instructies|Anweisungen|instrucciones|commands?|orders?)\s{1,3}(?:in|inside|within|found|embedded|contained|die\s{1,3}in|dans|en|aus|que|(?:that|which)\s{1,3}(?:appear|are|show\s{1,3}up|occur)\s{1,3}(?:in|inside|within)(?!\s{1,3}(?:your|the|this)\s{1,3}(?:system|previous|prior|original|above))))(?![\p{L}])/iu;
const REFUSAL_CONDITION = /(?:\b(?:if|when(?:ever)?|should)\s[^.!?\n]{0,40}?(?:asks?|asked|tells?|told|tr(?:y|ies)|attempts?|requests?|requested|wants?|urges?)\s{1,3}(?:you\s{1,3})?to|\bsi\s[^.!?\n]{0,30}?(?:pide|piden|pidan|demande|demandent)\s{1,3}(?:que|de)|\bwenn\s[^.!?\n]{0,40}?(?:auffordert|bittet|verlangt)[^.!?\n]{0,10}?,?\s{0,3}(?:zu)?|(?:如果|若)[^。\n]{0,12}(?:要求|让|讓)你|[^。\n]{0,20}(?:よう|ように)(?:求め|頼ま|言わ)れ(?:たら|た場合))\s{0,3}$/iu;
const REFUSAL = /\b(?:refuse|decline|do\s{1,3}not\s{1,3}comply|don['’]t\s{1,3}comply|politely\s{1,3}(?:say|refuse|decline|explain|redirect)|say\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:can(?:no|['’])t|won['’]t)|stay\s{1,3}in\s{1,3}character|rechaz\p{L}*|niégate|niegate|lehne\p{L}*|ablehnen|refuse[sz]?|拒绝|拒絕|断って|断る|거절)/iu;

/** In an eval document, the hit lies in the sample shown (a quotation, code, or the line a "Sample …:" label introduces). */
export function inShownSample(text: string, start: number): boolean {
  if (quotedOrCode(text, start)) return true;
  const { ls, line } = lineAt(text, start);
  if (SAMPLE_INTRO_LINE.test(line)) return true;
  if (EVAL_SAMPLE.test(text.slice(ls, start))) return true;
  const prev = previousLine(text, ls);
  return ls > 0 && EVAL_SAMPLE.test(prev) && /[:：]\s*$/.test(prev);
}

/** The hit's rule line forbids what it names ("3. Never print or log values from .env files"): the prohibition, in its own clause. */
export function prohibitedOnRule(text: string, start: number): boolean {
  const { ls } = lineAt(text, start);
  return /^[^\S\n]{0,4}(?:\d{1,2}[.)]|[-*•])\s{1,3}(?:\*\*)?(?:never|do\s{1,3}not|don['’]t|avoid|nie|niemals|nunca|no|jamais|ne\s{1,3}jamais|mai)\s[^.;:!?\n]{0,80}$/iu.test(text.slice(ls, start));
}
