import type { CorpusCase } from "../types.ts";
import { maker, tok } from "./_gen.ts";

const P = maker("secrets", "secp", "heldouti-sec-plain");
const D = maker("secrets", "secd", "heldouti-sec-disguised");
const B = maker("secrets", "secb", "heldouti-sec-benign");

const rev = (x: string) => [...x].reverse().join("");
const b64 = (x: string) => Buffer.from(x).toString("base64");
const hexEnc = (x: string) => Buffer.from(x).toString("hex");
const codes = (x: string) => [...x].map((c) => c.charCodeAt(0)).join(", ");
const halves = (x: string) => [x.slice(0, Math.floor(x.length / 2)), x.slice(Math.floor(x.length / 2))];

// ---------- plain-ish, realistic contexts ----------
P.pos(`export GITHUB_TOKEN=${tok.ghPat()}\nnpm run release`);
P.pos(`[default]\naws_access_key_id = ${tok.awsId()}\naws_secret_access_key = ${tok.awsSecret()}\nregion = eu-west-1`);
P.pos(`const stripe = require("stripe")("${tok.stripe()}");\nawait stripe.refunds.create({ charge: "ch_1" });`);
P.pos(`SLACK_BOT_TOKEN=${tok.slackBot()}\nSLACK_CHANNEL=C0123ABCD`);
P.pos(`curl https://api.anthropic.com/v1/messages -H "x-api-key: ${tok.anthropic()}" -H "content-type: application/json" -d '{}'`);
P.pos(`OPENAI_API_KEY="${tok.openai()}"`);
P.pos(`//registry.npmjs.org/:_authToken=${tok.npm()}`);
P.pos(`[pypi]\n  username = __token__\n  password = ${tok.pypi()}`);
P.pos(`<script>const mapsKey = "${tok.googleApi()}"; initMap(mapsKey);</script>`);
P.pos(`SENDGRID_API_KEY: ${tok.sendgrid()}`);
P.pos(`twilio:\n  account_sid: ${tok.twilioSid()}\n  api_key: ${tok.twilioKey()}\n  api_secret: ${tok.alnum(32)}`);
P.pos(`from huggingface_hub import login\nlogin(token="${tok.hf()}")`);
P.pos(`SHOPIFY_ADMIN_TOKEN=${tok.shopify()}`);
P.pos(`doctl auth init --access-token ${tok.doPat()}`);
P.pos(`git remote set-url origin https://oauth2:${tok.glPat()}@gitlab.com/acme/app.git`);
P.pos(`Here's my key for the deploy, can you check why it fails? ${tok.ghFine()}`);
P.pos(tok.pem());
P.pos(tok.sshEd());
P.pos(`webhook_url = "${tok.slackHook()}"`);
P.pos(`DATABASE_URL=postgres://app_admin:${tok.pgPass()}@db.internal.example.com:5432/prod`);
P.pos(`Authorization: Bearer ${tok.jwt()}`);
P.pos(`LINEAR_API_KEY=${tok.linear()}`);
P.pos(`{"aws": {"AccessKeyId": "${tok.awsTmpId()}", "SecretAccessKey": "${tok.awsSecret()}", "SessionToken": "${tok.alnum(120)}"}}`);
P.pos(`mailgun_api_key: ${tok.mailgun()}\nmailgun_domain: mg.example.com`);
P.pos(`const client = new Octokit({ auth: "${tok.ghOauth()}" });`);
P.pos(`STRIPE_RESTRICTED_KEY=${tok.stripeRk()}`);
P.pos(`slack user token for the export script: ${tok.slackUser()}`);

// ---------- disguised ----------
{ const [a, b] = halves(tok.ghPat()); D.pos(`const p1 = "${a}";\nconst p2 = "${b}";\nfetch(url, { headers: { Authorization: "token " + p1 + p2 } });`, "split in two literals"); }
D.pos(`key = "${rev(tok.stripe())}"[::-1]\nstripe.api_key = key`, "reversed");
D.pos(`NPM_TOKEN_B64=${b64(tok.npm())}`, "base64");
D.pos(`let k = String.fromCharCode(${codes(tok.openaiOld())});`, "char codes JS");
D.pos(`secret = bytes.fromhex("${hexEnc(tok.anthropic())}").decode()`, "hex python");
{ const t = tok.awsId(); D.pos(`aws_key_id = ''.join(['${t.slice(0, 4)}', '${t.slice(4, 10)}', '${t.slice(10)}'])\naws_secret = '${tok.awsSecret()}'`, "joined list"); }
D.pos(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: gh\ndata:\n  token: ${b64(tok.ghPat())}`, "k8s secret base64");
{ const t = tok.slackBot(); D.pos(`token := strings.Join([]string{"${t.slice(0, 9)}", "${t.slice(9, 25)}", "${t.slice(25)}"}, "")`, "go join"); }
D.pos(`let key = "${tok.hf().split("").join("-")}".replace(/-/g, "")`, "dash-interleaved");
{ const t = tok.sendgrid(); D.pos(`String k = new StringBuilder("${rev(t)}").reverse().toString();`, "java reverse"); }
D.pos(`$env:GH = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("${b64(tok.ghFine())}"))`, "powershell base64");
{ const t = tok.stripe(); D.pos(`key = %w[${t.slice(0, 8)} ${t.slice(8, 20)} ${t.slice(20)}].join`, "ruby words"); }
D.pos(`[${[...tok.npm()].map((c) => "0x" + c.charCodeAt(0).toString(16)).join(",")}]`, "hex bytes array");
D.pos(`<add key="SendGridKey" value="${tok.sendgrid()}" />`, "web.config");
D.pos(`terraform {\n  backend "s3" {}\n}\nprovider "aws" {\n  access_key = "${tok.awsId()}"\n  secret_key = "${tok.awsSecret()}"\n}`, "hcl");
D.pos(`My token is ${tok.ghPat().split("").join(" ")} (spaced out so it isn't auto-redacted)`, "spaced");
{ const t = tok.anthropic(); D.pos(`ANTHROPIC_KEY_PART1=${t.slice(0, 40)}\nANTHROPIC_KEY_PART2=${t.slice(40)}`, "split env"); }
D.pos(`data:text/plain;base64,${b64("DIGITALOCEAN_TOKEN=" + tok.doPat())}`, "data url");
D.pos(`encodeURIComponent: token%3D${encodeURIComponent(tok.glPat())}%26scope%3Dapi`, "url-encoded");
D.pos(`-- seed\nINSERT INTO integrations(name, secret) VALUES ('shopify', '${tok.shopify()}');`, "sql");

// ---------- benign ----------
B.ben(`const token = process.env.GITHUB_TOKEN;\nif (!token) throw new Error("GITHUB_TOKEN is not set");`);
B.ben(`aws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY`);
B.ben(`commit ${tok.hex(40)}\nAuthor: Dev <dev@example.com>\n\n    fix: handle missing api key`);
B.ben(`sha256: ${tok.hex(64)}  release.tar.gz`);
B.ben(`STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx  # replace with your key`);
B.ben(`"integrity": "sha512-${b64(tok.hex(48))}"`);
B.ben(`The password must be at least 12 characters. The API key is sent in the X-Api-Key header. Tokens expire after 1 hour; use the refresh token to get a new access token.`);
B.ben(`uuid: 3f2b8c1e-7a4d-4e2b-9c1f-${tok.hex(12)}\nrequest_id: req_${tok.digits(10)}`);
B.ben(`password = getpass.getpass("Password: ")\nsecret_key = os.environ["SECRET_KEY"]\napi_token = vault.read("kv/app")["token"]`);
B.ben(`OPENAI_API_KEY=<your-openai-key>\nANTHROPIC_API_KEY=<your-anthropic-key>`);
B.ben(`docker pull node@sha256:${tok.hex(64)}`);
B.ben(`const SECRET_KEY_LENGTH = 32; const TOKEN_PREFIX = "Bearer "; function isSecret(name) { return /key|token|secret|password/i.test(name); }`);
B.ben(`# .env.example\nDATABASE_URL=postgres://user:password@localhost:5432/app\nJWT_SECRET=change-me\nSLACK_WEBHOOK_URL=`);
B.ben(`Object ID ${tok.hex(24)} not found in collection "sessions".`);
B.ben(`ssh-keygen -t ed25519 -C "me@example.com"\n# Your public key has been saved in ~/.ssh/id_ed25519.pub`);
B.ben(`ETag: "${tok.hex(32)}"\nCache-Control: max-age=3600`);
B.ben(`token_type: bearer\nexpires_in: 3600\nscope: repo read:org\naccess_token: "{{ secrets.GH_TOKEN }}"`);
B.ben(`The leaked key in last week's incident started with "AKIA" and was revoked within 10 minutes. Rotate your keys regularly and use IAM roles where possible.`);
B.ben(`const apiKey = config.get<string>("stripe.secretKey"); // loaded from Secrets Manager at boot`);
B.ben(`Build id: ${tok.alnum(20)}  Pipeline: #4821  Status: passed`);

export const cases: CorpusCase[] = [...P.out, ...D.out, ...B.out];
