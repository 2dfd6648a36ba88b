// "[08:55] lee: reminder …\n[09:10] bot: Standup in 5 minutes. Reply with your updates": in a chat
// export whose lines open with a time and a speaker, "bot:" names who posted the line among people,
// as "lee:" does; it addresses no reader.

const TIMED_SPEAKER = /^[ \t]{0,3}\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}[AaPp][Mm])?\]?[ \t]{1,3}(?:<|@)?([\p{L}\d_.-]{1,30})>?[ \t]{0,2}:[ \t]/u;

/** The address at `start` is the speaker of a timed chat line, and other timed lines have other speakers. */
export function chatLogSpeaker(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start) + 1;
  const own = TIMED_SPEAKER.exec(text.slice(lineStart, lineStart + 60));
  if (own === null || lineStart + own[0].length < start) return false;
  const around = text.slice(Math.max(0, lineStart - 1500), lineStart + 1500).split("\n");
  return around.some((l) => {
    const other = TIMED_SPEAKER.exec(l);
    return other !== null && other[1]!.toLowerCase() !== own[1]!.toLowerCase();
  });
}
