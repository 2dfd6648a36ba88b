// A value named a secret in prose that is an encoding of readable settings: "the CI secret ENV_FILE is base64 of our
// env:" then base64 of `FEATURE_FLAGS=…` lines, a JSON or YAML config in hex. The statement's value is that content,
// not a drawn secret; the decoders read the content on their own, so a credential in it is found there. Settings hold
// no credential when no name says secret over a real value (`DB_PASSWORD=` filled in) and no value is opaque; a drawn
// password, a PEM key or any text that is no settings is still judged as the value it is.
import { encodedDocument } from "../encoded-value.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import { secretVariableName, snakeName } from "./secret-name.ts";

/** A settings line: `NAME=value` (a `.env`, `export` before it), `name: value` (YAML, indented or a list item's), a key alone opening a mapping. */
const SETTING_LINE = /^[ \t]*(?:-[ \t]+)?(?:export[ \t]+)?["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*[=:][ \t]*(.*)$/;
/** A YAML list item's value alone, a comment, a document marker. */
const OTHER_LINE = /^[ \t]*(?:-[ \t]+[^\s:=][^:=]*|#.*|---|\.\.\.)$/;
const MAX_PAIRS = 64;

type Pair = [name: string, value: string];

/** The name/value pairs of settings text: a JSON object's leaves, or every line a setting (blank, comment and list lines aside); null for other text. */
function settingsPairs(text: string): Pair[] | null {
  const t = text.trim();
  if (t.startsWith("{")) {
    try {
      const pairs: Pair[] = [];
      leaves(JSON.parse(t), "", pairs);
      return pairs.length > 0 && pairs.length <= MAX_PAIRS ? pairs : null;
    } catch {
      return null;
    }
  }
  const pairs: Pair[] = [];
  for (const line of t.split(/\r?\n/)) {
    if (line.trim() === "" || OTHER_LINE.test(line)) continue;
    const m = SETTING_LINE.exec(line);
    if (m === null || pairs.length === MAX_PAIRS) return null;
    pairs.push([m[1]!, unquote(m[2]!.replace(/[ \t]+#.*$/, "").trim())]);
  }
  return pairs.length > 0 ? pairs : null;
}

function leaves(v: unknown, name: string, out: Pair[]): void {
  if (out.length > MAX_PAIRS) return;
  if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) leaves(x, Array.isArray(v) ? name : k, out);
  } else out.push([name, v === null ? "" : String(v)]);
}

const unquote = (v: string) => (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]!) ? v.slice(1, -1) : v);

/** A credential among settings: a secret's name over a real value, an opaque value, a URL's password. */
function holdsCredential(pairs: Pair[]): boolean {
  return pairs.some(([name, value]) => value !== "" && ((secretVariableName(snakeName(name)) && !isGenericPlaceholder(value)) || opaqueLiteral(value) || /:\/\/[^/\s:@]+:[^/\s@]+@/.test(value)));
}

/** Whether the value is an encoding (base64, base64url, hex) of settings text holding no credential. */
export function encodedSettings(value: string): boolean {
  const text = encodedDocument(value);
  if (text === null) return false;
  const pairs = settingsPairs(text);
  return pairs !== null && !holdsCredential(pairs);
}
