// Product documentation names its subject in a label: "Documentation produit — Assistant IA",
// "Documentação do assistente:", "Guía del asistente:", "Handbuch für den KI-Assistenten:". The AI
// noun after a documentation kind is what the page documents, nobody is called on.

/** A documentation kind opening the line, a few linking words, an optional dash or colon, then the AI noun's words up to the hit's end. */
const DOC_LABEL_BEFORE = /^[^\S\n]{0,3}[#*>]{0,4}[^\S\n]{0,2}(?:documentation|docs|doc|guide|manual|handbook|user\s{1,3}guide|help|FAQs?|release\s{1,3}notes|documenta[cç][aã]o|documentaci[oó]n|documentazione|Dokumentation|Doku|Handbuch|Benutzerhandbuch|Anleitung|Hilfe|Leitfaden|manuel|mode\s{1,3}d['’]emploi|aide|notes\s{1,3}de\s{1,3}version|gu[ií]a|guida|manuale|ajuda|ayuda|notas\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:vers[aã]o|versi[oó]n)|note\s{1,3}di\s{1,3}rilascio)(?:[^\S\n]{1,3}[\p{L}'’]{1,15}){0,3}?[^\S\n]{0,3}(?:[—–:|-][^\S\n]{0,3})?(?:[\p{L}]{1,3}['’])?(?:[\p{L}\p{N}'’-]{1,20}(?:[^\S\n]{1,3}[\p{L}\p{N}'’-]{1,20}){0,3})?[^\S\n]{0,3}$/iu;

/** The addressed hit from `start` to `end` names the subject of a documentation label on its line. */
export function docLabelAddress(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  if (end - ls > 120) return false;
  return DOC_LABEL_BEFORE.test(text.slice(ls, end));
}
