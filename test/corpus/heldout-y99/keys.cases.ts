// heldout-y99: handcrafted key material and credentials embedded in URLs / dotfiles.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, B64, Gen, j } from "./_gen.ts";

const g = new Gen(0x79903);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, bytes: number) => j("-----BEGIN ", label, "-----\n", wrap(g.b64bytes(bytes)), "\n-----END ", label, "-----");
const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);

let n = 0;
const out: CorpusCase[] = [];
const add = (group: string, text: string, note: string) =>
  out.push({ id: `y99-k-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `heldouty99-sec-${group}`, label: "positive", text, note });

const rsa = pem(j("RSA PRIV", "ATE KEY"), 1190);
add("keys", JSON.stringify({ role: "user", content: `why does ssh say "invalid format"? here's the key file:\n\n${rsa}\n` }), "RSA private key (PKCS#1) pasted in an LLM chat message");
const ec = pem(j("EC PRIV", "ATE KEY"), 121);
add("keys", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "certs/server.key", content: ec + "\n" } }), "EC private key in a write_file tool call");
const p8 = pem(j("PRIV", "ATE KEY"), 1218);
add("keys", `diff --git a/deploy/tls/tls.key b/deploy/tls/tls.key\nnew file mode 100644\nindex 0000000..${g.hex(7)}\n--- /dev/null\n+++ b/deploy/tls/tls.key\n@@ -0,0 +1,28 @@\n${p8.split("\n").map((l) => "+" + l).join("\n")}\n`, "PKCS#8 private key added in a diff");
const ossh = j("-----BEGIN OPENSSH PRIV", "ATE KEY-----\n", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n", wrap(g.b64(280), 70), "\n-----END OPENSSH PRIV", "ATE KEY-----");
add("keys", `$ cat ~/.ssh/id_ed25519\n${ossh}\n$ ssh-add ~/.ssh/id_ed25519\nError loading key "/home/dev/.ssh/id_ed25519": invalid format`, "OpenSSH ed25519 private key in a terminal transcript");
const pgp = j("-----BEGIN PGP PRIV", "ATE KEY BLOCK-----\n\n", wrap(g.b64(1400)), "\n=", g.s(4, B64), "\n-----END PGP PRIV", "ATE KEY BLOCK-----");
add("keys", JSON.stringify({ jsonrpc: "2.0", id: 41, result: { content: [{ type: "text", text: `gpg --export-secret-keys --armor release@acme.dev\n${pgp}` }] } }), "PGP private key block in an MCP tool result");
add("keys", `# ~/.config/sops/age/keys.txt\n# created: 2026-10-02T11:20:14Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1", g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n`, "age secret key in keys.txt");
const sa = JSON.stringify({ type: "service_account", project_id: "acme-prod-31337", private_key_id: g.hex(40), private_key: pem(j("PRIV", "ATE KEY"), 1218) + "\n", client_email: "ci-deployer@acme-prod-31337.iam.gserviceaccount.com", client_id: g.num(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2);
add("cloud", `{"model":"gpt-4.1","messages":[{"role":"user","content":"${jsonEsc(`gcloud auth activate-service-account fails, this is the json:\n${sa}`)}"}]}`, "GCP service account JSON pasted in an OpenAI chat body");
add("auth", `machine api.heroku.com\n  login ops@acme.dev\n  password ${g.uuid()}\nmachine git.heroku.com\n  login ops@acme.dev\n  password ${g.uuid()}\nmachine nexus.acme.internal login deploy password ${g.s(24, AN)}\n`, ".netrc with Heroku and Nexus passwords");
add("data", `# ~/.pgpass\ndb.prod.acme.internal:5432:billing:billing_rw:${g.s(28, AN)}\nreplica.prod.acme.internal:5432:*:readonly:${g.s(20, AN)}\n`, ".pgpass with Postgres passwords");
add("auth", `$ git remote -v\norigin\thttps://deploy-bot:${j("gh", "p_", g.s(36, AN))}@github.com/acme/infra.git (fetch)\norigin\thttps://deploy-bot:${j("gh", "p_", g.s(36, AN))}@github.com/acme/infra.git (push)`, "GitHub PAT in git remote URL (shell output)");
add("data", `[client]\nuser=root\npassword=${g.s(22, AN + "!%")}\nhost=mysql-primary.prod.internal\n`, "MySQL ~/.my.cnf password");
add("devtools", `//registry.npmjs.org/:_authToken=${j("np", "m_", g.s(36, AN))}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", g.s(36, AN))}\n`, ".npmrc with npm and GitHub Packages tokens");
add("devtools", JSON.stringify({ auths: { "registry.acme.io": { auth: Buffer.from(`ci-robot:${g.s(32, AN)}`).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(`acmebuild:${j("dck", "r_pat_", g.s(27, AN + "-_"))}`).toString("base64") } } }, null, 2), "docker config.json with base64 auths");
add("cloud", `Uploading artefact...\nPUT https://acmeprodlogs.blob.core.windows.net/builds/app-1.4.2.tgz?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-06-30T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64bytes(32))}\n201 Created`, "Azure SAS URL with signature in a CI log");
add("auth", `[Unit]\nDescription=Acme sync worker\n\n[Service]\nEnvironment=SYNC_API_PASSWORD=${g.s(26, AN)}\nEnvironment=SYNC_USER=svc-sync\nExecStart=/usr/local/bin/sync --daemon\n\n[Install]\nWantedBy=multi-user.target\n`, "systemd unit Environment= password");
add("data", `*/15 * * * * curl -fsS -u backup:${g.s(24, AN)} https://backup.acme.internal/trigger >/dev/null 2>&1\n0 3 * * * PGPASSWORD=${g.s(20, AN)} pg_dump -h db.prod -U app app | gzip > /backups/app.sql.gz\n`, "crontab with basic auth and PGPASSWORD");
add("auth", `kubectl config view --raw\napiVersion: v1\nclusters:\n- cluster:\n    server: https://k8s.prod.acme.internal:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    token: ${j("eyJhbGciOiJSUzI1NiIsImtpZCI6I", g.s(40, AN), ".", g.s(400, AN + "-_"), ".", g.s(342, AN + "-_"))}\n`, "kubeconfig bearer token (service account JWT)");

export const cases = out;
