// A secret-named XML element whose name qualifies the secret's word (`<SmtpPassword>`, `<db_password>`,
// `<smtp.password type="plain">`, `<ProxyApiKey env="prod">`): xml-secret-element reads the bare words
// only. Read at the closing tag, whose name must repeat the opening one; the start tag may carry
// attributes. Attributes that say the text is a digest, a file's path or ciphertext leave it.
import type { MatchResult, Rule } from "./types.ts";
import { result, rule, scanMatcher } from "./call-arguments.ts";
import { judgeName, literal, notLiveName } from "./name-then-literal.ts";
import { writtenPassword } from "./secret-name.ts";
import { CIPHERTEXT_ENVELOPE, XML_NOT_PLAIN_ATTRIBUTE } from "./builtin-generic.ts";
import { shannonEntropy } from "../entropy.ts";
import { credentialTokenName, passwordName } from "../slot-name.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { shortDrawnToken } from "../short-token.ts";

const WORDS = ["password", "passwd", "passphrase", "pass", "pwd", "psw", "pw", "secret", "credential", "credentials", "token", "apikey", "api_key", "secretkey", "secret_key", "accesskey", "access_key", "privatekey", "private_key"];
const KEYWORDS = WORDS.map((w) => `${w}>`);
/** The element whole, ending at the closing tag's `>`: its name (namespace prefix aside), attributes and text. */
const ELEMENT = /<(?:[A-Za-z][\w.-]{0,30}:)?([A-Za-z][\w.-]{0,60})(\s[^<>]{0,200})?>[ \t]{0,8}([^<>\s][^<>\r\n]{4,198}[^<>\s])[ \t]{0,8}<\/(?:[A-Za-z][\w.-]{0,30}:)?\1>$/i;
/** A bare secret word as the name: xml-secret-element's. */
const BARE = /^(?:password|passwd|secret|token|api_?key|apitoken|private_?key|client_?secret|secret_?key|access_?key|passphrase)$/i;
/** One word that names a password or a credential and that xml-secret-element does not read (`<ns:Pwd>`, `<pass>`, `<Credential>`). */
const ONE_WORD_SLOT = /^(?:pass|pwd|psw|pw|credentials?)$/i;
/** A secret's or credential's element (`<ns:SharedSecret>`, `<WebhookSecret>`, `<Credential>`): its text is the secret, as a password element's is. */
const SECRET_WORD_END = /(?:secret|credentials?)$/i;

/** Words run together, maybe closed by a symbol or two (`ChangeMeBeforeDeploy!`): a placeholder's shape, not a drawn password's. */
const JOINED_WORDS = /^[A-Za-z][a-z]+(?:[-_.]?[A-Z][a-z]*|[-_.][a-z]+)+[^A-Za-z0-9]{0,2}$/;
/** An element's text that is a written password: not a reference, a format slot, a path, a bind parameter, words run together or ciphertext. */
const writtenText = (value: string) =>
  writtenPassword(value) && !/^[.~]?\//.test(value) && !/^[@:]\w+$/.test(value) && !JOINED_WORDS.test(value) && !CIPHERTEXT_ENVELOPE.test(value) && shannonEntropy(value) >= 2.5;
/** A password's element (the markup says its text is the password, so a short punctuated one counts, as xml-secret-element's does) holding a written password. */
export const xmlPasswordText = (name: string, value: string) => passwordName(name, true) && writtenText(value);

function elementAt(text: string, pos: number, kw: string): MatchResult | null {
  const end = pos + kw.length;
  if (text.charCodeAt(pos - 1) === 60) return null; // `<password>` opens the bare element
  const from = Math.max(0, end - 420);
  const m = ELEMENT.exec(text.slice(from, end));
  if (!m) return null;
  const name = m[1]!;
  if (BARE.test(name) || !(judgeName(name) || ONE_WORD_SLOT.test(name)) || notLiveName(name) || (m[2] && XML_NOT_PLAIN_ATTRIBUTE.test(m[2]))) return null;
  const value = m[3]!;
  const start = from + m.index + m[0].indexOf(value, m[0].indexOf(">") + 1);
  // Short text counts only where xml-secret-element's strict placeholder test would keep it (`changeme123` is a placeholder).
  if ((passwordName(name, true) || SECRET_WORD_END.test(name)) && writtenText(value) && !isGenericPlaceholder(value))
    return result(from + m.index, start + value.length, { value, start });
  // A sent token's element (`<AccessToken>`, `<ns:SessionToken>`) says its text is the credential, as a password's does.
  if (credentialTokenName(name) && shortDrawnToken(value) && !CIPHERTEXT_ENVELOPE.test(value))
    return result(from + m.index, start + value.length, { value, start });
  return literal(text, name, value, start, from + m.index, start + value.length, false, true);
}

export const XML_QUALIFIED_ELEMENT_RULES: Rule[] = [
  { ...rule("xml-qualified-secret-element", "Secret in an XML element whose name qualifies a secret's word (<SmtpPassword>, <db_password type=…>)", KEYWORDS, scanMatcher(KEYWORDS, elementAt)), before: 420, after: 8 },
];
