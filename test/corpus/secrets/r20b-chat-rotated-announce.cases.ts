// Round twenty, second wave (held-out Y42/Y43/Y44 class): a team chat message announcing a rotated
// credential: its values alone on the lines after "new ones:" ("@channel rotated the Plivo creds
// for prod. new ones:\n<id>\n<token>"), a Django key after "new one is", or a secret-named variable
// "changed to" / "is now" / "set to" / "updated to" its value. Benign: the same phrases for a build
// cache, a commit, a region, a release id, a version, a webhook URL, a publishable key or a go.sum
// hash. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, DIGITS } from "./_gen.ts";

const r = new Rng(0x20b0c2a7);
const b = builder({ category: "r20b-chat-rotated-announce", expect: "secrets" });
const bb = builder({ category: "r20b-chat-rotated-announce-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const lowerAlnum = (n: number) => r.str(n, "abcdefghijklmnopqrstuvwxyz0123456789");
const upperAlnum = (n: number) => r.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const django = () => {
  let v = r.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)");
  while (!/[!@#%^&*(=+)]/.test(v) || !/\d/.test(v) || /\$\(/.test(v)) v = r.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)");
  return v;
};

b.pos("r20b-new-ones-single", "rotated the Postmark server token, new one:\\nX", `@here regenerated the Postmark server token this morning. new one:\n${mixed(36)}\nping me if mail stops`);
b.pos("r20b-new-ones-pair", "rotated the Twilio creds, new ones:\\n<upper id>\\n<mixed secret>", `[09:12] dev-bot: rotated the Twilio API creds for staging, new ones:\n${upperAlnum(20)}\n${mixed(40)}\nplease refresh your .env.local`);
b.pos("r20b-new-ones-prefixed", "rotated the Mailgun key, new creds:\\nkey-<hex>", `heads up team, rotated the Mailgun API key for prod. new creds:\n  key-${hex(32)}\nupdate the secret store too`);
b.pos("r20b-new-ones-de", "German, Schlüssel rotiert, die neuen:\\nX", `kurze Info: ich habe den Stripe-Schlüssel für prod rotiert, die neuen:\n${mixed(32)}\nbitte lokal eintragen`);
b.pos("r20b-django-rotated", "Django SECRET_KEY rotated, new one is <django key>", `fyi the staging django secret key got rotated after the leak, new one is ${django()} — restart gunicorn after updating`);
b.pos("r20b-changed-to-hex", "SENDGRID_API_KEY on prod changed to 32 hex", `quick heads up: SENDGRID_API_KEY on prod changed to ${hex(32)}, pls update your local env`);
b.pos("r20b-is-now-mixed", "`HUBSPOT_PRIVATE_TOKEN` is now X", `fyi \`HUBSPOT_PRIVATE_TOKEN\` in the preview env is now ${mixed(40)} after the rotation`);
b.pos("r20b-set-to-prefixed", "PADDLE-like prefixed key: BILLING_API_KEY set to vendor_live_apikey_<random>", `ok, BILLING_API_KEY for sandbox set to acme_test_apikey_${lowerAlnum(48)} — let me know if webhooks fail`);
b.pos("r20b-updated-to-quoted", "the JWT_SECRET on dev updated to 'X'", `the JWT_SECRET on dev updated to '${mixed(44)}' so old sessions are gone`);
b.pos("r20b-changed-to-fr", "French, SLACK_BOT_TOKEN est maintenant X", `petite info : SLACK_BOT_TOKEN en préprod est maintenant ${mixed(36)}, pensez à mettre à jour votre .env`);

bb.ben("r20b-new-ones-build-cache", "rotated the build cache, new ones:\\n<40 hex commit>", `@channel rotated the build cache for prod, new ones:\n${hex(40)}\nCI should be faster now`);
bb.ben("r20b-new-ones-key-ids", "rotated the signing keys, new key ids:\\n...: the message says id", `rotated the signing keys on staging — the key ids of the new ones:\n${hex(40)}\n${hex(40)}`);
bb.ben("r20b-deploy-sha", "DEPLOY_SHA on staging changed to 40 hex", `heads up, DEPLOY_SHA on staging changed to ${hex(40)} — redeploy if you see drift`);
bb.ben("r20b-region", "REGION on staging changed to eu-west-1", `heads up, AWS_REGION on staging changed to eu-west-1 — can you update your local .env`);
bb.ben("r20b-release-id", "RELEASE_ID changed to a UUID", `fyi RELEASE_ID changed to ${uuid()} after the hotfix`);
bb.ben("r20b-version", "creds rotated, new one is v2.4.1", `the API token creds rotated last week, new one is v2.4.1 of the client`);
bb.ben("r20b-webhook-url", "the webhook URL changed to https://…", `the webhook URL changed to https://hooks.example.com/services/ingest/${r.str(6, DIGITS)} — no secret in it`);
bb.ben("r20b-commit-changed", "GIT_COMMIT changed to 40 hex", `note: GIT_COMMIT in the build env changed to ${hex(40)} when I rebased`);
bb.ben("r20b-publishable", "creds rotated, new one is pk_live_…", `hey, prod Stripe creds rotated this morning, new one is pk_live_${mixed(99)} - update the checkout page`);
bb.ben("r20b-gosum", "creds rotated, new one is h1:<base64>=", `yo, the vendored module creds rotated, new one is h1:${Buffer.from(r.bytes(32)).toString("base64").slice(0, 43)}= - go mod tidy`);
bb.ben("r20b-set-to-code", "code comment: API_KEY is set to process.env value", `// the API_KEY is set to process.env.STRIPE_API_KEY when running locally`);
bb.ben("r20b-key-id-changed", "SIGNING_KEY_ID changed to 32 hex", `heads up, SIGNING_KEY_ID on staging changed to ${hex(32)} — the JWKS has both`);
export const cases = [...b.cases, ...bb.cases];
