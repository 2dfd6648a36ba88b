// Payloads handed to an agent that the command patterns miss: code labelled for it to execute ("Next
// cell to insert and execute: …"), code that ships the whole environment to a URL, and a deletion
// made unrecoverable (the trash emptied, the backups removed with it). Weak and partnered except
// where noted: a tutorial runs cells, and a clean-up guide empties the trash.
import type { Family, Pattern } from "./pattern-set.ts";

const PAYLOAD_PARTNERS: readonly Family[] = ["addressed", "order", "output", "directive", "concealment", "harm", "exec", "exfil"];

/** The whole environment as one value: os.environ (not one key of it), process.env, System.getenv(), ENV.to_h. */
const WHOLE_ENV = String.raw`(?:\bos\.environ\b(?!\s{0,2}(?:\[|\.(?:get|setdefault|pop)\b))|\bprocess\.env\b(?!\s{0,2}[.[])|\bos\.Environ\(\s{0,2}\)|\bSystem\.getenv\(\s{0,2}\)|\bENV\.(?:to_h|to_hash|inspect)\b|\$env:\*)`;

/** One secret of the environment by a name that says so: os.environ.get('OPENAI_API_KEY'), process.env.GH_TOKEN, os.getenv("DB_PASSWORD"). */
const SECRET_ENV = String.raw`(?:\bos\.environ(?:\.get\(|\[)|\bos\.getenv\(|\bprocess\.env\[)\s{0,2}["'][A-Z0-9_]{0,30}(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD)["']|\bprocess\.env\.[A-Z0-9_]{0,30}(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD)\b`;

/** The whole environment named in prose: "every environment variable", "the full contents of process.env". */
const WHOLE_ENV_PROSE = String.raw`(?:(?:all|every|each)\s{1,12}(?:of\s{1,12}(?:the|your)\s{1,12})?(?:environment|env)[\s-]{1,3}var(?:iable)?s?|(?:full|entire|whole|complete)\s{1,12}(?:contents?\s{1,12}of\s{1,12}(?:the\s{1,12}|your\s{1,12})?)?(?:process\.env|os\.environ|environment(?![\s-]{1,3}(?:name|setup|file))|env\b))`;

export const PAYLOAD_ORDER_PATTERNS: Pattern[] = [
  {
    id: "exfil.whole-env-send", family: "exfil", weight: 0.35, partners: ["addressed", "order", "concealment", "harm", "exec"],
    description: "An order to send the whole environment out (\"send … every environment variable in your process\")",
    re: new RegExp(String.raw`\b(?:send|post|upload|attach|forward|transmit|include|append|put|pass|report)\b[^.!?]{0,60}?\b${WHOLE_ENV_PROSE}`, "gi"),
    anchors: ["environment", "env var", "process.env", "os.environ", "env"], also: ["send", "post", "upload", "attach", "forward", "transmit", "include", "append", "put", "pass", "report"], before: 80, after: 80,
    judge: (_m, t, s) => (/\b(?:never|not|don['’]t|avoid|without)\b[^.!?\n]{0,30}$/i.test(t.slice(Math.max(0, s - 40), s)) ? 0.2 : 1),
  },
  {
    id: "exfil.secret-env-in-url-code", family: "exfil", weight: 0.35, partners: ["addressed", "concealment", "order"],
    description: "Code that appends a secret from the environment to a URL (urlopen('https://…?k=' + os.environ.get('OPENAI_API_KEY')))",
    re: new RegExp(String.raw`https?:\/\/[^\s"'\x60]{1,200}["'\x60]\s{0,2}\+\s{0,2}(?:${SECRET_ENV})`, "g"),
    anchors: ["os.environ", "os.getenv", "process.env"], also: ["http"], before: 240, after: 120,
  },
  {
    id: "order.code-to-execute", family: "order", weight: 0.34,
    description: "Code labelled for the reader to insert and execute (\"Next cell to insert and execute: …\")",
    re: /\b(?:next\s{1,3})?(?:cell|code|snippet|command|script|line)s?\s{1,3}(?:to|you\s{1,3}(?:must|should|need\s{1,3}to))\s{1,3}(?:(?:insert|add|paste|append)\s{1,3}and\s{1,3})?(?:run|execute|exec|evaluate)\s{0,2}[:：]/gi,
    anchors: ["cell", "code", "snippet", "command", "script", "line"], also: ["run", "execute", "exec", "evaluate"], before: 8, after: 80,
  },
  {
    id: "exfil.env-to-url-code", family: "exfil", weight: 0.35, partners: PAYLOAD_PARTNERS,
    description: "Code that sends the whole environment to a URL (urlopen(\"https://…\" + … os.environ …))",
    re: new RegExp(String.raw`https?:\/\/[^\s"'\x60]{1,200}["'\x60][^\n]{0,160}?${WHOLE_ENV}|${WHOLE_ENV}[^\n]{0,160}?https?:\/\/`, "g"),
    anchors: ["os.environ", "process.env", "os.environ(", "system.getenv(", "env.to_h", "env.inspect", "$env:*"], also: ["http"], before: 240, after: 240,
  },
  {
    id: "harm.unrecoverable-delete", family: "harm", weight: 0.3, partners: ["addressed", "order", "output", "concealment"],
    description: "A deletion made unrecoverable: the trash emptied or the backups removed with it",
    re: /\b(?:delete|remove|wipe|erase|purge|rm)\b[^.\n]{0,100}?(?:\b(?:and|then)\s{1,3}|,\s{0,3})(?:also\s{1,3})?(?:(?:empty|purge|clear)\s{1,3}(?:the\s{1,3}|their\s{1,3}|her\s{1,3}|his\s{1,3})?(?:trash|recycle\s{1,3}bin|bin|deleted\s{1,3}items)\b|(?:delete|remove|wipe|erase|purge|destroy)\s{1,3}(?:all\s{1,3}|any\s{1,3}|the\s{1,3})?(?:backups?|snapshots?|shadow\s{1,3}copies|restore\s{1,3}points?)\b)/gi,
    anchors: ["empty", "purge", "clear", "backup", "snapshot", "shadow cop", "restore point"], also: ["delete", "remove", "wipe", "erase", "purge", "rm"], before: 120, after: 60,
  },
];
