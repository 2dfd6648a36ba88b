// Round thirty-three (fix33h, Y143 y143-l-170): a short token (12 to 15 characters; ipinfo's are 14
// hex) as the fallback of an environment lookup of a token's or API key's qualified name
// (`IPINFO_TOKEN`, `GEO_API_KEY`), or given anywhere under ipinfo's name or in its API's query.
// The lookup asked 16 characters of anything but a password. The name and the lookup vouch for a
// short drawn value: hex with digits and letters through it, or mixed case with digits. Benign:
// short hex under other names (a colour, a short commit, an account id), a bare `TOKEN`, a cache
// key, placeholders and sequences.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x33f804);
const b = builder({ category: "r33-fix33h-short-named-token" });
const bb = builder({ category: "r33-fix33h-short-named-token-benign" });
/** 14 lower-case hex with digits and letters through it. */
const hex14 = () => Array.from({ length: 7 }, () => r.str(1, "abcdef") + r.str(1, "0123456789")).join("");
/** 13 characters, both cases and digits. */
const mixed13 = () => r.str(1, "ABCDEFGHJKMNPQRSTUVWXYZ") + Array.from({ length: 4 }, () => r.str(1, "abcdefghjkmnpqrstuvwxyz") + r.str(1, "23456789") + r.str(1, "ABCDEFGHJKMNPQRSTUVWXYZ")).join("");

b.pos("r33h-short-ts-nullish", "TypeScript ?? fallback of an ipinfo token",
  `export const GEO_TOKEN = process.env.IPINFO_TOKEN ?? "${hex14()}";\n`);
b.pos("r33h-short-python-getenv", "Python getenv fallback under an API key's name",
  `GEOIP_API_KEY = os.getenv("GEOIP_API_KEY", "${hex14()}")\n`);
b.pos("r33h-short-go-lookup", "Go getEnv helper with a mixed-case fallback",
  `token := getEnv("SHIPPING_API_TOKEN", "${mixed13()}")\n`);
b.pos("r33h-short-dotenv-ipinfo", "ipinfo token in a .env",
  `# geo lookups\nIPINFO_TOKEN=${hex14()}\n`);
b.pos("r33h-short-url-ipinfo", "ipinfo API query in a curl",
  `curl -s "https://ipinfo.io/203.0.113.9/json?token=${hex14()}"\n`);
b.pos("r33h-short-yaml-ipinfo", "ipinfo key in a YAML config",
  `geo:\n  provider: ipinfo\n  ipinfo_api_key: "${hex14()}"\n`);

bb.ben("r33h-short-color", "a brand colour under a theme key",
  `const ACCENT = process.env.THEME_ACCENT ?? "#${r.hex(6)}";\n`);
bb.ben("r33h-short-commit", "a short commit under a build variable",
  `BUILD_SHA = os.getenv("GIT_COMMIT_SHA", "${r.hex(12)}")\n`);
bb.ben("r33h-short-account-id", "an account id under ipinfo's name",
  `IPINFO_ACCOUNT_ID=${hex14()}\n`);
bb.ben("r33h-short-bare-token", "a bare TOKEN name with a short hex fallback",
  `const t = process.env.TOKEN ?? "${hex14()}";\n`);
bb.ben("r33h-short-cache-key", "a cache key's fallback",
  `CACHE_KEY = os.getenv("PAGE_CACHE_KEY", "${hex14()}")\n`);
bb.ben("r33h-short-placeholder", "placeholders and a sequence",
  `IPINFO_TOKEN=your_token_here\nGEOIP_API_KEY = os.getenv("GEOIP_API_KEY", "0123456789abcd")\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
