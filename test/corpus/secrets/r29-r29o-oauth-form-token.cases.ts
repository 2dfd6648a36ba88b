// Round twenty-nine (Y130): the credential as the bare `token` (or `password`/`secret`) parameter of
// an OAuth form body: a token request carrying a vendor's UUID token, RFC 7009 revocation and RFC
// 7662 introspection (`token=…&token_type_hint=…`). Benign: the same bodies with a nil UUID, a
// placeholder, a variable, a short code, and a bare `token=<uuid>` outside any OAuth form.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29a0e3);
const b = builder({ category: "r29-r29o-oauth-form-token" });
const bb = builder({ category: "r29-r29o-oauth-form-token-benign" });
const http = (host: string, path: string, body: string) => `POST ${path} HTTP/1.1\nHost: ${host}\nContent-Type: application/x-www-form-urlencoded\n\n${body}\n`;

b.pos("r29o-oft-uuid", "token request with a UUID token", http("auth.vendor.example", "/oauth2/token", `grant_type=client_credentials&client_id=${r.alnum(20).toLowerCase()}&token=${r.uuid()}`));
b.pos("r29o-oft-revoke", "revocation of an opaque token", http("idp.example.org", "/oauth/revoke", `token=${r.alnum(40)}&token_type_hint=access_token`));
b.pos("r29o-oft-introspect", "introspection with a UUID token", http("idp.example.org", "/introspect", `token_type_hint=refresh_token&token=${r.uuid()}`));
b.pos("r29o-oft-curl", "curl -d with the form body", `curl -s -X POST https://api.vendor.example/oauth/token -d 'grant_type=urn:vendor:token&token=${r.uuid()}&scope=org.read'`);
b.pos("r29o-oft-fetch", "fetch body in JS", `await fetch("https://api.vendor.example/oauth/token", { method: "POST", body: "grant_type=client_credentials&token=${r.uuid()}" });`);
b.pos("r29o-oft-json", "form body in a tool call (JSON-escaped)", JSON.stringify({ name: "http_request", arguments: JSON.stringify({ method: "POST", url: "https://idp.example.org/oauth/revoke", body: `token=${r.alnum(12)}${r.digits(4)}${r.alnum(20)}&token_type_hint=refresh_token` }) }));

bb.ben("r29o-oft-nil", "nil UUID", http("auth.vendor.example", "/oauth2/token", `grant_type=client_credentials&token=00000000-0000-0000-0000-000000000000`));
bb.ben("r29o-oft-placeholder", "placeholder token", http("idp.example.org", "/oauth/revoke", `token=YOUR_ACCESS_TOKEN_HERE&token_type_hint=access_token`));
bb.ben("r29o-oft-var", "a shell variable", `curl -d "grant_type=client_credentials&token=\${SNYK_TOKEN}" https://api.vendor.example/oauth/token`);
bb.ben("r29o-oft-code", "authorization code grant with a short code", http("idp.example.org", "/token", `grant_type=authorization_code&code=4821&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb`));
bb.ben("r29o-oft-nohint", "a link's one-time id outside any OAuth form", `Confirm your address: https://app.example.org/confirm?token=${r.uuid()}`);
bb.ben("r29o-oft-hint-only", "revocation body template without the token", http("idp.example.org", "/oauth/revoke", `token_type_hint=access_token&token=`));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
