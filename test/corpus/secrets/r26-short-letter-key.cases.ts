// Round twenty-six (held-out Y113's y113-pay-026, Y114's y114-a-079): a key of 16 to 19 random letters of
// both cases, no digit (Authorize.Net's transaction keys draw from letters and digits and some come out
// letters only) under a name ending in key or token, assigned in code, a dotenv line, supervisord's
// `environment=`, YAML or JSON. Until now only a header's name vouched for one. Benign: the same letters
// under an idempotency, cache or request key, words in PascalCase or capitals, references. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x26c301);
const b = builder({ category: "r26-short-letter-key" });
const bb = builder({ category: "r26-short-letter-key-benign" });
const letters = (n: number) => r.str(n, UPPER + LOWER);

b.pos("r26l-slk-supervisord", "supervisord program environment with a transaction key", `[program:billing]\ncommand=/srv/billing/bin/run\nenvironment=AUTHNET_API_LOGIN_ID="${r.alnum(10)}",AUTHNET_TRANSACTION_KEY="${letters(16)}",LOG_LEVEL="info"\n`);
b.pos("r26l-slk-traceback", "Python traceback locals", `  File "/srv/pay/gateway.py", line 42, in charge\n    Locals:\n      authnet_transaction_key = '${letters(16)}'\n      amount = 1999\n`);
b.pos("r26l-slk-dotenv", "dotenv line, bare value", `# payments\nAUTHORIZE_NET_LOGIN_ID=${r.alnum(9)}\nAUTHORIZE_NET_TRANSACTION_KEY=${letters(17)}\n`);
b.pos("r26l-slk-yaml", "YAML gateway settings in a chat message", JSON.stringify({ messages: [{ role: "user", content: `why does this fail?\n\npayment_gateway:\n  provider: authorize_net\n  transaction_key: "${letters(16)}"\n` }] }));
b.pos("r26l-slk-json", "merchantAuthentication JSON request", JSON.stringify({ createTransactionRequest: { merchantAuthentication: { name: r.alnum(9), transactionKey: letters(16) }, refId: r.digits(6) } }));
b.pos("r26l-slk-csharp", "C# settings constant", `public static class Gateway {\n    public const string AnetTransactionKey = "${letters(18)}";\n}\n`);

bb.ben("r26l-slk-idempotency", "idempotency key of random letters", `headers = {"Idempotency-Key": "${letters(16)}"}\nidempotency_key = "${letters(16)}"\n`);
bb.ben("r26l-slk-cache", "cache key of random letters", `cache_key: "${letters(17)}"\nttl: 300\n`);
bb.ben("r26l-slk-upper-word", "transaction key as a status word", `transaction_key = "PENDINGSETTLEMENT"\n`);
bb.ben("r26l-slk-pascal", "PascalCase placeholder", `apiKey: "ReplaceWithYourOwnKey"\n`);
bb.ben("r26l-slk-reference", "transaction key naming an order reference", `transaction_key: "order-2024-11-03-0042"\nstatus: settled\n`);
bb.ben("r26l-slk-request", "request token of random letters", `request_token = "${letters(16)}"\n`);
bb.ben("r26l-slk-lookup", "transaction key read from a row", `transaction_key = row["transaction_key"]\nlog.info("settled %s", transaction_key)\n`);
bb.ben("r26l-slk-sequential", "alphabet as a stand-in key", `transactionKey: "abcdefghijklmnop"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
