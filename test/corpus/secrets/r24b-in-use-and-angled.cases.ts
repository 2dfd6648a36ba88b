// Round twenty-four, second wave (held-out Y94/Y95): a provider's credential named by nothing but
// the provider and its being in use — "the IBM Cloud one that works is <value>, wire it in",
// "Postmark's is <value> — plug it in", "the working one: <value> - use it"; and a generated token
// whose symbols include angle brackets (Oracle Cloud auth tokens) in a secret-named SQL column, env
// line or YAML key. Benign: versions, links, words, commits, digests, object ids, UUIDs in the same
// phrase; real `<placeholder>`s and ERB templates in the same slots. Values built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS, B64URL } from "./_gen.ts";

const r = new Rng(0x24b0c4a7);
const b = builder({ category: "r24b-in-use-and-angled", expect: "secrets" });
const bb = builder({ category: "r24b-in-use-and-angled-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{5}/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const chat = (s: string) => JSON.stringify({ role: "user", content: s });
/** An Oracle-style auth token: letters and digits with `<`, `>` and other symbols among them. */
const angled = () => `${mixed(3)}<${mixed(6)}>${mixed(5)}${r.str(1, ";)+:")}${mixed(3)}<`;
const angledBalanced = () => `${mixed(4)}<${mixed(3)};${r.str(2, ALNUM)}>${mixed(4)}+${mixed(4)}`;

// "the <provider> one that works is <value>", with or without an ask.
b.pos("r24b-one-works-ask", "'the Zendesk one that works is <mixed> — can you wire it in and retry'",
  chat(`ok the Zendesk one that works is ${mixed(24)} — can you wire it into the worker and retry the job?`));
b.pos("r24b-one-works-plain", "'the Sumo Logic one that works is <mixed>' (no ask)",
  `[09:14] eli: the Sumo Logic one that works is ${mixed(32)}\n[09:15] eli: the old one 401s`);
b.pos("r24b-one-i-use", "'the Mailjet one I use is <mixed>, prod is fine with it'",
  `the Mailjet one I use is ${mixed(28)}, prod is fine with it`);
b.pos("r24b-one-from-prod", "'the Pipedrive one from prod is `<mixed>`'",
  `fwiw the Pipedrive one from prod is \`${mixed(40)}\` if staging keeps failing`);
b.pos("r24b-possessive-ask", "'Postmark's is <mixed> — plug it in'",
  chat(`Postmark's is ${mixed(22)} — plug it in please`));
b.pos("r24b-working-one-ask", "'the working one: <mixed> - use it for the cron'",
  `tried three, the working one: ${mixed(30)} - use it for the cron`);
b.pos("r24b-one-works-hex-ask", "'the Mailgun one that works is <32 hex> — swap it in'",
  chat(`the Mailgun one that works is ${hex(32)} — swap it in on staging`));
b.pos("r24b-one-works-dashed", "'our IBM Cloud one that works is <44 chars with - and _>'",
  chat(`our IBM Cloud one that works is ${mixed(20)}-${mixed(12)}_${mixed(10)} - can you put it in the vault?`));

// A symbol-bearing token (angle brackets among its symbols) in a secret-named slot.
b.pos("r24b-sql-angled", "SQL insert, oci_auth_token column, token with < > ; )",
  `-- seed\nINSERT INTO providers (id, name, oci_auth_token, created_at)\nVALUES (3, 'oci', '${angled()}', now());\n`);
b.pos("r24b-env-angled", "OCI_AUTH_TOKEN=<token with < and >>",
  `OCI_REGION=eu-frankfurt-1\nOCI_AUTH_TOKEN=${angled()}\n`);
b.pos("r24b-yaml-angled", "YAML auth_token: \"<token with < and >>\"",
  `oci:\n  user: ocid1.user.oc1..aaaa\n  auth_token: "${angled()}"\n`);
b.pos("r24b-yaml-angled-balanced", "YAML password with a balanced <…;…> among its symbols",
  `db:\n  host: db.internal\n  password: "${angledBalanced()}"\n`);

// Benign look-alikes.
bb.ben("r24b-one-works-version", "'the staging one that works is v2.3.1'", "the staging one that works is v2.3.1, the new one crashes");
bb.ben("r24b-one-works-url", "'the one that works is https://…'", "the one that works is https://hooks.internal.dev/v2/ingest/primary, not the old path");
bb.ben("r24b-one-works-word", "'the Stripe one that works is the second'", "the Stripe one that works is the second one in the list");
bb.ben("r24b-one-works-sha", "'the Jenkins one that works is <40 hex>' (a commit)", `the Jenkins one that works is ${hex(40)}, the later builds fail`);
bb.ben("r24b-one-works-commit-ask", "'the GitHub commit one that works is <40 hex> - use it'", `the GitHub commit one that works is ${hex(40)} - use it for the bisect`);
bb.ben("r24b-one-works-digest", "'the Docker image one that works is sha256:<hex>'", `the Docker image one that works is sha256:${hex(64)}`);
bb.ben("r24b-one-works-object-id", "'the Stripe one that works is cus_<id>'", `the Stripe one that works is cus_${mixed(18)}`);
bb.ben("r24b-one-works-uuid", "'the Sentry one that works is <uuid>' (no ask)", `the Sentry one that works is ${uuid()}`);
bb.ben("r24b-one-works-project-id", "'the Vercel one that works is prj_<id>'", `the Vercel one that works is prj_${mixed(24)}`);
bb.ben("r24b-possessive-version", "'Node's is 20.11.1-alpine…'", "Node's is 20.11.1-alpine3.19-slim-bookworm, ours is older");
bb.ben("r24b-one-works-build", "'the build one that works is <mixed>'", chat(`the build one that works is ${mixed(20)}`));
bb.ben("r24b-one-works-region", "'the AWS one that works is us-east-1-…'", "the AWS one that works is us-east-1-prod-cluster-07");
bb.ben("r24b-one-works-lower-noask", "'the staging one that works is <lower+digits>' (nothing says credential)", `the staging one that works is ${r.str(20, LOWER + DIGITS)}`);
bb.ben("r24b-sql-placeholder", "SQL insert with '<your-oci-auth-token>'",
  "INSERT INTO providers (id, name, oci_auth_token, created_at)\nVALUES (3, 'oci', '<your-oci-auth-token>', now());\n");
bb.ben("r24b-env-placeholder", "OCI_AUTH_TOKEN=<OCI_AUTH_TOKEN>", "OCI_AUTH_TOKEN=<OCI_AUTH_TOKEN>\n");
bb.ben("r24b-yaml-erb", "YAML auth_token: <%= ENV[\"OCI_AUTH_TOKEN\"] %>", `auth_token: <%= ENV["OCI_AUTH_TOKEN"] %>\n`);
bb.ben("r24b-html-token", "HTML `token: <b>redacted</b>`", "<p>auth_token: <b>redacted</b></p>");
bb.ben("r24b-sql-prefix-placeholder", "SQL value sk_live_<redacted>", "INSERT INTO keys (id, api_key) VALUES (1, 'sk_live_<redacted>');");
// A personal access token in a JWT's shape, its header typed "PAT" and its payload opaque, handed over in chat.
const patJwt = () => `${Buffer.from(JSON.stringify({ kid: hex(64), typ: "PAT", alg: "ES256" })).toString("base64url")}.eyJpc3Mi${r.str(220, B64URL)}.${r.str(86, B64URL)}`;
b.pos("r24b-pat-jwt-chat", "'try this token instead:' then a PAT-typed JWT with an opaque payload on the next line",
  `prod sync keeps 401ing. try this one instead, the old one was revoked:\n${patJwt()}\nping me if it still fails`);
bb.ben("r24b-pat-jwt-log", "a PAT-typed JWT in an audit log line, handed to nobody", `2026-03-04T10:00:02Z audit actor=svc-sync blob: ${patJwt()}\n`);
export const cases = [...b.cases, ...bb.cases];
