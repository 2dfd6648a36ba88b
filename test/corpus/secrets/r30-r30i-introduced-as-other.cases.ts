// Round thirty (found by the fixers): a sentence about a credential whose value is introduced as something else, a
// commit, a policy, a format or a rule ("the API key rotation landed, see the commit below: `<sha>`", "the password
// policy is below: `…`"). The noun is a topic or the words before the value name another thing. Positives: the
// same sentences handing over the credential itself, the noun's purpose naming a tag or a build.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30a1e6);
const b = builder({ category: "r30-r30i-introduced-as-other" });
const bb = builder({ category: "r30-r30i-introduced-as-other-benign" });
const sha = () => r.hex(40);
const draw = () => `${r.alnum(6)}${r.digits(2)}${r.alnum(8)}${r.digits(2)}`;

bb.ben("r30i-ia-commit", "the commit of a rotation, set apart", `The API key rotation landed, see the commit below: \`${sha()}\``);
bb.ben("r30i-ia-commit-plain", "the commit of a token change, after a colon", `token refresh fix merged, commit: ${sha()}`);
bb.ben("r30i-ia-policy", "a password policy's words glued", `FYI the password policy is below: \`MinLen14UpperLowerDigit2\``);
bb.ben("r30i-ia-format", "a token format shown", `Our access token format is: \`tkn${r.digits(2)}AbcdEfghIjkl\``);
bb.ben("r30i-ia-rule", "the secret's validation rule", `the client secret must match this rule: \`${"[A-Za-z0-9]{32,64}"}\` before we store it`);
bb.ben("r30i-ia-fingerprint", "the key's fingerprint", `rotated the signing key, new fingerprint is ${r.hex(40).toUpperCase()}`);

b.pos("r30i-ia-handed", "the password handed over in backticks", `The staging password is \`${draw()}\``);
b.pos("r30i-ia-for-tag", "the key for a release tag", `the signing key for the release tag: ${draw()}`);
b.pos("r30i-ia-for-build", "the password of the build user", `password of the build user is ${draw()}`);
b.pos("r30i-ia-new-key", "a new API key after a colon", `rotation done, the new API key is: \`${draw()}\``);
b.pos("r30i-ia-token-below", "a token given below", `here's the deploy token below, paste it in CI:\n\`${draw()}\``);
b.pos("r30i-ia-es", "a Spanish sentence handing the key over", `la clave de la API nueva es ${draw()}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
