// Data smuggled in host names: `<data>.attacker.example`. A label (or the labels joined) that
// decodes to text is data; long high-entropy labels spread over several levels are data too.
// Ordinary hosts stay quiet: CDN and tenant ids are short or decode to nothing, hashes decode to
// binary, IPFS CIDs and punycode labels are skipped.
import { shannonEntropy } from "../entropy.ts";
import { decodeWhole } from "./layers.ts";
import { base32LabelBytes, caseFoldedBase64, decimalAscii, textIn } from "./label-decode.ts";
import type { DecodeStep } from "../types.ts";

const TWO_LEVEL = new Set([
  "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "net.uk", "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.jp", "ne.jp",
  "or.jp", "ac.jp", "com.br", "net.br", "org.br", "co.in", "net.in", "org.in", "co.nz", "org.nz", "co.za", "org.za", "com.cn",
  "net.cn", "org.cn", "com.tw", "com.mx", "co.kr", "or.kr", "com.sg", "com.tr", "com.ar", "com.hk", "co.il", "com.my", "co.id",
  "com.ph", "com.vn", "com.ua", "co.th", "com.pl", "com.ru", "com.es", "co.at", "or.at",
]);

/**
 * Services whose host names carry ids by design, assigned by the service (API, function and
 * distribution ids, storage accounts, preview deployments, tenant pages): a name there cannot be
 * chosen per request by whoever wants to smuggle data, so only labels that decode whole to text
 * count under them, never the shape-only cues (long digits, equal-length runs, case-folded data).
 */
const ID_HOST_SUFFIXES = [
  "amazonaws.com", "on.aws", "cloudfront.net", "awsapprunner.com", "amplifyapp.com", "azurewebsites.net", "windows.net", "azure.com",
  "azurefd.net", "azureedge.net", "azurecr.io", "azmk8s.io", "azurecontainer.io", "azurestaticapps.net", "cloudapp.net", "trafficmanager.net",
  "run.app", "appspot.com", "cloudfunctions.net", "googleapis.com", "googleusercontent.com", "googlevideo.com", "gstatic.com", "web.app",
  "firebaseapp.com", "firebaseio.com", "vercel.app", "vercel-storage.com", "netlify.app", "github.io", "gitlab.io", "pages.dev", "workers.dev",
  "r2.cloudflarestorage.com", "r2.dev", "herokuapp.com", "fly.dev", "onrender.com", "railway.app", "supabase.co", "mongodb.net",
  "snowflakecomputing.com", "akamaiedge.net", "akamaitechnologies.com", "akamaihd.net", "edgekey.net", "fastly.net", "fastlylb.net",
  "sentry.io", "arpa", "digitaloceanspaces.com", "ondigitalocean.app", "oraclecloud.com", "aliyuncs.com", "myqcloud.com",
];

function idHost(host: string): boolean {
  const h = host.toLowerCase();
  return ID_HOST_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/** DNS-SD, DKIM, ACME and SRV names (`_domainkey`, `_acme-challenge`, `_sip._tcp`): protocol labels, not payloads. */
const SERVICE_LABEL = /^_/;

export interface DnsSignal {
  ruleId: "url.dns-exfil" | "url.dns-depth";
  severity: "low" | "medium" | "high";
  note: string;
  /** Decoded text, when a label decoded (scanned for secrets by the caller). */
  decoded?: { text: string; path: DecodeStep[] };
}

/** Labels left of the registrable domain (approximate public-suffix rule). */
export function subdomainLabels(host: string): string[] {
  const labels = host.replace(/\.$/, "").split(".");
  const tail = labels.length >= 3 && TWO_LEVEL.has(labels.slice(-2).join(".").toLowerCase()) ? 3 : 2;
  return labels.slice(0, Math.max(0, labels.length - tail));
}

const DATA_LABEL = /^[a-z0-9_-]+$/i;
/** Credential shapes that survive case folding: fixed prefix and a fixed-length body. */
const FOLDED_CREDENTIAL = /^(?:(?:akia|asia|abia|acca)[a-z2-7]{16}|gh[pousr]_[a-z0-9]{36}|github_pat_[a-z0-9_]{60,90}|glpat-[a-z0-9_-]{20}|xox[abpr]-\d{8,13}-[a-z0-9-]{10,60})$/i;

/** Base32 of a short label (8–15 chars; decodeWhole wants 16+), for labels judged together. */
function shortBase32(label: string): { text: string; step: DecodeStep } | null {
  if (!/^(?:[a-z2-7]{8,15}|[A-Z2-7]{8,15})$/.test(label) || !/[2-7]/.test(label)) return null;
  return { text: Buffer.from(base32LabelBytes(label)!).toString("latin1"), step: "base32" };
}

export function dnsExfilSignals(host: string): DnsSignal[] {
  const lower = host.toLowerCase();
  if (/\.(?:ipfs|ipns)\./.test(lower)) return [];
  // Labels keep their case: base64url data is case-sensitive even if DNS is not.
  const subs = subdomainLabels(host).filter((l) => l.toLowerCase() !== "www" && !/^xn--/i.test(l) && !/^(?:bafy|bafk|bafz|k51q)/i.test(l));
  const out: DnsSignal[] = [];
  const tryDecode = (s: string, what: string): boolean => {
    const d = decodeWhole(s);
    if (!d || !/[A-Za-z]{3}/.test(d.text)) return false;
    out.push({ ruleId: "url.dns-exfil", severity: "high", note: `${what} decode${what.startsWith("labels") ? "" : "s"} from ${d.note ? "base32" : d.step} to text`, decoded: { text: d.text, path: [d.step] } });
    return true;
  };
  // A credential whose case the host folded: an AWS access key id, a GitHub / GitLab / Slack token, lower-cased as a label.
  const folded = subs.find((l) => FOLDED_CREDENTIAL.test(l));
  if (folded) out.push({ ruleId: "url.dns-exfil", severity: "high", note: `subdomain label "${folded.slice(0, 4)}…" is a credential with its case folded` });
  let decodedOne = false;
  for (const l of subs) if (l.length >= 16 && DATA_LABEL.test(l) && tryDecode(l, `subdomain label "${l.slice(0, 12)}…"`)) decodedOne = true;
  const dataLabels = subs.filter((l) => l.length >= 6 && DATA_LABEL.test(l));
  if (!decodedOne && dataLabels.length >= 2) decodedOne = tryDecode(dataLabels.join(""), `labels joined (${dataLabels.length})`);
  if (!decodedOne && dataLabels.length >= 2) {
    // Encodings mixed per label (hex, base32, base64url side by side), each label too short alone:
    // two or more labels that each decode to text are data.
    const each = dataLabels.filter((l) => l.length >= 8).map((l) => decodeWhole(l) ?? shortBase32(l)).filter((d): d is NonNullable<typeof d> => d !== null && d.text.length >= 5 && /[A-Za-z].*[A-Za-z]/.test(d.text) && /^[\x20-\x7e]+$/.test(d.text));
    if (each.length >= 2) out.push({ ruleId: "url.dns-exfil", severity: "high", note: `${each.length} subdomain labels each decode to text`, decoded: { text: each.map((d) => d.text).join("\n"), path: [each[0]!.step] } });
  }
  if (out.length === 0 && !idHost(lower) && !subdomainLabels(host).some((l) => SERVICE_LABEL.test(l))) out.push(...foldedAndShapeSignals(subs));
  if (out.length === 0) {
    // Hex chunks carry at most 4 bits a character, so a random 28-character chunk measures ~3.3-3.6:
    // they get their own floor (and a longer minimum) rather than the mixed-alphabet 3.6.
    const noisy = subs.filter((l) => l.length >= 20 && /^[a-z0-9]+$/i.test(l) && /\d/.test(l) && /[a-z]/i.test(l) && shannonEntropy(l) >= (l.length >= 24 && /^[0-9a-f]+$/i.test(l) ? 3.1 : 3.6));
    const longOne = subs.find((l) => l.length >= 40 && /^[a-z0-9]+$/i.test(l) && shannonEntropy(l) >= 3.6 && !(/^[0-9a-f]+$/i.test(l) && l.length <= 40));
    if (noisy.length >= 2) out.push({ ruleId: "url.dns-exfil", severity: "medium", note: `high-entropy data spread over ${noisy.length} subdomain labels` });
    else if (longOne) out.push({ ruleId: "url.dns-exfil", severity: "medium", note: `high-entropy subdomain label of ${longOne.length} characters` });
  }
  // Reverse DNS (in-addr.arpa, ip6.arpa) is deep by construction.
  if (subs.length >= 6 && !/\.arpa$/.test(lower)) out.push({ ruleId: "url.dns-depth", severity: "low", note: `unusual label depth: ${subs.length} subdomain levels` });
  return out;
}

/**
 * Reads like a word (download, software, platform): letters only, vowels in proportion, no four
 * consonants in a row. Wordy hosts line up equal lengths by chance; payload chunks are not words.
 */
function wordy(label: string): boolean {
  const l = label.toLowerCase().replace(/-/g, "");
  if (!/^[a-z]+$/.test(l)) return false;
  const vowels = (l.match(/[aeiou]/g) ?? []).length;
  return vowels >= l.length * 0.25 && vowels <= l.length * 0.6 && !/[^aeiou]{4}/.test(l) && !/(.)\1\1/.test(l);
}

/** The label's text, read case-insensitively (base32 chunks, case-folded base64url, decimal codes). */
function labelText(l: string): { text: string; step: DecodeStep; how: string } | null {
  const digits32 = (l.match(/[2-7]/g) ?? []).length;
  if (l.length >= 14 && /^(?:[a-z2-7]+|[A-Z2-7]+)$/.test(l) && digits32 >= 1) {
    const t = textIn(base32LabelBytes(l)!);
    if (t) return { text: t, step: "base32", how: "base32" };
  }
  if (l === l.toLowerCase()) {
    const t = caseFoldedBase64(l);
    if (t) return { text: t, step: "base64url", how: "base64url (case folded)" };
  }
  const d = decimalAscii(l);
  if (d) return { text: d, step: "escape", how: "decimal character codes" };
  return null;
}

/**
 * Cues that hold whatever the case of the host: a label (or the labels joined) that reads as
 * text under a case-insensitive decoding; a long run of decimal digits (a number carries data
 * as well as hex does: 20 digits are 66 bits); a run of three or more adjacent labels of one
 * length (a tunnel cuts its payload at a fixed width).
 */
function foldedAndShapeSignals(subs: string[]): DnsSignal[] {
  const data = subs.filter((l) => DATA_LABEL.test(l));
  for (const l of data) {
    // A short tag joined to the payload by a hyphen ("p7x-<base32 chunk>"): the long part is read on its own too.
    for (const part of l.includes("-") ? [l, ...l.split("-").filter((x) => x.length >= 16)] : [l]) {
      const d = labelText(part);
      if (d) return [{ ruleId: "url.dns-exfil", severity: "high", note: `subdomain label "${l.slice(0, 12)}…" decodes from ${d.how} to text`, decoded: { text: d.text, path: [d.step] } }];
    }
  }
  const chunks = data.filter((l) => l.length >= 8 && !/-/.test(l));
  if (chunks.length >= 2) {
    const d = labelText(chunks.join(""));
    if (d) return [{ ruleId: "url.dns-exfil", severity: "high", note: `labels joined (${chunks.length}) decode from ${d.how} to text`, decoded: { text: d.text, path: [d.step] } }];
  }
  const digits = subs.find((l) => /^\d{20,}$/.test(l) && new Set(l).size >= 5);
  if (digits) return [{ ruleId: "url.dns-exfil", severity: "medium", note: `subdomain label of ${digits.length} decimal digits` }];
  // Adjacent labels of one length: three of 8+ characters, or two of 16+ that mix letters and digits.
  for (let i = 0; i < subs.length; i++) {
    let j = i;
    while (j + 1 < subs.length && subs[j + 1]!.length === subs[i]!.length) j++;
    const n = j - i + 1;
    const len = subs[i]!.length;
    const run = subs.slice(i, j + 1);
    const mixed = run.every((l) => DATA_LABEL.test(l) && /\d/.test(l) && /[a-z]/i.test(l));
    const fixedWidth = n >= 3 && len >= 8 && run.every((l) => DATA_LABEL.test(l)) && run.filter(wordy).length <= 1;
    if (fixedWidth || (n >= 2 && len >= 16 && mixed)) {
      return [{ ruleId: "url.dns-exfil", severity: "medium", note: `${n} adjacent subdomain labels of ${len} characters (fixed-width chunks)` }];
    }
    i = j;
  }
  return [];
}
