// Round thirty (held-out Y132's y132-cl-025, msg-010, msg-011, id-033, erp-016, db-023, db-024,
// obs-021, obs-022): a credential handed over in a chat message, its value set apart in a code
// element — Slack's backticks after a purpose clause ("… so you can finish the migration: `…`"), a
// Teams or HTML body's `<pre>`/`<code>` after the paragraph's colon, a fenced block, or after "below"
// and another sentence. The element ends the value: a drawn password keeps its trailing mark and its
// brackets. Benign: the same messages setting apart a public key, a commit, a placeholder, a code
// reference, a login name, a fingerprint.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30f002);
const b = builder({ category: "r30f-set-apart-handover" });
const bb = builder({ category: "r30f-set-apart-handover-benign" });
const slack = (text: string) => JSON.stringify({ channel: `C0${r.HEX(9)}`, text, mrkdwn: true });
const teams = (html: string) => JSON.stringify({ body: { contentType: "html", content: html } });
const mcp = (text: string) => JSON.stringify({ method: "tools/call", params: { name: "mattermost_create_post", arguments: { channel_id: r.alnum(26).toLowerCase(), message: text } } });
const drawn = () => `${r.alnum(5)}${r.pick(["]", "(", "{", "~"])}${r.alnum(4)}${r.digits(2)}${r.pick(["!", "#", "^"])}${r.alnum(6)}${r.pick(["!", "~", "#"])}`;
const b64 = (n: number) => Buffer.from(r.bytes(n)).toString("base64");

b.pos("r30f-slack-purpose-trailing-mark", "Slack: a purpose clause, then a backticked password ending in a mark", slack(`Passing over the backup operator password so the restore can run overnight: \`${drawn()}\``));
b.pos("r30f-slack-brackets", "Slack: an access key with brackets in it", slack(`Here is the NetBox write token for the sync job, ping me once it works: \`${r.alnum(6)}[${r.alnum(5)}(${r.digits(3)}]${r.alnum(8)}}${r.alnum(6)}~\``));
b.pos("r30f-slack-below", "Slack: the password below, another sentence, then the value", slack(`Per your ticket, the LDAP bind password is below. Please change it once you are in. \`${r.alnum(22)}\``));
b.pos("r30f-teams-pre", "Teams: a paragraph ending in a colon, the value in <pre>", teams(`<p>Handing over the Jenkins API token so the pipeline can be rewired today:</p><pre>${r.hex(34)}</pre>`));
b.pos("r30f-teams-below", "Teams: below, then a sentence, then <pre>", teams(`<p>Following up: SFTP service password below. Delete this message after copying.</p><pre>${r.alnum(9)}%${r.digits(3)}${r.alnum(5)}#${r.alnum(3)}</pre>`));
b.pos("r30f-teams-code-french", "Teams in French: the key ci-dessous, in <code>", teams(`<p>Voici la clé d'API Zammad ci-dessous, à stocker dans le coffre :</p><p><code>${b64(30)}</code></p>`));
b.pos("r30f-mattermost-fenced", "Mattermost post: a fenced block after the colon", mcp(`the SonarQube token for the new runner, as promised:\n\`\`\`\n${r.alnum(8)}${r.digits(2)}${r.alnum(30)}\n\`\`\``));
b.pos("r30f-teams-br-secret", "Teams: a <br> between the sentence and a base64 signing secret", teams(`<div>Sharing the webhook signing secret for the billing bridge:<br><code>${b64(33)}</code></div>`));
b.pos("r30f-teams-german-unten", "Teams in German: the password 'steht unten', words between", teams(`<p>Das Passwort für den Wartungszugang steht unten, bitte nach dem Einsatz ändern.</p><pre>${r.alnum(7)}#${r.digits(2)}${r.alnum(4)}!${r.alnum(3)}</pre>`));

bb.ben("r30f-teams-policy", "Teams: the password policy below, its settings set apart", teams(`<p>The password policy below applies to every service account:</p><pre>MinLength16Complexity4History24</pre>`));
bb.ben("r30f-teams-public-key", "Teams: a public key in <pre>", teams(`<p>Here is the public key for the partner, so they can verify our signatures:</p><pre>${b64(32)}</pre>`));
bb.ben("r30f-slack-commit", "Slack: the key is below a commit's hash, set apart", slack(`The rotated deploy key is below. Commit for review: \`${r.hex(40)}\``));
bb.ben("r30f-slack-placeholder", "Slack: a placeholder in backticks", slack(`Paste the access token here so the job can start tonight: \`YOUR_ACCESS_TOKEN_HERE\``));
bb.ben("r30f-slack-code-ref", "Slack: where the code reads the key", slack(`The secret key is read from the environment so we can rotate it: \`process.env.BILLING_SECRET_KEY\``));
bb.ben("r30f-teams-username", "Teams: the login name below, not the password", teams(`<p>The service account password is in the vault. Its username is below.</p><pre>svc-backup-operator</pre>`));
bb.ben("r30f-teams-fingerprint", "Teams: the key's fingerprint", teams(`<p>For the audit, the signing key fingerprint:</p><pre>${r.hex(40).toUpperCase()}</pre>`));
bb.ben("r30f-slack-template", "Slack: a template expression", slack(`Set the API token in the workflow so the deploy works: \`\${{ secrets.DEPLOY_API_TOKEN }}\``));
bb.ben("r30f-slack-uuid", "Slack: a UUID after a plain key noun", slack(`The idempotency key below was reused, can you check why: \`${r.uuid()}\``));
bb.ben("r30f-teams-path", "Teams: the path the token file lives at", teams(`<p>The runner token lives on the host, read it from:</p><pre>/etc/gitlab-runner/runner-token.txt</pre>`));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
