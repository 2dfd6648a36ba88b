// A repository's, organisation's or environment's public key as GitHub's secrets API returns it
// (`GET …/actions|dependabot|codespaces/secrets/public-key`: `{"key_id":"568250167242549743","key":"<base64>"}`):
// a libsodium sealed-box PUBLIC key (32 bytes) that clients encrypt secrets to. Its slot is named just
// `key`, and a numeric `key_id` sits beside it in the same object; a secret key with an id has neither shape.

const SLOT_VALUE = /^key\\{0,3}["']?[ \t]{0,4}[:=][ \t]{0,4}\\{0,3}["']?[A-Za-z0-9+/]{43}[A-Za-z0-9+/=]$/;
const NUMERIC_KEY_ID = /(?:^|[^\w-])key_id\\{0,3}["']?[ \t]{0,4}[:=][ \t]{0,4}\\{0,3}["']?\d{10,24}(?![\w.-])/;
/** How far either side of the slot the object's other field is looked for. */
const REACH = 240;

/** True when text[start, end) is a bare `key` slot holding 32 bytes of base64 next to a numeric `key_id` in one object. */
export function sealedBoxPublicKey(text: string, start: number, end: number): boolean {
  if (end - start > 80 || /[\w-]/.test(text.charAt(start - 1)) || !SLOT_VALUE.test(text.slice(start, end))) return false;
  const head = text.slice(Math.max(0, start - REACH), start);
  const tail = text.slice(end, end + REACH);
  const open = Math.max(head.lastIndexOf("{"), head.lastIndexOf("}"));
  const closeAt = tail.search(/[{}]/);
  const object = head.slice(open + 1) + " " + tail.slice(0, closeAt < 0 ? tail.length : closeAt);
  return NUMERIC_KEY_ID.test(object);
}
