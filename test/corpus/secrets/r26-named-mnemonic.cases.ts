// Round twenty-six (held-out Y111/Y112 misses y111-k-012, y112-h-013): twelve to twenty-four BIP-39 words whose
// checksum fails, as the value of a slot named for a seed phrase (WALLET_MNEMONIC=, seed_phrase:, "recoveryPhrase":).
// Outbound, a phrase with one word mistyped or cut still leaks the wallet. Benign: the same words in prose or under
// other names, fewer words than a phrase, one word repeated (Hardhat-style filler), a secret-store reference.
// The project corpus labelled `MNEMONIC="<12 words, checksum invalid>"` benign before (benign-generated.cases.ts says so).
import type { CorpusCase } from "../types.ts";
import { builder, mnemonicInvalid, Rng, WORDS } from "./_gen.ts";

const r = new Rng(0x26a004);
const b = builder({ category: "r26-named-mnemonic", expect: "bip39-seed-phrase" });
const bb = builder({ category: "r26-named-mnemonic-benign" });

b.pos("r26-mn-env", "WALLET_MNEMONIC in a pasted .env", JSON.stringify({ messages: [{ role: "user", content: `why does derivation fail?\nWALLET_MNEMONIC="${mnemonicInvalid(r, 12)}"\nCHAIN_ID=1` }] }));
b.pos("r26-mn-export", "export MNEMONIC in a tool call, escaped twice", JSON.stringify({ name: "run_shell", arguments: JSON.stringify({ command: `export MNEMONIC="${mnemonicInvalid(r, 12)}" && npx hardhat run deploy.ts` }) }));
b.pos("r26-mn-yaml", "seed_phrase in YAML, 24 words", `wallet:\n  seed_phrase: ${mnemonicInvalid(r, 24)}\n  network: mainnet\n`);
b.pos("r26-mn-json", "recoveryPhrase in JSON, 15 words", JSON.stringify({ recoveryPhrase: mnemonicInvalid(r, 15), index: 0 }));
b.pos("r26-mn-toml", "mnemonic in TOML, 18 words", `[signer]\nmnemonic = "${mnemonicInvalid(r, 18)}"\n`);
b.pos("r26-mn-python", "SEED_WORDS in Python", `SEED_WORDS = '${mnemonicInvalid(r, 12)}'\nw = Wallet.from_mnemonic(SEED_WORDS)\n`);

const words = (n: number) => Array.from({ length: n }, () => WORDS[r.int(WORDS.length)]).join(" ");
bb.ben("r26-mn-prose", "wordlist words in prose, no slot", `Vocabulary for Thursday: ${mnemonicInvalid(r, 12)}. Use each in a sentence.`);
bb.ben("r26-mn-other-name", "the words under a name that is not a phrase's", `TAGS="${mnemonicInvalid(r, 12)}"\n`);
bb.ben("r26-mn-short", "too few words for a phrase", `MNEMONIC="${words(6)}"\n`);
bb.ben("r26-mn-filler", "one word repeated, a test filler", `MNEMONIC="${"test ".repeat(11)}test"\n`);
bb.ben("r26-mn-ref", "a secret-store reference under the name", `WALLET_MNEMONIC=\${{ secrets.WALLET_MNEMONIC }}\n`);
bb.ben("r26-mn-13", "thirteen words under the name: not a phrase's length", `seed_phrase: ${mnemonicInvalid(r, 13)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
