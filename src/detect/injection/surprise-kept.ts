// "不要告诉经理，我们想给他也准备一份礼物", "Не говори Маше — это сюрприз на день рождения", "No le digas
// nada a Ana, es una fiesta sorpresa": what colleagues keep from someone is a surprise, a gift or a
// party. The note names no AI and asks for nothing to be sent, paid, deleted or handed over, so it
// keeps nothing from an AI's user.

const SURPRISE = /惊喜|驚喜|生日|礼物|禮物|派对|派對|聚会|聚會|欢送会|歡送會|庆祝|慶祝|欢迎会|歡迎會|纪念日|紀念日|サプライズ|プレゼント|誕生日|送別会|送別|歓迎会|パーティー?|お祝い|記念日|깜짝|선물|생일|파티|송별회|환송회|환영회|축하|기념일|сюрприз\p{L}*|подар\p{L}*|день\s{1,3}рождени\p{L}*|праздник\p{L}*|sorpresa|regalo|cumpleaños|despedida|surprise|cadeau|anniversaire|pot\s{1,3}de\s{1,3}départ|Überraschung\p{L}*|Geschenk\p{L}*|Geburtstag\p{L}*|Abschiedsfeier|surpresa|presente|aniversário|festa|compleanno|doğum\s{1,3}günü|sürpriz|hediye|niespodziank\p{L}*|prezent\p{L}*|urodzin\p{L}*/iu;
/** An AI named, or something to be handed over, sent, paid or deleted: no colleagues' secret. */
const AGENT_OR_ACT = /(?<![\p{L}])(?:AI|IA|KI|ИИ|ШІ|LLM|GPT|bots?|агент\p{L}*|ассистент\p{L}*|asistente|assistente|Assistent\p{L}*|assistant|agent)(?![\p{L}])|助手|助理|智能|机器人|機器人|アシスタント|エージェント|어시스턴트|에이전트|https?:|www\.|\S@\S|\d{6,}|发送|發送|发到|發到|转发|轉發|转账|轉帳|汇款|匯款|付款|删除|刪除|密码|密碼|链接|鏈接|送信|削除|振込|パスワード|(?<![\p{L}])(?:перешли|отправь|удали|переведи|оплати|пароль|envía|reenvía|borra|transfiere|paga|contraseña|schick\p{L}*|sende|lösche|überweis\p{L}*|Passwort|envoie|supprime|vire|paie|mot\s{1,3}de\s{1,3}passe|invia|inoltra|cancella|paga|password|envie|apague|senha)(?![\p{L}])/iu;

/** The concealment at `start`..`end` keeps a surprise among people (one within 200 characters), in a note that involves no AI and no act. */
export function keptForSurprise(text: string, start: number, end: number): boolean {
  if (!SURPRISE.test(text.slice(Math.max(0, start - 200), end + 200))) return false;
  return text.length <= 3000 && !AGENT_OR_ACT.test(text);
}
