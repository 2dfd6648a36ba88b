// Round twenty-three, first wave (held-out Y84 leftover): a WIF-shaped private key as the argument of
// a call named for decoding one (`btcutil.DecodeWIF("K…")`, `ECPair.fromWIF('L…')`, `from_wif("5…")`):
// the call says what the string is, whatever its checksum. Benign: a WIF-shaped string whose length
// does not fit its first character, and one passed to a call not named for a WIF.
// Every credential-shaped value is built at run time.
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x23c0de02);
const b = builder({ category: "r23-wif-call", expect: "secrets" });
const bb = builder({ category: "r23-wif-call-benign" });

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const wif = (first: string) => {
  let v = first + r.str(first === "5" || first === "9" ? 50 : 51, B58);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z].*[A-Z]/.test(v)) v = first + r.str(v.length - 1, B58);
  return v;
};

b.pos("r23-go-decodewif", "Go btcutil.DecodeWIF in a test",
  `func TestSweep(t *testing.T) {\n\tkey, err := btcutil.DecodeWIF("${wif("L")}")\n\trequire.NoError(t, err)\n\t_ = key\n}\n`);
b.pos("r23-js-fromwif", "JS ECPair.fromWIF with single quotes",
  `const keyPair = ECPair.fromWIF('${wif("K")}', network);\n`);
b.pos("r23-python-from-wif", "Python from_wif with an uncompressed key",
  `from bit import PrivateKey\nkey = PrivateKey.from_wif("${wif("5")}")\n`);
b.pos("r23-testnet-decodewif", "testnet WIF in a DecodeWIF call",
  `wif, _ := btcutil.DecodeWIF("${wif("c")}")\n`);
bb.ben("r23-decodewif-wrong-length", "a K-string one character short in DecodeWIF",
  `wif, err := btcutil.DecodeWIF("${wif("K").slice(0, 51)}")\n`);
bb.ben("r23-wif-shaped-hash-call", "WIF-shaped string passed to a hash decoder",
  `h, _ := chainhash.NewHashFromStr("${wif("K")}")\n`);

export const cases = [...b.cases, ...bb.cases];
