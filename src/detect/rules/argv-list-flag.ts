// A secret's command-line flag and its value as two items of an argument list: a YAML list
// (`command:`/`args:` in docker compose or a pod spec, `- --requirepass` then `- <value>`) or an
// exec-form array (`["redis-server", "--requirepass", "<value>"]`). On one command line the flag and
// its value are read by password-in-text and the CLI rules; split into items, a line break or a
// `", "` stands between them.
import { defineRule } from "./define.ts";
import { charClasses } from "../entropy.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import type { Rule } from "./types.ts";

const PASSWORD_FLAGS = ["requirepass", "masterauth", "password", "passwd"];
const KEY_FLAGS = ["token", "api-key", "apikey", "secret", "auth-token", "access-token", "client-secret", "secret-key", "api-token"];
const FLAGS = [...PASSWORD_FLAGS, ...KEY_FLAGS];
const Q = String.raw`\\{0,3}["']`;
const VALUE = String.raw`([^\s"'\\,\[\]{}]{6,200})`;
const PATTERN = new RegExp(String.raw`--(?:${FLAGS.join("|")})(?:${Q})?(?:[ \t]*(?:\r?\n|\\n)[ \t]*-[ \t]+(?:${Q})?${VALUE}(?:${Q})?[ \t]*(?=\r?\n|\\[nr]|$)|[ \t]*,[ \t]*(?:\r?\n[ \t]*|\\n[ \t]*)?${Q}${VALUE}${Q}[ \t]*[,\]])`);

/** The flag is a list item of its own: a YAML item's dash, or an array's `[`/`,` and opening quote. */
const ITEM_LEAD = /(?:(?:^|\n|\\n)[ \t]*-[ \t]+(?:\\{0,3}["'])?|[[,][ \t]*(?:\r?\n[ \t]*|\\n[ \t]*)?\\{0,3}["'])$/;

function valueOk(v: string, flag: string): boolean {
  if (/^[-$~./]/.test(v) || v.includes("/")) return false;
  return opaqueLiteral(v) || (PASSWORD_FLAGS.includes(flag) && charClasses(v) >= 2 && !/^[a-z]+$/i.test(v));
}

export const ARGV_LIST_FLAG_RULES: Rule[] = [
  defineRule({ id: "argv-list-secret-flag", anchored: true, description: "Secret flag and its value as separate items of an argument list (YAML command/args, exec-form array)", keywords: FLAGS.map((f) => `--${f}`),
    pattern: PATTERN, secretGroup: -1, validate: (s, m, b) => ITEM_LEAD.test(b) && valueOk(s, /^--([\w-]+)/.exec(m)![1]!.toLowerCase()),
    placeholder: "strict", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 16, after: 300 }),
];
