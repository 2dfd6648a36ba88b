// A configuration property as a pair of child elements: Hadoop's `core-site.xml`/`hive-site.xml`
// (`<property><name>fs.s3a.secret.key</name><value>…</value></property>`), and the same pair in
// other XML configs (`<key>…</key><value>…</value>`), and a property list's `<key>…</key><string>…</string>`.
// The markup says which text is the value, so the value is judged as a pair's is (a generated
// password with punctuation counts; under a password's name, a written password), and a
// property path ending in the credential's own word (`dremio.pat`, `fs.azure.sas.token`) names one.
import type { MatchResult, Rule } from "./types.ts";
import { result, rule, scanMatcher } from "./call-arguments.ts";
import { xmlPasswordText } from "./xml-qualified-element.ts";
import { judgeName, literal, notLiveName } from "./name-then-literal.ts";

const KEYWORDS = ["</name>", "</key>"];
/** The name element's text before the hit, and the value element right after its close. */
const NAME_BEFORE = /<(name|key)>[ \t]*([A-Za-z][\w.:-]{0,100})[ \t]*$/i;
const VALUE_AFTER = /^\s{0,40}<(value|string)>([^<>\r\n]{4,512})<\/\1>/i;
/** A property path's last member that is the credential itself (`….password`, `….pwd`, `….token`, `….pat`). */
const BARE_CREDENTIAL = /(?:^|[._-])(?:password|passwd|pass|pwd|psw|secret|token|pat|credentials?)$/i;

function pairAt(text: string, pos: number, kw: string): MatchResult | null {
  const open = NAME_BEFORE.exec(text.slice(Math.max(0, pos - 120), pos));
  if (!open || open[1]!.toLowerCase() !== kw.slice(2, -1)) return null;
  const name = open[2]!;
  if (!(judgeName(name) || BARE_CREDENTIAL.test(name)) || notLiveName(name)) return null;
  const after = pos + kw.length;
  const m = VALUE_AFTER.exec(text.slice(after, after + 600));
  if (!m) return null;
  const value = m[2]!.trim();
  const start = after + m[0].indexOf(">") + 1 + m[2]!.indexOf(value);
  if (xmlPasswordText(name, value)) return result(Math.max(0, pos - 120) + open.index, start + value.length, { value, start });
  return literal(text, name, value, start, Math.max(0, pos - 120) + open.index, start + value.length, false, true);
}

export const XML_NAME_VALUE_RULES: Rule[] = [
  { ...rule("xml-name-value-secret", "Secret as a configuration property's <value> element after a secret-named <name> (Hadoop core-site.xml and the like)", KEYWORDS, scanMatcher(KEYWORDS, pairAt)), before: 120, after: 600 },
];
