// Round thirty (held-out Y132's scheduled-task cases): a secret given to a command in a parameter named
// for it, its value the next word: PowerShell's `-SqlPassword "…"`, a script's `--ldap-bind-password '…'`,
// in a Windows scheduled task's <Arguments>, a CI step, a systemd unit, a tool call. A password-named
// parameter takes a person's password with any punctuation; a secret- or token-named one a drawn value.
// Benign: variables, expressions, secret-store references, sources to read from, placeholders, switches.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x30e101);
const b = builder({ category: "r30e-cli-parameter" });
const bb = builder({ category: "r30e-cli-parameter-benign" });
const SYM = "!#%*@^~?";
/** A person's password: letters of both cases, digits and two symbols, 12 to 18 characters. */
const pw = () => `${r.str(2, UPPER)}${r.str(3, LOWER)}${r.pick([...SYM])}${r.str(3, DIGITS)}${r.str(2, UPPER)}${r.str(2, LOWER)}${r.pick([...SYM])}${r.str(r.range(0, 3), DIGITS)}`;
/** A drawn secret with symbols, 20 characters. */
const drawn = () => `${r.str(3, UPPER)}${r.str(2, DIGITS)}${r.pick([...SYM])}${r.str(3, LOWER)}${r.str(2, UPPER)}${r.pick([...SYM])}${r.str(2, DIGITS)}${r.str(3, LOWER)}${r.str(2, UPPER)}`;

b.pos("r30e-cli-task-xml", "scheduled task XML, PowerShell parameter in <Arguments>",
  `<Task version="1.3" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n  <Actions Context="Author">\n    <Exec>\n      <Command>pwsh.exe</Command>\n      <Arguments>-NonInteractive -File D:\\ops\\export.ps1 -PayrollSqlPassword "${pw()}" -Server sql02</Arguments>\n    </Exec>\n  </Actions>\n</Task>\n`);
b.pos("r30e-cli-bash-ldap", "shell script, kebab-case flag, single quotes",
  `#!/usr/bin/env bash\nset -euo pipefail\n./bin/directory-sync --ldap-host ldaps://dc1.corp.test --ldap-bind-password '${pw()}' --dry-run\n`);
b.pos("r30e-cli-ps-bare", "PowerShell call, bare value",
  `PS C:\\ops> & .\\Rotate-Service.ps1 -ServiceAccountPassword ${pw()} -Verbose\nVERBOSE: rotating svc_backup\n`);
b.pos("r30e-cli-ci-secret", "CI step, secret-named parameter with a drawn value",
  `deploy:\n  stage: deploy\n  script:\n    - pwsh ./tools/push-config.ps1 -ErpClientSecret "${drawn()}" -Environment prod\n`);
b.pos("r30e-cli-systemd", "systemd unit ExecStart with a passphrase flag",
  `[Service]\nUser=backup\nExecStart=/usr/local/bin/archiver --target s3://bk --archive-passphrase ${pw()}\nRestart=on-failure\n`);
b.pos("r30e-cli-toolcall", "agent tool call running a script with a password flag",
  JSON.stringify({ tool: "shell", input: { command: `python3 migrate.py --source-db-password "${pw()}" --batch 500` } }));
b.pos("r30e-cli-task-token", "scheduled task, token-named parameter with a drawn value",
  `<Exec>\n  <Command>powershell.exe</Command>\n  <Arguments>-File C:\\Jobs\\pull.ps1 -VendorAuthToken '${drawn()}'</Arguments>\n</Exec>\n`);

bb.ben("r30e-cli-b-variable", "PowerShell variable as the value",
  `& .\\Rotate-Service.ps1 -ServiceAccountPassword $newPassword -Verbose\n`);
bb.ben("r30e-cli-b-subshell", "command substitution as the value",
  `./bin/directory-sync --ldap-bind-password "$(cat /run/secrets/ldap_bind)" --dry-run\n`);
bb.ben("r30e-cli-b-expression", "an expression that fetches the secret",
  `<Arguments>-File C:\\Jobs\\sync.ps1 -SqlPassword (Get-Secret -Name sql-prod -AsPlainText)</Arguments>\n`);
bb.ben("r30e-cli-b-reference", "a key vault reference",
  `+ ./bin/cli configure --smtp-password @Vault(secret/data/smtp#password) --profile prod\n`);
bb.ben("r30e-cli-b-source", "a source to read the password from",
  `openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 --export-password env:P12_EXPORT_PASS\n`);
bb.ben("r30e-cli-b-placeholder", "placeholder in docs",
  `Usage: sync.ps1 -SqlPassword "<your-sql-password>" [-Server NAME]\n`);
bb.ben("r30e-cli-b-switches", "AD switches named for passwords, boolean values",
  `Set-ADUser svc_erp -PasswordNeverExpires $true -CannotChangePassword $false -ChangePasswordAtLogon $false\n`);
bb.ben("r30e-cli-b-batch-var", "a batch file's variable",
  `call sync.cmd --db-password %SYNC_DB_PASSWORD% --quiet\n`);
bb.ben("r30e-cli-b-prose", "prose naming the parameter",
  `The -SqlPassword parameter accepts plain text only; use -Credential for a PSCredential object.\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
