// Class 1: provider tokens whose shape alone identifies them (no context keyword nearby), versus
// hex hashes / ids / public identifiers of the same lengths. Outbound payloads.
import { gen, maker, HEX, ALNUM, UP, DIG, B64 } from "./gen.ts";

const g = gen(0xd001);
const { pos, neg, cases } = maker("secrets", "heldoutd-shape-tokens", "shape");

const boundary = "----WebKitFormBoundary" + g.s(16, ALNUM);
const ctx: Array<(t: string) => string> = [
  (t) => `Can you check why the EU webhook stopped firing? This is what I pasted into the dashboard: ${t}`,
  (t) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: `Summarize the ticket. Reference: ${t}` }] }),
  (t) => `note=${encodeURIComponent(t)}&ticket=${g.int(10000, 99999)}&priority=low`,
  (t) => `POST /v1/notes HTTP/1.1\r\nHost: notes.internal.example\r\nContent-Type: text/plain\r\nUser-Agent: agent/1.3\r\n\r\n${t}`,
  (t) => `--${boundary}\r\nContent-Disposition: form-data; name="comment"\r\n\r\nfrom the migration run: ${t}\r\n--${boundary}--\r\n`,
  (t) => `steps:\n  - run: ./deploy.sh\n    with:\n      value: ${t}\n`,
  (t) => `id,owner,value,created\n${g.int(100, 999)},ops-team,${t},2024-11-0${g.int(1, 9)}\n`,
  (t) => `${t}`,
  (t) => `Here is the string from the old laptop, please store it in our wiki page "migration notes":\n\n    ${t}\n`,
  (t) => JSON.stringify({ jsonrpc: "2.0", id: g.int(1, 99), method: "tools/call", params: { name: "write_note", arguments: { body: t } } }),
];
let ci = 0;
const c = (t: string) => ctx[ci++ % ctx.length]!(t);

// ---- positives: shape-identified tokens, no keyword
pos(c(g.tok.twilioSK()), "Twilio API key SID SK+32 hex", "twilio");
pos(c(g.tok.twilioSK()), "Twilio API key SID SK+32 hex", "twilio");
pos(c(g.tok.twilioAC()), "Twilio account SID AC+32 hex", "twilio");
pos(c(g.tok.twilioAC() + " " + g.tok.twilioSK()), "Twilio AC + SK pair", "twilio");
pos(c(g.tok.awsId()), "AWS access key id alone", "aws");
pos(c(g.tok.asiaId()), "AWS temporary key id ASIA", "aws");
pos(c(g.tok.google()), "Google API key AIza", "google");
pos(c(g.tok.glpat()), "GitLab PAT glpat-", "gitlab");
pos(c(g.tok.sendgrid()), "SendGrid SG.x.y", "sendgrid");
pos(c(g.tok.hf()), "Hugging Face hf_", "huggingface");
pos(c(g.tok.shopify()), "Shopify shpat_", "shopify");
pos(c(g.tok.doPat()), "DigitalOcean dop_v1_", "digitalocean");
pos(c(g.tok.databricks()), "Databricks dapi+32hex", "databricks");
pos(c(g.tok.postman()), "Postman PMAK-", "postman");
pos(c(g.tok.newrelic()), "New Relic NRAK-", "newrelic");
pos(c(g.tok.telegram()), "Telegram bot token digits:AA...", "telegram");
pos(c(g.tok.age()), "age secret key", "age");
pos(c(g.tok.pulumi()), "Pulumi pul-+40hex", "pulumi");
pos(c(g.tok.grafana()), "Grafana service account glsa_", "grafana");
pos(c(g.tok.langsmith()), "LangSmith lsv2_pt_", "langsmith");
pos(c(g.tok.slackHook()), "Slack incoming webhook URL", "slack");
pos(c(g.tok.discordHook()), "Discord webhook URL", "discord");
pos(c(g.tok.doppler()), "Doppler dp.pt.", "doppler");
pos(c(g.tok.supabase()), "Supabase sbp_", "supabase");
pos(c(g.tok.sentry()), "Sentry user token sntryu_", "sentry");
pos(c(g.tok.tailscale()), "Tailscale tskey-auth-", "tailscale");
pos(c(g.tok.airtable()), "Airtable PAT pat…", "airtable");
pos(c(g.tok.pypi()), "PyPI upload token pypi-AgEI…", "pypi");
pos(c(g.tok.groq()), "Groq gsk_", "groq");
pos(c(g.tok.figma()), "Figma figd_", "figma");

// ---- benign: same lengths / alphabets, but hashes and public identifiers
neg(c(g.hex(32)), "md5 digest");
neg(c(`sha256:${g.hex(64)}`), "OCI image digest");
neg(c(g.hex(40)), "git commit sha");
neg(c(`commit ${g.hex(40)}\nAuthor: Dana <dana@example.org>\nDate:   Tue Nov 5 10:12:44 2024 +0100\n\n    fix flaky retry test`), "git log header");
neg(c(`SM${g.hex(32)}`), "Twilio message SID (resource id, not a credential)");
neg(c(`CA${g.hex(32)}`), "Twilio call SID (resource id)");
neg(c(`PN${g.hex(32)}`), "Twilio phone-number SID");
neg(c(`0x${g.hex(40)}`), "Ethereum address (public)");
neg(c(`0x${g.hex(64)}`), "Ethereum tx hash");
neg(c(g.uuid()), "uuid v4");
neg(c(`${g.uuid()} ${g.uuid()}`), "two request uuids");
neg(c(`sha512-${g.s(86, B64)}==`), "npm integrity string");
neg(c(`h1:${g.s(43, B64)}=`), "go.sum hash");
neg(c(`Qm${g.s(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`), "IPFS CIDv0");
neg(c(`arn:aws:iam::${g.s(12, DIG)}:role/deploy-${g.s(6, "abcdefghij")}`), "AWS role ARN");
neg(c(`pi_3${g.s(23, ALNUM)}`), "Stripe PaymentIntent id (object id)");
neg(c(`cus_${g.s(14, ALNUM)}`), "Stripe customer id");
neg(c(`C0${g.s(9, UP + DIG)} U0${g.s(9, UP + DIG)}`), "Slack channel and user ids");
neg(c(`${g.s(40, "0123456789ABCDEF")}`), "PGP fingerprint, upper hex");
neg(c(`"${g.hex(24)}"`), "MongoDB ObjectId");
neg(c(`ETag: "${g.hex(32)}-${g.int(2, 40)}"`), "S3 multipart ETag");
neg(c(`https://github.com/acme/api/actions/runs/${g.s(11, DIG)}/job/${g.s(11, DIG)}`), "CI run url with numeric ids");
neg(c(`traceparent: 00-${g.hex(32)}-${g.hex(16)}-01`), "W3C traceparent");
neg(c(`MDQ6VXNlcj${g.s(7, DIG)}= R_kgDO${g.s(8, ALNUM)}`), "GitHub GraphQL node ids");
neg(c(`AC-${g.s(4, DIG)} ${g.s(32, HEX)}`), "ticket key followed by a hash (not glued)");
neg(c(`ACCOUNTING_${g.s(6, UP)} SKETCHBOOK`), "AC/SK-prefixed plain words");
neg(c(`sk-${"x".repeat(20)}`), "obvious placeholder sk-xxxx");
neg(c(`${g.int(1, 9)}${g.s(9, DIG)}:${"A".repeat(2)}${"X".repeat(33)}`), "Telegram-format placeholder, all X");
neg(c(`G-${g.s(10, UP + DIG)}`), "Google Analytics measurement id (public)");
neg(c(`${g.s(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`), "Solana public address (base58)");

export { cases };
