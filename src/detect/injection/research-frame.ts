// Writing about prompt injection — course notes on a benchmark, research notes, a security advisory,
// a newsletter warning readers about assistants — quotes and describes attacks: "Attack texts ask the
// model to …", "hidden text addressed to the assistant, such as …", "between <INFORMATION> tags".
// Its title presents it as such a write-up, and its body is about attacks. An address to the AI
// reader in such a text describes the attack, it does not make one.

/** A title presenting the text as notes, research, a benchmark overview, an advisory or a newsletter, in the languages. */
const WRITE_UP_TITLE = /(?<![\p{L}])(?:benchmarks?|course\s{1,3}notes|lecture(?:\s{1,3}notes)?|research(?:\s{1,3}notes?)?|paper|survey|literature\s{1,3}review|(?:security\s{1,3})?advisory|newsletter|digest|RSS\s{1,3}item|write-?up|threat\s{1,3}report|evaluation|evaluaci[oó]n|avalia[cç][aã]o|évaluation|valutazione|Evaluierung|notas(?:\s{1,3}de\s{1,3}(?:clase|curso|aula|investigaci[oó]n|pesquisa))?|investigaci[oó]n|pesquisa|bolet[ií]n|boletim|aviso\s{1,3}de\s{1,3}seguridad|notes\s{1,3}de\s{1,3}(?:cours|recherche)|recherche|bulletin|avis\s{1,3}de\s{1,3}s[ée]curit[ée]|lettre\s{1,3}d['’]information|appunti|ricerca|Forschung\p{L}{0,8}|Vorlesung\p{L}{0,4}|Sicherheitshinweis\p{L}{0,2}|Sicherheitswarnung|исследовани\p{L}{0,2}|конспект\p{L}{0,2}|рассылк\p{L}{0,2}|бюллетен\p{L}{0,2}|бенчмарк\p{L}{0,2})(?![\p{L}])|研究|笔记|筆記|基准|安全公告|ベンチマーク|論文|講義|勧告|연구|강의|보안\s?권고|뉴스레터/iu;
/** What the body is about: attacks on models, injected or hidden text, in the languages. */
const ATTACK_TOPIC = /(?<![\p{L}])(?:(?:prompt\s{1,3})?injections?|jailbreaks?|attacks?|attackers?|adversarial|hid(?:e|es|den|ing)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:text|instructions?|prompts?|commands?)|malicious|inyecci[oó]n\p{L}{0,2}|ataques?|inje[cç][aã]o|injeções|attaques?|attacc(?:o|hi)|iniezion[ei]|Angriff\p{L}{0,3}|Injektion\p{L}{0,2}|атак\p{L}{0,2}|инъекци\p{L}{0,2})(?![\p{L}])|注入|攻击|攻擊|攻撃|インジェクション|공격|인젝션/iu;

/** The hit at `start` opens a line below the title ("(Hidden note for AI tutors: …"): a label planted in the text, not prose describing one. */
export function opensLine(text: string, start: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  return ls > 0 && /^[\s([{*#>\-•"'“«]*$/u.test(text.slice(ls, start));
}

/** The text is a write-up about attacks on AI readers: a write-up title on its first line and the attack topic in its body. */
export function writtenAboutAttacks(text: string): boolean {
  const first = /^\s*([^\n]{1,200})/.exec(text)?.[1];
  // "From: newsletter@example.org" names a sender, not the text's kind.
  if (first === undefined || !WRITE_UP_TITLE.test(first.replace(/\S*[@/]\S*/g, " "))) return false;
  return ATTACK_TOPIC.test(text.length > 20_000 ? text.slice(0, 20_000) : text);
}
