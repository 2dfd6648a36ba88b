// Crash and diagnostic reports label anonymous device and report ids as keys (Apple's
// "CrashReporter Key: <40 hex>"): a digest naming the machine, not a credential. Told apart from
// an API key under a `… Key:` label by the report around it: stack frames with code addresses,
// binary-image ranges, the report format's own header fields.

/** How far around the label the report's marks are looked for. */
const REACH = 3000;

/** A spaced label ending in "Key" that does not itself say credential (`CrashReporter Key:`). */
const DEVICE_KEY_LINE = /^[ \t]*[A-Z][A-Za-z]{2,30}(?:[ \t][A-Za-z]{2,30}){0,2}[ \t]Key:[ \t]*[0-9a-fA-F]{32,64}[ \t]*$/;
const CREDENTIAL_WORD = /api|secret|access|private|auth|token|passw|sign|encrypt|licen|client|app|account|master|session|webhook|server|service|admin|write|read|deploy|publish/i;

/** Marks of a crash report, each a line of the report's own structure. */
const REPORT_MARKS: readonly RegExp[] = [
  // A stack frame: index, image, code address (Apple, many symbolizers).
  /^[ \t]*\d{1,4}[ \t]+[\w.+-]{1,80}[ \t]+0x[0-9a-fA-F]{6,16}[ \t]/m,
  // A binary image's address range.
  /^[ \t]*0x[0-9a-fA-F]{6,16}[ \t]+-[ \t]+0x[0-9a-fA-F]{6,16}[ \t]/m,
  // An Android tombstone frame.
  /^[ \t]*#\d{2}[ \t]+pc[ \t]+[0-9a-fA-F]{8,16}[ \t]/m,
  // Fields of the Apple crash report header and body.
  /^(?:Incident Identifier|Hardware Model|Exception Type|Exception Codes|Crashed Thread|Triggered by Thread|Report Version|Binary Images|Anonymous UUID|Sleep\/Wake UUID|Code Type|OS Version):/m,
  /^Thread \d{1,4}(?: Crashed)?:/m,
];

/** True when text[start, end) is a device key line of a crash or diagnostic report. */
export function crashReportDeviceKey(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 200) return false;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
  if (!DEVICE_KEY_LINE.test(line) || CREDENTIAL_WORD.test(line.slice(0, line.indexOf("Key:")))) return false;
  const around = text.slice(Math.max(0, lineStart - REACH), Math.min(text.length, lineEnd + REACH));
  let marks = 0;
  for (const mark of REPORT_MARKS) if (mark.test(around) && ++marks >= 2) return true;
  return false;
}

// A server's log line prints cache keys and content digests as `key=<hex> etag=<hex>`: a bare
// "key" (no qualifier, not a URL query parameter) holding a digest-length hex value, on a line
// that opens with a timestamp, names a cache entry. A qualified name (api_key=, ?key=) still counts.
const LOG_LINE_HEAD = /^[ \t]*\[?(?:\d{4}[-/.]\d{2}[-/.]\d{2}[ T]\d{2}:\d{2}|\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})/;
const BARE_KEY_DIGEST = /^key[ \t]*=[ \t]*(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64})(?![0-9A-Za-z])/i;

/** True when text[start, end) is a bare `key=<hex digest>` field of a timestamped log line. */
export function logLineDigestKey(text: string, start: number, end: number): boolean {
  const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (prev !== 32 && prev !== 9 && prev !== 10) return false;
  if (!BARE_KEY_DIGEST.test(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return LOG_LINE_HEAD.test(text.slice(lineStart, Math.min(start, lineStart + 64)));
}
