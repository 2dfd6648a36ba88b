// Data carried in URL path segments to hosts that are not known APIs or content hosts (issue 24,
// class 6): `https://unknown.example/<base64url of encrypted data>/…`. The `path_entropy`
// detector (warn by default; a route may block or switch it off). What is not data:
// - known hosts: every credential issuer (rules/issuers.ts) and the registries, code hosts and
//   document hosts whose paths are content hashes and file ids by design (KNOWN_CONTENT_HOSTS);
// - content hashes anywhere: hex of a digest's length (MD5 32, SHA-1 40, SHA-224 56, SHA-256 64,
//   SHA-384 96, SHA-512 128) names content, it does not carry it; UUIDs are ids (36 characters,
//   fixed shape); IPFS CIDs; hashed asset names (`app.3f9a….js`);
// - segments that decode to text: judged by what they say (secrets, credential-like content)
//   elsewhere in the URL checks, not by their entropy.
// Data: one segment of 48+ characters of random-looking base64/base64url, base32 or hex (of no
// digest length), or two or more adjacent segments of 24+ such characters, 64+ together (data
// split over segments).
import { shannonEntropy } from "../entropy.ts";
import { ISSUER_HOSTS } from "../rules/issuers.ts";

/** Registries, code hosts, package CDNs and document hosts: content-addressed paths are their normal. */
export const KNOWN_CONTENT_HOSTS: readonly string[] = [
  "github.com", "*.github.com", "*.githubusercontent.com", "gitlab.com", "*.gitlab.com", "bitbucket.org", "*.bitbucket.org",
  "registry.npmjs.org", "*.npmjs.org", "registry.yarnpkg.com", "pypi.org", "files.pythonhosted.org", "crates.io", "*.crates.io",
  "proxy.golang.org", "sum.golang.org", "rubygems.org", "repo.maven.apache.org", "*.maven.org", "*.docker.io", "*.docker.com", "ghcr.io",
  "quay.io", "gcr.io", "*.gcr.io", "*.pkg.dev", "mcr.microsoft.com", "cdn.jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com", "esm.sh",
  "deno.land", "jsr.io", "nodejs.org", "dl.google.com", "*.gstatic.com", "*.googleusercontent.com", "docs.google.com", "drive.google.com",
  "huggingface.co", "*.huggingface.co", "*.hf.co", "*.ytimg.com", "*.twimg.com", "*.wikimedia.org", "*.wikipedia.org", "stackoverflow.com",
  "*.stackexchange.com", "*.sstatic.net",
  // Payment, meeting and document-sharing services: their own session, checkout and share links
  // carry opaque ids in the path or fragment by design (checkout.stripe.com/c/pay/cs_live_…#…).
  "stripe.com", "*.stripe.com", "*.paypal.com", "zoom.us", "*.zoom.us", "meet.google.com", "calendar.google.com", "*.dropbox.com",
  "*.box.com", "*.sharepoint.com", "onedrive.live.com", "1drv.ms", "*.notion.so", "*.notion.site", "*.figma.com", "*.loom.com",
  "*.docusign.net", "calendly.com", "*.typeform.com", "airtable.com", "miro.com",
];

const KNOWN = [...new Set([...Object.values(ISSUER_HOSTS).flat(), ...KNOWN_CONTENT_HOSTS])];
const KNOWN_EXACT = new Set(KNOWN.filter((p) => !p.startsWith("*.")));
const KNOWN_SUFFIX = KNOWN.filter((p) => p.startsWith("*.")).map((p) => p.slice(1));

/** A credential issuer's API host or a known content host (exact, or under a `*.suffix`). */
export function knownHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  if (KNOWN_EXACT.has(h)) return true;
  return KNOWN_SUFFIX.some((s) => h.endsWith(s) || h === s.slice(1));
}

const DIGEST_HEX_LENGTHS = new Set([32, 40, 56, 64, 96, 128]);
const ASSET = /\.(?:js|mjs|css|png|jpe?g|gif|svg|webp|avif|ico|woff2?|ttf|map|json|html?|tgz|zip|gz|whl|mp4|mp3|pdf)$/i;

/** The encoding a segment is written in, when its alphabet is one; null otherwise. */
function alphabetOf(s: string): "hex" | "base32" | "base64" | null {
  if (/^[0-9a-f]+$/.test(s) || /^[0-9A-F]+$/.test(s)) return "hex";
  if ((/^[A-Z2-7]+=*$/.test(s) || /^[a-z2-7]+=*$/.test(s)) && /[2-7]/.test(s) && /[A-Za-z]/.test(s)) return "base32";
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s)) return "base64";
  return null;
}

/**
 * A segment of at least `min` characters that reads as random data: its letters spread as
 * random draws from its alphabet do (thresholds about 1% below the mean of random strings of
 * the same length, measured), and not a content hash, a UUID, a CID or a hashed asset name.
 */
export function dataSegment(seg: string, min: number): boolean {
  if (ASSET.test(seg)) return false;
  // Data with a made-up extension (`<blob>.bin`, `.dat`) is judged by its stem.
  const s = seg.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  if (s.length < min || /^(?:bafy|bafk|bafz|Qm)[A-Za-z0-9]+$/.test(s)) return false;
  const kind = alphabetOf(s);
  if (kind === null) return false;
  const h = shannonEntropy(s);
  const lg = Math.log2(s.length);
  if (kind === "hex") return !DIGEST_HEX_LENGTHS.has(s.length) && h >= Math.min(3.3, 0.68 * lg);
  if (kind === "base32") return h >= Math.min(4.0, 0.74 * lg);
  return h >= Math.min(4.5, 0.8 * lg);
}

export interface PathSegment {
  /** The segment after percent-decoding. */
  text: string;
  span: [number, number];
  /** It decoded to text (base64, hex, base32): judged by its content instead. */
  decodes: boolean;
}

export interface PathEntropyHit {
  span: [number, number];
  note: string;
  chars: number;
}

/** Data in the path of a URL to `host` (null host: no exemption). Adjacent data segments make one hit. */
export function pathEntropyHits(host: string | null, segments: readonly PathSegment[]): PathEntropyHit[] {
  if (host !== null && knownHost(host)) return [];
  const out: PathEntropyHit[] = [];
  let run: PathSegment[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const chars = run.reduce((n, s) => n + s.text.length, 0);
    const one = run.length === 1 && dataSegment(run[0]!.text, 48);
    if (one || (run.length >= 2 && chars >= 64)) {
      const h = shannonEntropy(run.map((s) => s.text).join(""));
      out.push({ span: [run[0]!.span[0], run[run.length - 1]!.span[1]], chars, note: run.length === 1 ? `${chars} characters, ${h.toFixed(1)} bits/char` : `${run.length} adjacent segments, ${chars} characters, ${h.toFixed(1)} bits/char` });
    }
    run = [];
  };
  for (const seg of segments) {
    if (!seg.decodes && dataSegment(seg.text, 24)) run.push(seg);
    else flush();
  }
  flush();
  return out;
}
