// Round thirty-three (fix33e): a client key public by design as the fallback of an env lookup of
// a browser-exposed name (`NEXT_PUBLIC_`, `VITE_`, `PUBLIC_`, `REACT_APP_`, `EXPO_PUBLIC_`,
// `GATSBY_`): PostHog `phc_`, Stripe `pk_live_`, Mapbox `pk.`, a Google browser key, Supabase's
// anon JWT, Algolia's search-only key. Those are benign. A secret's shape under the same public
// names (`sk_live_`, a service_role JWT, an OpenAI key) is still a leak: the build publishes it.
// Not here: a Firebase `AIza…`, Supabase's anon JWT and Algolia's search key under a public name are
// still flagged by their own provider/JWT/name rules (outside the env-lookup rule), left for later.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x33e004);
const b = builder({ category: "r33-fix33e-public-client-key-default" });
const bb = builder({ category: "r33-fix33e-public-client-key-default-benign" });
const jwt = (role: string) => [{ alg: "HS256", typ: "JWT" }, { iss: "supabase", ref: r.str(20, "abcdefghijklmnopqrstuvwxyz"), role, iat: 1716000000, exp: 2031576000 }].map((o) => Buffer.from(JSON.stringify(o)).toString("base64url")).join(".") + "." + r.b64url(43);
const ph = () => "ph" + "c_" + r.alnum(43);
const stripe = (kind: "pk" | "sk") => `${kind}_${"li"}ve_${r.digits(2)}${r.alnum(97)}`;

bb.ben("fix33e-pub-posthog-vite", "PostHog project key under VITE_", `const key = import.meta.env.VITE_POSTHOG_KEY ?? "${ph()}";\n`);
bb.ben("fix33e-pub-stripe-next", "Stripe publishable key under NEXT_PUBLIC_", `export const stripePk = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY || "${stripe("pk")}";\n`);
bb.ben("fix33e-pub-mapbox-react", "Mapbox public token under REACT_APP_", `mapboxgl.accessToken = process.env.REACT_APP_MAPBOX_TOKEN ?? "pk.eyJ1Ijoi${r.alnum(20)}.${r.b64url(22)}";\n`);
bb.ben("fix33e-pub-posthog-expo", "PostHog project key under EXPO_PUBLIC_ in a config read", `export const posthogKey: string = Constants.expoConfig?.extra?.posthogKey ?? process.env.EXPO_PUBLIC_POSTHOG_API_KEY ?? "${ph()}";\n`);
bb.ben("fix33e-pub-stripe-gatsby", "Stripe publishable key under GATSBY_", `const pk = process.env.GATSBY_STRIPE_PUBLIC_KEY || '${stripe("pk")}'\n`);
bb.ben("fix33e-pub-mapbox-nuxt", "Mapbox public token under NUXT_PUBLIC_", `mapboxToken: process.env.NUXT_PUBLIC_MAPBOX_TOKEN || "pk.eyJ1Ijoi${r.alnum(20)}.${r.b64url(22)}",\n`);

b.pos("fix33e-pub-stripe-secret-next", "Stripe secret key under NEXT_PUBLIC_", `const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_KEY ?? "${stripe("sk")}");\n`);
b.pos("fix33e-pub-service-role-vite", "Supabase service_role JWT under VITE_", `const admin = createClient(url, import.meta.env.VITE_SUPABASE_KEY ?? "${jwt("service_role")}");\n`);
b.pos("fix33e-pub-openai-next", "OpenAI key under NEXT_PUBLIC_", `const openai = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY ?? "sk-proj-${r.b64url(74)}T3Blbk${"FJ"}${r.b64url(74)}" });\n`);
b.pos("fix33e-pub-hex-next", "random hex secret under NEXT_PUBLIC_ name", `const secret = process.env.NEXT_PUBLIC_WEBHOOK_SECRET ?? "${r.hex(40)}";\n`);
b.pos("fix33e-pub-posthog-personal", "PostHog personal key under a public name", `const k = import.meta.env.VITE_POSTHOG_KEY ?? "ph${"x_"}${r.alnum(47)}";\n`);
b.pos("fix33e-pub-server-posthog-sk", "secret key of a public vendor under REACT_APP_", `const key = process.env.REACT_APP_RESEND_API_KEY || "re_${r.alnum(8)}_${r.alnum(24)}";\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
