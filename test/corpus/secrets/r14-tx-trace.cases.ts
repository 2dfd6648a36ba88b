// Round fourteen: a transaction trace pasted into a chat message (JSON-escaped, so its lines are
// joined by `\n` escapes) names public addresses beside a labelled transaction hash; the wallet
// rules leave addresses in such a record alone, escaped or not. Positive: an address with no
// transaction record around it still warns. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ethAddress } from "./_gen.ts";

const r = new Rng(0x14e7f0);
const b = builder({ category: "r14-tx-trace", expect: "wallets" });
const bb = builder({ category: "r14-tx-trace-benign", expect: "wallets" });

const trace = () => `tx: 0x${r.hex(64)}\nfrom: ${ethAddress(r).toLowerCase()}\nto: ${ethAddress(r).toLowerCase()}\nstatus: reverted`;
bb.ben("r14-trace-chat-json", "a reverted transaction's trace pasted into a chat message (JSON-escaped)", JSON.stringify({ messages: [{ role: "user", content: `why did this revert?\n\n\`\`\`\n${trace()}\n\`\`\`` }] }));
bb.ben("r14-trace-tool-json", "a transaction receipt in a tool result (JSON-escaped, txHash label)", JSON.stringify({ type: "tool_result", content: `txHash: 0x${r.hex(64)}\r\nfrom: ${ethAddress(r)}\r\nto: ${ethAddress(r)}` }));
b.pos("r14-address-chat-json", "an address to pay, no transaction record, in a chat message (JSON-escaped)", JSON.stringify({ messages: [{ role: "user", content: `status: pending\nsend the refund to ${ethAddress(r)} today` }] }));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
