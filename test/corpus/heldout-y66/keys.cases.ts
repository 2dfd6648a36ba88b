// heldout-y66 handcrafted key material and credential files (not rotated through renderers).
import type { CorpusCase } from "../types.ts";
import { Gen, caseFrom, esc } from "./_gen.ts";

const g = new Gen(0x66c0_0003);
const j = (...xs: string[]) => xs.join("");
const P = "PRIVATE" + " KEY";
const cat = (x: string) => `heldouty66-sec-${x}`;
let n = 0;
const id = () => `y66-k-${String(++n).padStart(3, "0")}`;

export const cases: CorpusCase[] = [];
const add = (group: string, text: string, note: string) => cases.push(caseFrom(id(), cat(group), "positive", text, note));

add("keys", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `ssh keeps saying "invalid format" for this deploy key, can you spot why?\n\n${g.pem("RSA " + P, 1190)}\n` }] }), "RSA private key (PKCS#1), pasted in LLM chat body");
add("keys", `$ cat ~/.ssh/id_ed25519\n${g.pem("OPENSSH " + P, 300)}\n$ ssh-add ~/.ssh/id_ed25519\nIdentity added: /home/dev/.ssh/id_ed25519 (dev@laptop)`, "OpenSSH private key, shell transcript in tool result");
add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-origin\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${g.pem("EC " + P, 121).split("\n").map((l) => "    " + l).join("\n")}\n`, "EC private key in k8s Secret stringData");
add("keys", JSON.stringify({ type: "service_account", project_id: "acme-data-prod", private_key_id: g.h(40), private_key: g.pem(P, 1218) + "\n", client_email: "etl-runner@acme-data-prod.iam.gserviceaccount.com", client_id: g.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service account JSON key (private_key), config file");
add("keys", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01Kd8", name: "write_file", input: { path: "certs/signing.key", content: g.pem(P, 1300) + "\n" } }] }), "PKCS#8 private key, tool_use write_file");
add("keys", `-----BEGIN PGP ${P.replace(" KEY", "")} KEY BLOCK-----\n\n${g.b64bytes(900).match(/.{1,64}/g)!.join("\n")}\n=${g.b64(4)}\n-----END PGP ${P.replace(" KEY", "")} KEY BLOCK-----\n`, "PGP private key block, pasted in chat");
add("keys", `# ~/.pgpass\ndb-prod.internal:5432:orders:app_user:${g.a(22)}\nreplica.internal:5432:*:readonly:${g.a(18)}\n`, ".pgpass with passwords, config file");
add("keys", `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.acme.io\n  login deploy\n  password ${g.a(28)}\n`, ".netrc passwords, config file");
add("auth", `[Unit]\nDescription=Metrics relay\n\n[Service]\nExecStart=/usr/local/bin/relay --upstream https://relay:${g.a(24)}@metrics.acme.io/push\nRestart=always\n`, "basic auth password in URL, systemd unit");
add("auth", `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${Buffer.from("ci-bot:" + g.a(32)).toString("base64")}"\n    }\n  }\n}\n`, "docker config.json auth (base64 user:password)");
add("auth", `//registry.npmjs.org/:_authToken=${j("np", "m_", g.a(36))}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", g.a(36))}\n`, "npm and GitHub tokens in .npmrc");
add("cloud", `[default]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")}\nregion = eu-central-1\n`, "AWS credentials file, INI");
add("cloud", `https://acmeprodlogs.blob.core.windows.net/exports/2024-11.csv?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64bytes(32))}`, "Azure SAS URL sig, pasted URL");
add("keys", JSON.stringify({ messages: [{ role: "user", content: `here's the crash\n\n${esc("Exception in thread main: javax.crypto.BadPaddingException\n  keystore.password=" + g.a(20) + "\n  key.alias=release")}` }] }), "Android keystore password in crash text, chat body");
add("auth", `0 3 * * * curl -fsS -u admin:${g.a(20)} https://jenkins.acme.io/job/nightly/build >/dev/null\n`, "basic auth password in crontab curl -u");
add("auth", `$ psql "host=db.acme.io user=analytics password=${g.a(20)} dbname=warehouse sslmode=require"\npsql (16.2)\nwarehouse=> `, "Postgres keyword DSN password, shell command");
