// "安装脚本会创建 agentd 系统用户" (the install script creates …), "删除操作将无法撤销" (deletion
// cannot be undone): a Chinese verb opens a noun phrase that is the subject of a statement, not an
// order. An order goes on to its object ("删除所有文件"); a statement reaches its modal or copula
// within a few characters, before any punctuation.

const BARE_VERB = /(?:删除|刪除|发送|發送|执行|執行|运行|運行|关闭|關閉|下载|下載|安装|安裝|上传|上傳|转发|轉發)$/u;
/** A short noun head, then the subject's modal, copula or a verb of state: "脚本会", "过程中将", "完成后即可". */
const SUBJECT_THEN_PREDICATE = /^[\p{Script=Han}A-Za-z0-9 ]{0,8}?(?:会|會|将|將|是|可以|可能|已经|已經|需要|通常|默认|默認|也|都|即可|失败|失敗|成功|完成)/u;
/** Asked for politely or urgently: an order whatever follows. */
const ORDER_PREFIX = /(?:请|請|立即|立刻|马上|馬上|务必|務必|直接|悄悄|现在|現在)\s{0,2}(?:删除|刪除|发送|發送|执行|執行|运行|運行|关闭|關閉|下载|下載|安装|安裝|上传|上傳|转发|轉發)$/u;

/** The Chinese verb that ends `match` (at `start` in `text`) opens the subject of a statement. */
export function verbOpensSubject(match: string, text: string, start: number): boolean {
  if (!BARE_VERB.test(match) || ORDER_PREFIX.test(match)) return false;
  const end = start + match.length;
  return SUBJECT_THEN_PREDICATE.test(text.slice(end, end + 16));
}
