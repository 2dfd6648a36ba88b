// Round nineteen (held-out Y35/Y36): credential shapes a rule knew only part of. Slack webhook URLs in
// their workflow and trigger path forms; an Azure SAS token given alone (no URL) whose `sig=` is the
// secret; a private JWK (`d` beside `kty`) in a JS object, JSON (either key order) or YAML; a personal
// access token named by its last word in a multipart part. Benign: the public or placeholder look-alikes.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, B64, B64URL } from "./_gen.ts";

const r = new Rng(0x19b5ea9e);
const b = builder({ category: "r19-shapes", expect: "secrets" });
const bb = builder({ category: "r19-shapes-benign" });

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const digits = (n: number) => String(1 + r.int(8)) + r.str(n - 1, "0123456789");
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const sig = () => encodeURIComponent(r.str(43, B64) + "=");
const d = () => r.str(43, B64URL);

// ---- Slack webhook path forms
b.pos("r19-slack-workflow-bare", "Slack workflow webhook URL in a chat line", `Trigger it with a POST to https://hooks.slack.com/workflows/T${r.str(8, UP)}/A${r.str(9, UP)}/${digits(18)}/${mixed(24)} and a JSON body.\n`);
b.pos("r19-slack-trigger-env", "Slack trigger webhook URL in a .env", `SLACK_WORKFLOW_URL=https://hooks.slack.com/triggers/T${r.str(10, UP)}/${digits(13)}/${r.str(32, "0123456789abcdef")}\n`);
b.pos("r19-slack-workflow-python", "Slack workflow webhook URL in Python requests", `requests.post("https://hooks.slack.com/workflows/T${r.str(9, UP)}/A${r.str(10, UP)}/${digits(18)}/${mixed(24)}", json={"text": msg})\n`);
bb.ben("r19-slack-workflow-doc", "documented workflow URL with placeholders", "POST https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX\n");

// ---- Azure SAS token alone
b.pos("r19-sas-az-cli", "az CLI --sas-token with a token alone", `az storage blob download --container-name logs --name app.log --file app.log \\\n  --account-name contosologs --sas-token 'sv=2021-08-06&ss=bf&srt=sco&sp=rl&se=2027-03-01T00:00:00Z&spr=https&sig=${sig()}'\n`);
b.pos("r19-sas-env", "AZURE_STORAGE_SAS_TOKEN in a .env", `AZURE_STORAGE_ACCOUNT=contosodata\nAZURE_STORAGE_SAS_TOKEN=sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-06-30T12:00:00Z&sig=${sig()}\n`);
b.pos("r19-sas-ts-config", "sasToken property in a TS config", `export const storage = {\n  account: "contosomedia",\n  sasToken: "sv=2020-08-04&ss=b&srt=sco&sp=rwl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sig()}",\n};\n`);
bb.ben("r19-sas-empty-sig", "SAS token with an empty sig", "AZURE_STORAGE_SAS_TOKEN=sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-06-30T12:00:00Z&sig=\n");
bb.ben("r19-sas-placeholder-sig", "SAS token with a <signature> placeholder", `az storage blob list --container-name logs --account-name contosologs --sas-token "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=<signature>"\n`);
bb.ben("r19-sas-url-placeholder", "SAS URL in docs with a placeholder sig", "https://contoso.blob.core.windows.net/logs?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=%3Csignature%3E\n");

// ---- Private JWK
b.pos("r19-jwk-js-okp", "JS object OKP JWK with d", `const key = {\n  kty: "OKP",\n  crv: "Ed25519",\n  x: "${d()}",\n  d: "${d()}",\n};\n`);
b.pos("r19-jwk-json-sorted", "JSON JWK with keys sorted (d before kty)", `{"crv":"P-256","d":"${d()}","kty":"EC","x":"${d()}","y":"${d()}"}\n`);
b.pos("r19-jwk-yaml", "YAML JWK with d", `signing:\n  jwk:\n    kty: EC\n    crv: P-384\n    x: ${r.str(64, B64URL)}\n    y: ${r.str(64, B64URL)}\n    d: ${r.str(64, B64URL)}\n`);
b.pos("r19-jwk-python-dict", "Python dict RSA JWK with d", `jwk = {'kty': 'RSA', 'e': 'AQAB', 'n': '${r.str(342, B64URL)}', 'd': '${r.str(342, B64URL)}'}\n`);
bb.ben("r19-jwk-public-js", "public EC JWK in a JS object", `const publicJwk = {\n  kty: "EC",\n  crv: "P-256",\n  x: "${d()}",\n  y: "${d()}",\n  kid: "signing-2026",\n};\n`);
bb.ben("r19-jwks-public", "JWKS of public RSA keys", `{"keys":[{"kty":"RSA","e":"AQAB","kid":"k1","n":"${r.str(342, B64URL)}"},{"kty":"RSA","e":"AQAB","kid":"k2","n":"${r.str(342, B64URL)}"}]}\n`);
bb.ben("r19-jwk-yaml-public", "YAML public OKP JWK", `jwk:\n  kty: OKP\n  crv: Ed25519\n  x: ${d()}\n  use: sig\n`);

// ---- PAT named by its last word in a multipart part
b.pos("r19-multipart-build-pat", "multipart part build.pat, CRLF", `--XyZbound\r\nContent-Disposition: form-data; name="build.pat"\r\n\r\n${mixed(52)}\r\n--XyZbound--\r\n`);
b.pos("r19-multipart-ado-pat", "multipart part ado-pat with a long token", `------FormBoundary7MA4\nContent-Disposition: form-data; name="ado-pat"\n\n${r.str(84, ALNUM)}\n------FormBoundary7MA4--\n`);
bb.ben("r19-multipart-pat-path", "multipart part named *_path", `--b\r\nContent-Disposition: form-data; name="upload_path"\r\n\r\n/srv/uploads/2026/invoices/archive\r\n--b--\r\n`);
bb.ben("r19-multipart-pat-placeholder", "multipart part *_pat with a placeholder", `--b\r\nContent-Disposition: form-data; name="github_pat"\r\n\r\n<your-personal-access-token>\r\n--b--\r\n`);

export const cases = [...b.cases, ...bb.cases];
