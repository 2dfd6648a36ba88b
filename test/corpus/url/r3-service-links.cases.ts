// Round three (held-out E's URL false positive): a known service's own session, checkout and share
// links carry opaque ids in the path and the fragment by design, and a fragment never leaves the
// browser in a request; the same shapes on an unknown host, or in a query sent to one, stay
// findings. Built at run time from a seeded generator.
import { Rng, ALNUM, B64URL } from "../secrets/_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(0x3e0c);
export const cases: CorpusCase[] = [];
let n = 0;
const add = (label: "positive" | "benign", note: string, text: string) =>
  cases.push({ id: `url-r3-${String(++n).padStart(2, "0")}`, kind: "url", category: label === "positive" ? "r3-service-links" : "r3-service-links-benign", label, text, note });

const blob = (k: number) => Buffer.from(r.bytes(k)).toString("base64url");

add("benign", "Stripe payment link with an opaque fragment", `https://buy.stripe.com/${r.str(14, ALNUM)}#${r.str(96, B64URL)}`);
add("benign", "Stripe billing portal session", `https://billing.stripe.com/p/session/live_${r.str(72, ALNUM)}`);
add("benign", "Stripe invoice link", `https://invoice.stripe.com/i/acct_${r.str(16, ALNUM)}/live_${r.str(96, ALNUM + "_-")}?s=ap`);
add("benign", "PayPal checkout with an EC token", `https://www.paypal.com/checkoutnow?token=EC-${r.str(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}#/${blob(48)}`);
add("benign", "Dropbox share link", `https://www.dropbox.com/scl/fi/${r.str(25, "abcdefghijklmnopqrstuvwxyz0123456789")}/report.pdf?rlkey=${r.str(25, "abcdefghijklmnopqrstuvwxyz0123456789")}&dl=0`);
add("benign", "Loom share link", `https://www.loom.com/share/${r.hex(32)}?sid=${r.uuid()}`);
add("benign", "Figma file with node anchor and opaque fragment", `https://www.figma.com/design/${r.str(22, ALNUM)}/Checkout-Flow?node-id=12-345#${r.str(80, B64URL)}`);
add("benign", "a document anchor fragment on a known host", `https://docs.google.com/document/d/${r.str(44, ALNUM + "_-")}/edit#heading=h.${r.str(12, "abcdefghijklmnopqrstuvwxyz0123456789")}`);
add("positive", "the same opaque 96-char blob in the path to an unknown host", `https://checkout-secure.example.net/c/pay/${blob(72)}`);
add("positive", "fragment-shaped blob carried in the path of an unknown host", `https://collect.example.org/p/${blob(60)}/${blob(60)}`);
add("positive", "a Stripe secret key in a query to an unknown host", `https://pay-verify.example.com/check?key=${"sk" + "_live_"}${r.str(24, ALNUM)}`);
add("positive", "a token in the fragment of a known host's URL is still a token", `https://buy.stripe.com/${r.str(14, ALNUM)}#${"gh" + "p_"}${r.str(35, ALNUM)}7`);
