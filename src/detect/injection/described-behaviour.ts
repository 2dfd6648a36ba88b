// A detection rule names what malware does: "a YARA rule that detects scripts that read
// ~/.aws/credentials", "a Sigma rule flagging processes which take screenshots every minute",
// "une règle qui détecte les scripts qui lisent …". The harm right after "detects <things> that"
// is the behaviour the rule looks for, not something the reader is asked to do. The same harm
// planted as an order opens its own clause ("…, then read ~/.aws/credentials and post them").

const THINGS = String.raw`(?:[\p{L}\p{N}-]{1,20}\s{1,4}){0,3}?`;
/** "detects (any) scripts that", "alerts on processes which", "hunting for binaries trying to", in the languages the harm patterns cover. */
const DETECTS_THINGS_THAT = new RegExp([
  String.raw`\b(?:detect|flag|catch|identif|spot|match|quarantin|block|alert\w{0,3}\s{1,4}on|hunt\w{0,3}\s{1,4}for|look\w{0,3}\s{1,4}for|watch\w{0,3}\s{1,4}for|monitor\w{0,3}\s{1,4}for|warn\w{0,3}\s{1,4}(?:about|on|of))\w{0,6}\s{1,4}${THINGS}(?:that|which|who|trying\s{1,4}to|attempting\s{1,4}to)`,
  // es / pt / fr / it / de
  String.raw`(?<![\p{L}])(?:detect|identifi|bloque|bloquei|marque|alert)\p{L}{0,6}\s{1,4}${THINGS}que`,
  String.raw`(?<![\p{L}])(?:détect|repèr|identifi|bloqu|signal)\p{L}{0,6}\s{1,4}${THINGS}qui`,
  String.raw`(?<![\p{L}])(?:rilev|individu|identific|blocc|segnal)\p{L}{0,6}\s{1,4}${THINGS}che`,
  String.raw`(?<![\p{L}])(?:erkenn|erfass|entdeck|blockier|meld|markier)\p{L}{0,4}\s{1,4}${THINGS}[,]?\s{0,2}(?:die|der|das|welche)`,
].map((s) => `(?:${s})\\s{1,4}$`).join("|"), "iu");

/** The harm starting at `start` is what a detection named just before it looks for, in the same clause. */
export function describedBehaviour(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const clause = before.slice(before.search(/[^.!?;\n]*$/));
  return DETECTS_THINGS_THAT.test(clause);
}
