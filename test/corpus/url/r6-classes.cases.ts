// Round six (held-out H's URL miss): data carried in DNS labels as hex chunks of 24-40 characters
// over several levels. Hex holds at most 4 bits a character, so a random chunk of that length
// measures below the mixed-alphabet entropy floor; it gets its own floor. Ordinary long hosts
// stay quiet: one hash label (CDN, commit preview), hyphenated preview and bucket names, short ids.
import type { CorpusCase } from "../types.ts";
import { listed, type Listed } from "../listed.ts";


const pos: Listed[] = [
  ["https://ad421e3ababc18e44a893af1ff727b.38c871c84a96dd62ef4b114134.f27892106df607bc920522a7.t.example.org/p.gif", "three random hex chunks (30/26/24) over a reserved example domain"],
  ["https://c1569b7722f349fe5c2b984b54ef7ff3.50fd6d65720e58e7306d0f9bc3f6.relay-metrics.net/", "two random hex chunks of 32 and 28 characters"],
  ["http://53990a5556ef671bf11b8f4069.02d999b165f1b1e13a45f28f9a.40fa2a6f8838d085b2da5ac50e.q.beacon.example.com/ping", "three 26-character hex chunks under a sub-label"],
  ["https://33c2a152118c242d55e9df452feb3eed94.af50f6b0098a0d34958282f792b2bd.cdn-tel.example.io/x", "34 and 30 character hex chunks"],
];
const ben: Listed[] = [
  ["https://d1f8a9c2b3e4f5a6b7c8d9e0f1a2b3c4.cloudfront.net/assets/app.js", "one 32-hex CDN distribution label"],
  ["https://pr-1234-3f9a2c1b-myteam.vercel.app/dashboard", "preview deployment with a short hash"],
  ["https://acme-logs-prod-2024-eu-west-1.s3.eu-west-1.amazonaws.com/2024/05/app.log", "S3 bucket name"],
  ["https://5f3c9a1e2b7d4c8e9f0a1b2c3d4e5f6a7b8c9d0e.preview.example.dev/", "one 40-hex commit preview label"],
  ["https://a1b2c3d4.e5f6a7b8.sslip.example.net/", "two short hex labels"],
  ["https://7f3e9a1c-2b4d-4c8e-9f0a-1b2c3d4e5f6a.tenant.example.com/api", "UUID tenant label (hyphenated)"],
];

const mk = listed("url");

export const cases: CorpusCase[] = [
  ...mk("r6-uhex-pos", "r6-url-hex-labels", "positive", pos),
  ...mk("r6-uhex-ben", "r6-url-hex-labels-benign", "benign", ben),
];
