// cloud-init's `chpasswd:` module: it sets login passwords at first boot from the user-data, in
// plain text unless marked hashed — each `users:` entry's `password:` (its `type: text`, the
// default), and each `user:password` line of the older `list:`. There the block says what the
// value is, whatever characters it holds (a generated password may be letters only). `RANDOM`
// asks cloud-init to make one; `type: hash` entries and `$id$…` crypt strings are hashes.
import type { MatchResult, Rule } from "./types.ts";
import { result, rule, scanMatcher } from "./call-arguments.ts";
import { isPlaceholder } from "../placeholder.ts";

const KEYWORDS = ["chpasswd:"];
/** An entry's password (`password: …`) or a `list:` line's (`name:…`), as the block's lines hold them. */
const PASSWORD_LINE = /^[ \t]+(?:-[ \t]+)?password:[ \t]*["']?([^\s"']{6,200})["']?[ \t]*$|^[ \t]+([a-z_][a-z0-9_.-]{0,31}):([^\s:]{6,200})[ \t]*$/;
/** A crypt(3) hash (`$6$salt$…`, `$y$…`), or the word asking cloud-init for a random password. */
const NOT_PLAIN = /^(?:\$[0-9a-z]{1,2}\$|RANDOM$|R$)/;

function chpasswdAt(text: string, pos: number): MatchResult | null {
  const lineStart = text.lastIndexOf("\n", pos) + 1;
  if (/[^ \t]/.test(text.slice(lineStart, pos))) return null;
  const indent = pos - lineStart;
  let at = text.indexOf("\n", pos);
  for (let n = 0; at >= 0 && n < 40 && at < pos + 2400; n++) {
    const eol = text.indexOf("\n", at + 1);
    const line = text.slice(at + 1, eol < 0 ? text.length : eol).replace(/\r$/, "");
    const lead = /^[ \t]*/.exec(line)![0].length;
    // The block ends at the first line not indented under `chpasswd:`.
    if (line.trim() !== "" && lead <= indent) return null;
    const m = PASSWORD_LINE.exec(line);
    const value = m?.[1] ?? m?.[3];
    if (m && value !== undefined && m[2] !== "expire" && !NOT_PLAIN.test(value) && !isPlaceholder(value) && !hashedEntry(text, at + 1)) {
      const start = at + 1 + line.indexOf(value, m[1] !== undefined ? line.indexOf("password:") : line.indexOf(":"));
      return result(pos, start + value.length, { value, start });
    }
    if (eol < 0) return null;
    at = eol;
  }
  return null;
}

/** The `users:` entry holding the line at `lineAt` says `type: hash` within its next two lines. */
function hashedEntry(text: string, lineAt: number): boolean {
  return /^[^\n]*\n(?:[^\n]*\n)?[^\n]*\btype:[ \t]*["']?hash/.test(text.slice(lineAt, lineAt + 300)) || /\btype:[ \t]*["']?hash["']?[ \t]*\n[^\n]*$/.test(text.slice(Math.max(0, lineAt - 120), lineAt));
}

export const CLOUD_INIT_CHPASSWD_RULES: Rule[] = [
  { ...rule("cloud-init-chpasswd-password", "Plain-text login password in cloud-init's chpasswd module (users: entries or list: lines)", KEYWORDS, scanMatcher(KEYWORDS, chpasswdAt)), before: 8, after: 2400 },
];
