// Round thirty-five (fix35c): chat's short forms of a credential's noun ("creds", "cred", "pw", "pwd", "passwd",
// French "mdp") labelling a value set apart in backticks or quotes, in a webhook's message or prose: the value
// is the credential, 64 hex included. Benign: the same labels before a digest, a checksum, a commit, a path,
// a variable or a vault path, and values not set apart.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x35c003);
const b = builder({ category: "r35-fix35c-abbreviated-cred-label" });
const bb = builder({ category: "r35-fix35c-abbreviated-cred-label-benign" });
const slack = (text: string) => JSON.stringify({ channel: "#builds", text, username: "ci-bot" });

b.pos("fix35c-abbr-creds-upper-hex-slack", "Slack webhook: store creds used, 64 upper hex in backticks", slack(`:x: release 412 failed. Play Console creds used: \`${r.HEX(64)}\``));
b.pos("fix35c-abbr-pw-quoted-prose", "prose: the staging DB pw is in quotes", `fyi the staging db pw is "${r.alnum(20)}" until Friday\n`);
b.pos("fix35c-abbr-cred-teams", "Teams card: Steam partner cred used", JSON.stringify({ type: "message", text: `upload step: Steamworks cred used: '${r.b64url(32)}'` }));
b.pos("fix35c-abbr-passwd-discord", "Discord message: keystore passwd in backticks", JSON.stringify({ content: `keystore passwd for the nightly signer: \`${r.alnum(18)}\`` }));
b.pos("fix35c-abbr-mdp-fr", "French: le mdp du serveur entre guillemets", `le mdp du serveur de build : « ${r.alnum(22)} »\n`);
b.pos("fix35c-abbr-pwd-de", "German chat: PWD für den Runner in quotes", `PWD für den Runner: "${r.alnum(16)}${r.hex(8)}"\n`);
b.pos("fix35c-abbr-creds-lower-hex-mm", "Mattermost: AppGallery creds, 64 lower hex", JSON.stringify({ text: `deploy 88 ok, AppGallery creds used: \`${r.hex(64)}\`` }));

bb.ben("fix35c-abbr-creds-digest", "creds rotated, the new bundle's sha256 in backticks", slack(`creds rotated after INC-4410, new bundle sha256: \`${r.hex(64)}\``));
bb.ben("fix35c-abbr-creds-checksum", "creds file checksum", `the creds file checksum: \`${r.HEX(64)}\`\n`);
bb.ben("fix35c-abbr-cred-commit", "cred fix landed in a commit in backticks", slack(`cred fix landed: \`${r.hex(40)}\``));
bb.ben("fix35c-abbr-pwd-path", "pwd printed a path", `my pwd was "/home/ci/work/${r.alnum(12)}" when it failed\n`);
bb.ben("fix35c-abbr-creds-variable", "creds used: an env variable", slack("build failed. Steam creds used: `${STEAM_PASSWORD}`"));
bb.ben("fix35c-abbr-creds-vault", "creds used: a vault path", slack("deploy ok. creds used: `kv/data/ci/play-console`"));
bb.ben("fix35c-abbr-pw-hash", "pw hash in quotes", `stored pw hash: "${r.hex(64)}"\n`);
bb.ben("fix35c-abbr-creds-bare", "creds named, a build id not set apart", `creds used for build ${r.hex(32)} were the shared CI ones\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
