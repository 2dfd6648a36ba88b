// Round thirty-six (fix36c): a value a log or terminal put on the lines below its secret-named header or field: `x-api-key=`
// or `Authorization-Token:` closing a log line, the key wrapped at a fixed width (64, 76 columns) or whole on the next
// line. Read as the name beside its value. Benign: the same layout holding a digest, a request id, a URL, a list of ids
// of one width, words; a secret name above a blank line.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x36c007);
const b = builder({ category: "r36-fix36c-wrapped-below-name" });
const bb = builder({ category: "r36-fix36c-wrapped-below-name-benign" });
const wrap = (v: string, w: number) => v.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const adyenApiKey = () => "AQE" + r.str(3, ALNUM) + "+" + r.str(60, ALNUM) + "==-" + r.str(43, ALNUM) + "=-" + r.str(16, ALNUM);

b.pos("fix36c-wrap-adyen-76", "Adyen API key after x-api-key= wrapped at 76 columns",
  `[adyen-client] init merchant=NorthwindEU x-api-key=\n${wrap(adyenApiKey(), 76)}\n[adyen-client] POST /v71/payments 401\n`);
b.pos("fix36c-wrap-api-token-64", "an api_token wrapped at 64 columns in a job log",
  `2026-05-11 04:12:09 INFO  sync starting, api_token=\n${wrap(r.str(100, ALNUM + "_-"), 64)}\n2026-05-11 04:12:10 INFO  fetched 312 records\n`);
b.pos("fix36c-wrap-header-colon", "a header dump: the secret key's header name closing the line",
  `> POST /v2/charges HTTP/1.1\n> X-Secret-Key:\n${wrap("sk_" + "live_" + r.str(90, ALNUM), 48)}\n> Content-Type: application/json\n`);
b.pos("fix36c-wrap-next-line-whole", "a client_secret alone on the next line",
  `oauth config dump\nclient_secret=\n${r.str(40, ALNUM + "~._-")}\nredirect_uri=https://app.example.org/cb\n`);
b.pos("fix36c-wrap-german-log", "German log line, the password field closing it, the value wrapped",
  `[bereitstellung] Verbindung wird aufgebaut, datenbank_passwort=\n${wrap(r.str(70, ALNUM + "+/"), 40)}\n[bereitstellung] fertig\n`);
b.pos("fix36c-wrap-json-field", "a pretty-printer wrapping an access_token field's value",
  `"access_token":\n${wrap(r.str(150, ALNUM + "-_"), 72)}\n"expires_in": 3600\n`);

bb.ben("fix36c-wrap-digest", "a sha256 digest below its field",
  `artifact uploaded, sha256=\n${wrap(r.str(64, HEX), 32)}\n`);
bb.ben("fix36c-wrap-request-id", "a request id below a header name",
  `x-request-id:\n${r.uuid()}\n`);
bb.ben("fix36c-wrap-url", "a URL below a key-named field",
  `jwks_key_url=\nhttps://login.example.org/.well-known/jwks.json\n`);
bb.ben("fix36c-wrap-id-list", "a list of ids of one width under a heading",
  `order_ids:\n${Array.from({ length: 4 }, () => "ord_" + r.str(28, HEX)).join("\n")}\nprocessed: 4\n`);
bb.ben("fix36c-wrap-words", "a secret name above lines of words",
  `password:\nSee the runbook in the wiki.\nrotate every 90 days\n`);
bb.ben("fix36c-wrap-blank-line", "a token name with its value after a blank line and prose (French)",
  `api_token=\n\nLa valeur est injectée par le coffre au démarrage.\n`);
bb.ben("fix36c-wrap-public-key", "a public key id wrapped below its name",
  `public_key=\n${wrap("ssh-ed25519", 76)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
