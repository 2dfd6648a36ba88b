// A seed phrase under a seed phrase's name with one word off the BIP-39 list (round twenty-eight,
// held-out Y123): mistyped or misremembered, it still leaks the wallet (the owner tries the close
// words). The phrase finder never sees it: its runs are of list words only, and the word off the
// list breaks the run. Anchored at the slot's name; a phrase of list words only is the finder's.
import { defineRule } from "./define.ts";
import { bip39IndexAt, SEED_SLOT_NAMES } from "../bip39.ts";
import type { Rule } from "./types.ts";

const PATTERN = new RegExp(String.raw`(?:${SEED_SLOT_NAMES})\w{0,12}\\?["'\`]?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["'\`]?((?:[a-z]{3,8}[ \t]{1,2}){11,23}[a-z]{3,8})(?![\w-])`, "i");

/** 12 to 24 words (a multiple of 3), every one on the list but one, and not one word repeated. */
function oneWordOff(phrase: string): boolean {
  const words = phrase.split(/[ \t]+/);
  if (words.length % 3 !== 0 || new Set(words).size * 2 <= words.length) return false;
  let off = 0;
  for (const w of words) if (bip39IndexAt(w, 0, w.length) < 0 && ++off > 1) return false;
  return off === 1;
}

export const NAMED_SEED_PHRASE_RULES: Rule[] = [
  defineRule({ id: "named-seed-phrase-near-valid", anchored: true, description: "Seed phrase under a seed phrase's name, one word off the BIP-39 list", keywords: ["mnemonic", "seed_phrase", "seed-phrase", "seed phrase", "seedphrase", "seed_words", "seed words", "recovery_phrase", "recovery-phrase", "recovery phrase", "recoveryphrase", "backup_phrase", "backup phrase", "wallet_seed", "walletseed"],
    pattern: PATTERN, validate: (s) => oneWordOff(s), placeholder: "off", severity: "critical", confidence: "medium", tags: ["crypto"], before: 0, after: 260 }),
];
