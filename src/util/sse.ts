// Server-sent events cut out of a text stream: each complete event (it ends at a blank line) with
// its raw text, its data lines joined, and its id.

export interface SseEvent {
  /** The event as it arrived, blank line included: what a relay forwards unchanged. */
  raw: string;
  data: string;
  id?: string;
}

export class SseSplitter {
  private buf = "";

  push(text: string): SseEvent[] {
    this.buf += text;
    const out: SseEvent[] = [];
    for (let m = /\r?\n\r?\n/.exec(this.buf); m !== null; m = /\r?\n\r?\n/.exec(this.buf)) {
      const raw = this.buf.slice(0, m.index + m[0].length);
      this.buf = this.buf.slice(raw.length);
      const lines = raw.slice(0, m.index).split(/\r?\n/);
      const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart()).join("\n");
      const id = lines.find((l) => l.startsWith("id:"))?.slice(3).trim();
      out.push(id === undefined ? { raw, data } : { raw, data, id });
    }
    return out;
  }

  /** What is left after the last complete event. */
  rest(): string {
    return this.buf;
  }
}
