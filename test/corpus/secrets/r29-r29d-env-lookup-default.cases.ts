// Round twenty-nine (after Y127): an environment lookup's literal fallback in Dart and its kin —
// `String.fromEnvironment('X', defaultValue: '…')` (the lookup word after `from`, the default named
// `defaultValue`), Kotlin's `System.getenv("X") ?: "…"`, Swift's `ProcessInfo…environment["X"] ?? "…"`,
// Dart's `Platform.environment['X'] ?? '…'`, C#'s `Environment.GetEnvironmentVariable("X") ?? "…"`, Lua's
// `os.getenv("X") or "…"`. Benign: the same lookups defaulting to URLs, placeholders, flags, words, an
// empty string, or hex under a public key's name.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29d202);
const b = builder({ category: "r29-env-lookup-default" });
const bb = builder({ category: "r29-env-lookup-default-benign" });
const dart = (line: string) => `\`\`\`dart\nclass Env {\n  ${line}\n  static const apiBase = 'https://api.example.com';\n}\n\`\`\``;

b.pos("r29d-el-dart-hex", "Dart fromEnvironment defaultValue, upper hex", dart(`static const matchServerGslt = String.fromEnvironment('MATCH_SERVER_GSLT', defaultValue: '${r.hex(32).toUpperCase()}');`));
b.pos("r29d-el-dart-token", "Dart fromEnvironment defaultValue, drawn token", dart(`static const ciToken = String.fromEnvironment('CI_DEPLOY_TOKEN', defaultValue: '${r.alnum(30)}-${r.alnum(24)}');`));
b.pos("r29d-el-dart-prefixed", "Dart fromEnvironment defaultValue, prefixed hex key", dart(`static const mlApiKey = String.fromEnvironment('ML_API_KEY', defaultValue: '${"mk" + "_"}${r.hex(64)}');`));
b.pos("r29d-el-dart-double", "Dart fromEnvironment with double quotes", dart(`static const pushSecret = String.fromEnvironment("PUSH_SERVICE_SECRET", defaultValue: "${r.alnum(40)}");`));
b.pos("r29d-el-dart-platform", "Dart Platform.environment ??", `final token = Platform.environment['RELEASE_BOT_TOKEN'] ?? '${r.alnum(40)}';\n`);
b.pos("r29d-el-kotlin", "Kotlin System.getenv ?:", `val uploadKey = System.getenv("CRASH_UPLOAD_API_KEY") ?: "${r.hex(40)}"\n`);
b.pos("r29d-el-swift", "Swift ProcessInfo environment ??", `let secret = ProcessInfo.processInfo.environment["TELEMETRY_SECRET"] ?? "${r.alnum(36)}"\n`);
b.pos("r29d-el-lua", "Lua os.getenv or", `local token = os.getenv("MATCHMAKER_TOKEN") or "${r.alnum(38)}"\n`);

bb.ben("r29d-el-url", "a URL default", dart(`static const tokenUrl = String.fromEnvironment('AUTH_TOKEN', defaultValue: 'https://auth.example.com/oauth/token');`));
bb.ben("r29d-el-placeholder", "a placeholder default", dart(`static const apiKey = String.fromEnvironment('API_KEY', defaultValue: 'YOUR_API_KEY_HERE');`));
bb.ben("r29d-el-flag", "a bool flag", dart(`static const useToken = bool.fromEnvironment('USE_ACCESS_TOKEN', defaultValue: false);`));
bb.ben("r29d-el-empty", "an empty default", dart(`static const apiToken = String.fromEnvironment('API_TOKEN', defaultValue: '');`));
bb.ben("r29d-el-public", "a public key's hex", dart(`static const serverPublicKey = String.fromEnvironment('SERVER_PUBLIC_KEY', defaultValue: '${r.hex(64)}');`));
bb.ben("r29d-el-word", "a flavour word", `val keyName = System.getenv("SIGNING_KEY_ALIAS") ?: "releaseUploadKeyAlias"\n`);
bb.ben("r29d-el-id", "an id under an id's name", `let clientId = ProcessInfo.processInfo.environment["OAUTH_CLIENT_ID"] ?? "${r.hex(32)}"\n`);
bb.ben("r29d-el-path", "a path default", `local keyFile = os.getenv("TLS_KEY") or "/etc/game/certs/server-private-key.pem"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
