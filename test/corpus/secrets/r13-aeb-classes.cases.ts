// Round thirteen (agent-egress-bench classes, written for this corpus in other contexts): Stripe
// keys written with dashes for the underscores (`sk-live-…`, near-valid, outbound only); a
// vendor-style EXAMPLE key in a named slot (token=, api_key:) blocks outbound as published
// examples do, placeholders do not; financial PII in fields named for it (the published example
// SSNs after an SSN label, routing and account numbers under names that say so). Look-alikes:
// kebab-case ids and CSS classes on the same prefixes, masked and placeholder SSNs, never-issued
// SSN ranges, bare "routing"/"account" fields, account and order ids. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, LOWER, UPPER } from "./_gen.ts";

const r = new Rng(0x13aeb13);
const b = builder({ category: "r13-aeb-classes", expect: "secrets" });
const bb = builder({ category: "r13-aeb-classes-benign", expect: "secrets" });

/** A token body with both cases and digits throughout. */
const body = (n: number) => Array.from({ length: n }, (_, i) => r.str(1, [UPPER, LOWER, DIGITS, LOWER][i % 4]!)).join("");
const dashed = (p: string) => [p, "-", r.pick(["live", "test"]), "-"].join("") + body(r.range(24, 40));
const exampleKey = () => r.str(18, ALNUM) + r.str(2, DIGITS) + "EXAMPLE" + r.pick(["KEY", "TOKEN", ""]);
const aba = () => {
  for (;;) {
    const d = r.str(8, DIGITS);
    for (let c = 0; c < 10; c++) {
      const s = d + c;
      const n = [...s].map(Number);
      if ((3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + n[2]! + n[5]! + n[8]!) % 10 === 0 && !/^0/.test(s)) return s;
    }
  }
};

b.pos("r13-stripe-dashed-json", "dashed Stripe secret key in a JSON body", JSON.stringify({ provider: "stripe", secret: dashed("sk") }));
b.pos("r13-stripe-dashed-ws", "dashed restricted key in a chat message", `here is the key for the billing job: ${dashed("rk")} (rotate after)`);
b.pos("r13-stripe-dashed-env", "dashed key on an env line", `export PAYMENTS_KEY=${dashed("sk")}`);
b.pos("r13-slot-example-referer", "vendor-style example key in a token= parameter of a Referer", `Referer: https://portal.acme-corp.test/verify?token=${exampleKey()}&step=2`);
b.pos("r13-slot-example-json", "vendor-style example key in an api_key JSON field", JSON.stringify({ api_key: exampleKey(), region: "eu-west-1" }));
b.pos("r13-ssn-published-json", "published example SSN in a field named ssn", JSON.stringify({ name: "Jane Roe", ssn: ["123", "45", "6789"].join("-") }));
b.pos("r13-ssn-published-form", "published example SSN in a form field, no separators", `first=Jane&last=Roe&social_security_number=${["123", "45", "6789"].join("")}`);
b.pos("r13-ssn-valid-form", "SSN in a form field", `applicant_ssn: ${r.range(100, 599)}-${r.range(10, 99)}-${r.range(1000, 9999)}`);
b.pos("r13-routing-account-json", "routing and account numbers under names that say so", JSON.stringify({ routing_number: aba(), account_number: r.str(10, DIGITS), holder: "J. Roe" }));
b.pos("r13-routing-camel", "routingNumber in camelCase", JSON.stringify({ bank: { routingNumber: aba(), accountNumber: r.str(12, DIGITS) } }));
b.pos("r13-account-form", "bank account number in a form body", `payee=ACME&acct_no=${r.str(11, DIGITS)}&amount=120.00`);

bb.ben("r13-css-sk-classes", "CSS classes and ids on the sk-/rk- prefixes", `<div class="sk-fading-circle sk-live-indicator"></div>\n<button id="sk-test-checkout-button-2024">Pay</button>\n.rk-live-panel { color: red }`);
bb.ben("r13-kebab-sk-ids", "kebab-case feature flags", `flags: [sk-live-preview-enabled, sk-test-mode-v2, rk-live-rollout-42]`);
bb.ben("r13-slot-placeholders", "placeholder tokens in named slots", `curl "https://api.acme-corp.test/v1/items?token=YOUR_TOKEN"\ncurl "https://api.acme-corp.test/v1/items?token=xxxxxxxxxxxxxxxx"\napi_key: EXAMPLE\nAuthorization: token <your-token-here>`);
bb.ben("r13-ssn-masked", "masked and placeholder SSNs", JSON.stringify({ ssn: "***-**-" + r.str(4, DIGITS), ssn_hint: "XXX-XX-XXXX", social_security_number: "000-00-0000" }));
bb.ben("r13-ssn-never-issued", "never-issued SSN range in a field", `ssn=9${r.str(2, DIGITS)}-${r.range(10, 99)}-${r.str(4, DIGITS)}`);
bb.ben("r13-dates-phones", "dates and phone numbers with dashes", `Call 555-${r.str(3, DIGITS)}-${r.str(4, DIGITS)} before 2025-06-30; ref 2024-${r.str(2, DIGITS)}-${r.str(4, DIGITS)}`);
bb.ben("r13-account-ids", "account and order ids", JSON.stringify({ account_id: r.str(12, DIGITS), order_id: r.str(10, DIGITS), account: r.str(12, DIGITS), routing: "queue." + r.str(4, LOWER) }));
bb.ben("r13-routing-bare", "a routing key and a bank's public routing number without a name that says so", `routing: ${r.str(9, DIGITS)}\nRouting key: orders.created`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
