// Round twenty-nine, left by fix29d: a C++ direct-initialisation or setter call whose argument is a
// literal through its language's wrapper (`FString ApiToken(TEXT("…"))`, `std::wstring key(L"…")`,
// `SetSecret(_T("…"))`). Benign: the same calls holding header names, schemes, labels, placeholders.
import type { CorpusCase } from "../types.ts";
import { ALNUM, builder, Rng } from "./_gen.ts";

const r = new Rng(0x29d0c);
const w = builder({ category: "r29-wrapped-call-argument" });
const wb = builder({ category: "r29-wrapped-call-argument-benign" });
const tok = () => `${r.alnum(18)}${r.pick(["-", "_"])}${r.str(20, ALNUM)}`;

w.pos("r29wc-unreal-ctor", "Unreal direct-initialisation", `static const FString ApiToken(TEXT("${tok()}"));`);
w.pos("r29wc-unreal-nested", "FString around TEXT", `const FString SecretKey(FString(TEXT("${tok()}")));`);
w.pos("r29wc-wstring", "a wide string's L prefix", `std::wstring apiKey(L"${tok()}");`);
w.pos("r29wc-mfc-setter", "an MFC setter with _T", `m_client.SetAccessToken(_T("${tok()}"));`);
w.pos("r29wc-qt-setter", "a Qt setter with QStringLiteral", `request.setApiKey(QStringLiteral("${tok()}"));`);
w.pos("r29wc-chat", "a pasted Unreal file in a chat", JSON.stringify({ messages: [{ role: "user", content: `why does this 401?\n\`\`\`cpp\nFString ClientSecret(TEXT("${tok()}"));\n\`\`\`` }] }));

wb.ben("r29wc-b-header", "a header's name", `setApiKey(TEXT("X-Api-Key"));`);
wb.ben("r29wc-b-scheme", "an auth scheme", `FString ApiToken(TEXT("Bearer"));`);
wb.ben("r29wc-b-placeholder", "a placeholder", `static const FString ApiToken(TEXT("YOUR_API_TOKEN_HERE"));`);
wb.ben("r29wc-b-label", "a UI label", `FText TokenLabel(NSLOCTEXT("Login", "TokenLabel", "Access token"));`);
wb.ben("r29wc-b-config-key", "a config key's name", `GConfig->GetString(TEXT("/Script/Backend"), TEXT("ApiTokenSettingName"), Token, GGameIni);`);
wb.ben("r29wc-b-env", "read from the environment", `FString ApiToken(FPlatformMisc::GetEnvironmentVariable(TEXT("BACKEND_API_TOKEN")));`);

export const cases: CorpusCase[] = [...w.cases, ...wb.cases];
