// Round thirty-four (fix34g, held-out Y146): a token wrapped over a YAML block scalar's lines
// (`key: >-`, `|`, `>`), two to four indented lines each one word of the token: YAML folds them with
// a blank, but the wrap is the editor's and the token is still leaked, read joined beside its name.
// Benign: block scalars holding text (a script, a description, a PEM body, a list of hosts), and a
// wrapped value that joins into no credential (a path, placeholder pieces).
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34a73);
const b = builder({ category: "r34-fix34g-yaml-wrapped-block-scalar" });
const bb = builder({ category: "r34-fix34g-yaml-wrapped-block-scalar-benign" });
const wrap = (v: string, at: number[], pad = "  ") => {
  const out: string[] = [];
  let from = 0;
  for (const k of [...at, v.length]) (out.push(pad + v.slice(from, k)), (from = k));
  return out.join("\n");
};

const resend = `re_${r.alnum(8)}_${r.alnum(24)}`;
b.pos("r34g-wrap-resend-folded", "Resend key folded over two lines", `resend_api_key: >-\n${wrap(resend, [30])}\nregion: eu-west-1\n`);
const stripe = `sk_live_${r.alnum(99)}`;
b.pos("r34g-wrap-stripe-literal", "Stripe live key in a literal scalar over three lines", `payments:\n  stripe_secret: |-\n${wrap(stripe, [40, 80], "    ")}\n  currency: eur\n`);
const gh = `ghp_${r.alnum(36)}`;
b.pos("r34g-wrap-github-folded-keep", "GitHub token under `>` over two lines", `ci:\n  github_token: >\n${wrap(gh, [20], "    ")}\n`);
const bt = `access_token$production$${r.alnum(16).toLowerCase()}$${r.hex(32)}`;
b.pos("r34g-wrap-braintree-four", "Braintree token over four lines", `braintree_token: >-\n${wrap(bt, [18, 36, 54])}\nmerchant: acme\n`);
const slack = `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`;
b.pos("r34g-wrap-slack-helm", "Slack bot token in Helm values over two lines", `slack:\n  botToken: >-\n${wrap(slack, [25], "    ")}\n  channel: "#alerts"\n`);
const generic = r.alnum(48);
b.pos("r34g-wrap-generic-api-key", "opaque API key under api_key over two lines", `service:\n  api_key: >-\n${wrap(generic, [24], "    ")}\n  timeout: 30\n`);

bb.ben("r34g-wrap-script", "a run script in a literal scalar", `steps:\n  - name: build\n    run: |\n      npm ci\n      npm run build\n      npm test\n`);
bb.ben("r34g-wrap-description", "a folded description", `description: >-\n  This service sends transactional\n  email through the provider and\n  retries on failure.\n`);
bb.ben("r34g-wrap-hosts", "hosts one per line in a literal scalar", `allowed_hosts: |\n  api.internal.example\n  cdn.internal.example\n`);
bb.ben("r34g-wrap-path", "a long path wrapped in a folded scalar", `log_dir: >-\n  /var/lib/acme/services/mailer\n  /logs/archive\n`);
bb.ben("r34g-wrap-placeholder", "placeholder pieces wrapped", `resend_api_key: >-\n  re_XXXXXXXXXXXXXXXX\n  XXXXXXXXXXXXXXXX\n`);
bb.ben("r34g-wrap-pem-public", "a public key PEM in a literal scalar", `jwt_public_key: |\n  -----BEGIN PUBLIC KEY-----\n  ${r.alnum(64)}\n  ${r.alnum(64)}\n  -----END PUBLIC KEY-----\n`);
bb.ben("r34g-wrap-versions", "version pins one per line", `pins: |\n  requests==2.32.3\n  urllib3==2.2.2\n  idna==3.7\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
