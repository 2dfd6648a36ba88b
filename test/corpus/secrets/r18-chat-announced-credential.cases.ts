// Round eighteen (held-out Y27/Y28 class): a credential announced in a chat line as rotated,
// regenerated, reissued or new, its value after an arrow, colon, dash or copula, with no variable
// named ("i just rotated it -> X", "rotated the … secret (NAME) — new value is X"); E2B's prefixed
// API key. Benign: the same wordings about logs, commits, builds, links, vault paths, images and
// placeholders. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x18c4a7e2);
const b = builder({ category: "r18-chat-announced-credential", expect: "secrets" });
const bb = builder({ category: "r18-chat-announced-credential-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const b64 = (n: number) => Buffer.from(r.bytes(n)).toString("base64");
const chat = (line: string) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Catch me up on this channel:\n\n[09:10] jo: staging is down again\n${line}\n[09:13] jo: thx` }] });

// ---- Positives: the verb (or "new <noun>"), then the connector and the value
b.pos("r18-chat-regenerated-arrow-json", "JSON chat body, regenerated it → base64", chat(`[09:12] lena: ok regenerated it just now → ${b64(45)}`));
b.pos("r18-chat-rerolled-colon", "rerolled the webhook secret: mixed", `@ops rerolled the staging webhook secret: ${mixed(32)} (old one dies at 18:00)`);
b.pos("r18-chat-reissued-fat-arrow", "reissued the key (NAME) => upper alnum", `fyi reissued the analytics API key (SEGMENT_WRITE_KEY) => ${r.str(40, UPPER + DIGITS)}`);
b.pos("r18-chat-new-token-arrow", "new token -> mixed", `[14:02] sam: new token -> ${mixed(28)} , the old one is revoked`);
b.pos("r18-chat-rotated-new-value-hex", "rotated the signing secret — new value is 24 hex", `heads up, rotated the Mailjet signing secret (MJ_SIGNING_SECRET) — new value is ${hex(24)} — please redeploy`);
b.pos("r18-chat-e2b-bare", "E2B key pasted bare in a chat line", `here's the sandbox key for the eval runner e2b_${hex(40)} thanks`);
b.pos("r18-chat-de", "German, Token erneuert: value", `Hab den Deploy-Token erneuert: ${mixed(30)}`);
b.pos("r18-chat-es", "Spanish, regenerada la clave → value", `Ya está regenerada la clave de la API → ${mixed(36)}`);
b.pos("r18-chat-fr", "French, régénéré le jeton, le nouveau est value", `J'ai régénéré le jeton, le nouveau est ${mixed(32)}`);
b.pos("r18-chat-pt", "Portuguese, rotacionei a chave: hex", `rotacionei a chave do Twilio: ${hex(32)}`);
b.pos("r18-chat-it", "Italian, ho rigenerato il token -> value", `ho rigenerato il token -> ${mixed(30)}`);

// ---- Benign look-alikes: the same wording, no credential value
bb.ben("r18-chat-rotated-logs", "rotated the logs -> a path", `[09:12] lena: rotated the logs -> /var/log/nginx/access-2026-12-05.log.1`);
bb.ben("r18-chat-new-commit-sha", "rotated the deploy key, new commit is a SHA", `rotated the deploy creds and pushed, new commit is ${hex(40)}`);
bb.ben("r18-chat-new-build-id", "regenerated the token, new build id -> hex", `regenerated the CI token, new build id -> ${hex(32)}`);
bb.ben("r18-chat-this-one-url", "rotated it -> a link", chat(`[09:12] lena: try this one, i just rotated it -> https://gist.example.com/${mixed(20)}/raw`));
bb.ben("r18-chat-vault-path", "rotated it -> see vault path", `rotated it -> see vault path secret/prod/api/${mixed(6).toLowerCase()}`);
bb.ben("r18-chat-redacted", "new value is <redacted>", `rotated the Stripe key — new value is <redacted>, grab it from 1Password`);
bb.ben("r18-chat-stars", "new token: asterisks", `new token: ******************************** (in the vault)`);
bb.ben("r18-chat-image", "rotated it -> an image file", `rotated it -> IMG_${r.str(8, DIGITS)}_${r.str(6, DIGITS)}_rotated90.jpg`);
bb.ben("r18-chat-hex-no-noun", "rotated it -> hex (a digest)", `rotated it -> ${hex(40)} is the new checksum of the bundle`);
bb.ben("r18-chat-release", "rolled the release -> version", `rolled the release -> v2.31.0-rc.1-build.${r.str(8, DIGITS)}`);
bb.ben("r18-chat-key-id", "rotated the key, new key id is hex", `rotated the signing key, the new key id is ${hex(32)}`);
bb.ben("r18-chat-placeholder", "new password: placeholder", `new password: YOUR_NEW_PASSWORD_HERE_123`);
bb.ben("r18-code-rotated", "code, a rotated matrix", `const rotated = rotate(matrix, 90); // -> rotatedMatrixFromCache2x2\nnew Token(kind, value);\n`);
bb.ben("r18-chat-de-logs", "German, Logs rotiert -> Pfad", `Logs rotiert -> /var/log/app/archiv-2026-12-05.gz`);
bb.ben("r18-chat-same-id-var", "rotated creds, new one is an id under an _ID variable", `the staging creds got rotated — new one is ${mixed(24)} (same WORKSPACE_ID var), ping me if it fails`);
b.pos("r18-chat-same-secret-var", "rotated creds, new one is X under a secret variable", `the staging creds got rotated -> ${mixed(26)} (same ALGOLIA_ADMIN_KEY var)`);
export const cases = [...b.cases, ...bb.cases];
