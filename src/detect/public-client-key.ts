// A key public by design, read under a name the build ships to the browser: a framework's
// browser-exposed prefix (`NEXT_PUBLIC_`, `VITE_`, `PUBLIC_`, `NUXT_PUBLIC_`, `REACT_APP_`,
// `EXPO_PUBLIC_`, `GATSBY_`) and a value of a shape its provider publishes (PostHog `phc_`, Stripe
// `pk_live_`, Mapbox `pk.`, a Google browser key `AIza…`, Supabase's anon JWT, Algolia's
// search-only key under a search key's name). Both are needed: a secret shape (`sk_live_`, a
// service_role JWT) under a public name is a leak the build publishes, not a public key.
// A name may say so alone: a search-only key (searchOnlyKeyName) is public whatever the prefix.
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

/**
 * A search-only key by its name: Algolia's search-only API key, Typesense's search-only key, Meilisearch's default search
 * key, which a site ships to every visitor to query an index, as a Stripe publishable key (`searchOnlyApiKey`,
 * `ALGOLIA_SEARCH_KEY`, `TYPESENSE_SEARCH_ONLY_API_KEY`, `meiliSearchKey`). An admin, write or master key of the same
 * provider is a secret (`ALGOLIA_ADMIN_KEY`, `ALGOLIA_API_KEY`, `MEILISEARCH_API_KEY`), and so is a paid search API's
 * key, whose name says search but not search-only (`BRAVE_SEARCH_API_KEY`, `BING_SEARCH_KEY`, `ELASTICSEARCH_API_KEY`).
 */
const SEARCH_ONLY = /search[_.-]?only/i;
const PROVIDER_SEARCH_KEY = /(?:^|[_.-])(?:algolia|typesense|meilisearch|meili)[_.-](?:[a-z0-9]{1,12}[_.-])?search[_.-]?(?:api[_.-]?)?key/i;
const PRIVILEGED = /admin|write|master|secret|private|manage|(?:^|[_.-])(?:sk|rw)(?:[_.-]|$)/i;
export function searchOnlyKeyName(name: string): boolean {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2");
  return (SEARCH_ONLY.test(snake) || PROVIDER_SEARCH_KEY.test(snake)) && !PRIVILEGED.test(snake);
}

/** The value under `name` is a client key its provider publishes: named for the browser, or named search-only. */
export function publicClientKey(name: string, value: string): boolean {
  if (searchOnlyKeyName(name)) return true;
  if (!browserExposedName(name)) return false;
  return PUBLISHABLE_VALUE.test(value) || GOOGLE_BROWSER_KEY.test(value) || anonJwt(value) || (SEARCH_ONLY_NAME.test(name) && /^[0-9a-f]{32}$/.test(value));
}
