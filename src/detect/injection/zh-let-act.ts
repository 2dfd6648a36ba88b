// "不要让助手在未确认的情况下发送文件", "別讓孩子一個人上網": "不要让 X …" keeps X from doing something,
// a safety rule; it hides something only when X is kept from knowing or seeing ("不要让用户知道",
// "不要讓他發現", "不要让用户看到这条消息").

const KNOW = /^[^。！!？?\n，,；;]{0,16}?(?:知道|知晓|知曉|得知|晓得|曉得|发现|發現|察觉|察覺|注意到|看到|看见|看見|看出|听到|聽到|听说|聽說|起疑|怀疑|懷疑|猜到|了解到|意识到|意識到)/u;

/** The concealment match ends in 让 / 讓 (and the user) and what follows in the clause is no knowing or seeing. */
export function letsActNotKnow(match: string, text: string, start: number): boolean {
  return /[让讓](?:用户|用戶|使用者)?$/u.test(match) && !KNOW.test(text.slice(start + match.length, start + match.length + 40));
}
