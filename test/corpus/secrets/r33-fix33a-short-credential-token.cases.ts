// Round thirty-three (fix33a): a short token under a name that says it is a sent credential: an XML
// element (`<AccessToken>`, `<ns:SessionToken>`), a JSON/YAML key or a request header (`authorizationToken`,
// `bearer_token`, `X-Api-Token`, `X-Refresh-Token`) holding 8 to 15 drawn characters. A bare `token` or
// `key` slot asks 16 opaque characters; these names leave no doubt, so a shorter drawn value is the leak.
// Benign: paging cursors and CSRF nonces named as tokens, masks, references, placeholders, numbers,
// a word and a number (`OAuth2`), enum-like words, a token's type or lifetime.
import type { CorpusCase } from "../types.ts";
import { builder, DIGITS, LOWER, Rng, UPPER } from "./_gen.ts";

const r = new Rng(0x33a01);
const b = builder({ category: "r33-fix33a-short-credential-token" });
const bb = builder({ category: "r33-fix33a-short-credential-token-benign" });
/** 12 characters, letters of both cases and digits through it. */
const tok = () => [0, 1, 2, 3].map(() => r.str(1, UPPER) + r.str(1, LOWER) + r.str(1, DIGITS)).join("");
/** 10 lower-case hex-ish characters with digits through it. */
const hexTok = () => [0, 1, 2, 3, 4].map(() => r.str(1, "abcdef") + r.str(1, "123456789")).join("");

b.pos("r33a-tok-xml-access", "SOAP login response with a short AccessToken", `<LoginResponse xmlns="urn:vendor:auth">\n  <AccessToken>${tok()}</AccessToken>\n  <ExpiresIn>3600</ExpiresIn>\n</LoginResponse>\n`);
b.pos("r33a-tok-xml-ns-session", "namespaced SessionToken in a SOAP header", `<soap:Header><ns2:AuthHeader><ns2:SessionToken>${tok()}</ns2:SessionToken></ns2:AuthHeader></soap:Header>`);
b.pos("r33a-tok-xml-auth-hex", "AuthToken element with a short hex token", `<Credentials>\n  <User>etl</User>\n  <AuthToken>${hexTok()}</AuthToken>\n</Credentials>\n`);
b.pos("r33a-tok-json-authorization", "JSON body with an authorizationToken", JSON.stringify({ user: "kim", authorizationToken: tok(), remember: true }));
b.pos("r33a-tok-yaml-bearer", "YAML client config with a bearer_token", `client:\n  base_url: https://api.internal.corp\n  bearer_token: ${tok()}\n`);
b.pos("r33a-tok-header-api", "curl with an X-Api-Token header", `curl -s -H "X-Api-Token: ${tok()}" https://reports.internal.corp/v1/daily\n`);
b.pos("r33a-tok-header-refresh", "raw request with an X-Refresh-Token header", `POST /oauth/renew HTTP/1.1\r\nHost: sso.internal.corp\r\nX-Refresh-Token: ${tok()}\r\nContent-Length: 0\r\n\r\n`);
b.pos("r33a-tok-xml-security", "SecurityToken element in a Java properties XML", `<config>\n  <endpoint>https://svc.internal.corp</endpoint>\n  <SecurityToken>${tok()}</SecurityToken>\n</config>\n`);

bb.ben("r33a-tok-next", "a paging cursor named NextToken", `<ListUsersResponse>\n  <NextToken>${tok()}</NextToken>\n</ListUsersResponse>\n`);
bb.ben("r33a-tok-csrf", "a CSRF nonce in a JSON form post", JSON.stringify({ csrfToken: tok(), comment: "looks good" }));
bb.ben("r33a-tok-mask", "a masked AccessToken in a logged response", `<LoginResponse>\n  <AccessToken>********</AccessToken>\n</LoginResponse>\n`);
bb.ben("r33a-tok-ref", "a reference to the token in a template", `<AuthHeader>\n  <SessionToken>\${SESSION_TOKEN}</SessionToken>\n</AuthHeader>\n`);
bb.ben("r33a-tok-enum", "the token's kind as an enum word", `<Grant>\n  <AccessToken>OAuth2</AccessToken>\n  <AuthToken>REQUIRED</AuthToken>\n</Grant>\n`);
bb.ben("r33a-tok-number", "a numeric id under a token element", `<Session>\n  <SessionToken>${r.digits(12)}</SessionToken>\n</Session>\n`);
bb.ben("r33a-tok-placeholder", "a documented placeholder", `<AccessToken>your-access-token</AccessToken>\n`);
bb.ben("r33a-tok-type", "the token's type and lifetime", JSON.stringify({ token_type: "Bearer", expires_in: 3600, sessionTokenTtl: "15m" }));
bb.ben("r33a-tok-word-number", "a word and a number in a bearer_token field of a test fixture", `bearer_token: token123\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
