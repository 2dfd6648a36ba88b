// An access key scoped to the server it is for, written `host=key` in an access-key slot (Develocity's
// and Gradle Enterprise's `DEVELOCITY_ACCESS_KEY=ge.example.com=…`, `-Ddevelocity.accessKey=…`; several
// servers as `host1=key1;host2=key2`, or `host1,host2=key`). The generic rules read `host=key` as one
// value that is no key; the part after the host is the secret (the first one found blocks).
import { defineRule } from "./define.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import type { Rule } from "./types.ts";

const HOST = String.raw`[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}(?::\d{2,5})?`;
const PATTERN = new RegExp(
  String.raw`access[_.-]?key[\w.-]{0,20}?\\{0,3}["']?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}\\{0,3}["']?` +
    String.raw`${HOST}(?:,${HOST}){0,4}=([A-Za-z0-9]{16,128})(?![\w=.-])`,
  "i",
);

export const HOST_KEYED_ACCESS_KEY_RULES: Rule[] = [
  defineRule({ id: "host-keyed-access-key", anchored: true, description: "Access key given as host=key (Develocity / Gradle Enterprise access key)",
    keywords: ["access_key", "accesskey", "access-key", "access.key"],
    pattern: PATTERN, secretGroup: 1, validate: (s) => opaqueLiteral(s), placeholder: "strict", entropy: 3.0, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 700 }),
];
