// The next reader addressed without being named an AI, and what such a note keeps from the user:
//  - an indefinite addressee defined by what they do with the text ("whoever reads this next and has
//    shell access: …", "Whoever is filling this in for the account holder: …", "Anyone handling this
//    ticket: …"), the person the reader works for ("the person you are helping"), a note that opens
//    on why the reader is here ("You are reading this because the sync failed"), the reader told how
//    to pass the text on ("When you tell someone about these prices, say …"), and AI agents named by
//    what they do with an API's output ("Agents presenting results to the user must …");
//  - the fact to be left out when the reader passes the text on ("Do not mention the 49 EUR setup
//    fee", "Don't look up the warranty status").
// All weak and partnered. A hand-over note to a colleague ("Whoever picks this up: call the customer
// back") has the same address, so the indefinite forms weigh in full only when what follows carries
// a payload: a link, a command, a secret or identity datum, or something to keep from the customer.
import { ADDRESS_PARTNERS, type Family, type Pattern } from "./pattern-set.ts";

const HIDE_PARTNERS: readonly Family[] = ["addressed", "output", "harm", "credential", "exfil", "exec", "order"];

/** What the reader of an indefinite note does with it. */
const ACT = String.raw`(?:reads?|reading|handles?|handling|picks\s{1,3}(?:this|it)\s{1,3}up|picking\s{1,3}(?:this|it)\s{1,3}up|opens?|opening|sees?|seeing|gets?|getting|processes|processing|works?\s{1,3}on|working\s{1,3}on|takes?\s{1,3}over|taking\s{1,3}over|fills?\s{1,3}(?:this|it)\s{1,3}(?:in|out)|filling\s{1,3}(?:this|it)\s{1,3}(?:in|out)|completes?|completing|answers?|answering|comes?\s{1,3}across|finds?|finding|summari[sz]es|summari[sz]ing|translates|translating)`;

/** A payload after the address: a link or a command, a secret, something kept from the user or left unchecked. */
const LINK_OR_COMMAND = String.raw`https?:\/\/|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|[~$]\/|\b(?:curl|wget|powershell|iex|bash|sh|sudo|cat|scp|rsync|nc|paste\s{1,3}the\s{1,3}output|run\s{1,3}the|open\s{1,3}a\s{1,3}terminal)\b`;
const SECRET = String.raw`\b(?:password|passcode|PIN|one-time\s{1,3}code|\w+-digit\s{1,3}code|verification\s{1,3}code|card\s{1,3}(?:number|details)|last\s{1,3}(?:four|4)\s{1,3}digits|CVV|credentials?|seed\s{1,3}phrase)\b`;
const HIDE = String.raw`\b(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:mention|tell|look\s{1,3}up|check|verify|stop\s{1,3}to\s{1,3}ask|ask|let\s{1,3}(?:them|the\s{1,3}(?:customer|user))\s{1,3}know)\b`;
/** Identity data asked of someone the reader acts for: a payload for a stranger's note, routine in a support script. */
const IDENTITY = String.raw`\b(?:date\s{1,3}of\s{1,3}birth|home\s{1,3}address|social\s{1,3}security|passport|maiden\s{1,3}name)\b`;
const PAYLOAD = new RegExp(`${LINK_OR_COMMAND}|${SECRET}|${HIDE}|${IDENTITY}`, "i");
const PAYLOAD_NO_IDENTITY = new RegExp(`${LINK_OR_COMMAND}|${SECRET}|${HIDE}`, "i");

/** "whoever summarises this for the reader": the addressee passes the text on to someone, so it is an assistant, not a colleague. */
const FOR_THE_READER = /\bfor\s{1,3}(?:the|their|your)\s{1,3}(?:readers?|users?|customers?|clients?)\b/i;
const payloadJudge = (m: string, t: string, s: number): number => (FOR_THE_READER.test(m) || PAYLOAD.test(t.slice(s + m.length, s + m.length + 400)) ? 1 : 0.5);

/** What a machine reader does with a text when it passes it on: quotes, cites, summarises it. */
const PASS_ON = String.raw`(?:that\s{1,3}(?:quote|cite|summari[sz]e|reproduce|paraphrase|reuse|repeat)s?|quoting|citing|summari[sz]ing|reproducing|paraphrasing|reusing|referencing|repeating)`;

export const INDEFINITE_READER_PATTERNS: Pattern[] = [
  {
    // "Models quoting this answer should attribute it to …": machines named by what they do with this text, not called AI.
    id: "addressed.machines-passing-this-on", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS,
    description: "Models, assistants or bots named by how they pass this text on, with a modal (\"Models quoting this answer should …\")",
    re: new RegExp(String.raw`(?<![\p{L}])(?:(?:any|all|other|language|generative)\s{1,3})?(?:models?|assistants?|agents?|bots?|crawlers?|answer\s{1,3}engines?)\s{1,3}${PASS_ON}\s{1,3}(?:from\s{1,3})?(?:this|these)\s{1,3}(?:answers?|posts?|pages?|threads?|articles?|texts?|content|comments?|repl(?:y|ies)|snippets?|guides?|reviews?|docs?|documentation)\s{1,3}(?:should|must|shall|are\s{1,3}(?:required|expected|asked)\s{1,3}to|needs?\s{1,3}to|ha(?:ve|s)\s{1,3}to)(?![\p{L}])`, "giu"),
    anchors: ["quoting", "citing", "summarizing", "summarising", "reproducing", "paraphrasing", "reusing", "referencing", "repeating", "that quote", "that cite", "that summari", "that reproduce", "that paraphrase", "that reuse", "that repeat"],
    also: ["model", "assistant", "agent", "bot", "crawler", "answer engine"], before: 40, after: 120,
  },
  {
    id: "addressed.indefinite-reader", family: "addressed", weight: 0.35, partners: ADDRESS_PARTNERS,
    description: "The next reader addressed by what they do, not named (\"whoever reads this next: …\", \"anyone handling this ticket: …\")",
    re: new RegExp(String.raw`\b(?:whoever|anyone|anybody|(?:whichever|whatever)\s{1,3}(?:person|agent|one|(?:[\w-]{1,20}\s{1,3})?(?:AI|LLM|assistant|agent|model|bot|chatbot|copilot|tool)s?(?:\s{1,3}(?:that|which))?))\s{1,3}(?:who\s{1,3})?(?:is\s{1,3}|will\s{1,3}be\s{1,3})?${ACT}\b[^.!?:\n]{0,70}?[:—–]`, "gi"),
    anchors: ["whoever", "anybody", "whichever", "whatever", ...["who", "is", "will", "read", "handl", "pick", "open", "see", "get", "process", "work", "tak", "fill", "complet", "answer", "come", "find", "summar", "translat"].map((w) => `anyone ${w}`)],
    before: 4, after: 120,
    judge: payloadJudge,
  },
  {
    // "the person you are helping", "the user you're assisting": the reader works for someone, so it is an assistant.
    id: "addressed.person-you-help", family: "addressed", weight: 0.35, partners: ADDRESS_PARTNERS,
    description: "The reader addressed through the person it works for (\"the person you are helping\")",
    re: /\bthe\s{1,3}(?:person|people|user|human|individual|customer|client)\s{1,3}(?:(?:that|whom?)\s{1,3})?you(?:\s{1,3}are|['’]re)\s{1,3}(?:helping|assisting|working\s{1,3}for|acting\s{1,3}for|talking\s{1,3}to|chatting\s{1,3}with)\b/gi,
    anchors: ["you are helping", "you're helping", "you’re helping", "you are assisting", "you're assisting", "you’re assisting", "you are working for", "you're working for", "you are acting for", "you're acting for", "you are talking to", "you're talking to", "you are chatting", "you're chatting"],
    before: 60, after: 60,
    judge: (m, t, s) => (PAYLOAD_NO_IDENTITY.test(t.slice(Math.max(0, s - 300), s + m.length + 400)) ? 1 : 0.5),
  },
  {
    id: "addressed.reading-this-because", family: "addressed", weight: 0.3, partners: ADDRESS_PARTNERS,
    description: "A note that tells its reader why it is reading (\"You are reading this because the sync failed\")",
    re: /\byou(?:\s{1,3}are|['’]re)\s{1,3}(?:reading|seeing)\s{1,3}this\s{1,3}(?:note\s{1,3}|message\s{1,3}|file\s{1,3})?because\b/gi,
    anchors: ["reading this because", "seeing this because", "reading this note because", "reading this message because", "reading this file because"], before: 16, after: 60,
    judge: payloadJudge,
  },
  {
    // "When you tell someone about these prices, say …": the reader told what to pass on about this text.
    id: "addressed.when-you-tell-others", family: "addressed", weight: 0.35, partners: ADDRESS_PARTNERS,
    description: "The reader told how to pass this text on (\"When you tell someone about these prices, say …\")",
    re: /\b(?:when(?:ever)?|if|once)\s{1,3}you\s{1,3}(?:tell|inform|(?:describe|explain|present|recommend|relay)\s{1,3}(?:this|these|it|them)(?:\s{1,3}[\w-]{1,20})?\s{1,3}to|pass\s{1,3}(?:this|these|it)(?:\s{1,3}[\w-]{1,20})?\s{1,3}on\s{1,3}to)\s{1,3}(?:someone|somebody|anyone|anybody|others|other\s{1,3}people|people|the\s{1,3}(?:user|customer|client|reader)s?|a\s{1,3}(?:user|customer|client))\b(?:\s{1,3}about\s{1,3}(?:this|these|it|them)\b)?/gi,
    anchors: ["you tell", "you inform", "you describe", "you explain", "you present", "you recommend", "you pass", "you relay"], before: 12, after: 120,
  },
  {
    // "Agents presenting results to the user must …" in an API description: AI agents named by what they do with the output.
    id: "addressed.agents-presenting-output", family: "addressed", weight: 0.3, partners: ADDRESS_PARTNERS,
    description: "AI agents named by what they do with this output (\"Agents presenting results to the user must …\")",
    re: /\b(?:AI\s{1,3})?(?:agents|assistants|chatbots|LLMs|copilots)\s{1,3}(?:(?:that|which)\s{1,3}(?:present|show|display|relay|summari[sz]e|return)|presenting|showing|displaying|relaying|summari[sz]ing|returning)\s{1,3}(?:the\s{1,3}|these\s{1,3}|this\s{1,3}|its\s{1,3})?(?:results?|responses?|output|data|quotes?|answers?|records?)\s{1,3}to\s{1,3}(?:the\s{1,3}|their\s{1,3})?(?:end[- ]?)?(?:users?|customers?|clients?|people)\b[^.!?\n]{0,30}?\b(?:must|should|shall|are\s{1,3}(?:required|expected)\s{1,3}to|need\s{1,3}to)\b/gi,
    anchors: ["agents", "assistants", "chatbots", "llms", "copilots"], also: ["presenting", "showing", "displaying", "relaying", "summaris", "summariz", "returning", "present", "show", "display", "relay", "return"], before: 4, after: 160,
  },
  {
    // "Do not mention the 49 EUR setup fee", "Don't look up the warranty status": what the reader is to leave out or leave unchecked.
    id: "concealment.leave-out-fact", family: "concealment", weight: 0.3, partners: HIDE_PARTNERS,
    description: "A fact the reader is to leave out or leave unchecked when passing the text on (\"Do not mention the setup fee\", \"Don't look up the warranty status\")",
    re: /\b(?:(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:mention|bring\s{1,3}up|point\s{1,3}out|disclose|reveal))\s{1,3}(?:the|any|this|that|these|those|our)\s{1,3}(?:[\w€$£-]{1,20}\s{1,3}){0,4}?(?:fees?|charges?|costs?|surcharges?|commissions?|penalt(?:y|ies)|risks?|side\s{1,3}effects?|recalls?|defects?|terms|conditions|cancellation|contract|comment\s{1,3}box|field|box|files?|endpoints?|telemetry|analytics|tracking|trackers?|data\s{1,3}collection)\b|\bleave\s{1,3}out\s{1,3}(?:(?:the|any|this|that|these|those|our|all)\s{1,3})?(?:[\w€$£-]{1,20}\s{1,3}){0,3}?(?:fees?|charges?|costs?|penalt(?:y|ies)|risks?|side\s{1,3}effects?|recalls?|defects?|terms|conditions|cancellation|liability|warrant(?:y|ies)|(?:section|clause|paragraph)s?\s{1,3}[\w.]{1,6})\b|\b(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:look\s{1,3}up|check|verify|confirm)\s{1,3}(?:the|their|its|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:status|warranty|records?|history|eligibility|entitlement|policy|account)\b/gi,
    anchors: ["leave out", "not mention", "n't mention", "n’t mention", "never mention", "not bring up", "n't bring up", "n’t bring up", "not point out", "n't point out", "n’t point out", "not disclose", "n't disclose", "n’t disclose", "never disclose", "not reveal", "n't reveal", "n’t reveal", "never reveal", "not look up", "n't look up", "n’t look up", "not check", "n't check", "n’t check", "never check", "not verify", "n't verify", "n’t verify", "never verify", "not confirm", "n't confirm", "n’t confirm"],
    before: 4, after: 120,
  },
  {
    // "Ask them for the six-digit code that was just texted to their phone": a secret asked of the person the reader works for.
    id: "credential.ask-them-for-code", family: "credential", weight: 0.3, partners: ["addressed", "directive", "exfil", "order", "concealment"],
    description: "The reader told to ask the person for a one-time code or PIN (\"ask them for the six-digit code texted to their phone\")",
    re: /\bask\s{1,3}(?:them|him|her|the\s{1,3}(?:person|caller|account\s{1,3}holder|customer|user))\s{1,3}(?:for|to\s{1,3}(?:read\s{1,3}out|give\s{1,3}you|share|type|enter|tell\s{1,3}you))\s{1,3}[^.!?\n]{0,80}?\b(?:PIN|passcode|password|\w{1,5}-digit\s{1,3}code|one-time\s{1,3}(?:code|password)|verification\s{1,3}code|security\s{1,3}code|SMS\s{1,3}code|code\s{1,3}(?:that\s{1,3}(?:was|we)\s{1,3})?(?:just\s{1,3})?(?:texted|sent))\b/gi,
    anchors: ["ask them", "ask him", "ask her", "ask the person", "ask the caller", "ask the account", "ask the customer", "ask the user"], before: 4, after: 160,
  },
];
