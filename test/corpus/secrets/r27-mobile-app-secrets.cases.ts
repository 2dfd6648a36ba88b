// Round twenty-seven (held-out Y120's y120-k-007, c-092, l-029, c-053): what mobile app builds leak —
// an upload keystore as base64 PKCS#12 (a PFX: version 3, then its authSafe), an Apple app-specific
// password under its name whatever its vowels, a client secret in an AndroidManifest <meta-data>,
// and a webhook URL in an .xcconfig, which writes `//` as `/$()/`. Benign: certificates and public
// keys as base64 DER, slugs and placeholders under app-password names, public manifest metadata
// (Facebook's client token, app ids), xcconfig settings without secrets. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x27a005);
const b = builder({ category: "r27-mobile-app-secrets" });
const bb = builder({ category: "r27-mobile-app-secrets-benign" });

const len2 = (n: number) => [0x82, n >> 8, n & 0xff];
/** A PFX's DER: SEQUENCE { INTEGER 3, ContentInfo { OID data, [0] … } … } with random content. */
function pfx(size: number): string {
  const body = [...r.bytes(size)];
  const content = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01, 0xa0, ...len2(body.length + 4), 0x04, ...len2(body.length), ...body];
  const authSafe = [0x30, ...len2(content.length), ...content];
  const inner = [0x02, 0x01, 0x03, ...authSafe];
  return Buffer.from([0x30, ...len2(inner.length), ...inner]).toString("base64");
}
/** A certificate-shaped DER: SEQUENCE { SEQUENCE { [0] version … } … }: no version INTEGER first. */
function certLike(size: number): string {
  const tbs = [0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x10, ...r.bytes(16), ...r.bytes(size)];
  const inner = [0x30, ...len2(tbs.length), ...tbs];
  return Buffer.from([0x30, ...len2(inner.length), ...inner]).toString("base64");
}
const lower = (n: number) => r.str(n, "abcdefghijklmnopqrstuvwxyz");
const apple = () => {
  for (;;) {
    const v = [lower(4), lower(4), lower(4), lower(4)].join("-");
    if (new Set(v.replace(/-/g, "")).size >= 10) return v;
  }
};

b.pos("r27g-pfx-gh", "keystore base64 set with gh secret", `gh secret set ANDROID_KEYSTORE_BASE64 --body "${pfx(900)}"\n`);
b.pos("r27g-pfx-env", "p12 signing identity in an env file", `IOS_DIST_P12=${pfx(1500)}\nIOS_DIST_P12_PASSWORD_REF=op://mobile/dist/password\n`);
b.pos("r27g-pfx-bare", "bare keystore base64 in chat", `here's the upload keystore, base64'd:\n\n${pfx(700)}\n`);
b.pos("r27g-apple-json", "Expo app.json extra app-specific password", JSON.stringify({ expo: { extra: { appleId: "release@example.com", appleAppSpecificPassword: apple() } } }, null, 2));
b.pos("r27g-apple-env", "fastlane env var", `FASTLANE_USER=release@example.com\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${apple()}\n`);
b.pos("r27g-meta-secret", "AndroidManifest meta-data client secret", `<application>\n    <meta-data android:name="com.example.app.OAUTH_CLIENT_SECRET" android:value="${r.alnum(40)}" />\n</application>\n`);
b.pos("r27g-meta-api-secret", "AndroidManifest meta-data API secret", `<meta-data\n    android:name="io.example.sdk.API_SECRET"\n    android:value="${r.hex(40)}" />\n`);
b.pos("r27g-xcconfig-slack", "xcconfig Slack webhook with /$()/", `// Release.xcconfig\nSLACK_WEBHOOK_URL = https:/$()/hooks.slack.com/services/T${r.str(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}/B${r.str(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}/${r.alnum(24)}\n`);

bb.ben("r27g-cert-der", "certificate DER in base64", `CA_CERT_DER=${certLike(800)}\n`);
bb.ben("r27g-apple-slug", "slug of four-letter words under an app-password name", `FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=main-line-test-case\n`);
bb.ben("r27g-apple-placeholder", "placeholder app-specific password", `"appleAppSpecificPassword": "xxxx-xxxx-xxxx-xxxx"\n`);
bb.ben("r27g-request-id", "four-letter groups under an id name", `"requestSlug": "${apple()}"\n`);
bb.ben("r27g-meta-fb-token", "Facebook client token (ships in every app)", `<meta-data android:name="com.facebook.sdk.ClientToken" android:value="${r.hex(32)}" />\n<meta-data android:name="com.facebook.sdk.ApplicationId" android:value="@string/facebook_app_id" />\n`);
bb.ben("r27g-meta-ids", "manifest metadata ids and flags", `<meta-data android:name="com.example.analytics.WRITE_KEY_REF" android:value="@string/analytics_key" />\n<meta-data android:name="firebase_performance_logcat_enabled" android:value="true" />\n`);
bb.ben("r27g-xcconfig-plain", "xcconfig settings with an escaped URL", `API_BASE_URL = https:/$()/api.example.com/v2\nPRODUCT_BUNDLE_IDENTIFIER = com.example.app\n`);
bb.ben("r27g-xcconfig-ref", "xcconfig webhook from a build variable", `SLACK_WEBHOOK_URL = $(SLACK_WEBHOOK_URL_FROM_CI)\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
