// Deterministic mixed corpus for benchmarks: source code, JSON API bodies, logs, prose,
// minified JS, lockfile lines, and a few secrets (built at run time).

import { mulberry32, pick, randomString } from "../../test/helpers/prng.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

// English as people and models write it: capitals, punctuation, short function words, long words.
const SENTENCES = [
  "The agent reads the repository, runs the tests and proposes a patch for review.",
  "If the build fails on CI, check the logs first; most failures come from a missing environment variable.",
  "We moved the payment service to a new cluster last week, and latency dropped by about 30%.",
  "Can you summarize the open issues in this project and list the ones that block the release?",
  "It is a good idea to rotate credentials every 90 days, and to keep them out of the repository.",
  "The function returns early when the input is empty, so the caller never sees a partial result.",
  "In production, requests are retried up to three times with exponential backoff.",
  "To reproduce the bug, start the server, open the dashboard and click on the export button twice.",
  "I think the migration is safe, but we should run it on a copy of the database first.",
  "Our documentation explains how to configure the proxy, how to trust its certificate and how to read its logs.",
  "The user asked for a shorter answer, so the model trimmed the explanation to two paragraphs.",
  "Dependencies are pinned in the lockfile; upgrading one of them requires a new review.",
  "When the queue is full, new jobs wait until a worker becomes available again.",
  "Please refactor the parser into smaller modules and add tests for the error paths.",
];
const IDENTS = ["config", "request", "response", "handler", "session", "tokenizer", "keyboard", "passwordPolicy", "secretsManager", "authService", "apiClient", "userId", "buffer", "offset", "length", "index", "result", "value", "options", "callback"];

function sourceBlock(rand: () => number): string {
  const a = pick(rand, IDENTS), b = pick(rand, IDENTS), c = pick(rand, IDENTS);
  return `export function ${a}To${b[0]!.toUpperCase()}${b.slice(1)}(${c}: Options): Result {\n  const ${a} = ${c}.${b} ?? defaults.${b};\n  if (!${a}) throw new Error("missing ${b}");\n  // keep the ${c} key stable across retries\n  return { ${a}, token: ${c}.token, key: ${JSON.stringify(randomString(rand, 8))} };\n}\n`;
}

/** A version-4-shaped UUID from the corpus's seeded generator: the corpus is the same text in every run. */
const seededUuid = (rand: () => number) => {
  const h = randomString(rand, 32, "0123456789abcdef");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

function jsonBlock(rand: () => number): string {
  return `${JSON.stringify({ id: seededUuid(rand), model: "example", messages: [{ role: "user", content: Array.from({ length: 3 }, () => pick(rand, SENTENCES)).join(" ") }], max_tokens: 1024, metadata: { session: randomString(rand, 16), sha: randomString(rand, 40, "0123456789abcdef") } })}\n`;
}

// Real traffic is not pure ASCII: names, emoji, other scripts.
const I18N = [
  "Reviewed by José Müller ✅ — ready to merge.",
  "用户反馈：导出按钮点击两次后页面没有响应。",
  "Пользователь сообщает, что отчёт не загружается после обновления.",
  "ログイン後にダッシュボードが空白になります 🙁",
  "Zoë a validé la mise en production à 14 h 30.",
];

function i18nBlock(rand: () => number): string {
  return `${JSON.stringify({ id: seededUuid(rand), author: "Zoë Çelik", comment: pick(rand, I18N), reactions: ["👍", "🎉"] })}\n`;
}

function logBlock(rand: () => number): string {
  return `2026-11-22T10:${String(Math.floor(rand() * 60)).padStart(2, "0")}:00Z INFO request_id=${randomString(rand, 12)} method=POST path=/v1/items/${Math.floor(rand() * 1e6)} status=200 duration_ms=${Math.floor(rand() * 900)} user_agent="curl/8.5.0" auth=ok\n`;
}

function proseBlock(rand: () => number): string {
  return `${Array.from({ length: 5 }, () => pick(rand, SENTENCES)).join(" ")}\n`;
}

function minifiedBlock(rand: () => number): string {
  return `!function(e,t){var n=${JSON.stringify(randomString(rand, 24))},r=e.${pick(rand, IDENTS)}||{};r.k=function(o){return o&&o.key?o.key:n};t.exports=r}(window,module);`;
}

function lockBlock(rand: () => number): string {
  return `    "node_modules/${pick(rand, IDENTS).toLowerCase()}": {\n      "version": "1.${Math.floor(rand() * 20)}.0",\n      "integrity": "sha512-${randomString(rand, 86, ALNUM + "+/")}=="\n    },\n`;
}

/** Builds about `mb` megabytes of mixed text with `secrets` real-shaped secrets spread through it. */
export function buildMixedCorpus(mb: number, secrets = 50, seed = 42, i18n = false): { text: string; planted: number } {
  const rand = mulberry32(seed);
  const parts: string[] = [];
  let size = 0;
  const target = mb * 1024 * 1024;
  const makers = i18n ? [sourceBlock, jsonBlock, logBlock, proseBlock, minifiedBlock, lockBlock, i18nBlock] : [sourceBlock, jsonBlock, logBlock, proseBlock, minifiedBlock, lockBlock];
  const every = Math.max(1, Math.floor(target / 600 / secrets));
  let planted = 0;
  for (let i = 0; size < target; i++) {
    const block = pick(rand, makers)(rand);
    parts.push(block);
    size += block.length;
    if (i % every === every - 1 && planted < secrets) {
      const s = planted % 3 === 0 ? `GITHUB_TOKEN=${"gh" + "p_" + randomString(rand, 36)}\n` : planted % 3 === 1 ? `"api_key": "${"sk-" + "proj-" + randomString(rand, 60)}"\n` : `aws_access_key_id = ${"AK" + "IA" + randomString(rand, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\n`;
      parts.push(s);
      size += s.length;
      planted++;
    }
  }
  return { text: parts.join(""), planted };
}
