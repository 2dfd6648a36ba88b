// A credential in a URL query under a secret's name whose value holds the punctuation generated
// passwords and auth tokens use (`)`, `(`, `;`, `{`: OCI's auth tokens, a password generator's
// draws): `?api_key=UH)R…&page=2`. The generic assignment's bare value stops at brackets and `;`
// (code's calls and statements), so such a value was cut short. Here the value runs to the query's
// next separator (`&`, `#`, a blank or a quote); a `;` before another `name=` is a separator too.
import { defineRule } from "./define.ts";
import { generatedPassword } from "./secret-name.ts";
import type { Rule } from "./types.ts";

const NAMES = ["api_key", "apikey", "api-key", "access_token", "auth_token", "token", "password", "passwd", "pwd", "secret", "client_secret", "auth"];

/** A drawn value with the punctuation the generic bare value refuses, not an expression or a template. */
function punctuatedDraw(v: string): boolean {
  // A bracket or stop closing the text around the URL (a Markdown link's `)`, a sentence's `.`) is not the value's.
  const core = v.replace(/[).,;]+$/, "");
  if (!/[(){};]/.test(core) || /:\/\//.test(core) || !generatedPassword(core, 3.5)) return false;
  // A call, a template or an interpolation (`getKey(1)`, `{{token}}`, `${KEY}`, `$(cat f)`, `%(pw)s`).
  if (/[$%]\(|[$#]\{|\{\{|\w\([^()]*\)/.test(core)) return false;
  return true;
}

export const QUERY_PUNCTUATED_SECRET_RULES: Rule[] = [
  defineRule({ id: "query-punctuated-secret", anchored: true, description: "Generated password or auth token with punctuation in a URL query parameter named as a secret",
    keywords: NAMES.map((n) => `${n}=`),
    pattern: new RegExp(`(?<=[?&](?:[\\w.-]{0,30}[_.-])?)(?:${NAMES.join("|")})=((?:[^\\s&#"'<>\\\\\`;[\\]]|;(?![\\w.-]{1,30}=)){8,128})(?=[&#\\s"'<>\\\\\`;[\\]]|$)`, "i"),
    validate: punctuatedDraw, placeholder: "strict", entropy: 3.0, severity: "high", confidence: "medium", tags: ["generic", "url"], before: 40, after: 140 }),
];
