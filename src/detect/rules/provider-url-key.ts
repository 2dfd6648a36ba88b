// Provider keys that sit in the provider's own documented URL (issue 24): node/RPC and API hosts
// that take the key as a path segment (`<network>.g.alchemy.com/v2/<key>`, `<net>.infura.io/v3/<32 hex>`,
// `<name>.quiknode.pro/<token>/`, `rpc.ankr.com/<chain>/<key>`) or as a documented query parameter
// (Helius `?api-key=`, Pinata's `?pinataGatewayToken=`, Vercel Edge Config's `?token=`). The URL
// alone is the credential: whoever holds it spends the account's quota or reads its data.
// One table, host → where the key sits → its shape; each row becomes one rule, and its hosts are the
// key's issuer (a request to them is the key's use, rules/issuers.ts).
//
// UUIDs: a UUID is usually an id, and the named-slot rules keep a UUID under a bare `token`/`key`
// (a URL's `&token=`, a list item's key) as a handle: Firebase Storage download links, share and
// invitation links, unsubscribe links all carry `?token=<uuid>` to hosts we know nothing of, and the
// UUID's fixed shape carries no sign of being a key. Only where the host's documented connection
// string puts the credential (Edge Config's `edge-config.vercel.com/ecfg_…?token=<uuid>`, Blast's
// `<net>.blastapi.io/<uuid>`, Helius' `?api-key=<uuid>`) is the UUID the credential; a UUID under a
// generic `?token=` to an unknown host stays unflagged.
import { shannonEntropy, randomHex } from "../entropy.ts";
import { defineRule } from "./define.ts";
import type { Rule } from "./types.ts";

type Shape = "hex" | "uuid" | "hex-or-uuid" | "drawn" | "alnum";

interface UrlKeySpot {
  id: string;
  provider: string;
  /** Literal (lowercase) every such URL holds: the prefilter's keyword. */
  keywords: string[];
  /** Host, as a regex source (lowercase, dots escaped). */
  host: string;
  /** Path from the host's end up to the key (path keys), or up to the query (query keys). */
  path: string;
  /** The query parameter holding the key; absent when the key is the path's segment. */
  query?: string;
  shape: Shape;
  min: number;
  max: number;
  /** Hosts that receive the key (exact, or `*.suffix`). */
  issuer: string[];
}

const SUB = String.raw`(?:[a-z0-9-]{1,63}\.){1,4}`;

export const URL_KEY_SPOTS: readonly UrlKeySpot[] = [
  { id: "alchemy-url-key", provider: "Alchemy", keywords: ["alchemy.com/", "alchemyapi.io/"], host: String.raw`${SUB}(?:g\.alchemy\.com|alchemyapi\.io)`,
    path: String.raw`\/(?:v2|nft\/v[23]|prices\/v1)\/`, shape: "drawn", min: 24, max: 48, issuer: ["*.alchemy.com", "*.alchemyapi.io"] },
  { id: "infura-url-key", provider: "Infura (MetaMask Developer)", keywords: ["infura.io/"], host: String.raw`${SUB}infura\.io`,
    path: String.raw`\/(?:ws\/)?v3\/`, shape: "hex", min: 32, max: 32, issuer: ["*.infura.io"] },
  { id: "quicknode-url-key", provider: "QuickNode", keywords: ["quiknode.pro/", "quicknode.pro/"], host: String.raw`${SUB}quic?knode\.pro`,
    path: String.raw`\/`, shape: "hex", min: 32, max: 64, issuer: ["*.quiknode.pro", "*.quicknode.pro"] },
  { id: "ankr-url-key", provider: "Ankr", keywords: ["rpc.ankr.com/"], host: String.raw`rpc\.ankr\.com`,
    path: String.raw`\/(?:premium-http\/)?[a-z0-9_]{2,40}\/(?:ws\/)?`, shape: "hex", min: 32, max: 64, issuer: ["rpc.ankr.com"] },
  { id: "helius-url-key", provider: "Helius", keywords: ["helius-rpc.com", "helius.xyz"], host: String.raw`${SUB}(?:helius-rpc\.com|helius\.xyz)`,
    path: String.raw`(?:\/[^\s?#"'<>]{0,200})?`, query: "api-key", shape: "uuid", min: 36, max: 36, issuer: ["*.helius-rpc.com", "*.helius.xyz"] },
  { id: "chainstack-url-key", provider: "Chainstack", keywords: ["p2pify.com/", "chainstack.com/"], host: String.raw`${SUB}(?:p2pify\.com|core\.chainstack\.com)`,
    path: String.raw`\/`, shape: "hex", min: 32, max: 32, issuer: ["*.p2pify.com", "*.chainstack.com"] },
  { id: "blast-url-key", provider: "Blast API", keywords: ["blastapi.io/"], host: String.raw`${SUB}blastapi\.io`,
    path: String.raw`\/`, shape: "uuid", min: 36, max: 36, issuer: ["*.blastapi.io"] },
  { id: "moralis-node-url-key", provider: "Moralis nodes", keywords: ["moralis-nodes.com/", "moralis.io/"], host: String.raw`${SUB}(?:moralis-nodes\.com|moralis\.io)`,
    path: String.raw`\/(?:[a-z0-9_-]{2,30}\/)?`, shape: "hex", min: 24, max: 64, issuer: ["*.moralis-nodes.com", "*.moralis.io"] },
  { id: "getblock-url-key", provider: "GetBlock", keywords: ["getblock.io/"], host: String.raw`${SUB}getblock\.io`,
    path: String.raw`\/`, shape: "hex-or-uuid", min: 32, max: 36, issuer: ["*.getblock.io"] },
  { id: "nodereal-url-key", provider: "NodeReal MegaNode", keywords: ["nodereal.io/"], host: String.raw`${SUB}nodereal\.io`,
    path: String.raw`\/(?:ws\/)?v1\/`, shape: "hex", min: 32, max: 32, issuer: ["*.nodereal.io"] },
  { id: "blockpi-url-key", provider: "BlockPI", keywords: ["blockpi.network/"], host: String.raw`${SUB}blockpi\.network`,
    path: String.raw`\/v1\/(?:rpc|ws)\/`, shape: "hex", min: 32, max: 64, issuer: ["*.blockpi.network"] },
  { id: "tenderly-node-url-key", provider: "Tenderly Node", keywords: ["tenderly.co/"], host: String.raw`${SUB}(?:gateway|rpc)\.tenderly\.co`,
    path: String.raw`\/`, shape: "drawn", min: 20, max: 40, issuer: ["*.tenderly.co"] },
  { id: "syndica-url-key", provider: "Syndica", keywords: ["syndica.io/"], host: String.raw`${SUB}syndica\.io`,
    path: String.raw`\/api-key\/`, shape: "alnum", min: 32, max: 128, issuer: ["*.syndica.io"] },
  { id: "thegraph-gateway-key", provider: "The Graph gateway", keywords: ["thegraph.com/api/"], host: String.raw`(?:[a-z0-9-]{1,63}\.){0,3}thegraph\.com`,
    path: String.raw`\/api\/`, shape: "hex", min: 32, max: 32, issuer: ["*.thegraph.com"] },
  { id: "pinata-gateway-token", provider: "Pinata dedicated gateway", keywords: ["pinatagatewaytoken="], host: String.raw`${SUB}mypinata\.cloud`,
    path: String.raw`\/[^\s?#"'<>]{0,200}`, query: "pinataGatewayToken", shape: "drawn", min: 32, max: 128, issuer: ["*.mypinata.cloud"] },
  { id: "exchangerate-api-url-key", provider: "ExchangeRate-API", keywords: ["exchangerate-api.com/"], host: String.raw`${SUB}exchangerate-api\.com`,
    path: String.raw`\/v\d\/`, shape: "hex", min: 24, max: 24, issuer: ["*.exchangerate-api.com"] },
  // Vercel Edge Config connection string: the read token (a UUID) after the store's ecfg_ id, on the store's URL or its REST paths.
  { id: "vercel-edge-config-token", provider: "Vercel Edge Config", keywords: ["edge-config.vercel.com/"], host: String.raw`edge-config\.vercel\.com`,
    path: String.raw`\/ecfg_[a-z0-9]{16,40}(?:\/[\w.\/-]{0,100})?`, query: "token", shape: "uuid", min: 36, max: 36, issuer: ["edge-config.vercel.com"] },
];

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

function shapeSource(s: UrlKeySpot): string {
  switch (s.shape) {
    case "hex": return `[0-9a-f]{${s.min},${s.max}}`;
    case "uuid": return UUID;
    case "hex-or-uuid": return `${UUID}|[0-9a-f]{32}`;
    case "drawn": return `[A-Za-z0-9_-]{${s.min},${s.max}}`;
    case "alnum": return `[A-Za-z0-9]{${s.min},${s.max}}`;
  }
}

/** A key drawn at random in its shape, not a word, an identifier or a made-up run. */
function drawn(shape: Shape, v: string): boolean {
  if (shape === "uuid" || shape === "hex-or-uuid") return randomHex(v.replace(/-/g, ""), 3.0);
  if (shape === "hex") return randomHex(v, 3.0);
  // Letters of both cases and a digit: a random draw of 20+ from 62 or 64 characters has them all
  // (a camelCase name, an ENV_NAME or `your-api-key-here` does not).
  return /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && shannonEntropy(v) >= 3.6;
}

function patternOf(s: UrlKeySpot): RegExp {
  const head = String.raw`(?<![A-Za-z0-9.-])${s.host}(?::\d{2,5})?${s.path}`;
  const where = s.query === undefined ? "" : String.raw`\/?\?(?:[^\s#"'<>]{0,300}&)?${s.query}=`;
  return new RegExp(`${head}${where}(${shapeSource(s)})(?![A-Za-z0-9_-])`);
}

export const PROVIDER_URL_KEY_RULES: Rule[] = URL_KEY_SPOTS.map((s) =>
  defineRule({ id: s.id, description: `${s.provider} key in its ${s.query === undefined ? "endpoint URL's path" : `URL's ${s.query} parameter`}`,
    keywords: s.keywords, pattern: patternOf(s), validate: (v) => drawn(s.shape, v), entropy: 3.0, placeholder: "standard",
    severity: "high", confidence: "high", tags: ["url"], before: 160, after: 560 }));

/** Rule id → the hosts that receive its key, for rules/issuers.ts. */
export const URL_KEY_ISSUERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(URL_KEY_SPOTS.map((s) => [s.id, s.issuer]));

/** Query parameters the table's keys sit in (lowercase): auth positions of a URL to the key's issuer. */
export const URL_KEY_QUERY_PARAMS: readonly string[] = [...new Set(URL_KEY_SPOTS.flatMap((s) => (s.query ? [s.query.toLowerCase()] : [])))];
