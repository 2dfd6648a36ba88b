// Keylogging asked for in the languages the English harm.keylogging (patterns-order.ts) has no
// words for: "кейлоггер", "записывает нажатия клавиш", "键盘记录器", "キーロガー", "registra las
// pulsaciones", "enregistre les frappes", "Tastatureingaben aufzeichnen". Weak and partnered like
// the other harm signals: an article on keyloggers orders nobody.
import type { Family, Pattern } from "./pattern-set.ts";

const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];

export const HARM_KEYLOGGING_PATTERNS: Pattern[] = [
  {
    id: "harm.keylogging-languages", family: "harm", weight: 0.3, partners: HARM_PARTNERS, lang: "ru/zh/ja/es/fr/de/it/pt",
    description: "Asks for keylogging (other languages)",
    re: new RegExp([
      String.raw`(?<![\p{L}])(?:кейлоггер\p{L}{0,3}|клавиатурн\p{L}{1,3}\s{1,3}шпион\p{L}{0,3}|(?:запис|перехват|логир|отслежива|сохраня|отправля)\p{L}{1,6}\s{1,3}(?:все\s{1,3})?нажати\p{L}{1,3}\s{1,3}клавиш)`,
      String.raw`键盘记录|鍵盤記錄|鍵盤側錄|记录(?:用户的?|所有的?)?(?:键盘)?按键|キーロガー|キー入力を(?:記録|盗|送信)`,
      String.raw`(?<![\p{L}])(?:registr\p{L}{1,4}|captur\p{L}{1,4}|grab\p{L}{1,4}|enregistr\p{L}{1,4}|intercept\p{L}{1,4})\s{1,3}(?:(?:todas\s{1,3}|toutes\s{1,3}|tutte\s{1,3})?(?:las|les|le|as|os)|cada|chaque|ogni)\s{1,3}(?:pulsaci(?:ones|ón)(?:\s{1,3}de\s{1,3}(?:teclas?|teclado))?|frappes?(?:\s{1,3}(?:du|de)\s{1,3}clavier)?|sequenze\s{1,3}di\s{1,3}tasti|pressioni\s{1,3}dei\s{1,3}tasti|teclas\s{1,3}digitadas|digitações)`,
      String.raw`(?<![\p{L}])(?:registrador|enregistreur)\s{1,3}de\s{1,3}(?:teclas|frappes?|pulsaciones)`,
      String.raw`(?<![\p{L}])Tastatur(?:eingaben|anschläge)\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}?(?:aufzeichne\p{L}{0,2}|aufzeichn\p{L}{1,3}|protokollier\p{L}{0,3}|mitschneid\p{L}{0,3}|abfang\p{L}{0,3}|mitschreib\p{L}{0,3})`,
    ].join("|"), "giu"),
    anchors: ["кейлоггер", "клавиатурн", "нажати", "键盘", "鍵盤", "按键", "キーロガー", "キー入力", "pulsaci", "frappe", "tasti", "teclas", "digitaç", "tastatur"], before: 40, after: 60,
  },
];
