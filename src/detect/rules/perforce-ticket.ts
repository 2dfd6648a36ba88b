// A Perforce login ticket as the client keeps it: the tickets file (`~/.p4tickets`, `p4tickets.txt`)
// holds one `[ssl:]host:port=user:TICKET` line per server, TICKET 32 upper-case hex, and `p4 tickets`
// prints `host:port (user) TICKET`. A ticket logs in as the user without a password; nothing names it
// a secret, so only the line's shape does. Found from the 32-hex run after the user's name.
import { defineRule } from "./define.ts";
import { LONG_RUN } from "../runs.ts";
import { randomHex } from "../entropy.ts";
import type { Rule } from "./types.ts";

const PATTERN = /(?<![A-Za-z0-9.:-])(?:(?:ssl|tcp)6?4?:)?[A-Za-z0-9][A-Za-z0-9.-]{0,80}:\d{2,5}(?:=[^\s=:()"'\\]{1,64}:| \([^\s()"'\\]{1,64}\) )([0-9A-F]{32})(?![0-9A-Za-z])/;

/** The run is 32 characters right after `:` (the file) or `) ` (the command's output). */
const afterUser = (t: string, s: number) => t.charCodeAt(s - 1) === 58 || (t.charCodeAt(s - 1) === 32 && t.charCodeAt(s - 2) === 41);

/** A digest's label in the user's place (`file:1024=md5:…`) is a checksum listing. */
const DIGEST_LABEL = /[=(](?:md5|sha\d*|etag|hash|digest|checksum|crc\d*)[:)]/i;

export const PERFORCE_TICKET_RULES: Rule[] = [
  defineRule({ id: "perforce-ticket", description: "Perforce login ticket (a p4tickets file line or `p4 tickets` output)", keywords: [], trigger: LONG_RUN,
    runShape: { min: 32, max: 32, test: afterUser },
    pattern: PATTERN, validate: (s, m) => !DIGEST_LABEL.test(m) && /[A-F]/.test(s) && /\d/.test(s) && randomHex(s, 3.0), placeholder: "standard", entropy: 3.0, severity: "high", confidence: "medium", tags: ["vcs"], before: 160, after: 1 }),
];
