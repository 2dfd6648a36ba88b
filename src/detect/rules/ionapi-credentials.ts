// Infor ION API's credential file (`.ionapi`, downloaded from ION API Gateway) names its fields in
// two letters: `ci`/`cs` the OAuth client id and secret, `saak`/`sask` a backend service account's
// access and secret keys (`saak` led by the tenant and `#`). No generic rule reads `cs` as a secret's
// name. Every such file also holds its OAuth endpoints' paths (`"ot": "token.oauth2"`,
// `"oa": "authorization.oauth2"`): those anchor the rule, the fields are read around them.
import { defineRule } from "./define.ts";
import { shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import type { Rule } from "./types.ts";

const Q = String.raw`\\{0,3}"`;
const PATTERN = new RegExp(String.raw`${Q}(?:cs|sask|saak)${Q}[ \t]*:[ \t]*${Q}([^"\s\\]{16,400})${Q}`);

/** The key after the tenant's `TENANT#` lead: a random draw, not a placeholder. */
function ionapiSecret(v: string): boolean {
  const key = v.slice(v.indexOf("#") + 1);
  return key.length >= 16 && shannonEntropy(key) >= 4.0 && !isGenericPlaceholder(key) && !/^[<{$%]/.test(key);
}

export const IONAPI_CREDENTIAL_RULES: Rule[] = [
  defineRule({ id: "ionapi-client-secret", description: "Infor ION API client secret or service account key in a .ionapi credential file", keywords: ["token.oauth2", "authorization.oauth2"],
    pattern: PATTERN, validate: ionapiSecret, placeholder: "off", severity: "high", confidence: "medium", tags: ["generic"], before: 1500, after: 1500 }),
];
