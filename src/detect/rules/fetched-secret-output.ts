// A secret store's CLI asked for one secret's value prints that value alone: `gcloud secrets versions
// access`, `aws secretsmanager get-secret-value --output text`, `az keyvault secret show -o tsv`,
// `op read`, `vault kv get -field=…`, `bw get password`, `security find-generic-password -w`,
// `pass show`, `doppler secrets get --plain`, `kubectl get secret … | base64 -d`, or `cat` of a file named for a secret. An agent's
// transcript carries the command and, next, its output: a tool result's content field holding the
// bare value, or the line after the command in a terminal's echo. No name stands beside the value;
// the command names it a secret.
import { defineRule } from "./define.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import { generatedPassword } from "./secret-name.ts";
import { isPlaceholder } from "../placeholder.ts";
import type { Rule } from "./types.ts";

/**
 * A file named for a secret read whole (`cat ~/.vault_pass.txt`, `cat /run/secrets/db`, `Get-Content .\\api_token.txt`):
 * its name or its directory (`/run/secrets/`, `secrets/`) says what it holds. The path ends the command (a pipe to
 * `sha256sum` prints a digest, not the secret).
 */
const FILE_READ = String.raw`(?<![\w.-])(?:cat|get-content)[ \t]+(?:-[A-Za-z]+[ \t]+)*["']?(?:[^\s"'|;&<>]{0,200}[\/\\])?(?:(?<=secrets[\/\\])[\w.-]{1,64}|\.?[\w-]{0,40}(?:pass(?:word|wd|phrase)?|secret|token|credentials?|api[_-]?key|apikey)[\w-]{0,40}(?:\.(?:txt|key|secret|token|pass|pwd))?)["']?(?=[ \t]*(?:\r?\n|"|\\n))`;
/** The fetching command, from its distinctive words. */
const FETCH = String.raw`(?:${FILE_READ}|secrets[ \t]+versions[ \t]+access|get-secret-value|get-parameters?(?=[^\r\n"]{0,200}--with-decryption)|keyvault[ \t]+secret[ \t]+show|\bop[ \t]+read|\bvault[ \t]+(?:kv[ \t]+get|read)[ \t]+-field=|\bbw[ \t]+get[ \t]+(?:password|notes)|find-(?:generic|internet)-password(?=[^\r\n"]{0,200}[ \t]-w\b)|\bpass[ \t]+show|secrets[ \t]+get(?=[^\r\n"]{0,200}--plain)|get[ \t]+secrets?[ \t](?=[^\r\n"]{0,200}base64[ \t]+(?:-d|--decode|-D)))`;
/** A tool result's field holding the command's output: the first string field of one of these names after the command. */
const RESULT_FIELD = String.raw`"(?:content|output|text|stdout|result)"[ \t]*:[ \t]*"`;
/** The value: printable, no blank, quote or backslash (an escaped line break may end it). */
const VALUE = String.raw`([^\s"'\\]{12,400})`;
const PATTERN = new RegExp(
  String.raw`${FETCH}(?:[^\r\n]{0,300}\r?\n${VALUE}[ \t]*(?:\r?\n|$)|(?:(?!${RESULT_FIELD})[\s\S]){0,1200}${RESULT_FIELD}${VALUE}(?:\\r)?(?:\\n)?")`,
  "i",
);

/** Output that is a secret's value: a random token, or a generated password; not a path, a reference, a URL or a resource name. */
function fetchedValue(v: string): boolean {
  if (/:\/\/|^(?:arn|projects|op|vault|ref|sm|ssm|secret):|^[\/~.]|^\{|^\[/i.test(v) || isPlaceholder(v)) return false;
  return opaqueLiteral(v) || (v.length >= 12 && generatedPassword(v, 3.0));
}

export const FETCHED_SECRET_OUTPUT_RULES: Rule[] = [
  defineRule({ id: "fetched-secret-output", description: "Secret value printed alone by a secret store's CLI (gcloud, aws, az, op, vault, bw, pass) in the command's output",
    keywords: ["cat ", "get-content ", "versions access", "get-secret-value", "get-parameter", "keyvault secret show", "op read", "-field=", "bw get", "find-generic-password", "find-internet-password", "pass show", "secrets get", "get secret"],
    pattern: PATTERN, secretGroup: -1, validate: (s) => fetchedValue(s),
    placeholder: "standard", severity: "high", confidence: "medium", tags: ["generic"], before: 64, after: 1800 }),
];
