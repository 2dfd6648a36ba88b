// A site's own page for AI tools (llms.txt, "For AI assistants: how to use our API") addresses the
// AI because that is what the page is for. What it asks is ordinary when it points at the site's
// own pages and API; a link to a site the document names nowhere else is what a planted order
// sends the reader to.

/** The document's first line, a heading or a title field: where a page says whom it is for (a line of prose may be a planted address). */
const HEADING = String.raw`(?:^[^\S\n]{0,3}(?:#{1,4}[^\S\n]{1,3})?|\n[^\S\n]{0,3}(?:#{1,4}[^\S\n]{1,3}|title:[^\S\n]{0,3}))`;
/**
 * A heading, title or first line that makes the document a page for AI tools (English, French,
 * German, Spanish, Portuguese, Italian). Not in scripts whose asks the checks below cannot read:
 * there "【AIアシスタントへ】" is how a planted note opens.
 */
const FOR_AI_TOOLS = new RegExp(String.raw`\bllms(?:-full)?\.txt\b|${HEADING}(?:(?:quick[^\S\n-]?-?start|getting[^\S\n]{1,3}started|notes?|information|info|guide|guidance|guidelines|instructions|tips|docs?|documentation|usage|reference)[^\S\n]{1,3})?(?:for|to)[^\S\n]{1,3}(?:AI|LLMs?|language[^\S\n]{1,3}models?)(?:[^\S\n]{1,3}(?:assistants?|agents?|tools?|models?|crawlers?|systems?))?\b|${HEADING}(?:pour[^\S\n]{1,3}les|für|para(?:[^\S\n]{1,3}(?:los|as|os))?|per[^\S\n]{1,3}gli)[^\S\n]{1,3}(?:assistants?|agents?|KI-?\p{L}{0,12}|asistentes|assistentes|assistenti|agentes|agenti|IA|LLMs?)\b`, "iu");

/** The document presents itself as written for AI tools (looked for in its first 2,000 characters). */
export function pageForAiTools(text: string): boolean {
  return FOR_AI_TOOLS.test(text.slice(0, 2000));
}

const HOST = /\bhttps?:\/\/([a-z0-9.-]{1,253})/gi;

/** The registrable part of a host: its last two labels, or three under a two-letter country code with a short second level (example.co.uk). */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  const n = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
  return labels.slice(-n).join(".");
}

/**
 * Every link in `para` goes to a site the document names first (its own base URL, docs or API
 * host) or names outside `para`: the text points at itself.
 */
export function linksOnlyToOwnSite(text: string, para: string, paraStart: number): boolean {
  const inPara = [...para.matchAll(HOST)].map((m) => siteOf(m[1]!));
  if (inPara.length === 0) return true;
  const outside = new Set<string>();
  const first = /\bhttps?:\/\/([a-z0-9.-]{1,253})/i.exec(text);
  if (first) outside.add(siteOf(first[1]!));
  for (const m of text.slice(0, paraStart).matchAll(HOST)) outside.add(siteOf(m[1]!));
  for (const m of text.slice(paraStart + para.length).matchAll(HOST)) outside.add(siteOf(m[1]!));
  return inPara.every((s) => outside.has(s));
}

/** What a planted order asks of the reader's answer: tell the user something, recommend, say instead (several languages). */
export const CHANGES_THE_ANSWER = /\b(?:tell|inform|assure|warn|convince|remind)\s{1,4}(?:the\s{1,4})?(?:users?|readers?|customers?|visitors?|them|people)\b|\b(?:say|claim|state|answer|reply|respond)\s{1,4}(?:in\s{1,4}(?:your|the)\s{1,4}(?:summary|answer|reply|response)\s{1,4})?(?:that|only|instead)\b|\brecommend\w{0,3}\b|\binstead\b|\b(?:do\s{1,4}not|don't|never)\s{1,4}(?:mention|recommend|link|refer)\b|(?<![\p{L}])(?:dites?|dis|informe[zs]?|recommande[zs]?|sag(?:e|en)?|teile|empfiehl|empfehlen|dile|dígale|diga|recomienda|recomende|informa|di['’]|consiglia)(?![\p{L}])/iu;
