// Round thirty-one: a WIF private key handed to a wallet's command (`electrum … restore <WIF>`,
// `sweep`, `bitcoin-cli … importprivkey`) is read by the command before it; the validator saw only the
// 32 characters before the key, so a command with many options (a wallet path, --offline,
// --password-stdin) before its verb lost the program's name. The rule now reads a longer lead of its
// own (other rules keep 32), and options may stand after the verb too. Made-up bodies (no valid
// checksum) count there, as a WIF-decoding call's argument does.
// Benign: the same commands with public keys, addresses, placeholders, other verbs, other programs.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31b1c0);
const b = builder({ category: "r31k-wallet-command-lead" });
const bb = builder({ category: "r31k-wallet-command-lead-benign" });
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const wif = () => (r.int(2) === 0 ? r.pick(["K", "L"]) + r.str(51, B58) : "5" + r.str(50, B58));
const path = () => `/home/${r.pick(["alice", "ops", "node"])}/.electrum/wallets/${r.pick(["cold", "hot", "vault"])}_${r.digits(4)}`;

b.pos("r31k-wl-restore-opts", "electrum restore after several options", `electrum --offline --wallet ${path()} --password-stdin restore ${wif()}\n`);
b.pos("r31k-wl-testnet-verbose", "testnet electrum with a dozen flags", `$ electrum --testnet --offline -v -D /srv/electrum -w ${path()} --password-stdin --portable restore ${wif()}\n`);
b.pos("r31k-wl-sweep-quoted", "sweep with a quoted wallet path", `./run_electrum --offline --wallet "/mnt/usb/My Wallets/old one" --fee 0.0001 sweep ${wif()} bc1q${r.str(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
b.pos("r31k-wl-opts-after-verb", "options after the verb", `electrum -w ${path()} restore --offline --password-stdin ${wif()}\n`);
b.pos("r31k-wl-cli-import", "bitcoin-cli with rpc options", `bitcoin-cli -testnet -rpcwallet=legacy -rpcconnect=127.0.0.1 -rpcport=18332 -rpcuser=ops importprivkey ${wif()} "imported" false\n`);
b.pos("r31k-wl-chat", "command pasted in a chat body", JSON.stringify({ messages: [{ role: "user", content: `this hangs, why?\nelectron-cash --offline --wallet ${path()} --password-stdin --verbose restore ${wif()}` }] }));

bb.ben("r31k-wl-xpub", "restore from a public master key", `electrum --offline --wallet ${path()} --password-stdin restore xpub661MyMwAqRbcF${r.str(94, B58)}\n`);
bb.ben("r31k-wl-placeholder", "placeholder for the key", `electrum --offline --wallet ${path()} --password-stdin restore <WIF_PRIVATE_KEY>\n`);
bb.ben("r31k-wl-other-verb", "another verb with an address", `electrum --offline --wallet ${path()} --verbose getaddressbalance 1${r.str(33, B58)}\n`);
bb.ben("r31k-wl-other-program", "another program's restore", `git --no-pager -c core.quotepath=off --work-tree /srv/app restore K${r.str(51, B58)}\n`);
bb.ben("r31k-wl-length", "length not a WIF's for its first character", `electrum --offline --wallet ${path()} --password-stdin restore K${r.str(50, B58)}\n`);
bb.ben("r31k-wl-far", "wallet command on an earlier line, a run later", `electrum --offline --wallet ${path()} listaddresses\necho done\nrestore K${r.str(51, B58)}\n`);
bb.ben("r31k-wl-docs", "usage text without a key", `usage: electrum [--offline] [-w WALLET] [--password-stdin] restore TEXT\n  TEXT  seed, master public key, or list of addresses\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
