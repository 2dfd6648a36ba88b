// Round twenty-seven (held-out Y120's y120-c-027, c-069, l-131): a value echoed (or printf'd) into a
// CLI that stores it under the secret-named variable after its verb (`vercel env add`, `gh secret
// set`, `wrangler secret put`, `convex env set`, `firebase functions:secrets:set`), or given in gh's
// `--body`. Benign: the same verbs with non-secret names, values from files or variables, prompts
// that read the value interactively, placeholders. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x27a004);
const b = builder({ category: "r27-cli-stored-under-name" });
const bb = builder({ category: "r27-cli-stored-under-name-benign" });

b.pos("r27f-vercel-printf", "printf into vercel env add", `printf '%s' '${r.alnum(32)}' | vercel env add STRIPE_WEBHOOK_SECRET production\n`);
b.pos("r27f-vercel-echo", "echo -n into vercel env add", `echo -n "${r.hex(64)}" | vercel env add CMS_API_TOKEN preview\n`);
b.pos("r27f-gh-body", "gh secret set --body", `gh secret set NPM_PUBLISH_TOKEN --repo acme/web --body "${r.alnum(36)}"\n`);
b.pos("r27f-wrangler", "echo into wrangler secret put", `echo "${r.b64url(40)}" | npx wrangler secret put OPENROUTER_API_KEY\n`);
b.pos("r27f-convex-json", "in a tool call's command (JSON)", JSON.stringify({ name: "run_shell", arguments: { command: `printf %s ${r.hex(40)} | npx convex env set CLERK_SECRET_KEY` } }));
b.pos("r27f-firebase", "echo into firebase secrets:set", `echo ${r.alnum(40)} | firebase functions:secrets:set SENDGRID_API_KEY --data-file=-\n`);

bb.ben("r27f-vercel-region", "non-secret variable", `printf '%s' 'eu-central-1' | vercel env add AWS_REGION production\n`);
bb.ben("r27f-vercel-interactive", "value typed at the prompt", `vercel env add STRIPE_SECRET_KEY production\n? What's the value of STRIPE_SECRET_KEY? [hidden]\n`);
bb.ben("r27f-gh-file", "gh secret from a file", `gh secret set DEPLOY_KEY --repo acme/web < ~/.ssh/deploy_key\n`);
bb.ben("r27f-gh-variable", "gh secret from a variable", `gh secret set NPM_TOKEN --body "$NPM_TOKEN"\n`);
bb.ben("r27f-wrangler-placeholder", "documentation placeholder", `echo "<your-api-key>" | npx wrangler secret put OPENAI_API_KEY\n`);
bb.ben("r27f-env-id", "an id stored under an id name", `printf '%s' '${r.hex(32)}' | vercel env add SANITY_PROJECT_ID production\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
