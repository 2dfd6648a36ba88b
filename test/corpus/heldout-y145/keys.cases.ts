// Handcrafted positives: key material, credential files, hard carriers. Seed 145003.
import { Rng, mk, b64, b64url, jwt, ecP8, ecSec1, rsaPkcs1, rsaPkcs8, openssh, pemNeedle, prose } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(145003);
const C = (c: string) => `heldouty145-sec-${c}`;
const J = JSON.stringify;
const out: CorpusCase[] = [];
let n = 1;
const add = (cat: string, text: string, needles: string[], note: string) => out.push(mk(`y145-k-${String(n++).padStart(3, "0")}`, C(cat), "positive", text, needles, note));

const saJson = (project: string, email: string) => {
  const key = rsaPkcs8(r);
  const obj = { type: "service_account", project_id: project, private_key_id: r.hex(40), private_key: key, client_email: `${email}@${project}.iam.gserviceaccount.com`, client_id: r.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  return { key, json: J(obj, null, 2) };
};
const ghp = () => "gh" + "p_" + r.an(36);
const keyId = () => r.upn(10);

// 1 Firebase Admin SA JSON written by a tool_use call
{ const { key, json } = saJson("tilequest-prod", "firebase-adminsdk-" + r.lon(5));
  add("keys", J({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: prose(r) }, { role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + r.an(22), name: "write_file", input: { path: "functions/serviceAccount.json", content: json } }] }] }), [pemNeedle(key)], "Firebase Admin service-account JSON (PKCS#8) · tool_use write_file"); }
// 2 Play Console SA JSON via fastlane supply json_key_data
{ const { key, json } = saJson("pc-api-" + r.dig(19), "fastlane-supply");
  add("keys", `lane :deploy_internal do\n  upload_to_play_store(\n    track: "internal",\n    json_key_data: <<~JSON\n${json}\n    JSON\n  )\nend\n`, [pemNeedle(key)], "Play Console service account · Fastfile heredoc"); }
// 3 App Store Connect .p8 via MCP tool result
{ const p8 = ecP8(r); const kid = keyId();
  add("keys", J({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `$ cat ~/.appstoreconnect/private_keys/AuthKey_${kid}.p8\n${p8}` }] } }), [pemNeedle(p8)], "App Store Connect API .p8 · MCP tool result"); }
// 4 fastlane api_key.json (escaped newlines)
{ const p8 = ecP8(r);
  const text = J({ key_id: keyId(), issuer_id: r.uuid(), key: p8, duration: 1200, in_house: false }, null, 2);
  add("keys", text, [pemNeedle(p8)], "App Store Connect .p8 · fastlane api_key.json (JSON-escaped)"); }
// 5 APNs auth key in a Node server template literal
{ const p8 = ecP8(r);
  add("keys", `const apn = require("@parse/node-apn");\nconst provider = new apn.Provider({\n  token: {\n    key: \`${p8}\`,\n    keyId: "${keyId()}",\n    teamId: "${r.upn(10)}",\n  },\n  production: true,\n});\n`, [pemNeedle(p8)], "APNs .p8 · Node provider code"); }
// 6 RSA PEM for game-server JWT signing pasted in chat
{ const k = rsaPkcs1(r);
  add("keys", J({ model: "gpt-4.1", messages: [{ role: "user", content: `${prose(r)}\n\nThis is the key the matchmaker signs session tickets with:\n\n${k}` }] }), [pemNeedle(k)], "RSA PKCS#1 · OpenAI chat body"); }
// 7 EC SEC1 key added in a diff
{ const k = ecSec1(r);
  add("keys", `diff --git a/server/keys/ticket_signing.pem b/server/keys/ticket_signing.pem\nnew file mode 100644\n--- /dev/null\n+++ b/server/keys/ticket_signing.pem\n@@ -0,0 +1,5 @@\n${k.trimEnd().split("\n").map((l) => "+" + l).join("\n")}\n`, [pemNeedle(k)], "EC SEC1 · unified diff"); }
// 8 OpenSSH deploy key via heredoc for a Mac build agent
{ const k = openssh(r);
  add("keys", `ssh mac-mini-07 'mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519_match <<EOF\n${k}EOF\nchmod 600 ~/.ssh/id_ed25519_match'`, [pemNeedle(k)], "OpenSSH private key · remote heredoc"); }
// 9 JWK private (EC) for Game Center / Sign in with Apple verification service
{ const d2 = r.b64u(43);
  add("keys", J({ keys: [{ kty: "EC", crv: "P-256", kid: keyId(), use: "sig", x: r.b64u(43), y: r.b64u(43), d: d2 }] }, null, 2), [d2], "JWK private EC key (d) · jwks.json"); }
// 10 Android keystore as base64 + passwords in gh secret set
{ const jks = Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]), r.bytes(1800)]).toString("base64"); const sp = r.pw(16), kp = r.pw(16);
  add("keys", `gh secret set ANDROID_KEYSTORE_BASE64 --body "${jks}"\ngh secret set ANDROID_KEYSTORE_PASSWORD --body '${sp}'\ngh secret set ANDROID_KEY_PASSWORD --body '${kp}'\ngh secret set ANDROID_KEY_ALIAS --body upload`, [jks.slice(200, 260), sp, kp], "Android upload keystore (base64 JKS) + passwords · gh secret set"); }
// 11 keystore.properties
{ const sp = r.pw(14), kp = r.pw(14);
  add("keys", `storePassword=${sp}\nkeyPassword=${kp}\nkeyAlias=upload\nstoreFile=/Users/dev/keys/tilequest-upload.jks\n`, [sp, kp], "Android keystore.properties"); }
// 12 signingConfigs inline passwords (build.gradle)
{ const sp = r.pw(16);
  add("keys", `android {\n    signingConfigs {\n        release {\n            storeFile file("release.keystore")\n            storePassword "${sp}"\n            keyAlias "tilequest"\n            keyPassword "${sp}"\n        }\n    }\n}\n`, [sp], "Gradle signingConfigs inline passwords"); }
// 13 iOS distribution p12 base64 + password (codemagic env)
{ const p12 = Buffer.concat([Buffer.from([0x30, 0x82, 0x0c, 0x61, 0x02, 0x01, 0x03]), r.bytes(1500)]).toString("base64"); const pw = r.pw(12);
  add("keys", `environment:\n  vars:\n    CERTIFICATE_P12_BASE64: ${p12}\n    CERTIFICATE_PASSWORD: "${pw}"\n    BUNDLE_ID: com.studio.tilequest\n`, [p12.slice(100, 160), pw], "iOS distribution .p12 (base64) + password · codemagic.yaml"); }
// 14 PGP private key for Maven Central signing in ORG_GRADLE_PROJECT_signingInMemoryKey
{ const body = Buffer.concat([Buffer.from([0x95, 0x07, 0xc6, 0x04]), r.bytes(1100)]).toString("base64").match(/.{1,64}/g)!.join("\n");
  const block = "-----BEGIN PGP " + "PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + r.b64(4) + "\n-----END PGP PRIVATE KEY BLOCK-----";
  const pass = r.pw(20);
  add("keys", `export ORG_GRADLE_PROJECT_signingInMemoryKey="${block.replace(/\n/g, "\\n")}"\nexport ORG_GRADLE_PROJECT_signingInMemoryKeyPassword='${pass}'\n./gradlew publishAndReleaseToMavenCentral`, [body.split("\n")[3]!, pass], "PGP private key (escaped) + passphrase · shell export"); }
// 15 age secret key for SOPS on the game servers
{ const k = "AGE-" + "SECRET-KEY-1" + r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");
  add("keys", `# created: 2026-11-30T09:12:44Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${k}\n`, [k], "age identity file · keys.txt"); }
// 16 PuTTY PPK on Windows build agent
{ const priv = r.b64(44) + "\n" + r.b64(44); const mac = r.hex(64);
  add("keys", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: unreal-build-agent\nPublic-Lines: 2\n${r.b64(64)}\n${r.b64(4)}\nPrivate-Lines: 1\n${priv}\nPrivate-MAC: ${mac}\n`, [priv], "PuTTY PPK private key"); }
// 17 Godot export_presets.cfg with release keystore password
{ const pw = r.pw(16);
  add("keys", `[preset.0]\nname="Android"\nplatform="Android"\nrunnable=true\nexport_path="build/tilequest.aab"\n\n[preset.0.options]\nkeystore/release="/home/dev/keys/release.keystore"\nkeystore/release_user="tilequest"\nkeystore/release_password="${pw}"\npackage/unique_name="com.studio.tilequest"\n`, [pw], "Godot export_presets.cfg keystore password"); }
// 18 Unreal DefaultEngine.ini Android signing
{ const pw = r.pw(16);
  add("keys", `[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]\nPackageName=com.studio.skyforge\nKeyStore=skyforge-release.keystore\nKeyAlias=skyforge\nKeyStorePassword=${pw}\nKeyPassword=${pw}\n`, [pw], "Unreal DefaultEngine.ini keystore password"); }
// 19 Play Integrity decryption key
{ const k = r.bytesB64(32);
  add("keys", `# server/.env\nPLAY_INTEGRITY_DECRYPTION_KEY=${k}\nPLAY_INTEGRITY_VERIFICATION_KEY=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.b64(52)}==\n`, [k], "Play Integrity AES decryption key · .env"); }
// 20 Firebase SA as base64 in env (App Distribution)
{ const { json } = saJson("tilequest-dist", "app-distribution"); const e = b64(json);
  add("keys", `- name: Distribute\n  env:\n    FIREBASE_SERVICE_ACCOUNT_BASE64: ${e}\n  run: echo "$FIREBASE_SERVICE_ACCOUNT_BASE64" | base64 -d > sa.json && firebase appdistribution:distribute app.apk`, [e.slice(400, 480)], "GCP SA JSON base64 · GitHub Actions step"); }
// 21 Apple Wallet pass signing key + cert password (JSON config)
{ const k = rsaPkcs8(r); const pw = r.pw(12);
  add("keys", J({ passTypeIdentifier: "pass.com.studio.tilequest.season", teamIdentifier: r.upn(10), signerKey: k, signerKeyPassphrase: pw }), [pemNeedle(k), pw], "Wallet pass signer key (PEM in JSON) + passphrase"); }
// 22 Sign in with Apple .p8 in a Supabase auth config PATCH (double-escaped)
{ const p8 = ecP8(r);
  add("keys", J({ role: "assistant", tool_calls: [{ id: "call_" + r.an(24), type: "function", function: { name: "http_request", arguments: J({ method: "PATCH", url: "https://api.supabase.com/v1/projects/abcd/config/auth", body: { external_apple_enabled: true, external_apple_secret_p8: p8 } }) } }] }), [pemNeedle(p8)], "Apple .p8 · tool call arguments (double-escaped)"); }

// ---- credential files (provider categories) ----
{ const t = "np" + "m_" + r.an(36);
  add("devtools", `$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=${t}\n@studio:registry=https://npm.pkg.github.com\nalways-auth=true\n`, [t], ".npmrc _authToken"); }
{ const t = "sk" + "." + b64url(J({ u: "tilequest", a: r.lon(25) })) + "." + r.b64u(22);
  add("saas", `machine api.mapbox.com\n  login mapbox\n  password ${t}\n`, [t], "~/.netrc Mapbox downloads token (iOS SDK)"); }
{ const pw = r.an(24);
  add("data", `# ~/.pgpass\ndb-prod.tilequest.internal:5432:players:game_svc:${pw}\nlocalhost:5432:*:postgres:postgres\n`, [pw], ".pgpass"); }
{ const tok = jwt(r, { alg: "RS256", kid: r.b64u(43) }, { iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "game", sub: "system:serviceaccount:game:deployer" }, 342);
  add("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://34.${r.range(10, 250)}.${r.range(1, 250)}.9\n    certificate-authority-data: ${r.b64(120)}\n  name: agones-prod\ncontexts:\n- context: { cluster: agones-prod, user: deployer }\n  name: agones-prod\ncurrent-context: agones-prod\nusers:\n- name: deployer\n  user:\n    token: ${tok}\n`, [tok], "kubeconfig bearer token (Agones game-server cluster)"); }
{ const t = "dckr" + "_pat_" + r.b64u(27); const a = b64(`studioci:${t}`);
  add("devtools", J({ auths: { "https://index.docker.io/v1/": { auth: a } } }, null, 2), [a], "docker config.json auth (base64 user:PAT)"); }
{ const id = "AK" + "IA" + r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); const sec = r.b64(40).replace(/\+/g, "/");
  add("cloud", `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${sec}\nregion = eu-west-1\n\n[addressables-cdn]\nrole_arn = arn:aws:iam::${r.dig(12)}:role/cdn-upload\nsource_profile = default\n`, [id, sec], "~/.aws/credentials (Unity Addressables upload)"); }
{ const t = ghp();
  add("devtools", `gpr.user=studio-ci\ngpr.key=${t}\n`, [t], "~/.gradle/gradle.properties GitHub Packages"); }
{ const t = ghp();
  add("devtools", `# Podfile\nsource 'https://studio-ci:${t}@github.com/studio/ios-specs.git'\nsource 'https://cdn.cocoapods.org/'\n`, [t], "Podfile private spec repo with token in URL"); }
{ const t = ghp();
  add("devtools", `$ cat ~/.git-credentials\nhttps://studio-ci:${t}@github.com\n`, [t], "~/.git-credentials (fastlane match repo)"); }
{ const m = b64(`match:${ghp()}`);
  add("devtools", `export MATCH_GIT_BASIC_AUTHORIZATION=${m}\nbundle exec fastlane match appstore --readonly`, [m], "fastlane MATCH_GIT_BASIC_AUTHORIZATION (base64 user:token)"); }
{ const pw = r.pw(14);
  add("devtools", `# ~/.p4enviro / .p4config\nP4PORT=ssl:perforce.studio.internal:1666\nP4USER=build-agent\nP4PASSWD=${pw}\nP4CLIENT=skyforge-ue5-main\n`, [pw], "Perforce .p4config P4PASSWD (Unreal)"); }
// ---- hard carriers ----
{ const t = "AAAA" + r.b64u(7) + ":" + "APA91b" + r.b64u(134); const m = Math.floor(t.length / 2);
  add("comms", `2026-12-06T21:14:09.118Z WARN push-worker sending with key=${t.slice(0, m)}\n2026-12-06T21:14:09.118Z WARN push-worker ...(continued) ${t.slice(m)}\n`, [t.slice(0, m), t.slice(m)], "FCM server key split across two log lines"); }
{ const t = "sk" + "_live_" + r.an(99); const env = `STRIPE_SECRET_KEY=${t}\nREVENUECAT_WEBHOOK_AUTH=${r.an(32)}\n`; const e = b64(env);
  add("payment", J({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `${prose(r)} (base64 of our .env attached)\n${e}` }] }), [e], "Stripe key inside base64 .env in chat"); }
{ const t = "gh" + "p_" + r.an(36); const e = encodeURIComponent(`https://x-access-token:${t}@github.com/studio/certificates.git`);
  add("devtools", `POST /api/pipelines HTTP/1.1\nHost: ci.tilequest.gg\nContent-Type: application/x-www-form-urlencoded\n\nname=match-sync&git_url=${e}&branch=main`, [e], "GitHub token in URL-encoded form field"); }
{ const t = "sk-" + "ant-" + "api03-" + r.b64u(93) + "AA";
  const inner = J({ env: { ANTHROPIC_API_KEY: t }, cmd: "npm run npc-dialogue" });
  add("ai", J({ tool: "remote_exec", payload: J({ config: inner }) }), [t], "Anthropic key triple-escaped JSON"); }
{ const t = "xo" + "xb-" + r.dig(12) + "-" + r.dig(13) + "-" + r.an(24);
  add("comms", `fastlane/Fastfile:\n  slack(slack_url: ENV["SLACK_URL"], api_token: "${t.slice(0, 20)}" \\\n    "${t.slice(20)}")\n`, [t.slice(0, 20), t.slice(20)], "Slack bot token split Ruby string continuation"); }

export const cases: CorpusCase[] = out;
