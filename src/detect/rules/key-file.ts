// A key file's content written with the file's path beside it, no variable naming it: Rails'
// `config/master.key` or `config/credentials/<env>.key` (32 hex, the key that decrypts the app's
// credentials) in a tool call writing the file (`"path": "config/master.key", "content": "…"`), a
// heredoc or `cat > … <<EOF`, or a command redirecting the hex into it (`echo … > config/master.key`).
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";
import { randomHex } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";

const KEY_FILE = "(?:master|credentials\\/[\\w-]{1,30})\\.key(?![\\w.-])";
const hexKey = (s: string) => randomHex(s) && !isGenericPlaceholder(s);

export const KEY_FILE_RULES: Rule[] = [
  // The path, then the hex as the written content: a tool call's content field, or a heredoc's line.
  defineRule({ id: "rails-master-key-file", description: "Rails master key written into config/master.key or a credentials .key file",
    keywords: ["master.key", "credentials/"],
    pattern: new RegExp(`${KEY_FILE}(?:["']?[ \\t]{0,4},[ \\t]{0,4}(?:\\r?\\n[ \\t]{0,40})?["']?(?:content|contents|text|file_text|data|body|new_content|new_str)["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']|["']?[ \\t]{0,4}<<-?[ \\t]{0,4}["']?\\w{1,20}["']?[ \\t]{0,4}\\r?\\n[ \\t]{0,8})([0-9a-f]{32})(?=["'\\\\]|[ \\t]{0,4}\\r?(?:\\n|$))`),
    validate: hexKey, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 400 }),
  // The hex, then a redirection into the file (`echo <hex> > config/master.key`, `| tee …`).
  defineRule({ id: "rails-master-key-redirect", description: "Rails master key redirected into config/master.key or a credentials .key file",
    keywords: ["master.key", "credentials/"],
    pattern: new RegExp(`(?<![0-9A-Za-z_+/=-])([0-9a-f]{32})["']?[ \\t]{0,4}(?:>>?|\\|[ \\t]{0,4}(?:sudo[ \\t]+)?tee(?:[ \\t]+-a)?)[ \\t]{0,4}["']?(?:[\\w.~/-]{0,80}\\/)?${KEY_FILE}`),
    validate: hexKey, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 160, after: 40 }),
];
