// "bot:\n  name: StandupBot\n  channels: […]", "[llm]\nsummarise_new_issues = true": a config
// file's section named after the AI noun (a YAML key opening a nested mapping, a TOML / INI table
// header). The keys below it are settings, not words said to a bot.

/** A YAML key alone on its line ("bot:", "- agent:"), or a TOML / INI table header ("[llm]", "[[agents]]"). */
const YAML_KEY = /^([ \t]*)(?:-[ \t]{1,3})?["']?[\w.-]{1,40}["']?[ \t]*:[ \t]*(?:#[^\n]*)?$/;
const TABLE_HEADER = /^[ \t]*\[{1,2}[ \t]?[\w."' -]{1,40}[ \t]?\]{1,2}[ \t]*(?:#[^\n]*)?$/;
/** A nested setting: "name: StandupBot", "channels:", "- read: history". */
const YAML_SETTING = /^([ \t]+)(?:-[ \t]{1,3})?["']?[a-z_][\w.-]{0,40}["']?:(?:[ \t]|$)/;
/** A table's setting: "set_priority = \"urgent\"", "enabled = true". */
const TABLE_SETTING = /^[ \t]*["']?[A-Za-z_][\w.-]{0,40}["']?[ \t]*=[ \t]*\S/;
const SKIPPED = /^[ \t]*(?:#[^\n]*|;[^\n]*)?$/;

/** The first two lines after `from` that are neither blank nor comments. */
function nextLines(text: string, from: number): string[] {
  const out: string[] = [];
  for (const line of text.slice(from, from + 600).split("\n")) {
    if (SKIPPED.test(line)) continue;
    out.push(line);
    if (out.length === 2) break;
  }
  return out;
}

/** The match (ending at `end`) is a config section's name: the settings below it are keyed lines. */
export function configSection(text: string, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (lineEnd - lineStart > 60) return false;
  const key = YAML_KEY.exec(line);
  if (key) {
    const below = nextLines(text, lineEnd + 1);
    return below.length === 2 && below.every((l) => {
      const s = YAML_SETTING.exec(l);
      return s !== null && s[1]!.replace(/\t/g, "    ").length > key[1]!.replace(/\t/g, "    ").length;
    });
  }
  if (!TABLE_HEADER.test(line)) return false;
  const below = nextLines(text, lineEnd + 1);
  return below.length >= 1 && below.every((l) => TABLE_SETTING.test(l) || TABLE_HEADER.test(l)) && TABLE_SETTING.test(below[0]!);
}
