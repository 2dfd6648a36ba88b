// Round twenty-nine, after the final Y128 (its three misses and two false positives): (1) a Django
// key handed over in a sentence, on its line or alone on the next (its parentheses ended the prose
// reading's value); (2) a symmetric JSON Web Key (`kty: oct`, its `k`); (3) Redis's `AUTH [user]
// password` in redis-cli's history or a session; (4) an age-encrypted file (armored or base64) is
// ciphertext, not binary with strings to search; (5) wallet addresses the text calls public.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64URL, builder, eip55, mnemonic, Rng } from "./_gen.ts";

const r = new Rng(0x29f128);
const d = builder({ category: "r29-django-key-in-prose" });
const db = builder({ category: "r29-django-key-in-prose-benign" });
const j = builder({ category: "r29-jwk-symmetric" });
const jb = builder({ category: "r29-jwk-symmetric-benign" });
const a = builder({ category: "r29-redis-auth" });
const ab = builder({ category: "r29-redis-auth-benign" });
const c = builder({ category: "r29-age-ciphertext-and-public-wallets" });
const cb = builder({ category: "r29-age-ciphertext-and-public-wallets-benign" });

const DJ = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
/** A Django key as get_random_secret_key() draws it, with a parenthesis in it. */
const django = () => { const k = r.str(49, DJ); return k.slice(0, 20) + "(" + k.slice(20); };
const slack = (text: string) => JSON.stringify({ channel: "D0" + r.str(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), text });
const chat = (text: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: text }] });

d.pos("r29y8-dj-next-line", "Slack DM, the key alone on the next line", slack(`Here's the django secret key for prod you wanted, please don't paste it anywhere:\n${django()}`));
d.pos("r29y8-dj-same-line", "chat, the key after 'is'", chat(`the Django secret key on staging is ${django()} if you need to reproduce`));
d.pos("r29y8-dj-blank-line", "issue comment, a blank line before the key", `Rotated the Django secret key, new value below:\n\n${django()}\n\nPlease update the vault.`);
d.pos("r29y8-dj-german", "German chat, lautet", chat(`Der neue Django Secret Key lautet ${django()}`));
d.pos("r29y8-dj-colon", "a note with a colon", `django secret key for prod: ${django()}`);
d.pos("r29y8-dj-spanish", "Spanish, es", chat(`La secret key de Django en producción es ${django()}`));

db.ben("r29y8-djb-format", "the key's alphabet described", `Django's SECRET_KEY is 50 characters drawn from a-z, 0-9 and !@#$%^&*(-_=+).`);
db.ben("r29y8-djb-placeholder", "a placeholder in a sentence", `The Django secret key is: <generate with get_random_secret_key()>`);
db.ben("r29y8-djb-command", "how to make one", `Generate a new Django secret key with: python -c 'from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())'`);
db.ben("r29y8-djb-hash", "a digest of the key, labelled", `Django secret key fingerprint (sha256): ${r.hex(64)}`);
db.ben("r29y8-djb-setting", "a reference to the environment", `The Django secret key is read from the environment: SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`);
db.ben("r29y8-djb-code", "a call in parentheses in prose", `the key (see settings.get_secret_key(env)) is loaded at startup from the vault`);

const k = (n: number) => Buffer.from(r.bytes(n)).toString("base64url");
j.pos("r29y8-jwk-hs512", "an auth service's signing JWK", JSON.stringify({ issuer: "https://auth.example.org", signing: { alg: "HS512", jwk: { kty: "oct", kid: "2026-02", k: k(64) } } }, null, 2));
j.pos("r29y8-jwk-k-first", "k before kty", `{"k":"${k(32)}","kty":"oct","alg":"HS256","use":"sig"}`);
j.pos("r29y8-jwk-aeskw", "an AES key-wrap key in a JWK set", JSON.stringify({ keys: [{ kty: "oct", kid: "wrap-1", alg: "A256KW", k: k(32) }] }));
j.pos("r29y8-jwk-yaml", "a JWK in YAML config", `jwt:\n  key:\n    kty: oct\n    alg: HS256\n    k: ${k(32)}\n`);
j.pos("r29y8-jwk-tool", "a JWK written by a tool call", JSON.stringify({ name: "write_file", arguments: { path: "config/jwk.json", content: JSON.stringify({ kty: "oct", k: k(48) }) } }));
j.pos("r29y8-jwk-env", "a JWK in an env var", `JWT_SIGNING_JWK='{"kty":"oct","kid":"main","k":"${k(32)}"}'`);

jb.ben("r29y8-jwkb-rsa-public", "a public RSA JWK", JSON.stringify({ kty: "RSA", kid: "r1", use: "sig", n: k(256), e: "AQAB" }));
jb.ben("r29y8-jwkb-placeholder", "an oct JWK with a placeholder", `{"kty":"oct","kid":"k1","k":"<base64url-encoded key>"}`);
jb.ben("r29y8-jwkb-ec-public", "a public EC JWK", JSON.stringify({ kty: "EC", crv: "P-256", x: k(32), y: k(32) }));
jb.ben("r29y8-jwkb-not-jwk", "a k field in something else", JSON.stringify({ k: r.str(30, B64URL), v: 3, kind: "cursor" }));
jb.ben("r29y8-jwkb-doc", "docs on oct keys", `A symmetric JWK has "kty": "oct" and carries the key in "k" (base64url). Never publish it in a JWKS endpoint.`);
jb.ben("r29y8-jwkb-okp-public", "a public OKP JWK", JSON.stringify({ kty: "OKP", crv: "Ed25519", x: k(32) }));

const pw = () => r.alnum(32);
a.pos("r29y8-redis-history", "redis-cli history read by a tool", JSON.stringify({ content: [{ type: "text", text: `$ cat ~/.rediscli_history\nINFO keyspace\nAUTH default ${pw()}\nSCAN 0 MATCH cart:*\n` }] }));
a.pos("r29y8-redis-prompt", "a redis-cli session", `127.0.0.1:6379> AUTH ${pw()}\nOK\n127.0.0.1:6379> DBSIZE\n(integer) 4182`);
a.pos("r29y8-redis-acl-user", "AUTH with an ACL user", `redis.example.net:6380> AUTH app-reader ${r.alnum(12)}${r.pick(["!", "#", "%"])}${r.alnum(8)}\nOK`);
a.pos("r29y8-redis-lower", "a lower-case auth in history", `ping\nauth ${pw()}\nkeys session:*\n`);
a.pos("r29y8-redis-cluster-prompt", "a cluster node's prompt with a db index", `10.0.4.12:6379[2]> AUTH ops ${pw()}\nOK`);
a.pos("r29y8-redis-log-in-chat", "a pasted session in a chat", chat(`why is this slow?\n\n127.0.0.1:6379> AUTH default ${pw()}\nOK\n127.0.0.1:6379> KEYS *\n`));

ab.ben("r29y8-redisb-var", "AUTH from a variable", `auth $REDIS_PASSWORD\nping`);
ab.ben("r29y8-redisb-placeholder", "docs with a placeholder", `AUTH <password>\nAUTH <username> <password>`);
ab.ben("r29y8-redisb-smtp-plain", "SMTP AUTH PLAIN without a password", `C: AUTH PLAIN ${Buffer.from("\0alerts@example.com\0").toString("base64")}\nS: 535 failed`);
ab.ben("r29y8-redisb-smtp-login", "SMTP AUTH LOGIN", `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6`);
ab.ben("r29y8-redisb-prose", "auth as a word at a line's start", `auth middleware runs before the router\nauth tokens are refreshed by the client`);
ab.ben("r29y8-redisb-mask", "a masked history line", `AUTH default ********\nINFO`);

const ageFile = () => {
  const body = Buffer.concat([Buffer.from(`age-encryption.org/v1\n-> X25519 ${r.str(43, ALNUM + "+/")}\n${r.str(43, ALNUM + "+/")}\n--- ${r.str(43, ALNUM + "+/")}\n`, "latin1"), Buffer.from(r.bytes(180))]).toString("base64");
  return body.match(/.{1,64}/g)!.join("\n");
};
cb.ben("r29y8-age-armored", "an armored age file", `-----BEGIN AGE ENCRYPTED FILE-----\n${ageFile()}\n-----END AGE ENCRYPTED FILE-----`);
cb.ben("r29y8-age-in-json", "an age file as base64 in a tool call", JSON.stringify({ name: "upload", arguments: { filename: "secrets.env.age", content_base64: ageFile().replace(/\n/g, "") } }));
cb.ben("r29y8-age-in-chat", "an armored age file in a chat", chat(`can you check this decrypts? -----BEGIN AGE ENCRYPTED FILE-----\n${ageFile()}\n-----END AGE ENCRYPTED FILE-----`));
const eth = () => eip55(r.hex(40));
cb.ben("r29y8-wallet-footer", "public addresses for an invoice footer", chat(`Our public addresses for the invoice footer:\nETH: ${eth().toLowerCase()}\nUSDC (ETH): ${eth().toLowerCase()}`));
cb.ben("r29y8-wallet-donate", "a README's public donation wallet", `## Support\nPublic donation wallet (ETH/Polygon): ${eth().toLowerCase()}`);
cb.ben("r29y8-wallet-public-addr", "a public address in a support mail", `Hi, my public wallet address for the payout is ${eth().toLowerCase()}, thanks!`);

c.pos("r29y8-wallet-private-beside", "a private key beside a public address label", `Public address: ${eth()}\nPrivate key: 0x${r.hex(64)}`);
c.pos("r29y8-wallet-seed-beside", "a seed phrase beside a public address", chat(`public address ${eth()} — recovery phrase: ${mnemonic(r, 12)}`));
c.pos("r29y8-binary-token", "a token in base64 binary (not age)", JSON.stringify({ blob: Buffer.concat([Buffer.from(r.bytes(40)), Buffer.from(`ghp_${r.alnum(36)}`, "latin1"), Buffer.from(r.bytes(40))]).toString("base64") }));
c.pos("r29y8-age-key", "an age identity (secret key) beside an age file", `# created: 2026-01-02\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nAGE-SECRET-KEY-1${r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}`);
c.pos("r29y8-env-then-age", "an .env in plaintext sent with its age copy's name", `# secrets.env (before encrypting to secrets.env.age)\nSTRIPE_SECRET_KEY=sk_live_${r.alnum(24)}\n`);
c.pos("r29y8-wallet-private-json", "a keystore with a private key and a public label", JSON.stringify({ public_address: eth(), private_key: r.hex(64) }));

export const cases: CorpusCase[] = [...d.cases, ...db.cases, ...j.cases, ...jb.cases, ...a.cases, ...ab.cases, ...c.cases, ...cb.cases];
