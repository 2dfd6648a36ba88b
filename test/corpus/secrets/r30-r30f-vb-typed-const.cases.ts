// Round thirty (held-out Y132's y132-erp-007, obs-013, id-024): a credential in a VB.NET declaration,
// its type between the name and the initializer (`Private Const ApiToken As String = "…"`, `Dim …
// As String =`, `Public Shared ReadOnly … As System.String =`), and Vault's AppRole secret_id under a
// name saying Vault's (`VaultSecretId`, `VAULT_SECRET_ID` alone). Benign: the same declarations holding
// URLs, paths, placeholders, environment lookups, a nil UUID, another product's secret id.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30f001);
const b = builder({ category: "r30f-vb-typed-const" });
const bb = builder({ category: "r30f-vb-typed-const-benign" });
const vbModule = (body: string) => `Imports System.Net.Http\n\nPublic Module Settings\n${body}\nEnd Module\n`;
const port = (code: string) => JSON.stringify({ model: "claude-sonnet-4", max_tokens: 1024, messages: [{ role: "user", content: `Can you convert this to C#?\n\n${code}` }] });
const lowerAlnum = (n: number) => r.str(n, "abcdefghijklmnopqrstuvwxyz0123456789");

b.pos("r30f-vb-const-token", "Private Const … As String, a refresh token", vbModule(`    Private Const PayrollRefreshToken As String = "${lowerAlnum(72)}"`));
b.pos("r30f-vb-dim-secret", "Dim … As String, an upper-case secret", port(vbModule(`    Dim MonitoringApiSecret As String = "${r.str(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}"`)));
b.pos("r30f-vb-shared-readonly", "Public Shared ReadOnly … As System.String", vbModule(`    Public Shared ReadOnly LedgerAccessKey As System.String = "${r.alnum(40)}"`));
b.pos("r30f-vb-friend-password", "Friend Const … As String, a drawn password", vbModule(`    Friend Const SmtpRelayPassword As String = "${r.alnum(6)}#${r.digits(3)}${r.alnum(5)}!${r.alnum(3)}"`));
b.pos("r30f-vb-vault-secret-id", "Vault's secret id in a VB constant", port(vbModule(`    Private Const VaultRoleName As String = "payroll"\n    Private Const VaultSecretId As String = "${r.uuid()}"`)));
b.pos("r30f-vault-secret-id-env", "VAULT_SECRET_ID alone in a .env", `VAULT_ADDR=https://vault.corp.example:8200\nVAULT_SECRET_ID=${r.uuid()}\n`);
b.pos("r30f-vb-lower-as", "lower-case as string (VBScript-like casing)", vbModule(`    private const hrApiToken as string = "${r.alnum(20)}${r.digits(4)}${r.alnum(12)}"`));

bb.ben("r30f-vb-url", "a token endpoint's URL", vbModule(`    Private Const TokenEndpoint As String = "https://login.example.com/oauth2/v2.0/token"`));
bb.ben("r30f-vb-placeholder", "a placeholder", vbModule(`    Private Const PayrollRefreshToken As String = "YOUR_REFRESH_TOKEN_HERE"`));
bb.ben("r30f-vb-env", "read from the environment", vbModule(`    Private ReadOnly ApiSecret As String = Environment.GetEnvironmentVariable("MONITORING_API_SECRET")`));
bb.ben("r30f-vb-nil-uuid", "a nil UUID as Vault's secret id", vbModule(`    Private Const VaultSecretId As String = "00000000-0000-0000-0000-000000000000"`));
bb.ben("r30f-vb-aws-secret-id", "AWS Secrets Manager's SecretId names a secret", vbModule(`    Private Const AwsSecretId As String = "${r.uuid()}"`));
bb.ben("r30f-vb-secret-path", "a path to the secret id file", vbModule(`    Private Const VaultSecretIdFile As String = "/etc/vault/secret-id"`));
bb.ben("r30f-vb-header-name", "a header's name", vbModule(`    Private Const ApiKeyHeader As String = "X-Payroll-Api-Key-Header"`));
bb.ben("r30f-vb-client-id", "an app registration's client id", vbModule(`    Private Const GraphClientId As String = "${r.uuid()}"`));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
