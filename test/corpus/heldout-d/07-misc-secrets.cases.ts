// Class 7: misc secrets — UPPER-CASE BIP-39 seed phrases, .pgpass lines, Solana keypair byte arrays,
// lower-case unspaced IBANs, colon-delimited hex private keys. Benign look-alikes of each.
import { entropyToMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { gen, maker, ALNUM, DIG, UP } from "./gen.ts";

const g = gen(0xd007);
const { pos, neg, cases } = maker("secrets", "heldoutd-misc-secrets", "misc");
const mnemonic = (bytes: number) => entropyToMnemonic(Uint8Array.from(g.bytes(bytes)), wordlist);
const colonHex = (n: number, perLine = 15, indent = "    ") => {
  const b = g.bytes(n).map((x) => x.toString(16).padStart(2, "0"));
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += perLine) lines.push(indent + b.slice(i, i + perLine).join(":") + (i + perLine < b.length ? ":" : ""));
  return lines.join("\n");
};
// ISO 13616 check digits, so generated IBANs are well-formed.
const iban = (cc: string, bban: string) => {
  const rearr = (bban + cc + "00").toUpperCase().replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const d of rearr) rem = (rem * 10 + Number(d)) % 97;
  return cc + String(98 - rem).padStart(2, "0") + bban;
};

// ---- positives
pos(`My wallet recovery words are ${mnemonic(16).toUpperCase()} — can you check if they are valid?`, "UPPER-CASE 12-word BIP-39 (generated, valid checksum)");
pos(mnemonic(16).toUpperCase(), "bare UPPER-CASE 12-word phrase (valid checksum)");
pos(JSON.stringify({ messages: [{ role: "user", content: `restore from: ${mnemonic(32).toUpperCase()}` }] }), "UPPER-CASE 24-word phrase in JSON");
pos(`SEED=${mnemonic(16).toUpperCase().replace(/ /g, "-")}`, "hyphen-joined upper-case phrase");
pos(mnemonic(16).toUpperCase().split(" ").map((w, i) => `${i + 1}. ${w}`).join("\n"), "numbered list upper-case phrase");
pos(`LEGAL WINNER THANK YEAR WAVE SAUSAGE WORK USELESS LEGAL WINNER THANK YELLOW`, "published BIP-39 test vector (Trezor vectors), upper-cased");
pos(`recovery: ${"SCHEME SPOT PHOTO CARD BABY MOUNTAIN DEVICE KICK CRADLE PACT JOIN BORROW"}`, "published BIP-39 test vector, upper-cased");
pos(`${mnemonic(20).toUpperCase()}`, "UPPER-CASE 15-word phrase");
pos(`db.internal.example:5432:billing:billing_app:${g.opaque(22)}`, ".pgpass line");
pos(`# ~/.pgpass\nlocalhost:5432:*:postgres:${g.opaque(16)}\n10.0.4.7:6432:analytics:reader:${g.opaque(20)}\n`, ".pgpass file two lines");
pos(`[${g.bytes(64).join(",")}]`, "Solana keypair JSON (64 bytes)");
pos(`cat ~/.config/solana/id.json\n[${g.bytes(64).join(", ")}]`, "Solana id.json with spaces");
pos(`const secretKey = Uint8Array.from([${g.bytes(64).join(",")}]);`, "Solana secretKey in code");
pos(`Please send the refund to ${iban("DE", g.s(18, DIG)).toLowerCase()} (account holder M. Schmidt)`, "lower-case unspaced German IBAN");
pos(`iban=${iban("GB", "NWBK" + g.s(14, DIG)).toLowerCase()}&bic=nwbkgb2l`, "lower-case unspaced GB IBAN in form");
pos(`{"payout":{"iban":"${iban("FR", g.s(23, DIG)).toLowerCase()}"}}`, "lower-case FR IBAN in JSON");
pos(`Private-Key: (256 bit)\npriv:\n${colonHex(32)}\npub:\n${colonHex(65)}\nASN1 OID: prime256v1\n`, "openssl ec -text private key (colon hex)");
pos(`privateExponent:\n${colonHex(128)}\n`, "RSA privateExponent colon hex");
pos(`ed25519 secret: ${g.bytes(32).map((x) => x.toString(16).padStart(2, "0")).join(":")}`, "single-line colon hex 32-byte secret");
pos(`xprv9s21ZrQH143K${g.s(95, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`, "BIP-32 extended private key");

// ---- benign
neg(`The BIP-39 English wordlist has 2048 words, from ABANDON and ABILITY to ZONE and ZOO; a phrase is 12–24 of them.`, "docs naming wordlist words");
neg(`AGENDA: REVIEW BUDGET, HIRE TEAM, PLAN LAUNCH, ORDER COFFEE, CALL VENDOR, FIX DOOR`, "upper-case English word list, not a phrase");
neg(`THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG WHILE THE CAT SLEEPS`, "upper-case sentence of 13 words");
neg(`# ~/.pgpass format\nhostname:port:database:username:password\n`, ".pgpass format line");
neg(`localhost:5432:*:postgres:*`, ".pgpass-looking wildcard line (no password)");
neg(`PGHOST=db.internal PGPORT=5432 PGDATABASE=billing PGUSER=billing_app PGPASSFILE=~/.pgpass`, "pg env without password");
neg(`const palette = [${g.bytes(64).map((x) => x).join(",")}].slice(0, 48); // RGB triplets`, "64-byte palette array in code");
neg(`{"histogram":[${Array.from({ length: 64 }, () => g.int(0, 40)).join(",")}]}`, "64 small counts in JSON");
neg(`pubkey: [${g.bytes(32).join(",")}]`, "32-byte public key array");
neg(`The IBAN format is CCkk BBBB BBBB ...; e.g. for Germany: DE + 2 check digits + 18 digits.`, "IBAN format docs");
neg(`Our fee schedule: ${g.s(2, UP)}${g.s(20, DIG)} is a tracking number, not a bank account.`, "tracking number");
neg(`SHA256 Fingerprint=${g.bytes(32).map((x) => x.toString(16).toUpperCase().padStart(2, "0")).join(":")}`, "certificate SHA-256 fingerprint (colon hex)");
neg(`RSA key fingerprint is MD5:${g.bytes(16).map((x) => x.toString(16).padStart(2, "0")).join(":")}.`, "SSH MD5 fingerprint");
neg(`Modulus:\n${colonHex(64)}\nExponent: 65537 (0x10001)\n`, "RSA public modulus colon hex (public)");
neg(`X509v3 Subject Key Identifier:\n    ${g.bytes(20).map((x) => x.toString(16).toUpperCase().padStart(2, "0")).join(":")}`, "cert SKI");
neg(`ether ${g.bytes(6).map((x) => x.toString(16).padStart(2, "0")).join(":")}  txqueuelen 1000`, "MAC address");
neg(`xpub661MyMwAqRbc${g.s(95, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`, "BIP-32 extended public key (watch-only)");
void ALNUM;

export { cases };
