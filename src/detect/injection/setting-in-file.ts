// "pass `--ignore-scripts` or set `ignore-scripts=true` in .npmrc", "include always-auth=true in your
// ~/.npmrc": a flag or a key=value setting placed in a config file. The file is where the setting
// goes, not what is read or sent; unless an address to send something to follows in the sentence.

/** A command-line flag or a key=value setting between the verb and the file. */
const SETTING = /(?:^|[\s`'"(])(?:-{1,2}[a-z][\w-]{1,40}|[a-z][\w.-]{1,40}=[^\s`'"]{1,60})(?=[\s`'",)]|$)/i;
/** The file named as the place the setting is written: "in .npmrc", "into your ~/.npmrc". */
const INTO_FILE = /\b(?:in|into)\s{1,8}(?:(?:your|the|a|an|each|every|project|user|global|local)\s{1,8}){0,2}[`'"]?[~$%.\/\\\w{}-]{1,80}[`'"]?$/i;
const SENT_ON = /^[^\n.!?]{0,80}?(?:https?:\/\/|\b[\w.-]{1,40}@[\w-]{1,40}\.|\b(?:to|with)\s{1,4}(?:me|us|the\s{1,4}(?:server|endpoint|url|webhook)))/i;

export function settingPlacedInFile(match: string, text: string, start: number): boolean {
  if (!INTO_FILE.test(match)) return false;
  const head = match.replace(INTO_FILE, "");
  return SETTING.test(head) && !SENT_ON.test(text.slice(start + match.length, start + match.length + 100));
}
