// Handcrafted positives: signing and device key material, credential files and a few unusual
// shapes (byte arrays, hex dumps, split strings, provisioning QR payloads, crash contexts).
import type { CorpusCase } from "../types.ts";
import { B64, J, LO, Rng, hc, keys, type Group } from "./_gen.ts";

const r = new Rng(0x127e0005);
const out: CorpusCase[] = [];
const add = (g: Group, text: string, note: string) => out.push(hc("k", out.length + 1, "positive", g, text, note));
const j = (o: unknown) => JSON.stringify(o);
const jp = (o: unknown) => JSON.stringify(o, null, 2);
const chat = (content: string, model = "gpt-4o") => j({ model, messages: [{ role: "user", content }] });
const claude = (content: string) => j({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content }] });
const mcp = (text: string) => j({ jsonrpc: "2.0", id: r.range(2, 80), result: { content: [{ type: "text", text }], isError: false } });
const write = (path: string, content: string) =>
  j({
    model: "claude-sonnet-4-5",
    max_tokens: 4096,
    messages: [
      { role: "user", content: "go ahead" },
      { role: "assistant", content: [{ type: "tool_use", id: J("toolu_01", r.an(22)), name: "write_file", input: { path, content } }] },
    ],
  });
const shell = (command: string) =>
  j({
    model: "gpt-4.1",
    messages: [{ role: "assistant", content: null, tool_calls: [{ id: J("call_", r.an(24)), type: "function", function: { name: "run_shell", arguments: j({ command }) } }] }],
  });
const bytesC = (b: Uint8Array, per = 8) =>
  Array.from(b)
    .map((x) => `0x${x.toString(16).padStart(2, "0").toUpperCase()}`)
    .reduce<string[]>((acc, x, i) => (i % per === 0 ? [...acc, x] : [...acc.slice(0, -1), `${acc[acc.length - 1]}, ${x}`]), [])
    .join(",\n    ");
const saJson = (project: string, email: string) =>
  jp({
    type: "service_account",
    project_id: project,
    private_key_id: r.hex(40),
    private_key: keys.rsaPkcs8(r) + "\n",
    client_email: `${email}@${project}.iam.gserviceaccount.com`,
    client_id: r.dig(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
  });

// ---- signing / app-store keys ----
{
  const kid = r.up(10);
  add("keys", chat(`APNs keeps returning 403 InvalidProviderToken. Key ID ${kid}, team ${r.up(10)}. Here's AuthKey_${kid}.p8:\n\n${keys.p8(r)}`), "APNs auth key .p8 (EC PKCS#8); slot file AuthKey_*.p8; context chat body with key id and team id");
}
add("keys", write("fastlane/api_key.json", jp({ key_id: r.up(10), issuer_id: r.uuid(), key: keys.p8(r), duration: 1200, in_house: false })), "App Store Connect API key; slot key in api_key.json; context tool_use write_file");
add("keys", mcp(saJson(`pocket-play-${r.lo(4)}`, "fastlane-supply")), "Google Play publisher service account JSON; slot private_key; context MCP result reading play-store-key.json");
add("keys", write("functions/serviceAccountKey.json", saJson(`arena-prod-${r.lo(4)}`, "firebase-adminsdk-" + r.lo(5))), "Firebase Admin SDK service account; slot private_key; context tool_use write_file");
add(
  "keys",
  claude(`MQTT connect fails with rc=-2 on the ESP32. secrets.h:\n\n#include <pgmspace.h>\n#define THINGNAME "greenhouse-07"\nconst char AWS_IOT_ENDPOINT[] = "device-gw.example.com";\n\nstatic const char AWS_CERT_CRT[] PROGMEM = R"KEY(\n${keys.cert(r)}\n)KEY";\n\nstatic const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(\n${keys.rsa(r)}\n)KEY";`),
  "AWS IoT device private key (RSA PKCS#1); slot AWS_CERT_PRIVATE raw string; context Arduino secrets.h in chat",
);
add("keys", mcp(keys.rsa(r)), "AWS IoT device private key; slot main/certs/private.pem.key; context MCP read_file result");
add(
  "keys",
  claude(`Review before I merge the bootloader branch:\n\ndiff --git a/bootloader/keys/root-ec-p256.pem b/bootloader/keys/root-ec-p256.pem\nnew file mode 100644\nindex 0000000..${r.hex(7)}\n--- /dev/null\n+++ b/bootloader/keys/root-ec-p256.pem\n@@ -0,0 +1,5 @@\n${keys.p8(r).split("\n").map((l) => "+" + l).join("\n")}`),
  "MCUboot image signing key (EC P-256); slot root-ec-p256.pem; context git diff in chat",
);
add(
  "keys",
  chat(`The DFU package step fails on CI, log:\n\n$ nrfutil keys generate priv.pem\nGenerated private key and stored it in: priv.pem\n$ cat priv.pem\n${keys.ecSec1(r)}\n$ nrfutil pkg generate --hw-version 52 --sd-req 0x0100 --application app.hex --key-file priv.pem app_dfu.zip\nError: --application-version is required`),
  "Nordic DFU signing key (SEC1 EC); slot priv.pem; context CI log in chat",
);
add("keys", j({ channel: J("D0", r.up(9)), text: `Hier der Deploy-Key für die Pi-Flotte, bitte in ~/.ssh/pi_fleet ablegen:\n\`\`\`\n${keys.openssh(r, "deploy@pi-fleet")}\n\`\`\`` }), "OpenSSH private key (ed25519); slot deploy key file; context Slack DM handover (German)");
{
  const minisign = `untrusted comment: rsign encrypted secret key\n${Buffer.concat([Buffer.from("4564536353", "hex"), Buffer.from(r.bytes(150))]).toString("base64")}\n`;
  add(
    "keys",
    write(".github/workflows/desktop-release.yml", `name: desktop-release\non: workflow_dispatch\njobs:\n  build:\n    runs-on: macos-14\n    env:\n      TAURI_SIGNING_PRIVATE_KEY: ${Buffer.from(minisign).toString("base64")}\n      TAURI_SIGNING_PRIVATE_KEY_PASSWORD: ${r.pw()}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run tauri build\n`),
    "Tauri updater signing key (base64 minisign secret key) + password; slot TAURI_SIGNING_PRIVATE_KEY; context tool_use write_file workflow",
  );
}
add("keys", shell(`echo '${r.b64bytes(32)}' > /tmp/ed_key && ./bin/sign_update --ed-key-file /tmp/ed_key build/PocketMac-2.4.0.zip`), "Sparkle EdDSA private key (base64 seed); slot --ed-key-file content; context tool_calls shell");
add(
  "keys",
  chat(`How do I decode this in the GitHub Action? .env.ci:\n\nANDROID_KEYSTORE_BASE64=${Buffer.concat([Buffer.from("30820a4a020103308209f406092a864886f70d010701a08209e5048209e1", "hex"), Buffer.from(r.bytes(700))]).toString("base64")}\nANDROID_KEYSTORE_PASSWORD=${r.pw()}\nANDROID_KEY_ALIAS=upload\nANDROID_KEY_PASSWORD=${r.pw()}`),
  "Android upload keystore (base64 PKCS#12) + passwords; slot ANDROID_KEYSTORE_BASE64; context chat with .env",
);
add(
  "keys",
  claude(`bitrise.yml excerpt, codesign step fails:\n\napp:\n  envs:\n  - BITRISE_PROJECT_PATH: Pocket.xcworkspace\n  - DIST_CERT_P12_BASE64: ${Buffer.concat([Buffer.from("30820c3f02010330820c0506092a864886f70d010701", "hex"), Buffer.from(r.bytes(600))]).toString("base64")}\n  - DIST_CERT_P12_PASSWORD: ${r.pw()}\n    opts:\n      is_expand: false`),
  "iOS distribution certificate .p12 (base64) + password; slot DIST_CERT_P12_BASE64; context bitrise.yml in chat",
);
add(
  "keys",
  mcp(`# ~/.gradle/gradle.properties\nmavenCentralUsername=${r.an(8)}\nmavenCentralPassword=${r.an(36)}\nsigningInMemoryKeyId=${r.hexu(8)}\nsigningInMemoryKeyPassword=${r.pw()}\nsigningInMemoryKey=${keys.pgp(r).replace(/\n/g, "\\n")}\n`),
  "PGP signing key + Maven Central token; slot signingInMemoryKey; context MCP read of ~/.gradle/gradle.properties",
);
add(
  "keys",
  chat(`Can't reach the kiosk devices over the tunnel, wg0.conf:\n\n[Interface]\nAddress = 10.44.0.2/24\nPrivateKey = ${r.b64bytes(32)}\nDNS = 10.44.0.1\n\n[Peer]\nPublicKey = ${r.b64bytes(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 10.44.0.0/24\nPersistentKeepalive = 25`),
  "WireGuard interface private key; slot PrivateKey; context wg0.conf in chat",
);
add(
  "keys",
  claude(`The node never joins (EV_JOIN_FAILED). LMIC config:\n\n// LSB\nstatic const u1_t PROGMEM APPEUI[8] = { ${bytesC(r.bytes(8))} };\nvoid os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8); }\n// LSB\nstatic const u1_t PROGMEM DEVEUI[8] = { ${bytesC(r.bytes(8))} };\nvoid os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8); }\n// MSB\nstatic const u1_t PROGMEM APPKEY[16] = {\n    ${bytesC(r.bytes(16))} };\nvoid os_getDevKey (u1_t* buf) { memcpy_P(buf, APPKEY, 16); }`),
  "LoRaWAN OTAA AppKey (root key) as byte array; slot APPKEY; context Arduino LMIC sketch in chat",
);
add(
  "keys",
  write("components/net/psk_config.h", `#pragma once\n\n#define PSK_IDENTITY "gw-${r.dig(5)}"\n\nstatic const unsigned char psk_key[] = {\n    ${bytesC(r.bytes(32))}\n};\n`),
  "DTLS/TLS pre-shared key (Mbed TLS PSK) byte array; slot psk_key; context tool_use write_file C header",
);
{
  const k = r.bytes(32);
  const line = (o: number) => `${o.toString(16).padStart(8, "0")}: ${Array.from(k.slice(o, o + 16)).map((x) => x.toString(16).padStart(2, "0")).join("").replace(/(....)/g, "$1 ").trim()}  ................`;
  add("keys", chat(`Is this the right format before I burn it? \n$ espsecure.py generate_flash_encryption_key my_flash_encryption_key.bin\n$ xxd my_flash_encryption_key.bin\n${line(0)}\n${line(16)}\n$ espefuse.py --port /dev/ttyUSB0 burn_key BLOCK_KEY0 my_flash_encryption_key.bin XTS_AES_128_KEY`), "ESP32 flash encryption key (xxd hex dump); slot my_flash_encryption_key.bin; context shell transcript in chat");
}
add(
  "keys",
  mcp(jp({ keys: [{ kty: "EC", crv: "P-256", kid: r.up(10), use: "sig", x: Buffer.from(r.bytes(32)).toString("base64url"), y: Buffer.from(r.bytes(32)).toString("base64url"), d: Buffer.from(r.bytes(32)).toString("base64url") }] })),
  "EC private JWK (d parameter) for the game backend token signer; slot d; context MCP read of jwks.private.json",
);
add("keys", shell(`export SOPS_AGE_KEY='${J("AGE-SECRET", "-KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}' && sops -d deploy/ota-secrets.enc.yaml > /tmp/ota.yaml`), "age secret key for SOPS; slot SOPS_AGE_KEY; context tool_calls shell");
add("keys", mcp(`# tools/ota/signing_key.pem\n${keys.ed25519(r)}\n`), "Ed25519 OTA firmware signing key (PKCS#8); slot signing_key.pem; context MCP read_file result");
add(
  "keys",
  claude(`Packaging with pak encryption fails on the build agent. Config/DefaultCrypto.ini:\n\n[/Script/CryptoKeys.CryptoKeysSettings]\nEncryptionKey=${r.b64bytes(32)}\nbEnablePakSigning=True\nbEnablePakIndexEncryption=True\nbEnablePakIniEncryption=True\nbEnablePakUAssetEncryption=False\nSecondaryEncryptionKeys=()`),
  "Unreal Engine pak encryption key (AES-256, base64); slot EncryptionKey; context DefaultCrypto.ini in chat",
);
add("keys", shell(`SCRIPT_AES256_ENCRYPTION_KEY=${r.hex(64)} godot --headless --export-release "Android" build/arena.aab`), "Godot script encryption key (AES-256 hex); slot SCRIPT_AES256_ENCRYPTION_KEY; context tool_calls shell");
add(
  "keys",
  chat(`ESPHome won't compile after the 2024.6 update, secrets.yaml:\n\nwifi_ssid: "Backyard-IoT"\nwifi_password: "${r.pw()}"\napi_encryption_key: "${r.b64bytes(32)}"\nota_password: "${r.hex(32)}"\nfallback_ap_password: "${r.an(12)}"`),
  "ESPHome native API encryption key + OTA/Wi-Fi passwords; slot api_encryption_key; context secrets.yaml in chat",
);
add(
  "keys",
  claude(`zigbee2mqtt/configuration.yaml, devices keep dropping off:\n\nhomeassistant: true\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://broker.example.com\n  user: z2m\n  password: ${r.pw()}\nserial:\n  port: /dev/ttyUSB0\nadvanced:\n  pan_id: ${r.range(4000, 60000)}\n  network_key: [${Array.from(r.bytes(16)).join(", ")}]`),
  "Zigbee network key (16-byte array) + MQTT password; slot network_key; context configuration.yaml in chat",
);

// ---- credential files ----
add("saas", mcp(`machine api.mapbox.com\n  login mapbox\n  password ${J("sk", ".", Buffer.from(j({ u: "pocketmaps", a: J("cl", r.lo(23)) })).toString("base64url"), ".", r.b64u(22))}\n`), "Mapbox secret downloads token; slot ~/.netrc password; context MCP read_file result");
add("devtools", write(".npmrc", `@pocket:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${J("gh", "p_", r.an(36))}\n//registry.npmjs.org/:_authToken=${J("np", "m_", r.an(36))}\n`), "npm + GitHub Packages tokens; slot _authToken in .npmrc; context tool_use write_file");
add("devtools", chat(`docker login keeps asking for a password on the build mac, ~/.docker/config.json:\n\n${jp({ auths: { "ghcr.io": { auth: Buffer.from(`studio-ci:${J("gh", "p_", r.an(36))}`).toString("base64") }, "registry.example.com": { auth: Buffer.from(`builder:${r.pw()}`).toString("base64") } }, credsStore: "" })}`), "registry basic auth (base64 user:PAT); slot auths.*.auth; context docker config.json in chat");
add("devtools", mcp(`perforce.example.com:1666=build_agent:${r.hexu(32)}\n10.0.4.12:1666=jdoe:${r.hexu(32)}\n`), "Perforce tickets; slot ~/.p4tickets; context MCP read_file result");
add(
  "auth",
  claude(`pub publish says my credentials expired, ~/.config/dart/pub-credentials.json:\n\n${j({ accessToken: J("ya", "29.", r.b64u(150)), refreshToken: J("1//0", r.b64u(99)), idToken: null, tokenEndpoint: "https://accounts.google.com/o/oauth2/token", scopes: ["openid", "https://www.googleapis.com/auth/userinfo.email"], expiration: r.ts() * 1000 })}`),
  "Google OAuth access + refresh token (pub.dev); slot refreshToken; context credentials JSON in chat",
);
add("auth", write("boot/wpa_supplicant.conf", `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\nnetwork={\n    ssid="Lab-5G"\n    psk="${r.pw()}"\n    key_mgmt=WPA-PSK\n}\n`), "Wi-Fi PSK; slot psk; context tool_use write_file wpa_supplicant.conf");
add("auth", `GET /cm?cmnd=Backlog%20MqttHost%20broker.example.com%3B%20MqttUser%20plug07%3B%20MqttPassword%20${encodeURIComponent(r.pw())}%3B%20Restart%201 HTTP/1.1\r\nHost: tasmota-plug07.test\r\nUser-Agent: curl/8.6.0\r\n\r\n`, "Tasmota MQTT password in Backlog command; slot MqttPassword; context raw HTTP GET query");
add("auth", shell(`esp-rainmaker-cli provision --pop ${r.hex(8)} --ssid "Factory-Floor" --passphrase '${r.pw()}'`), "Wi-Fi passphrase in BLE provisioning; slot --passphrase; context tool_calls shell");
add("auth", j({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Generate a QR code PNG for the install guide with this payload: WIFI:S:Showroom-Guest;T:WPA;P:${r.pw()};;` }] }), "Wi-Fi password in WIFI: QR payload; slot P; context chat body");
add("auth", claude(`OTA check never succeeds:\n\n\`\`\`cpp\nt_httpUpdate_return ret = httpUpdate.update(client, "https://fleet:${r.an(16)}@ota.example.com/firmware/esp32s3.bin");\nswitch (ret) { case HTTP_UPDATE_FAILED: Serial.println(httpUpdate.getLastErrorString()); break; }\n\`\`\``), "basic auth password in OTA URL; slot URL userinfo; context C++ snippet in chat");
add("data", mcp(jp({ [r.hex(16)]: { user: "nodered", password: r.pw() }, [r.hex(16)]: { token: r.b64bytes(64) } })), "Node-RED flows_cred.json (unencrypted): MQTT password + InfluxDB token; slot password/token; context MCP read_file result");
add(
  "auth",
  chat(`Gradle says the signing config is invalid:\n\n\`\`\`kotlin\nsigningConfigs {\n    create("release") {\n        storeFile = file("../keystores/pocket-upload.jks")\n        storePassword = "${r.pw()}"\n        keyAlias = "upload"\n        keyPassword = "${r.pw()}"\n    }\n}\n\`\`\``),
  "Android keystore store/key passwords; slot storePassword; context build.gradle.kts in chat",
);
add("auth", shell(`export FASTLANE_SESSION='---\\n- !ruby/object:HTTP::Cookie\\n  name: myacinfo\\n  value: DES${r.hexu(64)}${r.b64u(90)}SAE\\n  domain: apple.com\\n  for_domain: true\\n  path: \"/\"\\n' && bundle exec fastlane pilot upload`), "fastlane Apple session cookie (myacinfo); slot FASTLANE_SESSION; context tool_calls shell");
add("auth", shell(`xcrun altool --upload-app -t ios -f build/Pocket.ipa -u release@example.com -p ${[r.str(4, LO), r.str(4, LO), r.str(4, LO), r.str(4, LO)].join("-")}`), "Apple app-specific password; slot altool -p; context tool_calls shell");
add("ai", chat(`Why is the key rejected? It's split so the linter stops complaining:\n\n\`\`\`kotlin\nprivate val apiKey = "${J("sk-", "proj-", r.b64u(40))}" +\n    "${r.b64u(34)}${J("T3Blbk", "FJ")}${r.b64u(30)}" +\n    "${r.b64u(44)}"\n\`\`\``), "OpenAI project key split over Kotlin string concatenation; slot apiKey; context chat");
add("payment", `POST /verifyReceipt HTTP/1.1\r\nHost: receipts.example.com\r\nContent-Type: application/json\r\n\r\n${j({ "receipt-data": Buffer.from(r.bytes(180)).toString("base64"), password: r.hex(32), "exclude-old-transactions": true })}`, "App Store shared secret; slot password next to receipt-data; context raw HTTP POST body");
add(
  "auth",
  claude(`Dedicated server crashed overnight, CrashContext.runtime-xml:\n\n<?xml version="1.0" encoding="UTF-8"?>\n<FGenericCrashContext>\n\t<RuntimeProperties>\n\t\t<CrashGUID>UECC-Linux-${r.hexu(32)}</CrashGUID>\n\t\t<ProcessId>${r.range(1000, 60000)}</ProcessId>\n\t\t<CommandLine>ArenaServer Arena_Map01?listen?MaxPlayers=32 -log -port=7777 -RconPassword=${r.pw()} -NOSTEAM</CommandLine>\n\t\t<ErrorMessage>Assertion failed: IsValid(PlayerState)</ErrorMessage>\n\t</RuntimeProperties>\n</FGenericCrashContext>`),
  "RCON password on dedicated server command line; slot -RconPassword; context Unreal crash context XML in chat",
);
add("data", mcp(`bootstrap.servers=pkc-${r.lo(5)}.eu-west-1.aws.example.com:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${r.up(16)}" password="${J(r.an(30), r.str(34, B64))}";\n`), "Confluent Cloud API secret in Kafka JAAS config; slot password; context MCP read of client.properties");
add(
  "cloud",
  write("sample/iot_sample_common.h", `#define IOT_CONFIG_IOTHUB_FQDN "pocket-hub.azure-devices.net"\n#define IOT_CONFIG_DEVICE_ID "thermostat-${r.dig(3)}"\n#define IOT_CONFIG_DEVICE_KEY "${r.b64bytes(32)}"\n#define TELEMETRY_FREQUENCY_MILLISECS 5000\n`),
  "Azure IoT device symmetric key; slot IOT_CONFIG_DEVICE_KEY; context tool_use write_file C header",
);
add("comms", chat(`Why doesn't the slack action post? Fastfile:\n\nlane :notify do\n  slack(\n    message: "New TestFlight build is up",\n    slack_url: "${J("https://hooks.slack.com/services/T", r.up(10), "/B", r.up(10), "/", r.an(24))}",\n    success: true\n  )\nend`), "Slack incoming webhook URL; slot slack_url; context Fastfile in chat");
add("comms", claude(`The crash reporter in our LÖVE game never posts:\n\n\`\`\`lua\nlocal https = require("https")\nlocal WEBHOOK = "${J("https://discord.com/api/web", "hooks/1", r.dig(18), "/", r.b64u(68))}"\nfunction love.errorhandler(msg)\n  https.request(WEBHOOK, { method = "POST", data = '{"content":"crash: ' .. msg .. '"}' })\nend\n\`\`\``), "Discord webhook URL; slot WEBHOOK; context Lua crash reporter in chat");
add("comms", chat(`Telegram alerts stopped working:\n\n#include <UniversalTelegramBot.h>\n#define BOTtoken "${J(r.dig(10), ":AA", r.b64u(33))}"\n#define CHAT_ID "${r.dig(9)}"\nWiFiClientSecure client;\nUniversalTelegramBot bot(BOTtoken, client);`), "Telegram bot token; slot BOTtoken; context ESP32 sketch in chat");
add("auth", shell(`curl -s -u admin:${r.pw()} 'http://shelly-gate.test/rpc/Switch.Set?id=0&on=true'`), "device admin password in curl -u; slot -u user:password; context tool_calls shell");
add("comms", `POST /api/v1/messages HTTP/1.1\r\nHost: push.example.com\r\nAuthorization: Basic ${Buffer.from(`${J("AC", r.hex(32))}:${r.hex(32)}`).toString("base64")}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nTo=%2B4915112345678&Body=Pump+3+offline`, "Twilio Account SID + auth token in Basic header; slot Authorization; context raw HTTP");
add("data", chat(`psql ignores my pgpass, why? chmod is 0600.\n\n# ~/.pgpass\ndb-primary.example.com:5432:telemetry:ingest:${r.pw()}\n*:5432:*:grafana_ro:${r.an(20)}`), "Postgres passwords; slot .pgpass password field; context chat body");
add("auth", write("server.properties", `#Minecraft server properties\nenable-rcon=true\nrcon.port=25575\nrcon.password=${r.pw()}\nserver-port=25565\nmotd=Pocket SMP\nmax-players=40\n`), "Minecraft RCON password; slot rcon.password; context tool_use write_file server.properties");

export const cases: CorpusCase[] = out;
