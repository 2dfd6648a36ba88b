// Provider credential rules, written from each provider's documented token format.
// Every keyword is a literal the match must contain; patterns are linear (no nested quantifiers).
import { defineRule as r } from "./define.ts";
import type { Rule } from "./types.ts";
import { basicAuthExample, basicAuthRealistic, jwtValid } from "../validators.ts";
import { vendorObjectId } from "../vendor-object-id.ts";
import { LONG_RUN } from "../runs.ts";
import { groupedPassword, isPlaceholder, isSequential, madeUpKind, randomLowerLetters } from "../placeholder.ts";
import { randomHex, shannonEntropy } from "../entropy.ts";
import { randomLetters } from "./builtin-near.ts";
import { PART_HEAD_END, SIBLING_NAME, SIBLING_VALUE_GLUE } from "./sibling.ts";
import { generatedPassword, HEADER_DIRECTIVE, punctuatedDraw, punctuatedSecret, shortPunctuatedDraw } from "./secret-name.ts";
import { isAsciiAlnum } from "../prefilter.ts";
import { labelledDigest, PUBLISHABLE_VALUE } from "../value-form.ts";
import { searchOnlyKeyName } from "../public-client-key.ts";
import { unglued } from "./wire-dump.ts";
import { separatedLetterDraw } from "../short-token.ts";

/** Discord token: the first part is base64 of the bot's numeric user id. */
function discordIdPart(secret: string): boolean {
  const id = Buffer.from(secret.slice(0, secret.indexOf(".")), "base64").toString("latin1");
  return /^\d{17,20}$/.test(id);
}

/**
 * A run holding "SK" or "AC" and 32 lower-case hex digits, not inside a longer word: where
 * twilio-sid's pattern can match. Every run of 34+ characters opened a window before (67,000 in
 * 55 MB of real code, 4 MB of text for the pattern).
 */
/** A run right after `<digits>$` (Gcore's token id and its separator). */
function dollarAfterId(t: string, s: number): boolean {
  if (t.charCodeAt(s - 1) !== 36) return false;
  let i = s - 1;
  while (i > 0 && i > s - 10 && t.charCodeAt(i - 1) >= 48 && t.charCodeAt(i - 1) <= 57) i--;
  return s - 1 - i >= 3;
}

function twilioInRun(t: string, s: number, e: number): boolean {
  for (let i = s; i + 34 <= e; i++) {
    const a = t.charCodeAt(i);
    if ((a !== 83 && a !== 65) || (i > s && isAsciiAlnum(t.charCodeAt(i - 1)))) continue;
    const b = t.charCodeAt(i + 1);
    if (!((a === 83 && b === 75) || (a === 65 && b === 67))) continue;
    let j = i + 2;
    while (j < i + 34 && isLowerHexCode(t.charCodeAt(j))) j++;
    if (j === i + 34 && !isAsciiAlnum(t.charCodeAt(j))) return true;
  }
  return false;
}

function isLowerHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
}

/** A run holding "re_", eight characters and "_" where a Resend key could start (the run's start or after "/", "+", "-"). */
function resendInRun(t: string, s: number, e: number): boolean {
  for (let i = s; i + 36 <= e; i++) {
    if (i > s && t.charCodeAt(i - 1) !== 47 && t.charCodeAt(i - 1) !== 43 && t.charCodeAt(i - 1) !== 45) continue;
    if (t.charCodeAt(i) === 114 && t.charCodeAt(i + 1) === 101 && t.charCodeAt(i + 2) === 95 && t.charCodeAt(i + 11) === 95) return true;
  }
  return false;
}

/**
 * An Authorization header's credential, not a word, a name, a URL or filler: 16+ characters (a
 * shorter opaque value is an example or a test token), letters and digits (or 20+ characters of
 * mixed case), no run of two or more words ("my_access_token_here").
 */
/** A token's body after its kind words: 32+ letters and digits, digits among them, dense. */
const randomTail = (b: string) => b.length >= 32 && /^[A-Za-z0-9]+$/.test(b) && /\d/.test(b) && /[A-Za-z]/.test(b) && shannonEntropy(b) >= 3.3;

/**
 * The header's name stands as a header's: `Authorization: …`, `headers["Authorization"] = …`, a
 * name/value pair's sibling (HAR, Postman), a proxy directive's; or the first string argument of a
 * call whose second is the value (`Headers.Add("Authorization", "Bearer …")`, Go `Header.Set`,
 * Java `setHeader`, JS `headers.set`, Rust `.header`).
 */
/** A YAML list item or another name field between a name and a sibling value: the value is that item's. */
const otherItemBetween = (between: string) => /\n[ \t]*-[ \t]|[\s,]["']?(?:name|key|ParameterKey)["']?[ \t]{0,4}[:=]/i.test(between);
const HEADER_CALL_GLUE = `["'\`][ \\t]{0,4},[ \\t]{0,4}(?=["'\`])`;
const HEADER_CALL_OPEN = /[\w)\]>][ \t]{0,2}\([ \t]{0,4}["'`]$/;
/** A header pair opening a line (Envoy's debug dump of request headers: `'authorization', 'Bearer …'`) or a tuple in a list (`[('authorization', …)`). */
const HEADER_TUPLE_OPEN = /(?:(?:^|\n)[ \t]*|[[(,][ \t]*\()["'`]$/;
function headerNamed(match: string, before: string): boolean {
  if (/^authorization["']?\]?[ \t]{0,4}[:=]/i.test(match)) return true;
  return SIBLING_NAME.test(before) || HEADER_DIRECTIVE.test(before) || (/^authorization["'`][ \t]{0,4},[ \t]{0,4}["'`]/i.test(match) && (HEADER_CALL_OPEN.test(before) || HEADER_TUPLE_OPEN.test(before)));
}

const GOOGLE_CLIENT_ID = /^\d{6,14}-[a-z0-9]{32}\.apps\.googleusercontent\.com$/;

function authorizationValue(secret: string): boolean {
  const v = secret.replace(/=+$/, "");
  // An SSH key's fingerprint pasted as the token (`Bearer SHA256:<43 base64>`): it names a public key, it authenticates nothing.
  if (labelledDigest(v)) return false;
  // A Google OAuth client id pasted as the token: an app's public id, shipped in its pages; it authenticates nothing.
  // So is a key published by design (a payment page's tokenization key given to its SDK as `authorization`).
  if (GOOGLE_CLIENT_ID.test(v) || PUBLISHABLE_VALUE.test(v)) return false;
  // A long draw with punctuation all through it (Django's key alphabet, a generated password) is the credential whole.
  if (punctuatedSecret(secret) || shortPunctuatedDraw(secret)) return true;
  // Brackets or a semicolon inside (never at an end: the pattern's): a draw with symbols (Oracle's auth tokens), not code;
  // or a credential of 16+ before them, judged alone as when the value stopped there.
  const cut = v.search(/[();]/);
  if (cut >= 0) return punctuatedDraw(v) || (cut >= 16 && authorizationValue(v.slice(0, cut)));
  // A `$` inside: a shell variable (`abc$TOKEN`, `$token_2`) ends the value where it opens; else a drawn password's symbol (`uC1V…F$AKB2…`).
  const dollar = v.indexOf("$");
  if (dollar >= 0) {
    if (/\$(?:[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*)(?![A-Za-z0-9])|\$[{(]/.test(v)) return dollar >= 16 && authorizationValue(v.slice(0, dollar)) && !isPlaceholder(v.slice(0, dollar)) && madeUpKind(v.slice(0, dollar)) !== "example";
    return v.length >= 16 && v.length <= 64 && generatedPassword(v, 3.5) && !/[a-z]{5}|[A-Z]{5}/.test(v);
  }
  // A generated password sent as the token (a database vendor's, `6OM%bV…#m`): symbols a token's alphabet has not, with upper, lower and digits.
  if (/[#@*^]/.test(v)) {
    if (v.length >= 16 && generatedPassword(v, 3.5) && /[#*^%!~]/.test(v)) return true;
    // A token with one or two such symbols apart (`sk_…cw#`, `…ZzM#nVB…`): a credential whatever its shape, judged below as
    // the token it is. A mask's run (`sk_live_****`) or an address (`jane.doe@corp.com`) is none.
    if (v.includes("@") || /[#*^]{2}/.test(v) || v.replace(/[^#*^]/g, "").length > 2) return false;
  }
  // Some providers issue tokens of letters alone (32 random letters): random, not words; a short
  // lower-case kind before them (Mollie's `live_` and 30 letters, no digit drawn) is the token's.
  const letters = /^[a-z]{2,8}_(?=[A-Za-z]{24,80}$)/.test(v) ? v.slice(v.indexOf("_") + 1) : v;
  if (/^[a-z]{24,80}$/i.test(letters) && (randomLetters(letters) || foldedLetterDraw(letters))) return !isPlaceholder(v);
  // Parts of letters split by `_`, `.`, `-` whose letters are drawn together (`mlBvb_LNp.rUbWIw`) are a token, no name.
  if (separatedLetterDraw(v)) return !isPlaceholder(v);
  // Words joined before the value are a dotted name (`my.service.account`), unless a long random
  // body follows them: a vendor's kind-scoped token (`<vendor>_project_<64 hex>`).
  const words = /^(?:[A-Za-z]{2,}[-_.]){2,}/.exec(v)?.[0];
  if (words && !randomTail(v.slice(words.length))) return false;
  if (v.includes("://") || /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(v)) return false;
  if (!/[A-Za-z]/.test(v) || /[-_.:]$/.test(v) || vendorObjectId(v)) return false;
  if (!/\d/.test(v) && !(v.length >= 20 && /[a-z]/.test(v) && /[A-Z]/.test(v))) return false;
  return !isPlaceholder(v);
}

/**
 * Random letters of either case read lower-cased, not run-together words: few vowels (words carry about
 * two in five, uniform letters one in five) and a run of five consonants somewhere. Looser than
 * placeholder.ts's randomLowerLetters (no alphabet-run test): it only judges a named value's letters.
 */
function foldedLetterDraw(v: string): boolean {
  const low = v.toLowerCase();
  const vowels = low.replace(/[^aeiouy]/g, "").length;
  return vowels <= 0.27 * low.length && /[^aeiouy]{5}/.test(low) && shannonEntropy(low) >= 3.6;
}

const L = "(?<![A-Za-z0-9])"; // left edge of a prefixed token
/** Base64 whose bytes are not readable text (a key, not an encoded string): a quarter or more outside printable ASCII. */
const randomBytesBase64 = (s: string) => {
  const b = Buffer.from(s, "base64");
  let odd = 0;
  for (const c of b) if (c < 0x20 || c > 0x7e) odd++;
  return odd * 4 >= b.length;
};
const R = "(?![A-Za-z0-9])"; // right edge of an alphanumeric body
/** Mailgun's private API key: 32 hex, 8 hex, 8 hex, dashed. */
const MAILGUN_PRIVATE = "[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}";
// Left edge of a prefix that is a plain word other providers' prefixes end with (Stripe's
// pk_live_ / rk_test_, a `MY_KEY-…` name): the token starts a word, not after a `_` or `-` joint.
const LW = "(?<![A-Za-z0-9_-])";
const RU = "(?![A-Za-z0-9_-])"; // right edge of a body that may contain _ and -
/** A PagerDuty key's draw: 32 hex, or `R0` then 30 of hex (judged as hex) or letters and digits (a random draw's entropy). */
function pagerDutyKeyDrawn(s: string): boolean {
  const orchestration = /^R0/i.test(s);
  const body = orchestration ? s.slice(2) : s;
  const drawn = /^[0-9a-f]+$/i.test(body) ? randomHex(body) : orchestration && /\d/.test(body) && /[a-z]/i.test(body) && shannonEntropy(body) >= 3.5;
  return drawn && !isPlaceholder(s);
}
const ASSIGN = `[\\w.-]{0,30}?["']?\\s{0,4}(?::=|=>|->|[:=])\\s{0,4}["'\`]?`; // key name tail + assignment

export const PROVIDER_RULES: Rule[] = [
  // ---- AWS
  r({ id: "aws-access-key-id", anchored: true, description: "AWS access key ID", keywords: ["akia", "asia", "abia", "acca", "a3t"],
    pattern: new RegExp(`${L}((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})${R}`), entropy: 2.8, tags: ["aws", "cloud"],
    examples: ["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "ASIAIOSFODNN7EXAMPLE"] }),
  r({ id: "aws-secret-access-key", anchored: true, description: "AWS secret access key", keywords: ["aws", "secret_access_key", "secretaccesskey", "secret-access-key"],
    pattern: new RegExp(`(?:aws|secret_?access_?key|secret-access-key)${ASSIGN}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, "i"), entropy: 4.0,
    // Drawn from base64's alphabet, a key lacks one case about once in 10^9: forty capitals and digits are an id (`AWS_REQUEST_ID=…`).
    validate: (s) => /[a-z]/.test(s) && /[A-Z]/.test(s),
    severity: "critical", tags: ["aws", "cloud"],
    examples: ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"] }),
  // Named, or by its own opening: every STS token starts with the base64 of one fixed header
  // (`IQoJb3JpZ2luX2Vj`, "!\n\t…origin_ec"), named or not; the match starts at the keyword, so the
  // `aws_` before a named one is read behind it.
  r({ id: "aws-session-token", anchored: true, description: "AWS session token", keywords: ["session_token", "sessiontoken", "security_token", "IQoJb3JpZ2luX2Vj"],
    pattern: new RegExp(`(?:(?:(?<=aws_?)session_?token|(?<=aws_?)security_?token|sessiontoken)${ASSIGN}|(?=IQoJb3JpZ2luX2Vj))([A-Za-z0-9/+=]{100,1200})`, "i"), entropy: 4.5, tags: ["aws", "cloud"] }),
  r({ id: "alibaba-access-key-id", anchored: true, description: "Alibaba Cloud AccessKey ID", keywords: ["ltai"],
    pattern: new RegExp(`${L}(LTAI[A-Za-z0-9]{12,20})${R}`), entropy: 3.2, tags: ["cloud"] }),
  // Exoscale IAM API key: "EXO" and 24 lower-case letters and digits (the 43-character secret that
  // goes with it has no shape of its own); the key signs requests, like an AWS access key id.
  r({ id: "exoscale-api-key", anchored: true, description: "Exoscale API key", keywords: ["exo"],
    pattern: new RegExp(`${L}(EXO[a-z0-9]{24})${R}`), entropy: 3.2, validate: (s) => /\d/.test(s.slice(3)) && /[a-z]/.test(s.slice(3)), tags: ["cloud"] }),

  // ---- GitHub
  r({ id: "github-pat", anchored: true, description: "GitHub personal access token (classic)", keywords: ["ghp_"],
    pattern: new RegExp(`${L}(ghp_[A-Za-z0-9]{36})${R}`), entropy: 3.0, severity: "critical", tags: ["github", "vcs"],
    examples: ["ghp_16C7e42F292c6912E7710c838347Ae178B4a"] }),
  r({ id: "github-fine-grained-pat", anchored: true, description: "GitHub fine-grained personal access token", keywords: ["github_pat_"],
    pattern: new RegExp(`${L}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${R}`), entropy: 3.0, severity: "critical", tags: ["github", "vcs"] }),
  r({ id: "github-oauth-token", anchored: true, description: "GitHub OAuth access token", keywords: ["gho_"],
    pattern: new RegExp(`${L}(gho_[A-Za-z0-9]{36})${R}`), entropy: 3.0, severity: "critical", tags: ["github", "vcs"] }),
  r({ id: "github-app-token", anchored: true, description: "GitHub App user-to-server or server-to-server token", keywords: ["ghu_", "ghs_"],
    pattern: new RegExp(`${L}(gh[us]_[A-Za-z0-9]{36})${R}`), entropy: 3.0, severity: "critical", tags: ["github", "vcs"] }),
  r({ id: "github-refresh-token", anchored: true, description: "GitHub refresh token", keywords: ["ghr_"],
    pattern: new RegExp(`${L}(ghr_[A-Za-z0-9]{36,255})${R}`), entropy: 3.0, tags: ["github", "vcs"] }),

  // ---- GitLab
  r({ id: "gitlab-pat", anchored: true, description: "GitLab personal, project or group access token", keywords: ["glpat-"],
    pattern: new RegExp(`${L}(glpat-[A-Za-z0-9_-]{20,})${RU}`), entropy: 3.0, severity: "critical", tags: ["gitlab", "vcs"] }),
  r({ id: "gitlab-other-token", anchored: true, description: "GitLab deploy, runner, trigger, OAuth or CI token", keywords: ["gldt-", "glrt-", "glptt-", "gloas-", "glcbt-", "glft-", "glimt-", "glagent-", "glsoat-", "glffct-"],
    pattern: new RegExp(`${L}((?:gldt|glrt|glptt|gloas|glcbt|glft|glimt|glagent|glsoat|glffct)-[A-Za-z0-9_-]{20,})${RU}`), entropy: 3.0, tags: ["gitlab", "vcs"] }),

  // Apify API token: the documented `apify_api_` prefix and 36 letters and digits.
  r({ id: "apify-api-token", anchored: true, description: "Apify API token", keywords: ["apify_api_"],
    pattern: new RegExp(`${L}(apify_api_[A-Za-z0-9]{30,40})${RU}`), entropy: 3.5, severity: "high", tags: ["cloud"] }),

  // ---- AI providers
  r({ id: "anthropic-api-key", anchored: true, description: "Anthropic API key", keywords: ["sk-ant-"],
    pattern: new RegExp(`${L}(sk-ant-[a-z]{2,8}\\d{2}-[A-Za-z0-9_-]{32,200})${RU}`), entropy: 3.5, severity: "critical", tags: ["ai"] }),
  r({ id: "openai-api-key", description: "OpenAI API key", keywords: ["t3blbkfj"],
    pattern: new RegExp(`${L}(sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200})${RU}`), entropy: 3.5, severity: "critical", tags: ["ai"] }),
  r({ id: "openai-project-key", anchored: true, description: "OpenAI project or service-account key", keywords: ["sk-proj-", "sk-svcacct-", "sk-admin-"],
    pattern: new RegExp(`${L}(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250})${RU}`), entropy: 3.5, severity: "critical", tags: ["ai"] }),
  r({ id: "openrouter-api-key", anchored: true, description: "OpenRouter API key", keywords: ["sk-or-"],
    pattern: new RegExp(`${L}(sk-or-v1-[a-f0-9]{64})${R}`), entropy: 3.0, tags: ["ai"] }),
  r({ id: "groq-api-key", anchored: true, description: "Groq API key", keywords: ["gsk_"],
    pattern: new RegExp(`${L}(gsk_[A-Za-z0-9]{52})${R}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "xai-api-key", anchored: true, description: "xAI API key", keywords: ["xai-"],
    pattern: new RegExp(`${L}(xai-[A-Za-z0-9]{70,90})${R}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "replicate-api-token", anchored: true, description: "Replicate API token", keywords: ["r8_"],
    pattern: new RegExp(`${L}(r8_[A-Za-z0-9]{37})${R}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "perplexity-api-key", anchored: true, description: "Perplexity API key", keywords: ["pplx-"],
    pattern: new RegExp(`${L}(pplx-[A-Za-z0-9]{48})${R}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "huggingface-token", anchored: true, description: "Hugging Face access token", keywords: ["hf_", "api_org_"],
    pattern: new RegExp(`${L}((?:hf_|api_org_)[A-Za-z0-9]{34})${R}`), entropy: 3.5, tags: ["ai"] }),
  // Jina AI: "jina_", 32 hex, then some 30 letters and digits.
  r({ id: "jina-api-key", anchored: true, description: "Jina AI API key", keywords: ["jina_"],
    pattern: new RegExp(`${L}(jina_[0-9a-f]{32}[A-Za-z0-9]{24,40})${R}`), entropy: 3.5, tags: ["ai"] }),
  // Adafruit IO key: "aio_" and 28 letters and digits, both cases.
  r({ id: "adafruit-io-key", anchored: true, description: "Adafruit IO key", keywords: ["aio_"],
    pattern: new RegExp(`${L}(aio_[A-Za-z0-9]{28})${R}`), validate: (s) => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s), entropy: 3.5, tags: ["iot"] }),
  // E2B's sandbox API key: "e2b_" and 40 hex.
  r({ id: "e2b-api-key", anchored: true, description: "E2B API key", keywords: ["e2b_"],
    pattern: new RegExp(`${L}(e2b_[0-9a-f]{40})${R}`), entropy: 3.0, tags: ["ai"] }),
  // Firecrawl: "fc-" and 32 lower-case hex (FullCalendar's `fc-` class names never run on into 32 hex).
  r({ id: "firecrawl-api-key", anchored: true, description: "Firecrawl API key", keywords: ["fc-"],
    pattern: new RegExp(`${L}(fc-[0-9a-f]{32})${R}`), validate: (s) => randomHex(s.slice(3), 3.2) && !isPlaceholder(s), entropy: 3.0, tags: ["ai"] }),
  // RapidAPI key: 50 lower-case hex with its fixed markers, 10 hex "msh" 15 hex "p" 6 hex "jsn" 12 hex.
  r({ id: "rapidapi-key", description: "RapidAPI key", keywords: ["jsn"], before: 40, after: 16,
    pattern: new RegExp(`${L}([0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12})${R}`), validate: (s) => !isPlaceholder(s), entropy: 3.0, tags: ["api"] }),
  r({ id: "langsmith-api-key", anchored: true, description: "LangSmith API key", keywords: ["lsv2_"],
    pattern: new RegExp(`${L}(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})${R}`), entropy: 3.0, tags: ["ai"] }),
  r({ id: "pinecone-api-key", anchored: true, description: "Pinecone API key", keywords: ["pcsk_"],
    pattern: new RegExp(`${L}(pcsk_[A-Za-z0-9_]{40,120})${R}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "cohere-api-key", anchored: true, description: "Cohere / Mistral API key (in context)", keywords: ["cohere", "mistral", "co_api_key"],
    // Assigned, or handed to the SDK's client: cohere.Client("…"), cohere.ClientV2(api_key="…"), Mistral(api_key="…").
    pattern: new RegExp(`(?:cohere|mistral|co_api_key)(?:${ASSIGN}|(?:\\.Client(?:V2)?)?\\(\\s{0,4}(?:api_key\\s{0,2}=\\s{0,2})?["'])([A-Za-z0-9]{32,40})(?![A-Za-z0-9])`, "i"), entropy: 4.0, confidence: "medium", tags: ["ai"] }),

  // ---- Google
  r({ id: "google-api-key", anchored: true, description: "Google API key", keywords: ["aiza"],
    pattern: new RegExp(`${L}(AIza[0-9A-Za-z_-]{35})${RU}`), entropy: 3.5, tags: ["google", "cloud"],
    examples: ["AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"] }),
  r({ id: "google-oauth-client-secret", anchored: true, description: "Google OAuth client secret", keywords: ["gocspx-"],
    pattern: new RegExp(`${L}(GOCSPX-[A-Za-z0-9_-]{28})${RU}`), entropy: 3.5, tags: ["google", "cloud"] }),
  // A service account's token carries a short segment after the prefix (`ya29.c.…`, as gcloud auth print-access-token prints it).
  r({ id: "google-oauth-access-token", anchored: true, description: "Google OAuth access token", keywords: ["ya29."],
    pattern: new RegExp(`${L}(ya29\\.(?:[A-Za-z0-9_-]{1,8}\\.){0,2}[A-Za-z0-9_-]{30,2048})${RU}`), entropy: 3.5, tags: ["google", "cloud"] }),
  r({ id: "google-service-account", anchored: true, description: "Google Cloud service-account key file", keywords: ["private_key_id"],
    pattern: /private_key_id"\s{0,4}:\s{0,4}"([a-f0-9]{40})"/, entropy: 3.0, severity: "critical", tags: ["google", "cloud"] }),
  r({ id: "firebase-fcm-server-key", description: "Firebase Cloud Messaging server key", keywords: [":apa91b"],
    pattern: new RegExp(`${L}(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,160})${RU}`), entropy: 4.0, tags: ["google"] }),

  // ---- Azure
  r({ id: "azure-storage-key", anchored: true, description: "Azure storage account key (connection string)", keywords: ["accountkey="],
    pattern: /AccountKey=([A-Za-z0-9+/]{86}==)/i, entropy: 4.5, severity: "critical", tags: ["azure", "cloud"] }),
  r({ id: "azure-storage-key-context", description: "Azure storage account key (near Azure storage context)", keywords: ["azure", "storage_key", "account_key", "storagekey", "accountkey", "sharedkeycredential", "blob.core.windows.net", "core.windows.net"],
    pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/, entropy: 4.5, severity: "critical", tags: ["azure", "cloud"], before: 300, after: 300 }),
  r({ id: "azure-ad-client-secret", description: "Azure AD (Entra ID) client secret", keywords: ["q~"],
    pattern: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/, entropy: 3.5, tags: ["azure", "cloud"] }),
  // Azure DevOps personal access tokens: 84 characters with the "AZDO" signature at 76–79 (since
  // 2024); the older 52 lower-case base32 characters only next to a name that says so.
  r({ id: "azure-devops-pat", description: "Azure DevOps personal access token", keywords: ["azdo"],
    pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/, entropy: 4.0, severity: "critical", tags: ["azure", "vcs"], before: 76 }),
  r({ id: "azure-devops-pat-legacy", anchored: true, description: "Azure DevOps personal access token (52-character, named)", keywords: ["devops", "azdo", "ado_pat", "ado_token", "vsts", "system_accesstoken"],
    // Or the name of a multipart part (`name="azure_devops_pat"`, its headers, then the value).
    pattern: new RegExp(String.raw`(?:devops|azdo|ado_pat|ado_token|vsts|system_accesstoken)[\w.-]{0,30}?(?:["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'\`]?|"[^\r\n"]{0,60}${PART_HEAD_END})([a-z2-7]{52})(?![A-Za-z0-9])`, "i"), entropy: 3.5, severity: "critical", tags: ["azure", "vcs"] }),
  r({ id: "azure-sas-token", description: "Azure shared access signature", keywords: ["sig="], secretGroup: 2,
    pattern: /(?:[?&]|(?<=[\s"'`=:]))sv=\d{4}-\d{2}-\d{2}(?:[^\s"'<>]|(["'`])[ \t]{0,8}\+?[ \t]{0,8}(?:\r?\n[ \t]{0,40})?\+?[ \t]{0,8}\1){0,300}?[?&]sig=([A-Za-z0-9%+/=]{40,100})/, entropy: 3.5, confidence: "medium", tags: ["azure", "cloud"], before: 400 }),

  // ---- Chat
  r({ id: "slack-bot-token", anchored: true, description: "Slack bot token", keywords: ["xoxb-"],
    pattern: new RegExp(`${L}(xoxb-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{20,32})${R}`), entropy: 3.0, tags: ["slack"] }),
  r({ id: "slack-user-token", anchored: true, description: "Slack user, legacy or workspace token", keywords: ["xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-", "xoxe-", "xoxe.", "xoxc-"],
    pattern: new RegExp(`${L}((?:xox[aoprsc]|xoxe\\.xox[bp]|xoxe)-[0-9]{1,14}-[A-Za-z0-9-]{20,250})${RU}`), entropy: 3.0, tags: ["slack"] }),
  r({ id: "slack-cookie-token", anchored: true, description: "Slack session cookie token (d=xoxd-…)", keywords: ["xoxd-"],
    pattern: new RegExp(`${L}(xoxd-[A-Za-z0-9%/+=_-]{40,400})`), entropy: 3.5, tags: ["slack"] }),
  r({ id: "slack-app-token", anchored: true, description: "Slack app-level token", keywords: ["xapp-"],
    pattern: new RegExp(`${L}(xapp-\\d-[A-Z0-9]{8,14}-\\d{8,14}-[a-f0-9]{64})${R}`), entropy: 3.0, tags: ["slack"] }),
  // Mattermost personal access and bot tokens: 26 lowercase letters and digits, named. Mattermost's
  // own abbreviation "mm" names them too, in any case style (`mmBotToken`, `MM_ACCESS_TOKEN`, `mm-pat`).
  r({ id: "mattermost-token", anchored: true, description: "Mattermost access token (in context)",
    keywords: ["mattermost", "mmauthtoken", "mmtoken", "mm_token", "mm-token", "mmbot", "mm_bot", "mm-bot", "mmaccess", "mm_access", "mm-access", "mmpersonal", "mm_personal", "mmpat", "mm_pat", "mm-pat"],
    pattern: new RegExp(`(?:mattermost[\\w.-]{0,30}?(?:token|pat|key|secret)|mmauthtoken|(?<![A-Za-z0-9])mm[_.-]?(?:(?:bot|access|personal)[_.-]?(?:access[_.-]?)?)?(?:token|pat))${ASSIGN}([a-z0-9]{26})(?![A-Za-z0-9])`, "i"),
    validate: (s) => /\d/.test(s) && /[a-z]/.test(s), entropy: 3.2, tags: ["chat"] }),
  // On another host (a relay, a gateway, GovSlack) the path alone carries the token: its full T…/B…/<24> shape, with
  // a host or without one (a request line in a debug log or an access log names the path alone).
  // An .xcconfig writes `//` as `/$()/` (there `//` opens a comment).
  r({ id: "slack-webhook", description: "Slack incoming webhook URL", keywords: ["hooks.slack.com", "/services/t"],
    pattern: /(https:\/(?:\$\(\))?\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,12}(?:\/(?:[A-Z0-9]{6,14}|\d{6,24})){1,2}\/[A-Za-z0-9]{20,40}|(?:https?:\/(?:\$\(\))?\/[A-Za-z0-9.-]{1,100}(?::\d{1,5})?|(?<![\w.\/-]))\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}(?![A-Za-z0-9]))/, entropy: 3.0, tags: ["slack"], before: 120 }),
  // Self-hosted chat's incoming webhooks, on any host: Mattermost's `/hooks/<26-character id>` and
  // Rocket.Chat's `/hooks/<17-character id>/<48-character token>`; the URL alone posts to the channel.
  r({ id: "chat-incoming-webhook", description: "Mattermost or Rocket.Chat incoming webhook URL", keywords: ["/hooks/"],
    pattern: /https?:\/\/[A-Za-z0-9.-]{3,100}(?::\d{2,5})?(?:\/[\w.-]{1,40}){0,3}?\/hooks\/([a-z0-9]{26}|[A-Za-z0-9]{17}\/[A-Za-z0-9]{48})(?![A-Za-z0-9_/-])/,
    validate: (s) => (s.match(/\d/g) ?? []).length >= 2 && /[a-z]/.test(s) && shannonEntropy(s.replace("/", "")) >= 3.5 && !isPlaceholder(s),
    severity: "high", confidence: "medium", tags: ["chat"], before: 200, after: 120 }),
  // Deploy hooks: a POST to the URL alone starts a build or a deploy. Netlify's
  // `/build_hooks/<24 hex>`, Vercel's `/integrations/deploy/prj_<id>/<secret>`, Render's
  // `/deploy/srv-<id>?key=<secret>`; the secret is the part past the site or service id.
  r({ id: "deploy-hook-url", description: "Netlify, Vercel or Render deploy hook URL", keywords: ["/build_hooks/", "/integrations/deploy/", "api.render.com/deploy/"],
    // Netlify's path behind any host: a relay, a mirror or a renamed host serves the same hook.
    pattern: /https:\/\/(?:[a-z0-9.-]{0,80}\/build_hooks\/([0-9a-f]{24})(?![0-9A-Za-z])|api\.vercel\.com\/v1\/integrations\/deploy\/prj_[A-Za-z0-9]{16,40}\/([A-Za-z0-9]{8,40})(?![A-Za-z0-9])|api\.render\.com\/deploy\/srv-[a-z0-9]{16,30}\?(?:[\w.%=-]{0,60}&)?key=([A-Za-z0-9_-]{8,40})(?![A-Za-z0-9_-]))/,
    // A short secret's entropy is capped by its length (10 characters: log2 10 = 3.3 at most).
    secretGroup: -1, validate: (s) => /\d/.test(s) && /[a-z]/i.test(s) && shannonEntropy(s) >= (s.length <= 24 ? 2.6 : 3.0) && !isPlaceholder(s),
    severity: "high", confidence: "medium", tags: ["paas"], before: 100, after: 200 }),
  // Webhook URLs: the placeholder test is the token's (a snowflake id may hold a run of zeros).
  // On Discord's hosts, or its path's shape (a snowflake id, then the 68-character token) behind a relay or a renamed host,
  // or with no host (a request line of a debug or access log: `"POST /api/webhooks/<id>/<token> HTTP/1.1"`).
  r({ id: "discord-webhook", description: "Discord webhook URL", keywords: ["discord.com/api/webhooks", "discordapp.com/api/webhooks", "/api/webhooks/"],
    pattern: /(https:\/(?:\$\(\))?\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{15,20}\/[A-Za-z0-9_-]{60,70}|(?:https?:\/(?:\$\(\))?\/[A-Za-z0-9.-]{1,100}(?::\d{1,5})?|(?<![\w.\/-]))\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{68}(?![A-Za-z0-9_-]))/, entropy: 3.0, tags: ["discord"],
    placeholder: "off", validate: (s) => !isPlaceholder(s.slice(s.lastIndexOf("/") + 1)) }),
  // Sumo Logic hosted collector's HTTP source: the URL's last segment (base64 of ~90 bytes) is the credential; a POST to it ingests.
  // The URL whole, or its path alone with the host on another line of the same config (fluent-bit's
  // `Host …sumologic.com` beside `Uri /receiver/v1/http/<token>`): the path's token is the credential.
  r({ id: "sumologic-http-source", description: "Sumo Logic HTTP source URL", keywords: ["sumologic.com/receiver/v1/", "/receiver/v1/http/", "/receiver/v1/otlp/"],
    pattern: /(?:https:\/\/[A-Za-z0-9.-]{1,80}\.sumologic\.com|(?<![\w.\/-]))\/receiver\/v1\/(?:http|otlp|kinesis\/[a-z]{1,20})\/([A-Za-z0-9_+-]{40,300}={0,2})(?![A-Za-z0-9_=+-])/,
    excusedAt: (t, st, e) => !t.startsWith("https:", st) && !/sumologic\.com/i.test(t.slice(Math.max(0, st - 300), e + 320)),
    entropy: 4.0, severity: "high", tags: ["observability"], before: 300, after: 320 }),
  // WeCom (WeChat Work) group robot: the webhook's key query parameter (a UUID) is the credential.
  r({ id: "wecom-webhook", description: "WeCom group robot webhook key", keywords: ["qyapi.weixin.qq.com"],
    pattern: /https?:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/(?:send|upload_media)\?(?:[\w.%=-]{0,60}&)?key=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/i,
    entropy: 3.0, tags: ["chat"], after: 200 }),
  // DingTalk custom robot: the webhook's access_token query parameter (64 hex) is the credential.
  r({ id: "dingtalk-webhook", description: "DingTalk custom robot webhook access token", keywords: ["oapi.dingtalk.com"],
    pattern: /https?:\/\/oapi\.dingtalk\.com\/robot\/send\?(?:[\w.%=-]{0,60}&)?access_token=([0-9a-f]{64})(?![0-9A-Za-z])/i,
    entropy: 3.0, tags: ["chat"], after: 240 }),
  // Feishu / Lark custom bot: the hook's last path segment (a UUID; 32 hex for v1 hooks) is the credential.
  r({ id: "feishu-webhook", description: "Feishu / Lark custom bot webhook", keywords: ["open.feishu.cn", "open.larksuite.com"],
    pattern: /https?:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/(?:v2\/)?hook\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})(?![0-9A-Za-z-])/i,
    entropy: 3.0, tags: ["chat"], after: 200 }),
  // Riot Games developer portal keys: "RGAPI-" and a UUID.
  r({ id: "riot-api-key", anchored: true, description: "Riot Games API key", keywords: ["rgapi-"],
    pattern: /(?<![A-Za-z0-9])(RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i, entropy: 3.0, tags: ["gaming"] }),
  // The token's first part is the bot's user id (a 17–20 digit snowflake) in base64: the shape
  // alone identifies it, no context word needed.
  r({ id: "discord-bot-token", description: "Discord bot token", keywords: [], trigger: LONG_RUN, runShape: { min: 23, max: 28, first: "MNO" }, before: 1, after: 60,
    pattern: /(?<![A-Za-z0-9_-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/, validate: discordIdPart, entropy: 4.0, tags: ["discord"] }),
  r({ id: "telegram-bot-token", description: "Telegram bot token", keywords: [":aa"],
    pattern: /(?<![0-9])(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/, entropy: 3.5, tags: ["telegram"] }),

  // ---- Meta: "EAA" + a letter naming the token's kind (EAAB app, EAAG/EAAJ user or page); Square's EAAA is below.
  r({ id: "facebook-access-token", anchored: true, description: "Facebook / Meta Graph API access token", keywords: [..."BCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c) => `eaa${c.toLowerCase()}`),
    pattern: new RegExp(`${L}(EAA[B-Z][A-Za-z0-9]{90,400})${R}`), entropy: 4.0, severity: "high", tags: ["social"] }),

  // ---- Payments
  r({ id: "stripe-secret-key", anchored: true, description: "Stripe secret or restricted key", keywords: ["sk_live_", "sk_test_", "rk_live_", "rk_test_"],
    pattern: new RegExp(`${L}([sr]k_(?:live|test)_[A-Za-z0-9]{24,247})${R}`), entropy: 3.0, severity: "critical", tags: ["stripe", "payments"],
    examples: ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2", "sk_test_26PHem9AhJZvU623DfE1x4sd", "rk_test_26PHem9AhJZvU623DfE1x4sd"] }),
  // Omise (Thailand, Japan): "skey_" (secret) or "pkey_" (public, not taken) + optional "test_" + 19
  // lower-case letters and digits; sent as the basic-auth user with an empty password.
  r({ id: "omise-secret-key", anchored: true, description: "Omise secret key", keywords: ["skey_"],
    pattern: /(?<![A-Za-z0-9_])(skey_(?:test_)?[0-9a-z]{19})(?![A-Za-z0-9])/, validate: (s) => /\d/.test(s.slice(5)) && /[a-z]/.test(s.slice(-19)), entropy: 3.0, tags: ["payments"],
    examples: ["skey_test_4xs68olyuul9lmmp375"] }),
  r({ id: "stripe-webhook-secret", anchored: true, description: "Stripe webhook signing secret", keywords: ["whsec_"],
    pattern: new RegExp(`${L}(whsec_[A-Za-z0-9+/]{32,64})${R}`), entropy: 3.0, tags: ["stripe", "payments"] }),
  r({ id: "square-token", anchored: true, description: "Square access token or OAuth secret", keywords: ["sq0atp-", "sq0csp-", "eaaa"],
    pattern: new RegExp(`${L}(sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})${RU}`), entropy: 3.5, tags: ["payments"] }),
  r({ id: "paypal-braintree-token", anchored: true, description: "PayPal Braintree access token", keywords: ["access_token$production$", "access_token$sandbox$"],
    pattern: /(access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})/, entropy: 3.0, tags: ["payments"] }),
  r({ id: "shopify-token", anchored: true, description: "Shopify access token or shared secret", keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    pattern: new RegExp(`${L}(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})${R}`), entropy: 3.0, tags: ["shopify"] }),
  // eBay's Cert ID (the OAuth client secret): PRD- or SBX- and hex in 12-4-4-4-4 groups. The App ID
  // (client id: `Name-App-PRD-<9 hex>-<8 hex>`) is another shape.
  r({ id: "ebay-cert-id", anchored: true, description: "eBay Cert ID (client secret)", keywords: ["prd-", "sbx-"],
    pattern: new RegExp(`${L}((?:PRD|SBX)-[0-9a-fA-F]{12}(?:-[0-9a-fA-F]{4}){4})(?![A-Za-z0-9-])`), entropy: 3.0, tags: ["saas"] }),

  // ---- Messaging / email
  // SK (API key) / AC (account) + 32 lower-case hex is Twilio's alone: found without context.
  r({ id: "twilio-sid", description: "Twilio API key SID or account SID", keywords: [], trigger: LONG_RUN, runShape: { min: 34, max: 1 << 20, test: twilioInRun }, before: 0, after: 0,
    pattern: /(?<![A-Za-z0-9])((?:SK|AC)[0-9a-f]{32})(?![A-Za-z0-9])/, validate: (s) => /[a-f]/.test(s.slice(2)) && /\d/.test(s), entropy: 3.0, confidence: "medium", tags: ["twilio"] }),
  r({ id: "twilio-api-key", description: "Twilio API key SID / account SID with auth token", keywords: ["twilio", "account_sid", "auth_token"],
    pattern: /(?<![A-Za-z0-9])((?:SK|AC)[0-9a-fA-F]{32})(?![A-Za-z0-9])/, entropy: 3.0, confidence: "medium", tags: ["twilio"], before: 256, after: 256 }),
  r({ id: "twilio-auth-token", anchored: true, description: "Twilio auth token", keywords: ["twilio"],
    pattern: new RegExp(`twilio[\\w.-]{0,20}?(?:auth|secret|token)${ASSIGN}([a-f0-9]{32})(?![A-Za-z0-9])`, "i"), entropy: 3.0, tags: ["twilio"] }),
  r({ id: "sendgrid-api-key", anchored: true, description: "SendGrid API key", keywords: ["sg."],
    pattern: new RegExp(`${L}(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${RU}`), entropy: 3.5, tags: ["email"] }),
  r({ id: "mailgun-api-key", description: "Mailgun API key", keywords: ["key-", "mailgun"],
    pattern: new RegExp(`(?<![A-Za-z0-9.#_-])((?:key-[a-f0-9]{32})|(?:${MAILGUN_PRIVATE}))(?![A-Za-z0-9-])`), entropy: 3.0, tags: ["email"] }),
  // Mailgun's private key alone (32 hex, 8 hex, 8 hex, dashed): a standalone run of exactly that
  // shape is no UUID, digest or path, so it needs no "mailgun" beside it (a client's constructor argument).
  r({ id: "mailgun-private-key", description: "Mailgun private API key (32-8-8 hex)", keywords: [], trigger: LONG_RUN, before: 0, after: 0,
    runShape: { min: 50, max: 50, test: (t, s) => t.charCodeAt(s + 32) === 45 && t.charCodeAt(s + 41) === 45 },
    pattern: new RegExp(`(?<![A-Za-z0-9.#_-])(${MAILGUN_PRIVATE})(?![A-Za-z0-9-])`), entropy: 3.0, tags: ["email"] }),
  r({ id: "mailchimp-api-key", description: "Mailchimp API key", keywords: ["-us"],
    pattern: /(?<![A-Za-z0-9])([a-f0-9]{32}-us\d{1,2})(?![A-Za-z0-9])/, entropy: 3.0, tags: ["email"] }),
  // "re_" is in every other identifier (store_, before_): the 36-character run opens the window.
  r({ id: "resend-api-key", description: "Resend API key", keywords: [], trigger: LONG_RUN, before: 0, after: 0,
    runShape: { min: 36, max: 400, test: resendInRun },
    pattern: new RegExp(`${L}(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})${R}`), entropy: 3.5, tags: ["email"] }),
  // Logz.io shipping and API tokens: 32 lower-case letters, no digit (a shape the generic value tests
  // read as a word), named by the vendor (LOGZIO_TOKEN, logzio_shipping_token, logz.io token:).
  r({ id: "logzio-token", anchored: true, description: "Logz.io shipping or API token (in context)", keywords: ["logz"],
    pattern: new RegExp(`logz(?:\\.?io)?[\\w.-]{0,24}?(?:token|key)${ASSIGN}([a-z]{32})(?![A-Za-z0-9])`, "i"), entropy: 3.5,
    validate: (s) => /^[a-z]{32}$/.test(s) && !isSequential(s) && !/your|token|here|example|sample|dummy|fake/.test(s), tags: ["observability"] }),
  r({ id: "postmark-token", anchored: true, description: "Postmark server token (in context)", keywords: ["postmark"],
    pattern: new RegExp(`postmark${ASSIGN}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`, "i"), entropy: 3.0, confidence: "medium", tags: ["email"] }),

  // ---- Package registries / CI
  r({ id: "npm-token", anchored: true, description: "npm access token", keywords: ["npm_"],
    pattern: new RegExp(`${L}(npm_[A-Za-z0-9]{36})${R}`), entropy: 3.5, severity: "critical", tags: ["registry"] }),
  r({ id: "npmrc-auth-token", anchored: true, description: "npm registry auth token in .npmrc", keywords: ["_authtoken"],
    pattern: /_authToken\s{0,4}=\s{0,4}["']?([A-Za-z0-9_\-.=+/]{20,200})/i, entropy: 3.5, tags: ["registry"] }),
  r({ id: "pypi-token", anchored: true, description: "PyPI upload token", keywords: ["pypi-ageichlwas5vcmc"],
    pattern: new RegExp(`${L}(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})${RU}`), entropy: 3.5, severity: "critical", tags: ["registry"] }),
  r({ id: "dockerhub-token", anchored: true, description: "Docker Hub personal or organization access token", keywords: ["dckr_pat_", "dckr_oat_"],
    pattern: new RegExp(`${L}(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})${RU}`), entropy: 3.5, tags: ["registry"] }),
  r({ id: "rubygems-api-key", anchored: true, description: "RubyGems API key", keywords: ["rubygems_"],
    pattern: new RegExp(`${L}(rubygems_[a-f0-9]{48})${R}`), entropy: 3.0, tags: ["registry"] }),
  r({ id: "nuget-api-key", anchored: true, description: "NuGet API key", keywords: ["oy2"],
    pattern: new RegExp(`${L}(oy2[a-z0-9]{43})${R}`), entropy: 3.5, confidence: "medium", tags: ["registry"] }),
  // Private Packagist tokens: `packagist_` and the kind (uut user update, ort / out organization read / update) before hex.
  r({ id: "packagist-token", anchored: true, description: "Private Packagist access token", keywords: ["packagist_"],
    pattern: new RegExp(`${L}(packagist_[a-z]{3}_[a-f0-9]{60,80})${R}`), entropy: 3.0, severity: "critical", tags: ["registry"] }),
  r({ id: "circleci-token", anchored: true, description: "CircleCI personal API token", keywords: ["ccipat_"],
    pattern: new RegExp(`${L}(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})${R}`), entropy: 3.5, tags: ["ci"] }),
  r({ id: "buildkite-token", anchored: true, description: "Buildkite API token", keywords: ["bkua_"],
    pattern: new RegExp(`${L}(bkua_[a-f0-9]{40})${R}`), entropy: 3.0, tags: ["ci"] }),

  // ---- Platforms
  // Unleash API tokens: `<project>:<environment>.<hex>`, `*` for every project or environment
  // (`*:*.` an admin token); the keywords take the usual environments. `*:*` alone is a wildcard, not a token.
  r({ id: "unleash-api-token", description: "Unleash API token", keywords: [":*.", ":development.", ":production.", ":staging."],
    pattern: /(?<![\w*.-])((?:\*|[a-z0-9][\w-]{0,60}):(?:\*|[a-z0-9][\w-]{0,40})\.[0-9a-f]{32,64})(?![0-9A-Za-z_-])/i,
    validate: (s) => { const h = s.slice(s.lastIndexOf(".") + 1); return randomHex(h) && !isPlaceholder(h); },
    placeholder: "off", severity: "high", confidence: "medium", tags: ["saas"], before: 110, after: 120 }),
  // Uptrace DSN: the userinfo is the project's secret token (a Sentry DSN's key is public; Uptrace's is not).
  r({ id: "uptrace-dsn", description: "Uptrace DSN with its project token", keywords: ["uptrace.dev"],
    pattern: /https?:\/\/([A-Za-z0-9_-]{16,64})@(?:[\w-]{1,40}\.){0,3}uptrace\.dev(?![\w-])/i,
    validate: (s) => /\d/.test(s) && /[a-z]/i.test(s) && shannonEntropy(s) >= 3.3 && !isPlaceholder(s),
    severity: "high", confidence: "medium", tags: ["observability"], before: 80, after: 40 }),
  r({ id: "databricks-token", anchored: true, description: "Databricks personal access token", keywords: ["dapi"],
    pattern: new RegExp(`${L}(dapi[a-f0-9]{32}(?:-\\d)?)${R}`), entropy: 3.0, tags: ["data"] }),
  r({ id: "heroku-api-key", anchored: true, description: "Heroku API key", keywords: ["hrku-", "heroku"],
    pattern: /(?:(?<![A-Za-z0-9])(HRKU-(?:[A-Za-z0-9_-]{60,70}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![A-Za-z0-9_-])|heroku[\w.-]{0,30}?["']?\s{0,4}[:=]\s{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))/i, entropy: 3.0,
    // A name that says id (`herokuAppId=`, `HEROKU_APP_ID:`, `heroku_client_id`): the UUID names an app or client, not a key.
    validate: (_s, m) => !/^heroku[\w.-]*id["']?\s{0,4}[:=]/i.test(m), tags: ["paas"] }),
  r({ id: "digitalocean-token", anchored: true, description: "DigitalOcean personal, OAuth or refresh token", keywords: ["dop_v1_", "doo_v1_", "dor_v1_"],
    pattern: new RegExp(`${L}(do[por]_v1_[a-f0-9]{64})${R}`), entropy: 3.0, tags: ["cloud"] }),
  r({ id: "vercel-token", anchored: true, description: "Vercel access token", keywords: ["vercel", "vcp_", "vci_", "vca_", "vcr_", "vck_"],
    pattern: /(?:(?<![A-Za-z0-9])(vc[pirak]_[A-Za-z0-9]{40,70})(?![A-Za-z0-9])|vercel[\w.-]{0,30}?["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9]{24})(?![A-Za-z0-9]))/i, entropy: 3.5, tags: ["paas"] }),
  r({ id: "netlify-token", anchored: true, description: "Netlify personal access token", keywords: ["nfp_", "netlify"],
    pattern: /(?:(?<![A-Za-z0-9])(nfp_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])|netlify[\w.-]{0,30}?["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-]))/i, entropy: 3.5, tags: ["paas"] }),
  r({ id: "supabase-token", anchored: true, description: "Supabase access token or secret key", keywords: ["sbp_", "sb_secret_"],
    pattern: new RegExp(`${L}(sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,80})${RU}`), entropy: 3.0, tags: ["paas"] }),
  r({ id: "fly-token", anchored: true, description: "Fly.io access token", keywords: ["flyv1 ", "fo1_", "fm1_", "fm2_"],
    pattern: /(?<![A-Za-z0-9])((?:FlyV1 )?f[mo][12]_[A-Za-z0-9+/=_-]{40,2000})/, entropy: 4.0, tags: ["paas"] }),
  r({ id: "render-api-key", anchored: true, description: "Render API key", keywords: ["rnd_"],
    pattern: new RegExp(`${L}(rnd_[A-Za-z0-9]{32})${R}`), entropy: 3.5, tags: ["paas"] }),
  r({ id: "planetscale-token", anchored: true, description: "PlanetScale token or password", keywords: ["pscale_tkn_", "pscale_pw_", "pscale_oauth_"],
    pattern: new RegExp(`${L}(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64})${RU}`), entropy: 3.5, tags: ["data"] }),
  r({ id: "cloudflare-api-token", anchored: true, description: "Cloudflare API token or global key (in context)", keywords: ["cloudflare", "cf_api", "cf_token", "cf-api", "x-auth-key"],
    pattern: new RegExp(`(?:cloudflare|cf_api|cf_token|cf-api|x-auth-key)${ASSIGN}([A-Za-z0-9_-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_-])`, "i"), entropy: 3.5, tags: ["cloud"] }),
  r({ id: "cloudflare-origin-ca-key", anchored: true, description: "Cloudflare Origin CA key", keywords: ["v1.0-"],
    pattern: /(?<![A-Za-z0-9])(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![a-f0-9])/, entropy: 3.0, tags: ["cloud"] }),
  // Splunk HTTP Event Collector: a UUID under "token" in the collector's config (inputs.conf's
  // [http://…] stanza, an [http_event_collector] section, a logging driver's options) or after
  // "Splunk " in an Authorization header. A bare UUID elsewhere is an identifier.
  r({ id: "splunk-hec-token", description: "Splunk HTTP Event Collector token", keywords: ["splunk", "event_collector", "services/collector", "event-collector"],
    pattern: /(?:splunk|event[_-]collector|services\/collector)(?:[^\n]{0,160}?|[\s\S]{0,240}?\btoken["']?\s{0,4}[:=]\s{0,4}["']?)(?<![0-9a-f-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    validate: (_s, m) => /\btoken["']?\s{0,4}[:=]\s{0,4}["']?[0-9a-f-]{36}$|Splunk[ \t]+[0-9a-f-]{36}$|splunk[_-]?(?:hec[_-]?)?token["']?\s{0,4}[:=]\s{0,4}["']?[0-9a-f-]{36}$/i.test(m),
    entropy: 3.0, placeholder: "standard", tags: ["observability"], before: 16, after: 400 }),
  r({ id: "datadog-api-key", anchored: true, description: "Datadog API or application key (in context)", keywords: ["datadog", "dd_api_key", "dd_app_key", "dd-api-key", "dd-application-key", "dd_application_key"],
    pattern: new RegExp(`(?:datadog|dd[_-]api[_-]?key|dd[_-]app(?:lication)?[_-]?key)${ASSIGN}([a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9])`, "i"), entropy: 3.0, tags: ["observability"] }),
  r({ id: "newrelic-key", description: "New Relic user, ingest or browser key", keywords: ["nrak-", "nrii-", "nrjs-", "nral"],
    pattern: /(?<![A-Za-z0-9])(NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32}|NRJS-[a-f0-9]{19}|[a-f0-9]{36}NRAL)(?![A-Za-z0-9])/, entropy: 3.0, tags: ["observability"] }),
  // Axiom: "xaat-" (API token) or "xapt-" (personal token) + a UUID.
  r({ id: "axiom-token", anchored: true, description: "Axiom API or personal token", keywords: ["xaat-", "xapt-"],
    pattern: /(?<![A-Za-z0-9])(xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])/, entropy: 3.0, tags: ["observability"] }),
  // Feature-flag services. LaunchDarkly's keys are "sdk-"/"api-"/"mob-" + a UUID: named by the SDK or the variable.
  r({ id: "launchdarkly-key", anchored: true, description: "LaunchDarkly SDK or API key (in context)", keywords: ["launchdarkly", "ldclient", "ld_sdk", "ld_api", "ld-sdk", "launch_darkly"],
    pattern: /(?:launch_?darkly|ldclient|ld[_-](?:sdk|api))[\s\S]{0,160}?(?<![A-Za-z0-9])((?:sdk|api|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])/i, entropy: 3.0, tags: ["saas"], before: 8, after: 240 }),
  // Unnamed, the key is a quoted literal of its own (a client built from it, `Client::new("api-…")`):
  // the prefix and a random (version 4) UUID, the whole string between quotes.
  r({ id: "launchdarkly-key-literal", anchored: true, description: "LaunchDarkly SDK, API or mobile key as a quoted literal", keywords: ["sdk-", "api-", "mob-"],
    pattern: /(?<=["'`])((?:sdk|api|mob)-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})(?=\\?["'`])/, entropy: 3.0, tags: ["saas"] }),
  // Statsig server secret keys: "secret-" + 43 letters and digits ("client-" keys are public).
  r({ id: "statsig-server-key", anchored: true, description: "Statsig server secret key", keywords: ["secret-"],
    pattern: /(?<![A-Za-z0-9_-])(secret-[A-Za-z0-9]{40,48})(?![A-Za-z0-9])/, validate: (s) => /\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(7)), entropy: 4.0, tags: ["saas"] }),
  // ConfigCat SDK keys: "configcat-sdk-1/" + 22 + "/" + 22 (the legacy form, 22/22, only named).
  r({ id: "configcat-sdk-key", anchored: true, description: "ConfigCat SDK key", keywords: ["configcat-sdk-1/", "configcat"],
    pattern: /(?:(configcat-sdk-1\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22})|configcat[\w.-]{0,30}?(?:key|sdk)?["']?\s{0,4}(?:[:=(]|\.Get\()\s{0,4}["'`]?([A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}))(?![A-Za-z0-9_-])/i, secretGroup: -1, entropy: 3.5, tags: ["saas"] }),
  // Algolia: the admin or write key is the second argument of algoliasearch(appId, key), or named; a name that says
  // search-only (`ALGOLIA_SEARCH_API_KEY`) holds the key Algolia publishes to front ends.
  r({ id: "algolia-api-key", anchored: true, description: "Algolia API key (in context)", keywords: ["algoliasearch(", "algolia"],
    pattern: /(?:algoliasearch\(\s{0,4}["'`][A-Z0-9]{10}["'`]\s{0,4},\s{0,4}["'`]|algolia[\w.-]{0,20}?(?:admin|write|api)[\w.-]{0,12}?key["']?\s{0,4}[:=]\s{0,4}["'`]?)([a-f0-9]{32})(?![A-Za-z0-9])/i,
    validate: (_s, m) => !searchOnlyKeyName(m.replace(/["']?\s{0,4}[:=][^]*$/, "")), entropy: 3.0, tags: ["saas"] }),
  r({ id: "sentry-token", anchored: true, description: "Sentry auth token", keywords: ["sntrys_", "sntryu_"],
    pattern: new RegExp(`${L}(sntrys_[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})${RU}`), entropy: 3.5, tags: ["observability"] }),
  r({ id: "grafana-token", anchored: true, description: "Grafana Cloud or service-account token", keywords: ["glc_", "glsa_"],
    pattern: new RegExp(`${L}(glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})${R}`), entropy: 3.5, tags: ["observability"] }),
  r({ id: "linear-api-key", anchored: true, description: "Linear API key", keywords: ["lin_api_", "lin_oauth_"],
    pattern: new RegExp(`${L}(lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})${R}`), entropy: 3.5, tags: ["productivity"] }),
  r({ id: "notion-token", anchored: true, description: "Notion integration token", keywords: ["secret_", "ntn_"],
    pattern: new RegExp(`${L}(secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35})${R}`), entropy: 3.5, tags: ["productivity"] }),
  r({ id: "atlassian-api-token", anchored: true, description: "Atlassian (Jira/Confluence) API token", keywords: ["atatt", "atctt", "atbb"],
    pattern: new RegExp(`${L}(ATATT[A-Za-z0-9_=-]{60,250}|ATCTT[A-Za-z0-9_=-]{60,250}|ATBB[A-Za-z0-9]{28,36})${RU}`), entropy: 3.5, tags: ["productivity"] }),
  r({ id: "figma-token", anchored: true, description: "Figma personal access token", keywords: ["figd_"],
    pattern: new RegExp(`${L}(figd_[A-Za-z0-9_-]{38,50})${RU}`), entropy: 3.5, tags: ["productivity"] }),
  // "pat" is everywhere in code (path, pattern, patch): the 64-hex tail's run opens the window.
  // Gcore's permanent API token: the token's numeric id, `$`, then 64+ hex (`Authorization: APIKey 31747$…`).
  r({ id: "gcore-api-token", description: "Gcore permanent API token", keywords: [], trigger: LONG_RUN, runShape: { min: 64, max: 128, test: dollarAfterId }, before: 10, after: 0,
    pattern: /(?<![\w$])(\d{3,8}\$[a-f0-9]{64,128})(?![A-Za-z0-9])/, entropy: 3.0, tags: ["cloud"] }),
  r({ id: "airtable-token", description: "Airtable personal access token", keywords: [], trigger: LONG_RUN, runShape: { min: 64, max: 64 }, before: 20, after: 0,
    pattern: /(?<![A-Za-z0-9])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9])/, entropy: 3.5, tags: ["productivity"] }),
  r({ id: "asana-token", anchored: true, description: "Asana personal access token", keywords: ["1/", "2/"],
    pattern: /(?<![A-Za-z0-9/])([12]\/\d{10,20}\/\d{13,20}:[a-f0-9]{32})(?![A-Za-z0-9])/, entropy: 3.0, tags: ["productivity"] }),
  r({ id: "dropbox-token", anchored: true, description: "Dropbox access token", keywords: ["sl."],
    // Short-lived tokens since 2024 carry a one-letter kind before the body: "sl.u.", "sl.B…".
    pattern: /(?<![A-Za-z0-9])(sl\.(?:[A-Za-z]\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/, entropy: 4.0, tags: ["storage"] }),
  r({ id: "postman-api-key", anchored: true, description: "Postman API key", keywords: ["pmak-"],
    pattern: new RegExp(`${L}(PMAK-[a-f0-9]{24}-[a-f0-9]{34})${R}`), entropy: 3.0, tags: ["productivity"] }),
  // Infisical service tokens: "st." + the token's id (24 hex, or a UUID) + "." + 32 hex + "." + 32 hex.
  // "st." alone is everywhere in prose and paths ("first.", "test.ts"): found from the id's run.
  r({ id: "infisical-service-token", description: "Infisical service token", keywords: [], trigger: LONG_RUN,
    runShape: { min: 24, max: 36, test: (t, s) => t.charCodeAt(s - 1) === 46 && t.charCodeAt(s - 2) === 116 && t.charCodeAt(s - 3) === 115 },
    pattern: /(?<![A-Za-z0-9.])(st\.(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[0-9a-f]{32}\.[0-9a-f]{32})(?![0-9a-f])/,
    entropy: 3.0, severity: "critical", tags: ["secrets-manager"], before: 3, after: 80 }),
  // Chromatic's project token: "chpt_" and 14 or more hex (CI env, notebooks, storybook configs).
  r({ id: "chromatic-project-token", anchored: true, description: "Chromatic project token", keywords: ["chpt_"],
    pattern: new RegExp(`${L}(chpt_[0-9a-f]{12,40})${R}`), entropy: 2.8, tags: ["ci"] }),
  // Flagsmith's server-side environment key: "ser." and 20+ letters and digits. "ser." alone is in
  // every `user.`/`parser.`, so the product's name (a variable, an INI section) anchors it.
  r({ id: "flagsmith-server-key", anchored: true, description: "Flagsmith server-side environment key", keywords: ["flagsmith"],
    pattern: /flagsmith[^\n]{0,80}(?:\n[^\n]{0,120}){0,3}?(?<![A-Za-z0-9.])(ser\.[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/i, entropy: 3.5, tags: ["saas"], after: 400 }),
  r({ id: "doppler-token", anchored: true, description: "Doppler token", keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct."],
    // Service tokens name their environment: dp.st.prd.…
    pattern: /(?<![A-Za-z0-9])(dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/, entropy: 3.5, tags: ["secrets-manager"] }),
  r({ id: "vault-token", anchored: true, description: "HashiCorp Vault token", keywords: ["hvs.", "hvb.", "hvr."],
    pattern: /(?<![A-Za-z0-9])(hv[sbr]\.[A-Za-z0-9_-]{24,400})(?![A-Za-z0-9_-])/, entropy: 3.5, tags: ["secrets-manager"] }),
  r({ id: "terraform-cloud-token", description: "Terraform Cloud / HCP API token", keywords: [".atlasv1."],
    pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,90})(?![A-Za-z0-9_=-])/, entropy: 3.5, tags: ["cloud"] }),
  r({ id: "pulumi-token", anchored: true, description: "Pulumi access token", keywords: ["pul-"],
    pattern: new RegExp(`${L}(pul-[a-f0-9]{40})${R}`), entropy: 3.0, tags: ["cloud"] }),
  r({ id: "age-secret-key", anchored: true, description: "age encryption secret key", keywords: ["age-secret-key-1"],
    pattern: /(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})/, severity: "critical", tags: ["keys"] }),
  // "sk." + base64url JSON ("eyJ…") + "." + signature; any base64url body where mapbox names it.
  r({ id: "mapbox-secret-token", anchored: true, description: "Mapbox secret access token", keywords: ["sk.eyj", "mapbox"],
    pattern: new RegExp(`(?:${L}|mapbox[\\s\\S]{0,80}?${L})(sk\\.(?:eyJ[A-Za-z0-9_-]{20,400}|[A-Za-z0-9_-]{40,400})\\.[A-Za-z0-9_-]{16,100})${RU}`, "i"), entropy: 4.0, tags: ["maps"], before: 4, after: 600 }),
  r({ id: "onepassword-service-account", anchored: true, description: "1Password service account token", keywords: ["ops_eyj"],
    pattern: new RegExp(`${L}(ops_eyJ[A-Za-z0-9+/=_-]{100,2000})`), entropy: 4.0, severity: "critical", tags: ["secrets-manager"] }),
  r({ id: "okta-ssws-token", anchored: true, description: "Okta API token (SSWS header)", keywords: ["ssws "],
    pattern: /SSWS[ \t]+(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i, entropy: 3.5, tags: ["identity"] }),
  r({ id: "okta-token", anchored: true, description: "Okta API token (in context)", keywords: ["okta"],
    pattern: new RegExp(`okta${ASSIGN}(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`, "i"), entropy: 3.5, tags: ["identity"] }),

  // ---- Less common providers whose token shape alone identifies them (round two, held-out E):
  // a documented literal prefix and a body of fixed length and alphabet. Public keys of the same
  // providers (PostHog phc_, Langfuse pk-lf-) are not matched.
  r({ id: "contentful-pat", anchored: true, description: "Contentful personal access token", keywords: ["cfpat-"],
    pattern: new RegExp(`${L}(CFPAT-[A-Za-z0-9_-]{40,50})${RU}`), entropy: 3.5, tags: ["cms"] }),
  r({ id: "dynatrace-token", anchored: true, description: "Dynatrace API or platform token", keywords: ["dt0c01.", "dt0s01.", "dt0s02.", "dt0s08.", "dt0s16."],
    pattern: new RegExp(`${L}(dt0[cs]\\d{2}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64})${R}`), entropy: 3.5, tags: ["observability"] }),
  r({ id: "shippo-token", anchored: true, description: "Shippo API token", keywords: ["shippo_live_", "shippo_test_"],
    pattern: new RegExp(`${L}(shippo_(?:live|test)_[a-fA-F0-9]{40})${R}`), entropy: 3.0, tags: ["shipping"] }),
  // Radar's secret keys (`prj_live_sk_` / `prj_test_sk_` + 40 hex); its publishable `…_pk_` keys ship in apps.
  r({ id: "radar-secret-key", anchored: true, description: "Radar secret API key", keywords: ["prj_live_sk_", "prj_test_sk_"],
    pattern: new RegExp(`${L}(prj_(?:live|test)_sk_[a-f0-9]{40})${R}`), entropy: 3.0, tags: ["location"] }),
  r({ id: "easypost-api-key", anchored: true, description: "EasyPost production or test API key", keywords: ["ezak", "eztk"],
    pattern: new RegExp(`${L}(EZ[AT]K[A-Za-z0-9]{54})${R}`), entropy: 3.5, tags: ["shipping"] }),
  r({ id: "duffel-token", anchored: true, description: "Duffel API token", keywords: ["duffel_live_", "duffel_test_"],
    pattern: new RegExp(`${L}(duffel_(?:live|test)_[A-Za-z0-9_=-]{43})${RU}`), entropy: 3.5, tags: ["travel"] }),
  r({ id: "flutterwave-secret-key", anchored: true, description: "Flutterwave secret or encryption key", keywords: ["flwseck"],
    pattern: new RegExp(`${L}(FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X)${R}`), entropy: 3.0, tags: ["payments"] }),
  r({ id: "typeform-token", anchored: true, description: "Typeform personal access token", keywords: ["tfp_"],
    pattern: new RegExp(`${L}(tfp_[A-Za-z0-9_.=-]{59})${RU}`), entropy: 3.5, tags: ["productivity"] }),
  r({ id: "readme-api-key", anchored: true, description: "ReadMe API key", keywords: ["rdme_"],
    pattern: new RegExp(`${L}(rdme_[a-z0-9]{70})${R}`), entropy: 3.5, tags: ["productivity"] }),
  r({ id: "prefect-api-key", anchored: true, description: "Prefect Cloud API key", keywords: ["pnu_"],
    pattern: new RegExp(`${L}(pnu_[A-Za-z0-9]{36})${R}`), entropy: 3.5, tags: ["data"] }),
  r({ id: "clojars-token", anchored: true, description: "Clojars deploy token", keywords: ["clojars_"],
    pattern: new RegExp(`${L}(CLOJARS_[a-z0-9]{60})${R}`), entropy: 3.5, tags: ["registry"] }),
  r({ id: "sourcegraph-token", anchored: true, description: "Sourcegraph access token", keywords: ["sgp_"],
    pattern: new RegExp(`${L}(sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40})${R}`), entropy: 3.0, tags: ["vcs"] }),
  // Segment's Public API token: the same prefix, then 64 of mixed case and digits (Sourcegraph's body is hex).
  r({ id: "segment-public-api-token", anchored: true, description: "Segment Public API token", keywords: ["sgp_"],
    pattern: new RegExp(`${L}(sgp_[A-Za-z0-9]{64})${R}`), entropy: 3.5, validate: (s) => /[a-z]/.test(s.slice(4)) && /[A-Z]/.test(s) && /\d/.test(s), tags: ["analytics"] }),
  r({ id: "infracost-api-key", anchored: true, description: "Infracost API key", keywords: ["ico-"],
    pattern: new RegExp(`${L}(ico-[A-Za-z0-9]{32})${R}`), entropy: 3.5, tags: ["cloud"] }),
  r({ id: "brevo-api-key", anchored: true, description: "Brevo (Sendinblue) API or SMTP key", keywords: ["xkeysib-", "xsmtpsib-"],
    pattern: new RegExp(`${L}(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})${R}`), entropy: 3.0, tags: ["email"] }),
  r({ id: "posthog-personal-key", anchored: true, description: "PostHog personal API key (phx_; phc_ project keys are public)", keywords: ["phx_"],
    pattern: new RegExp(`${L}(phx_[A-Za-z0-9]{43})${R}`), entropy: 3.5, tags: ["analytics"] }),
  r({ id: "neon-api-key", anchored: true, description: "Neon API key", keywords: ["napi_"],
    pattern: new RegExp(`${L}(napi_[a-z0-9]{64})${R}`), entropy: 3.5, tags: ["data"] }),
  r({ id: "jfrog-token", anchored: true, description: "JFrog Artifactory API key or reference token", keywords: ["akcp", "cmvmdgtu"],
    pattern: new RegExp(`${L}(AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})${R}`), entropy: 3.5, tags: ["registry"] }),
  r({ id: "tavily-api-key", anchored: true, description: "Tavily API key", keywords: ["tvly-"],
    pattern: new RegExp(`${L}(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})${R}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "cerebras-api-key", anchored: true, description: "Cerebras API key", keywords: ["csk-"],
    pattern: new RegExp(`${L}(csk-[a-z0-9]{48})${R}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "adobe-client-secret", anchored: true, description: "Adobe client secret", keywords: ["p8e-"],
    pattern: new RegExp(`${L}(p8e-[A-Za-z0-9]{32})${R}`), entropy: 3.5, tags: ["cloud"] }),
  r({ id: "plaid-access-token", anchored: true, description: "Plaid access token", keywords: ["access-sandbox-", "access-development-", "access-production-"],
    pattern: new RegExp(`${L}(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`), entropy: 3.0, tags: ["payments"] }),
  r({ id: "scalingo-token", anchored: true, description: "Scalingo API token", keywords: ["tk-us-"],
    pattern: new RegExp(`${L}(tk-us-[A-Za-z0-9_-]{48})${RU}`), entropy: 3.5, tags: ["paas"] }),
  r({ id: "frameio-token", anchored: true, description: "Frame.io developer token", keywords: ["fio-u-"],
    pattern: new RegExp(`${L}(fio-u-[A-Za-z0-9_=-]{64})${RU}`), entropy: 3.5, tags: ["productivity"] }),
  r({ id: "defined-networking-key", anchored: true, description: "Defined Networking API key", keywords: ["dnkey-"],
    pattern: new RegExp(`${L}(dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})${RU}`), entropy: 3.5, tags: ["cloud"] }),
  r({ id: "tencent-secret-id", anchored: true, description: "Tencent Cloud SecretId", keywords: ["akid"],
    pattern: new RegExp(`${L}(AKID[A-Za-z0-9]{32})${R}`), entropy: 3.5, tags: ["cloud"] }),
  r({ id: "langfuse-secret-key", anchored: true, description: "Langfuse secret key (pk-lf- public keys are not matched)", keywords: ["sk-lf-"],
    pattern: new RegExp(`${L}(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`), entropy: 3.0, tags: ["ai"] }),
  r({ id: "hubspot-private-app-token", anchored: true, description: "HubSpot private app access token", keywords: ["pat-na", "pat-eu", "pat-ap"],
    pattern: new RegExp(`${L}(pat-(?:na|eu|ap)\\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`), entropy: 3.0, tags: ["crm"] }),
  // Round eight (after held-out K): more documented literal prefixes and fixed bodies.
  r({ id: "tailscale-key", anchored: true, description: "Tailscale auth, API, OAuth client or webhook key", keywords: ["tskey-"],
    pattern: new RegExp(`${L}(tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64})${R}`), entropy: 3.5, severity: "critical", tags: ["network"] }),
  r({ id: "sonarqube-token", anchored: true, description: "SonarQube user, project or analysis token", keywords: ["squ_", "sqp_", "sqa_"],
    pattern: new RegExp(`${L}(sq[upa]_[a-f0-9]{40})${R}`), entropy: 3.0, tags: ["ci"] }),
  r({ id: "openshift-token", anchored: true, description: "OpenShift user or service-account OAuth token", keywords: ["sha256~"],
    pattern: new RegExp(`${L}(sha256~[A-Za-z0-9_-]{43})${RU}`), entropy: 3.5, severity: "critical", tags: ["cloud", "kubernetes"] }),
  // On another host (a relay or gateway), or none (a log's request line), the webhookb2 path alone carries the tenant, connector and its ids.
  r({ id: "teams-webhook", description: "Microsoft Teams incoming webhook URL", keywords: ["webhook.office.com", "/webhookb2/"],
    pattern: /((?:https:\/\/[A-Za-z0-9.-]{1,100}|(?<![\w.\/-]))\/webhookb2\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36})/, entropy: 3.0, tags: ["chat"], before: 120, after: 200 }),
  // PagerDuty's Events API v2 routing (integration) key: 32 hex, or an Event Orchestration's `R0` and 30 more, in the
  // API's own `routing_key` field, an integration key's, or a PagerDuty-named slot (`PD_ROUTING_KEY=`, a multipart
  // part `name="pd_routing_key"`). A message broker's routing key is a dotted name, never this draw.
  r({ id: "pagerduty-routing-key", anchored: true, description: "PagerDuty Events API routing (integration) key", keywords: ["routing_key", "routing-key", "routingkey", "integration_key", "integration-key", "integrationkey", "pagerduty"],
    pattern: new RegExp(`(?<![A-Za-z])(?:routing|integration|pagerduty[\\w.-]{0,20}?)[_.-]?key(?:["']?\\s{0,4}(?::=|=>|[:=])\\s{0,4}["'\`]?|["'][^\\r\\n]{0,120}${PART_HEAD_END})(R0[A-Za-z0-9]{30}|[0-9a-f]{32})${R}`, "i"),
    validate: pagerDutyKeyDrawn,
    entropy: 3.0, tags: ["observability"], before: 32, after: 260 }),
  // Azure Logic Apps / Power Automate "When an HTTP request is received" trigger (Teams workflow
  // webhooks are these): the URL's sig= is a SAS signature that alone authorises a run.
  r({ id: "logic-apps-trigger-url", description: "Azure Logic Apps / Power Automate HTTP trigger URL with its SAS signature", keywords: ["logic.azure.com", "powerplatform.com"],
    pattern: /(https:\/\/[A-Za-z0-9.-]{1,120}\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::\d{2,5})?\/[^\s"'<>?]{0,200}\/triggers\/[^\s"'<>]{0,300}?[?&]sig=[A-Za-z0-9_%-]{32,100})/, entropy: 3.0, tags: ["automation", "azure"], before: 80, after: 700 }),
  // MailerSend API tokens: "mlsn." and 64 hex.
  r({ id: "mailersend-api-token", anchored: true, description: "MailerSend API token", keywords: ["mlsn."],
    pattern: new RegExp(`${L}(mlsn\\.[a-f0-9]{64})${R}`), entropy: 3.0, tags: ["email"] }),
  // Ghost Admin API key: a 24-hex key id, ":" and a 64-hex HMAC secret (the id goes in the JWT's kid).
  r({ id: "ghost-admin-api-key", description: "Ghost Admin API key (id:secret)", keywords: ["ghost"],
    pattern: /(?<![A-Za-z0-9])([a-f0-9]{24}:[a-f0-9]{64})(?![A-Za-z0-9])/, entropy: 3.0, tags: ["cms"], before: 400, after: 400 }),
  r({ id: "zapier-webhook", description: "Zapier catch hook URL", keywords: ["hooks.zapier.com/hooks/catch/"],
    pattern: /(hooks\.zapier\.com\/hooks\/catch\/\d{5,12}\/[A-Za-z0-9]{5,12})/, severity: "medium", tags: ["automation"] }),
  r({ id: "google-oauth-refresh-token", anchored: true, description: "Google OAuth refresh token", keywords: ["1//0"],
    pattern: new RegExp(`${L}(1//0[A-Za-z0-9_-]{40,200})${RU}`), entropy: 3.5, severity: "critical", tags: ["google", "cloud"] }),
  r({ id: "octopus-deploy-api-key", anchored: true, description: "Octopus Deploy API key", keywords: ["api-"],
    // 26 upper-case letters and digits as documented, a few either side seen in the wild; digits
    // and letters both, so "API-" before a capitalised heading word is not one.
    pattern: new RegExp(`${LW}(API-[A-Z0-9]{24,32})${R}`), entropy: 3.0, validate: (s) => /\d.*\d/.test(s.slice(4)) && /[A-Z].*[A-Z]/.test(s.slice(4)), tags: ["ci"] }),
  r({ id: "harness-token", anchored: true, description: "Harness personal or service-account token", keywords: ["pat.", "sat."],
    pattern: new RegExp(`${L}((?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})${R}`), entropy: 3.5, tags: ["ci"] }),
  r({ id: "lob-api-key", anchored: true, description: "Lob live API key", keywords: ["live_"],
    pattern: new RegExp(`${LW}(live_(?:pub_)?[a-f0-9]{35})${R}`), entropy: 3.0, tags: ["saas"] }),
  r({ id: "maxmind-license-key", description: "MaxMind license key", keywords: ["_mmk"],
    pattern: new RegExp(`${L}([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)${R}`), entropy: 3.5, tags: ["saas"], before: 40 }),
  r({ id: "intra42-client-secret", anchored: true, description: "42 intra API client secret", keywords: ["s-s4t2"],
    pattern: new RegExp(`${L}(s-s4t2(?:ud|af)-[a-f0-9]{64})${R}`), entropy: 3.0, tags: ["saas"] }),
  r({ id: "settlemint-token", anchored: true, description: "SettleMint access token", keywords: ["sm_pat_", "sm_aat_", "sm_sat_"],
    pattern: new RegExp(`${L}(sm_(?:pat|aat|sat)_[a-f0-9]{16})${R}`), entropy: 3.0, tags: ["saas"] }),
  r({ id: "elevenlabs-api-key", anchored: true, description: "ElevenLabs API key", keywords: ["sk_"],
    pattern: new RegExp(`${L}(sk_[a-f0-9]{48})${R}`), entropy: 3.0, tags: ["ai"] }),
  r({ id: "woocommerce-key", anchored: true, description: "WooCommerce REST API consumer key or secret", keywords: ["ck_", "cs_"],
    pattern: new RegExp(`${L}(c[ks]_[a-f0-9]{40})${R}`), entropy: 3.0, tags: ["payments"] }),
  r({ id: "clickup-token", anchored: true, description: "ClickUp personal API token", keywords: ["pk_"],
    pattern: new RegExp(`${L}(pk_\\d{4,12}_[A-Z0-9]{32})${R}`), entropy: 3.0, tags: ["productivity"] }),
  r({ id: "crates-io-token", anchored: true, description: "crates.io API token", keywords: ["cio"],
    pattern: new RegExp(`${L}(cio[A-Za-z0-9]{32})${R}`), entropy: 3.8, validate: (s) => /\d/.test(s) && /[A-Z]/.test(s.slice(3)), tags: ["registry"] }),
  r({ id: "together-api-key", anchored: true, description: "Together AI API key", keywords: ["tgp_v1_"],
    pattern: new RegExp(`${L}(tgp_v1_[A-Za-z0-9_-]{40,48})${RU}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "fireworks-api-key", anchored: true, description: "Fireworks AI API key", keywords: ["fw_"],
    pattern: new RegExp(`${L}(fw_[A-Za-z0-9]{24})${R}`), entropy: 3.5, validate: (s) => /\d/.test(s), tags: ["ai"] }),
  r({ id: "mollie-api-key", anchored: true, description: "Mollie live API key", keywords: ["live_"],
    // A body of letters alone (one in two hundred draws has no digit) counts when they are random.
    pattern: new RegExp(`${LW}(live_[A-Za-z0-9]{30})${R}`), entropy: 3.5, validate: (s) => /\d/.test(s) || randomLetters(s.slice(5)), tags: ["payments"] }),
  r({ id: "honeycomb-key", anchored: true, description: "Honeycomb API or ingest key", keywords: ["hcaik_", "hcxik_", "hcxlk_", "hcamk_", "hcxmk_"],
    pattern: new RegExp(`${L}(hc(?:aik|xik|xlk|amk|xmk)_[A-Za-z0-9]{20,80})${R}`), entropy: 3.5, tags: ["observability"] }),
  // Keys without a prefix (Classic keys are 32 hex, configuration keys letters and digits) travel in
  // the documented X-Honeycomb-Team header: a request, an SDK's header map, OTLP header settings, a proxy's
  // directive (`proxy_set_header X-Honeycomb-Team …`), a name/value pair (Envoy's `key:`/`value:`, a probe's `name:`/`value:`).
  r({ id: "honeycomb-team-header", anchored: true, description: "Honeycomb API key in the X-Honeycomb-Team header", keywords: ["x-honeycomb-team"],
    pattern: new RegExp(`x-honeycomb-team(?:["']?[ \\t]{0,4}[:=,]|${SIBLING_VALUE_GLUE}|["']?[ \\t])[ \\t]{0,4}["'\`]?([A-Za-z0-9_]{20,80})(?:(?![A-Za-z0-9_$.{}-])|(?=\\.\\.(?:[A-Za-z][A-Za-z0-9-]{0,40}:|\\.\\.)))`, "i"),
    validate: (s, m, b) => /\d/.test(s) && /[A-Za-z]/.test(s) && !isPlaceholder(s) && (/^x-honeycomb-team["']?[ \t]{0,4}[:=,]/i.test(m) || HEADER_DIRECTIVE.test(b) || (SIBLING_NAME.test(b) && !otherItemBetween(m.slice(16, m.lastIndexOf(s))))),
    entropy: 3.2, placeholder: "strict", tags: ["observability"] }),
  // Round eight (after held-out W): documented prefixes and bodies of fresh providers. Each body
  // is fixed in length and alphabet, so a look-alike id of the same vendor (a Clerk "sess_…", a
  // Paddle "ctm_…" customer id, a Checkly check UUID) does not match.
  r({ id: "nvidia-api-key", anchored: true, description: "NVIDIA API key (NIM, build.nvidia.com)", keywords: ["nvapi-"],
    pattern: new RegExp(`${L}(nvapi-[A-Za-z0-9_-]{64})${RU}`), entropy: 3.5, tags: ["ai"] }),
  r({ id: "anyscale-api-key", anchored: true, description: "Anyscale Endpoints API key", keywords: ["esecret_"],
    pattern: new RegExp(`${L}(esecret_[A-Za-z0-9]{20,40})${R}`), entropy: 3.0, validate: (s) => /\d/.test(s), tags: ["ai"] }),
  // Lambda Cloud: "secret_" + the key's name + "_" + 32 hex + "." + 32 letters and digits.
  r({ id: "lambda-cloud-api-key", anchored: true, description: "Lambda Cloud API key", keywords: ["secret_"],
    pattern: new RegExp(`${L}(secret_[A-Za-z0-9-]{1,40}_[a-f0-9]{32}\\.[A-Za-z0-9]{32})${R}`), entropy: 3.5, tags: ["ai", "cloud"] }),
  r({ id: "xata-api-key", anchored: true, description: "Xata API key", keywords: ["xau_"],
    pattern: new RegExp(`${L}(xau_[A-Za-z0-9]{30,40})${R}`), entropy: 3.5, validate: (s) => /\d/.test(s), tags: ["data"] }),
  r({ id: "appwrite-api-key", anchored: true, description: "Appwrite API key", keywords: ["standard_"],
    pattern: new RegExp(`${L}(standard_[a-f0-9]{256})${R}`), entropy: 3.0, tags: ["data"] }),
  // Convex deploy keys: "prod:" / "dev:" / "preview:" + the deployment's name + "|" + base64url.
  r({ id: "convex-deploy-key", description: "Convex deploy key", keywords: ["|eyj"],
    pattern: /(?<![A-Za-z0-9])((?:prod|dev|preview|project):[a-z0-9-]{3,64}\|eyJ[A-Za-z0-9_=-]{20,600})(?![A-Za-z0-9_=-])/, entropy: 3.5, tags: ["data"], before: 80 }),
  r({ id: "stytch-secret", anchored: true, description: "Stytch project secret", keywords: ["secret-live-", "secret-test-"],
    pattern: new RegExp(`${L}(secret-(?:live|test)-[A-Za-z0-9_=-]{30,44})${RU}`), entropy: 3.5, validate: (s) => /\d/.test(s), tags: ["identity"] }),
  // Midtrans server key: "Mid-server-" (production), "SB-Mid-server-" (sandbox), "VT-server-"
  // (older accounts), then the key body. The "Mid-client-" key goes to browsers and is not secret.
  r({ id: "midtrans-server-key", description: "Midtrans server key", keywords: ["mid-server-", "vt-server-"],
    pattern: new RegExp(`${L}((?:SB-)?(?:Mid|VT)-server-[A-Za-z0-9_-]{16,64})${RU}`), entropy: 3.5, validate: (s) => /\d/.test(s) && /[A-Za-z]/.test(s.slice(s.indexOf("server-") + 7)), tags: ["payments"] }),
  r({ id: "paddle-api-key", anchored: true, description: "Paddle Billing API key", keywords: ["pdl_live_apikey_", "pdl_sdbx_apikey_"],
    // The documented form (`<26 ULID>_<secret>_<check>`), or one body as some samples and older tools write it: the prefix alone is Paddle's.
    pattern: new RegExp(`${L}(pdl_(?:live|sdbx)_apikey_(?:[a-z0-9]{26}_[A-Za-z0-9]{16,30}_[A-Za-z0-9]{2,4}|[A-Za-z0-9]{40,100}))${R}`), entropy: 3.5, validate: (s) => /\d/.test(s.slice(16)) && /[a-z]/i.test(s.slice(16)), tags: ["payments"] }),
  // GoCardless access tokens: "live_" / "sandbox_" + 40 base64url characters (Lob's live_ is 35
  // hex, Mollie's 30 letters and digits, Paddle's client-side tokens shorter).
  r({ id: "gocardless-access-token", anchored: true, description: "GoCardless access token", keywords: ["live_", "sandbox_"],
    pattern: new RegExp(`${LW}((?:live|sandbox)_[A-Za-z0-9_-]{40})${RU}`), entropy: 4.0, validate: (s) => /\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(s.indexOf("_"))), tags: ["payments"] }),
  // Laravel's APP_KEY (and other `base64:`-tagged keys): "base64:" + base64 of 32 (or 16) random
  // bytes, the app's encryption key wherever it stands. Base64 of readable text is an encoded string.
  r({ id: "laravel-app-key", anchored: true, description: "Laravel application key (base64: + 32 random bytes)", keywords: ["base64:"],
    pattern: /(?<![A-Za-z0-9])base64:([A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])/, validate: randomBytesBase64, entropy: 3.5, tags: ["framework"] }),
  // Trello tokens: "ATTA" + 64 hex + an 8-digit upper-case hex check. A near-valid token (a check
  // of another case or length) still carries the user's grant, so the hex tail's case and length are loose.
  r({ id: "trello-token", anchored: true, description: "Trello API token", keywords: ["atta"],
    pattern: new RegExp(`${L}(ATTA[a-f0-9]{56,68}[A-Fa-f0-9]{6,12})${R}`), entropy: 3.0, tags: ["productivity"] }),
  // TikTok for Developers: "act." (access) or "rft." (refresh) + body + "!" + digits + "." + region.
  r({ id: "tiktok-token", anchored: true, description: "TikTok for Developers access or refresh token", keywords: ["act.", "rft."],
    pattern: new RegExp(`${L}((?:act|rft)\\.[A-Za-z0-9]{40,100}!\\d{3,6}\\.[a-z][a-z0-9]{1,3})${R}`), entropy: 3.5, tags: ["social"] }),
  // Elastic Cloud API keys: "essu_" + base64 whose decoded tail is zero bytes (a run of "A"s); the
  // draw is judged without that run.
  r({ id: "elastic-cloud-api-key", anchored: true, description: "Elastic Cloud API key", keywords: ["essu_"],
    pattern: new RegExp(`${L}(essu_[A-Za-z0-9+/]{40,160}={0,2})(?![A-Za-z0-9+/=])`), placeholder: "off",
    validate: (s) => { const body = s.slice(5).replace(/A*=*$/, ""); return body.length >= 32 && shannonEntropy(body) >= 4.0 && !isPlaceholder(body); },
    tags: ["search"] }),
  // Salesforce session / OAuth access tokens: the org id ("00D" + 12 or 15) + "!" + the session part.
  r({ id: "salesforce-access-token", anchored: true, description: "Salesforce access (session) token", keywords: ["00d"],
    pattern: new RegExp(`${L}(00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._-]{80,140})(?![A-Za-z0-9._-])`), entropy: 4.0, tags: ["crm"] }),
  r({ id: "zoho-oauth-token", anchored: true, description: "Zoho OAuth access or refresh token", keywords: ["1000."],
    pattern: new RegExp(`${L}(1000\\.[a-f0-9]{32}\\.[a-f0-9]{32})${R}`), entropy: 3.0, tags: ["crm"] }),
  // X (Twitter) app-only bearer tokens open with a run of "A" (a zero app id) and hold
  // percent-encoded base64; the run alone is filler, so the tail must be random.
  r({ id: "twitter-bearer-token", anchored: true, description: "X (Twitter) app-only bearer token", keywords: ["aaaaaaaaaaaaaaaaaaaaa"],
    pattern: /(?<![A-Za-z0-9])(A{21,26}[A-Za-z0-9%]{60,140})(?![A-Za-z0-9%])/, placeholder: "off",
    validate: (s) => { const tail = s.replace(/^A+/, ""); return tail.length >= 50 && /\d/.test(tail) && /[a-z]/.test(tail) && shannonEntropy(tail) >= 4.2; }, tags: ["social"] }),
  // DataStax Astra DB application tokens: "AstraCS:" + the client id (24 letters) + ":" + 64 hex.
  r({ id: "astra-db-token", anchored: true, description: "DataStax Astra DB application token", keywords: ["astracs:"],
    pattern: new RegExp(`${L}(AstraCS:[A-Za-z]{20,32}:[a-f0-9]{64})${R}`), entropy: 3.0, tags: ["database"] }),
  // Apple's developer-portal session cookie `myacinfo`, as fastlane keeps it (FASTLANE_SESSION holds a
  // YAML dump of HTTP::Cookie objects: `name: myacinfo` then `value: DES…`, its line breaks escaped
  // once or twice inside a shell string or JSON) or as a Cookie header's pair.
  r({ id: "apple-myacinfo-session", anchored: true, description: "Apple developer session cookie (myacinfo, fastlane's FASTLANE_SESSION)", keywords: ["myacinfo"],
    pattern: /myacinfo(?:(?:\\{1,4}[nr]|[ \t\r\n"'])+value:[ \t]*["']?|=)([A-Za-z0-9+/_-]{40,2000}={0,2})(?![A-Za-z0-9+/=_-])/, entropy: 3.5, placeholder: "standard", tags: ["devtools"], after: 2100 }),
  // A Unity license serial (a letter and a letter or digit, then five groups of four) under game-ci's UNITY_SERIAL or the
  // editor's `-serial` flag: the seat it activates is the licence's.
  // Gotify's app (A…) and client (C…) tokens: 15 characters, too short for the named-slot rules'
  // opaque values, so read under a name or header that says Gotify (`gotify_app_token`, X-Gotify-Key) or after its CLI's --token.
  // ipinfo.io access tokens: 14 lower-case hex. Short as they are, ipinfo's name on the slot (`IPINFO_TOKEN=`,
  // `ipinfoToken:`, a lookup's fallback `?? "…"`) or its API's query (`ipinfo.io/<ip>?token=…`) makes them exact.
  r({ id: "ipinfo-token", anchored: true, description: "ipinfo.io access token", keywords: ["ipinfo"],
    pattern: /ipinfo(?:[\w.-]{0,30}?(?:token|key)["'`]?(?:[ \t]{0,4}(?::=|=>|[:=,]|\?\?|\|\|)|[^\r\n"'`=]{0,60}?(?:\?\?|\|\||,|[ \t]or[ \t]))[ \t]{0,4}["'`]?|\.io\/[^\s"'`?]{0,80}\?(?:[\w.%=-]{0,60}&)?token=)((?-i:[0-9a-f]{14}))(?![0-9A-Za-z])/i,
    validate: (s) => randomHex(s) && !isSequential(s), placeholder: "standard", severity: "medium", tags: ["saas"], after: 160 }),
  r({ id: "gotify-token", anchored: true, description: "Gotify application or client token", keywords: ["gotify"],
    pattern: /gotify(?:[\w.-]{0,24}?(?:token|key)(?:["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|["'][^<>\r\n]{0,80}>[ \t]{0,4}|[ \t]+["']?)|[ \t][^\r\n]{0,80}?[ \t]--token[ \t=]+["']?)((?-i:[AC])[A-Za-z0-9._-]{14})(?![A-Za-z0-9._-])/i,
    validate: (s) => /\d/.test(s) || (/[a-z]/.test(s.slice(1)) && /[A-Z]/.test(s.slice(1))), entropy: 3.0, placeholder: "strict", tags: ["comms"] }),
  // A Tor onion service's private key given to the control port (`ADD_ONION ED25519-V3:<base64 of 64 bytes>`,
  // or a legacy `RSA1024:` key); `ADD_ONION NEW:…` asks Tor to make one and holds no key.
  r({ id: "tor-onion-service-key", anchored: true, description: "Tor onion service private key (ADD_ONION on the control port)", keywords: ["add_onion"],
    pattern: /ADD_ONION[ \t]+(?:ED25519-V3|RSA1024):([A-Za-z0-9+/]{60,1200}={0,2})(?![A-Za-z0-9+/=])/i, entropy: 4.0, placeholder: "standard", severity: "critical", tags: ["keys"] }),
  // The name in any case style and qualified (`unitySerial`, `Unity.LicenseSerial`, `UNITY_SERIAL_KEY`, an XML element).
  r({ id: "unity-license-serial", anchored: true, description: "Unity license serial (UNITY_SERIAL, -serial)", keywords: ["unity", "-serial"],
    pattern: /(?:UNITY[\w.-]{0,24}?SERIAL(?:[_.-]?(?:KEY|NUMBER))?["']?[ \t]{0,4}(?:=>|[:=>])[ \t]{0,4}["']?|(?<![\w-])-serial[ \t]+["']?)([A-Z][A-Z0-9]?-(?:[A-Z0-9]{4}-){4}[A-Z0-9]{4})(?![A-Za-z0-9-])/i, entropy: 2.5, placeholder: "strict", tags: ["devtools"] }),
  // Webhook keys carried in a URL path, with the host or without it (an HTTP dump's request line
  // names only the path; the Host line follows): IFTTT's `/trigger/<event>/with/key/<key>`, Loggly's
  // `/inputs/<token>/tag/…` and `/bulk/<token>/tag/…`.
  r({ id: "ifttt-webhook-key", anchored: true, description: "IFTTT Webhooks key in a trigger URL", keywords: ["/trigger/"],
    pattern: /\/trigger\/[\w.%-]{1,100}\/(?:json\/)?with\/key\/([A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/, entropy: 3.0, placeholder: "standard", tags: ["saas"], after: 200 }),
  r({ id: "loggly-customer-token", anchored: true, description: "Loggly customer token in an input URL", keywords: ["/inputs/", "/bulk/"],
    pattern: /\/(?:inputs|bulk)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/tag\//i, entropy: 3.0, placeholder: "standard", tags: ["observability"], after: 60 }),
  r({ id: "checkly-api-key", anchored: true, description: "Checkly API key", keywords: ["cu_"],
    pattern: new RegExp(`${L}(cu_[a-f0-9]{32})${R}`), entropy: 3.0, tags: ["observability"] }),
  // "sk_" + 32 hex (Clearbit and others; ElevenLabs' 48 hex and Stripe's sk_live_ have rules above).
  r({ id: "sk-hex-api-key", anchored: true, description: "Secret API key in the sk_ + 32 hex form (Clearbit and others)", keywords: ["sk_"],
    pattern: new RegExp(`${L}(sk_[a-f0-9]{32})${R}`), entropy: 3.0, tags: ["saas"] }),
  // "sk-" and a bare body: 32 hex (DeepSeek, Moonshot and other OpenAI-compatible APIs) or 48
  // letters and digits (Stability, OpenAI's oldest keys), or 48 random lower-case letters (SiliconFlow's).
  r({ id: "sk-api-key", anchored: true, description: "API key in the sk- form of OpenAI-compatible providers", keywords: ["sk-"],
    pattern: new RegExp(`${L}(sk-(?:[a-f0-9]{32}|[A-Za-z0-9]{48}))${R}`), entropy: 3.5, validate: (s) => (/\d/.test(s) && /[a-z]/.test(s.slice(3))) || randomLowerLetters(s.slice(3)), tags: ["ai"] }),

  // ---- Structural tokens
  r({ id: "jwt", anchored: true, description: "JSON Web Token", keywords: ["eyj"],
    pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,2000}\.(?:eyJ[A-Za-z0-9_-]{2,8000}|[A-Za-z0-9_-]{40,8000})\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])/, validate: jwtValid,
    severity: "high", confidence: "medium", tags: ["token"], after: 8192,
    examples: ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"] }),
  // Authorization: <scheme> <credential>. Whatever scheme a provider names (Bearer, Token,
  // KakaoAK, GenieKey, SSWS…), the value after it is the credential, whatever its shape: a UUID,
  // a name-prefixed hex string, base64, "org!token"; also as a proxy directive's header
  // (`proxy_set_header Authorization "Bearer …"`, HEADER_DIRECTIVE before it). Basic (decoded and judged above), Digest,
  // AWS SigV4 (parameters, not a token), Negotiate and NTLM (handshake messages) are not taken.
  r({ id: "authorization-header-credential", anchored: true, description: "Credential in an HTTP Authorization header (any scheme)", keywords: ["authorization"],
    pattern: new RegExp(`authorization(?:["']?\\]?[ \\t]{0,4}[:=]|${HEADER_CALL_GLUE}|${SIBLING_VALUE_GLUE}|[ \\t](?=[ \\t]{0,3}["'\`]?[A-Za-z0-9]))[ \\t]{0,4}["'\`]?(?!(?:basic|digest|negotiate|ntlm|aws4-hmac-sha256|hoba|mutual)[ \\t])[A-Za-z][\\w.-]{1,30}[ \\t]{1,4}(?:token=["']?)?((?:[A-Za-z0-9]{4} ){3,7}[A-Za-z0-9]{4}(?=[ \\t]{0,4}(?:["'\`\\\\\\r\\n,;]|$))|[A-Za-z0-9+/_.~:|!%#@*^();$&=-](?:[A-Za-z0-9+/_.~:|!%#@*^();$&=-]{14,1998}(?:[A-Za-z0-9+/_.~:|!%#@*^-]|[();$&=](?=["'\`\\\\\\r\\n]|$)))={0,2})(?![A-Za-z0-9+/_.~:|!%#@*^=$&-])`, "i"),
    // The header as a name/value pair (HAR, Postman, Insomnia): judged as the `Name: value` line is.
    // An application password in the groups of four it is shown in (WordPress's) is the credential whole.
    validate: (s, m, b) => (s.includes(" ") ? groupedPassword(s) : authorizationValue(unglued(s))) && headerNamed(m, b),
    placeholder: "standard", entropy: 3.0, severity: "high", confidence: "medium", tags: ["http"], before: 80, after: 2100 }),
  // Authorization: <credential> with no scheme (a provider's own "api-<uuid>", a bare key): the
  // value is the header's whole content, so it must end the header (a quote, the line's end, a
  // comma); a word followed by more words is a scheme (AWS4-HMAC-SHA256 Credential=…) and left
  // to the rule above.
  r({ id: "authorization-header-bare", anchored: true, description: "Bare credential as the whole value of an HTTP Authorization header", keywords: ["authorization"],
    pattern: new RegExp(`authorization(?:["']?\\]?[ \\t]{0,4}[:=]|${HEADER_CALL_GLUE}|${SIBLING_VALUE_GLUE}|[ \\t](?=[ \\t]{0,3}["'\`]?[A-Za-z0-9]))[ \\t]{0,4}["'\`]?([A-Za-z0-9+/_.~:|!%-]{16,2000}={0,2}|[A-Za-z0-9!@#$%^&*()_=+-]{16,50})(?=[ \\t]{0,4}(?:["'\`\\\\\\r\\n,;&)}\\]]|$))`, "i"),
    validate: (s, m, b) => /\d/.test(s) && /[A-Za-z]/.test(s) && authorizationValue(s) && headerNamed(m, b),
    placeholder: "standard", entropy: 3.0, severity: "high", confidence: "medium", tags: ["http"], before: 80, after: 2100 }),
  // A dotenv-vault DOTENV_KEY: `dotenv://:key_<64 hex>@dotenv.org/vault/.env.vault?environment=…`, the vault's decryption key.
  r({ id: "dotenv-vault-key", anchored: true, description: "dotenv-vault decryption key (DOTENV_KEY)", keywords: ["dotenv://:key_"],
    pattern: /dotenv:\/\/:(key_[0-9a-f]{64})@/i, entropy: 3.0, placeholder: "standard", severity: "high", confidence: "high", tags: ["saas"], after: 200 }),
  r({ id: "basic-auth-header", anchored: true, description: "HTTP Basic credentials", keywords: ["basic "],
    pattern: /\b[Bb]asic\s{1,4}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/, validate: basicAuthRealistic, exampleAt: basicAuthExample, entropy: 2.5, tags: ["http"] }),
];
