// A Vault AppRole login's secret half: `secret_id` (a UUID) beside its `role_id`, in a login body sent
// to `auth/approle/login`, a `vault write` command, an agent's or a pipeline's settings, or `vault
// write -f …/secret-id`'s table output, a Makefile's `VAULT_SECRET_ID ?= …`, or under a name saying Vault's (`VaultSecretId`, VB.NET's `As String =`). Elsewhere `secret_id` is an id (AWS Secrets Manager's
// `SecretId` names a secret; a secrets manager's UUIDs address one): only AppRole's context makes it
// the credential. `secret_id_accessor` looks the secret up, it cannot log in.
import { defineRule } from "./define.ts";
import { randomUuid } from "./call-arguments.ts";
import type { Rule } from "./types.ts";

const Q = String.raw`(?:\\{0,3}["'])?`;
const PATTERN = new RegExp(String.raw`secret[_-]?id${Q}(?:[ \t]{0,8}(?:[?:+]?=|:|=>)[ \t]{0,8}|[ \t]{2,40}|[ \t]{1,3}as[ \t]{1,3}string[ \t]{0,3}=[ \t]{0,3})${Q}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])`, "i");
/** The name's own start (`secret_id`, `VAULT_SECRET_ID`), not a word ending in it. */
const NAME_START = /(?:^|[^A-Za-z0-9])(?:[A-Za-z0-9]+_)*$/;
/** AppRole's words near the value: its role_id, the auth method, the table's accessor row. */
const APPROLE = /role[_-]?id|approle|secret_id_accessor/i;
/** The name says Vault's own (`VAULT_SECRET_ID`, `VaultSecretId`, `vault.secret_id`): only AppRole's secret_id is. */
const VAULT_NAMED = /vault[_.-]?$/i;
const outsideAppRole = (text: string, start: number, end: number) =>
  !VAULT_NAMED.test(text.slice(Math.max(0, start - 6), start)) && !APPROLE.test(text.slice(Math.max(0, start - 400), end + 400));

export const VAULT_APPROLE_RULES: Rule[] = [
  defineRule({ id: "vault-approle-secret-id", anchored: true, description: "Vault AppRole secret_id next to its role_id or an AppRole login", keywords: ["secret_id", "secret-id", "secretid"],
    pattern: PATTERN, validate: (s, _m, b) => (NAME_START.test(b) || VAULT_NAMED.test(b)) && randomUuid(s), excusedAt: outsideAppRole,
    placeholder: "standard", entropy: 2.5, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 140 }),
];
