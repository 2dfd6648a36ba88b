// A purchase or booking ordered on the user's behalf with their stored means of payment: "book the
// first hotel with the saved card", "complete the checkout using the card on file", "결제까지 진행하세요",
// "finalisez le paiement avec la carte enregistrée". Weak and partnered: a shop's help page tells its
// customers the same; only an address to the agent, a pseudo-system turn or a skipped check makes it
// an order slipped to a shopping agent.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role", "pseudo-tag"];
const SAVED_EN = String.raw`(?:(?:the|their|his|her|my|your)\s{1,3}(?:user['’]s\s{1,3}|customer['’]s\s{1,3})?|the\s{1,3}(?:user|customer)['’]s\s{1,3})(?:saved|stored|default|linked|registered|on-?file)\s{1,3}(?:credit\s{1,3}|debit\s{1,3}|payment\s{1,3}|bank\s{1,3})?(?:card|payment\s{1,3}method|account|wallet|details)|(?:the|their|the\s{1,3}user['’]s)\s{1,3}(?:credit\s{1,3}|debit\s{1,3}|payment\s{1,3})?card\s{1,3}on\s{1,3}file`;

export const CHECKOUT_ORDER_PATTERNS: Pattern[] = [
  {
    id: "order.pay-with-saved-card", family: "order", weight: 0.3, partners: PARTNERS,
    description: "A purchase or booking ordered with the user's stored payment (\"book the first hotel with the saved card\")",
    re: new RegExp([
      String.raw`\b(?:book|buy|purchase|order|reserve|pay(?:\s{1,3}for)?|check\s{1,3}out|complete|finali[sz]e|confirm|subscribe)\b(?:[^.\n]|\.(?=\S)){1,100}?\b(?:with|using|via|on|through)\s{1,3}(?:${SAVED_EN})`,
      // fr / es / de / it / pt: "avec la carte enregistrée", "con la tarjeta guardada", "mit der gespeicherten Karte"
      String.raw`(?<![\p{L}])(?:avec|con|com|mit)\s{1,3}(?:la|le|a|o|der|dem|il)\s{1,3}(?:carte\s{1,3}(?:bancaire\s{1,3})?(?:enregistr[ée]e|sauvegard[ée]e|m[ée]moris[ée]e)|tarjeta\s{1,3}(?:guardada|registrada|almacenada)|carta\s{1,3}(?:salvata|memorizzata|registrata)|cart[ãa]o\s{1,3}(?:salvo|guardado|registrado|cadastrado)|gespeicherten\s{1,3}(?:Karte|Kreditkarte|Zahlungsmethode|Zahlungsart))`,
      // ko / zh / ja: "결제까지 진행하세요", "저장된 카드로 결제", "用已保存的银行卡支付", "保存されたカードで決済"
      String.raw`(?:결제|구매|주문|예약)(?:까지|를|을)?\s{0,2}(?:진행|완료|확정)(?:하세요|해\s{0,2}주세요|하십시오|해라|할\s{0,2}것)|저장된\s{0,2}(?:카드|결제\s{0,2}수단)(?:로|으로)`,
      String.raw`(?:用|使用|以)(?:用户|用戶|客户|客戶)?(?:已)?(?:保存|储存|儲存|绑定|綁定)(?:的)?(?:银行卡|銀行卡|信用卡|卡|支付方式)|保存(?:され|し)た(?:カード|クレジットカード|支払い方法)で`,
    ].join("|"), "giu"),
    anchors: ["saved", "stored", "default", "linked", "registered", "on file", "on-file", "enregistr", "sauvegard", "mémoris", "memoris", "guardada", "registrada", "almacenada", "salvata", "memorizzata", "registrata", "salvo", "guardado", "registrado", "cadastrado", "gespeicherten", "결제", "구매", "주문", "예약", "저장된", "保存", "储存", "儲存", "绑定", "綁定"],
    before: 120, after: 80,
  },
];
