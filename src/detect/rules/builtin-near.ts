// Near-valid provider tokens (issue 24, class 2): a distinctive provider prefix followed by a
// token-like body a few characters shorter or longer than the documented length, or glued to a
// letter on either side. An agent that truncates or pads a token is still leaking it: outbound
// blocks these; repository scanning shows them as info (findings carry `malformed: true`). Where
// the exact provider rule matches the same span it speaks instead (finalize.ts ranks these below).
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { shannonEntropy } from "../entropy.ts";

/** A token body, not a word or an identifier: letters and digits mixed, not filler. */
function tokenBody(prefix: RegExp) {
  return (secret: string, _match: string, before: string, after: string): boolean => {
    // One glued character on either side is a disguise; more is the inside of a longer run
    // (base64 of a wasm module, a hash) that happens to contain the prefix.
    if (/[A-Za-z0-9+/]{2}$/.test(before) || /^[A-Za-z0-9+/=]{2}/.test(after)) return false;
    const body = secret.replace(prefix, "");
    return /\d/.test(body) && /[A-Za-z]/.test(body) && shannonEntropy(body) >= 3.0 && !/[-_]{2}/.test(body);
  };
}

interface NearSpec {
  id: string;
  provider: string;
  keywords: string[];
  pattern: RegExp;
  prefix: RegExp;
  tags: string[];
}

const SPECS: NearSpec[] = [
  { id: "github-token-malformed", provider: "GitHub token", keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], pattern: /(gh[pousr]_[A-Za-z0-9]{28,44})(?![A-Za-z0-9])/, prefix: /^gh._/, tags: ["github", "vcs"] },
  { id: "github-fine-grained-pat-malformed", provider: "GitHub fine-grained token", keywords: ["github_pat_"], pattern: /(github_pat_[A-Za-z0-9_]{50,110})(?![A-Za-z0-9_])/, prefix: /^github_pat_/, tags: ["github", "vcs"] },
  { id: "anthropic-api-key-malformed", provider: "Anthropic API key", keywords: ["sk-ant-"], pattern: /(sk-ant-[A-Za-z0-9_-]{20,250})(?![A-Za-z0-9_-])/, prefix: /^sk-ant-(?:[a-z]{2,8}\d{2}-)?/, tags: ["ai"] },
  { id: "openai-project-key-malformed", provider: "OpenAI key", keywords: ["sk-proj-", "sk-svcacct-", "sk-admin-"], pattern: /(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])/, prefix: /^sk-[a-z]+-/, tags: ["ai"] },
  { id: "slack-token-malformed", provider: "Slack token", keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-"], pattern: /(xox[bpares]-[A-Za-z0-9-]{16,250})(?![A-Za-z0-9-])/, prefix: /^xox.-/, tags: ["slack"] },
  { id: "aws-access-key-id-malformed", provider: "AWS access key ID", keywords: ["akia", "asia", "abia", "acca"], pattern: /((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,20})(?![A-Z0-9])/, prefix: /^A[A-Z]{3}/, tags: ["aws", "cloud"] },
  { id: "stripe-secret-key-malformed", provider: "Stripe secret key", keywords: ["sk_live_", "rk_live_", "sk_test_", "rk_test_"], pattern: /([sr]k_(?:live|test)_[A-Za-z0-9]{14,300})(?![A-Za-z0-9])/, prefix: /^[sr]k_[a-z]+_/, tags: ["stripe", "payments"] },
  { id: "npm-token-malformed", provider: "npm access token", keywords: ["npm_"], pattern: /(npm_[A-Za-z0-9]{28,44})(?![A-Za-z0-9])/, prefix: /^npm_/, tags: ["registry"] },
  { id: "gitlab-pat-malformed", provider: "GitLab access token", keywords: ["glpat-"], pattern: /(glpat-[A-Za-z0-9_-]{14,80})(?![A-Za-z0-9_-])/, prefix: /^glpat-/, tags: ["gitlab", "vcs"] },
  { id: "google-api-key-malformed", provider: "Google API key", keywords: ["aiza"], pattern: /(AIza[A-Za-z0-9_-]{28,44})(?![A-Za-z0-9_-])/, prefix: /^AIza/, tags: ["google", "cloud"] },
  { id: "huggingface-token-malformed", provider: "Hugging Face token", keywords: ["hf_"], pattern: /(hf_[A-Za-z0-9]{28,44})(?![A-Za-z0-9])/, prefix: /^hf_/, tags: ["ai"] },
  { id: "digitalocean-token-malformed", provider: "DigitalOcean token", keywords: ["dop_v1_", "doo_v1_", "dor_v1_"], pattern: /(do[por]_v1_[a-f0-9]{48,80})(?![A-Za-z0-9])/, prefix: /^do._v1_/, tags: ["cloud"] },
  { id: "sendgrid-api-key-malformed", provider: "SendGrid API key", keywords: ["sg."], pattern: /(SG\.[A-Za-z0-9_-]{16,30}\.[A-Za-z0-9_-]{30,56})(?![A-Za-z0-9_-])/, prefix: /^SG\./, tags: ["email"] },
];

export const NEAR_RULES: Rule[] = SPECS.map((s) =>
  r({
    id: s.id, anchored: true, malformed: true, description: `${s.provider}, off its documented shape (near-valid)`, keywords: s.keywords,
    pattern: s.pattern, validate: tokenBody(s.prefix), entropy: 3.0, severity: "high", confidence: "medium", tags: [...s.tags, "malformed"],
  }),
);
