// Round twenty-one (e), after the last blind wave (heldout-y65's y65-l-050): a secret-named
// variable with a qualifier after the secret's own word — Mailjet's documented MJ_APIKEY_PRIVATE,
// STRIPE_KEY_LIVE, DB_PASSWORD_PROD — read as the secret name it is. Benign: MJ_APIKEY_PUBLIC, a
// cache key or an order id with the same qualifiers. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x21e0a1f1);
const b = builder({ category: "r21e-qualified-name", expect: "secrets" });
const bb = builder({ category: "r21e-qualified-name-benign" });
const hex = (n: number) => r.str(n, HEX);

b.pos("r21e-qn-mailjet-private-csharp", "C# env fallback under MJ_APIKEY_PRIVATE inside a Bearer concatenation", `c.DefaultRequestHeaders.Add("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("MJ_APIKEY_PRIVATE") ?? "${hex(32)}"));\n`);
b.pos("r21e-qn-stripe-key-live-node", "Node env fallback under STRIPE_KEY_LIVE", `const stripeKey = process.env.STRIPE_KEY_LIVE || "${r.str(32, ALNUM)}";\n`);
b.pos("r21e-qn-token-prod-python", "Python getenv default under SLACK_TOKEN_PROD", `token = os.getenv("SLACK_TOKEN_PROD", "${r.str(36, ALNUM)}")\n`);
bb.ben("r21e-qn-mailjet-public", "C# env fallback under MJ_APIKEY_PUBLIC (the public half)", `var publicKey = Environment.GetEnvironmentVariable("MJ_APIKEY_PUBLIC") ?? "${hex(32)}";\n`);
bb.ben("r21e-qn-cache-key-prod", "cache key with a _PROD qualifier", `var cacheKey = Environment.GetEnvironmentVariable("CACHE_KEY_PROD") ?? "${hex(32)}";\n`);
bb.ben("r21e-qn-order-id-prod", "order id with a _PROD qualifier", `order = os.getenv("ORDER_ID_PROD", "${hex(32)}")\n`);

export const cases = [...b.cases, ...bb.cases];
