// Round nineteen (held-out Y35/Y36 class): a chat line asks, then names the credential with a
// lower-case label and a colon in the same sentence ("can you try with this one? auth0 client
// secret: X  (don't share it …)"): the aside in parentheses after the value is prose, not a call
// continuing it. And a UUID handed over or stated as a named provider's key, token or secret in
// prose ("here's the Wise key …: <uuid>", "wise api token: <uuid>"). Benign: the same wording
// with a build number, tag, commit, public key, session id, secret's name, and UUIDs named as
// request, idempotency, trace, cache or user ids. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x19c4a7b1);
const b = builder({ category: "r19-chat-label-colon", expect: "secrets" });
const bb = builder({ category: "r19-chat-label-colon-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const b64url = (n: number) => Buffer.from(r.bytes(n)).toString("base64url");
const uuid = () => r.uuid();
const chat = (line: string) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: line }] });

// ---- Positives: question or dash, then "provider noun: value", then an aside in parentheses
b.pos("r19-label-secret-aside", "question, okta client secret: b64url, aside", `staging login broke again, could you retry with this? okta client secret: ${b64url(40)}  (keep it inside #ops please)`);
b.pos("r19-label-token-aside-json", "JSON chat, sentry auth token: hex, aside", chat(`ugh — try this instead: sentry auth token: ${hex(64)}  (rotate it after the demo)`));
b.pos("r19-label-key-aside", "dash, mailjet api key: mixed, aside", `prod emails bounce - mailjet api key: ${mixed(32)} (don't paste it in the ticket)`);
b.pos("r19-label-signing-aside", "question, webhook signing secret: mixed, aside", `hey can you test the hook with this one? paddle webhook signing secret: ${mixed(40)}  (expires friday)`);
b.pos("r19-label-de-aside", "German, question, label: value, aside", `kannst du es damit probieren? stripe webhook secret: ${mixed(36)}  (bitte nicht weitergeben)`);
b.pos("r19-uuid-api-token-label", "wise-like api token: UUID, aside", `deploy fails on auth, can you try with this one? heap api token: ${uuid()}  (only for staging)`);
b.pos("r19-uuid-handed-key", "here's the Provider key …: UUID", chat(`here's the Plaid key from the vault, put it into the worker env: ${uuid()}\nthanks!`));
b.pos("r19-uuid-token-is", "the Provider token is UUID", `fyi the Mailgun token for the eu region is ${uuid()}, swap it in tonight`);
b.pos("r19-uuid-secret-colon", "Provider secret: UUID mid-sentence", `ok last try — the Contentful secret: ${uuid()} (don't share it)`);

// ---- Benign: the same wording, no credential
bb.ben("r19-label-build-number", "question, build number: dotted number", `can you try with this one? build number: 20241205.3  (from the nightly run)`);
bb.ben("r19-label-release-tag", "question, release tag", `can you try with this one? release tag: v2.3.1-rc  (the one before the revert)`);
bb.ben("r19-label-commit", "question, commit: 40 hex", `can you try with this one? commit: ${hex(40)}  (it has the fix for the retry loop)`);
bb.ben("r19-label-public-key", "question, public key: base64", `can you try with this one? public key: ${Buffer.from(r.bytes(32)).toString("base64")}  (the server's, not ours)`);
bb.ben("r19-label-session-id", "question, session id: hex, aside", `can you look at this one? session id: ${hex(32)}  (user says it hangs)`);
bb.ben("r19-label-secret-name", "question, secret name: a path", `can you try with this one? secret name: prod/db/password  (in the eu vault)`);
bb.ben("r19-uuid-request-key", "here's the request key: UUID", `here's the request key: ${uuid()}  (from the failing call)`);
bb.ben("r19-uuid-idempotency-key", "idempotency key: UUID", `retry it with the same idempotency key: ${uuid()}`);
bb.ben("r19-uuid-trace-token", "trace token: UUID", `can you grep for this one? trace token: ${uuid()}  (it spans three services)`);
bb.ben("r19-uuid-user-id", "user id: UUID", `can you check this one? user id: ${uuid()}  (she can't log in)`);
bb.ben("r19-uuid-cache-key", "the key for the cache is UUID", `the key for the cache is ${uuid()}, flush it if it goes stale`);
bb.ben("r19-uuid-capital-request", "the Request key: UUID", `here's the Request key: ${uuid()} from the gateway log`);
bb.ben("r19-uuid-redis-key", "the Redis key for the session is UUID", `the Redis key for that session is ${uuid()}, it never expires`);
bb.ben("r19-code-call-after-space", "code, value then a call after a blank", `const token = makeToken  (opts, ctx);\nconst key = lookupKeyFor (user);\n`);

export const cases = [...b.cases, ...bb.cases];
