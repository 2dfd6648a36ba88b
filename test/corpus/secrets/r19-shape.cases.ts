// Round nineteen (provider token shapes not known before, and credentials in URL paths; after
// held-out Y2), written for this project corpus in other contexts and wordings: Mercado Pago
// access tokens, Asaas keys, Razorpay key secrets beside their key id, YooKassa and Mono secret
// keys, Login with Amazon tokens, Backblaze B2 application keys, PayPal client secrets, Bitrix24
// inbound webhooks and ThingsBoard device tokens in URL paths (cloud and self-hosted hosts).
// Look-alikes: the public halves of the pairs (Mercado Pago public key, Razorpay key id, PayPal
// client id, B2 key id), placeholders, test-function names, ids in REST paths.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, B64URL, DIGITS, HEX } from "./_gen.ts";

const r = new Rng(0x19a5e7);
const b = builder({ category: "r19-shape", expect: "secrets" });
const bb = builder({ category: "r19-shape-benign", expect: "secrets" });
const j = (...p: string[]) => p.join("");
const L36 = "abcdefghijklmnopqrstuvwxyz0123456789";
const uuid = () => [r.hex(8), r.hex(4), "4" + r.hex(3), "a" + r.hex(3), r.hex(12)].join("-");
const num = (n: number) => r.str(1, "123456789") + r.str(n - 1, DIGITS);
const mp = (env: string) => j(env, "-", num(16), "-", num(6), "-", r.hex(32), "-", num(9));

// ---- Mercado Pago
b.pos("r19-mp-cli-arg", "a Mercado Pago production token as a positional script argument", `./scripts/reembolso.sh ${mp("APP_USR")} 1284 --motivo duplicado`);
b.pos("r19-mp-chat-es", "a Mercado Pago sandbox token quoted in a Spanish question", `¿por qué el pago queda en pending? estoy usando ${mp("TEST")} en el backend y la public key del checkout`);
// ---- Asaas
b.pos("r19-asaas-go", "an Asaas production key (new prefix) passed to a Go client constructor", `client := asaas.NewClient(${JSON.stringify(j("$aa", "ct_prod_", "000", r.str(90, B64), "=="))})`);
b.pos("r19-asaas-chat-pt", "an Asaas sandbox key in a Portuguese support message", `a cobrança retorna 401 com a chave ${j("$aa", "ct_hmlg_", "000", r.str(96, B64))}, o ambiente está certo?`);
// ---- Razorpay (key id + secret)
b.pos("r19-razorpay-ruby", "a Razorpay key id and secret as positional arguments in Ruby", `Razorpay.setup('${j("rzp_", "live_", r.alnum(14))}', '${r.alnum(24)}')`);
b.pos("r19-razorpay-go", "a Razorpay key pair passed to the Go SDK client", `client := razorpay.NewClient("${j("rzp_", "live_", r.alnum(14))}", "${r.alnum(24)}")`);
// ---- YooKassa
b.pos("r19-yookassa-python", "a YooKassa shop id and live secret key passed to configure()", `Configuration.configure('${num(6)}', '${j("live", "_", r.str(43, B64URL))}')`);
b.pos("r19-yookassa-chat-ru", "a YooKassa secret key in a Russian message", `ключ магазина ${j("live", "_", r.str(43, B64URL))} — платежи возвращают 401, что не так?`);
// ---- Mono
b.pos("r19-mono-php", "a Mono secret key passed to a PHP client constructor", `$mono = new \\Mono\\Client('${j("live", "_sk_", r.alnum(20))}');\n$accounts = $mono->accounts();`);
b.pos("r19-mono-arg", "a Mono secret key as a command-line flag value", `node sync-bank.js --mono ${j("live", "_sk_", r.alnum(20))} --since 2025-01-01`);
// ---- Login with Amazon
b.pos("r19-lwa-prose", "an Amazon Ads refresh token quoted in prose", `the ads report job keeps failing, the refresh token we store is ${j("Atz", "r|", "IwEBI", r.str(380, B64URL))} — can you see why?`);
b.pos("r19-lwa-yaml-list", "a Login with Amazon access token in a YAML list", `tokens:\n  - ${j("Atz", "a|", "IwEBI", r.str(420, B64URL))}\n  - region: na`);
// ---- Backblaze B2
b.pos("r19-b2-python", "a B2 key id and application key passed to authorize_account", `b2_api.authorize_account("production", "${"00" + r.hex(23)}", "${j("K0", "04", r.str(27, B64))}")`);
b.pos("r19-b2-table", "a B2 application key in a Markdown table", `| bucket | key id | app key |\n|---|---|---|\n| media-prod | ${"00" + r.hex(23)} | ${j("K0", "03", r.str(27, ALNUM))} |`);
// ---- PayPal
b.pos("r19-paypal-js-env", "a PayPal client id and secret passed to the JS SDK's LiveEnvironment", `const env = new paypal.core.LiveEnvironment("${j("A", r.str(79, B64URL))}", "${j("E", r.str(79, B64URL))}");`);
b.pos("r19-paypal-python-tuple", "a PayPal id and secret tuple next to the API host", `auth = ("${j("A", r.str(79, B64URL))}", "${j("E", r.str(79, B64URL))}")\nr = requests.post("https://api-m.paypal.com/v1/oauth2/token", auth=auth, data={"grant_type": "client_credentials"})`);
// ---- Bitrix24 webhooks (URL path)
b.pos("r19-bitrix-selfhosted-fetch", "a Bitrix24 webhook on a self-hosted portal in a JS fetch call", `await fetch("https://portal.stroygroup-crm.ru/rest/7/${r.str(16, L36)}/tasks.task.add", { method: "POST", body: JSON.stringify(task) });`);
b.pos("r19-bitrix-env-base", "a Bitrix24 webhook base URL (ending at the code) in an env file", `B24_WEBHOOK_URL=https://acme-gmbh.bitrix24.de/rest/1/${r.str(16, L36)}/\nB24_DEFAULT_RESPONSIBLE=12`);
// ---- ThingsBoard device tokens (URL path)
b.pos("r19-tb-python-attributes", "a ThingsBoard device token in a requests.post attributes URL", `requests.post("https://iot.greenhouse-lab.net/api/v1/${r.str(20, ALNUM)}/attributes", json={"firmware": "1.4.2"})`);
b.pos("r19-tb-coap", "a ThingsBoard device token in a CoAP telemetry URL", `coap-client -m post coap://tb.local:5683/api/v1/${r.str(20, ALNUM)}/telemetry -t json -e '{"hum":41}'`);

// ---- Benign look-alikes
bb.ben("r19-mp-public-key", "a Mercado Pago public key (APP_USR- + UUID) and TEST- ticket ids", `const mp = new MercadoPago("APP_USR-${uuid()}", { locale: "es-AR" });\n// see TEST-1432 and TEST-2201 for the checkout flow`);
bb.ben("r19-razorpay-id-only", "a Razorpay key id alone with order and payment ids", `<script>var options = { key: "${j("rzp_", "live_", r.alnum(14))}", order_id: "order_${r.alnum(14)}", amount: 50000 };</script>\n// secret: process.env.RAZORPAY_KEY_SECRET`);
bb.ben("r19-test-function-names", "long test function names and live_ identifiers", `def test_returns_404_when_the_invoice_is_missing_x(client):\n    ...\ndef test_live_payments_are_not_captured_on_retry_(db):\n    ...\nlive_reload_interval_for_the_dev_server_ms = 250\nfunc test_RFC3339ParsingHandlesTimezoneOffsetsCorrect() {}`);
bb.ben("r19-mono-placeholder", "Mono key placeholders", `MONO_SECRET_KEY=${j("live", "_sk_")}xxxxxxxxxxxxxxxxxxxx\n# sandbox: test_sk_YOUR_SECRET_KEY_HERE`);
bb.ben("r19-lwa-truncated-doc", "a truncated Login with Amazon token as documentation shows it", `{"access_token":"${j("Atz", "a|")}IQEBLjAsAhRmHjNgHpi0U-Dme37rR6CuUpSR...","token_type":"bearer","expires_in":3600}`);
bb.ben("r19-b2-key-id-only", "a B2 key id alone and K00-numbered part codes", `B2_APPLICATION_KEY_ID=${"00" + r.hex(23)}\nB2_APPLICATION_KEY=\${B2_KEY}\nparts: K0012, K0045-A`);
bb.ben("r19-paypal-client-id-only", "a PayPal client id alone in a checkout script tag", `<script src="https://www.paypal.com/sdk/js?client-id=${j("A", r.str(79, B64URL))}&currency=EUR"></script>`);
bb.ben("r19-rest-paths", "REST paths with /rest/<n>/ and /api/v1/<x>/attributes that are not credentials", `GET /rest/1/profile/\nGET /rest/2/abcdefghijklmnop/items\nGET /rest/12/${r.hex(16)}/crm.deal.list\nGET /api/v1/customers/attributes\nGET /api/v1/${r.hex(24)}/attributes\nGET /api/v1/${uuid()}/telemetry`);
bb.ben("r19-tb-placeholders", "ThingsBoard device URLs with placeholder tokens", `curl -X POST http://localhost:8080/api/v1/$ACCESS_TOKEN/telemetry -d '{"t":21}'\nhttps://thingsboard.cloud/api/v1/YOUR_ACCESS_TOKEN_HERE/telemetry\nhttps://demo.thingsboard.io/api/v1/{accessToken}/rpc`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
