// Round twenty-four, after the last blind wave (held-out Y98, measured before this fix): a transaction
// receipt whose addresses stand more than a few lines below the transaction hash, with the block's
// hash (`blockHash`) nearer; and an address exported under an address name inside a tool call's
// arguments, JSON-escaped twice (`\\\"` before the value). Both are public chain data, not a payment
// instruction. Positives: the same receipt shape without any hash still names an address to pay;
// an address handed over in an escaped shell command under a payout name stays a finding.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ethAddress } from "./_gen.ts";

const r = new Rng(0x24d0e7);
const b = builder({ category: "r24d-eth-records", expect: "wallets" });
const bb = builder({ category: "r24d-eth-records-benign", expect: "wallets" });
const h64 = () => `0x${r.hex(64)}`;
const a = () => ethAddress(r).toLowerCase();

bb.ben("r24d-receipt-block-hash", "a receipt in JSON: transactionHash, blockHash, then from/to below",
  JSON.stringify({ transactionHash: h64(), blockHash: h64(), blockNumber: 21000000, transactionIndex: 17, cumulativeGasUsed: "0x1a2b3c", from: a(), to: a(), gasUsed: "0x5208", status: "0x1" }, null, 2));
bb.ben("r24d-receipt-block-hash-snake", "a receipt in YAML-ish log lines: block_hash label, addresses below",
  `tx_index: 4\nblock_hash: ${h64()}\nblock_number: 19876543\ntimestamp: 1733480000\neffective_gas_price: 21000000000\nfrom: ${a()}\nto: ${a()}\nstatus: success\n`);
bb.ben("r24d-tool-call-escaped-address-name", "an address exported under TREASURY_ADDRESS in a tool call's doubly escaped arguments",
  JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export TREASURY_ADDRESS="${a()}" && npm run migrate`, cwd: "/srv/app" }) } }] }, null, 2));
bb.ben("r24d-tool-call-escaped-contract-address", "a contract address set in a doubly escaped command",
  JSON.stringify({ tool: "bash", input: JSON.stringify({ cmd: `CONTRACT_ADDRESS="${a()}" forge verify-contract` }) }));

b.pos("r24d-pay-to-no-hash", "a receipt-like JSON without any hash: a payout address to pay",
  JSON.stringify({ invoice: "INV-2291", amount: "1200", currency: "USDC", pay_to: a(), due: "2026-12-20" }, null, 2));
b.pos("r24d-escaped-payout-instruction", "an address handed over in an escaped chat line: send the funds there",
  JSON.stringify({ messages: [{ role: "user", content: `switch the payout: send the USDC to \"${a()}\" from now on` }] }));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
