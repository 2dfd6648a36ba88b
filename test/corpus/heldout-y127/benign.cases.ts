// Benign look-alikes from the same renderers and files: digests, ids, EUIs, UUIDs, public keys,
// certificates, signatures, secret-store references, placeholders, masks and encrypted values.
import type { CorpusCase } from "../types.ts";
import { B64, J, Rng, build, hc, keys, one, type Spec } from "./_gen.ts";

const r = new Rng(0x127f0006);
const colon = (b: Uint8Array) => Array.from(b).map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join(":");
const B = (p: string, name: string, f: (r: Rng) => string, hdr?: string): Spec => one(p, "keys", name, f, hdr);

const specs: Spec[] = [
  B("git commit SHA", "GIT_COMMIT", (r) => r.hex(40)),
  B("EAS build id (UUID)", "EAS_BUILD_ID", (r) => r.uuid()),
  B("Unity asset GUID", "ASSET_GUID", (r) => r.hex(32)),
  B("APK SHA-256 digest", "APK_SHA256", (r) => r.hex(64)),
  B("signing certificate SHA-1 fingerprint", "SIGNING_CERT_SHA1", (r) => colon(r.bytes(20))),
  B("upload certificate SHA-256 fingerprint", "UPLOAD_CERT_SHA256", (r) => colon(r.bytes(32))),
  { p: "App Store Connect key id + issuer id", g: "keys", kv: (r) => [["ASC_KEY_ID", r.up(10)], ["ASC_ISSUER_ID", r.uuid()]] },
  B("Firebase app id", "GOOGLE_APP_ID", (r) => `1:${r.dig(12)}:ios:${r.hex(16)}`),
  B("Google OAuth iOS client id", "GOOGLE_IOS_CLIENT_ID", (r) => `${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com`),
  B("AdMob app id", "ADMOB_APP_ID", (r) => `ca-app-pub-${r.dig(16)}~${r.dig(10)}`),
  B("Expo project id", "EXPO_PROJECT_ID", (r) => r.uuid()),
  { p: "EOS product/sandbox/deployment ids", g: "keys", kv: (r) => [["EOS_PRODUCT_ID", r.hex(32)], ["EOS_SANDBOX_ID", r.hex(32)], ["EOS_DEPLOYMENT_ID", r.hex(32)]] },
  { p: "Steam app + depot manifest id", g: "keys", kv: (r) => [["STEAM_APP_ID", r.dig(7)], ["STEAM_DEPOT_MANIFEST", r.dig(19)]] },
  B("PlayFab title id", "PLAYFAB_TITLE_ID", (r) => r.hexu(5)),
  { p: "LoRaWAN DevEUI + JoinEUI", g: "keys", kv: (r) => [["DEV_EUI", r.hexu(16)], ["JOIN_EUI", r.hexu(16)]] },
  B("device MAC address", "DEVICE_MAC", (r) => colon(r.bytes(6))),
  { p: "BLE GATT service/characteristic UUIDs", g: "keys", kv: (r) => [["SERVICE_UUID", r.uuid()], ["CHARACTERISTIC_UUID", r.uuid()]] },
  B("firmware image SHA-256", "FIRMWARE_SHA256", (r) => r.hex(64)),
  B("firmware MD5", "FIRMWARE_MD5", (r) => r.hex(32)),
  B("OTA image signature (Ed25519, base64)", "OTA_SIGNATURE", (r) => r.b64bytes(64), "X-Firmware-Signature: {v}"),
  B("Sparkle public EdDSA key", "SU_PUBLIC_ED_KEY", (r) => r.b64bytes(32)),
  B("updater public key (minisign)", "UPDATER_PUBKEY", (r) => Buffer.from(`untrusted comment: minisign public key: ${r.hexu(16)}\n${Buffer.concat([Buffer.from("4564", "hex"), Buffer.from(r.bytes(40))]).toString("base64")}\n`).toString("base64")),
  B("container image digest", "IMAGE_DIGEST", (r) => `sha256:${r.hex(64)}`),
  B("Git LFS object id", "LFS_OID", (r) => `sha256:${r.hex(64)}`),
  B("npm package integrity", "PACKAGE_INTEGRITY", (r) => `sha512-${r.b64bytes(64)}`),
  B("CocoaPods spec checksum", "POD_CHECKSUM", (r) => r.hex(40)),
  B("Sentry event id", "SENTRY_EVENT_ID", (r) => r.hex(32)),
  B("dSYM UUID", "DSYM_UUID", (r) => r.uuid().toUpperCase()),
  B("ELF GNU build id", "ELF_BUILD_ID", (r) => r.hex(40)),
  B("W3C trace id", "TRACE_ID", (r) => r.hex(32), "traceparent: 00-{v}-b7ad6b7169203331-01"),
  B("request id", "REQUEST_ID", (r) => r.uuid(), "X-Request-Id: {v}"),
  B("ETag", "ETAG", (r) => r.hex(32), 'If-None-Match: "{v}"'),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (r) => J("cus_", r.an(14))),
  B("Stripe price id", "STRIPE_PRICE_ID", (r) => J("price_", r.an(24))),
  B("OpenAI completion id", "LAST_COMPLETION_ID", (r) => J("chatcmpl-", r.an(29))),
  B("Anthropic message id", "LAST_MESSAGE_ID", (r) => J("msg_01", r.an(22))),
  B("provisioning profile UUID", "PROVISIONING_PROFILE_UUID", (r) => r.uuid()),
  B("code signing identity SHA-1", "CODE_SIGN_IDENTITY_SHA1", (r) => r.hexu(40)),
  B("Unity Cloud project id", "UNITY_PROJECT_ID", (r) => r.uuid()),
  B("Unreal ProjectID", "UNREAL_PROJECT_ID", (r) => r.hexu(32)),
  B("Firebase installation id", "FIREBASE_INSTALLATION_ID", (r) => J(r.pick(["c", "d", "e", "f"]), r.b64u(21))),
  B("webhook HMAC signature (request header)", "WEBHOOK_SIGNATURE", (r) => r.hex(64), "X-Hub-Signature-256: sha256={v}"),
  B("idempotency key (UUID)", "IDEMPOTENCY_KEY", (r) => r.uuid(), "Idempotency-Key: {v}"),
  B("S3 payload hash", "CONTENT_SHA256", (r) => r.hex(64), "x-amz-content-sha256: {v}"),
  B("TLS certificate pin", "CERT_PIN", (r) => `sha256/${r.b64bytes(32)}`),
  B("device public key (uncompressed P-256)", "DEVICE_PUBLIC_KEY", (r) => J("04", r.hex(128))),
  B("Web Push VAPID public key", "VAPID_PUBLIC_KEY", (r) => Buffer.concat([Buffer.from([4]), Buffer.from(r.bytes(64))]).toString("base64url")),
  B("app icon PNG (base64)", "APP_ICON_PNG", (r) => Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452000000400000004008060000", "hex"), Buffer.from(r.bytes(90))]).toString("base64")),
  B("MQTT client id", "MQTT_CLIENT_ID", (r) => J("esp32-", r.hex(12))),
  B("Sign in with Apple nonce hash", "SIWA_NONCE_SHA256", (r) => r.hex(64)),
  // references, placeholders, masks, encrypted values (in secret-named slots, the text is no secret)
  B("GitHub Actions secret reference", "MATCH_PASSWORD", () => "${{ secrets.MATCH_PASSWORD }}"),
  B("1Password reference", "ASC_PRIVATE_KEY", () => "op://Mobile/AppStoreConnect/private key"),
  B("Vault reference", "MQTT_PASSWORD", () => "vault:secret/data/iot/mqtt#password"),
  B("AWS Secrets Manager ARN", "STEAM_WEB_API_KEY_ARN", (r) => `arn:aws:secretsmanager:eu-west-1:${r.dig(12)}:secret:prod/steam-web-api-${r.an(6)}`),
  B("GCP Secret Manager resource name", "PLAYFAB_SECRET_RESOURCE", () => "projects/arena-prod/secrets/playfab-dev-secret/versions/latest"),
  B("placeholder", "BLYNK_AUTH_TOKEN", () => "YOUR_BLYNK_AUTH_TOKEN"),
  B("placeholder", "OWM_API_KEY", () => "<your-openweathermap-key>"),
  B("masked secret key", "STRIPE_SECRET_KEY", (r) => J("sk_live_", "•".repeat(24), r.an(4))),
  B("mask", "SENTRY_AUTH_TOKEN", () => "********"),
  B("env interpolation", "FIREBASE_TOKEN", () => "${FIREBASE_TOKEN}"),
  B("URL with interpolated password", "DATABASE_URL", () => "postgres://game_api:${DB_PASSWORD}@db-primary.example.com:5432/arena"),
  B("SOPS-encrypted value", "REVENUECAT_SECRET_KEY", (r) => `ENC[AES256_GCM,data:${r.b64bytes(36)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]`),
  B("EJSON ciphertext", "APP_STORE_SHARED_SECRET", (r) => `EJ[1:${r.b64bytes(32)}:${r.b64bytes(24)}:${r.b64bytes(48)}]`),
  B("OpenSSL salted ciphertext", "KEYSTORE_PASSWORD_ENC", (r) => J("U2FsdGVkX1", r.str(54, B64))),
  B("Keychain lookup command", "NOTARY_PASSWORD", () => "$(security find-generic-password -s notarytool -w)"),
];

const rotated = build({ prefix: "b", specs, r, label: "benign", offset: 3 });

const hand: CorpusCase[] = [];
const add = (text: string, note: string) => hand.push(hc("bk", hand.length + 1, "benign", null, text, note));
const j = (o: unknown) => JSON.stringify(o);
const jp = (o: unknown) => JSON.stringify(o, null, 2);
const chat = (content: string) => j({ model: "gpt-4o", messages: [{ role: "user", content }] });
const claude = (content: string) => j({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content }] });
const mcp = (text: string) => j({ jsonrpc: "2.0", id: r.range(2, 80), result: { content: [{ type: "text", text }], isError: false } });

add(chat(`Unity keeps reimporting this prefab, PlayerController.prefab.meta:\n\nfileFormatVersion: 2\nguid: ${r.hex(32)}\nPrefabImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: characters\n  assetBundleVariant: `), "Unity .meta GUID; context chat");
add(mcp(`PODS:\n  - Alamofire (5.9.1)\n  - Firebase/Messaging (10.24.0)\n\nSPEC CHECKSUMS:\n  Alamofire: ${r.hex(40)}\n  Firebase: ${r.hex(40)}\n  FirebaseMessaging: ${r.hex(40)}\n  GoogleUtilities: ${r.hex(40)}\n\nPODFILE CHECKSUM: ${r.hex(40)}\n\nCOCOAPODS: 1.15.2`), "Podfile.lock SHA-1 spec checksums; context MCP read result");
add(claude(`pub get fails with a hash mismatch, pubspec.lock:\n\n  firebase_core:\n    dependency: "direct main"\n    description:\n      name: firebase_core\n      sha256: "${r.hex(64)}"\n      url: "https://pub.dev"\n    source: hosted\n    version: "2.31.0"\n  flame:\n    dependency: "direct main"\n    description:\n      name: flame\n      sha256: "${r.hex(64)}"\n      url: "https://pub.dev"\n    source: hosted\n    version: "1.18.0"`), "pubspec.lock sha256 entries; context chat");
add(mcp(`<verification-metadata>\n   <components>\n      <component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">\n         <artifact name="okhttp-4.12.0.jar">\n            <sha256 value="${r.hex(64)}" origin="Generated by Gradle"/>\n         </artifact>\n      </component>\n   </components>\n</verification-metadata>`), "Gradle verification-metadata sha256; context MCP read result");
add(claude(`Is the cert chain right? (private key lives in the secure element, not in firmware)\n\nstatic const char AWS_CERT_CA[] PROGMEM = R"EOF(\n${keys.cert(r)}\n)EOF";\n\nstatic const char AWS_CERT_CRT[] PROGMEM = R"EOF(\n${keys.cert(r)}\n)EOF";`), "AWS IoT CA + device certificates only (no private key); context Arduino header in chat");
{
  const lines = [":020000040800F2"];
  for (let i = 0; i < 8; i++) lines.push(`:10${(i * 16).toString(16).padStart(4, "0").toUpperCase()}00${r.hexu(32)}${r.hexu(2)}`);
  lines.push(":00000001FF");
  add(chat(`st-flash refuses this hex, is the format wrong?\n\n${lines.join("\n")}`), "Intel HEX firmware records; context chat");
}
add(claude(`idf.py build output, flashing bricks the board:\n\nProject build complete. To flash, run:\n idf.py flash\nApp "greenhouse" version: v1.4.2-3-g${r.hex(7)}\nCompile time:     May 12 2025 10:22:41\nELF file SHA256:  ${r.hex(64)}\nESP-IDF:          v5.2.1\nPartition table binary generated. Contents:\n# ESP-IDF Partition Table\nnvs,data,nvs,0x9000,16K,\notadata,data,ota,0xd000,8K,\nota_0,app,ota_0,0x10000,1536K,`), "ESP-IDF build log with ELF SHA-256 and git describe; context chat");
add(chat(`Symbolicate this please:\n\nIncident Identifier: ${r.uuid().toUpperCase()}\nHardware Model:      iPhone15,2\nProcess:             Pocket [${r.range(100, 9999)}]\nIdentifier:          com.example.pocket\nVersion:             2.4.0 (812)\nException Type:  EXC_CRASH (SIGABRT)\n\nBinary Images:\n0x100e3c000 - 0x10150ffff Pocket arm64  <${r.hex(32)}> /private/var/containers/Bundle/Application/${r.uuid().toUpperCase()}/Pocket.app/Pocket\n0x1b2a9c000 - 0x1b2ad7fff libsystem_kernel.dylib arm64e  <${r.hex(32)}> /usr/lib/system/libsystem_kernel.dylib`), "iOS crash report with binary image UUIDs; context chat");
add(mcp(`*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\nBuild fingerprint: 'google/husky/husky:14/AP1A.240405.002/${r.dig(8)}:user/release-keys'\nABI: 'arm64'\npid: ${r.range(1000, 30000)}, tid: ${r.range(1000, 30000)}, name: UnityMain  >>> com.example.arena <<<\nsignal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0000000000000018\n    x0  0000000000000000  x1  000000${r.hex(10)}\nbacktrace:\n      #00 pc 0000000000a3f2c4  /data/app/~~${r.b64u(22)}==/com.example.arena-${r.b64u(22)}==/lib/arm64/libil2cpp.so (BuildId: ${r.hex(40)})`), "Android tombstone with BuildId and install path; context MCP result");
add(claude(`Pinning breaks on Android 7, code:\n\n\`\`\`kotlin\nval pinner = CertificatePinner.Builder()\n    .add("api.example.com", "sha256/${r.b64bytes(32)}")\n    .add("api.example.com", "sha256/${r.b64bytes(32)}")\n    .build()\n\`\`\``), "OkHttp certificate pins (public key hashes); context chat");
add(chat(`Sparkle says the update is improperly signed. Info.plist:\n\n<key>SUFeedURL</key>\n<string>https://updates.example.com/appcast.xml</string>\n<key>SUPublicEDKey</key>\n<string>${r.b64bytes(32)}</string>\n<key>SUEnableAutomaticChecks</key>\n<true/>\n\nappcast item: <enclosure url="https://updates.example.com/PocketMac-2.4.0.zip" sparkle:edSignature="${r.b64bytes(64)}" length="48213377" type="application/octet-stream"/>`), "Sparkle public EdDSA key and update signature; context chat");
add(mcp(jp({ plugins: { updater: { endpoints: ["https://updates.example.com/{{target}}/{{current_version}}"], pubkey: Buffer.from(`untrusted comment: minisign public key: ${r.hexu(16)}\n${Buffer.concat([Buffer.from("4564", "hex"), Buffer.from(r.bytes(40))]).toString("base64")}\n`).toString("base64") } } })), "Tauri updater public key; context MCP read of tauri.conf.json");
add(claude(`imgtool getpub output, where does this go in MCUboot?\n\n/* Autogenerated by imgtool.py, do not edit. */\nconst unsigned char ecdsa_pub_key[] = {\n${Array.from(Buffer.concat([Buffer.from("3059301306072a8648ce3d020106082a8648ce3d03010703420004", "hex"), Buffer.from(r.bytes(64))])).map((x) => `0x${x.toString(16).padStart(2, "0")}`).join(", ")}\n};\nconst unsigned int ecdsa_pub_key_len = 91;`), "MCUboot ECDSA public key byte array; context chat");
add(mcp(`# /home/pi/.ssh/authorized_keys\nssh-ed25519 ${Buffer.concat([Buffer.from("0000000b7373682d6564323535313900000020", "hex"), Buffer.from(r.bytes(32))]).toString("base64")} ci@build-runner\nssh-ed25519 ${Buffer.concat([Buffer.from("0000000b7373682d6564323535313900000020", "hex"), Buffer.from(r.bytes(32))]).toString("base64")} jdoe@laptop`), "SSH public keys in authorized_keys; context MCP read result");
add(chat(`Provisioning script for the TTN devices:\n\nttn-lw-cli end-devices create greenhouse-app node-${r.dig(3)} \\\n  --dev-eui ${r.hexu(16)} \\\n  --join-eui ${r.hexu(16)} \\\n  --frequency-plan-id EU_863_870_TTN \\\n  --lorawan-version 1.0.3 \\\n  --root-keys.app-key.key "$APP_KEY"`), "LoRaWAN EUIs; app key from env; context chat");
add(claude(`EOS login fails in the packaged build. DefaultEngine.ini:\n\n[/Script/OnlineSubsystemEOS.EOSSettings]\nDefaultArtifactName=Arena\n+Artifacts=(ArtifactName="Arena",ClientId="${J("xyza7891", r.an(24))}",ClientSecret="",ProductId="${r.hex(32)}",SandboxId="${r.hex(32)}",DeploymentId="${r.hex(32)}",EncryptionKey="")\nbUseEAS=True`), "EOS product/sandbox/deployment ids, public client id, empty secret; context chat");
add(j({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "assistant", content: [{ type: "tool_use", id: J("toolu_01", r.an(22)), name: "write_file", input: { path: ".github/workflows/ios.yml", content: "jobs:\n  beta:\n    runs-on: macos-14\n    env:\n      MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}\n      APP_STORE_CONNECT_API_KEY_KEY: ${{ secrets.ASC_KEY_P8 }}\n      APP_STORE_CONNECT_API_KEY_KEY_ID: ${{ vars.ASC_KEY_ID }}\n      FIREBASE_TOKEN: ${{ secrets.FIREBASE_TOKEN }}\n    steps:\n      - uses: actions/checkout@v4\n      - run: bundle exec fastlane beta\n" } }] }] }), "workflow using only secrets/vars references; context tool_use write_file");
add(chat(`CI log, why does match fail?\n\n2025-05-02T09:14:03.2210000Z env:\n2025-05-02T09:14:03.2211000Z   MATCH_PASSWORD: ***\n2025-05-02T09:14:03.2212000Z   FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ***\n2025-05-02T09:14:05.0000000Z [09:14:05]: Cloning remote git repo...\n2025-05-02T09:14:09.0000000Z [09:14:09]: Couldn't decrypt the repo, please make sure you enter the right password!`), "masked GitHub Actions log; context chat");
add(mcp(`mqtt_password: ENC[AES256_GCM,data:${r.b64bytes(18)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\ninflux_token: ENC[AES256_GCM,data:${r.b64bytes(66)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\nsops:\n    age:\n        - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.b64(64)}\n            ${r.b64(44)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2025-04-11T08:02:13Z"\n    mac: ENC[AES256_GCM,data:${r.b64bytes(48)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n    version: 3.8.1`), "SOPS-encrypted secrets.yaml (age recipient is a public key); context MCP read result");
{
  const hexlines = Array.from({ length: 6 }, () => r.hex(80)).join("\n");
  add(claude(`ansible-vault view asks for a password, is the file corrupted?\n\n$ANSIBLE_VAULT;1.1;AES256\n${hexlines}`), "Ansible Vault ciphertext; context chat");
}
add(chat(`Does this DefaultGame.ini look right for the Steam build?\n\n[/Script/EngineSettings.GeneralProjectSettings]\nProjectID=${r.hexu(32)}\nProjectName=Arena\nCompanyName=Example Studio\nProjectVersion=0.9.3`), "Unreal ProjectID GUID; context chat");
add(mcp(`"AppBuild"\n{\n\t"AppID" "${r.dig(7)}"\n\t"Desc" "nightly ${r.hex(7)}"\n\t"ContentRoot" "../build/"\n\t"BuildOutput" "../output/"\n\t"Depots"\n\t{\n\t\t"${r.dig(7)}" "depot_build_windows.vdf"\n\t}\n}`), "Steam app build VDF (app/depot ids, commit hash); context MCP read result");
add(chat(`EAS update doesn't reach the devices, app.json:\n\n${jp({ expo: { name: "Pocket", slug: "pocket", runtimeVersion: { policy: "appVersion" }, updates: { url: `https://u.expo.dev/${r.uuid()}` }, extra: { eas: { projectId: r.uuid() } }, ios: { bundleIdentifier: "com.example.pocket" } } })}`), "Expo project id and update URL; context chat");
add(claude(`Payment sheet shows an error in production:\n\n\`\`\`tsx\n<StripeProvider publishableKey="${J("pk_live_", r.an(99))}" merchantIdentifier="merchant.com.example.pocket">\n  <App />\n</StripeProvider>\n\`\`\``), "Stripe publishable key in React Native provider; context chat");
add(chat(`Which commit introduced the ANR?\n\n${Array.from({ length: 5 }, () => `commit ${r.hex(40)}\nAuthor: Dev <dev@example.com>\n\n    ${r.pick(["fix sync loop", "bump okhttp", "tune gc", "remove debug menu", "rework login screen"])}\n`).join("\n")}`), "git log SHAs; context chat");
add(mcp(`... depotFile //Arena/Main/Content/Maps/Arena_Map01.umap\n... headAction edit\n... headChange ${r.range(10000, 99999)}\n... digest ${r.hexu(32)}\n... fileSize 48211984\n\n... depotFile //Arena/Main/Content/Characters/Hero.uasset\n... headChange ${r.range(10000, 99999)}\n... digest ${r.hexu(32)}`), "Perforce fstat MD5 digests; context MCP result");
add(claude(`Web push subscribe fails in Safari:\n\n\`\`\`js\nconst reg = await navigator.serviceWorker.ready;\nconst sub = await reg.pushManager.subscribe({\n  userVisibleOnly: true,\n  applicationServerKey: "${Buffer.concat([Buffer.from([4]), Buffer.from(r.bytes(64))]).toString("base64url")}",\n});\n\`\`\``), "VAPID public key as applicationServerKey; context chat");
add(`POST /hooks/build-finished HTTP/1.1\r\nHost: ci-bridge.example.com\r\nContent-Type: application/json\r\nX-Signature-256: sha256=${r.hex(64)}\r\nX-Delivery: ${r.uuid()}\r\n\r\n${j({ build: r.range(100, 999), status: "passed", commit: r.hex(40) })}`, "outgoing webhook with HMAC signature header and commit; context raw HTTP");
add(chat(`upload-symbols output:\n\n[Crashlytics] Processing dSYMs...\n[Crashlytics] Found dSYM UUID ${r.uuid().toUpperCase()} (arm64) Pocket.app.dSYM\n[Crashlytics] Found dSYM UUID ${r.uuid().toUpperCase()} (arm64) PocketWidget.appex.dSYM\n[Crashlytics] Successfully submitted symbols for architecture arm64 with uuid ${r.hex(32)} in dSYM`), "dSYM UUIDs in Crashlytics output; context chat");
add(`POST /v1/orders HTTP/1.1\r\nHost: api.example.com\r\nIdempotency-Key: ${r.uuid()}\r\nX-Request-Id: ${r.uuid()}\r\ntraceparent: 00-${r.hex(32)}-${r.hex(16)}-01\r\nContent-Type: application/json\r\n\r\n${j({ sku: "gems_500", transaction_id: J("2000000", r.dig(9)) })}`, "idempotency key, request id, trace context; context raw HTTP");
add(claude(`AdMob crashes on startup, manifest:\n\n<meta-data\n    android:name="com.google.android.gms.ads.APPLICATION_ID"\n    android:value="ca-app-pub-${r.dig(16)}~${r.dig(10)}"/>\n<meta-data\n    android:name="com.google.firebase.messaging.default_notification_channel_id"\n    android:value="alerts"/>\n\nTest device id from logcat: ${r.hexu(32)}`), "AdMob app id and hashed test device id; context chat");
add(mcp(jp({ project_info: { project_number: r.dig(12), project_id: "pocket-prod", storage_bucket: "pocket-prod.example.com" }, client: [{ client_info: { mobilesdk_app_id: `1:${r.dig(12)}:android:${r.hex(16)}`, android_client_info: { package_name: "com.example.pocket" } }, oauth_client: [{ client_id: `${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com`, client_type: 1, android_info: { package_name: "com.example.pocket", certificate_hash: r.hex(40) } }] }], configuration_version: "1" })), "google-services-style JSON with app id, OAuth client id and certificate hash (no API key); context MCP result");
add(chat(`keytool output for the Play Console:\n\nAlias name: upload\nCreation date: Mar 3, 2024\nEntry type: PrivateKeyEntry\nCertificate fingerprints:\n\t SHA1: ${colon(r.bytes(20))}\n\t SHA256: ${colon(r.bytes(32))}\nSignature algorithm name: SHA384withRSA\nSubject Public Key Algorithm: 2048-bit RSA key`), "keytool certificate fingerprints; context chat");
add(claude(`Is this OTA manifest format ok?\n\n${jp({ version: "1.4.2", url: "https://ota.example.com/fw/greenhouse-1.4.2.bin", size: 1482304, sha256: r.hex(64), signature: r.b64bytes(64), signer_pubkey: r.b64bytes(32) })}`), "OTA manifest with digest, signature and public key; context chat");
add(chat(`Device boot log:\n\nI (312) boot: ESP-IDF v5.2.1 2nd stage bootloader\nI (318) boot: compile time May 12 2025 10:22:41\nI (402) esp_image: segment 0: paddr=00010020 vaddr=3c0a0020 size=2f3c4h\nI (589) cpu_start: App version:      v1.4.2\nI (590) cpu_start: ELF file SHA256:  ${r.hex(16)}...\nI (611) wifi:mode : sta (${colon(r.bytes(6)).toLowerCase()})\nI (2345) mqtt: client id esp32-${r.hex(12)} connected to broker.example.com`), "ESP32 boot log: truncated ELF hash, MAC, MQTT client id; context chat");
add(mcp(keys.pubkey(r)), "PEM public key (EC P-256) for firmware verification; context MCP read of ota_pub.pem");
add(claude(`The signed bundle fails verification, apksigner says:\n\nVerifies\nVerified using v2 scheme (APK Signature Scheme v2): true\nVerified using v3 scheme (APK Signature Scheme v3): true\nNumber of signers: 1\nSigner #1 certificate DN: CN=Example Studio, O=Example, C=DE\nSigner #1 certificate SHA-256 digest: ${r.hex(64)}\nSigner #1 certificate SHA-1 digest: ${r.hex(40)}\nSigner #1 certificate MD5 digest: ${r.hex(32)}\nSigner #1 key algorithm: RSA\nSigner #1 key size (bits): 4096\nSigner #1 public key SHA-256 digest: ${r.hex(64)}`), "apksigner certificate and public key digests; context chat");

export const cases: CorpusCase[] = [...rotated, ...hand];
