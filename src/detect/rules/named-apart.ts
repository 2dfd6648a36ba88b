// A secret's name and its value given apart in one statement, neither beside the other: a CLI's
// name flag and value flag (`aws ssm put-parameter --name /prod/app/db_password --type String
// --value …`, `az keyvault secret set --vault-name kv --name api-token --value …`, `aws
// secretsmanager create-secret --name … --secret-string …`), in either order on one command; and
// a secret block built from a literal and saved under a name (Prefect's `Secret(value="…").save("db-password")`);
// a CLI that stores a value under the name after its verb, the value echoed into it or in its body
// flag (`printf '%s' '…' | vercel env add STRIPE_SECRET_KEY production`, `gh secret set NAME --body …`).
// A CLI that takes a parameter as its name and its value in the two words after a flag or a verb
// (papermill's `-p NAME VALUE` / `-r` / `--parameters`, `dotnet user-secrets set NAME VALUE`).
// The name is judged as a variable's name (a parameter path by its last segment), the value as
// that variable's value.
import type { MatchResult, Rule } from "./types.ts";
import { literalAt, result, rule, scanMatcher } from "./call-arguments.ts";
import { echoedInto, nextWord } from "./cli-credentials.ts";
import { PASSWORD_NAME } from "./cli-named-parameter.ts";
import { judgeName, literal } from "./name-then-literal.ts";
import { snakeName, writtenPassword } from "./secret-name.ts";
import { sessionVariableName } from "../slot-name.ts";

const VALUE_FLAGS = ["--value", "--secret-string", "--secret-value"];
const NAME_FLAG = /(?:^|[ \t])--(?:name|secret-id|parameter-name|key-name)(?:[ \t]+|=)/g;
const SAVE_KEYWORDS = [').save("', ").save('"];
/** A CLI's verb that stores what it reads under the name after it (Vercel, gh, Wrangler, Convex, Firebase, Fly; Docker's and Podman's `secret create NAME -`; gcloud's `secrets versions add NAME --data-file=-`). */
const STORE_VERBS = [" env add ", " env set ", " secret set ", " secret put ", " secrets set ", "secrets:set ", " secret create ", " versions add "];
const BODY_FLAG = /[ \t](?:--body|-b|--value)(?:[ \t]+|=)/g;

/** The command line around `pos`: its physical line, with the lines a trailing ` \` joins to it. */
function commandAround(text: string, pos: number): [number, number] {
  let from = text.lastIndexOf("\n", pos) + 1;
  while (from >= 2 && text[from - 2] === "\\") from = text.lastIndexOf("\n", from - 2) + 1;
  let to = text.indexOf("\n", pos);
  while (to > 0 && text[to - 1] === "\\") to = text.indexOf("\n", to + 1);
  return [from, to < 0 ? text.length : to];
}

/** The word after a flag ending at `i` (a blank or `=` between). */
function flagArgument(text: string, i: number): ReturnType<typeof nextWord> {
  return text[i] === " " || text[i] === "\t" || text[i] === "=" ? nextWord(text, i + 1) : undefined;
}

/** A parameter's or secret's name by its last segment (`/prod/etl/wandb_api_key`, `kv:db-password`). */
const lastSegment = (name: string) => name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf(":")) + 1);

function flagPairAt(text: string, pos: number, kw: string): MatchResult | null {
  const v = flagArgument(text, pos + kw.length);
  if (!v || v.lit.value.startsWith("-")) return null;
  const [from, to] = commandAround(text, pos);
  NAME_FLAG.lastIndex = from;
  for (let m = NAME_FLAG.exec(text); m !== null && m.index < to; m = NAME_FLAG.exec(text)) {
    const n = flagArgument(text, m.index + m[0].length - 1);
    if (!n) continue;
    const name = lastSegment(n.lit.value);
    if (!judgeName(name)) continue;
    return literal(text, name, v.lit.value, v.lit.start, Math.min(pos, m.index), v.end, false, true);
  }
  return null;
}

/** `Secret(value="…").save("name"`: the literal closing the call before `.save(`, the name its first argument. */
const VALUE_ARGUMENT = /(?:\(|\bvalue[ \t]*=[ \t]*)$/;
function savedAt(text: string, pos: number): MatchResult | null {
  const n = literalAt(text, pos + 7);
  if (!n) return null;
  const name = n.lit.value.replace(/-/g, "_");
  if (!judgeName(name)) return null;
  const q = text[pos - 1];
  if (q !== '"' && q !== "'") return null;
  const open = text.lastIndexOf(q, pos - 2);
  if (open < 0 || pos - open > 302 || !VALUE_ARGUMENT.test(text.slice(Math.max(0, open - 12), open))) return null;
  return literal(text, name, text.slice(open + 1, pos - 1), open + 1, open, pos, false, true);
}

/** `… | vercel env add NAME …`, `gh secret set NAME --body …`: the name after the verb, the value echoed in or in the body flag. */
function storedAt(text: string, pos: number, kw: string): MatchResult | null {
  const n = nextWord(text, pos + kw.length);
  if (!n || !/^[A-Za-z_][\w.-]{2,80}$/.test(n.lit.value) || !(judgeName(n.lit.value) || sessionVariableName(snakeName(n.lit.value)))) return null;
  const name = n.lit.value;
  const echoed = echoedInto(text, pos);
  if (echoed) return literal(text, name, echoed.lit.value, echoed.lit.start, echoed.from, n.end, false, true);
  const [, to] = commandAround(text, pos);
  BODY_FLAG.lastIndex = n.end;
  const m = BODY_FLAG.exec(text);
  if (!m || m.index >= to) return null;
  const v = flagArgument(text, m.index + m[0].length - 1);
  return v && !v.lit.value.startsWith("-") ? literal(text, name, v.lit.value, v.lit.start, pos + 1, v.end, false, true) : null;
}

/** A flag or verb followed by a parameter's name and its value as the next two words. */
const PARAMETER_HEADS = [" -p ", " -r ", " --parameters ", " --parameter ", " user-secrets set "];
function parameterPairAt(text: string, pos: number, kw: string): MatchResult | null {
  const n = nextWord(text, pos + kw.length);
  if (!n || !/^[A-Za-z_][\w.:-]{2,80}$/.test(n.lit.value) || (text[n.end] !== " " && text[n.end] !== "\t")) return null;
  const name = lastSegment(n.lit.value);
  if (!judgeName(name)) return null;
  const v = nextWord(text, n.end);
  if (!v || v.lit.value.startsWith("-")) return null;
  // A password-named parameter takes a password of any punctuation (`%9U` is no format here).
  if (PASSWORD_NAME.test(name) && writtenPassword(v.lit.value)) return result(pos + 1, v.lit.start + v.lit.value.length, v.lit);
  return literal(text, name, v.lit.value, v.lit.start, pos + 1, v.end, false, true);
}

export const NAMED_APART_RULES: Rule[] = [
  { ...rule("cli-name-value-flags", "Secret value given to a CLI in a value flag, its secret-named parameter in a name flag of the same command", VALUE_FLAGS, scanMatcher(VALUE_FLAGS, flagPairAt)), before: 1200, after: 1200 },
  { ...rule("cli-stored-under-name", "Secret value echoed into (or given in the body flag of) a CLI that stores it under the secret-named variable after its verb", STORE_VERBS, scanMatcher(STORE_VERBS, storedAt)), before: 420, after: 1200 },
  { ...rule("cli-parameter-name-value", "Secret value given to a CLI as a parameter's value, the word after its secret-named parameter (papermill -p NAME VALUE, dotnet user-secrets set)", PARAMETER_HEADS, scanMatcher(PARAMETER_HEADS, parameterPairAt)), before: 8, after: 600 },
  { ...rule("saved-secret-block", "Secret block built from a literal and saved under a secret name (Prefect's Secret(value=…).save(name))", SAVE_KEYWORDS, scanMatcher(SAVE_KEYWORDS, (t, p) => savedAt(t, p))), before: 320, after: 320 },
];
