// A key public by design, read under a name the build ships to the browser: a framework's
// browser-exposed prefix (`NEXT_PUBLIC_`, `VITE_`, `PUBLIC_`, `NUXT_PUBLIC_`, `REACT_APP_`,
// `EXPO_PUBLIC_`, `GATSBY_`) and a value of a shape its provider publishes (PostHog `phc_`, Stripe
// `pk_live_`, Mapbox `pk.`, a Google browser key `AIza…`, Supabase's anon JWT, Algolia's
// search-only key under a search key's name). Both are needed: a secret shape (`sk_live_`, a
// service_role JWT) under a public name is a leak the build publishes, not a public key.
import { PUBLISHABLE_VALUE } from "./value-form.ts";

const BROWSER_PREFIX = /^(?:NEXT_PUBLIC|NUXT_PUBLIC|NUXT_ENV|VITE|PUBLIC|REACT_APP|EXPO_PUBLIC|GATSBY|VUE_APP)_/i;
const GOOGLE_BROWSER_KEY = /^AIza[\w-]{35}$/;
const SEARCH_ONLY_NAME = /search(?:[_-]?only)?[_-]?(?:api[_-]?)?key$/i;

/** A JWT whose payload says `"role":"anon"` (Supabase's anon key, shipped to every client). */
function anonJwt(v: string): boolean {
  const parts = v.split(".");
  if (parts.length !== 3 || !parts[0]!.startsWith("eyJ")) return false;
  try {
    const payload = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as { role?: unknown };
    return payload.role === "anon";
  } catch {
    return false;
  }
}

export const browserExposedName = (name: string) => BROWSER_PREFIX.test(name);

/** The value under `name` is a client key its provider publishes, named for the browser. */
export function publicClientKey(name: string, value: string): boolean {
  if (!browserExposedName(name)) return false;
  return PUBLISHABLE_VALUE.test(value) || GOOGLE_BROWSER_KEY.test(value) || anonJwt(value) || (SEARCH_ONLY_NAME.test(name) && /^[0-9a-f]{32}$/.test(value));
}
