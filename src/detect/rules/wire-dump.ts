// Packet dumps (ngrep -W byline, tcpdump -A, Wireshark's ASCII pane) print a request's CR LF as
// "..": a header's value runs straight into the next header's name (`…Bearer <token>..Content-Type:`)
// and the blank line before the body is "....".

/** The next header's name glued on by "..", or the dump's trailing line-end dots. */
export const GLUED_NEXT_HEADER = /(?<!\.)\.\.(?:[A-Za-z][A-Za-z0-9-]{0,40}:|\.\.)?$/;

/** A header value cut where a dump glued the next header (or its line end) onto it. */
export function unglued(value: string): string {
  const m = GLUED_NEXT_HEADER.exec(value);
  return m ? value.slice(0, m.index) : value;
}
