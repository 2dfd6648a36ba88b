// Cryptocurrency secrets (BIP-39 seed phrases with valid checksums, Bitcoin WIF, Ethereum private
// keys, BIP-32 extended private keys) and wallet addresses (category "wallets").
import { builder, Rng, mnemonic, mnemonicValid, wif, xprv, ethKey, btcP2pkh, btcP2sh, btcBech32, ethAddress } from "./_gen.ts";

const r = new Rng(0x5ec0009);
const { cases, pos } = builder({ category: "seed-phrases", expect: "secrets" });
export { cases };

const m12 = () => mnemonic(r, 12);
const m24 = () => mnemonic(r, 24);
const numbered = (m: string) => m.split(" ").map((w, i) => `${i + 1}. ${w}`).join("\n");

pos("seed-12-env", "12-word seed in .env MNEMONIC", `MNEMONIC="${m12()}"\nRPC_URL=https://eth-sepolia.g.alchemy.com/v2/demo\n`);
pos("seed-24-env", "24-word seed in .env", `WALLET_SEED=${m24()}\n`);
pos("seed-12-numbered", "12-word seed as numbered list", `Recovery phrase — write this down!\n${numbered(m12())}`);
pos("seed-24-numbered", "24-word seed as numbered list in chat", `I'm restoring my Ledger, are these the right words?\n${numbered(m24())}`);
pos("seed-12-json-array", "12-word seed as JSON array", JSON.stringify({ wallet: "metamask", words: m12().split(" ") }));
pos("seed-12-hardhat", "12-word seed in hardhat config", `module.exports = {\n  solidity: "0.8.24",\n  networks: {\n    sepolia: {\n      url: process.env.SEPOLIA_RPC,\n      accounts: { mnemonic: "${m12()}" },\n    },\n  },\n};`);
pos("seed-24-comma", "24-word seed comma separated", `seed: ${m24().split(" ").join(", ")}`);
pos("seed-12-chat-inline", "12-word seed pasted inline in chat", `help my wallet shows zero balance, seed is ${m12()} please check`);
pos("seed-12-python", "12-word seed in python bip_utils", `from bip_utils import Bip39SeedGenerator\nseed_bytes = Bip39SeedGenerator("${m12()}").Generate()`);
pos("seed-24-yaml", "24-word seed in YAML", `signer:\n  type: mnemonic\n  phrase: "${m24()}"\n  derivation: "m/44'/60'/0'/0/0"\n`);
pos("seed-12-upper", "12-word seed upper-case on a backup card", `BACKUP CARD\n${m12().toUpperCase()}`);
pos("seed-24-grid", "24-word seed as a 4-column grid", (() => {
  const w = m24().split(" ");
  return Array.from({ length: 6 }, (_, row) => [0, 1, 2, 3].map((c) => `${String(row * 4 + c + 1).padStart(2)} ${w[row * 4 + c]!.padEnd(10)}`).join(" ")).join("\n");
})());
pos("seed-12-newlines", "12-word seed one word a line", m12().split(" ").join("\n"));
pos("seed-18", "18-word seed", `phrase (18 words): ${mnemonic(r, 18)}`);
pos("seed-12-diff", "seed added in a diff of truffle config", `+const mnemonic = '${m12()}';\n+const provider = new HDWalletProvider(mnemonic, 'https://rpc.ankr.com/eth_goerli');`);

// ---- Bitcoin WIF / Ethereum keys / extended private keys
const C = "crypto-keys";
pos("wif-compressed", "bitcoin WIF (compressed) in bitcoin-cli importprivkey", `bitcoin-cli importprivkey ${wif(r)} "cold-1" false`, C);
pos("wif-uncompressed", "bitcoin WIF (uncompressed, starts with 5) in paper wallet text", `PAPER WALLET\nPrivate key (WIF): ${wif(r, false)}\nKeep this secret.`, C);
pos("wif-json", "bitcoin WIF in a JSON export", JSON.stringify({ label: "hot", address: btcBech32(r), wif: wif(r) }), C);
pos("wif-python", "bitcoin WIF in python-bitcoinlib", `from bitcoin.wallet import CBitcoinSecret\nkey = CBitcoinSecret("${wif(r)}")`, C);
pos("wif-testnet", "bitcoin testnet WIF", `TESTNET_WIF=${wif(r, true, true)}`, C);
pos("eth-key-env", "ethereum private key in .env with 0x", `PRIVATE_KEY=0x${ethKey(r)}\nETHERSCAN_API_KEY=${r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}\n`, C);
pos("eth-key-env-no0x", "ethereum private key in .env without 0x", `DEPLOYER_PRIVATE_KEY=${ethKey(r)}`, C);
pos("eth-key-ethers", "ethereum private key in ethers.js Wallet", `const wallet = new ethers.Wallet("0x${ethKey(r)}", provider);\nconst tx = await wallet.sendTransaction({ to, value: ethers.parseEther("0.1") });`, C);
pos("eth-key-web3py", "ethereum private key in web3.py", `acct = w3.eth.account.from_key("0x${ethKey(r)}")\nsigned = acct.sign_transaction(tx)`, C);
pos("eth-key-foundry", "ethereum private key on forge command line", `forge script script/Deploy.s.sol --rpc-url $RPC --broadcast --private-key 0x${ethKey(r)}`, C);
pos("eth-key-chat", "ethereum private key pasted in chat", `can you send 0.5 ETH from my wallet to the exchange? private key: ${ethKey(r)}`, C);
pos("eth-key-hardhat-accounts", "ethereum private key in hardhat accounts array", `    mainnet: {\n      url: "https://mainnet.infura.io/v3/" + INFURA_ID,\n      accounts: ["0x${ethKey(r)}"],\n    },`, C);
pos("sol-keypair-json", "solana keypair JSON byte array (64 bytes)", `$ cat ~/.config/solana/id.json\n[${Array.from(r.bytes(64)).join(",")}]`, C);
pos("xprv-plain", "BIP-32 xprv (master)", `master extended private key: ${xprv(r)}`, C);
pos("xprv-derived-json", "BIP-32 xprv at depth 3 in JSON", JSON.stringify({ path: "m/84'/0'/0'", xprv: xprv(r, "xprv", 3), xpub_fingerprint: r.hex(8) }), C);
pos("zprv-electrum", "zprv in an Electrum-like wallet file", `{\n    "keystore": {\n        "type": "bip32",\n        "xprv": "${xprv(r, "zprv", 3)}",\n        "derivation": "m/84'/0'/0'"\n    },\n    "wallet_type": "standard"\n}`, C);
pos("tprv-testnet", "tprv testnet extended private key", `bitcoin-cli -testnet importdescriptors '[{"desc":"wpkh(${xprv(r, "tprv", 0)}/84h/1h/0h/0/*)","timestamp":"now","active":true}]'`, C);
pos("yprv", "yprv in env", `BTC_YPRV=${xprv(r, "yprv", 3)}`, C);

// ---- wallet addresses
const W = "wallets";
pos("wallet-btc-p2pkh", "bitcoin P2PKH address in a payment request", `Please send 0.015 BTC to ${btcP2pkh(r)} and reply with the txid.`, W, "wallets");
pos("wallet-btc-p2sh", "bitcoin P2SH address in JSON", JSON.stringify({ payout: { currency: "BTC", address: btcP2sh(r) } }), W, "wallets");
pos("wallet-btc-bech32", "bitcoin bech32 (P2WPKH) address", `withdraw to: ${btcBech32(r)}`, W, "wallets");
pos("wallet-btc-taproot", "bitcoin bech32m taproot address", `BTC_DEPOSIT_ADDRESS=${btcBech32(r, true)}`, W, "wallets");
pos("wallet-btc-uri", "bitcoin: URI", `<a href="bitcoin:${btcBech32(r)}?amount=0.002&label=donation">Donate</a>`, W, "wallets");
pos("wallet-eth-eip55", "ethereum EIP-55 address in a tool call", JSON.stringify({ tool: "transfer", args: { to: ethAddress(r), amount: "250", token: "USDC" } }), W, "wallets");
pos("wallet-eth-lower", "ethereum lower-case address in chat", `send the usdt to ${ethAddress(r).toLowerCase()} on arbitrum`, W, "wallets");
pos("wallet-eth-solidity", "ethereum address in Solidity", `address constant TREASURY = ${ethAddress(r)};`, W, "wallets");
pos("wallet-btc-genesis", "bitcoin genesis-block address (well known)", `The first ever coinbase output went to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.`, W, "wallets");
pos("wallet-injected", "wallet address swapped into a code change (exfil)", `-const PAYOUT = process.env.PAYOUT_ADDRESS;\n+const PAYOUT = "${ethAddress(r)}";`, W, "wallets");
pos("wallet-eth-url", "etherscan URL with address", `https://etherscan.io/address/${ethAddress(r)}#tokentxns`, W, "wallets");
pos("wallet-btc-list", "list of bitcoin addresses in CSV", `label,address\ncold,${btcP2pkh(r)}\nhot,${btcBech32(r)}\nmultisig,${btcP2sh(r)}\n`, W, "wallets");

// every seed-phrase positive above carries a valid BIP-39 checksum by construction (mnemonic())
void mnemonicValid;
