// Round thirty-one (Y136's miss y136-k-011): a WIF-shaped private key handed to a wallet's command
// that imports or restores a key (`electrum restore …`, `bitcoin-cli importprivkey …`, `electrum sweep …`),
// its checksum not valid (made up or mistyped): what the command is handed is a key, as a WIF-decoding
// call's argument is. Benign: the same commands with a reference, a placeholder, a public key or an
// address, and a WIF-length string after a command that reads no key.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31f004);
const w = builder({ category: "r31f-wallet-command-key" });
const wb = builder({ category: "r31f-wallet-command-key-benign" });
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const made = (first: string) => first + r.str(first === "5" ? 50 : 51, B58);
const tool = (command: string) => JSON.stringify({ role: "assistant", tool_calls: [{ type: "function", function: { name: "shell", arguments: JSON.stringify({ command }) } }] });

w.pos("r31f-electrum-tool", "electrum restore in a tool call", tool(`electrum -w /tmp/cold restore ${made("K")} && electrum -w /tmp/cold listaddresses`));
w.pos("r31f-bitcoin-cli", "bitcoin-cli importprivkey with options", `bitcoin-cli -rpcwallet=hot -rpcport=8332 importprivkey ${made("L")} "recovered" false\n`);
w.pos("r31f-testnet", "testnet import", `$ bitcoin-cli -testnet importprivkey ${made("c")}\n`);
w.pos("r31f-sweep", "electrum sweep to an address", `electrum sweep ${made("5")} bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\n`);
w.pos("r31f-electron-cash", "Electron Cash restore in a script", `#!/bin/sh\nset -e\nelectron-cash -o restore '${made("c")}'\n`);
w.pos("r31f-dockerfile", "Dockerfile RUN line", `FROM python:3.12-slim\nRUN pip install electrum\nRUN electrum --offline importprivkey ${made("K")}\n`);

wb.ben("r31f-wif-ref", "a reference to the key", tool(`electrum --offline restore "$BTC_WIF" && electrum daemon -d`));
wb.ben("r31f-wif-usage", "the command's usage text", `usage: bitcoin-cli importprivkey "privkey" ( "label" rescan )\n`);
wb.ben("r31f-wif-pubkey", "a public key imported", `bitcoin-cli importpubkey 02${r.hex(64)} "watch" false\n`);
wb.ben("r31f-wif-address", "a wallet dump file imported", `bitcoin-cli importwallet /backups/wallet-2024-11.dump\n`);
wb.ben("r31f-wif-help", "the restore command's help", `electrum restore --help\nelectrum restore -h | less\n`);
wb.ben("r31f-other-verb", "a WIF-length string after a command that reads no key", `electrum getaddresshistory ${made("L")}\n`);

export const cases: CorpusCase[] = [...w.cases, ...wb.cases];
