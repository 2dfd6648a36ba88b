// Where an HTML document hides text from a human that a model still reads: comments, elements
// hidden by CSS (inline or by class rules in <style>), aria-hidden / hidden / type=hidden,
// off-screen and zero-size text, attribute text (alt, title, aria-label, data-*, meta content),
// and non-rendered elements (script, style, template, noscript). Built lazily: only a document
// that matched something pays for it.

import { buildAutomaton } from "../prefilter.ts";

export type HiddenKind = "comment" | "css-hidden" | "aria-hidden" | "hidden-attribute" | "attribute" | "non-rendered" | "unicode-tags" | "variation-selectors";

export interface HiddenRegion {
  kind: HiddenKind;
  /** Extent to remove when stripping (the whole comment / element / attribute value). */
  start: number;
  end: number;
  /** Human-readable reason, e.g. "hidden in HTML comment". */
  note: string;
  /** Weight multiplier for matches inside. */
  boost: number;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const HIDE_MARK =
  /(?:fill-|stroke-)?opacity\s{0,4}=\s{0,4}["']?0?\.?0{0,4}["'\s>]|font-size\s{0,4}=\s{0,4}["']?[0-2](?:\.\d{1,3})?(?:px|pt)?["'\s>]|visibility\s{0,4}=\s{0,4}["']?hidden|display\s{0,4}=\s{0,4}["']?none|display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}(?:hidden|collapse)|opacity\s{0,4}:\s{0,4}0?\.?0{0,4}(?=\s{0,4}[;"'!}])|font-size\s{0,4}:\s{0,4}(?:0(?:\.\d{1,4})?(?:px|em|rem|pt|%)?|[12](?:\.\d{1,4})?(?:px|pt))(?=\s{0,4}[;"'!}])|color\s{0,4}:\s{0,4}(?:transparent|rgba\([^)]{0,40},\s{0,4}0(?:\.0+)?\s{0,4}\)|(?:#fff(?:fff)?|white|rgb\(\s{0,4}255\s{0,4},\s{0,4}255\s{0,4},\s{0,4}255\s{0,4}\))(?=\s{0,4}(?:!important\s{0,4})?[;"'}]))|line-height\s{0,4}:\s{0,4}0(?:px)?\s{0,4};[^"']{0,200}overflow\s{0,4}:\s{0,4}hidden|(?:left|top|right|text-indent|margin-left|margin-top)\s{0,4}:\s{0,4}-\d{3,}|clip\s{0,4}:\s{0,4}rect\(\s{0,4}0|clip-path\s{0,4}:\s{0,4}inset\(\s{0,4}(?:50|100)%|(?:max-)?(?:height|width)\s{0,4}:\s{0,4}0(?:px)?\s{0,4};[^"']{0,200}overflow\s{0,4}:\s{0,4}hidden|\baria-hidden\s{0,4}=\s{0,4}["']?true|\bhidden(?=[\s>/=\"'])|\btype\s{0,4}=\s{0,4}["']?hidden\b|\b(?:sr-only|visually-hidden|screen-reader-text|screen-reader-only|d-none|is-hidden|u-hidden|hidden-text|invisible)\b/gi;
/** Literal starts of the markers, found in one automaton pass; each hit is then checked with HIDE_MARK. */
const HIDE_AC = buildAutomaton(["fill-opacity", "stroke-opacity", "display", "visibility", "opacity", "font-size", "color", "line-height", "left", "top", "right", "text-indent", "margin-left", "margin-top", "clip", "height", "width", "max-height", "max-width", "aria-hidden", "hidden", "type", "sr-only", "visually-hidden", "screen-reader", "d-none", "is-hidden", "u-hidden", "invisible"]);
const CSS_RULE = /([^{}]{1,400})\{([^{}]{0,2000})\}/g;
const CSS_HIDING = /display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden|opacity\s{0,4}:\s{0,4}0(?:\.0+)?\s{0,4}(?:;|$|!)|font-size\s{0,4}:\s{0,4}0(?:px|em|rem|pt|%)?\s{0,4}(?:;|$|!)|(?:left|top|text-indent)\s{0,4}:\s{0,4}-\d{3,}/i;
const NON_RENDERED = /<(script|style|template|noscript)\b[^>]{0,2000}>/gi;

export function looksLikeHtml(text: string, contentType?: string): boolean {
  if (contentType !== undefined) {
    if (/html|xml|svg/i.test(contentType)) return true;
    if (/json|javascript|text\/plain|markdown|csv/i.test(contentType)) return /<(?:!--|[a-z][\w-]{0,20}[\s>])/i.test(text.slice(0, 4096)) && /<\/[a-z]/i.test(text);
  }
  // A chat template's <<SYS>> … <</SYS>> is no element.
  return htmlElements(text) || (/(?<!<)<[a-zA-Z][\w-]{0,20}(?:\s[^<>]{0,500})?>/.test(text) && /(?<!<)<\/[a-zA-Z][\w-]{0,20}>/.test(text));
}

/** The text holds an element or comment of HTML itself, not only made-up tags such as <INFORMATION>…</INFORMATION>. */
export function htmlElements(text: string): boolean {
  return /<(?:!--|!doctype|html|head|body|div|p|span|a|img|meta|script|style|section|article|table|ul|li|h[1-6]|noscript|template|input|form|iframe|svg|main|nav|footer|header)[\s>/]/i.test(text);
}

/**
 * A `hidden` class token (Tailwind's and Bootstrap 3's display:none): a whole word of the element's own
 * class list, shown again by no responsive or state variant of that list ("hidden md:block", "hidden group-hover:flex").
 */
function hiddenClassToken(t: string, lt: number, pos: number): boolean {
  const open = /\bclass\s{0,4}=\s{0,4}(["'])([^"']{0,400})$/i.exec(t.slice(lt, pos));
  if (!open || !/(?:^|\s)$/.test(open[2]!) || !/^hidden(?:["'\s])/.test(t.slice(pos, pos + 7))) return false;
  const close = t.indexOf(open[1]!, pos);
  const list = t.slice(lt + open.index, close < 0 ? pos + 6 : close);
  return !/\S:(?:block|flex|inline|inline-block|inline-flex|grid|table|contents|visible)\b/.test(list);
}
/** The style attribute value that holds position `pos` of the start tag opening at `lt`. */
function styleValue(t: string, lt: number, pos: number): string {
  const open = /style\s{0,4}=\s{0,4}(["'])[^"']{0,2000}$/i.exec(t.slice(lt, pos));
  if (!open) return "";
  const close = t.indexOf(open[1]!, pos);
  return t.slice(lt + open.index, close < 0 ? Math.min(t.length, pos + 2000) : close);
}

/** End of the element whose start tag ends at `tagEnd`: the matching close tag's end. */
function elementEnd(text: string, name: string, tagEnd: number): number {
  const re = new RegExp(`<(/?)${name}\\b[^>]{0,2000}>`, "gi");
  re.lastIndex = tagEnd;
  let depth = 1;
  const limit = Math.min(text.length, tagEnd + 262144);
  for (let m = re.exec(text); m !== null && m.index < limit; m = re.exec(text)) {
    if (m[1] === "/") depth--;
    else if (!m[0].endsWith("/>")) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  // Unclosed: the text run that follows the tag.
  const next = text.indexOf("<", tagEnd);
  return next < 0 ? text.length : next;
}

/**
 * "Use the Composition API with <script setup>.", "put it in a <style scoped> block": a start tag that
 * words precede on its line and that nothing closes names the tag in prose; it opens no element.
 */
function tagNamedInProse(text: string, lt: number, tagEnd: number, lastClose: number): boolean {
  const ls = text.lastIndexOf("\n", lt - 1) + 1;
  const lead = text.slice(Math.max(ls, lt - 200), lt);
  return lastClose < tagEnd && /\p{L}/u.test(lead.slice(Math.max(lead.lastIndexOf("<"), lead.lastIndexOf(">")) + 1));
}

/** Where the last close tag of `name` starts; -1 when there is none. */
function lastCloseTag(text: string, name: string): number {
  let last = -1;
  for (const c of text.matchAll(new RegExp(`</${name}\\s{0,3}>`, "gi"))) last = c.index;
  return last;
}

function tagAt(text: string, lt: number): { name: string; end: number } | null {
  const m = /^<([a-zA-Z][\w:-]{0,40})\b[^>]{0,4000}>/.exec(text.slice(lt, lt + 4100));
  return m ? { name: m[1]!.toLowerCase(), end: lt + m[0].length } : null;
}

/** The greatest of the ascending `at` that is <= pos; -1 when none (String.lastIndexOf's answer, by binary search). */
function lastAtOrBefore(at: Int32Array, pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : at[lo - 1]!;
}

/** Every start of `needle` in `text`, overlapping ones included, ascending. */
function allIndexes(text: string, needle: string): Int32Array {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return Int32Array.from(out);
}

export class HiddenIndex {
  private elements: HiddenRegion[] | null = null;
  // Offsets of "<!--", "<" and ">", found once: locate() is asked per pattern match, and a
  // lastIndexOf per ask read back over the whole text where a page has none of them.
  private commentOpens: Int32Array | undefined;
  private tagOpens: Int32Array | undefined;
  private tagCloses: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /** The hidden region containing [start,end), the strongest if several; null when visible. */
  locate(start: number, end: number): HiddenRegion | null {
    let best: HiddenRegion | null = null;
    const consider = (r: HiddenRegion | null) => {
      if (r && r.start <= start && end <= r.end && (!best || r.boost > best.boost)) best = r;
    };
    consider(this.comment(start));
    consider(this.attribute(start, end));
    for (const r of this.elementRegions()) {
      if (r.start > start) break;
      consider(r);
    }
    return best;
  }

  /** Every hidden region (comments, hidden and non-rendered elements), in document order. */
  all(): HiddenRegion[] {
    const out = [...this.elementRegions()];
    for (let open = this.text.indexOf("<!--"); open >= 0; ) {
      const close = this.text.indexOf("-->", open + 4);
      const end = close < 0 ? this.text.length : close + 3;
      out.push({ kind: "comment", start: open, end, note: "hidden in HTML comment", boost: 1.8 });
      if (close < 0) break;
      open = this.text.indexOf("<!--", end);
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private comment(pos: number): HiddenRegion | null {
    const open = lastAtOrBefore((this.commentOpens ??= allIndexes(this.text, "<!--")), pos);
    if (open < 0) return null;
    const close = this.text.indexOf("-->", open + 4);
    if (close >= 0 && close + 3 <= pos) return null;
    return { kind: "comment", start: open, end: close < 0 ? this.text.length : close + 3, note: "hidden in HTML comment", boost: 1.8 };
  }

  private attribute(start: number, end: number): HiddenRegion | null {
    const t = this.text;
    const lt = lastAtOrBefore((this.tagOpens ??= allIndexes(t, "<")), start);
    if (lt < 0 || lastAtOrBefore((this.tagCloses ??= allIndexes(t, ">")), start - 1) > lt) return null;
    const m = /([\w:-]{1,60})\s{0,4}=\s{0,4}(["'])[^"']{0,8000}$/.exec(t.slice(Math.max(lt, start - 8100), start));
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    if (!/^(?:alt|title|aria-label|aria-description|aria-describedby|data-[\w-]+|content|placeholder|value|label|summary)$/.test(name)) return null;
    const quote = m[2]!;
    const valueStart = start - (m[0].length - m[0].indexOf(quote) - 1);
    const close = t.indexOf(quote, end);
    if (close < 0) return null;
    return { kind: "attribute", start: valueStart, end: close, note: `hidden in the ${name} attribute`, boost: 1.6 };
  }

  private elementRegions(): HiddenRegion[] {
    if (this.elements) return this.elements;
    const t = this.text;
    const out: HiddenRegion[] = [];
    const seen = new Set<number>();
    const addElement = (lt: number, kind: HiddenKind, note: string, boost: number) => {
      if (seen.has(lt)) return;
      const tag = tagAt(t, lt);
      if (!tag) return;
      seen.add(lt);
      const end = VOID.has(tag.name) ? tag.end : elementEnd(t, tag.name, tag.end);
      out.push({ kind, start: lt, end, note, boost });
    };
    // Inline hiding markers: the start tag they sit in hides its element.
    // A marker counts only inside a start tag: after a "<" (not "</" or "<!") with no "<" or ">"
    // in between. So the automaton runs over those stretches only, not over the prose.
    const marks: number[] = [];
    let base = 0;
    const onHit = (kw: number, end: number) => {
      const start = base + end - HIDE_AC.keywords[kw]!.length;
      if (start > 0 && /[\w-]/.test(t[start - 1]!)) return;
      if (marks.length === 0 || marks[marks.length - 1] !== start) marks.push(start);
    };
    let gt = -2; // next ">" at or after the current position (-1: none left)
    for (let lt = t.indexOf("<"); lt >= 0; ) {
      const next = t.indexOf("<", lt + 1);
      if (gt !== -1 && gt <= lt) gt = t.indexOf(">", lt + 1);
      let end = next < 0 ? t.length : next;
      if (gt >= 0 && gt < end) end = gt;
      const c1 = t.charCodeAt(lt + 1);
      if (c1 !== 47 && c1 !== 33 && end > lt + 1) {
        base = lt + 1;
        HIDE_AC.search(t.slice(lt + 1, end), onHit);
      }
      lt = next;
    }
    const sticky = new RegExp(HIDE_MARK.source, "iy");
    for (const pos of marks) {
      sticky.lastIndex = pos;
      const m = sticky.exec(t);
      if (!m) continue;
      const lt = t.lastIndexOf("<", pos);
      if (lt < 0 || t.lastIndexOf(">", pos - 1) > lt || t[lt + 1] === "/" || t[lt + 1] === "!") continue;
      const inTag = t.slice(lt, pos);
      const mark = m[0].toLowerCase();
      const inQuotes = (inTag.split('"').length - 1) % 2 === 1 || (inTag.split("'").length - 1) % 2 === 1;
      if (/^(?:sr-only|visually-hidden|screen-reader|d-none|is-hidden|u-hidden|hidden-text|invisible)/.test(mark)) {
        if (!/class\s{0,4}=\s{0,4}["'][^"']{0,400}$/i.test(inTag)) continue;
      } else if (mark === "hidden" && inQuotes) {
        if (!hiddenClassToken(t, lt, pos)) continue;
      } else if (mark === "hidden" || mark.startsWith("aria-hidden") || mark.startsWith("type")) {
        if (inQuotes) continue;
      } else if (!/style\s{0,4}=\s{0,4}["'][^"']{0,2000}$/i.test(inTag) && !/^(?:fill-|stroke-)?opacity\s*=|^font-size\s*=|^visibility\s*=|^display\s*=/.test(mark)) continue;
      // White text is hidden on the page's white background, unless its own style paints one behind it.
      if (/^color\s*:\s*(?:#f|white|rgb)/.test(mark) && /\bbackground/i.test(styleValue(t, lt, pos))) continue;
      const kind: HiddenKind = mark.startsWith("aria-hidden") ? "aria-hidden" : (mark === "hidden" && !inQuotes) || mark.startsWith("type") ? "hidden-attribute" : "css-hidden";
      const why = kind === "aria-hidden" ? "aria-hidden element" : kind === "hidden-attribute" ? "element with the hidden attribute" : `element hidden by CSS (${mark.replace(/\s+/g, "")})`;
      addElement(lt, kind, `hidden in ${why}`, 2.2);
    }
    // Non-rendered elements, and class/id hiding rules inside <style>.
    const hiddenNames = new Set<string>();
    NON_RENDERED.lastIndex = 0;
    const lastClose = new Map<string, number>();
    for (let m = NON_RENDERED.exec(t); m !== null; m = NON_RENDERED.exec(t)) {
      const name = m[1]!.toLowerCase();
      if (!lastClose.has(name)) lastClose.set(name, lastCloseTag(t, name));
      if (tagNamedInProse(t, m.index, m.index + m[0].length, lastClose.get(name)!)) continue;
      const end = elementEnd(t, name, m.index + m[0].length);
      out.push({ kind: "non-rendered", start: m.index, end, note: `in a <${name}> element (not rendered)`, boost: 1.4 });
      if (name === "style") {
        const css = t.slice(m.index + m[0].length, end);
        CSS_RULE.lastIndex = 0;
        for (let r = CSS_RULE.exec(css); r !== null; r = CSS_RULE.exec(css)) {
          if (!CSS_HIDING.test(r[2]!)) continue;
          for (const sel of r[1]!.split(",")) {
            const last = /([.#])([\w-]{1,60})\s*$/.exec(sel.trim());
            if (last) hiddenNames.add(last[1]! + last[2]!);
          }
        }
      }
      NON_RENDERED.lastIndex = end;
    }
    if (hiddenNames.size > 0) {
      const attr = /<[a-zA-Z][\w:-]{0,40}\b[^>]{0,2000}?\b(class|id)\s{0,4}=\s{0,4}["']([^"']{1,400})["']/gi;
      for (let m = attr.exec(t); m !== null; m = attr.exec(t)) {
        const prefix = m[1]!.toLowerCase() === "class" ? "." : "#";
        const hit = m[2]!.split(/\s+/).find((c) => hiddenNames.has(prefix + c));
        if (hit) addElement(m.index, "css-hidden", `hidden in element hidden by a stylesheet rule (${prefix}${hit})`, 2.2);
      }
    }
    out.sort((a, b) => a.start - b.start);
    this.elements = out;
    return out;
  }
}
