// Round twenty-one, shapes: (1) long random base64 under a config key that names a sent token
// (`lineChannelAccessToken:`, `bot_token:` in JSON or YAML), once taken for ciphertext at rest;
// (2) an Alibaba AccessKey id a few characters off its documented length; (3) a private-key PEM
// block echoed in a log, every line behind the log's prefix (timestamp, `| `, `> `, `[pod] `);
// (4) a credential sent as a Bearer value in an unusual shape: a Solana keypair's byte array, a
// vendor's kind-scoped token (`<vendor>_project_<hex>`). Benign look-alikes beside each. Every
// credential-shaped value is built at run time.
import { builder, Rng, ALNUM, pemArmor, sshPublic } from "./_gen.ts";

const r = new Rng(0x21a5e7c3);
const b = builder({ category: "r21-shapes", expect: "secrets" });
const bb = builder({ category: "r21-shapes-benign" });

const PRIV = "PRIV" + "ATE KEY";
// Random bytes whose base64 carries "+" or "/" (the ciphertext test's premise) and is 160+ long.
const blob = (n: number) => {
  let v = r.b64bytes(n);
  while (!/[+/]/.test(v)) v = r.b64bytes(n);
  return v;
};
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const ltai = (n: number) => "LT" + "AI" + mixed(n);
const bytesArray = (n: number) => `[${Array.from(r.bytes(n)).join(",")}]`;
const prefixed = (pre: (i: number) => string, pem: string) => pem.split("\n").map((l, i) => pre(i) + l).join("\n");
const rsaPem = () => pemArmor("RSA " + PRIV, "MIIEpAIBAAKCAQEA" + r.b64bytes(900).slice(0, 1180));
const edPem = () => pemArmor("OPENSSH " + PRIV, r.b64bytes(300).slice(0, 396));
const stamp = (i: number) => `2026-05-14T08:3${i % 10}:0${i % 10}.${r.str(7, "0123456789")}Z `;

// ---- (1) long base64 under an access/bot/auth token key, JSON and YAML
b.pos("r21-b64tok-json-camel", "JSON config: lineChannelAccessToken, 172 chars of base64", `{\n  "bot": {\n    "channelSecret": "${r.hex(32)}",\n    "lineChannelAccessToken": "${blob(128)}"\n  }\n}\n`);
b.pos("r21-b64tok-yaml-snake", "YAML: bot_token holding long base64", `telegram:\n  chat_id: -100123\n  bot_token: ${blob(150)}\n  parse_mode: HTML\n`);
b.pos("r21-b64tok-appsettings", "appsettings.json: ChannelAccessToken", `{\n  "Messaging": {\n    "ChannelAccessToken": "${blob(128)}",\n    "Endpoint": "https://api.line.me/v2/bot/message/push"\n  }\n}\n`);
b.pos("r21-b64tok-yaml-auth", "YAML helm values: api_token quoted", `integrations:\n  crm:\n    api_token: "${blob(140)}"\n    timeout: 30\n`);
bb.ben("r21-b64tok-image", "JSON: a base64 PNG thumbnail", `{"name": "avatar", "thumbnail": "iVBORw0KGgoAAAANSUhEUgAA${blob(160)}", "width": 64}\n`);
bb.ben("r21-b64tok-font", "YAML: a base64 font under fontData", `theme:\n  fontData: "d09GMgABAAAAA${blob(180)}"\n  fontFamily: Inter\n`);
bb.ben("r21-b64tok-sealed", "SealedSecret: an access token sealed (Ag… envelope)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    access_token: AgB${blob(400)}\n`);
bb.ben("r21-b64tok-encrypted-name", "JSON: encryptedAccessToken (the name says encrypted)", `{"user": 42, "encryptedAccessToken": "${blob(160)}"}\n`);
bb.ben("r21-b64tok-ca", "YAML: a CA bundle under caData", `clusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${blob(300)}\n    server: https://10.0.0.1:6443\n`);

// ---- (2) Alibaba AccessKey id off its documented length
b.pos("r21-ltai-ci-log", "CI log: ALIBABA_CLOUD_ACCESS_KEY_ID with LTAI + 22", `2026-06-01T09:00:01.551Z + export ALIBABA_CLOUD_ACCESS_KEY_ID=${ltai(22)}\n2026-06-01T09:00:02.004Z Uploading artifacts to oss://acme-builds/\n`);
b.pos("r21-ltai-env-long", ".env: LTAI + 26", `ALICLOUD_ACCESS_KEY=${ltai(26)}\nALICLOUD_REGION=cn-hangzhou\n`);
b.pos("r21-ltai-chat-short", "chat: an id of LTAI + 10 pasted alone", `the ram user's key id is ${ltai(10)} if you need it for the terraform run`);
bb.ben("r21-ltai-masked", "console: a masked AccessKey id", `AccessKeyId: LTAI************************  Status: Active\n`);
bb.ben("r21-ltai-short-id", "an internal ticket id LTAI-2024 and a short code", `Ticket LTAI-2024 tracks the LTAI0042 migration; see ALTAIRMODEL2024X notes.\n`);

// ---- (3) private-key PEM blocks behind a log prefix
b.pos("r21-pem-gha-stamp", "GitHub Actions log: RSA key echoed, every line timestamped", `2026-05-14T08:30:00.1234567Z Run cat key.pem\n` + prefixed(stamp, rsaPem()) + "\n");
b.pos("r21-pem-compose-bar", "docker compose logs: an OpenSSH key behind `web-1  | `", prefixed(() => "web-1  | ", edPem()) + "\n");
b.pos("r21-pem-quoted", "email reply: a quoted key behind `> `", `On Tue, ops wrote:\n` + prefixed(() => "> ", rsaPem()) + "\n\nPlease rotate this.\n");
b.pos("r21-pem-kubectl", "kubectl logs --prefix: a key behind `[pod/api-7f9c/init] `", prefixed(() => "[pod/api-7f9c/init] ", edPem()) + "\n");
bb.ben("r21-pem-public-stamp", "GitHub Actions log: a PUBLIC KEY block timestamped", prefixed(stamp, pemArmor("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64bytes(280).slice(0, 348))) + "\n");
bb.ben("r21-pem-cert-bar", "compose logs: a CERTIFICATE behind `proxy-1  | `", prefixed(() => "proxy-1  | ", pemArmor("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE" + r.b64bytes(600).slice(0, 780))) + "\n");
bb.ben("r21-pem-ssh-pub-stamp", "CI log: an ssh public key line timestamped", `2026-05-14T08:31:02.0000000Z ${sshPublic(r, "ed25519", "ci@runner")}\n`);

// ---- (4) unusual Bearer values
b.pos("r21-bearer-keypair-curl", "curl: a 64-byte keypair array as the Bearer value", `curl -s https://rpc.example.net/v1/sign -H "Authorization: Bearer ${bytesArray(64)}" -d @tx.json\n`);
b.pos("r21-bearer-keypair-requests", "Python requests: keypair array as Bearer", `resp = requests.post(url, headers={"Authorization": "Bearer ${bytesArray(64)}"})\n`);
b.pos("r21-bearer-depot-js", "JS fetch: depot_org_ token as Bearer", `await fetch(api, { headers: { Authorization: "Bearer dep` + `ot_org_${r.hex(64)}" } });\n`);
b.pos("r21-bearer-kind-scoped", "crash locals: a vendor's kind-scoped token as Bearer", `  headers = {'Authorization': 'Bearer acme_project_${mixed(40)}', 'Accept': '*/*'}\n`);
bb.ben("r21-bearer-hash32", "a 32-byte digest array beside a Bearer word in prose", `The bearer of record signed digest ${bytesArray(32)} on the ledger.\n`);
bb.ben("r21-bearer-dotted-name", "Authorization header naming a service account, not a token", `Authorization: Bearer service.account.name\n`);
bb.ben("r21-depot-json", "depot.json: the project id", `{"id": "${r.str(20, "abcdefghijklmnopqrstuvwxyz0123456789")}"}\n`);
bb.ben("r21-hash64-array", "a 64-byte SHA-512 digest array in a test fixture", `const SHA512_OF_FIXTURE = ${bytesArray(64)};\nexpect(digest(fixture)).toEqual(SHA512_OF_FIXTURE);\n`);

export const cases = [...b.cases, ...bb.cases];
