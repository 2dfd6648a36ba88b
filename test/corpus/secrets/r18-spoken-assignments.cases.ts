// Round eighteen (held-out Y30 classes): a chat or prose instruction that sets a secret-named
// variable to a value ("set VERCEL_TOKEN to X", "setze X auf …", "mets X à …", "X should be …",
// "set the Resend API key to X"); a SQL insert whose column list names an access token and whose
// row holds a long base64 bearer token; a .properties key ending `.token` (`app.depot.token=…`).
// Benign: the same sentences with a number, a word, a template, a reference to a vault, an id or a
// commit hash as the value; an encrypted column; `.token` members in code. Values built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x18a30f01);
const b = builder({ category: "r18-spoken-assignments", expect: "secrets" });
const bb = builder({ category: "r18-spoken-assignments-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const lowerDigits = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < 6) v = r.str(n, LOWER + DIGITS);
  return v;
};
const b64 = (n: number) => Buffer.from(r.bytes(n)).toString("base64");
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content }] });

// ---- An instruction that sets a secret-named variable
b.pos("r18-set-name-to-chat", "chat JSON, set NAME to X in the config", chat(`quick one: please set POSTMARK_SERVER_TOKEN to ${mixed(28)} on staging and restart the worker`));
b.pos("r18-set-name-to-hex", "prose, change NAME to hex", `Can you change the MAILGUN_SIGNING_KEY to ${hex(32)} before tonight's deploy?`);
b.pos("r18-set-name-to-uuid", "prose, update NAME to a UUID", `update HEROKU_API_KEY to ${r.uuid()} in the pipeline settings, the old one is gone`);
b.pos("r18-set-name-to-backticks", "chat, set `NAME` to `X`", chat("set `CLOUDINARY_API_SECRET` to `" + mixed(27) + "` and redeploy"));
b.pos("r18-set-name-prefixed", "prose, use NAME as a lower-case prefixed key", `use PLANETSCALE_SERVICE_TOKEN as pscale_${lowerDigits(40)} for the migration job`);
b.pos("r18-name-should-be", "prose, NAME should be X", `the SENDBIRD_API_TOKEN should be ${mixed(40)} now that we rotated`);
b.pos("r18-name-is-now", "prose, NAME is now X", `FYI SUPABASE_SERVICE_KEY is now ${mixed(36)}; restart the edge functions`);
b.pos("r18-set-de", "German, setze NAME auf X", `Bitte setze den MAILJET_SECRET_KEY auf ${hex(32)} in der Prod-Konfiguration.`);
b.pos("r18-set-fr", "French, mets NAME à X", `Tu peux mettre NETLIFY_AUTH_TOKEN à ${mixed(43)} dans la config de prod ?`);
b.pos("r18-set-es", "Spanish, pon NAME a X", `Pon SHOPIFY_ACCESS_TOKEN a ${mixed(38)} en producción, por favor.`);
b.pos("r18-set-noun-en", "prose, set the Provider API key to X", `could you set the Resend API key to re_${mixed(32)} in the prod env?`);
b.pos("r18-set-noun-es", "Spanish, cambia la clave de Provider a X", `cambia la clave de Algolia a ${hex(32)} en el entorno de producción`);

// ---- SQL insert: an access-token column and a long base64 bearer token
b.pos("r18-sql-access-token-b64", "SQL insert, channel access token column, 172 base64", `INSERT INTO bots (id, name, channel_access_token) VALUES (7, 'support', '${b64(128)}');\n`);
b.pos("r18-sql-access-token-multirow", "SQL insert, two rows, access_token column", `insert into oauth_accounts (user_id, provider, access_token, expires_at)\nvalues\n  (12, 'line', '${b64(129)}', now()),\n  (13, 'line', '${b64(129)}', now());\n`);

// ---- .properties keys ending .token
b.pos("r18-properties-token-prefixed", ".properties, a.b.token=prefix_<hex>", `# application.properties\nserver.port=8080\nintegrations.acme.token=acme_live_${hex(40)}\nlogging.level.root=WARN\n`);
b.pos("r18-properties-token-mixed", ".properties, app.x.token=<mixed>", `spring.application.name=ledger\nclients.pagerduty.token=${mixed(20)}_${mixed(12)}\n`);

// ---- Benign look-alikes
bb.ben("r18-set-number", "set MAX_RETRIES to 5", chat("set MAX_RETRIES to 5 and LOG_LEVEL to debug, then rerun the suite"));
bb.ben("r18-set-word-placeholder", "set API_KEY to your key from the dashboard", "Then set API_KEY to your key from the dashboard and TOKEN_TTL to 3600.");
bb.ben("r18-set-template", "set TOKEN to a GitHub Actions expression", "In the workflow, set NPM_TOKEN to ${{ secrets.NPM_TOKEN }} for the publish step.");
bb.ben("r18-set-vault-ref", "set GITHUB_TOKEN to the value in 1Password", "set GITHUB_TOKEN to the value in 1Password (vault: platform), never paste it here");
bb.ben("r18-set-region", "set AWS_REGION", "set AWS_REGION to eu-west-1 and AWS_PROFILE to staging-admin");
bb.ben("r18-set-commit-sha", "set COMMIT_SHA to a 40-hex commit", `set COMMIT_SHA to ${hex(40)} so the build is reproducible`);
bb.ben("r18-set-deploy-id", "set DEPLOY_ID to a UUID", `set DEPLOY_ID to ${r.uuid()} when you replay the job`);
bb.ben("r18-token-migrate", "from OLD_TOKEN to NEW_TOKEN (names)", "We migrated from LEGACY_API_TOKEN to SERVICE_ACCOUNT_TOKEN_V2_PRODUCTION last sprint.");
bb.ben("r18-set-noun-cache-key", "set the cache key to a build label", "set the cache key to build-linux-x64-node20-pnpm-lockfile-v3 in the CI config");
bb.ben("r18-set-de-env", "German, setze NAME auf eine Variable", "Setze den SENTRY_AUTH_TOKEN auf ${SENTRY_AUTH_TOKEN_CI} in der Pipeline.");
bb.ben("r18-sql-encrypted-column", "SQL insert, encrypted access token column", `INSERT INTO bots (id, encrypted_access_token) VALUES (7, '${b64(128)}');\n`);
bb.ben("r18-properties-token-ref", ".properties, .token=${ENV}", "app.depot.token=${DEPOT_TOKEN}\napp.cache.token=short\n");
bb.ben("r18-js-member-token", "JS, a member .token assigned", `session.token=response.data.accessTokenValueFromServer;\nconsole.log(session.token)\n`);
export const cases = [...b.cases, ...bb.cases];
