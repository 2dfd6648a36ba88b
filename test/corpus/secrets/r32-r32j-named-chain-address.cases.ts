// Round thirty-two (found on Y140): a public chain address (0x + 40 hex) in a slot that names it as an
// address (a Makefile's `CONTRACT_ADDRESS ?=`, `TREASURY_ADDR +=`, a bare YAML `address:`) is a public
// identifier, not a secret. The slot reader did not know Make's `?=`/`+=`/`::=`, nor a name that is
// only `address`. Positives: an Ethereum private key (64 hex) under Make's operators stays caught.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32a0d1);
const b = builder({ category: "r32-r32j-named-chain-address" });
const bb = builder({ category: "r32-r32j-named-chain-address-benign" });
const key = () => "0" + "x" + r.hex(64);
const addr = () => "0" + "x" + r.hex(40);

b.pos("r32j-addr-make-deployer", "deployer key under Make's ?=", `RPC_URL ?= https://rpc.example.org\nDEPLOYER_KEY ?= ${key()}\nCHAIN_ID ?= 11155111\n`);
b.pos("r32j-addr-make-signer", "signer key under Make's :=", `SIGNER_PRIVATE_KEY := ${key()}\n\ndeploy:\n\tforge script Deploy --broadcast\n`);
b.pos("r32j-addr-make-append", "wallet key under +=", `FORGE_FLAGS += --private-key\nWALLET_KEY += ${key()}\n`);
b.pos("r32j-addr-yaml-key", "private key in YAML beside an address", `wallet:\n  address: ${addr()}\n  private_key: "${key()}"\n`);
b.pos("r32j-addr-env-key", ".env private key", `ETH_PRIVATE_KEY=${key()}\nTOKEN_ADDRESS=${addr()}\n`);
b.pos("r32j-addr-chat-key", "key pasted in a chat body", JSON.stringify({ messages: [{ role: "user", content: `the deployer private key is ${key()} please fund it` }] }));

bb.ben("r32j-addr-make-contract", "contract address under ?=", `APP_ENV ?= staging\nTOKEN_CONTRACT_ADDRESS ?= ${addr()}\nLOG_LEVEL ?= debug\n`);
bb.ben("r32j-addr-make-recipient", "recipients under +=", `PAYOUT_RECIPIENTS += ${addr()}\n`);
bb.ben("r32j-addr-make-treasury", "treasury address under ::=", `TREASURY_ADDR ::= ${addr()}\n`);
bb.ben("r32j-addr-yaml-bare", "bare YAML address field", `network: mainnet\nvault:\n  address: ${addr()}\n  decimals: 18\n`);
bb.ben("r32j-addr-toml-bare", "bare TOML address key", `[pool]\nname = "usdc-weth"\naddress = "${addr()}"\n`);
bb.ben("r32j-addr-json-bare", "JSON address member", JSON.stringify({ chainId: 8453, address: addr(), symbol: "USDC" }));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
