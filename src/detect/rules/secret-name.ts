// The vocabulary of secret-named variables, shared by the rules that read a variable's or key's
// name apart from its value (an environment lookup's default, a name and a literal on one line).

/** The variable's last word names a secret: key, token, secret, password, PAT, certificate, salt, DSN. */
const SECRET_NAME = /(?:token|key|secret|password|passwd|pwd|credentials?|certificate|salt|signature)$|(?:^|[_.-])(?:pat|pass|cred|cert|auth|sk)$/i;
/** …unless it names something public or about the secret: a site or publishable key, a cache or sort key, a key's id. */
const NOT_SECRET_NAME = /(?:public|publishable|(?:^|[_.-])pub|site|cache|sort|partition|primary|foreign|idempotency|routing|lookup|hash|bucket|object|s3|header|prefix|csrf|page|next|ssh[_.-]?public)[_.-]?(?:api[_.-]?)?(?:key|token)$|(?:^|[_.-])(?:file|path|url|uri|dir|name|type|id)[_.-]?(?:key|token|secret|cert(?:ificate)?)$/i;

/** camelCase humps as underscores (`muxTokenSecret` → `mux_Token_Secret`), so word ends read alike. */
export const snakeName = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2");

/** Whether a variable's name (snake_case, or camelCase given through snakeName) names a secret. */
export function secretVariableName(snake: string): boolean {
  return SECRET_NAME.test(snake) && !NOT_SECRET_NAME.test(snake);
}
