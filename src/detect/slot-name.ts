// The name a value sits under, read back from the text just before it: an assignment or a member
// (`TREASURY_ADDRESS=`, Make's `X_ADDRESS ?=`, `"payout_address": "`, `treasuryAddress:`), an env lookup's fallback
// (`ENV.fetch("X_ADDRESS", "`, `process.env.X_ADDR ?? "`), a multipart part (`name="x"`, its
// headers, the blank line), an XML key/value pair (`<add key="X" value="`) or element (`<X>`), a JSON
// name/value pair (`{"key": "X", "value": "`).

const ASSIGNED = /([A-Za-z_][\w.-]{0,63})["'`\\\]]{0,3}[ \t]*(?:::?=|[?+]=|=>|[:=]|,|\?\?|\|\|)[ \t]*["'`\\]{0,4}$/;
const MULTIPART = /name=["']?([\w.[\]-]{1,64})["']?[^\r\n]{0,120}\r?\n(?:[\w-]{1,40}:[^\r\n]{0,100}\r?\n){0,2}\r?\n$/;
const XML_PAIR = /(?:key|name)=["']([\w.:-]{1,64})["'][ \t]{1,4}value=["']$/i;
const JSON_PAIR = /"(?:key|name|Name|Key)"[ \t]{0,4}:[ \t]{0,4}"([\w.:-]{1,64})"[ \t]{0,4},[ \t]{0,4}"(?:value|Value)"[ \t]{0,4}:[ \t]{0,4}"$/;
const XML_ELEMENT = /<([A-Za-z_][\w.:-]{0,63})(?:[ \t][^<>\r\n]{0,80})?>[ \t]*$/;

/**
 * The words a password's name is spelled with (`password`, `passwd`, `passphrase`, `pass`, `pwd`, `psw`;
 * `pw` only as the name's end: inside a name it starts other words). `atEnd`: the name ends in one
 * (a slot for a password, `DB_PASSWD`, `smtp_pwd`), not only holds one (`password_policy`, `pwd_file`).
 */
const PASSWORD_WORDS = "pass(?:word|wd|phrase)?|pwd|psw";
const PASSWORD_IN_NAME = new RegExp(`${PASSWORD_WORDS}|pw$`, "i");
const PASSWORD_NAME_END = new RegExp(`(?:${PASSWORD_WORDS}|pw)["'\\]]*$`, "i");
export function passwordName(name: string, atEnd = false): boolean {
  return (atEnd ? PASSWORD_NAME_END : PASSWORD_IN_NAME).test(name);
}

/**
 * A cursor into a listing named as a token: the server's place in a result set, handed back for the next page
 * (AWS `NextToken`/`ContinuationToken`/`StartingToken`, Google's `nextPageToken`/`nextSyncToken`, Azure's
 * `continuationToken`, Twitter's `pagination_token`, OData's `$skiptoken`/`$deltatoken`, Graph's `deltaToken`,
 * MongoDB's `resumeToken`). `name` may be snake-cased by snakeName. Sync, delta, resume and skip count only
 * as a camelCase hump or after `$`: `SYNC_TOKEN`, `sync_token` also name a sync job's credential.
 */
const PAGING_TOKEN_NAME = /(?:^|[^A-Za-z0-9])(?:(?:next|prev(?:ious)?|starting|continuation|pagination|cursor)(?:[_.-]?(?:page|sync|continuation|results?))?[_.-]?token|\$(?:skip|delta)token)["'\]]*$/i;
const CAMEL_PAGING_TOKEN_NAME = /(?:^|[^A-Za-z0-9_])(?:sync|Sync|delta|Delta|resume|Resume|skip|Skip)_?Token["'\]]*$/;
export function pagingTokenName(name: string): boolean {
  return PAGING_TOKEN_NAME.test(name) || CAMEL_PAGING_TOKEN_NAME.test(name);
}

/** A name that says its value is kept encrypted (ciphertext at rest), not sent as it is. */
export const AT_REST_NAME = /encrypt|cipher|sealed|kms|wrapped/i;

/** The name `before` (the text ending where the value starts) puts the value under, or "". */
export function nameAbove(before: string): string {
  const last = before.charCodeAt(before.length - 1);
  // A value at a line's start is a multipart part's body, or nothing's.
  if (last === 10) return MULTIPART.exec(before)?.[1] ?? "";
  if (last === 62) return XML_ELEMENT.exec(before)?.[1] ?? "";
  return (XML_PAIR.exec(before) ?? JSON_PAIR.exec(before) ?? ASSIGNED.exec(before))?.[1] ?? "";
}

/**
 * A name under a digest's path (Helm's `checksum/secret: <sha256>`, `hash/config = <hex>`): the
 * value is the digest of what the name's last part says, never a secret, whatever word that part is.
 */
const DIGEST_PATH_NAME = /(?:^|[^\w/.-])(?:checksum|hash|digest|sha(?:1|256|512)?|md5)\/[\w./-]{1,64}["'`]?[ \t]*[:=][ \t]*["'`]?$/i;
const HEX_DIGEST = /^(?:0x)?[0-9a-f]{32,128}$/i;

/** Whether `value`, starting at `at`, is a hex digest under a digest path's name. */
export function underDigestPath(text: string, at: number, value: string): boolean {
  return HEX_DIGEST.test(value) && DIGEST_PATH_NAME.test(text.slice(Math.max(0, at - 100), at));
}

/**
 * Password managers and secret stores by their product names (1Password, KeePass, LastPass, Bitwarden, Doppler, Vault …),
 * as a regex source: where a secret is kept, named in words.
 */
export const SECRET_STORE_NAME = "(?:1[ -]?[Pp]assword|KeePass(?:XC|DX)?|LastPass|NordPass|Proton[ -]Pass|Enpass|Bitwarden|Vaultwarden|Dashlane|Keeper|Doppler|Infisical|Passbolt|Psono|Vault)";
const STORE_SLOT = new RegExp(`(?:^|[^\\w.-])${SECRET_STORE_NAME}["'\\]]*$`);
/**
 * A name that is a store's product name, though it ends in a password's word (`1Password: "OCI deploy"`, `KeePass: …`,
 * `LastPass: …`): what follows names the item kept there, not the password.
 */
export const secretStoreName = (name: string) => STORE_SLOT.test(name);

/**
 * Slots that name where a secret is kept, not the secret: a Helm chart's `existingSecret: <Secret object>`
 * (a DNS-1123 name), systemd's `LoadCredential=`/`ImportCredential=` (an id and a path) and
 * `SetCredentialEncrypted=`/`LoadCredentialEncrypted=` (an id and `systemd-creds` ciphertext).
 * A plain `SetCredential=id:data` holds the data itself and is not one.
 */
const SECRET_OBJECT_SLOT = /(?:^|[^A-Za-z])existing[_-]?secret(?:[_-]?name)?$/i;
const SYSTEMD_CREDENTIAL_SLOT = /(?:(?:Load|Import)Credential|(?:Set|Load)CredentialEncrypted)$/;
export function secretReferenceSlot(name: string, raw: string): boolean {
  // In escaped text (a file in a JSON string) the value may run into the next line's `\n`.
  const value = raw.replace(/\\[^]*$/, "");
  if (SYSTEMD_CREDENTIAL_SLOT.test(name)) return /^[\w.@*?-]{1,64}(?::|$)/.test(value);
  return SECRET_OBJECT_SLOT.test(name) && /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/.test(value);
}

/**
 * The one list of words that, before "token", name a token a client sends as it is (`access_token`, `botToken`,
 * `X-Auth-Token`, `api-token`, `BearerToken`); each reader adds the words its slots allow (sentTokenWords).
 */
const SENT_TOKEN_WORDS = ["access", "auth", "api", "bot", "bearer"];
/**
 * A session key's variable (Bitwarden's `BW_SESSION`, 1Password's `OP_SESSION_<account>`, `appSession`): what a CLI or an
 * app is logged in with, a credential as a token is. A session's settings are named otherwise (`SESSION_DRIVER`, `SESSION_LIFETIME`).
 */
const SESSION_VARIABLE = /(?:^|[_.-])sess(?:ion)?$|^op_session_[a-z0-9]{1,64}$/i;
export const sessionVariableName = (snake: string) => SESSION_VARIABLE.test(snake);

/** A session's, a refresh token's and a security token's names: sent as they are too, where a reader takes them. */
export const SESSION_TOKEN_WORDS = ["session", "refresh", "security"];
/** A regex alternation of SENT_TOKEN_WORDS and `more`, for a name ending in `<word>[_.-]?token`. */
export const sentTokenWords = (...more: string[]) => `(?:${[...SENT_TOKEN_WORDS, ...more].join("|")})`;

/**
 * A name for a token the client sends to authenticate (`AccessToken`, `X-Auth-Token`, `session_token`,
 * `BearerToken`, `SecurityToken`): its value is the credential whatever its length. A paging cursor, a CSRF
 * nonce, a device's push token or an idempotency token (`NextToken`, `CsrfToken`, `DeviceToken`, `ClientToken`)
 * is named otherwise; a name that says encrypted holds ciphertext at rest.
 */
const CREDENTIAL_TOKEN_NAME = new RegExp(`${sentTokenWords("authenti[ck]ation", "authori[sz]ation", ...SESSION_TOKEN_WORDS, "login", "oauth")}[_.-]?token["'\\]]*$`, "i");
export const credentialTokenName = (name: string) => CREDENTIAL_TOKEN_NAME.test(name) && !AT_REST_NAME.test(name) && !pagingTokenName(name);
