// An environment lookup with a literal fallback, the fallback being the secret itself: code that
// reads a secret-named variable and, when it is unset, uses a key written into the source
// (`os.environ.get("X_TOKEN", "…")`, `env('X_PAT', '…')`, `ENV.fetch('X_KEY', '…')`,
// `ENV['X_KEY'] || '…'`, `getEnv("X_SECRET", "…")`, `System.getenv().getOrDefault(…)`,
// `Environment.GetEnvironmentVariable("X") ?? "…"`, `env::var("X").unwrap_or("…")`). The lookup
// and the variable's name vouch for the value, so it may be shorter than a named slot asks
// (24+ hex) or carry a label bar; placeholders, URLs, paths and numbers stay benign.
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";
import { opaqueLiteral } from "./call-arguments.ts";
import { shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder, isPlaceholder } from "../placeholder.ts";
import { secretVariableName, snakeName } from "./secret-name.ts";

/**
 * The lookup: a name spelling env (`environ.get`, `getenv`, `ENV.fetch`, `GetEnvironmentVariable`,
 * `env::var`, `getEnvOrDefault`), the variable's quoted name, then the fallback: a second argument
 * (`default=` allowed), or after the call `??`, `||`, `?:`, `or`, `.unwrap_or(`, `.orElse(`, a block.
 */
const ENV_DEFAULT = new RegExp(
  "(?<![A-Za-z])(?:env|getenv|environ|environment)(?:[\\w.:]|\\(\\)){0,40}?[ \\t]*[(\\[][ \\t]*([\"'])([A-Za-z][\\w.-]{1,80})\\1[ \\t]*" +
    "(?:,[ \\t]*(?:default[ \\t]*[=:][ \\t]*)?|[)\\]][ \\t]*(?:\\?\\?|\\|\\||\\?:|or(?![\\w])|\\.(?:unwrap_or(?:_else)?|orElse(?:Get)?|getOrElse|or)\\((?:\\|_?\\|[ \\t]*|\\(\\)[ \\t]*->[ \\t]*)?|\\{))" +
    "[ \\t]*([\"'`])([^\"'`\\s\\\\]{16,400})\\3",
  "i",
);

function envDefaultValid(secret: string, match: string): boolean {
  const name = /(["'])([A-Za-z][\w.-]{1,80})\1/.exec(match)?.[2] ?? "";
  if (!secretVariableName(snakeName(name))) return false;
  if (/:\/\/|^(?:~|\.{1,2})?\/(?:[\w.-]{2,}\/)+|^[\d.:-]+$/.test(secret) || isPlaceholder(secret) || isGenericPlaceholder(secret)) return false;
  // A label before a bar (`label|body`) is part of the key as the provider issues it.
  const v = secret.includes("|") ? secret.replace(/\|/g, "") : secret;
  if (!/^[A-Za-z0-9+/_.~=-]+$/.test(v)) return false;
  if (/^[0-9a-f]{24,}$/i.test(v)) return /\d/.test(v) && /[a-f]/i.test(v) && shannonEntropy(v) >= 3.0;
  // Upper case and digits interleaved (a PAT drawn from A-Z0-9): random, whatever its exact entropy.
  if (/^[A-Z0-9]{24,}$/.test(v) && (v.match(/(?=[A-Z]\d|\d[A-Z])/g) ?? []).length >= 6 && shannonEntropy(v) >= 3.5) return true;
  return opaqueLiteral(v);
}

export const ENV_DEFAULT_RULES: Rule[] = [
  defineRule({ id: "env-lookup-default-secret", description: "Secret written as the fallback of an environment lookup of a secret-named variable",
    keywords: ["env"], pattern: ENV_DEFAULT, secretGroup: 4, validate: (s, m) => envDefaultValid(s, m),
    placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 48, after: 560 }),
];
