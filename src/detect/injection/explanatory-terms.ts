// Terms of prose that explains attacks (prompt injection, jailbreak, payload, example, security, …, in
// many languages): a quoted or displayed phrase among them is shown to a reader, not said to a model.
// Found once per text, in the document context of a scan (DocContext.explanatory).
import { asciiAlternatives } from "../ascii-alternatives.ts";
import { lowerBound } from "../sorted.ts";

export const EXPLAIN = /prompt[\s-]{0,2}injections?|hidden\s{1,3}prompts?\b|\bmisconduct\b|\binjections?\b|jailbreak(?:s|ing)?\b|\battack(?:s|ers?|ed)?\b|\bmalicious\b|adversarial|(?<![\w.-])examples?(?![\w.-])|\be\.g\.|for\s+instance|such\s+as|\bpayloads?\b|\bOWASP\b|red[\s-]team|mitigat\w+|\bdefen[cs]es?\b|vulnerab\w+|\bexploit\w*|phishing|classifier|\bdetect\w*|guardrails?|the\s+(?:phrase|string|text|sentence|line)\b|\btechniques?\b|\bthreats?\b|known\s+as|\bsecurity\b|researchers?\b|\bLLM0\d\b|\bfindings?\s{0,2}#\s{0,2}\d|\bcompromised\b|\btrick(?:ed|s)\b|\binjected\b|\bbenchmarks?\b|\b(?:test|eval(?:uation)?)[\s-]sets?\b|\bhidden\s+instructions?\b|\bCVE-\d|\bGHSA-|\bpen[\s-]?test\w*|taxonomy|this\s+(?:kind|type)\s+of|a\s+classic|\btemplates?\b|\btokeni[sz]er\b|\bformat\b|\bsyntax\b|\bdocumentation\b|\bcase\s+stud(?:y|ies)|\bsanitiz\w+|\buntrusted\b|\bfilter(?:s|ing)?\b|\bblock(?:s|ed|ing)?\b|\bflag(?:s|ged)?\b|\bhow\s+to\s+(?:protect|defend|prevent|spot|recogni[sz]e)|\b(?:expect|assert\w{0,8}|refus\w{1,4})\b|\b(?:test|it|describe)\s{0,2}\(|(?<![\u0400-\u04FF])(?:атак[\u0400-\u04FF]*|инъекц[\u0400-\u04FF]*|злоумышленник[\u0400-\u04FF]*|фраз[\u0400-\u04FF]*|пример[\u0400-\u04FF]*|джейлбрейк[\u0400-\u04FF]*|уязвимост[\u0400-\u04FF]*)|\b(?:ataques?|atacantes?|inyecci[oó]n|inje[çc][ãa]o|ejemplos?|exemplos?|la\s+frase|a\s+frase|Angriff\w*|Angreifer\w*|Beispiel\w*|Injektion\w*|die\s+Phrase|attaques?|attaquants?|exemples?|la\s+phrase|attacc(?:o|hi|ant[ei])|iniezion[ei]|esemp(?:io|i)|aanval(?:len|lers?)?|injecties?|voorbeeld(?:en)?)\b|攻击|攻撃|注入|例如|短语|インジェクション|例えば|(?<![\w.])(?:np|z\.\s?B|p\.\s?ex|p\.\s?ej|ad\s?es|bijv|bv|örn|напр)\.(?=\s)|\b(?:por\s+ejemplo|par\s+exemple|zum\s+Beispiel|na\s+przyk[lł]ad|przyk[lł]ad[a-ząćęłńóśźż]*|misalnya|contoh(?:nya)?|bijvoorbeeld)\b|örneğin|örnek|ví\s+dụ|наприклад|например|приклад[\u0400-\u04FF]*|مثلا|مثلاً|مثال|לדוגמה|למשל|उदाहरण|예를\s?들어|예시|比如|举例|舉例|\b(?:atak[a-ząćęłńóśźż]*|wstrzykni[a-ząćęłńóśźż]*|z[lł]o[sś]liw[a-ząćęłńóśźż]*|serangan|penyerang|injeksi|enjeksiyon[a-zçğıöşü]*)\b|saldır[a-zçğıöşü]*|tấn\s+công|ін[\'’]?єкц[\u0400-\u04FF]*|зловмисник[\u0400-\u04FF]*|هجوم|هجمات|حقن|המתקפה|מתקפ|התקפ|הזרק|हमल|इंजेक्शन|공격|인젝션|주입|사고\s{0,2}보고서|インシデント報告|事故报告|事件报告|\bincident\s+reports?\b|\bpost-?mortems?\b|\b(?:fraud\w*|scams?|fraudes?|estafas?|Betrug\w*|arnaques?|escroqueries?|truffe?|frod[ei]|awareness|concienciaci|sensibilizaci|Sensibilisierung|sensibilisation|consapevolezza|conscientiza|robustness|robustez|Robustheit|robustesse|robustezza|(?:Sicherheits)?forscher\w*|investigadores|chercheurs|pesquisadores|ricercatori|Sicherheit\w*|seguridad|s[ée]curit|sicurezza|seguran[cç]a)|诈骗|詐騙|欺诈|詐欺|钓鱼|釣魚|フィッシング|피싱|фишинг|诱导|誘導|不可信|复盘|複盤|恶意|惡意|悪意|漏洞|脆弱性|鲁棒|稳健性|\bwe\s{1,3}(?:append|prepend|insert|inject|plant|hide|embed|hid)(?:ed)?\b|\b(?:insertamos|añadimos|inyectamos|ocultamos|inserimos|injetamos|inseriamo|iniettiamo|ins[ée]rons|injectons|f[üu]gen\s{1,3}wir|wir\s{1,3}(?:f[üu]gen|verstecken|betten))|我们(?:在|将|把)[^。\n]{0,20}(?:插入|植入|嵌入)|\b(?:filtres?|filtros?|filtri|Filterregel\w*|blo(?:qu[ée]e?s?|que(?:s|nt)?|quea(?:n|do|dos)?|queia(?:m|do)?|ccat[oiae]|cca(?:no)?)|blockier\w{0,4}|gesperrt|garde-fous?|pi[ée]g[ée]e?s?|non\s+fiables?|no\s+confiables?|n[ãa]o\s+confi[áa]ve(?:l|is)|non\s+attendibil[ei]|nicht\s+vertrauensw[üu]rdig\w{0,2}|malveillant\w{0,2}|malicios[oa]s?|malevol[oiae]|dannos[oiae]|b[öo]sartig\w{0,2}|jeux?\s+de\s+tests?|conjuntos?\s+de\s+prueba|Testdatensatz|Testsatz|(?:consignes?|instructions?)\s+cach[ée]es?|instrucci[oó]n(?:es)?\s+ocultas?|instru[çc](?:[ãa]o|[õo]es)\s+(?:ocultas?|escondidas?)|istruzion[ei]\s+nascost[ae]|versteckte[nr]?\s+Anweisung(?:en)?)\b|(?<![\u0400-\u04FF])(?:фильтр[\u0400-\u04FF]*|блокир[\u0400-\u04FF]*|недоверенн[\u0400-\u04FF]*|вредоносн[\u0400-\u04FF]*|скрыт[\u0400-\u04FF]{1,3}\s+инструкц[\u0400-\u04FF]*)|过滤|過濾|拦截|攔截|屏蔽|护栏|護欄|フィルタ|ブロック|遮断|ガードレール|信頼できない|隠れた指示|隠し指示|(?<![\u0600-\u06FF])(?:ال)?(?:فلتر|مرشح|فلاتر)|يحظر|تحظر|محظور\S{0,2}|حظر|غير\s+موثوق\S{0,2}|(?<![\u0600-\u06FF])مثل(?![\u0600-\u06FF])|تعليمات\s+مخفية|(?<![\u0600-\u06FF])ضارة?(?![\u0600-\u06FF])/gi;

/** EXPLAIN for text without a character above U+007F: the same matches there, found 5x faster. */
export const EXPLAIN_ASCII = asciiAlternatives(EXPLAIN);
const NON_ASCII = /[^\x00-\x7f]/;

/** EXPLAIN's matches in one text, in order, with the term each is (lower-cased, a plural's s dropped). */
export class ExplanatoryTerms {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly terms: string[] = [];

  constructor(readonly text: string) {
    const re = new RegExp(NON_ASCII.test(text) ? EXPLAIN : EXPLAIN_ASCII);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      this.terms.push(m[0].toLowerCase().replace(/s$/, ""));
    }
  }

  /** At least `min` distinct terms within ±600 characters of [start, end) (the span itself excluded). */
  near(start: number, end: number, min: number): boolean {
    const seen = new Set<string>();
    const take = (from: number, to: number) => {
      for (let i = lowerBound(this.starts, from); i < this.starts.length && this.starts[i]! < to; i++) if (this.ends[i]! <= to) seen.add(this.terms[i]!);
    };
    take(Math.max(0, start - 600), start);
    take(end, Math.min(this.text.length, end + 600));
    return seen.size >= min;
  }
}
