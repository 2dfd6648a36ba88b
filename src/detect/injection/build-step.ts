// A Dockerfile's RUN instruction is a build step the file's author wrote for the image builder,
// not an order to whoever reads the file: "RUN apt-get update && curl -fsSL https://… | sh".

/** Line starts from `pos` back, one per `\`-continued line, until a line that does not continue the one before. */
function instructionStart(text: string, pos: number): number {
  let start = text.lastIndexOf("\n", pos - 1) + 1;
  for (let i = 0; i < 40 && start > 0; i++) {
    const prevStart = text.lastIndexOf("\n", start - 2) + 1;
    if (!/\\[ \t]*$/.test(text.slice(prevStart, start - 1))) break;
    start = prevStart;
  }
  return start;
}

/**
 * The match at `start`..`end` sits in a RUN instruction of a Dockerfile (a FROM line opens the file
 * or its code block before it) and fetches over https from a named host (a vendor's install script),
 * not from a bare IP address or over plain http.
 */
export function dockerfileRunStep(text: string, start: number, end: number): boolean {
  const from = instructionStart(text, start);
  if (!/^[ \t]{0,4}RUN[ \t]/.test(text.slice(from, from + 12))) return false;
  if (!/(?:^|\n)[ \t]{0,4}FROM[ \t]{1,4}[\w.\/:@${}-]{2,120}(?:[ \t]{1,4}AS[ \t]{1,4}[\w-]{1,40})?[ \t]*(?:\r?\n|$)/i.test(text.slice(Math.max(0, from - 4000), from))) return false;
  const urls = text.slice(start, end).match(/\b[a-z][a-z0-9+.-]{1,10}:\/\/[^\s"'|]+/gi) ?? [];
  return urls.length > 0 && urls.every((u) => /^https:\/\/(?!\d{1,3}(?:\.\d{1,3}){3}\b|\[)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[:\/]|$)/i.test(u));
}
