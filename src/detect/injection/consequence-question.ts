// "忽略系统提示会怎样？", "システムプロンプトを無視するとどうなりますか？", "시스템 프롬프트를 무시하면
// 어떻게 되나요?": the phrase is the condition of a question about what follows from it (an FAQ, a
// user asking), in the same clause; an order goes on to what it wants done.

const ZH = /^[^。！!？?\n，,；;：:]{0,20}?(?:会|會|将|將|就)?(?:怎样|怎樣|怎么样|怎麼樣|发生什么|發生什麼|出现什么|出現什麼|有什么(?:后果|影响|风险|问题|危害)|有什麼(?:後果|影響|風險|問題|危害)|的(?:后果|後果|影响|影響|风险|風險)是什么|的(?:后果|後果|影响|影響|风险|風險)是什麼)[^。！!\n，,]{0,6}[？?]/u;
const JA = /^[^。！!？?\n、]{0,12}?(?:すると|したら|すれば|した場合|しても|されると|されたら)[、\s]{0,2}(?:どうなり|どうなる|何が起こ|何が起き|どんな(?:影響|問題|リスク))[^。！!\n]{0,10}[？?]/u;
const KO = /^[^.!?？\n]{0,12}?(?:하면|할\s{0,2}경우|한다면|하게\s{0,2}되면)\s{0,2}(?:어떻게\s{0,2}되|무슨\s{0,2}일이|어떤\s{0,2}(?:일이|문제|결과|영향))[^.!\n]{0,12}[?？]/u;

/** The CJK phrase ending at `end` is the "if" of a question asking what would then happen. */
export function asksWhatHappens(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (!(c >= 0x3000 || c === 0x20)) return false;
  const after = text.slice(end, end + 48);
  return ZH.test(after) || JA.test(after) || KO.test(after);
}
