// A short token under a name that says it is a sent credential (`<AccessToken>`, `"sessionToken":`). Where
// the name leaves no doubt, the value need not be long to be the credential: a bare `token` or `key` slot
// asks 16 opaque characters (named-secret-slot) because there the name may mean a cursor or an id, and a
// password's slot takes 6 because people choose short passwords. A token is drawn by a machine: eight
// characters of a token alphabet are ~48 bits, the shortest bearer credentials services issue; shorter
// text is a code, a short id or a word. Drawn means letters and digits mixed through it (not a word and a
// number, `OAuth2`, `token1`) or letters whose case flips at random; not a number, a mask, a reference
// (those characters are outside the alphabet) or a placeholder.
import { letterDigitSwitches, shannonEntropy } from "./entropy.ts";
import { drawnLetters } from "./drawn-segment.ts";
import { isGenericPlaceholder, isPlaceholder } from "./placeholder.ts";

const TOKEN_TEXT = /^[A-Za-z0-9._~+/=-]{8,200}$/;

export function shortDrawnToken(v: string): boolean {
  if (!TOKEN_TEXT.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (!/\d/.test(v) ? !drawnLetters(v) : letterDigitSwitches(v) < 3) return false;
  return shannonEntropy(v) >= 2.5 && !isGenericPlaceholder(v) && !isPlaceholder(v);
}

/** Letters in parts split by `_`, `.` or `-` that are drawn together (`mlBvb_LNp.rUbWIw`), not words joined (`my.service.account`). */
export function separatedLetterDraw(v: string): boolean {
  return /^[A-Za-z]+(?:[-_.][A-Za-z]+)+$/.test(v) && drawnLetters(v.replace(/[-_.]/g, ""));
}
