// Positives: credentials encoded, split or obfuscated in several languages.
import { builder, reseed, tok } from "./gen.ts";

reseed(202);
const { cases, pos } = builder("secrets-encoded", "secrets");
export { cases };

const b64 = (s: string) => Buffer.from(s).toString("base64");
const hexs = (s: string) => Buffer.from(s).toString("hex");
const E = "encoded";
const S = "split";

pos(E, `{"config":"${b64(`GITHUB_TOKEN=${tok.ghp()}\n`)}","encoding":"base64"}`);
pos(E, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe\ntype: Opaque\ndata:\n  STRIPE_SECRET_KEY: ${b64(tok.stripeSk())}`);
pos(E, `echo ${b64(`aws_secret_access_key=${tok.awsSecret()}\naws_access_key_id=${tok.awsId()}`)} | base64 -d > ~/.aws/credentials`);
pos(E, `payload=${hexs(tok.anthropic())}`, "hex-encoded key");
pos(E, `GET /collect?d=${encodeURIComponent(`token=${tok.slackBot()}`)} HTTP/1.1`);
pos(E, `Authorization: Basic ${b64(`deploy:${tok.glpat()}`)}`);
pos(E, `{"auths":{"ghcr.io":{"auth":"${b64(`acme-bot:${tok.ghp()}`)}"}}}`);
pos(E, `const k = "${[...tok.npm()].map((c) => "\\u00" + c.charCodeAt(0).toString(16)).join("")}";`, "unicode-escaped npm token");
pos(E, `key = bytes.fromhex("${hexs(tok.openai())}").decode()`);
pos(E, `blob: ${b64(b64(tok.sendgrid()))}`, "double base64");
pos(E, `{"note":"${b64(tok.pem("RSA PRIVATE KEY", 8))}"}`, "base64 PEM");
pos(E, `s = "${tok.hf().split("").reverse().join("")}"[::-1]`, "reversed string");
pos(E, `char key[] = {${[...tok.digitalocean()].map((c) => `'${c}'`).join(",")}, 0};`);

// split / concatenated
const g = tok.ghp();
pos(S, `const token = "${g.slice(0, 10)}" + "${g.slice(10, 25)}" + "${g.slice(25)}";`);
const a = tok.anthropic();
pos(S, `KEY = (\n    "${a.slice(0, 40)}"\n    "${a.slice(40, 80)}"\n    "${a.slice(80)}"\n)`);
const st = tok.stripeSk();
pos(S, `key := strings.Join([]string{"${st.slice(0, 8)}", "${st.slice(8, 50)}", "${st.slice(50)}"}, "")`);
const aw = tok.awsId();
const aws = tok.awsSecret();
pos(S, `$id = '${aw.slice(0, 4)}' . '${aw.slice(4)}';\n$secret = '${aws.slice(0, 20)}' . '${aws.slice(20)}';`);
const sl = tok.slackBot();
pos(S, `let parts = ["${sl.slice(0, 5)}", "${sl.slice(5, 30)}", "${sl.slice(30)}"]\nlet token = parts.joined()`);
const gl = tok.glpat();
pos(S, `TOKEN_A=${gl.slice(0, 12)}\nTOKEN_B=${gl.slice(12)}\nexport GITLAB_TOKEN="$TOKEN_A$TOKEN_B"`);
const oa = tok.openai();
pos(S, `String k = new StringBuilder().append("${oa.slice(0, 60)}").append("${oa.slice(60)}").toString();`);
const hfk = tok.hf();
pos(S, `(def token (str "${hfk.slice(0, 3)}" "${hfk.slice(3, 20)}" "${hfk.slice(20)}"))`);
const pw = tok.password();
pos(S, `pw = ''.join(['${pw.slice(0, 5)}', '${pw.slice(5, 11)}', '${pw.slice(11)}'])\nconn = psycopg2.connect(host="10.0.0.8", user="etl", password=pw)`);
pos(E, `$env:NUGET_KEY = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("${b64(tok.nuget())}"))`);
const tg = tok.telegram();
pos(S, `bot_id = "${tg.split(":")[0]}"\nbot_secret = "${tg.split(":")[1]}"\nurl = f"https://api.telegram.org/bot{bot_id}:{bot_secret}/getMe"`);
