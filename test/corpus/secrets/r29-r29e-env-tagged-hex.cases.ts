// Round twenty-nine (held-out Y127's y127-g-039): a key whose environment word leads its random hex
// (`serverKey: prod_<32 hex>`, LootLocker's) read as a Stripe product id (`prod_` + base62) and let go.
// Benign: Stripe's own product ids, and `prod_` hex under a cache's, digest's or object's name.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29e003);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign") => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29e-${id}`, kind: "secrets", category: label === "positive" ? "r29-env-tagged-hex" : "r29-env-tagged-hex-benign", label, text, note });
const p = add("positive");
const b = add("benign");
const tag = "prod" + "_";

p("eth-unity-asset", "Unity ScriptableObject asset, camelCase key", `MonoBehaviour:\n  m_Name: GameBackend\n  region: eu\n  backendApiKey: ${tag}${r.hex(32)}\n  retries: 3\n`);
p("eth-dotenv", "dotenv server key", `GAME_SERVER_KEY=${tag}${r.hex(32)}\nGAME_REGION=us\n`);
p("eth-json", "JSON config secret", JSON.stringify({ backend: { domain: "mygame", serverSecret: `${tag}${r.hex(40)}` } }));
p("eth-csharp", "C# constant", `public static class Keys {\n    public const string ServerApiKey = "${tag}${r.hex(32)}";\n}\n`);
p("eth-yaml-64", "YAML, 64 hex body", `leaderboard:\n  admin_token: "${tag}${r.hex(64)}"\n`);
p("eth-gdscript", "Godot GDScript constant", `const ADMIN_KEY := "${tag}${r.hex(32)}"\n`);
b("eth-stripe-product", "a Stripe product id", `price = stripe.Price.create(product="${tag}${r.alnum(14)}", unit_amount=499, currency="usd")\n`);
b("eth-stripe-product-field", "a Stripe product id in a key field of a catalog", JSON.stringify({ sku: "gems_500", stripeProduct: `${tag}${r.alnum(14)}` }));
b("eth-cache-key", "prod hex under a cache key", `cache_key: ${tag}${r.hex(32)}\n`);
b("eth-digest", "prod hex under a digest name", `bundle_sha256: ${tag}${r.hex(64)}\n`);
b("eth-placeholder", "placeholder", `backendApiKey: ${tag}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`);
b("eth-object-key", "a storage object's key", `object_key: ${tag}${r.hex(32)}\n`);

export { cases };
