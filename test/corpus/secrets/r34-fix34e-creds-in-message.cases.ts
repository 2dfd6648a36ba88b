// Round thirty-four (fix34e): a credential stated in a chat or alert message (a Slack webhook's
// POST body, a Discord or Teams message) (the slang noun "creds" was tried and
// left out: it took benign rotation announcements). Apple's app-specific password named in words ("app-specific password: `abcd-…`") whatever
// its vowels, judged as under an app-password variable's name. Benign: creds named but not given
// (a vault path, a variable, a file, a ticket), an app-specific password's format or a word slug.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34e003);
const b = builder({ category: "r34-fix34e-creds-in-message" });
const bb = builder({ category: "r34-fix34e-creds-in-message-benign" });
const slack = (text: string) => JSON.stringify({ channel: "#release", text, username: "ci-bot" });
const HEX = "0123456789ABCDEF";
// Drawn letters with the vowels chance gives: two groups hold one each.
const appPw = () => [r.str(3, "bcdfghjklmnpqrstvwxz") + "a", "e" + r.str(3, "bcdfghjklmnpqrstvwxz"), r.str(4, "bcdfghjklmnpqrstvwxz"), "o" + r.str(2, "bcdfghjklmnpqrstvwxz") + "i"].join("-");

b.pos("fix34e-app-pw-slack", "Slack webhook body: Apple app-specific password, vowels as drawn", slack(`upload failed, app-specific password creds used: \`${appPw()}\``));
b.pos("fix34e-app-pw-prose-is", "prose: the app-specific password is X", `For altool the Apple app-specific password is ${appPw()} (generated today)\n`);
b.pos("fix34e-app-pw-teams", "Teams card: the app-specific password is X", JSON.stringify({ type: "message", text: `altool upload: the app-specific password is ${appPw()}` }));
b.pos("fix34e-app-pw-discord-colon", "Discord message: Apple app specific password: X", JSON.stringify({ content: `Apple app specific password: ${appPw()}` }));
b.pos("fix34e-app-pw-mattermost", "Mattermost webhook body: app-specific password used", JSON.stringify({ text: `notarize failed; app-specific password used: \`${appPw()}\`` }));
b.pos("fix34e-app-pw-application-colon", "prose: application specific password: X", `CI note — application specific password: \`${appPw()}\`\n`);

bb.ben("fix34e-creds-vault-path", "creds used: a vault path", slack(`deploy ok. creds used: \`secret/data/ci/huawei-agc\``));
bb.ben("fix34e-creds-variable", "creds used: an env variable", slack("build failed. AppGallery creds used: `${AGC_CLIENT_SECRET}`"));
bb.ben("fix34e-creds-file", "the creds file path", `the creds are in ~/.config/gcloud/application_default_credentials.json on the runner\n`);
bb.ben("fix34e-creds-ticket", "creds rotated, see a ticket", slack("creds rotated after INC-20931, see the runbook"));
bb.ben("fix34e-creds-sha", "creds commit sha", `creds fix landed in commit ${r.hex(40)}\n`);
bb.ben("fix34e-app-pw-format", "app-specific password format", `An app-specific password looks like \`xxxx-xxxx-xxxx-xxxx\`; generate one at appleid.apple.com.\n`);
bb.ben("fix34e-app-pw-slug", "app-specific password near a word slug branch name", `app-specific password: main-line-test-case is the branch that adds the prompt\n`);
bb.ben("fix34e-creds-fr", "French: les creds sont dans le coffre", `les creds sont dans le coffre 1Password, entrée « AGC prod »\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
