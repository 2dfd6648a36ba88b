// After setting their earlier instruction aside, a user asks for another batch of short pieces of
// their own writing: "re-draft 10 titles for my blog", "블로그 글 제목을 10개 다시 뽑아줘", "タイトルを
// 出し直して", "重新给我的博客起10个标题", "vuelve a proponer títulos". A new draft of the user's own
// titles, names or slogans is all it asks (own-request.ts keeps harm cues out).

/** The short creative pieces a user has drafted over and over: titles, headlines, names, slogans, ideas. */
const PIECES_EN = String.raw`(?:titles?|headlines?|names?|slogans?|taglines?|subject\s{1,4}lines?|captions?|hashtags?|hooks?|ideas?|blurbs?)`;
const PIECES_ROMANCE = String.raw`(?:títulos?|titulares?|nombres?|eslóganes|eslogan|ideas?|titres?|noms?|slogans?|idées?|Titel|Überschriften|Namen|Ideen|titoli|nomi|idee|nomes)`;

export const REGENERATE = new RegExp([
  // en: a redo verb or "come up with / give me / suggest … new", then the pieces
  String.raw`\b(?:re-?draft|redo|re-?write|regenerate|re-?brainstorm|re-?suggest|re-?pick|(?:come\s{1,4}up\s{1,4}with|give\s{1,4}me|suggest|brainstorm|write)\s{1,4}(?:\d{1,2}\s{1,4})?(?:new|fresh|different|other|more))\s{1,4}(?:[\w'’-]{1,20}\s{1,4}){0,3}?${PIECES_EN}\b`,
  // ko: 다시 / 새로 with a verb that produces a batch (뽑아, 지어, 골라, 추천, 제안)
  String.raw`(?:다시|새로)\s{0,2}(?:뽑아|지어|골라|추천해|제안해|생각해|만들어|써)`,
  // ja: a redo of proposals (出し直, 選び直, 提案し直) or "もう一度 … 出して / 考えて"
  String.raw`(?:出し直|選び直|提案し直|挙げ直|考え直)|(?:タイトル|見出し|名前|案|キャッチコピー|アイデア)[^。\n]{0,20}?(?:改めて|新しく|別の)[^。\n]{0,10}?(?:出して|考えて|提案して)`,
  // zh: 重新 / 再 with a producing verb (起, 想, 拟, 取, 列, 出, 给, 生成, 推荐)
  String.raw`(?:重新|再)(?:帮我|幫我|给我|給我)?(?:起|想|拟|擬|取|列|出|给|給|生成|推荐|推薦)[^。\n]{0,20}?(?:标题|標題|名字|名称|名稱|口号|口號|文案|点子|點子|想法)`,
  // es / fr / de / it / pt: "again / new" with the pieces
  String.raw`(?<![\p{L}])(?:vuelve\s{1,4}a\s{1,4}(?:proponer|sugerir|generar|escribir|redactar|darme)|(?:propose|suggère|rédige|génère|écris|donne)\p{L}{0,2}(?:-moi)?\s{1,4}(?:à\s{1,4}nouveau|de\s{1,4}nouveaux|d['’]autres)|(?:schlag|gib|schreib)\p{L}{0,2}\s{1,4}(?:mir\s{1,4})?(?:noch\s{1,4}(?:mal|einmal)\s{1,4})?(?:\d{1,2}\s{1,4})?neue|(?:riproponi|riscrivi|proponi\s{1,4}di\s{1,4}nuovo)|(?:sugira|proponha|escreva|me\s{1,4}d[êe])\s{1,4}(?:de\s{1,4}novo|novamente|outros|novos))\s{1,4}(?:[\p{L}\p{N}]{1,20}\s{1,4}){0,3}?${PIECES_ROMANCE}(?![\p{L}])`,
].join("|"), "iu");
