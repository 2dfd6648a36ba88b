// Round twenty-nine, after the end-of-round check Y129 (y129-bk-051): an Ethereum transaction
// receipt's JSON inside another JSON string (a tool result's content), its quotes escaped, is a
// record of a past transfer; its from/to addresses are not wallets being handed over. Positives
// share the words: a signer's private key, a mnemonic or a keystore password beside a receipt.
import type { CorpusCase } from "../types.ts";
import { builder, eip55, mnemonic, Rng } from "./_gen.ts";

const r = new Rng(0x29b051);
const t = builder({ category: "r29-escaped-tx-receipt" });
const tb = builder({ category: "r29-escaped-tx-receipt-benign" });
const addr = () => eip55(r.hex(40)).toLowerCase();
const receipt = (extra: Record<string, string> = {}) => ({ transactionHash: `0x${r.hex(64)}`, blockHash: `0x${r.hex(64)}`, from: addr(), to: addr(), status: "0x1", ...extra });
const toolResult = (o: object) => JSON.stringify({ type: "tool_result", tool_use_id: `toolu_${r.alnum(24)}`, content: JSON.stringify(o) });

tb.ben("r29b51-receipt-tool-result", "a receipt in a tool result's string", toolResult(receipt()));
tb.ben("r29b51-receipt-mcp", "a receipt in an MCP text result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: JSON.stringify(receipt({ gasUsed: "0x5208" })) }] } }));
tb.ben("r29b51-tx-double-escaped", "a tx object escaped twice", JSON.stringify({ log: toolResult({ tx: { hash: `0x${r.hex(64)}`, from: addr(), to: addr(), value: "0x0" } }) }));
tb.ben("r29b51-receipt-list", "two receipts in a batch result", toolResult({ receipts: [receipt(), receipt()] }));
tb.ben("r29b51-txn-hash-key", "a txHash key", toolResult({ txHash: `0x${r.hex(64)}`, sender: addr(), recipient: addr(), confirmations: 12 }));
tb.ben("r29b51-receipt-chat", "a receipt pasted in a chat message", JSON.stringify({ messages: [{ role: "user", content: `why did this revert?\n${JSON.stringify(receipt({ status: "0x0" }))}` }] }));

t.pos("r29b51-signer-key", "the signer's private key beside the receipt", toolResult(receipt({ signerPrivateKey: `0x${r.hex(64)}` })));
t.pos("r29b51-mnemonic-beside", "a mnemonic in the same tool result", toolResult({ ...receipt(), note: `deployer mnemonic: ${mnemonic(r, 12)}` }));
t.pos("r29b51-keystore-password", "a keystore password beside a tx", toolResult({ tx: receipt(), keystorePassword: `${r.alnum(10)}!${r.alnum(8)}` }));
t.pos("r29b51-cast-private-key", "foundry's cast with --private-key, then the receipt", toolResult({ command: `cast send ${addr()} --value 1ether --private-key 0x${r.hex(64)}`, receipt: receipt() }));
t.pos("r29b51-pk-env", "an .env with a private key and a tx hash", `DEPLOYER_PRIVATE_KEY=0x${r.hex(64)}\nLAST_TX=0x${r.hex(64)}\n`);
t.pos("r29b51-etherscan-key", "an explorer API key in the query", `curl "https://api.etherscan.io/api?module=transaction&action=gettxreceiptstatus&txhash=0x${r.hex(64)}&apikey=${r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}"`);

export const cases: CorpusCase[] = [...t.cases, ...tb.cases];
