// Round thirty-six (fix36c): the credential of an Authorization header holding a symbol a token's alphabet lacks, one or
// two and apart (`Bearer sk_…cw#`, `Bearer kovX…ZzM#nVBrj`, a `*` or `^` closing it): a bearer credential is one whatever
// its shape, not only when it reads as a generated password. Benign: masks (runs of `*`, `#`), an e-mail address, a
// glob or wildcard, template markers, a scheme's word alone.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, LOWER, DIGITS, UPPER } from "./_gen.ts";

const r = new Rng(0x36c003);
const b = builder({ category: "r36-fix36c-bearer-symbol" });
const bb = builder({ category: "r36-fix36c-bearer-symbol-benign" });
const LD = LOWER + DIGITS;
const withSym = (body: string, sym: string, at = body.length) => body.slice(0, at) + sym + body.slice(at);
const letters = (n: number) => r.str(n, UPPER + LOWER);

b.pos("fix36c-bsym-curl-hash-inside", "curl -H with a no-digit letters token holding # inside",
  `curl -sS https://idp.acme.example.net/admin/realms \\\n  -H 'Authorization: Bearer ${withSym(letters(19), "#", 13)}' \\\n  -H 'Accept: application/json'\n`);
b.pos("fix36c-bsym-python-dict-hash-end", "Python requests headers, a secret key closed by #",
  `resp = requests.post(url, headers={"Authorization": "Bearer ${withSym("sk_" + r.str(26, LD), "#")}", "Content-Type": "application/json"})\n`);
b.pos("fix36c-bsym-har-star-end", "HAR request header value, a key closed by *",
  `{"request":{"method":"GET","url":"https://api.billing.example.org/v2/charges","headers":[{"name":"Authorization","value":"Bearer ${withSym("sk_" + r.str(26, LD), "*")}"}]}}\n`);
b.pos("fix36c-bsym-nginx-caret", "nginx proxy_set_header with a caret inside a mixed token",
  `location /api/ {\n    proxy_set_header Authorization "Bearer ${withSym(r.str(30, ALNUM), "^", 17)}";\n    proxy_pass http://upstream;\n}\n`);
b.pos("fix36c-bsym-go-header-set", "Go Header.Set with a token of two apart symbols",
  `req.Header.Set("Authorization", "Bearer ${withSym(withSym(r.str(28, ALNUM), "#", 9), "*", 21)}")\n`);
b.pos("fix36c-bsym-log-token-scheme", "debug log of headers, Token scheme, a # closing the token (French log line)",
  `2026-03-02T08:14:55Z DEBUG requête sortante en-têtes={'Authorization': 'Token ${withSym(r.str(32, LD), "#")}', 'Accept-Language': 'fr-FR'}\n`);
b.pos("fix36c-bsym-httpie", "httpie header argument with a * inside",
  `http POST https://api.ledger.example.com/v1/payouts Authorization:"Bearer ${withSym(r.str(24, ALNUM), "*", 11)}" amount=4200\n`);

bb.ben("fix36c-bsym-masked-stars", "a log masking the token with a run of stars",
  `2026-03-02T08:14:55Z DEBUG headers={'Authorization': 'Bearer sk_live_${r.str(4, ALNUM)}********************', 'Accept': '*/*'}\n`);
bb.ben("fix36c-bsym-masked-hashes", "a token masked with hashes but its end",
  `Authorization: Bearer ################${r.str(4, ALNUM)}\n`);
bb.ben("fix36c-bsym-email", "a bearer given an e-mail address (a misconfigured client)",
  `Authorization: Bearer billing.ops.team@northwind-payments.example\n`);
bb.ben("fix36c-bsym-glob-docs", "docs: a header rule matching any bearer value with a glob",
  `# redact rule: drop any header matching\nAuthorization: Bearer *\n`);
bb.ben("fix36c-bsym-template", "a template marker then a fragment in a Postman export",
  `{"key":"Authorization","value":"Bearer {{access_token}}#","type":"text"}\n`);
bb.ben("fix36c-bsym-partial-mask", "German log: token shown masked in the middle",
  `Anfrage gesendet, Kopfzeile Authorization: Bearer sk_test_${r.str(4, ALNUM)}**…**${r.str(4, ALNUM)} (maskiert)\n`);
bb.ben("fix36c-bsym-wildcard-config", "proxy config allowing a wildcard bearer for a path",
  `allow_headers:\n  - "Authorization: Bearer *"\n  - "X-Request-Id: *"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
