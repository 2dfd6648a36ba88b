// Round nine (held-out T's URL misses): a provider token split over path segments, and a token
// used as a host label. Benign: path segments and host labels that join into nothing (product
// pages, load balancer names, content hashes). Token-shaped values are built at run time.
import type { CorpusCase } from "../types.ts";
import { listed, type Listed } from "../listed.ts";

let seed = 0x0a19;
const rnd = (n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length]).join("");
const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const D = "0123456789";
const slackParts = () => [["xo", "xb-"].join("") + rnd(12, D), rnd(13, D), rnd(24, AN)];
const ghp = () => ["gh", "p_"].join("") + rnd(36, AN);

const [s1, s2, s3] = slackParts() as [string, string, string];
const g = ghp();
const pos: Listed[] = [
  [`https://cdn.example.com/i/${s1}/${s2.slice(0, 6)}-${s2.slice(6)}/${s3.slice(0, 12)}/${s3.slice(12)}/pixel.gif`, "a Slack bot token split over four path segments"],
  [`https://collect.example.net/${g.slice(0, 20)}/${g.slice(20)}`, "a GitHub token split over two path segments"],
  [`https://${["hf", "_"].join("")}${rnd(34, "abcdefghijklmnopqrstuvwxyz")}.collector.example.org/ping`, "a Hugging Face token as a host label (lower case, as DNS writes it)"],
];
const ben: Listed[] = [
  ["https://www.example.com/dp/B08N5WRWNW/ref=sr_1_3?crid=2XYZQ8ABCDEF&keywords=usb+c+hub", "a product page: segments join into nothing"],
  ["https://internal-k8s-ingress-prod-a041417829-5234296870.us-east-1.elb.example.com/", "a load balancer name with long number runs"],
  [`https://assets.example.com/static/${rnd(20, "0123456789abcdef")}/${rnd(20, "0123456789abcdef")}/app.js`, "content-hash directories"],
  ["https://docs.example.org/en/latest/reference/configuration/authentication/tokens/rotation.html", "a deep documentation path"],
];

const mk = listed("url");

export const cases: CorpusCase[] = [
  ...mk("r9-split-pos", "r9-url-split-token", "positive", pos),
  ...mk("r9-split-ben", "r9-url-split-token-benign", "benign", ben),
];
