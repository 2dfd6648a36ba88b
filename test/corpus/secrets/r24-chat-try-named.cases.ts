// Round twenty-four, first wave (held-out Y89–Y93 chat hand-overs and Authorization values): "try this bce secret access key
// instead, the old one was rotated:\n<value>" (the credential named in the phrase, the value on the
// next line); "can you try with this one? <value> — it's the huaweicloud sdk sk from the vault"
// (a cloud's `sk` named after the value); Firecrawl's `fc-` + 32 hex key. Benign: the same phrases
// naming a commit, a hash, a public key, a request id, a format; `fc-` CSS class names and a
// repeated hex. Also: "is it the right format for <vendor>? `X` I keep getting 401s"; a drawn
// password with `$` after Bearer (not a shell variable or template); a grouped application
// password after Bearer. Values built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x24c7a11e);
const b = builder({ category: "r24-chat-try-named", expect: "secrets" });
const bb = builder({ category: "r24-chat-try-named-benign" });

const hex = (n: number) => {
  let v = r.str(n, HEX);
  while (!/\d/.test(v) || !/[a-f]/.test(v)) v = r.str(n, HEX);
  return v;
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{5}/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const chat = (s: string) => JSON.stringify({ role: "user", content: s });

// "try this <credential> instead, the old one was rotated:\n<value>".
b.pos("r24-try-named-next-line-hex", "'try this tencent secret key instead, the old one got revoked:\\n<32 hex>'",
  `staging deploy is red again. try this tencent secret key instead, the old one got revoked:\n${hex(32)}\nping me if it still fails`);
b.pos("r24-try-named-next-line-mixed", "'try this mailjet api secret instead, the previous one expired:\\n<mixed>'",
  `[14:02] sam: try this mailjet api secret instead, the previous one expired:\n${mixed(32)}`);
b.pos("r24-try-named-colon", "'try this ably token: <mixed>' after a failing job",
  chat(`the nightly export keeps failing with 401. try this ably token: ${mixed(40)} and tell me if it passes`));
b.pos("r24-try-named-new", "'use this new sendgrid api key instead: <mixed>'",
  `hey, use this new sendgrid api key instead: ${mixed(24)}${mixed(20)}`);
b.pos("r24-try-named-es", "'prueba esta clave, la anterior fue revocada:\\n<hex>'",
  `el job de staging sigue fallando. prueba esta clave, la anterior fue revocada:\n${hex(40)}`);
// "(…) — it's the <cloud> sdk sk": the abbreviation names the credential after the value.
b.pos("r24-try-one-sk-after", "'can you try with this one? <mixed> — it's the huawei obs sk from the vault'",
  `prod upload is broken again. can you try with this one? ${mixed(40)} — it's the huawei obs sk from the vault, rotate after`);
// Firecrawl's key: fc- and 32 lower-case hex, in any context.
b.pos("r24-firecrawl-chat", "'I'm using this key: fc-<32 hex>'",
  chat(`firecrawl keeps timing out for me, I'm using fc-${hex(32)} with the default base url`));
b.pos("r24-firecrawl-yaml", "yaml firecrawl: api_key: fc-<32 hex>",
  `crawler:\n  provider: firecrawl\n  apiKey: "fc-${hex(32)}"\n`);

bb.ben("r24-try-named-commit", "'try this commit instead, the old one was reverted:\\n<40 hex>'",
  `the build is red. try this commit instead, the old one was reverted:\n${hex(40)}`);
bb.ben("r24-try-named-public-key", "'try this public key instead, the old one expired:\\n<hex>'",
  `try this public key instead, the old one expired:\n${hex(64)}`);
bb.ben("r24-try-named-hash", "'try this key hash instead: <hex>'",
  `try this key hash instead: ${hex(64)} — it should match the manifest`);
bb.ben("r24-try-named-format", "'try this token format: <placeholder>'",
  `try this token format: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and see if the parser accepts it`);
bb.ben("r24-try-one-request-id", "'can you try with this one? <hex> — it's the request id from the trace'",
  `can you try with this one? ${hex(32)} — it's the request id from the trace`);
bb.ben("r24-fc-css", "FullCalendar fc- class names",
  `.fc-daygrid-day-frame { min-height: 100%; }\n.fc-event-main { padding: 2px; }\n<div class="fc-timegrid-slot fc-scrollgrid-sync-inner">`);
bb.ben("r24-fc-repeated", "fc- and a repeated hex pattern",
  `const sample = "fc-${"ab12".repeat(8)}";`);

const grouped = (n: number) => Array.from({ length: n }, () => mixed(4).slice(0, 4)).join(" ");
const dollarPwd = () => `${mixed(10)}$${mixed(9)}`;

// "is it the right format for <vendor>? `X` … 401": the form asked about, the call failing on auth.
b.pos("r24-format-ask-401", "'is this the right format for Mistral? `<mixed>` still getting 401'",
  chat(`copied it from the dashboard, is this the right format for Mistral? \`${mixed(32)}\` still getting 401 on every call`));
b.pos("r24-format-ask-403", "'correct format for the Groq client? `<mixed>` it returns 403'",
  `[09:14] lee: correct format for the Groq client? \`${mixed(24)}${mixed(16)}\` it returns 403 every time`);
bb.ben("r24-format-ask-trace", "'right format? `<mixed>` — the trace id from the 401'",
  `is this the right format? \`${mixed(32)}\` it's the trace id from the 401 response`);
bb.ben("r24-format-ask-public", "'right format for the public key? `<mixed>` 401s'",
  `is this the right format for the public key? \`${mixed(40)}\` I keep getting 401s`);
bb.ben("r24-format-ask-no-fail", "'right format? `<mixed>` thanks' (no auth failure)",
  `is this the right format? \`${mixed(40)}\` thanks in advance`);
bb.ben("r24-format-ask-hash", "'right format for the checksum? `<hex>` getting 401s'",
  `right format for the checksum? \`${hex(64)}\` getting 401s from the mirror`);

// A drawn password with `$` sent as the Bearer token.
b.pos("r24-bearer-dollar-raw", "raw HTTP 'Authorization: Bearer <pwd with $>'",
  `GET /v1/items HTTP/1.1\nHost: api.example-vendor.io\nAuthorization: Bearer ${dollarPwd()}\nAccept: */*\n`);
b.pos("r24-bearer-dollar-har", "HAR header value 'Bearer <pwd with $>'",
  JSON.stringify({ name: "Authorization", value: `Bearer ${dollarPwd()}` }));
bb.ben("r24-bearer-dollar-template", "'Authorization: Bearer ${TOKEN}' and `$(cat …)` in shell",
  `curl -H "Authorization: Bearer \${API_TOKEN}" https://api.example.com\ncurl -H "Authorization: Bearer $(cat /run/secrets/token)" https://api.example.com`);
bb.ben("r24-bearer-dollar-var", "'Authorization: Bearer $GITHUB_TOKEN' in a workflow",
  `      - run: curl -sS -H "Authorization: Bearer $GITHUB_TOKEN" -H "Accept: application/vnd.github+json" "$API_URL"`);

// A grouped application password after Bearer.
b.pos("r24-bearer-grouped-curl", "curl 'Authorization: Bearer <6 groups of 4>'",
  `curl -sS "https://blog.example.org/wp-json/wp/v2/posts" \\\n  -H "Authorization: Bearer ${grouped(6)}"`);
b.pos("r24-bearer-grouped-raw", "raw header 'Authorization: Bearer <6 groups>'",
  `POST /wp-json/wp/v2/media HTTP/1.1\nAuthorization: Bearer ${grouped(6)}\nContent-Type: image/png\n`);
bb.ben("r24-bearer-grouped-filler", "'Authorization: Bearer xxxx xxxx xxxx xxxx xxxx xxxx' (filler)",
  `-H "Authorization: Bearer xxxx xxxx xxxx xxxx xxxx xxxx"`);
bb.ben("r24-bearer-words", "'Authorization: Bearer with some more words' (prose)",
  `Set Authorization: Bearer then your token, then send the request again.`);

export const cases = [...b.cases, ...bb.cases];
