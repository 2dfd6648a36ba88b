// Data smuggled in host names: `<data>.attacker.example`. A label (or the labels joined) that
// decodes to text is data; long high-entropy labels spread over several levels are data too.
// Ordinary hosts stay quiet: CDN and tenant ids are short or decode to nothing, hashes decode to
// binary, IPFS CIDs and punycode labels are skipped.
import { shannonEntropy } from "../entropy.ts";
import { decodeWhole } from "./layers.ts";
import type { DecodeStep } from "../types.ts";

const TWO_LEVEL = new Set([
  "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "net.uk", "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.jp", "ne.jp",
  "or.jp", "ac.jp", "com.br", "net.br", "org.br", "co.in", "net.in", "org.in", "co.nz", "org.nz", "co.za", "org.za", "com.cn",
  "net.cn", "org.cn", "com.tw", "com.mx", "co.kr", "or.kr", "com.sg", "com.tr", "com.ar", "com.hk", "co.il", "com.my", "co.id",
  "com.ph", "com.vn", "com.ua", "co.th", "com.pl", "com.ru", "com.es", "co.at", "or.at",
]);

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

/** Base32 of a short label (8–15 chars; decodeWhole wants 16+), for labels judged together. */
function shortBase32(label: string): { text: string; step: DecodeStep } | null {
  if (!/^(?:[a-z2-7]{8,15}|[A-Z2-7]{8,15})$/.test(label) || !/[2-7]/.test(label)) return null;
  const A = "abcdefghijklmnopqrstuvwxyz234567";
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of label.toLowerCase()) {
    acc = ((acc << 5) | A.indexOf(ch)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >>> bits) & 255);
    }
  }
  return { text: Buffer.from(bytes).toString("latin1"), step: "base32" };
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
  if (out.length === 0) {
    // Hex chunks carry at most 4 bits a character, so a random 28-character chunk measures ~3.3-3.6:
    // they get their own floor (and a longer minimum) rather than the mixed-alphabet 3.6.
    const noisy = subs.filter((l) => l.length >= 20 && /^[a-z0-9]+$/i.test(l) && /\d/.test(l) && /[a-z]/i.test(l) && shannonEntropy(l) >= (l.length >= 24 && /^[0-9a-f]+$/i.test(l) ? 3.1 : 3.6));
    const longOne = subs.find((l) => l.length >= 40 && /^[a-z0-9]+$/i.test(l) && shannonEntropy(l) >= 3.6 && !(/^[0-9a-f]+$/i.test(l) && l.length <= 40));
    if (noisy.length >= 2) out.push({ ruleId: "url.dns-exfil", severity: "medium", note: `high-entropy data spread over ${noisy.length} subdomain labels` });
    else if (longOne) out.push({ ruleId: "url.dns-exfil", severity: "medium", note: `high-entropy subdomain label of ${longOne.length} characters` });
  }
  if (subs.length >= 6) out.push({ ruleId: "url.dns-depth", severity: "low", note: `unusual label depth: ${subs.length} subdomain levels` });
  return out;
}
