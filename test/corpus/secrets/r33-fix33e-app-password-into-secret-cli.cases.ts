// Round thirty-three (fix33e): an app password (Bluesky's `xxxx-xxxx-xxxx-xxxx`, drawn from a-z
// and 2-7, so often with only one or two digits) given as a literal to a CLI that stores it under
// a secret-named variable: piped into `vercel env add NAME`, `wrangler secret put NAME`, `gh secret
// set NAME`, or a `--body`. The app-password name vouches for the dashed shape. Benign: a variable
// reference or a file piped in, a placeholder, a non-secret name, and word slugs of the same shape.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x33e002);
const b = builder({ category: "r33-fix33e-app-password-into-secret-cli" });
const bb = builder({ category: "r33-fix33e-app-password-into-secret-cli-benign" });
/** Four groups from Bluesky's alphabet, with at most one digit and at least one vowel-free group. */
const lowDigit = () => {
  const consonants = "bcdfghjklmnpqrstvwxz";
  const g = () => r.str(4, consonants);
  return [g(), `${r.str(1, consonants)}${r.str(1, "234567")}${r.str(2, consonants)}`, `${r.str(2, consonants)}${r.str(1, "aeiou")}${r.str(1, consonants)}`, g()].join("-");
};

b.pos("fix33e-bsky-vercel", "app password piped into vercel env add", `printf '%s' '${lowDigit()}' | vercel env add BSKY_APP_PASSWORD production\n`);
b.pos("fix33e-bsky-wrangler", "app password echoed into wrangler secret put", `echo "${lowDigit()}" | npx wrangler secret put BLUESKY_APP_PASSWORD --env production\n`);
b.pos("fix33e-bsky-gh-body", "app password in gh secret set --body", `gh secret set ATPROTO_APP_PASSWORD --body "${lowDigit()}" --repo feedgen/bot\n`);
b.pos("fix33e-bsky-tool-call", "app password in an agent's shell tool call", JSON.stringify({ tool: "bash", input: { command: `printf %s '${lowDigit()}' | vercel env add BOT_APP_PASSWORD preview` } }));
b.pos("fix33e-bsky-makefile", "Makefile recipe storing the app password", `deploy-secrets:\n\techo -n '${lowDigit()}' | wrangler secret put BSKY_APP_PASSWORD\n`);
b.pos("fix33e-bsky-dotenv", "app password in .env", `BSKY_HANDLE=bot.example.social\nBSKY_APP_PASSWORD=${lowDigit()}\n`);
b.pos("fix33e-bsky-yaml", "app password in a compose file", `services:\n  poster:\n    environment:\n      BLUESKY_APP_PASSWORD: "${lowDigit()}"\n`);

bb.ben("fix33e-bsky-var", "variable piped in", `printf '%s' "$BSKY_APP_PASSWORD" | vercel env add BSKY_APP_PASSWORD production\n`);
bb.ben("fix33e-bsky-file", "file redirected in", `vercel env add BSKY_APP_PASSWORD production < ./secrets/bsky.txt\n`);
bb.ben("fix33e-bsky-placeholder", "placeholder app password", `echo "xxxx-xxxx-xxxx-xxxx" | wrangler secret put BSKY_APP_PASSWORD\n`);
bb.ben("fix33e-bsky-public-name", "non-secret name", `printf '%s' 'feed-bot-demo-site' | vercel env add NEXT_PUBLIC_SITE_SLUG production\n`);
bb.ben("fix33e-bsky-word-slug", "word slug of the same shape", `BSKY_APP_PASSWORD_LABEL=main-line-test-case\n`);
bb.ben("fix33e-bsky-subshell", "value from a command", `printf '%s' "$(cat ~/.config/bsky/app-password)" | vercel env add BSKY_APP_PASSWORD production\n`);
bb.ben("fix33e-bsky-handle", "handle piped into a non-secret name", `printf '%s' 'news.example.social' | vercel env add BSKY_HANDLE production\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
