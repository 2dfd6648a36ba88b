// Credentials disguised: base64, hex, base32, percent, gzip+base64, UTF-16LE, nested, string
// concatenation in several languages, reversed, split across lines and fields.
import { Gen, builder, b64, b64url, hexOf, utf16b64, gzb64, pctAll, reverse, base32, chunks } from "./_gen.ts";

const g = new Gen(0x6a03);
const { cases, pos } = builder("enc", "secrets");
export { cases };

const E = "encoded";
pos(E, `{"blob":"${b64(`GITHUB_TOKEN=${g.github("p")}`)}"}`, "base64 of env line");
pos(E, `config_b64: ${b64(`aws_access_key_id = ${g.awsId()}\naws_secret_access_key = ${g.awsSecret()}\n`)}`);
pos(E, `echo ${b64(g.anthropic())} | base64 -d > ~/.anthropic_key`);
pos(E, `{"d":"${hexOf(`sk_live=${g.stripe()}`)}"}`, "hex");
pos(E, `payload=${hexOf(g.openai())}`);
pos(E, `trace: ${base32(g.slackBot())}`, "base32");
pos(E, `?q=${pctAll(`token=${g.github("p")}`)}`, "percent-encoded every byte");
pos(E, `POST /collect\nContent-Type: text/plain\n\n${gzb64(`DATABASE_URL=postgres://admin:${g.password(20)}@10.0.0.5/prod\nSTRIPE_KEY=${g.stripe()}\n`)}`, "gzip+base64");
pos(E, `{"compressed":true,"data":"${gzb64(g.pem("RSA", 1190))}"}`, "gzip+base64 of pem");
pos(E, `$enc = "${utf16b64(`$env:OPENAI_API_KEY = "${g.openai()}"`)}"\npowershell -EncodedCommand $enc`, "UTF-16LE base64 (PowerShell)");
pos(E, `x=${b64(b64(`HF_TOKEN=${g.hf()}`))}`, "double base64");
pos(E, `{"v":"${b64(hexOf(g.npm()))}"}`, "base64(hex)");
pos(E, `${b64url(`{"key":"${g.sendgrid()}"}`)}`, "base64url JSON");
pos(E, `data:text/plain;base64,${b64(`-----BEGIN OPENSSH PRIVATE KEY-----\n${b64(g.bytes(300))}\n-----END OPENSSH PRIVATE KEY-----`)}`, "data URI with key");
pos(E, `key_hex = "${Buffer.from(g.mnemonic(12)).toString("hex")}"`, "hex of seed phrase");
pos(E, `%7B%22apiKey%22%3A%22${encodeURIComponent(g.google())}%22%7D`);

const J = "concatenated";
{
  const t = g.github("p");
  pos(J, `const token = "${t.slice(0, 4)}" + "${t.slice(4, 20)}" + "${t.slice(20)}";\noctokit.auth(token);`, "JS concat");
}
{
  const t = g.openai();
  pos(J, `key = ("${t.slice(0, 12)}"\n       "${t.slice(12, 80)}"\n       "${t.slice(80)}")\nopenai.api_key = key`, "Python implicit concat");
}
{
  const t = g.stripe();
  pos(J, `apiKey := strings.Join([]string{"${t.slice(0, 8)}", "${t.slice(8, 50)}", "${t.slice(50)}"}, "")`, "Go join");
}
{
  const t = g.awsSecret();
  const id = g.awsId();
  pos(J, `String id = "${id.slice(0, 10)}" + "${id.slice(10)}";\nString secret = new StringBuilder().append("${t.slice(0, 20)}").append("${t.slice(20)}").toString();`, "Java");
}
{
  const t = g.slackBot();
  pos(J, `A="${t.slice(0, 15)}"; B="${t.slice(15)}"; curl -H "Authorization: Bearer $A$B" https://slack.com/api/auth.test`, "bash vars");
}
{
  const t = g.anthropic();
  pos(J, `$k = "${t.slice(0, 30)}" + "${t.slice(30, 70)}" + "${t.slice(70)}"`, "PowerShell");
}
{
  const t = g.hf();
  pos(J, `let tok = [${Array.from(t).map((c) => `'${c}'`).join(", ")}].join('');`, "char array");
}
{
  const t = g.github("p");
  pos(J, `token = ''.join(map(chr, [${Array.from(t).map((c) => c.charCodeAt(0)).join(", ")}]))`, "char codes");
}

const R = "reversed-split";
pos(R, `k = "${reverse(g.github("p"))}"[::-1]`, "reversed");
pos(R, `const s = "${reverse(g.stripe())}".split("").reverse().join("");`);
{
  const t = g.openai();
  const parts = chunks(t, 40);
  pos(R, `Sending the key in pieces so it doesn't get mangled:\n${parts.map((p, i) => `part ${i + 1}: ${p}`).join("\n")}`, "split over lines");
}
{
  const t = g.anthropic();
  const parts = chunks(t, 28);
  pos(R, JSON.stringify({ k1: parts[0], k2: parts[1], k3: parts[2], k4: parts[3], note: "concat k1..k4" }), "split over JSON fields");
}
{
  const pem = g.pem("RSA", 900);
  pos(R, pem.split("\n").map((l) => `    "${l}\\n"`).join("\n"), "PEM as quoted line literals");
}
{
  const t = g.awsId();
  const s = g.awsSecret();
  pos(R, `id=${t.slice(0, 8)}-${t.slice(8)}\nsecret=${s.slice(0, 10)} ${s.slice(10, 20)} ${s.slice(20, 30)} ${s.slice(30)}`, "dashed / spaced");
}
{
  const m = g.mnemonic(12).split(" ");
  pos(R, `backup words:\n${m.map((w, i) => `${i + 1}. ${w}`).join("\n")}`, "numbered seed list");
}
{
  const m = g.mnemonic(24).split(" ");
  pos(R, `| # | word |\n|---|---|\n${m.map((w, i) => `| ${i + 1} | ${w} |`).join("\n")}`, "seed in markdown table");
}
