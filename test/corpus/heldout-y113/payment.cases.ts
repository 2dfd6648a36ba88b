// heldout-y113 / payment: payment processor, billing and trading credentials leaking through logs
// and diagnostics.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, form, hand, B64, type Spec } from "./_gen.ts";

const g = new Gen(0x113a8);
const bearer = { header: "Authorization", scheme: "Bearer " };

const specs: Spec[] = [
  { provider: "Stripe live secret key", env: "STRIPE_SECRET_KEY", ...bearer, host: "payments-api.example.com", path: "/v1/payment_intents", method: "POST", make: (g) => g.j("sk", "_live_", "51", g.a(97)), times: 2 },
  { provider: "Stripe live restricted key", env: "STRIPE_RESTRICTED_KEY", ...bearer, host: "payments-api.example.com", path: "/v1/charges", make: (g) => g.j("rk", "_live_", "51", g.a(97)) },
  { provider: "Stripe webhook signing secret", env: "STRIPE_WEBHOOK_SECRET", envOnly: true, make: (g) => g.j("wh", "sec_", g.a(32)) },
  {
    provider: "PayPal REST client secret (basic auth with client id)", env: "PAYPAL_CLIENT_SECRET", make: (g) => g.j("E", g.u(79)),
    extra: (g) => [["PAYPAL_CLIENT_ID", g.j("A", g.u(79))]],
    req: (g, v) => mkReq("POST", "paypal-api.example.com", "/v1/oauth2/token", [["Authorization", basic(g.j("A", g.u(79)), v)]], form({ grant_type: "client_credentials" }), undefined, "application/x-www-form-urlencoded"),
  },
  { provider: "PayPal OAuth access token", env: "PAYPAL_ACCESS_TOKEN", ...bearer, path: "/v2/checkout/orders", method: "POST", make: (g) => g.j("A21", "AA", g.u(92)) },
  { provider: "Braintree production access token", env: "BRAINTREE_ACCESS_TOKEN", envOnly: true, make: (g) => g.j("access_token", "$production$", g.lo(16), "$", g.h(32)) },
  {
    provider: "Braintree private key (basic auth with public key)", env: "BRAINTREE_PRIVATE_KEY", make: (g) => g.h(32),
    extra: (g) => [["BRAINTREE_PUBLIC_KEY", g.lo(16)], ["BRAINTREE_MERCHANT_ID", g.lo(16)]],
    req: (g, v) => mkReq("POST", "braintree-gw.example.com", `/merchants/${g.lo(16)}/transactions`, [["Authorization", basic(g.lo(16), v)]], "<transaction><amount>10.00</amount></transaction>", undefined, "application/xml"),
  },
  { provider: "Square production access token", env: "SQUARE_ACCESS_TOKEN", ...bearer, path: "/v2/payments", method: "POST", make: (g) => g.j("EA", "AA", g.u(60)) },
  { provider: "Adyen API key", env: "ADYEN_API_KEY", header: "X-API-Key", path: "/v71/payments", method: "POST", make: (g) => g.j("AQE", g.b(82), "=-", g.b(43), "=-", g.str(16, B64 + "<>{};*")) },
  { provider: "Adyen HMAC key", env: "ADYEN_HMAC_KEY", envOnly: true, make: (g) => g.hu(64) },
  { provider: "Checkout.com live secret key", env: "CKO_SECRET_KEY", header: "Authorization", path: "/payments", method: "POST", make: (g) => g.j("sk", "_", g.uuid()) },
  {
    provider: "Razorpay key secret (basic auth with key id)", env: "RAZORPAY_KEY_SECRET", make: (g) => g.a(24),
    extra: (g) => [["RAZORPAY_KEY_ID", g.j("rzp", "_live_", g.a(14))]],
    req: (g, v) => mkReq("POST", "razorpay-api.example.com", "/v1/orders", [["Authorization", basic(g.j("rzp", "_live_", g.a(14)), v)]], JSON.stringify({ amount: 50000, currency: "INR", receipt: "rcpt_" + g.d(5) })),
  },
  { provider: "Paystack live secret key", env: "PAYSTACK_SECRET_KEY", ...bearer, path: "/transaction/initialize", method: "POST", make: (g) => g.j("sk", "_live_", g.h(40)) },
  { provider: "Flutterwave secret key", env: "FLW_SECRET_KEY", ...bearer, path: "/v3/payments", method: "POST", make: (g) => g.j("FLW", "SECK-", g.h(32), "-X") },
  { provider: "Mollie live API key", env: "MOLLIE_API_KEY", ...bearer, path: "/v2/payments", method: "POST", make: (g) => g.j("li", "ve_", g.a(30)) },
  { provider: "GoCardless live access token", env: "GOCARDLESS_ACCESS_TOKEN", ...bearer, path: "/mandates", make: (g) => g.j("li", "ve_", g.u(40)) },
  {
    provider: "Plaid secret (JSON body with client_id)", env: "PLAID_SECRET", make: (g) => g.h(30),
    extra: (g) => [["PLAID_CLIENT_ID", g.h(24)], ["PLAID_ENV", "production"]],
    req: (g, v) => mkReq("POST", "production.plaid-api.example.com", "/transactions/sync", [], JSON.stringify({ client_id: g.h(24), secret: v, access_token: "access-production-" + g.uuid(), cursor: null })),
  },
  { provider: "Binance API key (X-MBX-APIKEY)", env: "BINANCE_API_KEY", header: "X-MBX-APIKEY", path: "/api/v3/account", make: (g) => g.a(64), extra: (g) => [["BINANCE_API_SECRET", g.a(64)]] },
  {
    provider: "Alpaca live secret key (with key id)", env: "APCA_API_SECRET_KEY", make: (g) => g.a(40),
    extra: (g) => [["APCA_API_KEY_ID", g.j("A", "K", g.up(18))]],
    req: (g, v) => mkReq("GET", "alpaca-api.example.com", "/v2/account", [["APCA-API-KEY-ID", g.j("A", "K", g.up(18))], ["APCA-API-SECRET-KEY", v]]),
  },
  { provider: "Lemon Squeezy API key (JWT)", env: "LEMONSQUEEZY_API_KEY", ...bearer, path: "/v1/orders", make: (g) => g.jwt({ aud: "1", jti: g.h(80), iat: 1716000000, nbf: 1716000000, sub: String(g.d(6)), scopes: [] }, "RS256", 683) },
  { provider: "Paddle Billing live API key", env: "PADDLE_API_KEY", ...bearer, path: "/transactions", make: (g) => g.j("pdl", "_live_", "apikey_", "01", g.lo(24), "_", g.a(22), "_", g.a(3)) },
  {
    provider: "Xendit secret key (basic auth)", env: "XENDIT_SECRET_KEY", make: (g) => g.j("xnd", "_production_", g.a(50)),
    req: (g, v) => mkReq("POST", "xendit-api.example.com", "/v2/invoices", [["Authorization", basic(v, "")]], JSON.stringify({ external_id: "inv-" + g.d(6), amount: 150000 })),
  },
  {
    provider: "Midtrans server key (basic auth)", env: "MIDTRANS_SERVER_KEY", make: (g) => g.j("Mid-", "server-", g.u(24)),
    req: (g, v) => mkReq("POST", "midtrans-api.example.com", "/v2/charge", [["Authorization", basic(v, "")]], JSON.stringify({ payment_type: "gopay", transaction_details: { order_id: "ord-" + g.d(6), gross_amount: 25000 } })),
  },
  { provider: "Mercado Pago production access token", env: "MP_ACCESS_TOKEN", ...bearer, path: "/v1/payments", method: "POST", make: (g) => g.j("APP", "_USR-", g.d(16), "-", g.d(6), "-", g.h(32), "-", g.d(9)) },
  {
    provider: "Authorize.Net transaction key (JSON merchantAuthentication)", env: "AUTHNET_TRANSACTION_KEY", make: (g) => g.a(16),
    extra: (g) => [["AUTHNET_API_LOGIN_ID", g.a(9)]],
    req: (g, v) => mkReq("POST", "authnet-api.example.com", "/xml/v1/request.api", [], JSON.stringify({ createTransactionRequest: { merchantAuthentication: { name: g.a(9), transactionKey: v }, transactionRequest: { transactionType: "authCaptureTransaction", amount: "5.00" } } })),
  },
  {
    provider: "M-Pesa Daraja consumer secret (basic auth)", env: "MPESA_CONSUMER_SECRET", make: (g) => g.a(64),
    extra: (g) => [["MPESA_CONSUMER_KEY", g.a(48)]],
    req: (g, v) => mkReq("GET", "daraja-api.example.com", "/oauth/v1/generate", [["Authorization", basic(g.a(48), v)]], [["grant_type", "client_credentials"]]),
  },
  { provider: "Cashfree client secret", env: "CASHFREE_CLIENT_SECRET", header: "x-client-secret", path: "/pg/orders", method: "POST", make: (g) => g.j("cfsk", "_ma_prod_", g.h(32), "_", g.h(8)) },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "pay", group: "payment", start: 1 });
let n = cases.length;
const id = () => `y113-pay-${String(++n).padStart(3, "0")}`;

{
  const key = g.j("sk", "_live_", "51", g.a(97));
  cases.push(hand(g, id(), "payment", [
    "[2024-06-03 14:22:07] production.ERROR: No such customer: 'cus_" + g.a(14) + "' {\"exception\":\"[object] (Stripe\\\\Exception\\\\InvalidRequestException(code: 0): No such customer at /var/www/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38)",
    "[stacktrace]",
    "#0 /var/www/vendor/stripe/stripe-php/lib/ApiRequestor.php(215): Stripe\\\\Exception\\\\ApiErrorException::factory()",
    `#1 /var/www/app/Services/Billing.php(42): Stripe\\\\StripeClient->__construct(Array('api_key' => '${key}', 'stripe_version' => '2024-04-10'))`,
    "#2 /var/www/app/Http/Controllers/CheckoutController.php(88): App\\\\Services\\\\Billing->charge()",
  ].join("\n"), "Stripe live secret key; slot StripeClient api_key constructor arg; context: Laravel log stack trace with arguments", 4));
}
{
  const secret = g.j("wh", "sec_", g.a(32));
  cases.push(hand(g, id(), "payment", [
    `${g.clock().go()} webhook: signature verification failed: No signatures found matching the expected signature for payload`,
    `${g.clock().go()} webhook: debug endpoint_secret=${secret} tolerance=300s header="t=${1717000000 + g.range(0, 9999)},v1=${g.h(64)}"`,
  ].join("\n"), "Stripe webhook signing secret; slot endpoint_secret log field; context: Go service debug log (signature header next to it is a benign HMAC)", 8));
}

export { cases };
