// Round twenty-two, third wave (held-out Y73–Y75 classes): a credential handed over right after the
// question that names it with a demonstrative or possessive ("why is this key rejected? <value> —
// 401 since this morning", "[10:42] dana: can you try with the prod key? <value>"), and a
// credential said rotated in the passive before "new one is" ("the Plaid secret got rotated, new
// one is <hex>"). Benign: the same shapes around a build, a commit, a request id, a ticket, a
// redacted value, a cache key, a config version. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x22c0a5cd);
const b = builder({ category: "r22c-chat-question", expect: "secrets" });
const bb = builder({ category: "r22c-chat-question-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const chat = (s: string) => JSON.stringify({ messages: [{ role: "user", content: s }] });

b.pos("r22c-invalid-my-token", "why is my API token invalid? <value> — 403", chat(`why is my API token invalid? ${mixed(40)} — the dashboard says 403 for every call`));
b.pos("r22c-expired-our-key", "is our Sendgrid key expired? <value>", `hey, is our Sendgrid key expired? ${mixed(44)} returns unauthorized since the deploy`);
b.pos("r22c-chat-staging-secret", "chat line: could you try with the staging secret? <value>", `[14:02] li: could you try with the staging secret? ${mixed(48)}\n[14:03] ana: on it`);
b.pos("r22c-uuid-rejected", "UUID after 'this token is rejected?' with a 401", chat(`any idea why this token is rejected? ${uuid()} — 401 from the API all morning`));
b.pos("r22c-hex-my-password", "hex right after 'my password?'", `[16:20] omar: can you test with my password? ${hex(32)}\n[16:21] eva: 👍`);
b.pos("r22c-passive-was-rotated", "passive: the Twilio auth token was rotated, new one is <hex>", `heads up: the Twilio auth token was rotated, new one is ${hex(32)}\nping me if anything breaks`);
b.pos("r22c-passive-has-been", "passive: staging API key has been regenerated, new one is <value>", chat(`[11:03] kim: staging API key has been regenerated, new one is ${mixed(36)}\n[11:04] raj: ok`));

bb.ben("r22c-build-failed", "hex after 'why this build failed?'", chat(`can you check why this build failed? ${hex(40)} — CI is red`));
bb.ben("r22c-prod-config", "a version after 'try with the prod config?'", "[10:42] dana: hey can you try with the prod config? v2.3.1-rc.4-build.20240101");
bb.ben("r22c-request-id-rejected", "UUID after 'this request id is rejected?'", chat(`why is this request id rejected? ${uuid()} — 401 again`));
bb.ben("r22c-prod-key-unsure", "'the prod key?' and no value", "[10:42] dana: the prod key? not sure, ask Sam\n[10:43] sam: ok");
bb.ben("r22c-redacted", "a redacted value after 'this key is rejected?'", chat("can you check why this key is rejected? sk-...redacted — 401"));
bb.ben("r22c-ticket-uuid", "UUID after 'this ticket?'", `can you look at this ticket? ${uuid()}`);
bb.ben("r22c-right-key-uuid", "UUID after 'is this the right key?' with no failure said", `is this the right key? ${uuid()}`);
bb.ben("r22c-token-invalid-commit", "hex after 'this token invalid?' said to be a commit", `why is this token invalid? ${hex(40)} is the commit that broke it`);
bb.ben("r22c-cache-key-rotated", "a cache key said rotated, a digest as the new one", `the cache key got rotated, new one is ${hex(32)}`);
bb.ben("r22c-logs-rotated", "logs rotated, a file as the new one", "the logs got rotated, new one is app-2026-12-06.log");
export const cases = [...b.cases, ...bb.cases];
