// Encoded ("encoded") and disguised ("obfuscated") secrets: the real secret is present but not as
// plain text — base64/url/hex/JSON escapes, zero-width characters, fullwidth and look-alike letters.
import { builder, checksummedToken, Rng, ALNUM, B64, B64URL, BASE32, UPPER, DIGITS, pemPrivate, mnemonic } from "./_gen.ts";

const r = new Rng(0x5ec000a);
const { cases, pos } = builder({ category: "encoded", expect: "secrets" });
export { cases };

const ghp = () => checksummedToken(r, "gh" + "p_");
const ghs = () => checksummedToken(r, "gh" + "s_");
const akid = () => "AKIA" + r.str(16, BASE32);
const awsSecret = () => r.str(40, B64);
const ant = () => "sk-" + "ant-api03-" + r.str(93, B64URL) + "AA";
const oai = () => "sk-" + "proj-" + r.str(74, B64URL) + "T3Blbk" + "FJ" + r.str(74, B64URL);
const skLive = () => "sk" + "_live_" + "51" + r.alnum(97);
const xoxb = () => "xox" + "b-" + r.digits(12) + "-" + r.digits(13) + "-" + r.alnum(24);
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const hex = (s: string) => Buffer.from(s, "utf8").toString("hex");
const pctAll = (s: string) => [...Buffer.from(s, "utf8")].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
const uEsc = (s: string) => [...s].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");

// ---- base64 and friends
pos("enc-b64-github-contents", "base64 .env (with ghp_) in a GitHub contents-API PUT body", JSON.stringify({ message: "add config", branch: "main", content: b64(`NODE_ENV=production\nGITHUB_TOKEN=${ghp()}\nPORT=8080\n`) }));
pos("enc-b64-k8s-secret-aws", "k8s Secret data: base64 of AWS keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ntype: Opaque\ndata:\n  AWS_ACCESS_KEY_ID: ${b64(akid())}\n  AWS_SECRET_ACCESS_KEY: ${b64(awsSecret())}\n`);
pos("enc-b64-k8s-secret-stripe", "k8s Secret data: base64 of stripe key", `data:\n  STRIPE_SECRET_KEY: ${b64(skLive())}\n  STRIPE_WEBHOOK_SECRET: ${b64("wh" + "sec_" + r.alnum(32))}\n`);
pos("enc-b64-json-value", "base64 of an anthropic key as a JSON value", JSON.stringify({ provider: "anthropic", credential_b64: b64(ant()) }));
pos("enc-b64url-token", "base64url of an openai key in a query param", `GET /v1/import?cfg=${Buffer.from(JSON.stringify({ openai_key: oai() })).toString("base64url")} HTTP/1.1\nHost: collector.example.net`);
pos("enc-b64-mime-wrapped", "base64 (76-col MIME wrap) of a PEM key in an email attachment", `Content-Type: application/octet-stream; name="server.key"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="server.key"\n\n${b64(pemPrivate(r, "RSA")).match(/.{1,76}/g)!.join("\n")}\n`);
pos("enc-b64-gcp-sa-ci", "base64 of a service-account JSON in a CI variable", `GOOGLE_CREDENTIALS_B64=${b64(JSON.stringify({ type: "service_account", project_id: "acme-ci", private_key_id: r.hex(40), private_key: pemPrivate(r, "PKCS8") + "\n", client_email: "ci@acme-ci.iam.gserviceaccount.com", client_id: r.digits(21) }))}`);
pos("enc-b64-data-uri", "data: URI text/plain base64 holding a slack token", `<a href="data:text/plain;base64,${b64("slack token: " + xoxb())}">config</a>`);
pos("enc-b64-extraheader", "git extraheader Basic base64(x-access-token:ghs_…)", `git -c http.https://github.com/.extraheader="AUTHORIZATION: basic ${b64("x-access-token:" + ghs())}" fetch origin`);
pos("enc-b64-python-decode", "base64 literal decoded in python", `import base64, os\nos.environ["OPENAI_API_KEY"] = base64.b64decode("${b64(oai())}").decode()`);
pos("enc-b64-seed", "base64 of a BIP-39 seed phrase in JSON", JSON.stringify({ backup: b64(mnemonic(r, 12)) }));

// ---- Basic auth
pos("enc-basic-userpass", "Authorization: Basic base64(user:password)", `GET /api/v1/admin/users HTTP/1.1\nHost: jenkins.acme.io\nAuthorization: Basic ${b64("admin:" + r.password())}\nAccept: application/json\n`);
pos("enc-basic-token", "Authorization: Basic base64(user:ghp_…)", `curl -H "Authorization: Basic ${b64("octo-dev:" + ghp())}" https://api.github.com/user`);
pos("enc-basic-atlassian", "Basic auth base64(email:atlassian token) in fetch", `fetch("https://acme.atlassian.net/rest/api/3/myself", { headers: { Authorization: "Basic ${b64("dev@acme.io:" + "ATA" + "TT3xFfGF0" + r.str(170, B64URL) + "=" + r.str(8, "0123456789ABCDEF"))}" } })`);
pos("enc-basic-twilio", "Basic auth base64(AC…:authtoken) header", `authorization: Basic ${b64("AC" + r.hex(32) + ":" + r.hex(32))}`);

// ---- URL / percent encoding
pos("enc-pct-all", "every character percent-encoded github token in query", `https://collector.example.net/c?t=${pctAll(ghp())}`);
pos("enc-pct-some", "partially percent-encoded anthropic key", `POST /save?k=${ant().replace(/-/g, "%2D").replace(/_/g, "%5F")} HTTP/1.1`);
pos("enc-pct-connstr", "percent-encoded azure connection string in query", `https://example.org/hook?conn=${encodeURIComponent(`DefaultEndpointsProtocol=https;AccountName=acme${r.str(6, "abcdefghijklmnopqrstuvwxyz")};AccountKey=${r.str(86, B64)}==;EndpointSuffix=core.windows.net`)}`);
pos("enc-pct-json-param", "percent-encoded JSON with AWS keys in query", `GET /log?data=${encodeURIComponent(JSON.stringify({ id: akid(), secret: awsSecret() }))} HTTP/1.1`);
pos("enc-form-body", "form-encoded body carrying a stripe key", `POST /integrations HTTP/1.1\nHost: hooks.example.net\nContent-Type: application/x-www-form-urlencoded\n\nname=billing&provider=stripe&secret_key=${encodeURIComponent(skLive())}&enabled=true`);
pos("enc-form-password", "form-encoded login body with password", `username=ops%40acme.io&password=${encodeURIComponent(r.password())}&grant_type=password&client_id=cli`);
pos("enc-multipart", "multipart/form-data body with a token field", `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW\n\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="project"\n\nweb\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="token"\n\n${"gl" + "pat-" + r.str(20, ALNUM + "_-")}\n------WebKitFormBoundary7MA4YWxkTrZu0gW--\n`);
pos("enc-multipart-file", "multipart body with an uploaded .env file", `--boundary42\nContent-Disposition: form-data; name="file"; filename=".env"\nContent-Type: text/plain\n\nAWS_ACCESS_KEY_ID=${akid()}\nAWS_SECRET_ACCESS_KEY=${awsSecret()}\n--boundary42--\n`);

// ---- hex
pos("enc-hex-token", "hex-encoded slack token in a log", `DEBUG payload=0x${hex(xoxb())} len=${xoxb().length}`);
pos("enc-hex-env", "hex of a .env snippet", `dump: ${hex("OPENAI_API_KEY=" + oai() + "\n")}`);

// ---- double encodings
pos("enc-b64-of-url", "base64 of a url-encoded string holding an anthropic key", `X-Debug-State: ${b64(encodeURIComponent(JSON.stringify({ key: ant() })))}`);
pos("enc-url-of-b64", "url-encoded base64 of credentials in a query", `https://telemetry.example.com/p?d=${encodeURIComponent(b64(`aws_access_key_id=${akid()}\naws_secret_access_key=${awsSecret()}`))}`);
pos("enc-b64-of-b64", "base64 of base64 of a github token", `blob=${b64(b64("token=" + ghp()))}`);

// ---- escapes
pos("enc-json-u-prefix", "JSON \\u-escaped first letter of a github token", `{"env": {"GITHUB_TOKEN": "\\u0067${ghp().slice(1)}"}}`);
pos("enc-json-u-all", "every character \\u-escaped openai key in JSON", `{"k":"${uEsc(oai())}"}`);
pos("enc-json-pem-newlines", "PEM private key with literal \\n inside a JSON string", JSON.stringify({ id: "signer", key: pemPrivate(r, "EC") + "\n" }));
pos("enc-js-hex-escape", "JS \\x-escaped aws key id + secret", `const k = "${[...akid()].map((c) => "\\x" + c.charCodeAt(0).toString(16)).join("")}";\nconst s = "${awsSecret()}";`);
pos("enc-html-entities", "HTML numeric entities spelling a stripe key", `<input type="hidden" name="k" value="${[...skLive()].map((c) => "&#" + c.charCodeAt(0) + ";").join("")}">`);
pos("enc-html-hex-entities-prefix", "HTML hex entities for the prefix of a github token", `<code>&#x67;&#x68;&#x70;&#x5f;${ghp().slice(4)}</code>`);

// ---- obfuscated (disguised in the text itself)
const O = "obfuscated";
const insertEvery = (s: string, ch: string, every: number) => [...s].map((c, i) => (i > 0 && i % every === 0 ? ch + c : c)).join("");
const fullwidth = (s: string) => [...s].map((c) => (c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("");
const zwsp = "\u200b";
const zwnj = "\u200c";
const wj = "\u2060";
const bom = "\ufeff";

{
  const t = ghp();
  pos("obf-zwsp-ghp", "github token with one U+200B after the prefix", `GITHUB_TOKEN=${t.slice(0, 4)}${zwsp}${t.slice(4)}`, O);
}
pos("obf-zwsp-many", "github token with U+200B every 5 chars", `token: ${insertEvery(ghp(), zwsp, 5)}`, O);
pos("obf-zwnj-aws", "aws key id + secret with U+200C inside", `aws_access_key_id = ${insertEvery(akid(), zwnj, 7)}\naws_secret_access_key = ${insertEvery(awsSecret(), zwnj, 13)}`, O);
pos("obf-wj-slack", "slack bot token with U+2060 word joiners", `SLACK_BOT_TOKEN=${insertEvery(xoxb(), wj, 9)}`, O);
pos("obf-bom-anthropic", "anthropic key with U+FEFF inside", `x-api-key: ${insertEvery(ant(), bom, 20)}`, O);
pos("obf-mixed-zw-openai", "openai key with mixed zero-width characters", `OPENAI_API_KEY=${[...oai()].map((c, i) => (i % 11 === 3 ? c + [zwsp, zwnj, wj, bom][i % 4] : c)).join("")}`, O);
pos("obf-soft-hyphen", "stripe key with soft hyphens (U+00AD)", `STRIPE_SECRET_KEY=${insertEvery(skLive(), "\u00ad", 16)}`, O);
pos("obf-fullwidth-all", "github token fully in fullwidth letters", `here you go: ${fullwidth(ghp())}`, O);
pos("obf-fullwidth-prefix", "anthropic key with fullwidth prefix only", `key=${fullwidth("sk-" + "ant-api03-")}${ant().slice(13)}`, O);
pos("obf-fullwidth-aws", "aws access key id in fullwidth", `AWS_ACCESS_KEY_ID=${fullwidth(akid())}\nAWS_SECRET_ACCESS_KEY=${fullwidth(awsSecret())}`, O);
pos("obf-cyrillic-ant", "anthropic key with Cyrillic а in the prefix", `ANTHROPIC_API_KEY=sk-\u0430nt-api03-${ant().slice(13)}`, O);
pos("obf-cyrillic-akia", "aws key id with Cyrillic А and К", `aws_access_key_id=\u0410\u041aIA${r.str(16, BASE32)}\naws_secret_access_key=${awsSecret()}`, O);
pos("obf-cyrillic-xoxb", "slack token with Cyrillic х and о in the prefix", `token: \u0445\u043exb-${xoxb().slice(5)}`, O);
pos("obf-cyrillic-ghp", "github token with Cyrillic р in the prefix", `GH_TOKEN=gh\u0440_${ghp().slice(4)}`, O);
pos("obf-greek-omicron", "slack user token with Greek ο in the prefix", `xοxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`, O);
pos("obf-math-bold", "github prefix in mathematical bold sans letters", `${"\u{1d5f4}\u{1d5f5}\u{1d5fd}"}_${ghp().slice(4)}`, O);
pos("obf-concat-js", "github token split by string concatenation in JS", (() => {
  const t = ghp();
  return `const token = "${t.slice(0, 4)}" + "${t.slice(4, 20)}" + "${t.slice(20)}";\nawait fetch(url, { headers: { Authorization: \`token \${token}\` } });`;
})(), O);
pos("obf-concat-python", "openai key split across adjacent python string literals", (() => {
  const t = oai();
  return `OPENAI_KEY = (\n    "${t.slice(0, 60)}"\n    "${t.slice(60, 120)}"\n    "${t.slice(120)}"\n)`;
})(), O);
pos("obf-ansi", "github token wrapped in ANSI colour codes in a terminal log", `\u001b[32m✔\u001b[0m authenticated as octo-dev (token \u001b[1m${ghp()}\u001b[22m)`, O);
pos("obf-zw-pem-header", "PEM private key with U+200B inside the BEGIN line", pemPrivate(r, "EC").replace("PRIVATE", "PRI" + zwsp + "VATE"), O);
pos("obf-fullwidth-zw", "fullwidth stripe key with zero-width joiners", `sk=${insertEvery(fullwidth(skLive()), "\u200d", 8)}`, O);
void UPPER;
void DIGITS;
