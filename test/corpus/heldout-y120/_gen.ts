// Shared builders and context renderers for heldout-y120 (SaaS integrations and mobile apps).
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from a split prefix and a body drawn from SeededRng, one fixed seed per case file.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEXL = "0123456789abcdef";
export const ALNUM = UP + LO + DIG;
export const URLSAFE = ALNUM + "_-";
export const B64CH = ALNUM + "+/";

export type Group =
  | "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/** A slot the value sits in (env-style name) and the value. The last pair is the secret. */
export type Pair = [slot: string, value: string];

export class Gen extends SeededRng {
  hex(n: number): string { return this.str(n, HEXL); }
  HEX(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  an(n: number): string { return this.str(n, ALNUM); }
  lo(n: number): string { return this.str(n, LO + DIG); }
  up(n: number): string { return this.str(n, UP + DIG); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  us(n: number): string { return this.str(n, URLSAFE); }
  b32(n: number): string { return this.str(n, "abcdefghijklmnopqrstuvwxyz234567"); }
  b64(nBytes: number): string { return Buffer.from(this.bytes(nBytes)).toString("base64"); }
  b64url(nBytes: number): string { return Buffer.from(this.bytes(nBytes)).toString("base64url"); }
  uuid(): string { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  pw(n: number): string { return this.str(n, ALNUM + "!#%^*_-+=."); }
  /** A JWT with real base64url header and payload and a random signature. */
  jwt(header: object, payload: object, sigBytes = 32): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc(header), enc(payload), this.b64url(sigBytes)].join(".");
  }
  pem(label: string, derPrefix: number[], nBytes: number): string {
    const body = Buffer.concat([Buffer.from(derPrefix), Buffer.from(this.bytes(nBytes))]).toString("base64");
    const lines = body.match(/.{1,64}/g) ?? [];
    return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
  }
}

export const p = (...parts: string[]) => parts.join("");

// ---------------------------------------------------------------- naming helpers
export const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
export const snake = (s: string) => s.toLowerCase();
export const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");
export const pascal = (s: string) => { const c = camel(s); return c.charAt(0).toUpperCase() + c.slice(1); };
const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const APPS = ["tidewater", "parcelly", "bloomcart", "fieldnote", "routewise", "kindling", "harbor", "sprout", "ledgerly", "pinwheel", "quillo", "mossbank"];

export interface RCtx {
  g: Gen;
  pairs: Pair[];
  /** HTTP header line carrying the secret; undefined when the value is a URL/DSN or the case is benign. */
  hdr?: string;
  app: string;
  provider: string;
}

export interface Renderer {
  name: string;
  lang: string;
  file: (c: RCtx) => string;
  /** needs hdr (a header-carried credential) */
  needsHdr?: boolean;
  /** the context itself names the values secrets (skipped for benign rotation) */
  posOnly?: boolean;
  render: (c: RCtx) => string;
}

const jsonObj = (pairs: Pair[], f: (s: string) => string) => Object.fromEntries(pairs.map(([k, v]) => [f(k), v]));
const ind = (s: string, n: number) => s.split("\n").map((l) => " ".repeat(n) + l).join("\n");
const hdrName = (h: string) => h.slice(0, h.indexOf(":"));
const hdrVal = (h: string) => h.slice(h.indexOf(":") + 1).trim();

export const RENDERERS: Renderer[] = [
  {
    name: "expo .env.local", lang: "bash", file: () => ".env.local",
    render: (c) => [`# ${c.app} — local overrides (do not commit)`, `EXPO_PUBLIC_API_URL=https://api.${c.app}.example.com`, ...c.pairs.map(([k, v]) => `${k}=${v}`), `EXPO_PUBLIC_ENV=staging`].join("\n"),
  },
  {
    name: "expo app.json extra", lang: "json", file: () => "app.json",
    render: (c) => JSON.stringify({ expo: { name: pascal(c.app), slug: c.app, version: "1.8.2", ios: { bundleIdentifier: `com.example.${c.app}` }, android: { package: `com.example.${c.app}` }, extra: jsonObj(c.pairs, camel) } }, null, 2),
  },
  {
    name: "eas.json build profile env", lang: "json", file: () => "eas.json",
    render: (c) => JSON.stringify({ cli: { version: ">= 12.0.0" }, build: { production: { channel: "production", autoIncrement: true, env: { APP_VARIANT: "production", ...jsonObj(c.pairs, (s) => s) } } }, submit: { production: {} } }, null, 2),
  },
  {
    name: "Info.plist", lang: "xml", file: (c) => `ios/${pascal(c.app)}/Info.plist`,
    render: (c) => [`<?xml version="1.0" encoding="UTF-8"?>`, `<plist version="1.0">`, `<dict>`, `  <key>CFBundleDisplayName</key>`, `  <string>${pascal(c.app)}</string>`, ...c.pairs.flatMap(([k, v]) => [`  <key>${pascal(k)}</key>`, `  <string>${xml(v)}</string>`]), `  <key>UIBackgroundModes</key>`, `  <array><string>remote-notification</string></array>`, `</dict>`, `</plist>`].join("\n"),
  },
  {
    name: "AndroidManifest meta-data", lang: "xml", file: () => "android/app/src/main/AndroidManifest.xml",
    render: (c) => [`<application android:name=".MainApplication" android:label="@string/app_name">`, ...c.pairs.map(([k, v]) => `    <meta-data android:name="com.example.${c.app}.${k}" android:value="${xml(v)}" />`), `    <activity android:name=".MainActivity" android:exported="true" />`, `</application>`].join("\n"),
  },
  {
    name: ".xcconfig", lang: "text", file: () => "Config/Release.xcconfig",
    render: (c) => [`// Release.xcconfig`, `#include "Base.xcconfig"`, `PRODUCT_BUNDLE_IDENTIFIER = com.example.${c.app}`, ...c.pairs.map(([k, v]) => `${k} = ${v.replace(/\/\//g, "/$()/")}`)].join("\n"),
  },
  {
    name: "Flutter Dart constants", lang: "dart", file: () => "lib/config/env.dart",
    render: (c) => [`// ignore_for_file: constant_identifier_names`, `class Env {`, `  Env._();`, `  static const String apiBase = 'https://api.${c.app}.example.com';`, ...c.pairs.map(([k, v]) => `  static const String ${camel(k)} = '${v.replace(/\$/g, "\\$")}';`), `}`].join("\n"),
  },
  {
    name: "gradle.properties", lang: "properties", file: () => "android/gradle.properties",
    render: (c) => [`org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g`, `android.useAndroidX=true`, ...c.pairs.map(([k, v]) => `${k}=${v}`)].join("\n"),
  },
  {
    name: "Kotlin buildConfigField", lang: "kotlin", file: () => "android/app/build.gradle.kts",
    render: (c) => [`android {`, `    defaultConfig {`, `        applicationId = "com.example.${c.app}"`, ...c.pairs.map(([k, v]) => `        buildConfigField("String", "${k}", "\\"${v}\\"")`), `    }`, `    buildFeatures { buildConfig = true }`, `}`].join("\n"),
  },
  {
    name: "Swift Secrets enum", posOnly: true, lang: "swift", file: () => "Sources/Config/Secrets.swift",
    render: (c) => [`import Foundation`, ``, `enum Secrets {`, ...c.pairs.map(([k, v]) => `    static let ${camel(k)} = "${v}"`), `}`].join("\n"),
  },
  {
    name: "react-native config.ts", lang: "ts", file: () => "src/config.ts",
    render: (c) => [`export const config = {`, `  apiBaseUrl: "https://api.${c.app}.example.com",`, ...c.pairs.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`), `} as const;`].join("\n"),
  },
  {
    name: "n8n workflow export (set node)", lang: "json", file: (c) => `${c.app}-sync.workflow.json`,
    render: (c) => JSON.stringify({ name: `${pascal(c.app)} sync`, nodes: [{ parameters: { rule: { interval: [{ field: "hours" }] } }, name: "Schedule Trigger", type: "n8n-nodes-base.scheduleTrigger", typeVersion: 1.2, position: [0, 0] }, { parameters: { assignments: { assignments: c.pairs.map(([k, v], i) => ({ id: `a${i}`, name: camel(k), value: v, type: "string" })) }, options: {} }, name: "Config", type: "n8n-nodes-base.set", typeVersion: 3.4, position: [220, 0] }], connections: { "Schedule Trigger": { main: [[{ node: "Config", type: "main", index: 0 }]] } }, active: false }, null, 2),
  },
  {
    name: "n8n HTTP Request node header", lang: "json", file: (c) => `${c.app}-webhook.workflow.json`, needsHdr: true,
    render: (c) => JSON.stringify({ nodes: [{ parameters: { method: "POST", url: `https://api.${c.app}.example.com/v1/events`, sendHeaders: true, headerParameters: { parameters: [{ name: hdrName(c.hdr!), value: hdrVal(c.hdr!) }] }, options: {} }, name: `Call ${c.provider}`, type: "n8n-nodes-base.httpRequest", typeVersion: 4.2, position: [440, 0] }] }, null, 2),
  },
  {
    name: "Zapier Code step", lang: "json", file: () => "zap-export.json",
    render: (c) => JSON.stringify({ zap: { title: `New order -> ${c.provider}`, steps: [{ app: "ShopifyCLIAPI", action: "new_order" }, { app: "CodeCLIAPI", action: "run_javascript", params: { code: [...c.pairs.map(([k, v]) => `const ${camel(k)} = '${v}';`), `const res = await fetch('https://api.${c.app}.example.com/sync', { method: 'POST', body: JSON.stringify(inputData) });`, `return { status: res.status };`].join("\n") } }] } }, null, 2),
  },
  {
    name: "Make blueprint HTTP module", lang: "json", file: () => "blueprint.json", needsHdr: true,
    render: (c) => JSON.stringify({ name: `${pascal(c.app)} integration`, flow: [{ id: 1, module: "gateway:CustomWebHook", version: 1, parameters: { hook: 381245, maxResults: 1 } }, { id: 2, module: "http:ActionSendData", version: 3, mapper: { url: `https://api.${c.app}.example.com/v2/records`, method: "post", headers: [{ name: hdrName(c.hdr!), value: hdrVal(c.hdr!) }], bodyType: "raw", contentType: "application/json", data: "{{1.body}}" } }], metadata: { version: 1, scenario: { roundtrips: 1, maxErrors: 3 } } }, null, 2),
  },
  {
    name: "Postman environment", posOnly: true, lang: "json", file: (c) => `${c.app}.postman_environment.json`,
    render: (c) => JSON.stringify({ id: c.g.uuid(), name: `${pascal(c.app)} prod`, values: [{ key: "baseUrl", value: `https://api.${c.app}.example.com`, type: "default", enabled: true }, ...c.pairs.map(([k, v]) => ({ key: camel(k), value: v, type: "secret", enabled: true }))], _postman_variable_scope: "environment" }, null, 2),
  },
  {
    name: "Postman collection header", lang: "json", file: (c) => `${c.app}.postman_collection.json`, needsHdr: true,
    render: (c) => JSON.stringify({ info: { name: `${pascal(c.app)} API`, schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "List resources", request: { method: "GET", header: [{ key: hdrName(c.hdr!), value: hdrVal(c.hdr!), type: "text" }], url: { raw: `https://api.${c.app}.example.com/v1/items?limit=20`, protocol: "https", host: ["api", c.app, "example", "com"], path: ["v1", "items"] } } }] }, null, 2),
  },
  {
    name: "Insomnia export environment", lang: "json", file: () => "insomnia-export.json",
    render: (c) => JSON.stringify({ _type: "export", __export_format: 4, __export_source: "insomnia.desktop.app:v2023.5.8", resources: [{ _id: `env_${c.g.hex(32)}`, _type: "environment", parentId: `wrk_${c.g.hex(32)}`, name: "Production", data: { base_url: `https://api.${c.app}.example.com`, ...jsonObj(c.pairs, snake) } }] }, null, 2),
  },
  {
    name: "Bruno request .bru", lang: "text", file: () => "collections/sync/Create item.bru", needsHdr: true,
    render: (c) => [`meta {`, `  name: Create item`, `  type: http`, `  seq: 2`, `}`, ``, `post {`, `  url: https://api.${c.app}.example.com/v1/items`, `  body: json`, `  auth: none`, `}`, ``, `headers {`, `  ${hdrName(c.hdr!)}: ${hdrVal(c.hdr!)}`, `  Content-Type: application/json`, `}`, ``, `body:json {`, `  { "name": "demo" }`, `}`].join("\n"),
  },
  {
    name: "Bruno environment .bru", lang: "text", file: () => "environments/production.bru",
    render: (c) => [`vars {`, `  baseUrl: https://api.${c.app}.example.com`, ...c.pairs.map(([k, v]) => `  ${camel(k)}: ${v}`), `}`].join("\n"),
  },
  {
    name: "serverless.yml environment", lang: "yaml", file: () => "serverless.yml",
    render: (c) => [`service: ${c.app}-api`, `frameworkVersion: "3"`, `provider:`, `  name: aws`, `  runtime: nodejs20.x`, `  region: eu-west-1`, `  environment:`, `    STAGE: \${sls:stage}`, ...c.pairs.map(([k, v]) => `    ${k}: "${v}"`), `functions:`, `  webhook:`, `    handler: src/webhook.handler`, `    events:`, `      - httpApi: POST /webhook`].join("\n"),
  },
  {
    name: "netlify.toml environment", lang: "toml", file: () => "netlify.toml",
    render: (c) => [`[build]`, `  command = "npm run build"`, `  publish = "dist"`, ``, `[context.production.environment]`, `  NODE_VERSION = "20"`, ...c.pairs.map(([k, v]) => `  ${k} = "${v}"`)].join("\n"),
  },
  {
    name: "vercel env add pipeline", lang: "bash", file: () => "scripts/push-env.sh",
    render: (c) => [`#!/usr/bin/env bash`, `set -euo pipefail`, ...c.pairs.map(([k, v]) => `printf '%s' '${v}' | vercel env add ${k} production`), `vercel deploy --prod`].join("\n"),
  },
  {
    name: "vercel.json env", lang: "json", file: () => "vercel.json",
    render: (c) => JSON.stringify({ $schema: "https://openapi.vercel.sh/vercel.json", framework: "nextjs", env: jsonObj(c.pairs, (s) => s), functions: { "api/**/*.ts": { maxDuration: 30 } } }, null, 2),
  },
  {
    name: "Netlify function fallback", lang: "ts", file: () => "netlify/functions/webhook.mts",
    render: (c) => [`import type { Context } from "@netlify/functions";`, ...c.pairs.map(([k, v]) => `const ${camel(k)} = Netlify.env.get("${k}") ?? "${v}";`), ``, `export default async (req: Request, context: Context) => {`, `  const body = await req.text();`, `  return new Response("ok");`, `};`].join("\n"),
  },
  {
    name: "curl with header", lang: "bash", file: () => "repro.sh", needsHdr: true,
    render: (c) => [`curl -sS -X POST 'https://api.${c.app}.example.com/v1/integrations/test' \\`, `  -H '${c.hdr}' \\`, `  -H 'Content-Type: application/json' \\`, `  -d '{"ping":true}'`].join("\n"),
  },
  {
    name: "raw HTTP request dump", lang: "http", file: () => "request.txt", needsHdr: true,
    render: (c) => [`> POST /oauth/v1/sync HTTP/1.1`, `> Host: api.${c.app}.example.com`, `> User-Agent: ${c.app}-ios/1.8.2 (iPhone; iOS 17.5)`, `> ${c.hdr}`, `> Accept: application/json`, `>`, `< HTTP/1.1 401 Unauthorized`, `< x-request-id: ${c.g.uuid()}`].join("\n"),
  },
  {
    name: "integration settings JSON", posOnly: true, lang: "json", file: () => "integration.json",
    render: (c) => JSON.stringify({ integration: c.provider, enabled: true, credentials: jsonObj(c.pairs, snake), retry: { max_attempts: 5, backoff: "exponential" } }, null, 2),
  },
  {
    name: "GitHub Actions env", lang: "yaml", file: () => ".github/workflows/mobile-release.yml",
    render: (c) => [`name: mobile-release`, `on: { push: { tags: ["v*"] } }`, `jobs:`, `  build:`, `    runs-on: macos-14`, `    env:`, ...c.pairs.map(([k, v]) => `      ${k}: ${v}`), `    steps:`, `      - uses: actions/checkout@v4`, `      - run: bundle exec fastlane ios beta`].join("\n"),
  },
  {
    name: "fastlane .env.default", lang: "bash", file: () => "fastlane/.env.default",
    render: (c) => [`APP_IDENTIFIER="com.example.${c.app}"`, `FASTLANE_SKIP_UPDATE_CHECK=1`, ...c.pairs.map(([k, v]) => `${k}="${v}"`)].join("\n"),
  },
  {
    name: "Fastfile ENV assignment", lang: "ruby", file: () => "fastlane/Fastfile",
    render: (c) => [`default_platform(:ios)`, `platform :ios do`, `  before_all do`, ...c.pairs.map(([k, v]) => `    ENV["${k}"] ||= "${v}"`), `  end`, `  lane :beta do`, `    build_app(scheme: "${pascal(c.app)}")`, `    upload_to_testflight`, `  end`, `end`].join("\n"),
  },
  {
    name: "docker-compose environment", lang: "yaml", file: () => "docker-compose.yml",
    render: (c) => [`services:`, `  api:`, `    image: ${c.app}/api:latest`, `    ports: ["8080:8080"]`, `    environment:`, ...c.pairs.map(([k, v]) => `      - ${k}=${v}`)].join("\n"),
  },
  {
    name: "Python requests", lang: "python", file: () => "sync_job.py", needsHdr: true,
    render: (c) => [`import requests`, ``, `HEADERS = {"${hdrName(c.hdr!)}": "${hdrVal(c.hdr!)}"}`, ``, `def push(items):`, `    r = requests.post("https://api.${c.app}.example.com/v1/batch", json=items, headers=HEADERS, timeout=10)`, `    r.raise_for_status()`, `    return r.json()`].join("\n"),
  },
  {
    name: "terraform.tfvars", lang: "hcl", file: () => "infra/prod.auto.tfvars",
    render: (c) => [`project = "${c.app}"`, `region  = "eu-west-1"`, ...c.pairs.map(([k, v]) => `${snake(k)} = "${v}"`)].join("\n"),
  },
  {
    name: "k8s Secret stringData", posOnly: true, lang: "yaml", file: () => "k8s/secret.yaml",
    render: (c) => [`apiVersion: v1`, `kind: Secret`, `metadata:`, `  name: ${c.app}-integrations`, `type: Opaque`, `stringData:`, ...c.pairs.map(([k, v]) => `  ${k}: "${v}"`)].join("\n"),
  },
  {
    name: "wrangler.toml vars", lang: "toml", file: () => "wrangler.toml",
    render: (c) => [`name = "${c.app}-edge"`, `main = "src/index.ts"`, `compatibility_date = "2024-09-23"`, ``, `[vars]`, ...c.pairs.map(([k, v]) => `${k} = "${v}"`)].join("\n"),
  },
  {
    name: "Supabase edge function", lang: "ts", file: () => "supabase/functions/webhook/index.ts",
    render: (c) => [`import { serve } from "https://deno.land/std@0.224.0/http/server.ts";`, ...c.pairs.map(([k, v]) => `const ${camel(k)} = Deno.env.get("${k}") || "${v}";`), ``, `serve(async (req) => new Response(JSON.stringify({ ok: true }), { headers: { "Content-Type": "application/json" } }));`].join("\n"),
  },
  {
    name: "firebase functions:config:set", lang: "bash", file: () => "setup.sh",
    render: (c) => [`firebase use ${c.app}-prod`, `firebase functions:config:set ${c.pairs.map(([k, v]) => `${c.app}.${snake(k)}="${v}"`).join(" ")}`, `firebase deploy --only functions`].join("\n"),
  },
  {
    name: "codemagic.yaml vars", lang: "yaml", file: () => "codemagic.yaml",
    render: (c) => [`workflows:`, `  ios-release:`, `    name: iOS release`, `    instance_type: mac_mini_m2`, `    environment:`, `      xcode: latest`, `      vars:`, ...c.pairs.map(([k, v]) => `        ${k}: ${v}`), `    scripts:`, `      - name: Build`, `        script: flutter build ipa --release`].join("\n"),
  },
  {
    name: "HAR entry", lang: "json", file: () => "session.har", needsHdr: true,
    render: (c) => JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: "2024-11-05T09:14:03.118Z", request: { method: "GET", url: `https://api.${c.app}.example.com/v1/me`, httpVersion: "HTTP/2", headers: [{ name: ":authority", value: `api.${c.app}.example.com` }, { name: hdrName(c.hdr!), value: hdrVal(c.hdr!) }, { name: "accept", value: "application/json" }], queryString: [], cookies: [] }, response: { status: 403, statusText: "" } }] } }, null, 2),
  },
  {
    name: "app startup config log", lang: "text", file: () => "logcat.txt",
    render: (c) => [`11-05 09:14:02.881  4121  4121 I ${pascal(c.app)}App: boot version=1.8.2 (412)`, `11-05 09:14:02.903  4121  4121 D ConfigLoader: loaded ${JSON.stringify(jsonObj(c.pairs, camel))}`, `11-05 09:14:03.020  4121  4188 W OkHttp: <-- 401 https://api.${c.app}.example.com/v1/session (117ms)`].join("\n"),
  },
  {
    name: "flutter --dart-define", lang: "bash", file: () => "run.sh",
    render: (c) => [`flutter build apk --release \\`, ...c.pairs.map(([k, v]) => `  --dart-define=${k}=${v} \\`), `  --obfuscate --split-debug-info=build/symbols`].join("\n"),
  },
  {
    name: "Android key.properties style local.properties", lang: "properties", file: () => "android/local.properties",
    render: (c) => [`sdk.dir=/Users/dev/Library/Android/sdk`, `flutter.sdk=/Users/dev/fvm/default`, ...c.pairs.map(([k, v]) => `${snake(k).replace(/_/g, ".")}=${v}`)].join("\n"),
  },
];

// ---------------------------------------------------------------- outbound wrappers
const PROMPTS = [
  "Can you check why this integration returns 401 in production?",
  "Please convert this config to the new format and keep the values.",
  "Our build broke after this change, what's wrong?",
  "Review this before I ship the release, anything off?",
  "The webhook handler never fires; here is the setup.",
  "Help me migrate this to environment variables.",
  "Why does the token exchange fail with invalid_client?",
];

export interface Wrapper { name: string; wrap: (g: Gen, file: string, lang: string, body: string, prompt: string) => string }

export const WRAPPERS: Wrapper[] = [
  {
    name: "OpenAI chat completions body",
    wrap: (_g, file, lang, body, prompt) => JSON.stringify({ model: "gpt-4o", temperature: 0.2, messages: [{ role: "system", content: "You are a senior mobile and integrations engineer." }, { role: "user", content: `${prompt}\n\n${file}:\n\`\`\`${lang}\n${body}\n\`\`\`` }] }),
  },
  {
    name: "Anthropic messages body",
    wrap: (_g, file, lang, body, prompt) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: [{ type: "text", text: `${prompt}\n\n<file path="${file}">\n${body}\n</file>` }] }] }),
  },
  {
    name: "Anthropic tool_use write_file history",
    wrap: (g, file, _lang, body, prompt) => { const id = `toolu_01${g.an(22)}`; return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: prompt }, { role: "assistant", content: [{ type: "text", text: `I'll write ${file}.` }, { type: "tool_use", id, name: "write_file", input: { path: file, content: body } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "File written." }] }] }); },
  },
  {
    name: "OpenAI tool_calls arguments",
    wrap: (g, file, _lang, body, prompt) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: prompt }, { role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "create_file", arguments: JSON.stringify({ path: file, content: body }) } }] }] }),
  },
  {
    name: "GitHub issue create",
    wrap: (_g, file, lang, body, prompt) => `POST https://git.example.com/api/v3/repos/acme/mobile-app/issues\nContent-Type: application/json\n\n` + JSON.stringify({ title: `Integration broken: ${file}`, body: `${prompt}\n\n\`\`\`${lang}\n${body}\n\`\`\``, labels: ["bug", "integrations"] }),
  },
  {
    name: "Jira issue create",
    wrap: (_g, file, _lang, body, prompt) => `POST https://acme.example.net/rest/api/2/issue\n\n` + JSON.stringify({ fields: { project: { key: "MOB" }, issuetype: { name: "Bug" }, summary: `Config problem in ${file}`, description: `${prompt}\n{code}\n${body}\n{code}` } }),
  },
  {
    name: "chat postMessage",
    wrap: (g, file, _lang, body, prompt) => JSON.stringify({ channel: `C0${g.up(9)}`, text: `${prompt} (${file})\n\`\`\`\n${body}\n\`\`\``, unfurl_links: false }),
  },
  {
    name: "paste site form post",
    wrap: (_g, file, lang, body) => `POST https://paste.example.org/api/v1/paste\nContent-Type: application/x-www-form-urlencoded\n\ntitle=${encodeURIComponent(file)}&syntax=${lang}&expiry=1d&content=${encodeURIComponent(body)}`,
  },
  {
    name: "paste site raw body",
    wrap: (_g, _file, _lang, body) => `POST https://paste.example.net/documents\nContent-Type: text/plain; charset=utf-8\n\n${body}`,
  },
  {
    name: "gist create",
    wrap: (_g, file, _lang, body, prompt) => JSON.stringify({ description: prompt, public: false, files: { [file.split("/").pop()!]: { content: body } } }),
  },
  {
    name: "Linear issueCreate GraphQL",
    wrap: (g, file, lang, body, prompt) => JSON.stringify({ query: "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier } } }", variables: { input: { teamId: g.uuid(), title: `Fix ${file}`, description: `${prompt}\n\n\`\`\`${lang}\n${body}\n\`\`\`` } } }),
  },
  {
    name: "Gemini generateContent body",
    wrap: (_g, file, _lang, body, prompt) => JSON.stringify({ contents: [{ role: "user", parts: [{ text: `${prompt}\n--- ${file} ---\n${body}` }] }], generationConfig: { temperature: 0.1 } }),
  },
  {
    name: "Discord channel message",
    wrap: (_g, file, lang, body, prompt) => JSON.stringify({ content: `${prompt}\n**${file}**\n\`\`\`${lang}\n${body}\n\`\`\``, allowed_mentions: { parse: [] } }),
  },
];

// ---------------------------------------------------------------- specs and rotation
export interface Spec {
  provider: string;
  group: Group;
  mk: (g: Gen) => Pair[];
  /** header carrying the secret (last pair value); omit when the value is a URL/connection string */
  hdr?: (v: string, pairs: Pair[]) => string;
  /** how many rotated cases */
  n?: number;
}

export const bearer = (v: string) => `Authorization: Bearer ${v}`;
export const hx = (name: string) => (v: string) => `${name}: ${v}`;

export interface RotOpts { seed: number; idPrefix: string; category: (g: Group) => string; start?: number; rOffset?: number }

const HDR_R = RENDERERS.filter((r) => r.needsHdr);
const SLOT_R = RENDERERS.filter((r) => !r.needsHdr);

/** Rotates specs through renderers and wrappers; deterministic for one seed. */
export function rotate(specs: Spec[], o: RotOpts, label: "positive" | "benign" = "positive"): CorpusCase[] {
  const g = new Gen(o.seed);
  const out: CorpusCase[] = [];
  let k = o.start ?? 0;
  let ri = o.rOffset ?? 0;
  let hi = o.rOffset ?? 0;
  for (const s of specs) {
    for (let j = 0; j < (s.n ?? 1); j++) {
      const pairs = s.mk(g);
      const last = pairs[pairs.length - 1]!;
      const hdr = s.hdr && label === "positive" ? s.hdr(last[1], pairs) : undefined;
      let r: Renderer;
      if (hdr && k % 3 === 0) {
        r = HDR_R[hi % HDR_R.length]!;
        hi++;
      } else {
        r = SLOT_R[ri % SLOT_R.length]!;
        while (r.posOnly && label === "benign") { ri++; r = SLOT_R[ri % SLOT_R.length]!; }
        ri++;
      }
      const app = APPS[k % APPS.length]!;
      const ctx: RCtx = { g, pairs, app, provider: s.provider, ...(hdr ? { hdr } : {}) };
      const body = r.render(ctx);
      const w = WRAPPERS[(k * 5 + Math.floor(k / WRAPPERS.length)) % WRAPPERS.length]!;
      const prompt = PROMPTS[k % PROMPTS.length]!;
      const file = r.file(ctx);
      k++;
      out.push({
        id: `${o.idPrefix}-${String(k).padStart(3, "0")}`,
        kind: "secrets",
        category: o.category(s.group),
        label,
        text: w.wrap(g, file, r.lang, body, prompt),
        note: `${s.provider}; slot ${r.needsHdr ? `header ${hdrName(hdr!)}` : last[0]}; context ${r.name} (${file}) sent as ${w.name}`,
      });
    }
  }
  return out;
}

export { ind };
