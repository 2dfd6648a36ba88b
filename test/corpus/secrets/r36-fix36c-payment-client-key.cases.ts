// Round thirty-six (fix36c): a payment page's client-side key, public by design as a Stripe publishable key is: it can
// only tokenize a card in the browser or app. Braintree's tokenization key (`sandbox_<8>_<16>`, `production_…`) passed
// as the Drop-in's or client's `authorization`, Adyen's client key (`test_`/`live_` + 32 upper case and digits),
// Checkout.com's sandbox public key for Frames, Square's application id. Positives: the same SDK calls and headers given
// the provider's secret: a Braintree private key, an Adyen API key, a Checkout.com secret key, a Square access token.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, UPPER, DIGITS, LOWER, HEX } from "./_gen.ts";

const r = new Rng(0x36c002);
const b = builder({ category: "r36-fix36c-payment-client-key" });
const bb = builder({ category: "r36-fix36c-payment-client-key-benign" });
const LD = LOWER + DIGITS;
const tokenizationKey = (env: string) => `${env}_${r.str(8, LD)}_${r.str(16, LD)}`;
const adyenClientKey = (env: string) => env + "_" + r.str(32, UPPER + DIGITS);
const adyenApiKey = () => "AQE" + r.str(3, ALNUM) + "+" + r.str(60, ALNUM) + "==-" + r.str(43, ALNUM) + "=-" + r.str(16, ALNUM);

bb.ben("fix36c-pck-dropin-production", "Braintree Drop-in given a production tokenization key",
  `braintree.dropin.create({\n  authorization: '${tokenizationKey("production")}',\n  container: '#dropin-container',\n  card: { cardholderName: { required: true } }\n});\n`);
bb.ben("fix36c-pck-client-create-sandbox", "braintree-web client.create with a sandbox tokenization key",
  `const clientInstance = await braintree.client.create({ authorization: "${tokenizationKey("sandbox")}" });\n`);
bb.ben("fix36c-pck-ios-btapiclient", "iOS BTAPIClient(authorization:) with a tokenization key",
  `let apiClient = BTAPIClient(authorization: "${tokenizationKey("production")}")!\n`);
bb.ben("fix36c-pck-env-tokenization-key", ".env of a storefront: the tokenization key beside a German comment",
  `# Öffentlicher Schlüssel für das Drop-in (darf im Browser stehen)\nVITE_BRAINTREE_AUTHORIZATION=${tokenizationKey("production")}\n`);
bb.ben("fix36c-pck-adyen-client-key", "Adyen Web Drop-in configuration with a live client key",
  `const checkout = await AdyenCheckout({\n  environment: 'live',\n  clientKey: '${adyenClientKey("live")}',\n  session: { id: sessionId, sessionData }\n});\n`);
bb.ben("fix36c-pck-checkout-frames", "Checkout.com Frames.init with a sandbox public key",
  `Frames.init({ publicKey: "pk_sbox_${r.str(26, LD)}", localization: "FR-FR" });\n`);
bb.ben("fix36c-pck-square-app-id", "Square Web Payments with an application id",
  `const payments = Square.payments('sq0idp-${r.str(22, ALNUM + "-_")}', 'L${r.str(12, UPPER + DIGITS)}');\n`);

b.pos("fix36c-pck-braintree-private-key", "Braintree gateway configured with its private key",
  `const gateway = new braintree.BraintreeGateway({\n  environment: braintree.Environment.Production,\n  merchantId: "${r.str(16, LD)}",\n  publicKey: "${r.str(16, LD)}",\n  privateKey: "${r.str(32, HEX)}"\n});\n`);
b.pos("fix36c-pck-adyen-api-key-header", "Adyen API key sent in x-api-key",
  `curl https://checkout-test.adyen.com/v71/paymentMethods \\\n  -H 'x-api-key: ${adyenApiKey()}' \\\n  -H 'content-type: application/json'\n`);
b.pos("fix36c-pck-adyen-both-keys", "Adyen config holding the client key and the API key",
  `adyen:\n  clientKey: ${adyenClientKey("test")}\n  apiKey: ${adyenApiKey()}\n`);
b.pos("fix36c-pck-checkout-secret-bearer", "Checkout.com secret key as a Bearer token",
  `curl -X POST https://api.sandbox.checkout.com/payments \\\n  -H "Authorization: Bearer sk_sbox_${r.str(26, LD)}" -d @payment.json\n`);
b.pos("fix36c-pck-authorization-drawn", "a drawn secret passed as a JS client's authorization option",
  `const client = new PaymentsClient({\n  authorization: "${r.str(40, ALNUM)}",\n  region: "eu"\n});\n`);
b.pos("fix36c-pck-stripe-secret-bearer", "Stripe secret key as a Bearer token in a fetch",
  `await fetch("https://api.stripe.com/v1/charges", { headers: { Authorization: "Bearer ${"sk_" + "live_" + r.str(99, ALNUM)}" } });\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
