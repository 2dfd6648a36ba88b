// A literal handed to an infrastructure-as-code API whose job is to wrap a SECRET value: AWS CDK's
// `SecretValue.unsafePlainText("…")` (and `plainText`, Python's `unsafe_plain_text`, `SecretStringValueBeta1
// .fromUnsafePlaintext`), Pulumi's `pulumi.secret("…")`, Go's `pulumi.ToSecret(pulumi.String("…"))`, `Output.secret`, C#'s `Output.CreateSecret`, Java's
// `Output.ofSecret`, and the fallback after a Pulumi config secret's read (`cfg.getSecret("x") ?? "…"`). The API says
// what the value is, whatever the names around it say. A reference (`SecretValue.secretsManager("name")`,
// `ssmSecure`), a variable, an expression or a placeholder is no literal secret.
import type { MatchResult } from "./types.ts";
import { isWordCode, readArgs, result, rule, scanMatcher, type Literal, literalAt } from "./call-arguments.ts";
import { storedSecret } from "./secret-resource.ts";
import { secretStoreReference } from "../value-form.ts";

/** The wrapping calls (lower case, up to their bracket): their first argument is the secret. */
const WRAPPERS = [
  "unsafeplaintext(", "unsafe_plain_text(", "secretvalue.plaintext(", "secretvalue.plain_text(",
  "pulumi.secret(", "output.secret(", "output.createsecret(", "output.ofsecret(",
  "pulumi.tosecret(", "pulumi.tosecretwithcontext(",
];
/** Go's wrappers take the value as a Pulumi input: `pulumi.ToSecret(pulumi.String("…"))`, after a context with `…WithContext(ctx, …)`. */
const GO_INPUT = /^\s*(?:[A-Za-z_]\w{0,30}\s*,\s*)?(?:pulumi\.String(?:Ptr)?\(\s*)?/;
/** A config secret's read: the literal after it as its fallback (`?? "…"`, `|| "…"`, Python's `or "…"`). */
const READS = ["getsecret(", "get_secret("];
const KEYWORDS = [...WRAPPERS, ...READS];

const wrappedSecret = (lit: Literal | undefined) => lit !== undefined && storedSecret(lit.value) && !secretStoreReference(lit.value);

function wrapperAt(text: string, pos: number, kw: string): MatchResult | null {
  const open = pos + kw.length - 1;
  if (READS.includes(kw)) return fallbackAt(text, pos, open);
  // `fromUnsafePlaintext(` spells `unsafeplaintext(` at its end; any other word glued before a dotted call is another call.
  if (kw.includes(".") && pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return null;
  const lit = kw.startsWith("pulumi.tosecret") ? goInputLiteral(text, open) : readArgs(text, open)[0]?.literal;
  return wrappedSecret(lit) ? result(pos, lit!.start + lit!.value.length + 1, lit!) : null;
}

function goInputLiteral(text: string, open: number): Literal | undefined {
  const lead = GO_INPUT.exec(text.slice(open + 1, open + 80))![0];
  return literalAt(text, open + 1 + lead.length)?.lit;
}

function fallbackAt(text: string, pos: number, open: number): MatchResult | null {
  if (!readArgs(text, open)[0]?.literal) return null;
  const close = text.indexOf(")", open);
  if (close < 0 || close - open > 200) return null;
  const sign = /^\)[ \t]*(?:\?\?|\|\||or\b)[ \t]*/.exec(text.slice(close, close + 12));
  const l = sign ? literalAt(text, close + sign[0].length) : undefined;
  return l && wrappedSecret(l.lit) ? result(pos, l.end, l.lit) : null;
}

export const SECRET_WRAPPER_CALL_RULE = rule(
  "secret-wrapper-argument",
  "Literal passed to an infrastructure-as-code API that wraps a secret (CDK SecretValue.unsafePlainText, pulumi.secret, Output.secret …)",
  KEYWORDS,
  scanMatcher(KEYWORDS, wrapperAt),
);
