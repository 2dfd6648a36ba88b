// Round thirty-two (found on Y140): a token drawn from lower-case letters and digits (BigCommerce's 31 of
// base36, others' 20 to 64) set apart after the sentence that names it (backticks, a fence, its own line),
// in a chat body and its JSON string. The set-apart reading took mixed case, hex or a prefixed token only.
// Benign: the same sentence before a name, a version, a slug, hex (a commit) or a placeholder.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng } from "./_gen.ts";

const r = new Rng(0x32c4a9);
const b = builder({ category: "r32-r32j-set-apart-lower-draw" });
const bb = builder({ category: "r32-r32j-set-apart-lower-draw-benign" });
// Draws until letters and digits alternate as a random draw's do (a short draw can come out in runs).
const draw = (n: number) => {
  for (;;) {
    const v = r.str(n, LOWER + DIGITS);
    if (/\d/.test(v) && (v.match(/[a-z]\d|\d[a-z]/g) ?? []).length >= Math.max(6, n / 5) + 2) return v;
  }
};
const slack = (text: string) => JSON.stringify({ channel: "C0DEPL0Y01", text });

b.pos("r32j-sal-slack-tick", "Slack body, backticks on their own line", slack(`Here is the storefront API token for the migration job:\n\`${draw(31)}\`\n\nping me once it is in the vault.`));
b.pos("r32j-sal-fence", "fenced block after the sentence", `The access key for the reporting service, as requested:\n\`\`\`\n${draw(40)}\n\`\`\`\n`);
b.pos("r32j-sal-own-line", "value alone on the next line", `Sharing the webhook secret for the payments sandbox:\n${draw(32)}\nplease delete this message after copying.\n`);
b.pos("r32j-sal-inline", "backticks inline after the colon", `new API token for the shop importer: \`${draw(28)}\` (expires in 30 days)\n`);
b.pos("r32j-sal-teams", "Teams HTML body with code", JSON.stringify({ body: { contentType: "html", content: `<p>The integration token you asked for:</p><code>${draw(36)}</code>` } }));
b.pos("r32j-sal-chat-msg", "chat message content", JSON.stringify({ messages: [{ role: "user", content: `Use this auth token for the staging deploy:\n\`${draw(24)}\`` }] }));

bb.ben("r32j-sal-commit", "a commit's hex set apart", slack(`The token refresh fix landed, see the commit:\n\`${r.hex(40)}\``));
bb.ben("r32j-sal-name", "a token's name, words and a year", slack(`Here is the name of the API token we created:\n\`storefrontimporter2025\``));
bb.ben("r32j-sal-version", "a version after a key sentence", `Key rotation shipped in release:\n\`v2024.11.3\`\n`);
bb.ben("r32j-sal-slug", "a slug after a token sentence", `The token is stored under this vault path:\n\`kv/prod/storefront/api-token\`\n`);
bb.ben("r32j-sal-placeholder", "a placeholder", `Put your API token here:\n\`yourtokengoeshere123\`\n`);
bb.ben("r32j-sal-runs", "letters then a number", `The access key id for the bucket:\n\`reportingbucketreader01\`\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
