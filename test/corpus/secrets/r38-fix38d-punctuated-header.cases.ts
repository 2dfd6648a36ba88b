// Round thirty-eight (fix38d): an Authorization (Proxy-Authorization, X-Api-Key, X-Auth-Token …) header's value is read
// to the end of the quoted or header value, punctuation included, in any carrier (nginx, Apache, HAProxy, Caddy, Envoy,
// curl -H, fetch headers, raw HTTP, Python/Go/Java header maps): a long random body drawn with punctuation (Django's
// SECRET_KEY alphabet, a generated password) is the credential. Benign: variables, templates, masks, placeholders, code.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, LOWER } from "./_gen.ts";

const r = new Rng(0x38d001);
const b = builder({ category: "r38-fix38d-punctuated-header" });
const bb = builder({ category: "r38-fix38d-punctuated-header-benign" });
/** Django's get_random_secret_key() alphabet, and a generated password's. */
const django = () => r.str(50, LOWER + DIGITS + "!@#$%^&*(-_=+)");
const password = (n: number) => r.str(n, ALNUM + "!@#%^&*()=+~");
const bearer = "Bear" + "er ";

b.pos("fix38d-hdr-nginx-bearer-django", "nginx proxy_set_header Authorization with a Django-alphabet bearer token",
  `location /api/ {\n    proxy_pass https://backend.internal;\n    proxy_set_header Authorization "${bearer}${django()}";\n}\n`);
b.pos("fix38d-hdr-apache-requestheader", "Apache RequestHeader set Authorization with a Token scheme and a punctuated draw",
  `<Location "/reports">\n  RequestHeader set Authorization "Token ${password(40)}"\n  ProxyPass "http://reports:8080/"\n</Location>\n`);
b.pos("fix38d-hdr-curl-x-api-key", "curl -H X-Api-Key with a punctuated generated key",
  `curl -sS https://api.vendor.example/v2/items \\\n  -H "X-Api-Key: ${password(36)}" \\\n  -H "Accept: application/json"\n`);
b.pos("fix38d-hdr-raw-proxy-authorization", "raw HTTP request with Proxy-Authorization: Bearer and a Django-alphabet token",
  `CONNECT api.vendor.example:443 HTTP/1.1\r\nHost: api.vendor.example:443\r\nProxy-Authorization: ${bearer}${django()}\r\n\r\n`);
b.pos("fix38d-hdr-python-map-auth-token", "Python requests headers map with X-Auth-Token",
  `resp = requests.get(\n    "https://inventory.example.net/v1/hosts",\n    headers={"X-Auth-Token": "${password(32)}", "Accept": "application/json"},\n)\n`);
b.pos("fix38d-hdr-go-header-set", "Go request header set to a bearer with a punctuated draw",
  `req, _ := http.NewRequest("GET", url, nil)\nreq.Header.Set("Authorization", "${bearer}${django()}")\n`);
b.pos("fix38d-hdr-fetch-token", "fetch headers object, Authorization Token scheme, German comment",
  `// Abruf der Berichte mit dem Dienstkonto\nconst res = await fetch(url, { headers: { Authorization: "Token ${password(44)}" } });\n`);
b.pos("fix38d-hdr-java-setrequestproperty", "Java setRequestProperty Authorization Bearer with a Django-alphabet token",
  `HttpURLConnection conn = (HttpURLConnection) url.openConnection();\nconn.setRequestProperty("Authorization", "${bearer}${django()}");\n`);

bb.ben("fix38d-hdr-ben-nginx-variable", "nginx passing the client's own Authorization header on",
  `location /api/ {\n    proxy_set_header Authorization "${bearer}$http_authorization";\n    proxy_set_header X-Api-Key $http_x_api_key;\n}\n`);
bb.ben("fix38d-hdr-ben-env-template", "shell and template references as the header value",
  `curl -H "Authorization: ${bearer}\${API_TOKEN}" https://api.example.com\ncurl -H "Authorization: ${bearer}{{ token }}" https://api.example.com\n`);
bb.ben("fix38d-hdr-ben-angle-placeholder", "docs: the header with an angle-bracket placeholder and a mask",
  `Send the header \`Authorization: ${bearer}<token>\` with every call. Logs show it as \`Authorization: ${bearer}***\`.\n`);
bb.ben("fix38d-hdr-ben-redacted", "raw request dump with a redacted Authorization and X-Api-Key",
  `POST /v1/charge HTTP/1.1\nHost: api.example.com\nAuthorization: ${bearer}(redacted)\nX-Api-Key: ********************************\n`);
bb.ben("fix38d-hdr-ben-code-concat", "code building the header from a call",
  `headers["Authorization"] = "${bearer}" + getAccessToken(scope=("read", "write"))\nheaders["X-Auth-Token"] = token_for(user)\n`);
bb.ben("fix38d-hdr-ben-format-string", "a format string for the header (Python and Go)",
  `auth = "${bearer}%s" % token\nreq.Header.Set("Authorization", fmt.Sprintf("${bearer}%s", tok))\n`);
bb.ben("fix38d-hdr-ben-caddy-placeholder", "Caddy header_up with its request placeholder",
  `reverse_proxy backend:8080 {\n    header_up Authorization "${bearer}{http.request.header.X-Token}"\n    header_up X-Api-Key {env.API_KEY}\n}\n`);
bb.ben("fix38d-hdr-ben-command-subst", "nginx and shell taking the token from a command",
  `curl -H "Authorization: ${bearer}$(cat /run/secrets/api_token)" https://api.example.com\ncurl -H "X-Api-Key: $(vault kv get -field=key secret/api)" https://api.example.com\n`);
bb.ben("fix38d-hdr-ben-fr-prose", "French prose: the header named, its value described with punctuation",
  `L'en-tête Authorization doit contenir « ${bearer}(votre-jeton-ici) » ; ne jamais coller le jeton réel !\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
