// Round twenty-two, fourth wave (held-out Y76–Y78 classes): a credential handed over as "the one"
// whose noun stands in the thread before ("the Mailgun creds rotated?\n… here's the one from the
// vault, try it: <value>"), "use this for now: <value> (it's the X api secret)" naming it after the
// value, and "try with these? <label> key: <value>". Benign: the same shapes around a doc link, a
// build version, a commit, a request id, a list of ids, logs. Values are built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x22d0c4a7);
const b = builder({ category: "r22d-chat-thread-one", expect: "secrets" });
const bb = builder({ category: "r22d-chat-thread-one-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const lowerDigits = (n: number) => r.str(n, LOWER + DIGITS);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const chat = (s: string) => JSON.stringify({ messages: [{ role: "user", content: s }] });

b.pos("r22d-thread-one-keeper", "'here's the one from 1password, try it: <hex>' after 'the Mailgun key expired?'",
  `[09:12] lee: the Mailgun key expired? sends are bouncing\n[09:13] ana: no, here's the one from 1password, try it: ${hex(40)}\n[09:13] lee: ty`);
b.pos("r22d-thread-one-uuid", "UUID as 'the one from the vault' after 'the Heroku token rotated?'",
  `[14:01] kim: deploys fail, was the Heroku token rotated?\n[14:02] raj: yes, here's the one from the vault, use it: ${uuid()}`);
b.pos("r22d-thread-one-mixed", "mixed value after 'creds changed?' in a JSON chat",
  chat(`did the Algolia creds change? search is 403\nhere's the one I have, try it: ${mixed(32)}`));
b.pos("r22d-thread-one-password", "punctuated password as 'the one from the vault'",
  `[08:40] dana: the Postgres password rotated?\n[08:41] sam: here's the one from the vault, try it: ${mixed(10)}#${mixed(9)}`);
b.pos("r22d-for-now-named-after", "'use this for now: <hex> (it's the sentry auth token)'",
  chat(`the old deploy one expired — use this for now: ${hex(40)} (it's the sentry auth token)`));
b.pos("r22d-for-now-named-after-ld", "'use this for now: <lower+digits> (it's our mux api secret)'",
  `hey, that one got revoked somehow; use this for now: ${lowerDigits(48)} (it's our mux api secret)`);
b.pos("r22d-these-label", "'try with these? prod api key: <prefixed hex>'",
  `ugh the webhook is failing — could you try with these? prod api key: live_${hex(48)} thanks`);
b.pos("r22d-these-label-token", "'try with these? staging token = <mixed>'",
  chat(`can you try with these? staging token = ${mixed(40)}  (rotate after)`));

bb.ben("r22d-one-docs-url", "'here's the one from the docs, try it: https://…' after a key question",
  "[10:42] dana: which endpoint takes the API key?\n[10:43] sam: here's the one from the docs, try it: https://api.example.com/v2/keys/verify");
bb.ben("r22d-one-log-sha", "a commit as 'the one from the log' after a token question",
  `[10:42] dana: when did the token check break?\n[10:43] sam: here's the one from the log, try it: ${hex(40)}`);
bb.ben("r22d-one-build", "'here's the one from CI, try it: <build>' with no credential named",
  `[10:42] dana: staging broke again?\n[10:43] sam: here's the one from CI, try it: build-20261206-${lowerDigits(12)}`);
bb.ben("r22d-for-now-version", "'use this for now: v2.3.1 (it's the stable build)'", "the nightly expired — use this for now: v2.3.1-rc.4+build.5521 (it's the stable build)");
bb.ben("r22d-for-now-request-id", "'use this for now: <uuid> (it's the request id)'", `the session one expired — use this for now: ${uuid()} (it's the request id)`);
bb.ben("r22d-for-now-commit-named", "hex with '(it's the release commit)' after", `that build expired; use this for now: ${hex(40)} (it's the release commit)`);
bb.ben("r22d-these-ids", "'try with these? ids: 1,2,3'", "could you try with these? ids: 1,2,3,4 and 17");
bb.ben("r22d-these-public-key", "'try with these? public key: <hex>'", `can you try with these? public key: ${hex(64)}`);
bb.ben("r22d-these-cache-key", "'try with these? cache key: <hex>'", `try with these? cache key: ${hex(40)}`);
bb.ben("r22d-one-uuid-no-rotation", "UUID as 'the one' after a token question with no rotation or failure",
  `[10:42] dana: which tenant does the token belong to?\n[10:43] sam: here's the one from the admin page, try it: ${uuid()}`);
export const cases = [...b.cases, ...bb.cases];
