// Near-valid provider tokens (issue 24, class 2): a distinctive provider prefix followed by a
// token-like body a few characters shorter or longer than the documented length, or glued to a
// letter on either side. An agent that truncates or pads a token is still leaking it: outbound
// blocks these; repository scanning shows them as info (findings carry `malformed: true`). Where
// the exact provider rule matches the same span it speaks instead (finalize.ts ranks these below).
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { shannonEntropy } from "../entropy.ts";
import { madeUpKind } from "../placeholder.ts";

/**
 * Random letters of both cases, not an identifier: upper case is a fair share of the letters and
 * the case flips often (camelCase and PascalCase words flip once per word). `min` letters at least.
 */
export function randomLetters(body: string, min = 16): boolean {
  const letters = body.replace(/[^A-Za-z]/g, "");
  if (letters.length < min) return false;
  let upper = 0;
  let flips = 0;
  for (let i = 0; i < letters.length; i++) {
    const up = letters.charCodeAt(i) < 97;
    if (up) upper++;
    if (i > 0 && up !== letters.charCodeAt(i - 1) < 97) flips++;
  }
  return upper >= 0.2 * letters.length && upper <= 0.8 * letters.length && flips >= letters.length / 4;
}

/**
 * A token body, not a word or an identifier: letters and digits mixed (or, for providers whose
 * tokens are letters only, random letters of both cases), not filler.
 */
function tokenBody(prefix: RegExp, lettersOnly = false, strictBody = false) {
  return (secret: string, _match: string, before: string, after: string): boolean => {
    // One glued character on either side is a disguise; more is the inside of a longer run
    // (base64 of a wasm module, a hash) that happens to contain the prefix.
    if (/[A-Za-z0-9+/]{2}$/.test(before) || /^[A-Za-z0-9+/=]{2}/.test(after)) return false;
    const body = secret.replace(prefix, "");
    if (strictBody && !(body.length >= 20 && /\d/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body) && randomLetters(body))) return false;
    // Filler in the near shape (SG.FAKE_…_0000…, AKIAEXAMPLE000…): the engine labels it example.
    if (madeUpKind(body) === "example") return true;
    if (shannonEntropy(body) < 3.0 || /[-_]{2}/.test(body) || !/[A-Za-z]/.test(body)) return false;
    return /\d/.test(body) || (lettersOnly && randomLetters(body));
  };
}

interface NearSpec {
  id: string;
  provider: string;
  keywords: string[];
  pattern: RegExp;
  prefix: RegExp;
  tags: string[];
  /** The provider's tokens may be letters only (Hugging Face: hf_ + 34 letters). */
  lettersOnly?: boolean;
  /**
   * The prefix is off its documented form too (dashes for underscores): the body must be what a
   * random token is, both cases and digits, 20+, so kebab-case ids (`sk-live-preview-2`) stay out.
   */
  strictBody?: boolean;
}

const SPECS: NearSpec[] = [
  { id: "github-token-malformed", provider: "GitHub token", keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], pattern: /(gh[pousr]_[A-Za-z0-9]{28,44})(?![A-Za-z0-9])/, prefix: /^gh._/, tags: ["github", "vcs"] },
  { id: "github-fine-grained-pat-malformed", provider: "GitHub fine-grained token", keywords: ["github_pat_"], pattern: /(github_pat_[A-Za-z0-9_]{50,110})(?![A-Za-z0-9_])/, prefix: /^github_pat_/, tags: ["github", "vcs"] },
  { id: "anthropic-api-key-malformed", provider: "Anthropic API key", keywords: ["sk-ant-"], pattern: /(sk-ant-[A-Za-z0-9_-]{20,250})(?![A-Za-z0-9_-])/, prefix: /^sk-ant-(?:[a-z]{2,8}\d{2}-)?/, tags: ["ai"] },
  { id: "openai-project-key-malformed", provider: "OpenAI key", keywords: ["sk-proj-", "sk-svcacct-", "sk-admin-"], pattern: /(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])/, prefix: /^sk-[a-z]+-/, tags: ["ai"] },
  { id: "slack-token-malformed", provider: "Slack token", keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-"], pattern: /(xox[bpares]-[A-Za-z0-9-]{16,250})(?![A-Za-z0-9-])/, prefix: /^xox.-/, tags: ["slack"] },
  // Not glued to a letter on the left: words spell "ALTAI" (Altair, Altai) in capitals.
  { id: "alibaba-access-key-id-malformed", provider: "Alibaba Cloud AccessKey ID", keywords: ["ltai"], pattern: /(?<![A-Za-z])(LTAI[A-Za-z0-9]{8,30})(?![A-Za-z0-9])/, prefix: /^LTAI/, tags: ["cloud"] },
  { id: "aws-access-key-id-malformed", provider: "AWS access key ID", keywords: ["akia", "asia", "abia", "acca"], pattern: /((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,20})(?![A-Z0-9])/, prefix: /^A[A-Z]{3}/, tags: ["aws", "cloud"] },
  { id: "stripe-secret-key-malformed", provider: "Stripe secret key", keywords: ["sk_live_", "rk_live_", "sk_test_", "rk_test_"], pattern: /([sr]k_(?:live|test)_[A-Za-z0-9]{14,300})(?![A-Za-z0-9])/, prefix: /^[sr]k_[a-z]+_/, tags: ["stripe", "payments"] },
  // Dashes for the underscores (`sk-live-…`): the prefix family is distinctive, the body must look random.
  { id: "stripe-secret-key-dashed", provider: "Stripe secret key", keywords: ["sk-live-", "rk-live-", "sk-test-", "rk-test-"], pattern: /([sr]k-(?:live|test)-[A-Za-z0-9]{20,300})(?![A-Za-z0-9_-])/, prefix: /^[sr]k-[a-z]+-/, tags: ["stripe", "payments"], strictBody: true },
  { id: "npm-token-malformed", provider: "npm access token", keywords: ["npm_"], pattern: /(npm_[A-Za-z0-9]{28,44})(?![A-Za-z0-9])/, prefix: /^npm_/, tags: ["registry"] },
  { id: "gitlab-pat-malformed", provider: "GitLab access token", keywords: ["glpat-"], pattern: /(glpat-[A-Za-z0-9_-]{14,80})(?![A-Za-z0-9_-])/, prefix: /^glpat-/, tags: ["gitlab", "vcs"] },
  { id: "google-api-key-malformed", provider: "Google API key", keywords: ["aiza"], pattern: /(AIza[A-Za-z0-9_-]{28,44})(?![A-Za-z0-9_-])/, prefix: /^AIza/, tags: ["google", "cloud"] },
  { id: "huggingface-token-malformed", provider: "Hugging Face token", keywords: ["hf_"], pattern: /(hf_[A-Za-z0-9]{28,44})(?![A-Za-z0-9])/, prefix: /^hf_/, tags: ["ai"], lettersOnly: true },
  { id: "digitalocean-token-malformed", provider: "DigitalOcean token", keywords: ["dop_v1_", "doo_v1_", "dor_v1_"], pattern: /(do[por]_v1_[a-f0-9]{48,80})(?![A-Za-z0-9])/, prefix: /^do._v1_/, tags: ["cloud"] },
  // Fixed-length formats of other providers with a distinctive prefix (round two, E): the same
  // prefix with a body within a few characters of the documented length.
  { id: "shopify-token-malformed", provider: "Shopify token", keywords: ["shpat_", "shpca_", "shppa_", "shpss_"], pattern: /(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{24,44})(?![A-Za-z0-9])/, prefix: /^shp.._/, tags: ["shopify"] },
  { id: "linear-api-key-malformed", provider: "Linear API key", keywords: ["lin_api_"], pattern: /(lin_api_[A-Za-z0-9]{30,52})(?![A-Za-z0-9])/, prefix: /^lin_api_/, tags: ["productivity"] },
  { id: "groq-api-key-malformed", provider: "Groq API key", keywords: ["gsk_"], pattern: /(gsk_[A-Za-z0-9]{44,62})(?![A-Za-z0-9])/, prefix: /^gsk_/, tags: ["ai"] },
  { id: "replicate-api-token-malformed", provider: "Replicate API token", keywords: ["r8_"], pattern: /(r8_[A-Za-z0-9]{30,46})(?![A-Za-z0-9])/, prefix: /^r8_/, tags: ["ai"] },
  { id: "perplexity-api-key-malformed", provider: "Perplexity API key", keywords: ["pplx-"], pattern: /(pplx-[A-Za-z0-9]{40,58})(?![A-Za-z0-9])/, prefix: /^pplx-/, tags: ["ai"] },
  { id: "openrouter-api-key-malformed", provider: "OpenRouter API key", keywords: ["sk-or-v1-"], pattern: /(sk-or-v1-[a-f0-9]{54,74})(?![A-Za-z0-9])/, prefix: /^sk-or-v1-/, tags: ["ai"] },
  { id: "rubygems-api-key-malformed", provider: "RubyGems API key", keywords: ["rubygems_"], pattern: /(rubygems_[a-f0-9]{40,56})(?![A-Za-z0-9])/, prefix: /^rubygems_/, tags: ["registry"] },
  { id: "buildkite-token-malformed", provider: "Buildkite API token", keywords: ["bkua_"], pattern: /(bkua_[a-f0-9]{34,46})(?![A-Za-z0-9])/, prefix: /^bkua_/, tags: ["ci"] },
  { id: "supabase-token-malformed", provider: "Supabase access token", keywords: ["sbp_"], pattern: /(sbp_[a-f0-9]{34,46})(?![A-Za-z0-9])/, prefix: /^sbp_/, tags: ["paas"] },
  { id: "pulumi-token-malformed", provider: "Pulumi access token", keywords: ["pul-"], pattern: /(pul-[a-f0-9]{34,46})(?![A-Za-z0-9])/, prefix: /^pul-/, tags: ["cloud"] },
  { id: "databricks-token-malformed", provider: "Databricks token", keywords: ["dapi"], pattern: /(dapi[a-f0-9]{28,38})(?![A-Za-z0-9])/, prefix: /^dapi/, tags: ["data"] },
  { id: "render-api-key-malformed", provider: "Render API key", keywords: ["rnd_"], pattern: /(rnd_[A-Za-z0-9]{26,40})(?![A-Za-z0-9])/, prefix: /^rnd_/, tags: ["paas"] },
  { id: "notion-token-malformed", provider: "Notion token", keywords: ["ntn_"], pattern: /(ntn_[A-Za-z0-9]{38,54})(?![A-Za-z0-9])/, prefix: /^ntn_/, tags: ["productivity"] },
  { id: "doppler-token-malformed", provider: "Doppler token", keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct."], pattern: /(dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{34,50})(?![A-Za-z0-9])/, prefix: /^dp\...\./, tags: ["secrets-manager"] },
  { id: "google-oauth-client-secret-malformed", provider: "Google OAuth client secret", keywords: ["gocspx-"], pattern: /(GOCSPX-[A-Za-z0-9_-]{22,34})(?![A-Za-z0-9_-])/, prefix: /^GOCSPX-/, tags: ["google", "cloud"] },
  { id: "sentry-user-token-malformed", provider: "Sentry user token", keywords: ["sntryu_"], pattern: /(sntryu_[a-f0-9]{56,72})(?![A-Za-z0-9])/, prefix: /^sntryu_/, tags: ["observability"] },
  { id: "newrelic-user-key-malformed", provider: "New Relic user key", keywords: ["nrak-"], pattern: /(NRAK-[A-Z0-9]{22,33})(?![A-Za-z0-9])/, prefix: /^NRAK-/, tags: ["observability"] },
  { id: "dockerhub-token-malformed", provider: "Docker Hub token", keywords: ["dckr_pat_", "dckr_oat_"], pattern: /(dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,48})(?![A-Za-z0-9_-])/, prefix: /^dckr_..._/, tags: ["registry"] },
  { id: "age-secret-key-malformed", provider: "age secret key", keywords: ["age-secret-key-1"], pattern: /(AGE-SECRET-KEY-1[A-Z0-9]{50,66})(?![A-Za-z0-9])/, prefix: /^AGE-SECRET-KEY-1/, tags: ["keys"] },
  // A BIP-32 extended private key whose Base58Check checksum fails (a character changed, dropped or added): the version
  // prefix is distinctive and the 107-character body is still the key.
  { id: "extended-private-key-malformed", provider: "BIP-32 extended private key", keywords: ["xprv", "tprv", "yprv", "zprv", "uprv", "vprv"], pattern: /(?<![A-Za-z0-9])([xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{100,114})(?![A-Za-z0-9])/, prefix: /^[A-Za-z]prv/, tags: ["crypto", "keys"] },
  { id: "sendgrid-api-key-malformed", provider: "SendGrid API key", keywords: ["sg."], pattern: /(SG\.[A-Za-z0-9_-]{16,30}\.[A-Za-z0-9_-]{30,56})(?![A-Za-z0-9_-])/, prefix: /^SG\./, tags: ["email"] },
];

export const NEAR_RULES: Rule[] = SPECS.map((s) =>
  r({
    id: s.id, anchored: true, malformed: true, description: `${s.provider}, off its documented shape (near-valid)`, keywords: s.keywords,
    pattern: s.pattern, validate: tokenBody(s.prefix, s.lettersOnly, s.strictBody), entropy: 3.0, severity: "high", confidence: "medium", tags: [...s.tags, "malformed"],
  }),
);
