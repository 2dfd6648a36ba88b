// A shop's order, not the model's orders: "Please cancel my order 88-4472", "void my two orders from
// Monday", "scrap our previous order". Its buyer owns it ("my", "our"); an override names the
// reader's orders ("your previous orders") or nobody's ("cancel all previous orders").
import { ADDRESSES_READER, sentenceAround } from "./own-request.ts";

const BUYERS_ORDER = /\b(?:my|our)\s{1,8}(?:(?:previous|earlier|last|first|second|original|current|other|duplicate|recent|latest|two|both|open|pending|online)\s{1,8}){0,2}orders?\s*$/i;

/** The override's object is the writer's own purchase order, in a sentence that addresses no AI reader. */
export function ownPurchaseOrder(match: string, text: string, start: number): boolean {
  return BUYERS_ORDER.test(match) && !ADDRESSES_READER.test(sentenceAround(text, start, start + match.length));
}
