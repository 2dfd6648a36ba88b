// Round 17 (hostnames): a credential whose case the host folded (an AWS access key id, a GitHub
// token written as a label, lower-cased as every URL parser writes a host), and an encoded chunk
// behind a short hyphen-joined tag ("q9-<base32>"). Benign: hyphenated tenant, preview and build
// hosts whose parts are words, numbers or short ids. Values are built at run time.
import type { CorpusCase } from "../types.ts";
import { listed, type Listed } from "../listed.ts";

let seed = 0x17a9;
const rnd = (n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % alphabet.length]).join("");
const B32 = "abcdefghijklmnopqrstuvwxyz234567";
const LAN = "abcdefghijklmnopqrstuvwxyz0123456789";
const b32 = (s: string): string => {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const b of Buffer.from(s)) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(acc >>> bits) & 31];
    }
  }
  return bits > 0 ? out + B32[(acc << (5 - bits)) & 31] : out;
};
const keyId = () => ["ak", "ia", rnd(16, B32)].join("");
const ghTok = () => ["gh", "o_", rnd(36, LAN)].join("");

const mk = listed("url");
const pos: Listed[] = [
  [`https://${keyId()}.c.example.org/ok`, "folded AWS key id alone as a label"],
  [`https://${ghTok()}.relay.example.net/p`, "folded GitHub OAuth token as a label"],
  [`http://t${rnd(2, LAN)}-${b32(`password=${rnd(24, LAN)}`).slice(0, 56)}.d.example.com/`, "short tag, hyphen, base32 of a password line"],
  [`https://${b32(`DB_URL=postgres://app:${rnd(16, LAN)}@db`).slice(0, 60)}-x1.v.example.invalid/`, "base32 chunk with a trailing tag"],
];
const ben: Listed[] = [
  ["https://pr-1234-abcdefgh23456723.review.example.app/", "preview host with a short id"],
  ["https://feature-add-billing-dashboard-v2.preview.example.dev/", "branch-named preview host"],
  ["https://staging-kubernetes-ingress-controller.internal.example.com/healthz", "long hyphenated service name"],
  ["https://akiaproject-docs.example.com/", "label that starts like a key id"],
  [`https://ci-runner-${rnd(16, "0123456789abcdef")}.build.example.com/status`, "build runner with a hex id"],
];

export const cases: CorpusCase[] = [
  ...mk("r17-hfold-pos", "r17-url-folded-host-data", "positive", pos),
  ...mk("r17-hfold-ben", "r17-url-folded-host-data", "benign", ben),
];
