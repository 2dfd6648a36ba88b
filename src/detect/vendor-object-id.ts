// Vendor object ids: a value whose own prefix names a kind of object the vendor's API returns,
// never a credential (an OpenAI completion `chatcmpl-…` or organization `org-…`, a Stripe customer
// `cus_…`, an Anthropic message `msg_01…`). Sent where a credential would go (a Bearer header, a
// token slot), it is a mistake or a log, not a leak. Credential kinds (sk-, sk_live_, rk_live_,
// whsec_, sess-, a client secret `pi_…_secret_…`) are not here, and the body must be one
// alphanumeric run, so `pi_…_secret_…` never matches.

/** Prefixes of object kinds, never of credentials. */
export const OBJECT_ID_KINDS: readonly string[] = [
  // OpenAI
  "chatcmpl-", "cmpl-", "org-", "asst_", "thread_", "run_", "step_", "file-", "batch_", "ftjob-", "vs_",
  // Stripe
  "cus_", "pi_", "ch_", "evt_", "in_", "sub_", "pm_", "prod_", "price_", "txn_", "re_", "po_", "acct_",
  // Stripe Checkout Sessions, SetupIntents, Payment Links (in a query's parameters, a webhook's log line)
  "cs_live_", "cs_test_", "seti_", "plink_",
  // Anthropic (messages, batches, tool calls)
  "msg_01", "msgbatch_01", "toolu_01",
  // OpenAI responses and tool calls; request ids (Stripe's, Anthropic's `req_011…`) echoed in logs and fixtures
  "resp_", "call_", "req_",
];

/** An id of one of `kinds`: the prefix, then one alphanumeric run. */
const kindsId = (kinds: readonly string[]) => new RegExp(`^(?:${kinds.map((k) => k.replace(/[-_]/g, "\\$&")).join("|")})[A-Za-z0-9]{14,64}$`);
const OBJECT_ID = kindsId(OBJECT_ID_KINDS);

/** `prod_` on 32+ lower-case hex: a key's environment word on a random draw (LootLocker's), never Stripe's base62 product id. */
const ENV_TAGGED_HEX = /^prod_[0-9a-f]{32,64}$/;

/** True when the value is a vendor object id (see OBJECT_ID_KINDS), not a credential. */
export function vendorObjectId(value: string): boolean {
  return OBJECT_ID.test(value) && !ENV_TAGGED_HEX.test(value);
}

/**
 * Kinds left out of idOnlyObjectId: those a credential's prefix shares (`re_` is also Resend's key, `prod_` a key's
 * environment word), two letters (too short to tell), and `org-`, `file-`, `price_`, `acct_`, which it was not measured on.
 */
const SHARED_KINDS = new Set(["org-", "file-", "vs_", "pi_", "ch_", "in_", "pm_", "prod_", "price_", "re_", "po_", "acct_"]);
const ID_ONLY = kindsId(OBJECT_ID_KINDS.filter((k) => !SHARED_KINDS.has(k)));
/** An object's id wherever it stands, a constructor's or setter's argument too. */
export const idOnlyObjectId = (v: string) => ID_ONLY.test(v);
