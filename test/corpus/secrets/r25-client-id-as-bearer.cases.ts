// Round twenty-five (held-out Y107): a Google OAuth client id (`<digits>-<32>.apps.googleusercontent.com`) sent
// as an Authorization header's token: an app's public id, not a credential. Positives: real tokens in the same
// headers, one of them beside a client id in the request. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a0a2);
const b = builder({ category: "r25-client-id-as-bearer" });
const bb = builder({ category: "r25-client-id-as-bearer-benign" });
const clientId = () => `${r.digits(12)}-${r.str(32, "abcdefghijklmnopqrstuvwxyz0123456789")}.apps.googleusercontent.com`;

bb.ben("r25-cid-ben-fetch", "a copied fetch call", `fetch("https://api.example.com/graphql", {\n  "headers": { "authorization": "Bearer ${clientId()}" },\n  "method": "POST"\n});\n`);
bb.ben("r25-cid-ben-curl", "curl with the client id as the token", `curl -H "Authorization: Bearer ${clientId()}" https://api.example.net/v1/me\n`);
bb.ben("r25-cid-ben-har", "a HAR header pair", JSON.stringify({ name: "Authorization", value: `Bearer ${clientId()}` }));
bb.ben("r25-cid-ben-http", "a raw request", `GET /v1/profile HTTP/1.1\r\nHost: api.example.org\r\nAuthorization: Bearer ${clientId()}\r\n\r\n`);
bb.ben("r25-cid-ben-python", "requests headers", `requests.get(url, headers={"Authorization": f"Bearer ${clientId()}"})\n`);
bb.ben("r25-cid-ben-token-scheme", "another scheme word", `Authorization: Token ${clientId()}\n`);

b.pos("r25-cid-ya29", "a Google access token in the header", `curl -H "Authorization: Bearer ya29.${r.b64url(150)}" https://api.example.com/v1/files\n`);
b.pos("r25-cid-opaque", "an opaque token beside a client id in the body", `POST /oauth/introspect HTTP/1.1\r\nAuthorization: Bearer ${r.alnum(40)}\r\n\r\nclient_id=${clientId()}\n`);
b.pos("r25-cid-fetch-real", "a copied fetch call with a real token", `fetch("https://api.example.com/graphql", {\n  "headers": { "authorization": "Bearer ${r.alnum(48)}" },\n  "method": "POST"\n});\n`);
b.pos("r25-cid-har-real", "a HAR header pair with a real token", JSON.stringify({ name: "Authorization", value: `Bearer ${r.hex(20)}${r.alnum(24)}` }));
b.pos("r25-cid-python-real", "requests headers with a real token", `requests.get(url, headers={"Authorization": "Token ${r.alnum(40)}"})\n`);
b.pos("r25-cid-suffix-real", "a real token that ends like a host", `Authorization: Bearer ${r.alnum(36)}.apps.example.com\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
