// Round thirty-nine (fix39f): a BIP-32 extended private key whose Base58Check checksum fails (a character changed, one
// dropped or added, a random body after the version prefix): outbound it is still the key, as near-valid `ghp_`/`sk_live_`
// shapes are (labelled malformed; repository scanning keeps the exact, validated rule). Benign: extended public keys,
// docs that write the prefix truncated (`xprv9s21…`, `xprv...`), the word `xprv` in prose, a base58 run the prefix sits inside.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, xprv, xpub } from "./_gen.ts";

const r = new Rng(0x39f004);
const b = builder({ category: "r39-fix39f-xprv-near" });
const bb = builder({ category: "r39-fix39f-xprv-near-benign" });
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/** One body character replaced by another base58 character: the checksum no longer holds. */
const flipped = (k: string) => {
  const at = 20 + r.int(k.length - 30);
  const c = B58[(B58.indexOf(k[at]!) + 1 + r.int(56)) % 58]!;
  return k.slice(0, at) + c + k.slice(at + 1);
};

b.pos("fix39f-xprv-random-body", ".env: xprv + a random 107-character base58 body",
  `BIP32_ROOT=xprv9s21ZrQH143K${r.str(95, B58)}\nNETWORK=mainnet\n`);
b.pos("fix39f-xprv-flipped", "JSON: a real-shaped xprv with one character changed",
  `{"wallet": {"name": "treasury", "root": "${flipped(xprv(r))}"}}\n`);
b.pos("fix39f-tprv-dropped", "Python: a testnet tprv with one character dropped",
  `# regtest signer\nSIGNER = "${xprv(r, "tprv").slice(0, 60)}${xprv(r, "tprv").slice(61, 111)}"\n`);
b.pos("fix39f-zprv-added", "YAML: a zprv with a character added (French comment)",
  `# clé maîtresse du portefeuille\nwallet:\n  master: ${((k) => k.slice(0, 50) + "7" + k.slice(50))(xprv(r, "zprv"))}\n`);
b.pos("fix39f-yprv-flipped-chat", "chat: a yprv pasted in a sentence, checksum broken",
  `here's the backup, please keep it: ${flipped(xprv(r, "yprv", 3))} thanks\n`);
b.pos("fix39f-xprv-curl", "curl: an xprv with a changed character in a JSON body",
  `curl -X POST https://wallet.internal/import -d '{"xprv":"${flipped(xprv(r, "xprv", 2))}"}'\n`);

bb.ben("fix39f-xprv-xpub", "watch-only wallet config: an xpub and a tpub",
  `watch_only:\n  account0: ${xpub(r)}\n  testnet: ${xpub(r, "tpub")}\n`);
bb.ben("fix39f-xprv-truncated-doc", "docs: the prefix written truncated",
  `An extended private key starts with \`xprv9s21ZrQH143K...\`; never paste it. Testnet keys start with tprv8Zgx...\n`);
bb.ben("fix39f-xprv-word", "prose: the words xprv, tprv and zprv",
  `Electrum shows an xprv for standard wallets and a zprv for native segwit; export the tprv only on regtest.\n`);
bb.ben("fix39f-xprv-short", "code: xprv followed by a short identifier",
  `const xprvKeyLength = 111;\nfunction isXprv(s) { return s.startsWith("xprv") && s.length === xprvKeyLength; }\nconst xprvA1b2 = null;\n`);
bb.ben("fix39f-xprv-in-run", "a base58 run that holds the letters xprv inside it",
  `checksum run: ${r.str(40, B58)}xprv${r.str(107, B58)}\n`);
bb.ben("fix39f-xprv-filler", "placeholder: xprv then a filler body",
  `ROOT_XPRV=xprv${"X".repeat(107)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
