// Round twenty-six (held-out Y114's y114-s-010): a DNS provider's API token written inline where Caddy
// asks for a certificate by DNS challenge: `dns <provider> <token>` in a `tls { }` block, or the global
// `acme_dns <provider> <token>`. Benign: the token from `{env.…}` or `{$…}`, a provider block with its
// own settings, DNS in prose or a shell, placeholders. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c303);
const b = builder({ category: "r26-acme-dns-token" });
const bb = builder({ category: "r26-acme-dns-token-benign" });
const cf = () => r.alnum(12) + r.digits(2) + r.b64url(26);

b.pos("r26l-acme-caddy-cloudflare", "Caddyfile tls block with Cloudflare token", `*.example.com {\n    tls {\n        dns cloudflare ${cf()}\n    }\n    reverse_proxy 127.0.0.1:3000\n}\n`);
b.pos("r26l-acme-global-duckdns", "global acme_dns duckdns token (UUID)", `{\n\temail ops@example.com\n\tacme_dns duckdns ${r.uuid()}\n}\n`);
b.pos("r26l-acme-write-file", "Caddyfile in a write_file tool call", JSON.stringify({ name: "write_file", input: { path: "/etc/caddy/Caddyfile", content: `{\n  acme_dns hetzner ${r.alnum(32)}\n}\napp.example.com {\n  reverse_proxy app:8080\n}\n` } }));
b.pos("r26l-acme-godaddy", "GoDaddy key:secret", `tls {\n\tdns godaddy ${r.alnum(14)}:${r.alnum(22)}\n}\n`);
b.pos("r26l-acme-vultr-chat", "pasted in chat", `here's the block, certs still fail:\n\n    tls {\n      dns vultr ${r.alnum(36)}\n      resolvers 1.1.1.1\n    }\n`);
b.pos("r26l-acme-netlify", "Netlify token in a site block", `blog.example.net {\n  tls {\n    dns netlify ${r.b64url(43)}\n  }\n}\n`);

bb.ben("r26l-acme-env", "token from {env.…}", `tls {\n    dns cloudflare {env.CF_API_TOKEN}\n}\n`);
bb.ben("r26l-acme-dollar", "token from {$…}", `{\n  acme_dns cloudflare {$CLOUDFLARE_API_TOKEN}\n}\n`);
bb.ben("r26l-acme-block", "route53 provider block without inline secrets", `tls {\n    dns route53 {\n        max_retries 10\n        region us-east-1\n    }\n}\n`);
bb.ben("r26l-acme-prose", "DNS in prose", `Set the DNS record for www to 203.0.113.8, then check dns propagation with dig before retrying the challenge.`);
bb.ben("r26l-acme-placeholder", "documentation placeholder", `tls {\n    dns cloudflare YOUR_CLOUDFLARE_API_TOKEN_HERE\n}\n`);
bb.ben("r26l-acme-shell", "dns word in a shell session", `$ dns lookup example.com 1.1.1.1\n$ dig +short TXT _acme-challenge.example.com\n`);
bb.ben("r26l-acme-host", "resolver with a host name", `tls {\n    dns_challenge_override_domain challenges.example.net\n    resolvers ns1.example.net\n}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
