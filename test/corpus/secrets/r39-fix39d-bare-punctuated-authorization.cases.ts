// Round thirty-nine (fix39d): an Authorization header whose whole value is a short punctuated draw, no scheme
// (`Authorization: Zq8#kP2$wL9!mR4@`, Django's alphabet, 16 to 50 characters). The header's value is the credential.
// Benign: masks, templates, words (`none`, `required`, `see docs`), a made-up password with words in it.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x39d004);
const b = builder({ category: "r39-fix39d-bare-punctuated-authorization" });
const bb = builder({ category: "r39-fix39d-bare-punctuated-authorization-benign" });
const DJ = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)";
/** A draw of n with two symbols and two digits at least, no `$` (its own class). */
function draw(n: number, alphabet = DJ): string {
  for (;;) {
    const v = r.str(n, alphabet);
    if ((v.match(/[!@#%^&*()=+]/g) ?? []).length >= 3 && (v.match(/\d/g) ?? []).length >= 2 && !/[a-z]{8}/i.test(v)) return v;
  }
}
const MIXED = ALNUM + "!@#%^&*";

b.pos("fix39d-auth-raw-16", "raw HTTP request: a 16-character mixed-case draw as the whole Authorization value",
  `POST /v2/orders HTTP/1.1\r\nHost: api.shop.example\r\nAuthorization: ${draw(16, MIXED)}\r\nContent-Type: application/json\r\n\r\n{"sku":"A-1"}`);
b.pos("fix39d-auth-curl-20", "curl -H: a 20-character Django-alphabet draw",
  `curl -sS -X GET https://billing.internal.example/api/v1/invoices \\\n  -H 'Authorization: ${draw(20)}' \\\n  -H 'Accept: application/json'\n`);
b.pos("fix39d-auth-python-dict", "Python requests: headers dict (Spanish comment)",
  `# cabecera del servicio heredado\nheaders = {"Authorization": "${draw(28)}", "Accept": "application/json"}\nrequests.get(url, headers=headers, timeout=10)\n`);
b.pos("fix39d-auth-har", "HAR entry: name/value pair",
  `{"request": {"method": "GET", "url": "https://legacy.example.com/api/report", "headers": [{"name": "Authorization", "value": "${draw(24)}"}, {"name": "Accept", "value": "*/*"}]}}\n`);
b.pos("fix39d-auth-nginx", "nginx: proxy_set_header Authorization with a drawn value",
  `location /upstream/ {\n    proxy_pass http://10.0.4.12:8080/;\n    proxy_set_header Authorization "${draw(32, MIXED)}";\n}\n`);
b.pos("fix39d-auth-fetch", "JS fetch: headers object (German comment)",
  `// Zugang zum alten Reporting-Dienst\nconst res = await fetch("https://reports.example.net/api/daily", {\n  headers: { Authorization: "${draw(18, MIXED)}" },\n});\n`);
b.pos("fix39d-auth-50", "raw HTTP: a 50-character Django key sent as the Authorization value",
  `GET /internal/health/full HTTP/1.1\nHost: ops.example.org\nAuthorization: ${draw(50)}\n`);

bb.ben("fix39d-auth-masks", "masks and words where the value would be",
  "Authorization: <redacted>\nAuthorization: [REDACTED]\nAuthorization: ********\nAuthorization: ***redacted***\nAuthorization: (none)\n");
bb.ben("fix39d-auth-templates", "templates and variables",
  "curl -H \"Authorization: ${AUTH}\" https://api.example.com/\nAuthorization: {{auth_token}}\nAuthorization: %AUTH_HEADER%\nAuthorization: $(cat /run/secrets/auth)\n");
bb.ben("fix39d-auth-words", "docs: words in the header's place (French)",
  "| Header | Value |\n|---|---|\n| Authorization | required |\n| Authorization: none | public endpoints |\n\nAuthorization: see docs\n# En-tête Authorization : voir la documentation\n");
bb.ben("fix39d-auth-madeup-password", "made-up passwords with words in them",
  "Authorization: my-secret-token!!\nAuthorization: Password123!@#\nAuthorization: change_me_please!!\n");
bb.ben("fix39d-auth-policy", "a header policy describing the alphabet",
  "Authorization: 16-50 chars of a-z 0-9 !@#$%^&*(-_=+) (see spec)\nX-Allowed-Symbols: !@#%^&*()\n");
bb.ben("fix39d-auth-scheme-refs", "schemes with template credentials",
  "Authorization: Bearer ${API_TOKEN}\nAuthorization: Basic <base64 user:pass>\nAuthorization: Token {{token}}\n");

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
