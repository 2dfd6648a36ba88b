// A name in another language, put into English (secret-words.ts glossName), judged with its value
// by the English rules that read a named slot's value as a whole (named-secret-slot,
// generic-secret-assignment): a value those rules take after `api_key:` or `secret_key =` (a
// `<hex>-<uuid>` key, 32 random capitals) is taken after "API Anahtarı:" or `gizli_anahtar =`.
// The rules run unchanged on the glossed name followed by the text after the foreign one.
import type { MatchResult, Rule } from "./types.ts";
import { notReal } from "../placeholder.ts";

/** How much of the text after the name the English rules read (their `after`). */
const TAIL = 420;

/**
 * The first of `rules` that matches at one of the glossed name's words (`secret_key` is tried at
 * `secret` and at `key`, as the English text's keyword hits would be), mapped back onto the text:
 * the match spans the foreign name [s, e) and what the rule read after it.
 */
export function glossedSlot(rules: readonly Rule[], text: string, english: string, s: number, e: number): MatchResult | null {
  const tail = text.slice(e, e + TAIL);
  const synth = english + tail;
  const lead = text.slice(Math.max(0, s - 32), s);
  const starts = [0];
  for (let u = english.indexOf("_"); u >= 0; u = english.indexOf("_", u + 1)) starts.push(u + 1);
  for (const rule of rules) {
    for (const at of starts) {
      const m = rule.matcher.matchAt?.(synth, at);
      if (!m) continue;
      let gi = rule.secretGroup;
      if (gi < 0) for (gi = 1; gi < 10 && m.group(gi) === undefined; gi++);
      const secret = m.group(gi);
      const from = m.groupStart(gi) - english.length;
      if (secret === undefined || from < 0 || notReal(rule, secret)) continue;
      const end = e + (m.end - english.length);
      if (rule.validate && !rule.validate(secret, m.group(0)!, (lead + english.slice(0, at)).slice(-32), text.slice(end, end + 16))) continue;
      if (rule.excusedAt?.(text, s, end)) continue;
      const start = e + from;
      return { start: s, end, group: (g) => (g === 1 ? secret : g === 0 ? text.slice(s, end) : undefined), groupStart: (g) => (g === 1 ? start : s) };
    }
  }
  return null;
}
