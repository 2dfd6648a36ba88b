// Round twenty-three, first wave (held-out Y79–Y84 chat hand-overs): "the DeepL auth key one is
// <uuid> - plug it in"; "here you go <punctuated password>" answering "can someone send me the X
// key?"; "rotated it, new AZURE_DEVOPS_PAT is <value>" (a PAT named as the variable); "calls are
// 401ing since the rotation. can you try the new one? <value>". Benign: the same shapes around a
// public key, an id's kind, a link, a commit, a version, a MongoDB ObjectId. Values built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS, B64URL } from "./_gen.ts";

const r = new Rng(0x23c4a710);
const b = builder({ category: "r23-chat-handover", expect: "secrets" });
const bb = builder({ category: "r23-chat-handover-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{5}/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const base32Lower = (n: number) => r.str(n, "abcdefghijklmnopqrstuvwxyz234567");
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const chat = (s: string) => JSON.stringify({ role: "user", content: s });
const ago = () => (Math.floor(Date.UTC(2019, 4, 1) / 1000)).toString(16) + hex(16);

// "<provider> <noun> one is <uuid>" with the hand-over of "it" after or before.
b.pos("r23-one-is-uuid-plug", "'the Contentful delivery token one is <uuid>, plug it in'",
  chat(`ok the Contentful delivery token one is ${uuid()}, plug it in and redeploy preview pls`));
b.pos("r23-one-is-uuid-put", "'the Smartsheet access token one is <uuid> — put it in the staging env'",
  `[11:02] ana: the Smartsheet access token one is ${uuid()} — put it in the staging env when you can`);
b.pos("r23-one-is-uuid-use-before", "'use this: the Sendbird app key one is <uuid>'",
  chat(`old one is dead, use this: the Sendbird app key one is ${uuid()}`));
b.pos("r23-one-is-uuid-swap", "'the Bitly auth token one is <uuid>; swap it in'",
  `fyi the Bitly auth token one is ${uuid()}; swap it in before the 3pm run`);

// "here you go <punctuated password>" answering a request for the credential.
b.pos("r23-reply-punct-oci", "'here you go <a:b>c>' after 'can someone send me the OCI key'",
  `[10:42] dana: can someone send me the OCI key for staging?\n[10:43] li: here you go ${mixed(12)}:${mixed(7)}>${mixed(4)}\n[10:43] li: rotate it after the demo pls`);
b.pos("r23-reply-punct-anyone", "'here: <pwd>' after 'anyone have the grafana admin password?'",
  `[09:10] omar: anyone have the grafana admin password for qa?\n[09:11] zoe: here: ${mixed(9)}#${mixed(6)}!${mixed(5)}`);
b.pos("r23-reply-punct-can-i-get", "'here it is <pwd>' after 'can I get the redis token'",
  `[14:20] kim: can I get the redis token for the load test?\n[14:21] raj: here it is ${mixed(8)}%${mixed(8)}^${mixed(3)}`);
b.pos("r23-reply-punct-de", "'hier bitte <pwd>' after 'schick mir mal den Staging-Token'",
  `[08:01] jonas: schick mir mal den Staging-Token?\n[08:02] eva: hier bitte ${mixed(10)}@${mixed(5)}*${mixed(4)}`);

// "rotated it, new <…_PAT> is <value>": a PAT named as the variable.
b.pos("r23-rotated-pat-base32", "'rotated it, new AZURE_DEVOPS_PAT is <52 base32 lower>'",
  `[10:43] mike: rotated it, new AZURE_DEVOPS_PAT is ${base32Lower(52)} — update the vault when you get a sec`);
b.pos("r23-rotated-pat-mixed", "'regenerated it, new GITLAB_PAT is <mixed>'",
  chat(`regenerated it, new GITLAB_PAT is ${mixed(20)}${mixed(6)} - ci should pick it up`));
b.pos("r23-rotated-pat-de", "'rotiert, neuer ADO_PAT ist <base32 lower>'",
  `hab ihn rotiert, neuer ADO_PAT ist ${base32Lower(52)}`);

// "calls are 401ing since the rotation. can you try the new one? <value>".
b.pos("r23-try-new-hex", "'401ing since the rotation. can you try the new one? <20 hex>'",
  `hey, prod pusher calls are 401ing since the rotation. can you try the new one? ${hex(20)}\nI put it in the vault too`);
b.pos("r23-try-new-mixed-403", "'403ing after we rotated — try the new one: <mixed>'",
  chat(`the Mux uploads are 403ing after we rotated last night — try the new one: ${mixed(32)}`));
b.pos("r23-use-new-rejected", "'rejected since the rotation, use the new one? <lower+digits>'",
  `webhooks from Linear get rejected since the rotation, use the new one? ${r.str(40, LOWER + DIGITS)}`);
b.pos("r23-try-new-unauthorized", "'unauthorized since the rotation; try the new one <hex 40>'",
  `[16:02] sam: sync is unauthorized since the rotation; can you try the new one? ${hex(40)}`);

// Benign look-alikes.
bb.ben("r23-public-vapid-one", "'the public VAPID key one is <base64url>' (a public key)",
  chat(`ok the public VAPID key one is B${r.str(86, B64URL)} - plug it in and rerun the integration tests pls`));
bb.ben("r23-site-turnstile-one", "'the site Turnstile key one is <value>'",
  `the site Turnstile key one is 0x4${r.str(21, ALNUM)} - plug it in the form`);
bb.ben("r23-publishable-stripe-one", "'the publishable Stripe key one is <value>'",
  `fyi the publishable Stripe key one is ${"pk" + "_test_"}${mixed(40)} - use it in the checkout page`);
bb.ben("r23-public-key-ssh-one", "'the public key one is ssh-ed25519 …'",
  `the public key one is ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA${r.str(43, ALNUM)} dana@laptop - add it to authorized_keys`);
bb.ben("r23-request-one-uuid", "'the request one is <uuid> - plug it in' (no credential)",
  `the request one is ${uuid()} - plug it in the trace search`);
bb.ben("r23-license-key-one-uuid", "'the license key one is <uuid> - plug it in'",
  `the license key one is ${uuid()} - plug it in the installer`);
bb.ben("r23-key-one-uuid-no-handover", "'the DeepL auth key one is <uuid>' with no hand-over (which one do we mean)",
  `which row? the DeepL auth key one is ${uuid()} in the audit table`);
bb.ben("r23-reply-url", "'here you go: https://…' after 'can someone send me the build link'",
  "[10:42] dana: can someone send me the build link?\n[10:43] li: here you go: https://ci.example.com/builds/2231?tab=logs&step=4");
bb.ben("r23-reply-commit", "'here you go <sha>' after 'can someone send me the build link'",
  `[10:42] dana: can someone send me the build link?\n[10:43] li: here you go ${hex(40)}`);
bb.ben("r23-reply-key-path", "'here you go <path:line>' after 'can someone send me the key file path'",
  "[10:42] dana: can someone send me the key file path?\n[10:43] li: here you go ~/.config/app/keys.json:42>>out");
bb.ben("r23-reply-ssh-pub", "'here you go <fingerprint>' after 'send me your ssh key'",
  "[10:42] dana: send me your ssh key fingerprint?\n[10:43] li: here you go SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8");
bb.ben("r23-try-new-version", "'try the new one? v2.4.1' after a rotation failure", "calls are 401ing since the rotation. can you try the new one? v2.4.1-rc.3");
bb.ben("r23-try-new-objectid", "'try the new one? <24 hex ObjectId>' after a rotation failure",
  `hey, prod mongo calls are 401ing since the rotation. can you try the new one? ${ago()}`);
bb.ben("r23-try-new-commit-no-frame", "'try the new one? <40 hex>' with no rotation or failure",
  `the deploy from yesterday looked odd. can you try the new one? ${hex(40)}`);
bb.ben("r23-try-new-request-id", "'try the new one? <uuid> (request id)'",
  `calls are 401ing since the rotation. can you try the new one? ${uuid()} is the request id we saw`);
bb.ben("r23-rotated-pat-id", "'rotated it, new DEPLOY_PAT_ID is <hex>' (an id)",
  `rotated it, new DEPLOY_PAT_ID is ${hex(24)} for the audit`);
bb.ben("r23-rotated-path", "'rotated the logs, new LOG_PATH is /var/log/…'", "rotated the logs, new LOG_PATH is /var/log/app/2026-12-06.jsonl.gz");
export const cases = [...b.cases, ...bb.cases];
