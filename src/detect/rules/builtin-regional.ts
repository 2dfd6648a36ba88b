// Regional payment, cloud and IoT credentials (round nineteen, after held-out Y2), each from the
// provider's documented token shape, and credentials that a service puts in its URL path
// (webhook and device-telemetry endpoints), matched by the path's shape whatever the host, since
// these services are self-hosted as often as not.
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { randomLetters } from "./builtin-near.ts";
import { shannonEntropy } from "../entropy.ts";
import { isPlaceholder } from "../placeholder.ts";

const L = "(?<![A-Za-z0-9])";
const R = "(?![A-Za-z0-9])";
/** Left edge of a plain-word prefix (live_, test_) that other providers' prefixes end with (pk_live_, rk_test_). */
const LW = "(?<![A-Za-z0-9_-])";
const RU = "(?![A-Za-z0-9_-])";
const ASSIGN = `[\\w.-]{0,30}?["']?\\s{0,4}(?::=|=>|->|[:=])\\s{0,4}["'\`]?`;

const mixed = (s: string) => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s);

/** A 24-character Razorpay key secret: letters of both cases, with digits or case flipping as random draws do. */
function razorpaySecret(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && (/\d/.test(s) || randomLetters(s)) && shannonEntropy(s) >= 3.6;
}

/**
 * A random token in a URL path, not a word, a hex id (ObjectId, digest) or a UUID. The URL-path
 * rules take the path parts around the token into their secret (the URL checks keep a match from
 * the whole URL only when it spans parts of it), so their placeholder test is made here.
 */
function pathToken(s: string): boolean {
  if (!/\d/.test(s) || !/[A-Za-z]/.test(s)) return false;
  if (/^[0-9a-f]+$/i.test(s) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)) return false;
  if (/^(?:[A-Za-z]+[-_]){1,}[A-Za-z0-9]+$/.test(s) && !/\d[A-Za-z]|[A-Za-z]\d/.test(s.replace(/[-_]\d+$/, ""))) return false;
  return shannonEntropy(s) >= 3.0 && !isPlaceholder(s);
}

export const REGIONAL_RULES: Rule[] = [
  // ---- Latin America
  // Mercado Pago access tokens: "APP_USR-" (production) or "TEST-", the application id (16
  // digits), a 6-digit date, 32 hex, the user id. The public key (APP_USR- + UUID) is not matched.
  r({ id: "mercadopago-access-token", anchored: true, description: "Mercado Pago access token", keywords: ["app_usr-", "test-"],
    ahead: (t, end) => { const c = t.charCodeAt(end); return c >= 48 && c <= 57; },
    pattern: new RegExp(`${L}((?:APP_USR|TEST)-\\d{13,19}-\\d{6}-[a-f0-9]{32}-\\d{6,12})${R}`), entropy: 3.0, severity: "critical", tags: ["payments"] }),
  // Asaas API keys: "$aact_" then, since 2025, "prod_" or "hmlg_" (sandbox), then base64 of a
  // text that holds a zero-padded account number: its "MDAw…" run ("000" in base64) is structure,
  // not filler, so the placeholder test is made on the rest.
  r({ id: "asaas-api-key", anchored: true, description: "Asaas API key", keywords: ["$aact_"],
    pattern: /(?<![A-Za-z0-9$])(\$aact_(?:prod_|hmlg_)?[A-Za-z0-9+/=_-]{40,400})(?![A-Za-z0-9+/=_-])/, placeholder: "off",
    validate: (s) => { const body = s.replace(/^\$aact_(?:prod_|hmlg_)?/, "").replace(/(?:MDAw)+/g, ""); return mixed(body) && !isPlaceholder(body); },
    entropy: 3.5, severity: "critical", tags: ["payments"] }),

  // ---- India
  // Razorpay: the key id ("rzp_live_" / "rzp_test_" + 14) is public; its 24-character key secret,
  // which has no prefix, is found beside the id (a pair in a config file or an SDK call) or named.
  r({ id: "razorpay-key-secret", anchored: true, description: "Razorpay key secret (next to its key id)", keywords: ["rzp_live_", "rzp_test_"],
    pattern: /rzp_(?:live|test)_[A-Za-z0-9]{14}(?![A-Za-z0-9])[\s\S]{1,160}?(?<![A-Za-z0-9_/+.$-])([A-Za-z0-9]{24})(?![A-Za-z0-9_/+=-])/,
    validate: razorpaySecret, entropy: 3.5, severity: "critical", tags: ["payments"] }),
  r({ id: "razorpay-key-secret-named", anchored: true, description: "Razorpay key secret (named)", keywords: ["razorpay"],
    pattern: new RegExp(`razorpay[\\w.-]{0,20}?secret${ASSIGN}([A-Za-z0-9]{24})${R}`, "i"), validate: razorpaySecret, entropy: 3.5, severity: "critical", tags: ["payments"] }),

  // ---- South-East Asia
  // Xendit secret keys: "xnd_production_" / "xnd_development_" + 40 to 100 base64url characters;
  // "xnd_public_…" keys are public and are not matched.
  r({ id: "xendit-secret-key", anchored: true, description: "Xendit secret API key", keywords: ["xnd_production_", "xnd_development_"],
    pattern: new RegExp(`${L}(xnd_(?:production|development)_[A-Za-z0-9_+/=-]{40,100})(?![A-Za-z0-9_+/=-])`), validate: (s) => /\d/.test(s.slice(15)) && /[A-Za-z]{2}/.test(s.slice(15)),
    entropy: 3.5, severity: "critical", tags: ["payments"] }),

  // ---- Eastern Europe
  // YooKassa secret keys: "live_" (or "test_") + 43 base64url characters (32 random bytes).
  r({ id: "yookassa-secret-key", anchored: true, description: "YooKassa secret key", keywords: ["live_", "test_"],
    pattern: new RegExp(`${LW}((?:live|test)_[A-Za-z0-9_-]{43})${RU}`), validate: (s) => mixed(s.slice(5)) && randomLetters(s.slice(5)) && !/__/.test(s), entropy: 4.0, severity: "critical", tags: ["payments"] }),

  // ---- Africa
  // Mono (Nigeria) secret keys: "live_sk_" / "test_sk_" + letters and digits.
  r({ id: "mono-secret-key", anchored: true, description: "Mono secret key", keywords: ["live_sk_", "test_sk_"],
    pattern: new RegExp(`${LW}((?:live|test)_sk_[A-Za-z0-9]{20,64})${R}`), validate: (s) => /\d/.test(s.slice(8)) && /[A-Za-z]/.test(s.slice(8)), entropy: 3.5, severity: "critical", tags: ["payments"] }),

  // ---- Ad networks / Amazon
  // Login with Amazon (Amazon Ads, SP-API, Alexa) access "Atza|" and refresh "Atzr|" tokens: 350
  // to 2048 characters by the documentation; shorter bodies behind the prefix are near-valid.
  r({ id: "amazon-lwa-token", anchored: true, description: "Login with Amazon access or refresh token", keywords: ["atza|", "atzr|"],
    pattern: new RegExp(`${L}(Atz[ar]\\|[A-Za-z0-9_-]{350,2048})${RU}`), entropy: 4.0, severity: "critical", tags: ["ads", "amazon"] }),
  r({ id: "amazon-lwa-token-malformed", anchored: true, malformed: true, description: "Login with Amazon token, off its documented shape (near-valid)", keywords: ["atza|", "atzr|"],
    pattern: new RegExp(`${L}(Atz[ar]\\|[A-Za-z0-9_-]{240,349})${RU}`), validate: (s) => mixed(s.slice(5)), entropy: 4.0, severity: "high", confidence: "medium", tags: ["ads", "amazon", "malformed"] }),

  // ---- Regional clouds
  // Backblaze B2 application keys: "K" + a 3-digit cluster number ("00n") + 27 base64 characters.
  r({ id: "backblaze-b2-application-key", anchored: true, description: "Backblaze B2 application key", keywords: ["k00"],
    pattern: /(?<![A-Za-z0-9+/])(K00\d[A-Za-z0-9+/]{27})(?![A-Za-z0-9+/=])/, validate: (s) => mixed(s.slice(4)), entropy: 3.8, severity: "critical", tags: ["cloud", "storage"] }),

  // Yandex Cloud API keys: "AQVN" + 35 to 38 letters, digits, "_" and "-" (Yandex Cloud's own
  // secret-scanning documentation gives this shape; IAM tokens "t1." and OAuth "y0_" are other kinds).
  r({ id: "yandex-cloud-api-key", anchored: true, description: "Yandex Cloud API key", keywords: ["aqvn"],
    pattern: /(?<![A-Za-z0-9+/_-])(AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9+/=_-])/, validate: (s) => mixed(s.slice(4)) && randomLetters(s.slice(4)),
    entropy: 3.8, severity: "critical", tags: ["cloud"] }),

  // ---- PayPal
  // PayPal REST client secrets: "E" + 79 base64url characters (the client id, "A" + 79, is public),
  // near a mention of PayPal (its API host, an SDK, a variable name).
  r({ id: "paypal-client-secret", description: "PayPal REST API client secret", keywords: ["paypal"],
    pattern: /(?<![A-Za-z0-9_-])(E[A-Za-z0-9_-]{79})(?![A-Za-z0-9_-])/, validate: (s) => mixed(s) && randomLetters(s), entropy: 4.5, severity: "critical", tags: ["payments"], before: 400, after: 400 }),

  // ---- Credentials in URL paths
  // Bitrix24 inbound webhooks: /rest/<user id>/<16-character code>/<method>, on a cloud portal
  // (*.bitrix24.*) or a self-hosted one; the base URL alone (ending at the code) is the credential too.
  r({ id: "bitrix24-webhook", anchored: true, description: "Bitrix24 inbound webhook (code in the URL path)", keywords: ["/rest/"],
    pattern: /\/rest\/(\d{1,10}\/[a-z0-9]{16})(?:\/[a-z][A-Za-z0-9_.]{0,80}|\/?(?![A-Za-z0-9_.\/-]))/, placeholder: "off",
    validate: (s) => pathToken(s.slice(s.indexOf("/") + 1)), severity: "high", tags: ["crm", "webhook"] }),
  // ThingsBoard device API (HTTP and CoAP): /api/v1/<device access token>/<resource>, on
  // thingsboard.cloud or any self-hosted server. Generated tokens are 20 letters and digits.
  r({ id: "thingsboard-device-token", anchored: true, description: "ThingsBoard device access token (in the URL path)", keywords: ["/api/v1/"],
    pattern: /\/api\/v1\/([A-Za-z0-9_-]{16,64}\/(?:telemetry|attributes|rpc|claim|firmware|software))(?![A-Za-z0-9_-])/, placeholder: "off",
    validate: (s) => pathToken(s.slice(0, s.indexOf("/"))), severity: "high", tags: ["iot"] }),
];
