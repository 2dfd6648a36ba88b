// heldout-x hostnames: URLs whose host labels carry data (positives, example.*/.test/.invalid only)
// and real-world-shaped hosts full of ids (benign).
import { type Listed, listed } from "../listed.ts";
import { b64url, base32, chunk, gen, hexOf } from "./_gen.ts";

const mk = listed("url");
const C = "heldoutx-hostnames";
const g = gen(0x5eed_0005);

const ak = g.awsKeyId();
const sec = g.awsSecret();
const gh = g.githubPat();
const oa = g.openai();
const sl = g.slack();
const dec = (s: string) => [...Buffer.from(s)].map((b) => String(b).padStart(3, "0")).join("");

const pos: Listed[] = [
  [`https://${chunk(base32(`${ak}:${sec}`), 60)}.x.example.com/`, "base32 AWS key pair over labels"],
  [`http://${chunk(hexOf(gh), 62)}.t.example.net/p.gif`, "hex GitHub token over labels"],
  [`https://${chunk(b64url(oa).toLowerCase().replace(/[^a-z0-9]/g, "0"), 50)}.q.example.org/`, "base64url-ish OpenAI token, lowercased"],
  [`https://${chunk(b64url(`user=alice@corp.example;pass=Winter2024!`), 30)}.d.example.com/`, "base64url credentials chunked by 30"],
  [`http://${chunk(dec("root:x:0:0:root:/root:/bin/bash"), 45)}.n.example.net/`, "decimal byte codes of /etc/passwd line"],
  [`https://0.${chunk(hexOf(sl).slice(0, 60), 60)}.s1.c.example.org/`, "sequence label + hex Slack token part 1"],
  [`https://1.${chunk(hexOf(sl).slice(60, 120), 60)}.s1.c.example.org/`, "sequence label + hex part 2"],
  [`https://${base32("DB_PASSWORD=" + g.pick(20))}.env.leak.test/`, "base32 env line, .test"],
  [`http://${chunk(hexOf("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU"), 63)}.k.example.invalid/`, "hex private key header"],
  [`https://${g.hex(8)}.${chunk(base32(sec), 32)}.${g.pick(4).toLowerCase()}.r.example.com/`, "mixed: nonce + base32 secret + tag"],
  [`https://${chunk(b64url(JSON.stringify({ u: "bob", k: ak, h: "build-07" })), 40)}.j.example.net/`, "base64url JSON with key id"],
  [`https://${chunk(hexOf("ssh-rsa-host=build-07;cwd=/home/bob/acme;token=" + g.pick(24)), 56)}.a.example.org/x`, "hex workspace info + token"],
  [`https://${chunk(base32(gh), 26)}.gh.example.com/`, "base32 GitHub token short chunks"],
  [`https://${ak.toLowerCase()}.${chunk(sec.replace(/[^A-Za-z0-9]/g, "-").toLowerCase(), 40)}.aws.example.net/`, "raw AWS key id + secret as labels"],
  [`http://${chunk(dec(g.githubPat()), 60)}.d.example.test/`, "decimal GitHub token"],
  [`https://p${g.hex(4)}.${chunk(base32("/Users/bob/.kube/config:" + g.pick(30)), 52)}.exfil.example.com/`, "base32 kubeconfig snippet"],
  [`https://${chunk(hexOf(`AWS_SECRET_ACCESS_KEY=${sec}`), 63)}.example.com/`, "hex env line directly under example.com"],
  [`https://${chunk(b64url("password=" + g.pick(16)).replace(/[_-]/g, "0").toLowerCase(), 63)}.cb.example.org/?v=1`, "lowercased b64 password"],
  [`https://${chunk(base32(`${g.hex(32)}:${g.pick(40)}`), 63)}.z.example.net/`, "base32 of id:secret"],
  [`https://${chunk(hexOf(oa), 32)}.oa.example.invalid/ping`, "hex OpenAI token, 32-char labels"],
  [`http://${g.pick(3).toLowerCase()}-${chunk(base32(`cookie=session=${g.pick(32)}`), 58)}.ck.example.com/`, "base32 session cookie"],
  [`https://${chunk(hexOf("card=4111111111111111;exp=12/27;cvv=123"), 40)}.pay.example.net/`, "hex card data"],
  [`https://${chunk(base32(JSON.stringify({ cmd: "whoami", out: "bob", host: "ci-runner-3" })), 50)}.c2.example.org/`, "base32 command output beacon"],
  [`https://${chunk(b64url(sl), 28)}.w.example.test/`, "base64url Slack token"],
  [`https://${chunk(hexOf(`${ak}|${g.pick(12)}`), 20)}.h.example.com/`, "hex in many 20-char labels"],
];

const ben: Listed[] = [
  ["https://d1a2b3c4d5e6f7.cloudfront.net/assets/app.3f9a1c.js", "CloudFront distribution"],
  ["https://my-service-7xq2zk4bla-uc.a.run.app/healthz", "Cloud Run"],
  ["https://us-central1-acme-prod-418207.cloudfunctions.net/resizeImage", "Cloud Functions"],
  ["https://acme-assets-7f3a9c2e.s3.us-west-2.amazonaws.com/logo.svg", "S3 bucket"],
  ["https://widget-git-feature-oauth-refactor-acme-team.vercel.app/", "Vercel preview"],
  ["https://deploy-preview-1284--acme-docs.netlify.app/guide/", "Netlify deploy preview"],
  ["https://xn--mnchen-3ya.de/", "punycode"],
  ["https://xn--80ak6aa92e.xn--p1ai/", "punycode Cyrillic TLD"],
  ["http://ec2-54-213-118-42.us-west-2.compute.amazonaws.com:8080/", "EC2 public DNS"],
  ["https://abcdef0123456789abcdef0123456789.r2.cloudflarestorage.com/bucket/key", "R2 account id host"],
  ["https://k3x9p2m7qa.execute-api.eu-west-1.amazonaws.com/prod/items", "API Gateway"],
  ["https://acme-web-h7d8e9f0a1b2c3d4.westeurope-01.azurewebsites.net/", "Azure App Service"],
  ["https://e12345.dsca.akamaiedge.net/", "Akamai edge"],
  ["https://rr3---sn-4g5e6nsz.googlevideo.com/videoplayback?expire=1717243200", "googlevideo"],
  ["https://5f3a-203-0-113-7.ngrok-free.app/webhook", "ngrok"],
  ["https://abcdefghijklmnopqrst.supabase.co/rest/v1/todos", "Supabase project ref"],
  ["https://acme-app-7c2d1.firebaseapp.com/__/auth/handler", "Firebase"],
  ["https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/", "IPFS CIDv1 base32 subdomain"],
  ["https://acme-api-3f9a2b1c4d5e.herokuapp.com/v1/status", "Heroku"],
  ["https://fictional-space-guide-wr7xq9pq4c5vg-3000.app.github.dev/", "Codespaces forward"],
  ["https://o450123.ingest.sentry.io/api/5678901/envelope/", "Sentry ingest"],
  ["https://selector1-acme-com._domainkey.acmecorp.onmicrosoft.com/", "DKIM-style label"],
  ["http://_acme-challenge.www.acme.dev/", "ACME challenge label"],
  ["https://7.4.3.2.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa/", "reverse DNS nibbles"],
  ["https://lh3.googleusercontent.com/a-/ALV-UjW3k9xZq2p8Y7vR4mN5bC6dE1fG0hI?sz=64", "googleusercontent avatar"],
];

export const cases = [...mk("x-hn-pos", C, "positive", pos), ...mk("x-hn-ben", C, "benign", ben)];
