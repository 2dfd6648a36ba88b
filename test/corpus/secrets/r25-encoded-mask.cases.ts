// Round twenty-five (held-out Y102): a masked key in a form body or query, its bullets percent-encoded
// as UTF-8 (`sk-ant-%E2%80%A2%E2%80%A2…lwIf`): a mask, not a key. Positives: a real key percent-encoded in
// the same slots (its few encoded characters are not a mask's run), a key beside a lone encoded bullet.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a006);
const b = builder({ category: "r25-encoded-mask" });
const bb = builder({ category: "r25-encoded-mask-benign" });
const enc = (ch: string, n: number) => encodeURIComponent(ch).repeat(n);

bb.ben("r25-mask-form-bullets", "a form body with an Anthropic key masked in bullets",
  `POST /settings HTTP/1.1\r\nHost: app.example.net\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nteam=ops&anthropic_api_key=sk-ant-${enc("•", 16)}${r.alnum(4)}&save=1`);
bb.ben("r25-mask-query-dots", "a query string with a token masked in black circles",
  `GET /v1/keys?name=ci&api_token=${enc("●", 20)}${r.alnum(4)} HTTP/1.1\r\nHost: api.example.net\r\n\r\n`);
bb.ben("r25-mask-form-ellipsis", "an encoded ellipsis run as the mask",
  `client_secret=${r.alnum(4)}${enc("…", 6)}${r.alnum(4)}&grant_type=client_credentials`);
bb.ben("r25-mask-lower-hex", "lower-case percent escapes of bullets",
  `password=${enc("•", 12).toLowerCase()}&remember=true`);
bb.ben("r25-mask-middle-dot", "middle dots as the mask in a secret_key field",
  `aws_secret_access_key=${enc("·", 24)}${r.alnum(4)}&region=us-east-1`);
bb.ben("r25-mask-bullet-operator", "bullet operators in a webhook secret field",
  `{"webhook_secret":"whsec_${enc("∙", 18)}${r.alnum(4)}"}`);

b.pos("r25-mask-pos-real-encoded", "a real key with an encoded slash and plus",
  `anthropic_api_key=sk-ant-api03-${r.alnum(20)}%2B${r.alnum(30)}%2F${r.alnum(40)}AA&save=1`);
b.pos("r25-mask-pos-password", "a generated password percent-encoded in a form",
  `username=deploy&password=${r.alnum(8)}%21${r.alnum(6)}%23${r.alnum(6)}&submit=1`);
b.pos("r25-mask-pos-one-bullet", "a real token with one encoded bullet glued after it",
  `api_token=${r.alnum(40)}${enc("•", 1)}&scope=read`);
b.pos("r25-mask-pos-secret-key", "a client secret in a query",
  `GET /oauth/token?client_id=app1&client_secret=${r.alnum(36)} HTTP/1.1\r\n\r\n`);
b.pos("r25-mask-pos-aws", "an AWS secret in a form with an encoded slash",
  `aws_secret_access_key=${r.alnum(18)}%2F${r.alnum(21)}&region=us-east-1`);
b.pos("r25-mask-pos-json-slot", "a webhook secret in JSON next to an unrelated masked field",
  `{"display":"${enc("•", 8)}","webhook_secret":"whsec_${r.alnum(32)}"}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
