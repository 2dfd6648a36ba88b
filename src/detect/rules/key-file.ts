// A key file's content written with the file's path beside it, no variable naming it: Rails'
// `config/master.key` or `config/credentials/<env>.key` (32 hex, the key that decrypts the app's
// credentials) in a tool call writing the file (`"path": "config/master.key", "content": "…"`), a
// heredoc or `cat > … <<EOF`, or a command redirecting the hex into it (`echo … > config/master.key`).
// Any key file the same way, its content the key alone: a TLS-PSK file (Zabbix's `*.psk`, hex), a
// symmetric `.key`/`.secret` file, MongoDB's replica-set `keyfile` (base64). A PEM key is private-key's.
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";
import { charClasses, randomHex, shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";

const KEY_FILE = "(?:master|credentials\\/[\\w-]{1,30})\\.key(?![\\w.-])";
const hexKey = (s: string) => randomHex(s) && !isGenericPlaceholder(s);

/** A key file by its name's end: a PSK, a `.key` or `.secret` file, a `keyfile` (the name before it is looked behind, not scanned). */
const ANY_KEY_FILE = String.raw`(?:(?<=[\w~-])\.(?:psk|key|secret)|keyfile)(?![\w.-])`;
const Q = String.raw`\\{0,3}["']?`;
const CONTENT_FIELD = String.raw`${Q}[ \t]{0,4},[ \t]{0,4}(?:\r?\n[ \t]{0,40})?${Q}(?:content|contents|text|file_text|data|body|new_content)${Q}[ \t]{0,4}[:=][ \t]{0,4}\\{0,3}["']`;
const HEREDOC = String.raw`${Q}[ \t]{0,4}<<-?[ \t]{0,4}${Q}\w{1,20}${Q}[ \t]{0,4}(?:\r?\n|\\n)[ \t]{0,8}`;
const KEY_BODY = String.raw`([0-9a-fA-F]{32,1024}|[A-Za-z0-9+/]{32,1024}={0,2})`;
const BODY_END = String.raw`(?=\\{0,3}["']|\\[nr]|[ \t]{0,4}\r?(?:\n|$))`;

/** The key alone: random hex, or base64 mixing cases and digits at a key's entropy. */
function keyBody(s: string): boolean {
  if (isGenericPlaceholder(s)) return false;
  if (/^[0-9a-f]+$/i.test(s)) return randomHex(s);
  return charClasses(s) >= 3 && shannonEntropy(s) >= 4.0;
}

/** `.key` ends the redirect's path (a blank, the line's end, a quote, `;`, `&`): a member access (`obj.key`) goes on. */
function pathEndsAfterKey(text: string, end: number): boolean {
  if (text.charCodeAt(end - 4) !== 46 || (text.charCodeAt(end - 1) | 32) !== 121) return true;
  return end >= text.length || /[\s"'\\;&|)]/.test(text[end]!);
}

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
  defineRule({ id: "key-file-content", description: "Symmetric key or PSK written as the whole content of a key file (.psk, .key, .secret, keyfile)",
    keywords: [".psk", ".key\"", ".key'", ".key\\", ".key <<", ".secret", "keyfile"],
    pattern: new RegExp(`${ANY_KEY_FILE}(?:${CONTENT_FIELD}|${HEREDOC})${KEY_BODY}${BODY_END}`, "i"),
    validate: keyBody, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 80, after: 1200 }),
  defineRule({ id: "key-file-redirect", description: "Symmetric key or PSK redirected into a key file (.psk, .key, .secret, keyfile)",
    keywords: [".psk", ".key", ".secret", "keyfile"], ahead: pathEndsAfterKey,
    pattern: new RegExp(`(?<![0-9A-Za-z_+/=-])${KEY_BODY}["']?[ \\t]{0,4}(?:>>?|\\|[ \\t]{0,4}(?:sudo[ \\t]+)?tee(?:[ \\t]+-a)?)[ \\t]{0,4}["']?[\\w.~/-]{0,140}?${ANY_KEY_FILE}`, "i"),
    validate: keyBody, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 1100, after: 40 }),
];
