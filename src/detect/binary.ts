// Whether bytes are text: NUL, many control bytes, or invalid UTF-8 in the first 8 KiB say binary.

export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > n * 0.1) return true;
  // Cut before a possibly split multi-byte sequence at the sample's end.
  let end = n;
  while (end > 0 && end > n - 4 && (head[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && head[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return false;
  } catch {
    return true;
  }
}
