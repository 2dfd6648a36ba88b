// A name/value pair of fields: the name in one field ("name", "key", "ParameterKey"), the value
// in its sibling "value" field. HAR and Insomnia headers (`{"name": "Authorization", "value": …}`),
// Postman headers (`{"key": …, "value": …}`), a password manager item's fields (1Password's
// `{"label": "credential", "value": …}`), container env entries, SSM and CloudFormation
// parameters write a setting this way instead of `Name: value`. So does a CI variable written through its
// API (GitLab's `--form "key=X" --form "value=…"`, `key=X&value=…`, `gh api -f key=X -f value=…`) or
// Terraform (`key     = "X"` aligned above `value   = "…"`), or Netlify's env API (`"key": "X", "values": [{"value": …}]`). So does a multipart part: its name
// in the Content-Disposition header, its value in the body after the blank line.

/** Before a name: the name field's assignment, opening the value that is the name. */
export const SIBLING_NAME = /(?:^|[^\w])(?:name|key|label|Name|Key|Label|NAME|parameter_?name|ParameterKey|SecretId)["']?[ \t]{0,12}[:=][ \t]{0,4}["']?[\w./-]{0,60}$/;

/** A form field's flag before the next field (curl's `--form`/`-F`/`-d`, gh api's `-f`/`--raw-field`), blanks and a line continuation before it (regex source). */
const FORM_FIELD_FLAG = String.raw`[ \t]{1,4}(?:\\\r?\n[ \t]{0,8})?-(?:-form(?:-string)?|-data(?:-urlencode|-raw|-binary)?|-(?:raw-)?field|[Fdf])[ \t]{1,4}`;

/**
 * A list of values per context under the one name (Netlify's env API and `env:import`: `"values": [{"value": …, "context":
 * "production"}]`): the first entry's value field, past the list's and the entry's opening brackets (regex source).
 */
const VALUES_LIST = String.raw`values["']?[ \t]{0,12}:[ \t\r\n]{0,12}\[[ \t\r\n]{0,12}\{[^{}\[\]]{0,160}?(?<![\w-])["']?`;

/**
 * After a name (regex source): its field's close, then the sibling value field's assignment in
 * the same object (no brace crossed, a flat list only: Netlify's `"scopes": ["builds"]`). The value follows the trailing blanks.
 */
export const SIBLING_VALUE_GLUE = `["']?[ \\t]{0,4}(?:,|\\r?\\n|&|${FORM_FIELD_FLAG})(?:[^{}\\[\\]]|\\[[^{}\\[\\]]{0,80}\\]){0,160}?(?<![\\w-])["']?(?:${VALUES_LIST})?(?:value|ParameterValue|SecretString)["']?[ \\t]{0,12}[:=]`;

/**
 * After a multipart part's name has closed (regex source): the rest of its header line, up to two
 * more header lines (`Content-Type: …`), and the blank line before the body, which is the value.
 */
export const PART_HEAD_END = String.raw`\r?\n(?:[\w-]{1,40}:[^\r\n]{0,100}\r?\n){0,2}\r?\n`;
