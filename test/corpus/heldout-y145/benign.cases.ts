// Benign look-alikes: placeholders, public/publishable ids, digests, lockfiles, redactions, docs. Seed 145004.
import { Rng, mk, rotate, b64, b64url, pem, RENDERERS, type Spec } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(145004);
const P = "heldouty145";
const J = JSON.stringify;

// Rotated: benign values in the same slots and renderers as the positives (one per renderer).
const specs: Spec[] = [
  { p: "RevenueCat", cat: "", slot: "REVENUECAT_SECRET_KEY", key: "revenuecatSecret", gen: () => "<your-revenuecat-secret-key>" },
  { p: "FCM legacy", cat: "", slot: "FCM_SERVER_KEY", key: "fcmServerKey", gen: () => "x".repeat(39) },
  { p: "PlayFab", cat: "", slot: "PLAYFAB_DEV_SECRET_KEY", key: "developerSecretKey", gen: () => "${PLAYFAB_DEV_SECRET_KEY}" },
  { p: "fastlane match", cat: "", slot: "MATCH_PASSWORD", key: "matchPassword", gen: () => "changeme" },
  { p: "OpenAI", cat: "", slot: "OPENAI_API_KEY", key: "openaiApiKey", gen: () => "YOUR_OPENAI_API_KEY_HERE" },
  { p: "Mapbox", cat: "", slot: "MAPBOX_ACCESS_TOKEN", key: "MBXAccessToken", gen: () => "$(MAPBOX_ACCESS_TOKEN)" },
  { p: "Stripe", cat: "", slot: "STRIPE_SECRET_KEY", key: "stripeSecretKey", gen: () => "sk" + "_live_" + "\u2026" + r.an(4) },
  { p: "Stripe publishable", cat: "", slot: "STRIPE_PUBLISHABLE_KEY", key: "stripePublishableKey", gen: (r) => "pk" + "_live_" + r.an(99) },
  { p: "RevenueCat public SDK", cat: "", slot: "REVENUECAT_APPLE_API_KEY", key: "revenuecatAppleKey", gen: (r) => "ap" + "pl_" + r.an(27) },
  { p: "RevenueCat public SDK", cat: "", slot: "REVENUECAT_GOOGLE_API_KEY", key: "revenuecatGoogleKey", gen: (r) => "go" + "og_" + r.an(27) },
  { p: "Branch", cat: "", slot: "BRANCH_KEY", key: "branch_key", gen: (r) => "key" + "_live_" + r.an(32) },
  { p: "Datadog RUM", cat: "", slot: "DD_CLIENT_TOKEN", key: "clientToken", gen: (r) => "pu" + "b" + r.hex(32) },
  { p: "Mapbox public", cat: "", slot: "MAPBOX_PUBLIC_TOKEN", key: "mapboxPublicToken", gen: (r) => "pk" + "." + b64url(J({ u: "tilequest", a: r.lon(25) })) + "." + r.b64u(22) },
  { p: "AdMob", cat: "", slot: "ADMOB_APP_ID", key: "GADApplicationIdentifier", gen: (r) => "ca-app-pub-" + r.dig(16) + "~" + r.dig(10) },
  { p: "Photon", cat: "", slot: "PHOTON_APP_ID_REALTIME", key: "appIdRealtime", gen: (r) => r.uuid() },
  { p: "OneSignal", cat: "", slot: "ONESIGNAL_APP_ID", key: "oneSignalAppId", gen: (r) => r.uuid() },
  { p: "Unity", cat: "", slot: "UNITY_CLOUD_PROJECT_ID", key: "cloudProjectId", gen: (r) => r.uuid() },
  { p: "PlayFab", cat: "", slot: "PLAYFAB_TITLE_ID", key: "titleId", gen: (r) => r.HEX(5) },
  { p: "Xcode", cat: "", slot: "DEVELOPMENT_TEAM", key: "teamId", gen: (r) => r.upn(10) },
  { p: "App Store Connect", cat: "", slot: "ASC_KEY_ID", key: "keyId", gen: (r) => r.upn(10) },
  { p: "Google OAuth client id", cat: "", slot: "GOOGLE_CLIENT_ID", key: "clientId", gen: (r) => r.dig(12) + "-" + r.lon(32) + ".apps.googleusercontent.com" },
  { p: "Firebase app id", cat: "", slot: "GOOGLE_APP_ID", key: "mobilesdk_app_id", gen: (r) => "1:" + r.dig(12) + ":android:" + r.hex(16) },
  { p: "Facebook", cat: "", slot: "FACEBOOK_APP_ID", key: "FacebookAppID", gen: (r) => r.dig(16) },
  { p: "git", cat: "", slot: "GIT_COMMIT", key: "buildSha", gen: (r) => r.hex(40) },
  { p: "artifact", cat: "", slot: "AAB_SHA256", key: "artifactSha256", gen: (r) => r.hex(64) },
  { p: "asset bundle", cat: "", slot: "ASSET_BUNDLE_MD5", key: "bundleMd5", gen: (r) => r.hex(32) },
  { p: "dSYM", cat: "", slot: "DSYM_UUID", key: "dsymUuid", gen: (r) => r.uuid().toUpperCase() },
  { p: "tracing", cat: "", slot: "TRACE_ID", key: "traceId", gen: (r) => r.hex(32) },
  { p: "Android signing", cat: "", slot: "UPLOAD_CERT_SHA1", key: "sha1Fingerprint", gen: (r) => r.HEX(40).match(/../g)!.join(":") },
  { p: "Unity Ads", cat: "", slot: "UNITY_ADS_GAME_ID", key: "gameId", gen: (r) => r.dig(7) },
  { p: "npm", cat: "", slot: "PACKAGE_INTEGRITY", key: "integrity", gen: (r) => "sha512-" + r.b64(86) + "==" },
  { p: "Play licensing", cat: "", slot: "PLAY_LICENSE_PUBLIC_KEY", key: "base64EncodedPublicKey", gen: (r) => "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64(300) + "IDAQAB" },
  { p: "OpenAI", cat: "", slot: "OPENAI_API_KEY", key: "openaiApiKey", gen: () => "sk-" + "proj-" + "*".repeat(12) },
  { p: "GitHub", cat: "", slot: "GITHUB_TOKEN", key: "githubToken", gen: () => "${{ secrets.GITHUB_TOKEN }}" },
  { p: "1Password", cat: "", slot: "APPSTORE_P8", key: "p8Ref", gen: () => "op://Mobile/App Store Connect/AuthKey.p8" },
  { p: "AWS SSM", cat: "", slot: "FCM_SERVER_KEY", key: "fcmKeyParam", gen: (r) => `arn:aws:ssm:eu-west-1:${r.dig(12)}:parameter/prod/push/fcm_server_key` },
  { p: "SOPS", cat: "", slot: "NAKAMA_RUNTIME_HTTP_KEY", key: "http_key", gen: (r) => `ENC[AES256_GCM,data:${r.b64(44)},iv:${r.b64(43)}=,tag:${r.b64(22)}==,type:str]` },
  { p: "Nakama", cat: "", slot: "NAKAMA_SERVER_KEY", key: "server_key", gen: () => "defaultkey" },
  { p: "Sentry", cat: "", slot: "SENTRY_RELEASE", key: "release", gen: (r) => `com.studio.tilequest@3.${r.int(20)}.${r.int(9)}+${r.range(1000, 9999)}` },
  { p: "Epic Online Services", cat: "", slot: "EOS_DEPLOYMENT_ID", key: "deploymentId", gen: (r) => r.hex(32) },
  { p: "Epic Online Services", cat: "", slot: "EOS_PRODUCT_ID", key: "productId", gen: (r) => r.hex(32) },
  { p: "Steam", cat: "", slot: "STEAM_APP_ID", key: "steamAppId", gen: (r) => String(r.range(1000000, 3500000)) },
  { p: "request", cat: "", slot: "X_REQUEST_ID", key: "requestId", gen: (r) => "req_" + r.an(24) },
  { p: "Apple", cat: "", slot: "APPLE_ID", key: "apple_id", gen: () => "release-bot@tilequest.gg" },
  { p: "Google Play", cat: "", slot: "PLAY_ORDER_ID", key: "orderId", gen: (r) => `GPA.${r.dig(4)}-${r.dig(4)}-${r.dig(4)}-${r.dig(5)}` },
  { p: "Twilio", cat: "", slot: "TWILIO_ACCOUNT_SID_HINT", key: "accountSidHint", gen: (r) => "AC" + "\u2026" + r.hex(4) },
  { p: "Stripe", cat: "", slot: "STRIPE_CUSTOMER", key: "customerId", gen: (r) => "cu" + "s_" + r.an(14) },
  { p: "Agora", cat: "", slot: "AGORA_APP_ID", key: "appId", gen: () => "<agora-app-id>" },
  { p: "Firebase", cat: "", slot: "FIREBASE_API_KEY", key: "apiKey", gen: () => "REPLACE_WITH_FIREBASE_API_KEY" },
  { p: "Unity", cat: "", slot: "UNITY_PASSWORD", key: "unityPassword", gen: () => "********" },
  { p: "Datadog", cat: "", slot: "DD_API_KEY", key: "datadogApiKey", gen: () => "<DATADOG_API_KEY>" },
  { p: "Sendbird", cat: "", slot: "SENDBIRD_APP_ID", key: "appId", gen: (r) => r.uuid().toUpperCase() },
  { p: "Crowdin", cat: "", slot: "CROWDIN_PROJECT_ID", key: "projectId", gen: (r) => String(r.range(100000, 999999)) },
  { p: "Xcode", cat: "", slot: "PROVISIONING_PROFILE_SPECIFIER", key: "profileUuid", gen: (r) => r.uuid() },
  { p: "Godot", cat: "", slot: "GODOT_VERSION_HASH", key: "versionHash", gen: (r) => r.hex(9) },
];
// Header/secret-slot renderers would present an id as a bearer credential: left out for benign values.
const SKIP = new Set(["curl-header", "curl-verbose-dump", "har-entry", "csharp-appsettings-code", "kotlin", "sql-insert", "slack-webhook-post", "shell-wrapped", "java-split-concat"]);
const rotated = rotate(r, specs, 1, "y145-b", P, 5, "benign", RENDERERS.filter((x) => !SKIP.has(x.name)));

const out: CorpusCase[] = [];
let n = 1;
const add = (text: string, needles: string[], note: string) => out.push(mk(`y145-bk-${String(n++).padStart(3, "0")}`, `${P}-benign`, "benign", text, needles, note));

{ const a = r.hex(40), b = r.hex(40);
  add(`PODS:\n  - Firebase/Crashlytics (11.5.0):\n    - Firebase/CoreOnly\n\nSPEC CHECKSUMS:\n  Firebase: ${a}\n  FirebaseCrashlytics: ${b}\n  RevenueCat: ${r.hex(40)}\n\nPODFILE CHECKSUM: ${r.hex(40)}\n\nCOCOAPODS: 1.16.2\n`, [a], "Podfile.lock checksums (sha1)"); }
{ const s = r.hex(64);
  add(`packages:\n  firebase_core:\n    dependency: "direct main"\n    description:\n      name: firebase_core\n      sha256: "${s}"\n      url: "https://pub.dev"\n    source: hosted\n    version: "3.8.0"\n`, [s], "pubspec.lock sha256"); }
{ const i = "sha512-" + r.b64(86) + "==";
  add(J({ name: "tilequest-rn", lockfileVersion: 3, packages: { "node_modules/react-native-purchases": { version: "8.2.1", resolved: "https://registry.npmjs.org/react-native-purchases/-/react-native-purchases-8.2.1.tgz", integrity: i } } }, null, 2), [i], "package-lock.json integrity"); }
{ const s = r.hex(64);
  add(`<verification-metadata>\n  <components>\n    <component group="com.google.firebase" name="firebase-messaging" version="24.1.0">\n      <artifact name="firebase-messaging-24.1.0.aar">\n        <sha256 value="${s}" origin="Generated by Gradle"/>\n      </artifact>\n    </component>\n  </components>\n</verification-metadata>\n`, [s], "gradle verification-metadata.xml"); }
{ const h = r.hex(40);
  add(J({ dependencies: { "com.unity.services.core": { version: "1.14.0", depth: 1, source: "registry", dependencies: {}, url: "https://packages.unity.com" }, "com.studio.netcode": { version: "https://github.com/studio/netcode.git#v2.1.0", depth: 0, source: "git", hash: h } } }, null, 2), [h], "Unity packages-lock.json git hash"); }
{ const g = r.hex(32);
  add(`fileFormatVersion: 2\nguid: ${g}\nMonoImporter:\n  externalObjects: {}\n  serializedVersion: 2\n  defaultReferences: []\n  executionOrder: 0\n  userData: \n`, [g], "Unity .meta guid"); }
{ const ids = [r.HEX(24), r.HEX(24), r.HEX(24)];
  add(`/* Begin PBXBuildFile section */\n\t\t${ids[0]} /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = ${ids[1]} /* AppDelegate.swift */; };\n\t\t${ids[2]} /* GoogleService-Info.plist in Resources */ = {isa = PBXBuildFile; fileRef = ${r.HEX(24)}; };\n/* End PBXBuildFile section */`, ids, "project.pbxproj object ids"); }
{ const o = r.hex(64);
  add(`version https://git-lfs.github.com/spec/v1\noid sha256:${o}\nsize ${r.range(100000, 90000000)}\n`, [o], "Git LFS pointer"); }
{ const s = r.hex(40);
  add(`commit ${s}\nAuthor: Mira K <mira@tilequest.gg>\nDate:   Fri Dec 4 17:02:11 2026 +0100\n\n    fix(push): stop hardcoding the FCM key\n\n    The key that was in AppConfig.kt has been revoked and rotated; the server now\n    reads it from Secret Manager (projects/tilequest-prod/secrets/fcm-server-key).\n`, [s], "commit message about a rotated key"); }
add(`## Token formats we scan for in CI\n\n| provider | shape |\n|---|---|\n| FCM legacy server key | \`AAAA\` + 7 chars, \`:\`, \`APA91b\` + ~134 chars |\n| OneSignal v2 | \`os_v2_app_\` + base32 |\n| RevenueCat secret | \`sk_\` + 28 chars (public SDK keys use \`appl_\` / \`goog_\`) |\n| Sentry org token | \`sntrys_\` + base64 JSON + \`_\` + 43 chars |\n\nIf a match is found the job fails and posts to #security.\n`, ["APA91b"], "docs describing token formats");
add(`## 設定方法\n\n1. App Store Connect で API キーを作成し、\`AuthKey_<KEY_ID>.p8\` をダウンロードします。\n2. \`fastlane/.env\` に \`ASC_KEY_ID=<KEY_ID>\`、\`ASC_ISSUER_ID=<ISSUER_ID>\` を設定します。\n3. \`.p8\` ファイルは絶対にリポジトリにコミットしないでください。\n`, ["<KEY_ID>"], "Japanese setup docs with placeholders");
{ const t = "sk" + "_live_" + "\u2026" + r.dig(4);
  add(`[2026-12-06 10:31:44] payments: charge failed for order 88213 using key ${t} (redacted) — status 402 card_declined`, [t], "redacted Stripe key in log"); }
add(`aws sts get-caller-identity\n# key id in use: ${"AK" + "IA"}${"*".repeat(16)} (masked by CI)\n`, ["*".repeat(16)], "masked AWS key id");
{ const pre = "gh" + "p_";
  add(`Review comment: removed the hardcoded token from Fastfile (was ${pre}\u2026${r.an(4)}), it now comes from \`ENV["MATCH_GIT_TOKEN"]\`. Token has been revoked.`, [pre], "review comment with redacted token"); }
{ const id = "AK" + "IA" + "IOSFODNN7" + "EXAMPLE", sec = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY";
  add(`// test/fixtures/aws.ts — AWS documentation example credentials, not real\nexport const FIXTURE_CREDS = {\n  accessKeyId: "${id}",\n  secretAccessKey: "${sec}",\n};\n`, [id], "AWS documentation example in labelled fixture"); }
{ const f = "sk-" + "proj-" + "FAKE".repeat(10);
  add(`describe("NpcDialogueClient", () => {\n  // fixture: obviously fake key, the HTTP layer is mocked\n  const FAKE_KEY = "${f}";\n  it("sends the key as bearer", async () => {\n    const c = new NpcDialogueClient(FAKE_KEY, mockFetch);\n    await c.say("hello");\n    expect(mockFetch.lastHeaders.authorization).toBe(\`Bearer \${FAKE_KEY}\`);\n  });\n});\n`, [f], "labelled fake key in unit test");
}
{ const t = r.b64(43) + "=";
  add(`<form action="/account/linked-devices" method="post">\n  <input type="hidden" name="authenticity_token" value="${t}">\n  <input type="hidden" name="device" value="ios">\n  <button type="submit">Unlink device</button>\n</form>`, [t], "CSRF nonce in same-site form"); }
{ const rc = r.bytesB64(600);
  add(J({ "receipt-data": rc, "exclude-old-transactions": true, product_id: "com.studio.tilequest.gems500" }), [rc.slice(0, 60)], "App Store receipt-data to own backend (no shared secret)"); }
{ const k = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r.b64(43);
  add(`# ~/.ssh/authorized_keys on mac-mini-07\n${k} ci@tilequest-build\n`, [k], "SSH public key"); }
{ const c = pem("CERTIFICATE", Buffer.concat([Buffer.from([0x30, 0x82, 0x05, 0x8a, 0x30, 0x82, 0x04, 0x72, 0xa0, 0x03, 0x02, 0x01, 0x02]), r.bytes(700)]));
  add(`Apple Worldwide Developer Relations certificate used to verify receipts:\n\n${c}`, [c.split("\n")[2]!], "PEM certificate"); }
{ const p = pem("PUBLIC KEY", Buffer.concat([Buffer.from("3059301306072a8648ce3d020106082a8648ce3d030107034200", "hex"), r.bytes(65)]));
  add(`// Public key used to verify signed save games (safe to ship)\nconst SAVE_VERIFY_KEY = \`${p}\`;\n`, [p.split("\n")[1]!], "EC public key in client"); }
{ const fps = [r.HEX(64).match(/../g)!.join(":")];
  add(J([{ relation: ["delegate_permission/common.handle_all_urls"], target: { namespace: "android_app", package_name: "com.studio.tilequest", sha256_cert_fingerprints: fps } }], null, 2), fps, "assetlinks.json fingerprints"); }
{ const team = r.upn(10);
  add(J({ applinks: { details: [{ appIDs: [`${team}.com.studio.tilequest`], components: [{ "/": "/invite/*" }] }] } }, null, 2), [team], "apple-app-site-association"); }
{ const pn = r.dig(12);
  add(J({ project_info: { project_number: pn, project_id: "tilequest-prod", storage_bucket: "tilequest-prod.appspot.com" }, client: [{ client_info: { mobilesdk_app_id: `1:${pn}:android:${r.hex(16)}`, android_client_info: { package_name: "com.studio.tilequest" } }, api_key: [{ current_key: "${FIREBASE_ANDROID_API_KEY}" }] }] }, null, 2), [pn], "google-services.json template with placeholder key"); }
add(`# .env.example — copy to .env and fill in\nREVENUECAT_SECRET_KEY=\nONESIGNAL_REST_API_KEY=<your-onesignal-key>\nPLAYFAB_DEV_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSENTRY_AUTH_TOKEN=sntrys_...\nMATCH_PASSWORD=changeme\n`, ["<your-onesignal-key>"], ".env.example placeholders");
add(`jobs:\n  ios:\n    runs-on: macos-15\n    env:\n      MATCH_PASSWORD: \${{ secrets.MATCH_PASSWORD }}\n      APP_STORE_CONNECT_API_KEY_CONTENT: \${{ secrets.ASC_P8 }}\n      SENTRY_AUTH_TOKEN: \${{ secrets.SENTRY_AUTH_TOKEN }}\n    steps:\n      - uses: actions/checkout@v4\n      - run: bundle exec fastlane ios beta\n`, ["secrets.ASC_P8"], "GitHub Actions secrets references");
{ const team = r.upn(10);
  add(`app_identifier("com.studio.tilequest")\napple_id("release-bot@tilequest.gg")\nitc_team_id("${r.dig(9)}")\nteam_id("${team}")\n`, [team], "fastlane Appfile ids"); }
{ const u = r.uuid(), g = r.hex(32);
  add(`PlayerSettings:\n  companyName: Studio\n  productName: TileQuest\n  productGUID: ${g}\n  cloudProjectId: ${u}\n  AndroidKeystoreName: '{inproject}: keys/release.keystore'\n  AndroidKeyaliasName: upload\n  AndroidUseCustomKeystore: 1\n`, [g, u], "Unity ProjectSettings.asset (no passwords)"); }
{ const ids = [r.hex(32), r.hex(32), r.hex(32), r.hex(32)];
  add(`[/Script/OnlineSubsystemEOS.EOSSettings]\n+Artifacts=(ArtifactName="Skyforge",ClientId="xyza7891${ids[0]!.slice(0, 24)}",ClientSecret="",ProductId="${ids[1]}",SandboxId="${ids[2]}",DeploymentId="${ids[3]}",EncryptionKey="")\n`, [ids[1]!], "EOS settings with ids only, empty secret"); }
{ const u = [r.uuid().toUpperCase(), r.uuid().toUpperCase()];
  add(`Run script build phase 'Upload dSYMs'\nUploading dSYM UUID: ${u[0]} (arm64) Game.app.dSYM\nUploading dSYM UUID: ${u[1]} (arm64) GameKit.framework.dSYM\nSuccessfully uploaded Crashlytics symbols`, u, "dSYM UUIDs in build log"); }
{ const tp = `00-${r.hex(32)}-${r.hex(16)}-01`, rid = r.uuid();
  add(`HTTP/2 502\nx-request-id: ${rid}\ntraceparent: ${tp}\ncontent-type: application/json\n\n{"error":"upstream matchmaker timeout","request_id":"${rid}"}`, [rid, tp], "request id and traceparent"); }
{ const d = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe" + r.b64(180);
  add(`.achievement-badge { background-image: url("${d}"); }`, [d], "base64 PNG data URI"); }
{ const s1 = r.HEX(40).match(/../g)!.join(":"), s2 = r.HEX(64).match(/../g)!.join(":");
  add(`$ keytool -list -v -keystore release.jks -alias upload\nAlias name: upload\nCertificate fingerprints:\n\t SHA1: ${s1}\n\t SHA256: ${s2}\nSignature algorithm name: SHA256withRSA\n`, [s1, s2], "keytool fingerprints"); }
add(`"AppBuild"\n{\n\t"AppID" "${r.range(1000000, 3500000)}"\n\t"Desc" "nightly ${r.range(100, 999)}"\n\t"SetLive" "beta"\n\t"ContentRoot" "..\\\\build\\\\"\n\t"Depots"\n\t{\n\t\t"${r.range(1000000, 3500000)}" "depot_build_win.vdf"\n\t}\n}\n`, ["SetLive"], "steamcmd app_build.vdf (no credentials)");
{ const h = r.hex(32), c = String(r.range(100000000, 4294967295));
  add(`ManifestFileVersion: 0\nCRC: ${c}\nHashes:\n  AssetFileHash:\n    serializedVersion: 2\n    Hash: ${h}\n  TypeTreeHash:\n    serializedVersion: 2\n    Hash: ${r.hex(32)}\n`, [h], "AssetBundle manifest hashes"); }
{ const h = "h1:" + r.b64(43) + "=";
  add(`github.com/heroiclabs/nakama-common v1.34.0 ${h}\ngithub.com/heroiclabs/nakama-common v1.34.0/go.mod h1:${r.b64(43)}=\n`, [h], "go.sum hashes"); }
{ const c = r.hex(64);
  add(`[[package]]\nname = "bevy_ecs"\nversion = "0.15.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${c}"\n`, [c], "Cargo.lock checksum"); }
{ const t = r.b64u(10);
  add(`Invite your friends! Use code ${t.toUpperCase().replace(/[-_]/g, "Q")} in the shop for 50 free gems. Offer ends Dec 31.`, ["50 free gems"], "promo code in marketing text"); }
add(`¿Dónde pongo la clave secreta de RevenueCat? En el cliente solo va la clave pública (appl_… / goog_…); la secreta (sk_…) se queda en el servidor y se lee de una variable de entorno.`, ["appl_"], "Spanish docs about publishable vs secret keys");
{ const s = r.hex(7);
  add(`* ${s} (HEAD -> main, origin/main) chore(ci): move fastlane secrets to 1Password\n* ${r.hex(7)} fix(android): bump versionCode to ${r.range(300, 900)}\n* ${r.hex(7)} feat(iap): server-side receipt validation`, [s], "git log --oneline"); }
{ const n2 = r.b64(22);
  add(`Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${n2}'; connect-src 'self' https://api.tilequest.gg`, [n2], "CSP nonce"); }
{ const s = r.hex(64);
  add(`$ shasum -a 256 build/TileQuest-3.4.0.ipa\n${s}  build/TileQuest-3.4.0.ipa`, [s], "sha256 of build artifact"); }
{ const h = "sha256-" + r.b64(43) + "=";
  add(`<script src="https://cdn.tilequest.gg/web-shop/app.js" integrity="${h}" crossorigin="anonymous"></script>`, [h], "SRI integrity"); }
add(`Переменные окружения для CI:\n- PLAYFAB_TITLE_ID — публичный идентификатор тайтла (можно коммитить)\n- PLAYFAB_DEV_SECRET_KEY — секретный ключ, хранится только в Vault: vault kv get secret/playfab\n`, ["vault kv get"], "Russian docs with vault reference");
{ const tok = `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
  add(`POST /v1/push/register HTTP/1.1\nHost: api.tilequest.gg\nContent-Type: application/json\n\n{"installation_id":"${tok}","platform":"ios","locale":"de-DE","app_version":"3.4.0"}`, [tok], "installation id registration"); }

export const cases: CorpusCase[] = [...rotated, ...out];
void b64;
