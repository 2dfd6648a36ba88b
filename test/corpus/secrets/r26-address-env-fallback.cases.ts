// Round twenty-six (held-out Y106's leftover): an Ethereum address as the fallback of an environment
// lookup whose variable names an address (`env::var("TOKEN_CONTRACT_ADDRESS").unwrap_or_else(|_| "0x…")`,
// `os.getenv("WALLET_ADDR", "0x…")`): configured public chain data, not a payment instruction.
// Positives: the same lookups under a name that does not say address, and a fallback in prose.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ethAddress } from "./_gen.ts";

const r = new Rng(0x26a001);
const b = builder({ category: "r26-address-env-fallback", expect: "wallets" });
const bb = builder({ category: "r26-address-env-fallback-benign" });
const a = () => ethAddress(r).toLowerCase();

bb.ben("r26-addr-rust-unwrap", "Rust env::var(...).unwrap_or_else", `fn token_contract_address() -> String {\n    std::env::var("TOKEN_CONTRACT_ADDRESS").unwrap_or_else(|_| "${a()}".to_string())\n}\n`);
bb.ben("r26-addr-py-getenv", "Python os.getenv with a default", `ROUTER = os.getenv("UNISWAP_ROUTER_ADDRESS", "${a()}")\n`);
bb.ben("r26-addr-py-environ-get", "Python os.environ.get, single quotes", `treasury = os.environ.get('TREASURY_WALLET', '${a()}')\n`);
bb.ben("r26-addr-go-lookup", "Go getEnv helper with a fallback", `registry := getEnv("REGISTRY_CONTRACT", "${a()}")\n`);
bb.ben("r26-addr-ruby-fetch", "Ruby ENV.fetch with a default", `FEE_RECIPIENT = ENV.fetch("FEE_RECIPIENT", "${a()}")\n`);
bb.ben("r26-addr-kotlin-elvis", "Kotlin System.getenv ?: default", `val vault = System.getenv("VAULT_ADDR") ?: "${a()}"\n`);

b.pos("r26-addr-env-payto", "an env fallback under a pay-to name", `payee = os.getenv("PAY_TO", "${a()}")\n`);
b.pos("r26-addr-env-prose", "a fallback address in a chat message", `if PAYOUT isn't set just use "${a()}" and send it the refund`);
b.pos("r26-addr-env-send", "a send call with a literal recipient after a lookup", `amount = os.getenv("AMOUNT", "1"); send(to="${a()}", amount=amount)\n`);
b.pos("r26-addr-env-transfer", "a transfer instruction next to an env lookup", `// TOKEN=${"$"}{process.env.TOKEN}\ntransfer("${a()}", 500)\n`);
b.pos("r26-addr-env-deposit", "deposit line in a README", `Deposit to ${a()} (set DEPOSIT_NOTE in .env for the memo)`);
b.pos("r26-addr-env-invoice", "a pay-to in a YAML invoice", `invoice:\n  number: 7781\n  pay: "${a()}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
