// Prechecks that look a fixed distance ahead of every keyword hit for one of a few strings ("0x"
// within 120 characters, a "value" field within 200) scanned those characters again at each of
// thousands of hits per MB: ~6 M reads a pass over real code for key-byte-array alone, most of them
// in the slower tiers of a cold process. The first occurrence at or after a position answers
// every later question up to that occurrence, and hits come in text order.

/**
 * A finder for the first match of `re` (global, fixed-length alternatives) starting at or after
 * `from` in `text`: its index, or `text.length` when there is none (no match starts there). Remembers
 * its last answer for the text it was asked about (strings do not change): a later `from` up to that
 * match reuses it. Not Infinity for none: a double among the int32 indexes threw the finder's
 * compiled code (one shared by every finder) back to the slower tiers ~240 times per 5 MB of real code (BadType exits).
 */
export function nextMatchFinder(re: RegExp): (text: string, from: number) => { at: number; match: string } {
  if (!re.global) throw new Error("nextMatchFinder needs a global regex");
  let lastText: string | undefined;
  let lastFrom = -1;
  const found = { at: 0, match: "" };
  return (text, from) => {
    if (text === lastText && from >= lastFrom && from <= found.at) return found;
    lastText = text;
    lastFrom = from;
    re.lastIndex = from;
    const m = re.exec(text);
    found.at = m === null ? text.length : m.index;
    found.match = m === null ? "" : m[0];
    return found;
  };
}
