// A string literal written through its language's wrapper: a prefix glued to the quote (C++'s `L"…"`,
// `u8"…"`, `u"…"`, Python's `b'…'`, `r"…"`, Rust's `r"…"`), or a macro or constructor whose argument is
// the literal (Unreal's `TEXT("…")`, MFC's `_T("…")`, wxWidgets' `wxT("…")`, Core Foundation's
// `CFSTR("…")`, Qt's `QStringLiteral("…")`, Unreal's `FString(TEXT("…"))`). The wrapper changes the
// literal's encoding or type, not its value: a name's walk to its value passes over it. So does a call
// that quotes a literal for a bundler to inline (vite's `define`, webpack's DefinePlugin: `JSON.stringify("…")`)
// or converts it to a string (`String("…")`); their argument must be the literal itself, not a reference.

/** Prefixes glued to the opening quote, lower-cased. */
const PREFIXES = new Set(["l", "u", "u8", "r", "b", "br", "rb"]);
/** Macros and string types called on the literal, lower-cased. */
const MACROS = new Set(["text", "_t", "_text", "__t", "wxt", "_u", "cfstr", "qstringliteral", "qlatin1string", "qstring", "fstring", "fname", "tchar"]);

const isQuote = (c: number) => c === 34 || c === 39;

/**
 * The word `word` ends at k: the index to go on walking from (its quote or its call's
 * bracket) when it wraps the literal that follows, else -1.
 */
export function literalWrapperEnd(text: string, k: number, word: string): number {
  if (word === "json" && text.startsWith(".stringify(", k)) return literalArgument(text, k + 10);
  if (word === "string") return literalArgument(text, k);
  const c = text.charCodeAt(k);
  if (isQuote(c)) return PREFIXES.has(word) ? k : -1;
  if (c !== 40 || !MACROS.has(word)) return -1;
  // The call's argument is a literal, or another wrapper's call (`FString(TEXT("…"))`).
  let j = k + 1;
  while (text.charCodeAt(j) === 32) j++;
  const d = text.charCodeAt(j);
  return isQuote(d) || (d >= 65 && d <= 122) ? k : -1;
}

/** `open` (a call's bracket) when its argument opens with a quote, after blanks; else -1. */
function literalArgument(text: string, open: number): number {
  if (text.charCodeAt(open) !== 40) return -1;
  let j = open + 1;
  while (text.charCodeAt(j) === 32) j++;
  return isQuote(text.charCodeAt(j)) ? open : -1;
}
