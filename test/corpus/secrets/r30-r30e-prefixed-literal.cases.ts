// Round thirty (held-out Y132's C# settings classes): a secret assigned as a string literal written with
// its language's prefix: C#'s verbatim `@"…"` and `$@"…"`, Python's raw and bytes `r"…"`, `rb'…'`, C and
// C++'s wide and UTF-8 `L"…"`, `u8"…"`. The prefix is the literal's spelling; the literal is the value.
// Benign: the same prefixes on paths, templates, patterns, prompts and labels under secret-ish names.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x30e202);
const b = builder({ category: "r30e-prefixed-literal" });
const bb = builder({ category: "r30e-prefixed-literal-benign" });
const SYM = "!#%*^~?+";
const pw = () => `${r.str(3, UPPER)}${r.str(2, LOWER)}${r.pick([...SYM])}${r.str(2, DIGITS)}${r.str(3, LOWER)}${r.str(2, UPPER)}${r.pick([...SYM])}${r.str(3, DIGITS)}`;

b.pos("r30e-pfx-cs-verbatim", "C# const with a verbatim string",
  `namespace Fabrikam.Payroll\n{\n    internal static class LdapSettings\n    {\n        internal const string Host = "ldaps://dc2.fabrikam.test";\n        internal const string LdapBindPassword = @"${pw()}";\n    }\n}\n`);
b.pos("r30e-pfx-cs-readonly", "C# static readonly field, verbatim string",
  `public sealed class SftpOptions\n{\n    public static readonly string SftpPassword = @"${pw()}";\n    public static readonly int Port = 22;\n}\n`);
b.pos("r30e-pfx-py-raw", "Python raw string",
  `# settings_local.py\nSMTP_HOST = "mail.example.test"\nSMTP_PASSWORD = r"${pw()}"\n`);
b.pos("r30e-pfx-py-bytes", "Python raw bytes literal for a signing secret",
  `import hmac\nWEBHOOK_SECRET = rb'${r.alnum(18)}${r.str(3, DIGITS)}${r.str(3, UPPER)}'\nsig = hmac.new(WEBHOOK_SECRET, body, "sha256")\n`);
b.pos("r30e-pfx-cpp-wide", "C++ wide string constant",
  `// svc_config.h\nstatic const wchar_t* kServicePassword = L"${pw()}";\nstatic const wchar_t* kServiceUser = L"svc_agent";\n`);
b.pos("r30e-pfx-cpp-u8", "C++ UTF-8 literal for an API secret, in a chat message",
  JSON.stringify({ role: "user", content: `why does this fail to link?\n\nconstexpr auto api_secret = u8"${r.alnum(22)}${r.str(2, DIGITS)}";\n` }));

bb.ben("r30e-pfx-b-path", "C# verbatim path to a password file",
  `internal const string PasswordFile = @"C:\\ProgramData\\Fabrikam\\ldap.pwd";\n`);
bb.ben("r30e-pfx-b-template", "C# interpolated verbatim template",
  `var secretName = $@"{environment}-sql-password";\nvar apiKey = $@"{prefix}{tenantId}";\n`);
bb.ben("r30e-pfx-b-regex", "Python raw regex for password rules",
  `PASSWORD_PATTERN = r"^(?=.*\\d)(?=.*[A-Z]).{12,}$"\npassword_regex = r'[A-Za-z0-9]{12,64}'\n`);
bb.ben("r30e-pfx-b-prompt", "C++ wide prompt string",
  `static const wchar_t* kPasswordPrompt = L"Enter the service password:";\nstatic const wchar_t* kSecretLabel = L"Client secret";\n`);
bb.ben("r30e-pfx-b-placeholder", "C# verbatim placeholder",
  `internal const string SftpPassword = @"<set-in-user-secrets>";\n`);
bb.ben("r30e-pfx-b-config-key", "C# verbatim configuration key name",
  `internal const string PasswordKey = @"Integration:Sftp:Password";\nvar pwd = configuration[PasswordKey];\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
