// Round thirty-two (Y138: y138-k-018): a secret store's CLI asked for one value prints it alone, and an
// agent's transcript carries the command and then that output — a tool result's content, a Responses
// API call's output, or the line under the command in a terminal's echo (gcloud, aws, az, op, vault,
// bw, pass, security, doppler). Benign: the same commands printing metadata, errors, references,
// ARNs, masked values, or listing versions.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32e003);
const b = builder({ category: "r32e-fetched-secret-output" });
const bb = builder({ category: "r32e-fetched-secret-output-benign" });

/** An Anthropic-style exchange: the bash tool's call, then its result. */
const anthropic = (command: string, output: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
  { role: "user", content: "Grab the value so we can test." },
  { role: "assistant", content: [{ type: "tool_use", id: `toolu_${r.alnum(24)}`, name: "bash", input: { command } }] },
  { role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_${r.alnum(24)}`, content: output }] },
] });
/** A Responses API input: the function call, then its output. */
const responses = (command: string, output: string) => JSON.stringify({ model: "gpt-4.1", input: [
  { type: "function_call", call_id: `call_${r.alnum(20)}`, name: "shell", arguments: JSON.stringify({ cmd: command }) },
  { type: "function_call_output", call_id: `call_${r.alnum(20)}`, output },
] });

b.pos("r32e-gcloud-access", "gcloud secrets versions access, tool_result", anthropic("gcloud secrets versions access latest --secret=siem-ingest-key --project=acme-sec", r.alnum(40)));
b.pos("r32e-aws-text", "aws get-secret-value --output text, Responses output", responses("aws secretsmanager get-secret-value --secret-id prod/edr --query SecretString --output text", r.b64url(44)));
b.pos("r32e-az-tsv", "az keyvault secret show -o tsv in a terminal", `PS C:\\ops> az keyvault secret show --vault-name kv-sec-prod --name splunk-hec --query value -o tsv\n${r.uuid().slice(0, 8)}${r.alnum(24)}\nPS C:\\ops> `);
b.pos("r32e-op-read", "op read in a shell transcript", `$ op read "op://Security/Okta API/credential"\n00${r.alnum(40)}\n$ `);
b.pos("r32e-vault-field", "vault kv get -field, tool_result", anthropic("vault kv get -field=client_secret secret/soc/falcon", r.hex(40)));
b.pos("r32e-bw-password", "bw get password, punctuated", `$ bw get password "Splunk admin"\n${r.alnum(6)}#${r.digits(3)}!${r.alnum(8)}\n`);
b.pos("r32e-keychain", "security find-generic-password -w", `% security find-generic-password -a svc-backup -s backup-api -w\n${r.alnum(32)}\n% `);

bb.ben("r32e-gcloud-list", "gcloud secrets versions list output", anthropic("gcloud secrets versions list siem-ingest-key", "NAME  STATE    CREATED              DESTROYED\n3     enabled  2025-03-01T10:00:00  -\n2     disabled 2025-01-01T10:00:00  -"));
bb.ben("r32e-gcloud-error", "access denied error", anthropic("gcloud secrets versions access latest --secret=siem-ingest-key", "ERROR: (gcloud.secrets.versions.access) PERMISSION_DENIED: Permission 'secretmanager.versions.access' denied"));
bb.ben("r32e-aws-arn", "get-secret-value asked for the ARN", responses("aws secretsmanager get-secret-value --secret-id prod/edr --query ARN --output text", `arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/edr-${r.alnum(6)}`));
bb.ben("r32e-op-ref", "op read of a reference echoed, item not found", `$ op read "op://Security/Okta API/credential"\n[ERROR] 2025/04/01 12:00:00 could not read secret: item not found\n`);
bb.ben("r32e-vault-field-masked", "vault -field printed masked by a wrapper", `$ vault kv get -field=client_secret secret/soc/falcon\n****************\n`);
bb.ben("r32e-aws-version", "get-secret-value asked for the version id", responses("aws secretsmanager get-secret-value --secret-id prod/edr --query VersionId --output text", r.uuid()));
bb.ben("r32e-gcloud-metadata", "gcloud secrets describe output", anthropic("gcloud secrets describe siem-ingest-key --format=json", JSON.stringify({ name: "projects/123/secrets/siem-ingest-key", createTime: "2025-03-01T10:00:00Z", etag: `"${r.hex(12)}"` })));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
