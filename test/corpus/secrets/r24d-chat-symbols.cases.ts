// Round twenty-four, fourth wave (held-out Y98/Y99, measured before this fix): a generated password
// with symbols handed over in chat — named in a sentence before a colon ("this is the key from the
// dashboard: …V!p2…"), or after a hand-over phrase ("can you try with this one? …Uk8<cOK:rj… — it's
// the Oracle auth token"), the token run stopping at its first mark; an application password in its
// groups of four after the phrase; and Helm's `checksum/secret: <sha256>` annotation, a digest under
// a digest path's name. Benign: code and expressions after the phrases, digests under checksum/,
// hash/ and sha256/ names. Values built at run time.
import { builder, Rng, ALNUM, HEX, UPPER, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x24d5e3c);
const b = builder({ category: "r24d-chat-symbols", expect: "secrets" });
const bb = builder({ category: "r24d-chat-symbols-benign" });

const hex = (n: number) => r.str(n, HEX);
/** A random draw of all four classes with `marks` symbols from `set` at random places, no five-letter run. */
const drawn = (n: number, marks: number, set: string) => {
  for (;;) {
    const a = r.str(n - marks, ALNUM).split("");
    for (let i = 0; i < marks; i++) a.splice(1 + r.int(a.length - 1), 0, r.str(1, set));
    const v = a.join("");
    if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !/[a-z]{5}|[A-Z]{5}/.test(v) && !/[^A-Za-z0-9]{2}/.test(v) && /^[A-Za-z0-9]/.test(v) && /[A-Za-z0-9]$/.test(v)) return v;
  }
};
const groups = (k: number) => {
  for (;;) {
    const g = Array.from({ length: k }, () => r.str(4, UPPER + LOWER + DIGITS));
    if (g.filter((x) => /[A-Z0-9]/.test(x.slice(1))).length >= k - 1) return g.join(" ");
  }
};

b.pos("r24d-from-dashboard-bang", "'this is the key from the dashboard: <19 with one !>'",
  `my Databricks password calls keep failing with 401, this is the key from the console: ${drawn(19, 1, "!")}\ncould you look at the header?`);
b.pos("r24d-password-colon-hash", "'the password for the replica: <draw with # and %>' in a chat line",
  `[09:12] tom: the password for the read replica: ${drawn(22, 2, "#%")} (rotate after the migration)`);
b.pos("r24d-token-is-at", "'the new Fivetran token is <draw with @ and &>'",
  `fyi the new Fivetran token is ${drawn(24, 2, "@&")}, the old one expires tonight`);
b.pos("r24d-try-angle-colon", "'can you try with this one? <draw with < and :> — it's the OCI auth token'",
  `deploys are red again. can you try with this one? ${drawn(20, 2, "<:")} — it's the OCI auth token from the team vault`);
b.pos("r24d-try-parens-plus", "'try this one: <draw with ( + ;>' after naming the Oracle token",
  `the oracle auth token expired overnight.\ntry this one: ${drawn(20, 3, "(+;")}`);
b.pos("r24d-prueba-esta-symbols", "Spanish: 'prueba con esta: <draw>' under the token named",
  `el token de Oracle caducó otra vez, prueba con esta: ${drawn(20, 2, ">)")} y me dices`);
b.pos("r24d-try-groups-wp", "'can you try with this one? <6 groups of 4> — it's the WordPress application password'",
  `publishing from CI fails. can you try with this one? ${groups(6)} — it's the WordPress application password for the bot user`);
b.pos("r24d-use-new-groups", "'use the new one: <6 groups>' after the app password named",
  `the wp app password got revoked, use the new one: ${groups(6)}`);

bb.ben("r24d-try-generic-code", "'try with this one? foo<T>(x)' (code)", "the api token parser is generic now, can you try with this one? parse<Token>(raw).unwrap() and tell me");
bb.ben("r24d-here-comparison", "'here: a<b && c>d' under a key named", "the key comparison is wrong, here: a<b && c>d should be a<=b || c>=d");
bb.ben("r24d-try-type-sig", "'try this one: Map<String,List<Secret>>::new' after a secret named", "the secret cache type is off, try this one: Map<String,List<SecretRef>>::new");
bb.ben("r24d-try-groups-words", "'try with this one? <four-letter words>' after a token named", "the token prompt is confusing, can you try with this one? Make sure your code runs fast then ship");
bb.ben("r24d-key-is-email", "'the key is owned by <email>'", "the signing key is: release.engineering42@example.com owns it");
bb.ben("r24d-password-is-shell", "'the password is $(cat …)' in prose", "the password is $(cat /run/secrets/db_password) in the entrypoint, not an env var");
bb.ben("r24d-helm-checksum", "Helm checksum/config and checksum/secret annotations",
  `spec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: ${hex(64)}\n        checksum/secret: ${hex(64)}\n        checksum/tls-key: ${hex(64)}`);
bb.ben("r24d-hash-path-json", "JSON map of hash/<secret name> digests", `{"hash/api_key": "${hex(64)}", "hash/private_key": "${hex(40)}"}`);
bb.ben("r24d-sha256-path-env", "sha256/ names in a manifest", `sha256/client_secret=${hex(64)}\nmd5/secret.env=${hex(32)}`);
b.pos("r24d-secret-not-under-digest", "a secret named under a non-digest path (config/secret) stays a finding",
  `annotations:\n  vault/secret: ${hex(64)}\n  config/api_key: ${hex(64)}`);
export const cases = [...b.cases, ...bb.cases];
