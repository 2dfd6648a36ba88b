// A BitLocker recovery password: 48 digits in eight dash-separated groups of six, each group a
// multiple of 11 below 720896 (11 × 65536: every group encodes 16 bits of the key). The checksum
// names the value whatever the text around it says (a ticket comment, a chat in any language),
// and eight random groups pass it about once in 200 million.
import { defineRule } from "./define.ts";
import { DIGIT_GROUPS } from "../digit-triggers.ts";
import type { Rule } from "./types.ts";

/** Every group checksummed; not made up of repeated groups or repeated digits (every `dddddd` is a multiple of 11). */
function recoveryPassword(s: string): boolean {
  const parts = s.split("-");
  const groups = parts.map(Number);
  return groups.every((g) => g % 11 === 0 && g < 720896) && new Set(groups).size > 4 && parts.filter((p) => /^(\d)\1{5}$/.test(p)).length < 3;
}

export const BITLOCKER_RECOVERY_RULES: Rule[] = [
  defineRule({ id: "bitlocker-recovery-password", description: "BitLocker recovery password (eight checksummed groups of six digits)", keywords: [], trigger: DIGIT_GROUPS,
    pattern: /(?<![\d-])(\d{6}(?:-\d{6}){7})(?![\d-])/, validate: recoveryPassword, placeholder: "off", severity: "critical", confidence: "high", tags: ["keys"], before: 56, after: 56 }),
];
