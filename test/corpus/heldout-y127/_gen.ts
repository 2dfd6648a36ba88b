// Shared builders and context renderers for heldout-y127 (mobile, game and IoT developers).
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from a split prefix and a body drawn from a seeded mulberry32 stream (one seed per file).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const LOWALNUM = LO + DIG;
export const UPALNUM = UP + DIG;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Joins split pieces, so no prefix and body ever sit together in the source. */
export const J = (...parts: string[]): string => parts.join("");

export class Rng extends SeededRng {
  an(n: number): string {
    return this.str(n, ALNUM);
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  hexu(n: number): string {
    return this.str(n, HEXU);
  }
  lo(n: number): string {
    return this.str(n, LOWALNUM);
  }
  up(n: number): string {
    return this.str(n, UPALNUM);
  }
  dig(n: number): string {
    return this.str(n, DIG);
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
  b64u(n: number): string {
    return this.str(n, B64URL);
  }
  b32(n: number): string {
    return this.str(n, B32);
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** Standard base64 of n random bytes (with padding). */
  b64bytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  hexbytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("hex");
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** An HS256-style JWT with the given claims and a random signature. */
  jwt(claims: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const sig = alg.startsWith("HS") ? this.b64u(43) : alg.startsWith("ES") || alg === "EdDSA" ? this.b64u(86) : this.b64u(342);
    return [enc({ alg, typ: "JWT" }), enc(claims), sig].join(".");
  }
  /** a human-made password */
  pw(): string {
    return J(this.pick(["Tundra", "Pixel", "Copper", "Falcon", "Mango", "Nebula", "Harbor", "Quartz", "Otter", "Saffron"]), this.dig(2), this.pick(["!", "#", "@", "%", "*", "-"]), this.an(this.range(8, 12)));
  }
  ts(): number {
    return 1735689600 + this.int(20_000_000);
  }
  iso(): string {
    return new Date(this.ts() * 1000).toISOString();
  }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export type Pair = [string, string];

export interface Spec {
  /** provider / credential type, for the note */
  p: string;
  g: Group;
  /** slot name(s) and value(s); the main value is the last pair unless `main` says otherwise */
  kv: (r: Rng) => Pair[];
  /** header line template using the main value as {v}; header renderers need it */
  hdr?: string;
  main?: number;
}

/** single-slot spec */
export const one = (p: string, g: Group, name: string, f: (r: Rng) => string, hdr?: string): Spec =>
  hdr === undefined ? { p, g, kv: (r) => [[name, f(r)]] } : { p, g, kv: (r) => [[name, f(r)]], hdr };

export const BEARER = "Authorization: Bearer {v}";

// ---------- name transforms ----------
const words = (n: string) => n.split(/[_\-. ]+/).filter(Boolean).map((w) => w.toLowerCase());
export const snake = (n: string) => words(n).join("_");
export const kebab = (n: string) => words(n).join("-");
export const dotted = (n: string) => words(n).join(".");
export const camel = (n: string) => words(n).map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
export const pascal = (n: string) => words(n).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
export const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
export const enc = (s: string) => encodeURIComponent(s);
export const dq = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

// ---------- prose (about a quarter in other languages) ----------
const EN = [
  "The release build crashes on launch, here is my {f}. What am I missing?",
  "Can you wire this into the build? Current {f} below.",
  "Why does the device fail to connect to the backend? My {f}:",
  "Please convert this {f} to the new format, keep the values.",
  "Review this {f} before I push it to the team repo.",
  "The upload step keeps failing with 401, {f} attached.",
  "Add a staging flavor based on this {f}.",
  "Help me debug this, the SDK says unauthorized. {f} follows.",
  "Our QA build can't reach the server since yesterday. Here's the {f}.",
  "Can you explain what each entry in this {f} does?",
  "Port this {f} to the new project layout please.",
  "Something is off with the config, can you spot it? {f}:",
];
const OTHER = [
  "La build de release falla al arrancar, aquí está mi {f}. ¿Qué falta?",
  "Kannst du mir helfen, diese {f} aufzuräumen? Der Upload schlägt mit 401 fehl.",
  "Pourquoi l'appareil n'arrive pas à se connecter ? Voici mon {f} :",
  "Pode converter este {f} para o formato novo? Mantenha os valores.",
  "この{f}でビルドが失敗します。原因を教えてください。",
  "帮我看看这个{f}，为什么推送一直失败？",
  "Почему сборка падает на CI? Вот мой {f}:",
  "이 {f} 설정으로 기기가 서버에 연결되지 않아요. 확인해 주세요.",
  "Puoi rivedere questo {f} prima del push?",
  "Dlaczego upload do sklepu kończy się błędem? Oto {f}:",
  "Bu {f} ile derleme başarısız oluyor, neden?",
  "Giúp mình sửa file {f} này, thiết bị không kết nối được.",
  "Kun je deze {f} omzetten naar de nieuwe structuur?",
  "Tolong cek {f} ini, build di CI selalu gagal.",
];
export function prose(r: Rng, f: string): string {
  const t = r.int(4) === 0 ? r.pick(OTHER) : r.pick(EN);
  return t.replace("{f}", f);
}
const HAND_EN = [
  "here's the {n} for the staging build:",
  "use this {n}, the old one was revoked:",
  "new {n} for the device fleet, don't lose it:",
  "for the playtest server, {n} is",
];
const HAND_OTHER = [
  "aquí tienes el {n} para staging:",
  "hier ist der {n} für den Testserver:",
  "voici le {n} pour la build de test :",
  "segue o {n} do ambiente de homologação:",
  "ステージング用の{n}はこちら:",
  "测试环境的{n}：",
];
export function handover(r: Rng, n: string): string {
  const t = r.int(4) === 0 ? r.pick(HAND_OTHER) : r.pick(HAND_EN);
  return t.replace("{n}", n);
}

// ---------- renderer context ----------
export interface Ctx {
  s: Spec;
  pairs: Pair[];
  main: string;
  mainName: string;
  r: Rng;
  pos: boolean;
}
export interface Renderer {
  id: string;
  need?: "hdr" | "single";
  /** the context itself calls the slot a secret (k8s Secret, secrets.h, ...): never used for benign specs */
  secretish?: boolean;
  fn: (c: Ctx) => string;
}

const hdrLine = (c: Ctx) => (c.s.hdr ?? "X-Trace: {v}").replace("{v}", c.main);
const j = (o: unknown) => JSON.stringify(o);
const jp = (o: unknown) => JSON.stringify(o, null, 2);
const fence = (lang: string, body: string) => "```" + lang + "\n" + body + "\n```";
const openai = (c: Ctx, content: string, model?: string) =>
  j({
    model: model ?? c.r.pick(["gpt-4o", "gpt-4.1", "gpt-4o-mini", "o3-mini"]),
    messages: [
      { role: "system", content: c.r.pick(["You are a senior mobile engineer.", "You are a helpful coding assistant.", "You help embedded and game developers."]) },
      { role: "user", content },
    ],
    temperature: 0.2,
  });
const anthropic = (c: Ctx, content: string) =>
  j({
    model: c.r.pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"]),
    max_tokens: c.r.pick([1024, 2048, 4096]),
    messages: [{ role: "user", content }],
  });
const toolUse = (c: Ctx, path: string, content: string, ask: string) =>
  j({
    model: "claude-sonnet-4-5",
    max_tokens: 4096,
    messages: [
      { role: "user", content: ask },
      {
        role: "assistant",
        content: [
          { type: "text", text: `I'll create ${path}.` },
          { type: "tool_use", id: J("toolu_01", c.r.an(22)), name: "write_file", input: { path, content } },
        ],
      },
      { role: "user", content: [{ type: "tool_result", tool_use_id: J("toolu_01", c.r.an(22)), content: "ok" }] },
    ],
  });
const toolCall = (c: Ctx, command: string, ask: string) =>
  j({
    model: "gpt-4.1",
    messages: [
      { role: "user", content: ask },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: J("call_", c.r.an(24)), type: "function", function: { name: "run_shell", arguments: j({ command, timeout: 600 }) } }],
      },
    ],
    tools: [{ type: "function", function: { name: "run_shell", parameters: { type: "object", properties: { command: { type: "string" } } } } }],
  });
const mcpResult = (c: Ctx, text: string) =>
  j({ jsonrpc: "2.0", id: c.r.range(2, 90), result: { content: [{ type: "text", text }], isError: false } });

const envBlock = (c: Ctx, filler: string[]) => {
  const lines = [...filler];
  for (const [k, v] of c.pairs) lines.splice(c.r.range(1, lines.length), 0, /[\s;#"'$]/.test(v) ? `${k}="${dq(v)}"` : `${k}=${v}`);
  return lines.join("\n");
};
const obj = (c: Ctx, f: (n: string) => string) => Object.fromEntries(c.pairs.map(([k, v]) => [f(k), v]));

export const RENDERERS: Renderer[] = [
  {
    id: "openai-chat-dotenv",
    fn: (c) => openai(c, `${prose(c.r, ".env")}\n\n${fence("", envBlock(c, ["APP_ENV=production", "API_BASE_URL=https://api.example.com", "LOG_LEVEL=info", "FEATURE_OFFLINE_SYNC=true"]))}`),
  },
  {
    id: "anthropic-gradle-properties",
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "gradle.properties")}\n\norg.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nandroid.nonTransitiveRClass=true\n${c.pairs.map(([k, v]) => `${camel(k)}=${v}`).join("\n")}\nkotlin.code.style=official`,
      ),
  },
  {
    id: "anthropic-tool-use-write-local-properties",
    fn: (c) =>
      toolUse(
        c,
        "local.properties",
        `sdk.dir=/Users/dev/Library/Android/sdk\n${c.pairs.map(([k, v]) => `${dotted(k)}=${v}`).join("\n")}\n`,
        "Set up local.properties for the release build with the values from my notes.",
      ),
  },
  {
    id: "openai-tool-calls-shell-export",
    fn: (c) =>
      toolCall(
        c,
        `${c.pairs.map(([k, v]) => `export ${k}='${v}'`).join(" && ")} && ./gradlew :app:bundleRelease --stacktrace`,
        "Build the release bundle.",
      ),
  },
  {
    id: "mcp-result-config-json",
    fn: (c) => mcpResult(c, jp({ environment: "production", region: c.r.pick(["eu-west-1", "us-east-1", "ap-northeast-1"]), services: obj(c, camel), retry: { max: 3, backoffMs: 500 } })),
  },
  {
    id: "curl-header",
    need: "hdr",
    fn: (c) =>
      `curl -sS -X POST 'https://api.example.com/v2/${c.r.pick(["devices", "builds", "events", "players", "notifications"])}' \\\n  -H '${hdrLine(c)}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"platform":"${c.r.pick(["ios", "android"])}","version":"3.${c.r.range(0, 20)}.${c.r.range(0, 9)}"}'`,
  },
  {
    id: "raw-http-request",
    need: "hdr",
    fn: (c) =>
      `POST /v1/${c.r.pick(["push/send", "devices/register", "sessions", "telemetry/batch"])} HTTP/1.1\r\nHost: api.example.net\r\nUser-Agent: ${c.r.pick(["okhttp/4.12.0", "CFNetwork/1494.0.7 Darwin/23.4.0", "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0)", "ESP32HTTPClient"])}\r\n${hdrLine(c)}\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n{"ids":["${c.r.hex(16)}"],"priority":"high"}`,
  },
  {
    id: "url-query",
    need: "single",
    fn: (c) =>
      `GET https://api.example.com/v1/${c.r.pick(["stats", "leaderboard", "forecast", "devices/list"])}?device_id=${c.r.hex(12)}&${snake(c.mainName)}=${enc(c.main)}&format=json HTTP/1.1\nHost: api.example.com\nAccept: application/json`,
  },
  {
    id: "form-urlencoded",
    fn: (c) => {
      const lead = c.pos ? [["grant_type", "client_credentials"]] : [["build", String(c.r.range(100, 9999))]];
      const body = [...lead, ...c.pairs.map(([k, v]) => [snake(k), v])].map(([k, v]) => `${k}=${enc(v!)}`).join("&");
      return `POST ${c.pos ? "/oauth/token" : "/api/builds"} HTTP/1.1\nHost: auth.example.com\nContent-Type: application/x-www-form-urlencoded\nContent-Length: ${body.length}\n\n${body}`;
    },
  },
  {
    id: "multipart-upload",
    fn: (c) => {
      const b = J("----WebKitFormBoundary", c.r.an(16));
      const parts = c.pairs.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${snake(k)}"\r\n\r\n${v}\r\n`).join("");
      return `POST /api/upload HTTP/1.1\r\nHost: distribute.example.com\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n${parts}--${b}\r\nContent-Disposition: form-data; name="file"; filename="app-release.${c.r.pick(["apk", "ipa", "aab"])}"\r\nContent-Type: application/octet-stream\r\n\r\n<binary>\r\n--${b}--\r\n`;
    },
  },
  {
    id: "info-plist-chat",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "Info.plist")}\n\n${fence("xml", `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>2.${c.r.range(0, 30)}.0</string>\n${c.pairs.map(([k, v]) => `\t<key>${pascal(k)}</key>\n\t<string>${xml(v)}</string>`).join("\n")}\n\t<key>UIBackgroundModes</key>\n\t<array><string>remote-notification</string></array>\n</dict>\n</plist>`)}`,
      ),
  },
  {
    id: "google-services-style-json",
    fn: (c) => {
      const num = c.r.dig(12);
      return anthropic(
        c,
        `${prose(c.r, "app-services.json")}\n\n${fence(
          "json",
          jp({
            project_info: { project_number: num, project_id: `pocket-${c.r.lo(6)}`, storage_bucket: `pocket-${c.r.lo(6)}.example.com` },
            client: [{ client_info: { mobilesdk_app_id: `1:${num}:android:${c.r.hex(16)}`, android_client_info: { package_name: "com.example.pocket" } } }],
            backend: obj(c, snake),
            configuration_version: "1",
          }),
        )}`,
      );
    },
  },
  {
    id: "unity-scriptableobject-asset",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "BackendSettings.asset")}\n\n%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n--- !u!114 &11400000\nMonoBehaviour:\n  m_ObjectHideFlags: 0\n  m_CorrespondingSourceObject: {fileID: 0}\n  m_GameObject: {fileID: 0}\n  m_Enabled: 1\n  m_Script: {fileID: 11500000, guid: ${c.r.hex(32)}, type: 3}\n  m_Name: BackendSettings\n  m_EditorClassIdentifier: \n  environment: production\n${c.pairs.map(([k, v]) => `  ${camel(k)}: ${v}`).join("\n")}\n  timeoutSeconds: 15`,
      ),
  },
  {
    id: "unreal-defaultengine-ini",
    fn: (c) =>
      mcpResult(
        c,
        `[/Script/Engine.GameEngine]\n+NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="OnlineSubsystemUtils.IpNetDriver")\n\n[/Script/${c.r.pick(["BackendServices", "GameLiftPlugin", "OnlineSubsystemCustom"])}.Settings]\n${c.pairs.map(([k, v]) => `${pascal(k)}=${v}`).join("\n")}\nbEnabled=True\n\n[OnlineSubsystem]\nDefaultPlatformService=Null`,
      ),
  },
  {
    id: "platformio-ini",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "platformio.ini")}\n\n${fence("ini", `[env:${c.r.pick(["esp32dev", "esp32-s3-devkitc-1", "nodemcuv2", "pico32"])}]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nmonitor_speed = 115200\nlib_deps =\n    knolleary/PubSubClient@^2.8\n    bblanchon/ArduinoJson@^7.0.4\nbuild_flags =\n    -DCORE_DEBUG_LEVEL=3\n${c.pairs.map(([k, v]) => `    -D${k}=\\"${v}\\"`).join("\n")}`)}`,
      ),
  },
  {
    id: "arduino-sketch",
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "sketch (.ino)")}\n\n#include <WiFi.h>\n#include <HTTPClient.h>\n\nconst char* ssid = "Workshop-2G";\n${c.pairs.map(([k, v]) => `const char* ${camel(k)} = "${dq(v)}";`).join("\n")}\n\nvoid setup() {\n  Serial.begin(115200);\n  WiFi.begin(ssid, wifiPass);\n  while (WiFi.status() != WL_CONNECTED) delay(250);\n}\n\nvoid loop() {\n  // post sensor reading every 30 s\n  delay(30000);\n}`,
      ),
  },
  {
    id: "tool-use-write-c-header",
    secretish: true,
    fn: (c) =>
      toolUse(
        c,
        "firmware/include/secrets.h",
        `#pragma once\n// generated for the bench units, keep out of git\n#define FW_VERSION "1.${c.r.range(0, 9)}.${c.r.range(0, 20)}"\n${c.pairs.map(([k, v]) => `#define ${k} "${dq(v)}"`).join("\n")}\n`,
        "Create the secrets header for the firmware with these values.",
      ),
  },
  {
    id: "kotlin-object",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "ApiConfig.kt")}\n\n${fence("kotlin", `package com.example.pocket.net\n\nobject ApiConfig {\n    const val BASE_URL = "https://api.example.com/"\n${c.pairs.map(([k, v]) => `    const val ${k} = "${dq(v)}"`).join("\n")}\n    const val TIMEOUT_SECONDS = 20L\n}`)}`,
      ),
  },
  {
    id: "swift-enum",
    secretish: true,
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "Secrets.swift")}\n\n${fence("swift", `import Foundation\n\nenum Secrets {\n${c.pairs.map(([k, v]) => `    static let ${camel(k)} = "${dq(v)}"`).join("\n")}\n    static let apiHost = URL(string: "https://api.example.com")!\n}`)}`,
      ),
  },
  {
    id: "unity-csharp-monobehaviour",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "BackendClient.cs")}\n\n${fence("csharp", `using UnityEngine;\nusing UnityEngine.Networking;\n\npublic class BackendClient : MonoBehaviour\n{\n${c.pairs.map(([k, v]) => `    [SerializeField] private string ${camel(k)} = "${dq(v)}";`).join("\n")}\n    [SerializeField] private float timeout = 10f;\n\n    private void Start() { StartCoroutine(Login()); }\n}`)}`,
      ),
  },
  {
    id: "unreal-cpp",
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "BackendSubsystem.cpp")}\n\n${fence("cpp", `#include "BackendSubsystem.h"\n#include "HttpModule.h"\n\nnamespace\n{\n${c.pairs.map(([k, v]) => `    static const FString ${pascal(k)} = TEXT("${dq(v)}");`).join("\n")}\n}\n\nvoid UBackendSubsystem::Initialize(FSubsystemCollectionBase& Collection)\n{\n    Super::Initialize(Collection);\n}`)}`,
      ),
  },
  {
    id: "flutter-dart",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "lib/env.dart")}\n\n${fence("dart", `class Env {\n${c.pairs.map(([k, v]) => `  static const ${camel(k)} = String.fromEnvironment('${k}', defaultValue: '${v.replace(/'/g, "\\'")}');`).join("\n")}\n  static const apiBase = 'https://api.example.com';\n}`)}`,
      ),
  },
  {
    id: "lua-config",
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "config.lua")}\n\n${fence("lua", `-- backend settings (Defold)\nlocal M = {}\nM.server = "https://game.example.org"\nM.backend = {\n${c.pairs.map(([k, v]) => `  ${snake(k)} = "${dq(v)}",`).join("\n")}\n  retries = 3,\n}\nreturn M`)}`,
      ),
  },
  {
    id: "fastlane-fastfile",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "Fastfile")}\n\n${fence("ruby", `default_platform(:ios)\n\nplatform :ios do\n  before_all do\n${c.pairs.map(([k, v]) => `    ENV["${k}"] = "${dq(v)}"`).join("\n")}\n  end\n\n  lane :beta do\n    match(type: "appstore", readonly: true)\n    build_app(scheme: "Pocket")\n    upload_to_testflight(skip_waiting_for_build_processing: true)\n  end\nend`)}`,
      ),
  },
  {
    id: "ci-log-chat",
    fn: (c) => {
      const t = c.r.iso().slice(0, 19);
      return anthropic(
        c,
        `${prose(c.r, "CI log")}\n\n${t}.1023Z ##[group]Run ./gradlew assembleRelease\n${t}.1024Z \u001b[36;1m./gradlew assembleRelease\u001b[0m\n${t}.1025Z shell: /usr/bin/bash -e {0}\n${t}.1026Z env:\n${t}.1027Z   JAVA_HOME: /opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/17.0.10-7/x64\n${c.pairs.map(([k, v]) => `${t}.1028Z   ${k}: ${v}`).join("\n")}\n${t}.1029Z ##[endgroup]\n${t}.9931Z FAILURE: Build failed with an exception.\n${t}.9932Z * What went wrong: Execution failed for task ':app:uploadCrashlyticsMappingFileRelease'.`,
      );
    },
  },
  {
    id: "mcp-result-zsh-history",
    fn: (c) => {
      const t = c.r.ts();
      return mcpResult(
        c,
        `: ${t}:0;cd ~/src/pocket-ios\n: ${t + 12}:0;bundle exec pod install\n${c.pairs.map(([k, v], i) => `: ${t + 40 + i}:0;export ${k}="${dq(v)}"`).join("\n")}\n: ${t + 90}:0;bundle exec fastlane beta\n: ${t + 300}:0;git status`,
      );
    },
  },
  {
    id: "android-crash-report",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "crash log")}\n\nFATAL EXCEPTION: OkHttp Dispatcher\nProcess: com.example.pocket, PID: ${c.r.range(2000, 30000)}\njava.lang.IllegalStateException: backend rejected AppConfig(${c.pairs.map(([k, v]) => `${camel(k)}=${v}`).join(", ")}, region=eu)\n\tat com.example.pocket.net.AuthInterceptor.intercept(AuthInterceptor.kt:41)\n\tat okhttp3.internal.http.RealInterceptorChain.proceed(RealInterceptorChain.kt:109)\n\tat okhttp3.internal.connection.RealCall.getResponseWithInterceptorChain$okhttp(RealCall.kt:201)`,
      ),
  },
  {
    id: "git-diff-review",
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "diff")}\n\n${fence("diff", `diff --git a/.env.production b/.env.production\nindex ${c.r.hex(7)}..${c.r.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,${3 + c.pairs.length} @@ APP_ENV=production\n API_BASE_URL=https://api.example.com\n-LOG_LEVEL=debug\n+LOG_LEVEL=info\n${c.pairs.map(([k, v]) => `+${k}=${v}`).join("\n")}\n SENTRY_ENVIRONMENT=production`)}`,
      ),
  },
  {
    id: "slack-chat-postmessage",
    fn: (c) =>
      j({
        channel: J("C0", c.r.up(9)),
        text: `${handover(c.r, c.mainName)} ${c.pairs.length > 1 ? c.pairs.map(([k, v]) => `${k}=${v}`).join(" ") : c.main}`,
        unfurl_links: false,
      }),
  },
  {
    id: "tool-calls-docker-run",
    fn: (c) =>
      toolCall(
        c,
        `docker run --rm ${c.pairs.map(([k, v]) => `-e ${k}='${v}'`).join(" ")} -v "$PWD":/project -w /project ${c.r.pick(["espressif/idf:v5.2", "ghcr.io/cirruslabs/flutter:3.22.0", "unityci/editor:ubuntu-2022.3.21f1-android-3"])} ./ci/build.sh`,
        "Run the containerized build the same way CI does.",
      ),
  },
  {
    id: "tool-use-write-gh-workflow",
    fn: (c) =>
      toolUse(
        c,
        ".github/workflows/release.yml",
        `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  build:\n    runs-on: macos-14\n    env:\n${c.pairs.map(([k, v]) => `      ${k}: "${dq(v)}"`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: bundle exec fastlane release\n`,
        "Write a release workflow that runs fastlane on tags.",
      ),
  },
  {
    id: "mcp-result-appsettings-json",
    fn: (c) =>
      mcpResult(c, jp({ Logging: { LogLevel: { Default: "Information" } }, GameServer: { Port: 7777, MaxPlayers: 64, ...obj(c, pascal) }, AllowedHosts: "*" })),
  },
  {
    id: "android-strings-xml",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "res/values/config.xml")}\n\n${fence("xml", `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">Pocket</string>\n${c.pairs.map(([k, v]) => `    <string name="${snake(k)}" translatable="false">${xml(v)}</string>`).join("\n")}\n    <bool name="enable_offline">true</bool>\n</resources>`)}`,
      ),
  },
  {
    id: "xcconfig-chat",
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "Config/Release.xcconfig")}\n\n#include "Shared.xcconfig"\nPRODUCT_BUNDLE_IDENTIFIER = com.example.pocket\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n${c.pairs.map(([k, v]) => `${k} = ${v.replace(/\/\//g, "/$()/")}`).join("\n")}`,
      ),
  },
  {
    id: "tool-use-write-k8s-secret",
    secretish: true,
    fn: (c) =>
      toolUse(
        c,
        "deploy/game-backend-secret.yaml",
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: game-backend\n  namespace: live\ntype: Opaque\nstringData:\n${c.pairs.map(([k, v]) => `  ${k}: "${dq(v)}"`).join("\n")}\n`,
        "Generate the Kubernetes secret manifest for the match service.",
      ),
  },
  {
    id: "esp-rs-cfg-toml",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "cfg.toml")}\n\n${fence("toml", `[sensor-node]\nwifi_ssid = "greenhouse"\n${c.pairs.map(([k, v]) => `${snake(k)} = "${dq(v)}"`).join("\n")}\nsample_interval_s = 60`)}`,
      ),
  },
  {
    id: "mcp-result-sdkconfig",
    fn: (c) =>
      mcpResult(
        c,
        `# ESP-IDF sdkconfig.defaults\nCONFIG_IDF_TARGET="esp32s3"\nCONFIG_ESPTOOLPY_FLASHSIZE_8MB=y\nCONFIG_PARTITION_TABLE_TWO_OTA=y\n${c.pairs.map(([k, v]) => `CONFIG_APP_${k}="${dq(v)}"`).join("\n")}\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y`,
      ),
  },
  {
    id: "circuitpython-secrets-py",
    secretish: true,
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "secrets.py")}\n\n${fence("python", `# CircuitPython secrets\nsecrets = {\n    "ssid": "maker-space",\n${c.pairs.map(([k, v]) => `    "${snake(k)}": "${dq(v)}",`).join("\n")}\n    "timezone": "Europe/Berlin",\n}`)}`,
      ),
  },
  {
    id: "tool-use-write-expo-config",
    fn: (c) =>
      toolUse(
        c,
        "app.config.ts",
        `import type { ExpoConfig } from "expo/config";\n\nconst config: ExpoConfig = {\n  name: "Pocket",\n  slug: "pocket",\n  extra: {\n${c.pairs.map(([k, v]) => `    ${camel(k)}: process.env.${k} ?? "${dq(v)}",`).join("\n")}\n  },\n};\n\nexport default config;\n`,
        "Move the backend settings into app.config.ts with env fallbacks.",
      ),
  },
  {
    id: "har-entry",
    need: "hdr",
    fn: (c) => {
      const [hn, ...hv] = hdrLine(c).split(": ");
      return jp({
        log: {
          version: "1.2",
          creator: { name: "Charles Proxy", version: "4.6.6" },
          entries: [
            {
              startedDateTime: c.r.iso(),
              request: {
                method: "POST",
                url: "https://api.example.com/v1/sync",
                httpVersion: "HTTP/2",
                headers: [
                  { name: "content-type", value: "application/json" },
                  { name: hn!.toLowerCase(), value: hv.join(": ") },
                  { name: "user-agent", value: "Pocket/812 CFNetwork/1494.0.7 Darwin/23.4.0" },
                ],
              },
              response: { status: 401, statusText: "Unauthorized" },
            },
          ],
        },
      });
    },
  },
  {
    id: "mcp-tools-call-request",
    fn: (c) =>
      j({
        jsonrpc: "2.0",
        id: c.r.range(3, 99),
        method: "tools/call",
        params: { name: c.r.pick(["deploy_build", "run_device_test", "start_server"]), arguments: { target: c.r.pick(["staging", "playtest", "bench-rig"]), env: obj(c, (k) => k) } },
      }),
  },
  {
    id: "eas-json-chat",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "eas.json")}\n\n${fence("json", jp({ cli: { version: ">= 10.0.0" }, build: { production: { autoIncrement: true, env: obj(c, (k) => k) }, preview: { distribution: "internal" } }, submit: { production: {} } }))}`,
      ),
  },
  {
    id: "logcat-okhttp-body",
    need: "hdr",
    fn: (c) => {
      const t = `0${c.r.range(1, 9)}-${c.r.range(10, 28)} 1${c.r.range(0, 9)}:${c.r.range(10, 59)}:${c.r.range(10, 59)}.${c.r.dig(3)}`;
      return openai(
        c,
        `${prose(c.r, "logcat output")}\n\n${t}  ${c.r.range(4000, 9000)}  ${c.r.range(9000, 9999)} I okhttp.OkHttpClient: --> POST https://api.example.com/v1/session\n${t}  I okhttp.OkHttpClient: Content-Type: application/json\n${t}  I okhttp.OkHttpClient: ${hdrLine(c)}\n${t}  I okhttp.OkHttpClient: --> END POST (87-byte body)\n${t}  I okhttp.OkHttpClient: <-- 403 Forbidden https://api.example.com/v1/session (212ms)`,
      );
    },
  },
  {
    id: "docker-compose-dedicated-server",
    fn: (c) =>
      anthropic(
        c,
        `${prose(c.r, "docker-compose.yml")}\n\n${fence("yaml", `services:\n  gameserver:\n    image: registry.example.com/arena/server:${c.r.range(100, 999)}\n    ports:\n      - "7777:7777/udp"\n    environment:\n${c.pairs.map(([k, v]) => `      ${k}: "${dq(v)}"`).join("\n")}\n      MAX_PLAYERS: "32"\n    restart: unless-stopped`)}`,
      ),
  },
  {
    id: "node-red-function-chat",
    fn: (c) =>
      openai(
        c,
        `${prose(c.r, "Node-RED function node")}\n\n${fence("js", `// builds the request for the uplink\n${c.pairs.map(([k, v]) => `const ${camel(k)} = "${dq(v)}";`).join("\n")}\nmsg.headers = { "content-type": "application/json" };\nmsg.payload = { temp: msg.payload.t, hum: msg.payload.h };\nreturn msg;`)}`,
      ),
  },
];

/** Rotates specs through the renderers, skipping ones a spec cannot fill. */
export function build(opts: {
  prefix: string;
  specs: Spec[];
  r: Rng;
  label: "positive" | "benign";
  offset?: number;
  startAt?: number;
}): CorpusCase[] {
  const { prefix, specs, r, label } = opts;
  const off = opts.offset ?? 0;
  const out: CorpusCase[] = [];
  let hdrTurn = off;
  specs.forEach((s, i) => {
    const pairs = s.kv(r);
    const mi = s.main ?? pairs.length - 1;
    const [mainName, main] = pairs[mi]!;
    let k = 0;
    let rend: Renderer;
    const hdrRends = RENDERERS.filter((x) => x.need === "hdr");
    if (s.hdr !== undefined && i % 3 === 0) {
      rend = hdrRends[hdrTurn++ % hdrRends.length]!;
    } else for (;;) {
      rend = RENDERERS[(i + off + k) % RENDERERS.length]!;
      const ok =
        (rend.need === undefined || (rend.need === "hdr" && s.hdr !== undefined) || (rend.need === "single" && pairs.length === 1)) &&
        !(label === "benign" && rend.secretish);
      if (ok) break;
      k++;
    }
    const text = rend.fn({ s, pairs, main, mainName, r, pos: label === "positive" });
    out.push({
      id: `y127-${prefix}-${String(i + 1 + (opts.startAt ?? 0)).padStart(3, "0")}`,
      kind: "secrets",
      category: label === "positive" ? `heldouty127-sec-${s.g}` : "heldouty127-benign",
      label,
      text,
      note: `${s.p}; slot ${mainName}${s.hdr && /curl|raw-http|har|logcat/.test(rend.id) ? ` (header ${s.hdr.split(":")[0]})` : ""}; context ${rend.id}`,
    });
  });
  return out;
}

/** A hand-written case. */
export function hc(
  prefix: string,
  n: number,
  label: "positive" | "benign",
  g: Group | null,
  text: string,
  note: string,
): CorpusCase {
  return {
    id: `y127-${prefix}-${String(n).padStart(3, "0")}`,
    kind: "secrets",
    category: label === "positive" ? `heldouty127-sec-${g}` : "heldouty127-benign",
    label,
    text,
    note,
  };
}

// ---------- key material (pseudo-DER with realistic headers, random bodies) ----------
const wrap64 = (s: string) => s.match(/.{1,64}/g)!.join("\n");
const pem = (label: string, der: Uint8Array | Buffer) => `-----BEGIN ${label}-----\n${wrap64(Buffer.from(der).toString("base64"))}\n-----END ${label}-----`;
const cat = (...xs: (Uint8Array | string)[]) => Buffer.concat(xs.map((x) => (typeof x === "string" ? Buffer.from(x, "hex") : Buffer.from(x))));

export const keys = {
  /** EC P-256 PKCS#8 (.p8 as App Store Connect / APNs hand them out) */
  p8(r: Rng): string {
    return pem(J("PRIVATE", " KEY"), cat("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420", r.bytes(32), "a14403420004", r.bytes(64)));
  },
  ecSec1(r: Rng): string {
    return pem(J("EC PRIVATE", " KEY"), cat("30770201010420", r.bytes(32), "a00a06082a8648ce3d030107a14403420004", r.bytes(64)));
  },
  ed25519(r: Rng): string {
    return pem(J("PRIVATE", " KEY"), cat("302e020100300506032b657004220420", r.bytes(32)));
  },
  rsa(r: Rng): string {
    return pem(J("RSA PRIVATE", " KEY"), cat("308204a40201000282010100", r.bytes(256), "0203010001028201", r.bytes(912)));
  },
  rsaPkcs8(r: Rng): string {
    return pem(J("PRIVATE", " KEY"), cat("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100", r.bytes(256), "0203010001028201", r.bytes(912)));
  },
  openssh(r: Rng, comment: string): string {
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(n);
      return b;
    };
    const str = (s: string | Uint8Array) => {
      const b = typeof s === "string" ? Buffer.from(s) : Buffer.from(s);
      return Buffer.concat([u32(b.length), b]);
    };
    const pub = r.bytes(32);
    const pubBlob = Buffer.concat([str("ssh-ed25519"), str(pub)]);
    const check = r.bytes(4);
    const priv = Buffer.concat([check, check, str("ssh-ed25519"), str(pub), str(Buffer.concat([Buffer.from(r.bytes(32)), Buffer.from(pub)])), str(comment), Buffer.from([1, 2, 3, 4, 5])]);
    const body = Buffer.concat([Buffer.from("openssh-key-v1\0"), str("none"), str("none"), str(""), u32(1), str(pubBlob), str(priv)]);
    return `-----BEGIN ${J("OPENSSH PRIVATE", " KEY")}-----\n${body.toString("base64").match(/.{1,70}/g)!.join("\n")}\n-----END ${J("OPENSSH PRIVATE", " KEY")}-----`;
  },
  pgp(r: Rng): string {
    const body = Buffer.concat([Buffer.from("9507460465", "hex"), Buffer.from(r.bytes(1300))]).toString("base64");
    return `-----BEGIN PGP ${J("PRIVATE KEY", " BLOCK")}-----\n\n${wrap64(body)}\n=${r.b64(4)}\n-----END PGP ${J("PRIVATE KEY", " BLOCK")}-----`;
  },
  cert(r: Rng): string {
    return pem("CERTIFICATE", cat("308203", r.bytes(1)[0]!.toString(16).padStart(2, "0"), "30820243a003020102021", r.bytes(900)));
  },
  pubkey(r: Rng): string {
    return pem("PUBLIC KEY", cat("3059301306072a8648ce3d020106082a8648ce3d03010703420004", r.bytes(64)));
  },
};
