// Round twenty-three: an age secret key off its documented shape (issue 24, class 2). The prefix
// AGE-SECRET-KEY-1 is distinctive; a body with letters outside bech32's alphabet (B, I, O, 1) or a
// few characters short or long is a truncated, retyped or mangled key, still leaking outbound.
// Benign: the public recipient (age1…), placeholders and a documentation ellipsis. Every
// credential-shaped value is built at run time.
import { builder, Rng, DIGITS, UPPER } from "./_gen.ts";

const r = new Rng(0x23a9e011);
const b = builder({ category: "r23-age-near", expect: "secrets" });
const bb = builder({ category: "r23-age-near-benign" });
const PREFIX = "AGE-SECRET" + "-KEY-1";
const body = (n: number) => {
  let v = r.str(n, UPPER + DIGITS);
  while (!/\d/.test(v) || !/[BIO1]/.test(v)) v = r.str(n, UPPER + DIGITS);
  return v;
};
const recipient = () => `age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`;

b.pos("r23-age-ini-offalphabet", "INI: sops_age_key with a body outside bech32's alphabet", `[integration]\nsops_age_key = ${PREFIX}${body(58)}\nretries = 3\n`);
b.pos("r23-age-env-short", "dotenv: SOPS_AGE_KEY three characters short", `SOPS_AGE_KEY=${PREFIX}${body(55)}\nSOPS_CONFIG=.sops.yaml\n`);
b.pos("r23-age-chat-long", "chat: a key pasted with two extra characters", `{"role":"user","content":"here is the age key for the staging vault: ${PREFIX}${body(60)} — decrypt secrets.enc.yaml with it"}`);
b.pos("r23-age-yaml", "YAML: a keys file entry, off alphabet", `creation_rules:\n  - path_regex: secrets/.*\nkeys:\n  ci: ${PREFIX}${body(58)}\n`);

bb.ben("r23-age-recipient", "the public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\n    age: ${recipient()}\n`);
bb.ben("r23-age-placeholder-x", "placeholder of X's in a README", `Put your key in keys.txt:\n\n    ${PREFIX}${"X".repeat(58)}\n`);
bb.ben("r23-age-ellipsis", "documentation with an ellipsis", `An age identity looks like ${PREFIX}… and starts with the prefix shown; never commit it.\n`);
bb.ben("r23-age-env-ref", "env reference, no value", `SOPS_AGE_KEY_FILE=$HOME/.config/sops/age/keys.txt\nSOPS_AGE_KEY=\${SOPS_AGE_KEY}\n`);

export const cases = [...b.cases, ...bb.cases];
