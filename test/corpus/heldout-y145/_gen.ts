// Shared builders and context renderers for heldout-y145 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time: split prefix + SeededRng body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const AN = UP + LO + DG;
const B64U = AN + "-_";
const B64 = AN + "+/";

export class Rng extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, "0123456789abcdef"); }
  HEX(n: number) { return this.str(n, "0123456789ABCDEF"); }
  b64u(n: number) { return this.str(n, B64U); }
  b64(n: number) { return this.str(n, B64); }
  up(n: number) { return this.str(n, UP); }
  lo(n: number) { return this.str(n, LO); }
  upn(n: number) { return this.str(n, UP + DG); }
  lon(n: number) { return this.str(n, LO + DG); }
  dig(n: number) { return this.str(n, DG); }
  b32(n: number) { return this.str(n, "abcdefghijklmnopqrstuvwxyz234567"); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[this.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; }
  pw(n = 18) { return this.str(n, AN + "!#%^*-_."); }
  bytesB64(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
}

export const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
export const b64url = (s: string) => b64(s).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
export const jwt = (r: Rng, header: object, payload: object, sigLen = 43) =>
  `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${r.b64u(sigLen)}`;

// ---- PEM / key material ----
const hx = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
export function pem(label: string, der: Uint8Array) { return `-----BEGIN ${label}-----\n${wrap(Buffer.from(der).toString("base64"))}\n-----END ${label}-----\n`; }
/** PKCS#8 P-256 private key (App Store Connect / APNs .p8 shape). */
export function ecP8(r: Rng) {
  const der = Buffer.concat([hx("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420"), r.bytes(32), hx("a14403420004"), r.bytes(64)]);
  return pem("PRIVATE KEY", der);
}
export function ecSec1(r: Rng) {
  const der = Buffer.concat([hx("30770201010420"), r.bytes(32), hx("a00a06082a8648ce3d030107a14403420004"), r.bytes(64)]);
  return pem("EC " + "PRIVATE KEY", der);
}
export function rsaPkcs1(r: Rng) {
  const der = Buffer.concat([hx("308204a40201000282010100"), r.bytes(256), hx("0203010001028201"), r.bytes(900)]);
  return pem("RSA " + "PRIVATE KEY", der);
}
export function rsaPkcs8(r: Rng) {
  const der = Buffer.concat([hx("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"), r.bytes(256), hx("0203010001028201"), r.bytes(900)]);
  return pem("PRIVATE KEY", der);
}
export function openssh(r: Rng) {
  const body = Buffer.concat([Buffer.from("openssh-key-v1\0", "latin1"), hx("000000046e6f6e65000000046e6f6e650000000000000001000000330000000b7373682d65643235353139"), r.bytes(300)]);
  return `-----BEGIN OPENSSH ` + `PRIVATE KEY-----\n${wrap(body.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
/** A middle line of a PEM body: the needle for key material. */
export const pemNeedle = (p: string) => p.split("\n")[2]!;

// ---- prose (about a quarter non-English) ----
const EN = [
  "Can you figure out why the release build fails on CI? Here is the config.",
  "The TestFlight upload broke after I moved things around, please check.",
  "Please refactor this so the Android and iOS builds share the same settings.",
  "Our Unity build pipeline started failing last night, logs below.",
  "Help me wire up the backend call for the leaderboard screen.",
  "Here's what I have so far, the push notifications never arrive.",
  "Migrate this to the new SDK version and keep the behaviour the same.",
  "Why does the game server reject the request? Full dump attached.",
  "Write unit tests around this, the staging config is below.",
  "Fix the crash reporting upload step, it times out on the dSYM upload.",
  "Convert this setup to work with Gradle version catalogs.",
  "I pasted our current config, tell me what is wrong with the auth part.",
];
const INTL = [
  "¿Puedes revisar por qué falla la compilación de Android en CI? Aquí está la configuración.",
  "Kannst du dir anschauen, warum der Upload zu TestFlight fehlschlägt? Konfiguration unten.",
  "リリースビルドがCIで失敗します。設定を貼るので原因を調べてください。",
  "Pode verificar por que as notificações push não chegam? Segue a configuração.",
  "Peux-tu corriger l'envoi des rapports de crash ? Voici le fichier de config.",
  "帮我看看为什么游戏服务器拒绝这个请求，配置如下。",
  "Посмотри, пожалуйста, почему падает сборка Unity на CI, конфиг ниже.",
  "푸시 알림이 오지 않는 이유를 확인해 주세요. 설정은 아래에 있습니다.",
  "Puoi sistemare la pipeline di build per iOS? Ecco la configurazione attuale.",
  "Oyun sunucusu isteği neden reddediyor? Yapılandırma aşağıda.",
];
const CMT_EN = ["production values, do not edit by hand", "rotated after the last release", "used by the nightly build", "shared between Android and iOS", "needed for the store upload step"];
const CMT_INTL = ["valores de producción, no editar a mano", "Produktionswerte, nicht manuell ändern", "本番用の設定、手で編集しないこと", "usado pelo build noturno", "utilisé pour l'envoi vers le store", "生产环境配置，请勿手动修改", "используется ночной сборкой", "운영 환경 값, 직접 수정하지 마세요"];
/** A short comment line (about a quarter non-English). */
export function cmt(r: Rng): string {
  return r.int(4) === 0 ? r.pick(CMT_INTL) : r.pick(CMT_EN);
}
export function prose(r: Rng): string {
  if (r.int(4) === 0) return r.pick(INTL);
  return r.pick(EN);
}

// ---- renderers ----
export type Tok = { provider: string; slot: string; key: string; value: string; hdr?: string; host?: string };
export type Out = { text: string; needles: string[] };
export type Renderer = { name: string; render: (r: Rng, t: Tok) => Out };
const J = JSON.stringify;
const one = (text: string, v: string): Out => ({ text, needles: [v] });
const camelUp = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);
const hostOf = (t: Tok) => t.host ?? `api.${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;
const hdrOf = (t: Tok) => t.hdr ?? "Authorization: Bearer ";
const ts = (r: Rng) => `2026-1${r.int(2)}-${10 + r.int(18)}T${10 + r.int(13)}:${10 + r.int(49)}:${10 + r.int(49)}Z`;

export const RENDERERS: Renderer[] = [
  { name: "openai-chat-env", render: (r, t) => one(J({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a senior mobile engineer." }, { role: "user", content: `${prose(r)}\n\n\`\`\`dotenv\n# .env.production\nAPP_FLAVOR=prod\n${t.slot}=${t.value}\nLOG_LEVEL=warn\n\`\`\`` }] }), t.value) },
  { name: "anthropic-tool-use-write", render: (r, t) => one(J({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: prose(r) }, { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${r.an(22)}`, name: "write_file", input: { path: "fastlane/.env.default", content: `FASTLANE_SKIP_UPDATE_CHECK=1\n${t.slot}="${t.value}"\n` } }] }] }), t.value) },
  { name: "openai-tool-call-shell", render: (r, t) => one(J({ role: "assistant", content: null, tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "run_shell", arguments: J({ command: `export ${t.slot}='${t.value}' && ./gradlew :app:bundleRelease --stacktrace`, cwd: "/Users/dev/game-client" }) } }] }), t.value) },
  { name: "shell-export", render: (r, t) => one(`$ cd ~/projects/puzzle-quest\n$ export ${t.slot}=${t.value}\n$ bundle exec fastlane ios beta\n[${ts(r)}] Driving the lane 'ios beta' 🚀`, t.value) },
  { name: "curl-header", render: (r, t) => one(`curl -sS -X POST "https://${hostOf(t)}/v1/events" \\\n  -H "${hdrOf(t)}${t.value}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"event":"level_complete","level":${r.range(1, 80)}}'`, t.value) },
  { name: "gradle-properties", render: (_r, t) => one(`# ${cmt(_r)}\norg.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nandroid.nonTransitiveRClass=true\n${t.key}=${t.value}\n`, t.value) },
  { name: "android-local-properties", render: (_r, t) => one(`## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/dev/Library/Android/sdk\n${t.key}=${t.value}\n`, t.value) },
  { name: "build-gradle-kts", render: (_r, t) => one(`android {\n    defaultConfig {\n        applicationId = "com.studio.tilequest"\n        buildConfigField("String", "${t.slot}", "\\"${t.value}\\"")\n    }\n}\n`, t.value) },
  { name: "info-plist", render: (_r, t) => one(`<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>\n\t<key>${camelUp(t.key)}</key>\n\t<string>${t.value}</string>\n</dict>\n</plist>\n`, t.value) },
  { name: "xcconfig", render: (_r, t) => one(`// Release.xcconfig — ${cmt(_r)}\n#include "Pods/Target Support Files/Pods-Game/Pods-Game.release.xcconfig"\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n${t.slot} = ${t.value}\n`, t.value) },
  { name: "fastfile", render: (_r, t) => one(`default_platform(:ios)\n\nplatform :ios do\n  lane :beta do\n    ENV["${t.slot}"] = "${t.value}"\n    build_app(scheme: "Game")\n    upload_to_testflight(skip_waiting_for_build_processing: true)\n  end\nend\n`, t.value) },
  { name: "github-actions", render: (_r, t) => one(`# ${cmt(_r)}\nname: android-release\non: { push: { tags: ["v*"] } }\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      ${t.slot}: ${t.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./gradlew bundleRelease\n`, t.value) },
  { name: "codemagic-yaml", render: (_r, t) => one(`workflows:\n  ios-release:\n    name: iOS release\n    environment:\n      xcode: latest\n      vars:\n        ${t.slot}: "${t.value}"\n    scripts:\n      - name: Build\n        script: xcode-project build-ipa --workspace ios/Runner.xcworkspace --scheme Runner\n`, t.value) },
  { name: "bitrise-yml", render: (_r, t) => one(`format_version: "13"\napp:\n  envs:\n  - BITRISE_PROJECT_PATH: Game.xcworkspace\n  - ${t.slot}: ${t.value}\n    opts:\n      is_expand: false\nworkflows:\n  deploy:\n    steps:\n    - xcode-archive@5: {}\n`, t.value) },
  { name: "unity-csharp", render: (_r, t) => one(`using UnityEngine;\n\npublic class BackendBootstrap : MonoBehaviour\n{\n    private const string ${camelUp(t.key)} = "${t.value}";\n\n    void Awake() { Backend.Init(${camelUp(t.key)}); DontDestroyOnLoad(gameObject); }\n}\n`, t.value) },
  { name: "unity-asset-yaml", render: (r, t) => one(`%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n--- !u!114 &11400000\nMonoBehaviour:\n  m_ObjectHideFlags: 0\n  m_Script: {fileID: 11500000, guid: ${r.hex(32)}, type: 3}\n  m_Name: ServiceSettings\n  ${t.key}: ${t.value}\n  environment: production\n`, t.value) },
  { name: "unreal-ini", render: (_r, t) => one(`[/Script/GameBackend.BackendSettings]\nbEnableTelemetry=True\nEnvironment=Production\n${camelUp(t.key)}=${t.value}\n\n[OnlineSubsystem]\nDefaultPlatformService=EOS\n`, t.value) },
  { name: "godot-gdscript", render: (_r, t) => one(`extends Node\n\n# autoload: Backend.gd\nconst ${t.slot} := "${t.value}"\n\nfunc _ready() -> void:\n\t$HTTPRequest.request_completed.connect(_on_done)\n`, t.value) },
  { name: "json-config", render: (r, t) => one(J({ environment: "production", region: r.pick(["eu-west-1", "us-east-1", "ap-northeast-1"]), [t.key]: t.value, retry: { max: 3 } }, null, 2), t.value) },
  { name: "docker-compose", render: (_r, t) => one(`# ${cmt(_r)}\nservices:\n  game-api:\n    image: studio/game-api:1.9.3\n    ports: ["8080:8080"]\n    environment:\n      - NODE_ENV=production\n      - ${t.slot}=${t.value}\n`, t.value) },
  { name: "k8s-secret-b64", render: (_r, t) => { const e = b64(t.value); return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: matchmaker-secrets\n  namespace: game\ntype: Opaque\ndata:\n  ${t.slot}: ${e}\n`, needles: [e] }; } },
  { name: "kotlin", render: (_r, t) => one(`package com.studio.tilequest.net\n\nobject ApiConfig {\n    private const val ${t.slot} = "${t.value}"\n    fun headers() = mapOf("X-Client" to "android", "Authorization" to "Bearer $${t.slot}")\n}\n`, t.value) },
  { name: "swift", render: (_r, t) => one(`import Foundation\n\nenum Secrets {\n    static let ${t.key} = "${t.value}"\n}\n\nlet client = APIClient(token: Secrets.${t.key})\n`, t.value) },
  { name: "flutter-dart-define", render: (_r, t) => one(`flutter build appbundle --release --obfuscate --split-debug-info=build/symbols --dart-define=${t.slot}=${t.value} --dart-define=FLAVOR=prod`, t.value) },
  { name: "react-native-js", render: (_r, t) => one(`// src/config.ts\nexport const config = {\n  apiBase: 'https://api.tilequest.gg',\n  ${t.key}: '${t.value}',\n};\n`, t.value) },
  { name: "logcat", render: (r, t) => one(`12-07 11:${10 + r.int(49)}:03.118  4821  4870 D BackendClient: init ok env=prod\n12-07 11:${10 + r.int(49)}:03.121  4821  4870 D BackendClient: using ${t.key}=${t.value}\n12-07 11:${10 + r.int(49)}:03.402  4821  4870 I Choreographer: Skipped 31 frames!`, t.value) },
  { name: "xcodebuild-log", render: (_r, t) => one(`CompileSwift normal arm64 (in target 'Game' from project 'Game')\n    cd /Users/runner/work/game/ios\n    export ${t.slot}\\=${t.value}\n    export SDKROOT\\=/Applications/Xcode.app/Contents/Developer/Platforms/iPhoneOS.platform\n** ARCHIVE FAILED **`, t.value) },
  { name: "python-traceback-locals", render: (r, t) => one(`Traceback (most recent call last):\n  File "tools/upload_build.py", line ${r.range(20, 200)}, in <module>\n    upload(build_path)\n  File "tools/upload_build.py", line 41, in upload\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\nLocals:\n  build_path = 'build/outputs/bundle/release/app-release.aab'\n  ${t.key} = '${t.value}'\n`, t.value) },
  { name: "unified-diff", render: (r, t) => one(`diff --git a/config/prod.env b/config/prod.env\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,3 +3,4 @@ APP_NAME=TileQuest\n REGION=eu\n+${t.slot}=${t.value}\n LOG_LEVEL=info\n`, t.value) },
  { name: "markdown-chat", render: (r, t) => one(`${prose(r)}\n\nThe relevant bit:\n\n\`\`\`\n${t.slot}=${t.value}\n\`\`\`\n\nEverything else is default.`, t.value) },
  { name: "slack-webhook-post", render: (r, t) => one(J({ channel: "#build-alerts", text: `:red_circle: nightly build ${r.range(100, 999)} failed. ${t.provider} creds used: \`${t.value}\``, username: "ci-bot" }), t.value) },
  { name: "url-query", render: (r, t) => { const e = encodeURIComponent(t.value); return { text: `GET https://${hostOf(t)}/api/v2/stats?${t.key}=${e}&platform=android&build=${r.range(100, 999)} HTTP/1.1`, needles: [e] }; } },
  { name: "form-urlencoded", render: (r, t) => { const e = encodeURIComponent(t.value); return { text: `POST /oauth2/token HTTP/1.1\nHost: ${hostOf(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=${r.lon(12)}&${t.key}=${e}`, needles: [e] }; } },
  { name: "har-entry", render: (r, t) => { const [h, p] = hdrOf(t).split(": "); return one(J({ log: { version: "1.2", entries: [{ startedDateTime: ts(r), request: { method: "POST", url: `https://${hostOf(t)}/v1/submit`, headers: [{ name: h, value: `${p}${t.value}` }, { name: "User-Agent", value: "okhttp/4.12.0" }] }, response: { status: 401 } }] } }), t.value); } },
  { name: "toml", render: (_r, t) => one(`# ${cmt(_r)}\n[server]\nport = 7350\n\n[integrations.${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${t.key} = "${t.value}"\nenabled = true\n`, t.value) },
  { name: "ini", render: (_r, t) => one(`; server.ini — ${cmt(_r)}\n[general]\nname=eu-1\n\n[${t.provider}]\n${t.key}=${t.value}\ntimeout=30\n`, t.value) },
  { name: "keystore-properties", render: (_r, t) => one(`# signing / services (release): ${cmt(_r)}\nstoreFile=../keys/release.jks\nkeyAlias=upload\n${t.key}=${t.value}\n`, t.value) },
  { name: "terraform-tfvars", render: (_r, t) => one(`# ${cmt(_r)}\nproject_id   = "tilequest-prod"\nregion       = "europe-west1"\n${t.key.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase())} = "${t.value}"\n`, t.value) },
  { name: "mcp-tool-result", render: (r, t) => one(J({ jsonrpc: "2.0", id: r.range(2, 90), result: { content: [{ type: "text", text: `$ cat .env.local\nEXPO_PUBLIC_API=https://api.tilequest.gg\n${t.slot}=${t.value}\n` }], isError: false } }), t.value) },
  { name: "base64-pipe", render: (_r, t) => { const e = b64(`${t.slot}=${t.value}\n`); return { text: `echo '${e}' | base64 --decode >> ios/.env && pod install`, needles: [e] }; } },
  { name: "java-split-concat", render: (_r, t) => { const v = t.value; const a = Math.floor(v.length / 3), b = Math.floor((2 * v.length) / 3); const parts = [v.slice(0, a), v.slice(a, b), v.slice(b)]; return { text: `// obfuscated so the linter stops complaining\nprivate static final String K = "${parts[0]}"\n        + "${parts[1]}"\n        + "${parts[2]}";\n`, needles: parts }; } },
  { name: "dockerfile", render: (_r, t) => one(`# ${cmt(_r)}\nFROM node:22-alpine\nWORKDIR /srv\nCOPY . .\nENV ${t.slot}=${t.value}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`, t.value) },
  { name: "sql-insert", render: (r, t) => one(`INSERT INTO service_credentials (id, provider, secret, created_at)\nVALUES (${r.range(1, 400)}, '${t.provider}', '${t.value}', NOW());`, t.value) },
  { name: "jupyter-cell", render: (_r, t) => one(J({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os, pandas as pd\n", `os.environ["${t.slot}"] = "${t.value}"\n`, "df = load_retention_cohorts()\n"] }], nbformat: 4, nbformat_minor: 5 }), t.value) },
  { name: "gradle-cli-prop", render: (_r, t) => one(`./gradlew publishBundle --track internal -P${t.key}=${t.value} --no-daemon --console=plain`, t.value) },
  { name: "curl-verbose-dump", render: (r, t) => one(`> POST /v1/batch HTTP/2\n> Host: ${hostOf(t)}\n> user-agent: curl/8.7.1\n> ${hdrOf(t)}${t.value}\n> content-length: ${r.range(80, 900)}\n>\n< HTTP/2 403`, t.value) },
  { name: "firebase-functions-config", render: (_r, t) => one(`firebase functions:config:set ${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.${t.key.toLowerCase()}="${t.value}" --project tilequest-prod`, t.value) },
  { name: "go-code", render: (_r, t) => one(`package main\n\nimport "os"\n\nfunc main() {\n\tkey := os.Getenv("${t.slot}")\n\tif key == "" {\n\t\tkey = "${t.value}"\n\t}\n\tstartServer(key)\n}\n`, t.value) },
  { name: "ruby-podfile", render: (_r, t) => one(`# Podfile\nplatform :ios, '15.0'\nENV['${t.slot}'] ||= '${t.value}'\n\ntarget 'Game' do\n  use_frameworks!\n  pod 'Firebase/Crashlytics'\nend\n`, t.value) },
  { name: "redirect-url-encoded", render: (r, t) => { const inner = `https://${hostOf(t)}/cb?${t.key}=${t.value}&state=${r.an(10)}`; const e = encodeURIComponent(t.value); return { text: `HTTP/1.1 302 Found\nLocation: https://auth.tilequest.gg/continue?next=${encodeURIComponent(inner)}`, needles: [e] }; } },
  { name: "shell-wrapped", render: (_r, t) => { const v = t.value; const m = Math.floor(v.length / 2); return { text: `./scripts/provision.sh \\\n  --service ${t.provider.toLowerCase().replace(/\s+/g, "-")} \\\n  --secret "${v.slice(0, m)}"\\\n"${v.slice(m)}" \\\n  --env prod`, needles: [v.slice(0, m), v.slice(m)] }; } },
  { name: "yaml-helm-values", render: (_r, t) => one(`# ${cmt(_r)}\nreplicaCount: 3\nimage:\n  repository: ghcr.io/studio/nakama-custom\nsecrets:\n  ${t.key}: "${t.value}"\nresources:\n  limits: { cpu: "2", memory: 2Gi }\n`, t.value) },
  { name: "csharp-appsettings-code", render: (_r, t) => one(`var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("backend", c => {\n    c.DefaultRequestHeaders.Add("${hdrOf(t).split(": ")[0]}", "${hdrOf(t).split(": ")[1] ?? ""}${t.value}");\n});\n`, t.value) },
  { name: "json-escaped-in-string", render: (r, t) => one(J({ tool: "send_message", arguments: J({ to: "#mobile-team", body: J({ [t.key]: t.value, note: prose(r) }) }) }), t.value) },
];

export type Spec = { p: string; cat: string; slot: string; key: string; gen: (r: Rng) => string; hdr?: string; host?: string };

export function mk(id: string, category: string, label: "positive" | "benign", text: string, needles: string[], note: string): CorpusCase {
  for (const n of needles) if (!text.includes(n)) throw new Error(`${id}: needle missing from text: ${n.slice(0, 24)}`);
  return { id, kind: "secrets", category, label, text, note };
}

/** Rotates specs through the renderers: `per` cases a spec, renderer index advances globally. */
export function rotate(r: Rng, specs: Spec[], per: number, idp: string, catPrefix: string, startRenderer: number, label: "positive" | "benign" = "positive", pool: Renderer[] = RENDERERS): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = startRenderer;
  let n = 1;
  for (let round = 0; round < per; round++) {
    for (const s of specs) {
      const rend = pool[k % pool.length]!;
      k += 1;
      const value = s.gen(r);
      const t: Tok = { provider: s.p, slot: s.slot, key: s.key, value, ...(s.hdr ? { hdr: s.hdr } : {}), ...(s.host ? { host: s.host } : {}) };
      const o = rend.render(r, t);
      const id = `${idp}-${String(n++).padStart(3, "0")}`;
      out.push(mk(id, label === "positive" ? `${catPrefix}-sec-${s.cat}` : `${catPrefix}-benign`, label, o.text, o.needles, `${s.p} · ${s.slot} · ${rend.name}`));
    }
  }
  return out;
}
