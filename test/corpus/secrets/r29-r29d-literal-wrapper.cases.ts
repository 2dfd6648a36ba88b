// Round twenty-nine (after Y127): a secret-named constant whose literal is written through its
// language's wrapper — a macro or string type called on it (Unreal's `TEXT("…")`, MFC's `_T("…")`,
// wxWidgets' `wxT("…")`, Core Foundation's `CFSTR("…")`, Qt's `QStringLiteral("…")`) or a prefix glued
// to its quote (`L"…"`, `u8"…"`, Python's `b"…"`, Rust's `r"…"`). The name's walk to its value stopped
// at the wrapper's word. Benign: the same wrappers around labels, header names, placeholders, URLs,
// identifiers, and hex under a public key's or a digest's name.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29d101);
const b = builder({ category: "r29-literal-wrapper" });
const bb = builder({ category: "r29-literal-wrapper-benign" });
const cpp = (body: string) => `\`\`\`cpp\n#include "Backend.h"\n\nnamespace\n{\n${body}\n}\n\`\`\``;

b.pos("r29d-lw-unreal-hex", "Unreal TEXT() around 32 hex", cpp(`    static const FString StorePublisherKey = TEXT("${r.hex(32).toUpperCase()}");`));
b.pos("r29d-lw-unreal-token", "Unreal TEXT() around a drawn token", cpp(`    static const FString BuildServerToken = TEXT("${r.alnum(20)}-${r.alnum(18)}");`));
b.pos("r29d-lw-mfc", "MFC _T() in a define", `#define LICENSE_API_SECRET _T("${r.hex(40)}")\n`);
b.pos("r29d-lw-wchar", "wide literal L\"…\"", `const wchar_t* kTelemetryApiKey = L"${"tk" + "_"}${r.alnum(32)}";\n`);
b.pos("r29d-lw-u8", "u8 literal", `constexpr const char* kDeviceAuthToken = u8"${r.alnum(40)}";\n`);
b.pos("r29d-lw-cfstr", "Core Foundation CFSTR()", `static CFStringRef const kCrashUploadSecret = CFSTR("${r.hex(36)}");\n`);
b.pos("r29d-lw-qt", "Qt QStringLiteral()", `const QString cloudApiToken = QStringLiteral("${r.alnum(44)}");\n`);
b.pos("r29d-lw-wx", "wxWidgets wxT()", `wxString updaterAccessKey = wxT("${r.alnum(36)}");\n`);
b.pos("r29d-lw-rust-raw", "Rust raw string", `const FLEET_API_TOKEN: &str = r"${r.alnum(40)}";\n`);

bb.ben("r29d-lw-label", "a UI label in TEXT()", cpp(`    static const FString ApiKeyLabel = TEXT("Enter your API key");`));
bb.ben("r29d-lw-header", "a header name in TEXT()", cpp(`    static const FString ApiKeyHeader = TEXT("X-Api-Key");`));
bb.ben("r29d-lw-public", "a public key's hex in TEXT()", cpp(`    static const FString ServerPublicKey = TEXT("${r.hex(64)}");`));
bb.ben("r29d-lw-placeholder", "a placeholder in L\"…\"", `const wchar_t* kApiToken = L"YOUR_API_TOKEN_HERE";\n`);
bb.ben("r29d-lw-url", "a token endpoint in QStringLiteral()", `const QString authToken = QStringLiteral("https://auth.example.com/oauth/token");\n`);
bb.ben("r29d-lw-ident", "a keychain identifier in CFSTR()", `static CFStringRef const kSessionTokenKey = CFSTR("com.example.game.sessionToken");\n`);
bb.ben("r29d-lw-digest", "a digest's hex under a hash name", `#define UPDATE_KEY_SHA256 _T("${r.hex(64)}")\n`);
bb.ben("r29d-lw-format", "a format string in wxT()", `wxString accessKeyPrompt = wxT("Access key for %s (%d chars)");\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
