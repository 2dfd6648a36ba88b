// Tables whose header names a secret column: a password manager's CSV export ("title","url",
// "username","password"), a spreadsheet of service accounts, a TSV of API keys. The header is the
// only place the word "password" appears; each row's cell is the secret. Rendered as one
// "<header>: <cell>" line per row, with a map back to the cell, and scanned like a decoded layer,
// so the assignment rules judge each value (placeholders, code and short words stay out).
// A CLI's aligned "Key  Value" table (aligned-table.ts) names each row instead: "<name>: <value>".
import type { Normalized } from "./normalize.ts";
import { selfNamedValue } from "./value-form.ts";
import { AT_REST_NAME } from "./slot-name.ts";
import { alignedRowValue } from "./aligned-table.ts";
import { DIGEST_NAME_END } from "./rules/secret-name.ts";

/**
 * Column names that say the cell is a credential; a qualifier may follow the word (`mj_apikey_private`, `api_key_live`, `secret_value`).
 * An AK/SK pair's secret key is named `…_sk` (`huaweicloud_sdk_sk`); a warehouse's surrogate key (`customer_sk`) holds numbers the rules pass by.
 */
const SECRET_COLUMN = /^(?:[\w .-]{0,24}[_ .-])?(?:password|passwd|pwd|passphrase|secret|client[_ ]?secret|api[_ ]?key|apikey|app(?:lication)?[_ ]?key|appkey|access[_ ]?key|secret[_ ]?key|token|auth[_ ]?token|access[_ ]?token|private[_ ]?key|credentials?|(?<=[_.-])sk)(?:[_ .-](?:private|priv|secret|live|prod|raw|plain|value|val))?$/i;
/**
 * Column words, in the prefilter's lower case: the keyword pass hands their hits to secretColumns.
 * Every word SECRET_COLUMN ends in holds one of them within MAX_WORD characters of its end.
 */
export const TABLE_KEYWORDS: readonly string[] = ["password", "passwd", "pwd", "passphrase", "secret", "token", "api_key", "api key", "apikey", "app_key", "app key", "appkey", "application_key", "application key", "applicationkey", "access_key", "access key", "accesskey", "private_key", "private key", "privatekey", "credential", "_sk,", "_sk)", "_sk\"", "_sk`", "_pat,", "_pat)", "_pat\"", "_pat`", "_pat'"];
/** SQL's "insert", found by the same keyword pass (not a pass of its own over every text) and handed over with the column words. */
export const SQL_KEYWORDS: readonly string[] = ["insert"];
const MAX_ROWS = 2000;
/** A header line longer than this is code or data, not a table's names. */
const MAX_HEADER = 2048;
const isDelim = (c: number) => c === 44 || c === 9 || c === 59 || c === 124;

/** The longest secret word SECRET_COLUMN ends in, from the start of a TABLE_KEYWORDS hit inside it, with its qualifier ("private_key_private"). */
const MAX_WORD = 19;
/** Characters from `at` to the field's end at `e`, less the trailing blanks and closing quote a column name may carry. */
function fieldTail(text: string, at: number, e: number): number {
  let k = e;
  while (k > at && /\s/.test(text[k - 1]!)) k--;
  if (k > at && text.charCodeAt(k - 1) === 34) k--;
  return k - at;
}

/** Start offsets of lines in which a keyword hit is a whole field that names a secret column, ascending. */
function headerLines(text: string, hits: readonly number[]): number[] {
  const lines: number[] = [];
  for (const at of hits) {
    // The field around the hit: back to a delimiter or the line start, on to the next.
    let e = at + 3;
    while (e < text.length && e - at < 40 && !isDelim(text.charCodeAt(e)) && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    // A column name ends in its secret word, so a hit more than a word's length before the field's
    // end (`"token": "…",` in JSON, most hits) names no column; a field cut at the limit is judged whole.
    if (e - at < 40 && fieldTail(text, at, e) > MAX_WORD) continue;
    let s = at;
    while (s > 0 && at - s < 32 && !isDelim(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 10) s--;
    const touches = (s > 0 && isDelim(text.charCodeAt(s - 1))) || (e < text.length && isDelim(text.charCodeAt(e)));
    if (!touches || !SECRET_COLUMN.test(text.slice(s, e).trim().replace(/^"|"$/g, ""))) continue;
    lines.push(text.lastIndexOf("\n", s) + 1);
  }
  return [...new Set(lines)].sort((x, y) => x - y);
}

/** The fields of one delimited line, as [start, end) of each cell's content (quotes excluded); null when a quote is unbalanced. */
function fields(text: string, from: number, to: number, delim: number): number[] | null {
  const out: number[] = [];
  let i = from;
  for (;;) {
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) && text.charCodeAt(i) !== delim) i++;
    if (text.charCodeAt(i) === 34 && i < to) {
      // A quoted cell: "" inside is a quote; the content maps to the characters between the quotes.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || q >= to) return null;
        if (text.charCodeAt(q + 1) === 34) {
          j = q + 2;
          continue;
        }
        out.push(i + 1, q);
        j = q + 1;
        break;
      }
      while (j < to && text.charCodeAt(j) !== delim) j++;
      i = j;
    } else {
      let j = i;
      while (j < to && text.charCodeAt(j) !== delim) j++;
      let e = j;
      while (e > i && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
      out.push(i, e);
      i = j;
    }
    if (i >= to) return out;
    i++; // past the delimiter
  }
}

/** The cells under secret-named columns of every delimited table in `text`, as "<column>: <cell>" lines; null when there is none. */
export function secretColumns(text: string, hits: readonly number[]): Normalized | null {
  if (hits.length === 0) return null;
  const insertAt: number[] = [];
  const columnAt: number[] = [];
  for (const at of hits) (isInsert(text, at) ? insertAt : columnAt).push(at);
  const candidates = headerLines(text, columnAt);
  const inserts = insertAt.length > 0 ? sqlInserts(text, insertAt, columnAt) : [];
  const assigned = sqlAssignedRows(text, columnAt);
  if (assigned.length > 0) inserts.push(assigned);
  const rows = alignedRows(text, columnAt);
  if (candidates.length === 0 && inserts.length === 0 && rows.length === 0) return null;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, from: number, to: number) => {
    parts.push(s);
    for (let k = 0; k < s.length; k++) {
      starts.push(from);
      ends.push(to);
    }
  };
  /** One cell as a "<column>: <cell>" line, each of its characters mapped to itself. */
  const emitCell = (name: string, s: number, e: number, sep = ": ", q = "") => {
    emit(name + sep + q, s, s);
    for (let p = s; p < e; p++) {
      parts.push(text[p]!);
      starts.push(p);
      ends.push(p + 1);
    }
    emit(q + "\n", e, e);
  };
  // A key/value row's value cell is the whole value, punctuation and all: quoted, so it reads as one literal.
  const kvQuote = (s: number, e: number) => (/['"\\]/.test(text.slice(s, e)) ? "" : "'");
  // A SQL row's cell is assigned to its column (`=`, as a bearer token's name needs: a long base64
  // LINE channel access token), unless the column says it holds ciphertext.
  // A cell whose form names it (an image digest, a version, a cache key) is no credential, whatever its column.
  for (const ins of inserts) for (const [name, s, e, kv] of ins) if (!selfNamedValue(text.slice(s, e))) emitCell(name, s, e, AT_REST_COLUMN.test(name) ? ": " : " = ", kv ? kvQuote(s, e) : "");
  for (const [s, e, v, end] of rows) emitCell(text.slice(s, e), v, end);
  let done = 0; // rows before this offset belong to a table already read
  for (const lineStart of candidates) {
    if (lineStart < done) continue;
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > MAX_HEADER) continue;
    const line = text.slice(lineStart, lineEnd);
    const delimChar = [",", "\t", ";", "|"].find((d) => line.split(d).length >= 3);
    // An INSERT's column list is sqlInserts' to read, by position in its tuples, not as a CSV header.
    if (delimChar === undefined || /^[ \t]*insert[ \t]/i.test(line)) continue;
    const delim = delimChar.charCodeAt(0);
    const contentEnd = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const head = fields(text, lineStart, contentEnd, delim);
    if (head === null || head.length < 6) continue;
    const names = [];
    for (let k = 0; k < head.length; k += 2) names.push(text.slice(head[k]!, head[k + 1]!).trim());
    // A header is names, not values: short, no digits-only cells, at least one secret column.
    if (names.some((n) => n.length > 40 || /^\d+$/.test(n))) continue;
    const secretCols = names.flatMap((n, k) => (SECRET_COLUMN.test(n) ? [k] : []));
    if (secretCols.length === 0) continue;
    const nameCols = names.flatMap((n, k) => (NAME_COLUMN.test(n) || KIND_COLUMN.test(n) ? [k] : []));
    let at = lineEnd + 1;
    let rows = 0;
    while (at < text.length && rows < MAX_ROWS) {
      let end = text.indexOf("\n", at);
      if (end < 0) end = text.length;
      const cEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const row = cEnd > at ? fields(text, at, cEnd, delim) : null;
      // The table ends at a line with another number of fields.
      if (row === null || row.length !== head.length) break;
      if (!nameCols.some((k) => publicLabel(text.slice(row[2 * k]!, row[2 * k + 1]!).trim().replace(/^["']|["']$/g, "")))) for (const k of secretCols) {
        const s = row[2 * k]!;
        const e = row[2 * k + 1]!;
        if (e - s >= 4 && !selfNamedValue(text.slice(s, e))) emitCell(names[k]!, s, e);
      }
      rows++;
      at = end + 1;
    }
    done = at;
  }
  if (parts.length === 0) return null;
  return { text: parts.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Rows of aligned "Key  Value" tables whose name holds a column word: [name start, name end, value start, value end] of each. */
function alignedRows(text: string, hits: readonly number[]): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  let last = -1;
  for (const at of hits) {
    let e = at;
    while (e < text.length && e - at < 64 && isRowNameCode(text.charCodeAt(e))) e++;
    if (e === last || text.charCodeAt(e) !== 32) continue;
    let s = at;
    while (s > 0 && at - s < 64 && isRowNameCode(text.charCodeAt(s - 1))) s--;
    const value = alignedRowValue(text, s, e);
    if (value === null || selfNamedValue(text.slice(value[0], value[1]))) continue;
    last = e;
    out.push([s, e, value[0], value[1]]);
  }
  return out;
}
const isRowNameCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46 || c === 47;

const AT_REST_COLUMN = new RegExp(`${AT_REST_NAME.source}|hash|digest`, "i");

/** Whether the keyword hit at `at` is SQL's "insert" (the prefilter matched it in any case). */
function isInsert(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 105 || c === 73) && /^insert[ \t\r\n]/i.test(text.slice(at, at + 7));
}

/**
 * A name-then-value match that runs from an INSERT's column list into its VALUES tuple
 * (`(id, provider, credential) VALUES (81, 'GA', '…'`): the literal it reaches sits under whatever
 * column its position says, which sqlInserts reads; the walk's pairing is not evidence.
 */
export function sqlColumnToValues(text: string, start: number, end: number): boolean {
  const i = text.indexOf(")", start);
  return i >= 0 && i < end && /\)[ \t\r\n]*values[ \t\r\n]*\(/i.test(text.slice(i, end));
}

/** How far before a quoted value its INSERT may start. */
const INSERT_REACH = 8192;

/**
 * A quoted value at `at` sitting, by its position in an INSERT's tuple, under a digest's column
 * (`(id, name, token_sha256) VALUES (4, 'DEPLOY_TOKEN', '<hex>')`): a hash of the secret, whatever literal stands
 * before it and names the row.
 */
export function sqlDigestCell(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 39) return false;
  const lo = Math.max(0, at - INSERT_REACH);
  const low = text.slice(lo, at).toLowerCase();
  for (let k = low.lastIndexOf("insert"), n = 0; k >= 0 && n < 4; k = low.lastIndexOf("insert", k - 1), n++) {
    SQL_INSERT.lastIndex = lo + k;
    const m = SQL_INSERT.exec(text);
    if (m === null) continue;
    const names = sqlColumnList(m[1]!);
    let i = SQL_INSERT.lastIndex;
    for (let rows = 0; rows < MAX_ROWS && text.charCodeAt(i) === 40 && i < at; rows++) {
      const row = sqlTuple(text, i + 1);
      if (row === null) return false;
      const c = row.cells.findIndex((cell) => cell[0] === at);
      if (c >= 0) return row.cells.length === names.length && DIGEST_NAME_END.test(names[c]!);
      const [next, more] = tupleGap(text, row.end);
      if (!more) return false;
      i = next;
    }
    return false;
  }
  return false;
}

/** A statement that assigns columns by name: `UPDATE t SET …` (its WHERE clause after), MySQL's `INSERT INTO t SET …`. */
const SQL_SET = /\b(?:update|insert(?:[ \t\r\n]+into)?)[ \t\r\n]+[\w."`[\]]{1,128}[ \t\r\n]+set[ \t\r\n]/gi;
/** One `column = 'literal'` of a SET list or a WHERE clause. */
const SQL_EQUALS = /(?<![\w"`[\].])([\w"`[\].]{1,64})[ \t\r\n]*=[ \t\r\n]*'((?:[^'\r\n]|'')*)'/g;
const STATEMENT_REACH = 1200;

/**
 * Key/value rows written by name (`UPDATE settings SET value = '…' WHERE name = 'SLACK_BOT_TOKEN'`, `INSERT INTO
 * settings SET name = 'X_TOKEN', value = '…'`): the name column's literal names the secret the value column holds, as
 * an INSERT tuple's name cell does. Column-word hits inside such a name literal start the reading; [name, start, end, true] of each value.
 */
function sqlAssignedRows(text: string, hits: readonly number[]): Array<[string, number, number, boolean?]> {
  const out: Array<[string, number, number, boolean?]> = [];
  let done = -1;
  // Statement starts, read once per text when a hit asks; the hits come in order, so a pointer finds each one's
  // statement, and one forward walk knows the last `;` before it (no statement runs across one).
  let starts: number[] | undefined;
  let k = 0;
  let walked = 0;
  let lastSemi = -1;
  for (const at of hits) {
    if (at < done) continue;
    let q = at;
    while (q > 0 && at - q < 64 && isLiteralNameCode(text.charCodeAt(q - 1))) q--;
    if (text.charCodeAt(q - 1) !== 39 || !/[\w"`\]][ \t]*=[ \t]*$/.test(text.slice(Math.max(0, q - 40), q - 1))) continue;
    starts ??= statementStarts(text);
    if (starts.length === 0) break;
    while (k + 1 < starts.length && starts[k + 1]! < q) k++;
    for (; walked < q; walked++) if (text.charCodeAt(walked) === 59) lastSemi = walked;
    const st = starts[k];
    if (st === undefined || st >= q || q - st > STATEMENT_REACH || lastSemi > st) continue;
    const semi = text.slice(q, q + STATEMENT_REACH).indexOf(";");
    const end = semi < 0 ? Math.min(text.length, q + STATEMENT_REACH) : q + semi;
    const statement = text.slice(st, end);
    let name: [string, string] | undefined;
    let value: [number, number] | undefined;
    SQL_EQUALS.lastIndex = 0;
    for (let m = SQL_EQUALS.exec(statement); m; m = SQL_EQUALS.exec(statement)) {
      const column = unquotedIdentifier(m[1]!);
      const vs = st + m.index + m[0].length - 1 - m[2]!.length;
      if (NAME_COLUMN.test(column) && vs === q) name = [m[2]!, column];
      else if (VALUE_COLUMN.test(column)) value = [vs, vs + m[2]!.length];
    }
    done = end;
    if (name === undefined || value === undefined) continue;
    const named = rowNamedSecret(text, [q, q + name[0].length, true], [value[0], value[1], true]);
    if (named !== undefined && !publicLabel(named)) out.push([named, value[0], value[1], true]);
  }
  return out;
}

const isLiteralNameCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;

/** Where each statement that assigns by name (SQL_SET) starts in `text`, ascending. */
function statementStarts(text: string): number[] {
  const starts: number[] = [];
  SQL_SET.lastIndex = 0;
  for (let m = SQL_SET.exec(text); m; m = SQL_SET.exec(text)) starts.push(m.index);
  return starts;
}

/** An SQL identifier without its quotes: `name`, "name", [name]. */
const unquotedIdentifier = (name: string) => name.replace(/^[`"[]|[`"\]]$/g, "");
/** An INSERT's column list, each name trimmed and unquoted. */
const sqlColumnList = (list: string) => list.split(",").map((n) => unquotedIdentifier(n.trim()));

/** `INSERT INTO name (columns) VALUES (`, the column list captured; bounded, linear. */
const SQL_INSERT = /\binsert[ \t\r\n]+(?:(?:or[ \t]+\w+|ignore)[ \t\r\n]+)?into[ \t\r\n]+[\w."`\[\]]{1,128}[ \t\r\n]*\(([^()]{1,1024})\)[ \t\r\n]*values[ \t\r\n]*(?=\()/iy;

/**
 * SQL inserts whose column list names a secret column (`INSERT INTO creds (id, api_token) VALUES
 * (1, '…')`): the table is the statement, its header the column list, each row a tuple. Returns,
 * per statement, [column, start, end) of every quoted cell under a secret column.
 */
function sqlInserts(text: string, insertAt: readonly number[], hits: readonly number[]): Array<Array<[string, number, number, boolean?]>> {
  const out: Array<Array<[string, number, number, boolean?]>> = [];
  let done = -1;
  let k = 0;
  let seen = -1; // the last statement start already judged useless
  for (const at of hits) {
    if (at < done) continue;
    // The statement's start: the last "insert" before the hit, the hit inside its column list or (a
    // key/value table's name cell, `('oci_auth_token', '…')`) its tuples.
    while (k + 1 < insertAt.length && insertAt[k + 1]! < at) k++;
    const start = insertAt[k]!;
    if (start >= at || start === seen || at - start > 8192) continue;
    const close = text.indexOf(")", start);
    const inTuples = close >= 0 && close < at;
    if (!inTuples && at - start > 1200) continue;
    SQL_INSERT.lastIndex = start;
    const m = inTuples && close - start > 1200 ? null : SQL_INSERT.exec(text);
    if (m === null) {
      seen = start;
      continue;
    }
    const names = sqlColumnList(m[1]!);
    const secretCols = names.flatMap((n, i) => (SECRET_COLUMN.test(n) ? [i] : []));
    const rowName = names.findIndex((n) => NAME_COLUMN.test(n));
    // A key/value table (`name, value`): a row whose name cell names a secret holds one in its value cell.
    const rowValue = rowName < 0 ? -1 : names.findIndex((n) => VALUE_COLUMN.test(n));
    if (secretCols.length === 0 && rowValue < 0) {
      seen = start;
      continue;
    }
    const nameCols = names.flatMap((n, i) => (NAME_COLUMN.test(n) || KIND_COLUMN.test(n) ? [i] : []));
    const cells: Array<[string, number, number, boolean?]> = [];
    let i = SQL_INSERT.lastIndex;
    for (let rows = 0; rows < MAX_ROWS && text.charCodeAt(i) === 40; rows++) {
      const row = sqlTuple(text, i + 1);
      if (row === null) break;
      if (row.cells.length === names.length && !namedId(text, row.cells, nameCols)) {
        // The row's name cell names its value more closely than a value column named as a secret
        // (`secret_value`) does: `'LINE_CHANNEL_ACCESS_TOKEN'` says a token sent as it is, which may be long base64.
        const named = rowValue < 0 ? undefined : rowNamedSecret(text, row.cells[rowName]!, row.cells[rowValue]!);
        if (named !== undefined) cells.push([named, row.cells[rowValue]![0], row.cells[rowValue]![1], true]);
        for (const c of secretCols) if (row.cells[c]![2] && !(named !== undefined && c === rowValue)) cells.push([names[c]!, row.cells[c]![0], row.cells[c]![1]]);
      }
      const [next, more] = tupleGap(text, row.end);
      i = next;
      if (!more) break;
    }
    done = i;
    if (cells.length > 0) out.push(cells);
  }
  return out;
}

/**
 * A key/value row's name cell naming a personal access token by its short form (`'raygun_pat'`,
 * `'GITHUB_PAT'`) over a token-shaped value. "pat" is a pattern's short form too (`'file_pat'`
 * over a glob), so only a value of a token's characters counts, and never a column's name.
 */
const patCell = (name: string, value: string) => /[_.-]pat$/i.test(name) && /^[A-Za-z0-9_-]{20,255}$/.test(value);

/** A key/value row's name cell when it names a secret (quoted, short) over a quoted value cell: the name, else undefined. */
function rowNamedSecret(text: string, nc: [number, number, boolean], vc: [number, number, boolean]): string | undefined {
  if (!nc[2] || !vc[2] || nc[1] - nc[0] > 48) return undefined;
  const rn = text.slice(nc[0], nc[1]);
  return SECRET_COLUMN.test(rn) || patCell(rn, text.slice(vc[0], vc[1])) ? rn : undefined;
}

/** A column that names what the row's secret column holds (`name`, `key`, `kind`, `config_key`). */
const NAME_COLUMN = /^(?:(?:config|setting|env|var|secret|param)_?)?(?:name|key|kind|type|setting|label|field|slot|param|parameter)$/i;
/** A key/value table's value column (`value`, `setting_value`, `secret_value`). */
const VALUE_COLUMN = /^(?:(?:config|setting|env|var|secret|param)_?)?(?:value|val)$/i;
/** A column naming the service the row's secret is for (`provider`, `vendor`, `service`). */
const KIND_COLUMN = /^(?:provider|vendor|service|integration|platform)(?:_?name)?$/i;
/** A service whose "credential" is a public id, not a secret: analytics (a measurement or tracking id), tracing (a trace id). */
const PUBLIC_ID_KIND = /^(?:[\w .-]{0,24}[ _.-])?(?:analytics|tracing|trace|telemetry|tag[ _]?manager)$/i;
const ID_CELL = /(?:^|[_.-])(?:id|ID|fpr|FPR|fingerprint|FINGERPRINT|thumbprint|THUMBPRINT|address|ADDRESS|addr|ADDR)$|[a-z0-9](?:Id|Address|Addr)$/;
/**
 * A label cell naming its row's value as public or as an identifier of a thing (`'Sentry DSN public key id'`,
 * `'Docker image tag'`, `'Git commit'`, `'SSH key fingerprint'`): the noun it ends in, or "public" anywhere;
 * not when it names a secret too (`'Stripe secret key'`, `'public/private key pair'`).
 */
const PUBLIC_LABEL = /(?:^|[\s_.-])(?:public|publishable)(?:[\s_.-]|$)|(?:^|[\s_.-])(?:id|tag|commit|sha|version|digest|checksum|fingerprint|thumbprint)$/i;
const SECRET_LABEL = /secret|private|passw/i;
/** Whether a row's name or kind cell says its "credential" is no secret (see namedId). */
function publicLabel(cell: string): boolean {
  return ID_CELL.test(cell) || PUBLIC_ID_KIND.test(cell) || (PUBLIC_LABEL.test(cell) && !SECRET_LABEL.test(cell));
}
/** The row's name cell says its "secret" is an id, a fingerprint or an address (`'cloudflare_zone_id'`, `'accountId'`, `'SIGNING_KEY_FPR'`, `'contract_address'`), or its provider cell a service whose credential is a public id (`'Google Analytics'`): not a credential. */
function namedId(text: string, cells: ReadonlyArray<[number, number, boolean]>, nameCols: readonly number[]): boolean {
  for (const c of nameCols) {
    const cell = cells[c];
    if (cell && cell[2] && publicLabel(text.slice(cell[0], cell[1]))) return true;
  }
  return false;
}

/** After a tuple's close at `i`: where the next tuple opens and true, past the comma and blanks; else where the blanks end and false. */
function tupleGap(text: string, i: number): [number, boolean] {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text.charCodeAt(i) !== 44) return [i, false];
  i++;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return [i, true];
}

/** One SQL tuple's cells from just after "(": [start, end, quoted] of each; `end` is past ")". Null when it does not close within 8 KiB. */
function sqlTuple(text: string, from: number): { cells: Array<[number, number, boolean]>; end: number } | null {
  const cells: Array<[number, number, boolean]> = [];
  let i = from;
  const limit = Math.min(text.length, from + 8192);
  for (;;) {
    while (i < limit && /\s/.test(text[i]!)) i++;
    if (i >= limit) return null;
    if (text.charCodeAt(i) === 39) {
      // A quoted cell: '' inside is a quote.
      const s = i + 1;
      let j = s;
      for (;;) {
        while (j < limit && !(text.charCodeAt(j) === 39 && text.charCodeAt(j + 1) !== 39)) j += text.charCodeAt(j) === 39 ? 2 : 1;
        // A quote straight before a letter is an apostrophe a writer forgot to double (`'Africa's Talking'`): the string goes on.
        if (j + 1 < limit && /[A-Za-z]/.test(text[j + 1]!)) j++;
        else break;
      }
      if (j >= limit) return null;
      cells.push([s, j, true]);
      i = j + 1;
    } else {
      const s = i;
      while (i < limit && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 41 && text.charCodeAt(i) !== 10) i++;
      cells.push([s, i, false]);
    }
    while (i < limit && /[ \t]/.test(text[i]!)) i++;
    const c = text.charCodeAt(i);
    if (c === 41) return { cells, end: i + 1 };
    if (c !== 44) return null;
    i++;
  }
}
