// Round twenty-eight, after the end-of-round check Y125 (y125-k-014): a WIF written by hand or made up
// for a fixture under a slot named for it (`WIF = "K7…"`), its version byte not a WIF's (a `K7…` body
// decodes to 0x7a, not 0x80): the length fits the first character, and it leaks as a key would.
// Benign: base58 strings of that length under names of ids, and WIF-named settings holding no key.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x28f125);
const b = builder({ category: "r28-wif-slot-made-up" });
const bb = builder({ category: "r28-wif-slot-made-up-benign" });
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const made = (first: string) => first + r.str(first === "5" ? 50 : 51, B58);

b.pos("r28y5-py", "Python constant", `from bitcoinlib.keys import Key\n\nWIF = "${made("K")}"\nk = Key(WIF)\n`);
b.pos("r28y5-js", "JS fixture", `const wif = '${made("L")}';\nconst pair = ECPair.fromPrivateKey(decode(wif));\n`);
b.pos("r28y5-env", ".env", `BTC_WIF=${made("K")}\nNETWORK=mainnet\n`);
b.pos("r28y5-yaml", "YAML under wif", `signer:\n  wif: "${made("5")}"\n`);
b.pos("r28y5-testnet", "testnet fixture", `TESTNET_WIF = "${made("c")}"\n`);
b.pos("r28y5-json", "JSON body", JSON.stringify({ network: "bitcoin", wif: made("L") }));

bb.ben("r28y5-txid-name", "a base58 id under an id's name", `payment_id: ${made("K")}\n`);
bb.ben("r28y5-wif-flag", "a WIF setting without a key", `wif_compressed = true\nwif_version = 0x80\n`);
bb.ben("r28y5-wif-doc", "a doc naming the format", `WIF: Wallet Import Format, a base58check string of 51 or 52 characters starting with 5, K or L.\n`);
bb.ben("r28y5-address", "an address under its name", `address = "1${r.str(33, B58)}"\n`);
bb.ben("r28y5-wif-placeholder", "a placeholder", `WIF = "<your WIF here>"\n`);
bb.ben("r28y5-short", "too short for a WIF", `wif = "${made("K").slice(0, 40)}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
