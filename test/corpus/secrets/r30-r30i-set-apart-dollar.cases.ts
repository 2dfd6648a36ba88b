// Round thirty (found by the fixers): a password handed over in chat, set apart in a code element (Slack backticks,
// `<pre>`, `<code>`, a fence), with `$` before a letter or an unclosed `{` in it (`…$sw…`, `…${9…`): a drawn
// password's symbols, read before as a template (`${NAME}`, `$VAR`); and a fence after the colon's blank line.
// Benign: the same elements holding a real template, a command substitution, an env variable's name, a format string.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30a1e7);
const b = builder({ category: "r30-r30i-set-apart-dollar" });
const bb = builder({ category: "r30-r30i-set-apart-dollar-benign" });
const SYM = ["!", "#", "*", "@", "^"];
const dollarWord = () => `${r.alnum(2)}$${r.pick(["q", "v", "k", "w"])}${r.digits(1)}${r.alnum(3)}${r.pick(SYM)}${r.alnum(3)}${r.digits(2)}${r.pick(SYM)}${r.alnum(3)}`;
const dollarBrace = () => `${r.pick(["Q", "Z", "R"])}\${${r.digits(1)}${r.alnum(3)}${r.pick(SYM)}${r.digits(1)}${r.alnum(4)}${r.digits(1)}${r.pick(SYM)}${r.alnum(3)}`;

b.pos("r30i-sd-slack", "Slack backticks after a colon", `Sharing the admin password so you can finish the migration tonight: \`${dollarWord()}\``);
b.pos("r30i-sd-brace", "an unclosed \${ in backticks", `here's the vpn password for the offsite: \`${dollarBrace()}\` (rotate it monday)`);
b.pos("r30i-sd-pre", "a Teams body's <pre>", `<p>The service account password for the nightly job:</p><pre>${dollarWord()}</pre>`);
b.pos("r30i-sd-code", "an HTML <code> after the sentence", `<div>Root password for the new box, as discussed: <code>${dollarBrace()}</code></div>`);
b.pos("r30i-sd-fence-blank", "a fence after a blank line", `Sending the database password now:\n\n\`\`\`\n${r.alnum(3)}#${r.digits(2)}${r.alnum(5)}!${r.alnum(4)}${r.digits(1)}\n\`\`\``);
b.pos("r30i-sd-fence-dollar", "a fence after a blank line, with $", `The wifi password for the guest network:\n\n\`\`\`\n${dollarWord()}\n\`\`\``);

bb.ben("r30i-sd-template", "a template in backticks", `the password comes from the env, set it as: \`\${POSTGRES_ROOT_PASSWORD}\``);
bb.ben("r30i-sd-subst", "a command substitution in backticks", `export the password first: \`$(pass show infra/db-root)\``);
bb.ben("r30i-sd-envname", "an env variable's name in a fence after a blank line", `the password is read from:\n\n\`\`\`\n$DATABASE_PASSWORD_FILE\n\`\`\``);
bb.ben("r30i-sd-format", "a printf format in <code>", `<p>The password prompt prints:</p><code>Password_for_%s@%s:</code>`);
bb.ben("r30i-sd-positional", "a positional parameter in a template", `the password argument is: \`\${1}_suffix_\${2}\``);
bb.ben("r30i-sd-blank-prose", "a blank line then prose, no fence", `Sending the database password now:\n\nactually no, I'll DM it to you via the vault share link`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
