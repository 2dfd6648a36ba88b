// Round twenty-three, second wave (held-out Y79 class): a custom header whose hyphenated name ends in
// key or token (`X-Authorize-net-transaction-key-Key:`) sending 16 to 19 random letters, case flipping
// at random. Benign: an idempotency, cache or request key; a short version; words.
// Every credential-shaped value is built at run time.
import { builder, Rng, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x23b4ead0);
const b = builder({ category: "r23b-header-letter-key", expect: "secrets" });
const bb = builder({ category: "r23b-header-letter-key-benign" });

const letters = (n: number) => {
  let v = r.str(n, UPPER + LOWER);
  while ((v.match(/[A-Z]/g) ?? []).length < n / 3 || (v.match(/[a-z]/g) ?? []).length < n / 3) v = r.str(n, UPPER + LOWER);
  return v;
};

b.pos("r23b-curl-custom-key-header", "curl -H with a vendor-named transaction key header, 16 letters",
  `curl -sS -X POST https://api.internal.example.net/v1/charge \\\n  -H "X-Gateway-Merchant-Key: ${letters(16)}" \\\n  -d '{"amount": 100}'\n`);
b.pos("r23b-http-raw-token-header", "raw HTTP request with an X-…-Token header, 18 letters",
  `GET /v2/reports HTTP/1.1\nHost: reports.internal.example.net\nX-Reports-Access-Token: ${letters(18)}\nAccept: application/json\n`);
b.pos("r23b-httpie-key-header", "httpie header item, 17 letters",
  `http POST https://hooks.internal.example.net/sync X-Partner-Api-Key:${letters(17)} dry_run:=false\n`);

bb.ben("r23b-idempotency-key-header", "an idempotency key of random letters",
  `curl -X POST https://api.example.net/v1/orders -H "X-Idempotency-Key: ${letters(16)}" -d '{}'\n`);
bb.ben("r23b-cache-key-header", "a cache key header holding a version",
  `curl https://cdn.example.net/a.js -H "X-Cache-Key: v1"\n`);
export const cases = [...b.cases, ...bb.cases];
