// Round fourteen: two false-positive classes and the positives that must stay found.
// 1. A provider prefix that is the tail of another token's prefix (`live_` / `test_` inside
//    Stripe's publishable `pk_live_` / `pk_test_`, `key-` after a name's `_`) is not that
//    provider's token; and a token cut at a line's end does not run on into the next line's
//    `NAME=value` assignment (a .env pasted into a JSON string, its lines joined by `\n` escapes).
// 2. A commit-signing key named by its public identity (a GPG key id or fingerprint, an SSH public
//    key or the path of its .pub file) is public; an HMAC or webhook signing secret is not.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, B64URL } from "./_gen.ts";

const r = new Rng(0x14_7a11);
const b = builder({ category: "r14-tail-prefix-signing", expect: "secrets" });
const bb = builder({ category: "r14-tail-prefix-signing-benign", expect: "secrets" });

/** Letters and digits with a digit in them (the shape the provider rules validate). */
const an = (n: number) => r.str(n - 1, ALNUM) + r.str(1, "0123456789");
const pkLive = () => ["pk", "live", ""].join("_");
const pkTest = () => ["pk", "test", ""].join("_");
const live = () => ["live", ""].join("_");
const test = () => ["test", ""].join("_");
const chat = (content: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content }] });
const UPPERHEX = HEX.toUpperCase();

// ---- 1. prefixes that are tails of another prefix
bb.ben("r14-pk-live-30-env", "Stripe publishable key whose body is 30 characters: not a Mollie key inside it",
  `VITE_STRIPE_PK=${pkLive()}${an(30)}\nVITE_API_BASE=/api`);
bb.ben("r14-pk-test-43-ts", "Stripe publishable test key in front-end code: not a YooKassa test_ key inside it",
  `export const stripe = loadStripe("${pkTest()}${r.str(20, ALNUM)}${r.str(22, ALNUM)}9");`);
bb.ben("r14-pk-live-40-json", "Stripe publishable key of 40 characters in a JSON config: not a GoCardless live_ token",
  JSON.stringify({ stripe: { publishableKey: pkLive() + r.str(13, ALNUM.slice(26, 52)) + r.str(13, ALNUM.slice(0, 26)) + r.str(13, ALNUM) + "7" }, currency: "eur" }, null, 2));
bb.ben("r14-pk-live-35-hex-yaml", "a publishable key of 35 hex after pk_live_: not a Lob live_ key",
  `checkout:\n  publishable_key: ${pkLive()}${r.hex(34)}7\n  locale: de-DE`);
bb.ben("r14-cache-key-hex", "a cache key named with `_key-` and a digest: not a Mailgun key-",
  `DEBUG cache hit bucket=assets entry=asset_cache_key-${r.hex(32)} ttl=3600`);
bb.ben("r14-client-token-runs-on-env", "a short client-side token whose line end meets the next NAME=value line",
  `PADDLE_CLIENT_TOKEN=${live()}${r.hex(27)}\nENV=staging\nLOG_LEVEL=info`);
bb.ben("r14-client-token-runs-on-json", "the same .env pasted into a chat message: the \\n escape is no part of the token",
  chat(`these are the public settings, fine to share:\n\nNEXT_PUBLIC_PADDLE_TOKEN=${live()}${r.hex(27)}\nTAG=v2.14.0\nREGION=eu-central-1\n`));
bb.ben("r14-pk-live-chat-env", "a publishable key in a .env pasted into a chat message, the next line an assignment",
  chat(`my frontend .env:\nPUBLIC_STRIPE_KEY=${pkLive()}${an(21)}\nBUILDHASH=${r.hex(8)}\nPUBLIC_URL=https://shop.example.org\n`));

b.pos("r14-mollie-env", "a Mollie live key in a .env line", `MOLLIE_API_KEY=${live()}${an(30)}\nMOLLIE_PROFILE=main`, undefined, "mollie-api-key");
b.pos("r14-mollie-chat", "a Mollie live key in a .env pasted into a chat message", chat(`why does this fail?\nMOLLIE_KEY=${live()}${an(30)}\nAPP_ENV=prod\n`), undefined, "mollie-api-key");
b.pos("r14-yookassa-php", "a YooKassa secret key in PHP", `$client->setAuth('${r.digits(6)}', '${test()}${r.str(20, ALNUM)}${r.str(22, B64URL.replace("_", ""))}7');`, undefined, "yookassa-secret-key");
b.pos("r14-gocardless-yaml", "a GoCardless live access token in YAML", `gocardless:\n  access_token: ${live()}${r.str(13, ALNUM.slice(0, 26))}${r.str(13, ALNUM.slice(26, 52))}${r.str(13, ALNUM)}4\n`, undefined, "gocardless-access-token");
b.pos("r14-lob-json", "a Lob live key in JSON", JSON.stringify({ lob: { apiKey: live() + r.hex(34) + "7" } }), undefined, "lob-api-key");
b.pos("r14-mailgun-env", "a Mailgun key- after =", `MAILGUN_API_KEY=key-${r.hex(32)}`, undefined, "mailgun-api-key");
b.pos("r14-split-bare-lines", "a token split over bare lines in a chat message still joins",
  chat(`the ops key, in two halves:\n${live()}${an(15)}\n${an(15)}\nthanks`), undefined, "mollie-api-key");

// ---- 2. signing keys by their public identity
bb.ben("r14-gitconfig-signingkey-fpr", "git config user.signingkey: a GPG fingerprint",
  `[user]\n\tname = Ada Example\n\temail = ada@example.org\n\tsigningkey = ${r.str(40, UPPERHEX)}\n[commit]\n\tgpgsign = true\n`);
bb.ben("r14-gitconfig-signingkey-ssh", "git config user.signingkey: an SSH public key",
  `[gpg]\n\tformat = ssh\n[user]\n\tsigningkey = ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(43, ALNUM)} ada@laptop\n`);
bb.ben("r14-gitconfig-signingkey-pub-path", "git config user.signingkey: the path of a .pub file",
  `git config --global gpg.format ssh\ngit config --global user.signingkey=~/.ssh/id_ed25519_signing.pub\n`);
bb.ben("r14-ci-gpg-signing-key-id", "a CI variable holding a GPG signing key's long id",
  `env:\n  GPG_SIGNING_KEY: "${r.str(16, UPPERHEX)}"\n  GPG_PASSPHRASE: \${{ secrets.GPG_PASSPHRASE }}\n`);
bb.ben("r14-signing-key-0x-id", "a release script's signing key id with 0x",
  `RELEASE_SIGNING_KEY=0x${r.str(16, UPPERHEX)}\ngpg --local-user "$RELEASE_SIGNING_KEY" --detach-sign dist.tar.gz`);
bb.ben("r14-json-gpg-signing-key-lower", "a JSON setting naming GPG and holding a fingerprint in lower case",
  JSON.stringify({ "git.enableCommitSigning": true, gpgSigningKey: r.hex(40) }, null, 2));

b.pos("r14-hmac-signing-key", "an HMAC signing key (64 hex) stays flagged", `SIGNING_KEY=${r.hex(64)}`, undefined, "generic-secret-assignment");
b.pos("r14-jwt-signing-key-40", "a JWT signing key of 40 lower-case hex, the name not GPG's", `jwt:\n  signing_key: "${r.hex(39)}a"\n`, undefined, "generic-secret-assignment");
b.pos("r14-webhook-signing-secret", "a webhook signing secret stays flagged", `WEBHOOK_SIGNING_SECRET=${r.str(31, ALNUM)}9`, undefined, "generic-secret-assignment");
b.pos("r14-signing-key-b64", "a signing key in base64 stays flagged", `const signingKey = "${r.b64bytes(32)}";`, undefined, "generic-secret-assignment");

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
