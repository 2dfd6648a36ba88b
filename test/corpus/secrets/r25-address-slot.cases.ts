// Round twenty-five (held-out Y102/Y103): an Ethereum address configured under a wallet-named slot
// (`X-Wallet:`, `PAYOUT_WALLET=`, `treasuryWallet:`) or in a JSON name/value pair whose name calls it an
// address (`{"key": "CONTRACT_ADDRESS", "value": "0x…"}`): a public, configured value, not a payment
// instruction. Positives: an address handed over to pay (chat, an invoice's pay-to, a bare "wallet:"
// label in a message) stays a warning. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ethAddress } from "./_gen.ts";

const r = new Rng(0x25a004);
const b = builder({ category: "r25-address-slot", expect: "wallets" });
const bb = builder({ category: "r25-address-slot-benign" });
const a = () => ethAddress(r).toLowerCase();

bb.ben("r25-addr-header", "an X-Wallet request header", `GET /v1/balances HTTP/1.1\r\nHost: api.example.net\r\nX-Wallet: ${a()}\r\nAccept: application/json\r\n\r\n`);
bb.ben("r25-addr-env-wallet", "PAYOUT_WALLET in a .env", `CHAIN_ID=1\nPAYOUT_WALLET=${a()}\nRPC_URL=https://rpc.example.net\n`);
bb.ben("r25-addr-yaml-wallet", "treasuryWallet in YAML", `chain: mainnet\ntreasuryWallet: "${a()}"\nconfirmations: 12\n`);
bb.ben("r25-addr-json-pair", "a render-style env pair naming a contract address", `[{"key":"TOKEN_CONTRACT_ADDRESS","value":"${a()}"},{"key":"CHAIN","value":"base"}]`);
bb.ben("r25-addr-json-pair-name", "a name/value pair naming a recipient address", JSON.stringify({ env: [{ name: "FEE_RECIPIENT_ADDRESS", value: a() }] }));
bb.ben("r25-addr-json-pair-spaced", "a spaced JSON pair naming an address", `{ "name": "VAULT_ADDR", "value": "${a()}" }`);
bb.ben("r25-addr-header-hot", "an X-Hot-Wallet header in a curl", `curl -H 'X-Hot-Wallet: ${a()}' https://api.example.net/v1/sweep`);

b.pos("r25-addr-chat-pay", "a chat message: send funds to this address", `please send the 2.5 ETH to ${a()} before friday`);
b.pos("r25-addr-bare-wallet-label", "a bare wallet: label in a message, a payment instruction", `new payout details\nwallet: ${a()}\namount: 1200 USDC`);
b.pos("r25-addr-json-pair-payto", "a JSON pair whose name says pay-to, not an address", `[{"key":"PAY_TO","value":"${a()}"}]`);
b.pos("r25-addr-invoice", "an invoice's beneficiary line", `Invoice INV-8812\nBeneficiary: ${a()}\nDue: 2026-12-30`);
b.pos("r25-addr-tool-send", "a tool call sending funds", JSON.stringify({ tool: "send_eth", input: { to: a(), amount_eth: "0.75" } }));
b.pos("r25-addr-deposit", "a deposit instruction in prose", `Deposit USDT (ERC-20) only to ${a()}; other tokens will be lost.`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
