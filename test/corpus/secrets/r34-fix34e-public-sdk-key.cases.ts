// Round thirty-four (fix34e): SDK keys their providers publish inside every app build: RevenueCat's
// per-store public keys (`appl_`, `goog_`, `amzn_`, `strp_`, `rcb_`) and Branch's `key_live_` /
// `key_test_`. Under any name (a C# const, a Unity asset, an ini, a plist, Kotlin) they are benign,
// as Stripe's `pk_live_` is. The same providers' secrets (RevenueCat `sk_`, Branch `secret_live_`)
// and a random value under the same names are still leaks.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34e001);
const b = builder({ category: "r34-fix34e-public-sdk-key" });
const bb = builder({ category: "r34-fix34e-public-sdk-key-benign" });
const rc = (store: string) => `${store}_${r.alnum(27)}`;
const branch = (mode: string) => `key_${mode}_${r.alnum(32)}`;

bb.ben("fix34e-rc-apple-csharp", "RevenueCat Apple SDK key in a C# const", `public class Bootstrap : MonoBehaviour {\n    private const string RevenueCatApiKey = "${rc("appl")}";\n    void Awake() { Purchases.Configure(RevenueCatApiKey); }\n}\n`);
bb.ben("fix34e-rc-google-kotlin", "RevenueCat Google SDK key in Kotlin", `Purchases.configure(PurchasesConfiguration.Builder(this, apiKey = "${rc("goog")}").build())\n`);
bb.ben("fix34e-rc-amazon-env", "RevenueCat Amazon SDK key in a .env", `REVENUECAT_AMAZON_API_KEY=${rc("amzn")}\nREVENUECAT_APP_USER_ID_PREFIX=player_\n`);
bb.ben("fix34e-rc-stripe-json", "RevenueCat Stripe and web-billing keys in JSON", `{"revenuecat": {"stripeApiKey": "${rc("strp")}", "webBillingKey": "${rc("rcb")}"}}\n`);
bb.ben("fix34e-branch-live-plist", "Branch live key in an Info.plist", `<key>branch_key</key>\n<dict>\n  <key>live</key>\n  <string>${branch("live")}</string>\n  <key>test</key>\n  <string>${branch("test")}</string>\n</dict>\n`);
bb.ben("fix34e-branch-manifest", "Branch key in an Android manifest meta-data", `<meta-data android:name="io.branch.sdk.BranchKey" android:value="${branch("live")}" />\n`);
bb.ben("fix34e-branch-yaml-de", "Branch key in YAML with a German comment", `# Öffentlicher SDK-Schlüssel, steckt in jeder App\nbranch:\n  api_key: ${branch("live")}\n`);

b.pos("fix34e-rc-secret-env", "RevenueCat secret key under the SDK key's name", `REVENUECAT_API_KEY=sk_${r.alnum(28)}\n`);
b.pos("fix34e-rc-secret-csharp", "RevenueCat secret key in a C# const", `private const string RevenueCatSecretKey = "sk_${r.alnum(28)}";\n`);
b.pos("fix34e-branch-secret-ini", "Branch secret in an ini", `[Branch]\nBranch_secret=secret_live_${r.alnum(32)}\n`);
b.pos("fix34e-rc-random-apikey", "random value under a RevenueCat key name", `revenuecatGoogleKey: "${r.alnum(20)}${r.digits(4)}${r.alnum(8)}"\n`);
b.pos("fix34e-rc-prefix-long-secret", "an SDK prefix on a body longer than the SDK key's, under a secret name", `RC_SECRET_KEY="goog_${r.alnum(48)}"\n`);
b.pos("fix34e-branch-key-api-secret", "Branch key beside its secret in a curl", `curl -X POST https://api2.branch.io/v1/url -d '{"branch_key":"${branch("live")}","branch_secret":"secret_live_${r.alnum(32)}"}'\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
