// Round twenty-eight, after the end-of-round check Y126 (its four misses): (1) FTP/POP3 `PASS` after
// `USER` in a transcript; (2) SMTP/IMAP `AUTH PLAIN` base64 and the AUTH LOGIN password answer;
// (3) a cleartext Tink keyset's symmetric or private key; (4) a Django key inside Markdown backticks
// that wrap the whole `NAME=value`. Benign: anonymous FTP, masked transcripts, public or encrypted
// keysets, AUTH PLAIN without a password, a Django placeholder in backticks.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x28f126);
const p = builder({ category: "r28-protocol-transcript-password" });
const pb = builder({ category: "r28-protocol-transcript-password-benign" });
const t = builder({ category: "r28-tink-cleartext-keyset" });
const tb = builder({ category: "r28-tink-cleartext-keyset-benign" });
const d = builder({ category: "r28-django-key-backticked" });
const db = builder({ category: "r28-django-key-backticked-benign" });

const pw = () => `${r.alnum(7)}${r.pick(["-", "_", ".", "!"])}${r.alnum(8)}${r.digits(2)}`;
const b64 = (s: string) => Buffer.from(s, "latin1").toString("base64");
const plain = (user: string, pass: string) => b64(`\0${user}\0${pass}`);

p.pos("r28y6-ftp-curl", "curl -v FTP trace", `* Connected to ftp.example.net port 21\n< 220 (vsFTPd 3.0.5)\n> USER backup\n< 331 Please specify the password.\n> PASS ${pw()}\n< 230 Login successful.\n`);
p.pos("r28y6-ftp-client", "ftp client debug transcript", `ftp> open files.example.org\nConnected to files.example.org.\n220 ProFTPD Server\n---> USER deploy\n331 Password required for deploy\n---> PASS ${pw()}\n230 User deploy logged in\n`);
p.pos("r28y6-pop3", "POP3 session log", `S: +OK POP3 server ready\nC: USER reports@example.com\nS: +OK\nC: PASS ${pw()}\nS: +OK Logged in.\n`);
p.pos("r28y6-smtp-plain", "SMTP AUTH PLAIN in a debug log", `S: 250-mail.example.com\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN ${plain("alerts@example.com", pw())}\nS: 235 2.7.0 Authentication successful\n`);
p.pos("r28y6-imap-plain", "IMAP AUTHENTICATE PLAIN", `C: a001 AUTHENTICATE PLAIN ${plain("ops", pw())}\nS: a001 OK Logged in\n`);
p.pos("r28y6-smtp-login", "SMTP AUTH LOGIN exchange", `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: ${b64("alerts@example.com")}\nS: 334 UGFzc3dvcmQ6\nC: ${b64(pw())}\nS: 235 Authentication succeeded\n`);
p.pos("r28y6-ftp-in-json", "FTP trace inside a tool result", JSON.stringify({ content: [{ type: "text", text: `> USER ci\n< 331 Password required\n> PASS ${pw()}\n< 230 Logged on\n` }] }));

pb.ben("r28y6-ftp-anon", "anonymous FTP (the password is an address)", `> USER anonymous\n< 331 Please specify the password.\n> PASS guest@example.com\n< 230 Login successful.\n`);
pb.ben("r28y6-ftp-masked", "a masked transcript", `> USER backup\n< 331 Please specify the password.\n> PASS ********\n< 230 Login successful.\n`);
pb.ben("r28y6-pass-prose", "a test report, PASS as a verdict", `USER STORIES\n- login flow: PASS\n- export: PASS after retry\nUSER acceptance signed off.\n`);
pb.ben("r28y6-auth-plain-doc", "RFC example placeholder", `C: AUTH PLAIN\nS: 334\nC: <base64 of authzid NUL authcid NUL passwd>\n`);
pb.ben("r28y6-auth-login-user-only", "AUTH LOGIN with only the user name", `C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: ${b64("alerts@example.com")}\nS: 535 Authentication failed\n`);
pb.ben("r28y6-pass-placeholder", "a doc's placeholder", `USER <username>\nPASS <password>\n`);

const aesKey = () => Buffer.from([0x1a, 0x20, ...r.bytes(32)]).toString("base64");
const keyset = (typeUrl: string, value: string, kind: string) => JSON.stringify({ primaryKeyId: Number(r.digits(9)), key: [{ keyData: { typeUrl: `type.googleapis.com/google.crypto.tink.${typeUrl}`, value, keyMaterialType: kind }, status: "ENABLED", keyId: Number(r.digits(9)), outputPrefixType: "TINK" }] });
t.pos("r28y6-tink-aesgcm", "AES-GCM keyset JSON file", keyset("AesGcmKey", aesKey(), "SYMMETRIC"));
t.pos("r28y6-tink-hmac", "HMAC keyset in a tool call", JSON.stringify({ name: "write_file", arguments: { path: "keys/mac.json", content: keyset("HmacKey", Buffer.from([0x12, 0x04, 0x08, 0x03, 0x10, 0x20, 0x1a, 0x20, ...r.bytes(32)]).toString("base64"), "SYMMETRIC") } }));
t.pos("r28y6-tink-ecdsa-private", "ECDSA private keyset", keyset("EcdsaPrivateKey", Buffer.from([0x12, 0x4c, ...r.bytes(76)]).toString("base64"), "ASYMMETRIC_PRIVATE"));
t.pos("r28y6-tink-in-chat", "keyset pasted in a chat message", JSON.stringify({ messages: [{ role: "user", content: `why does decrypt fail with this keyset?\n${keyset("AesGcmKey", aesKey(), "SYMMETRIC")}` }] }));
t.pos("r28y6-tink-siv", "deterministic AEAD keyset pretty-printed", JSON.stringify(JSON.parse(keyset("AesSivKey", Buffer.from([0x12, 0x40, ...r.bytes(64)]).toString("base64"), "SYMMETRIC")), null, 2));
t.pos("r28y6-tink-in-env", "keyset in an env var", `TINK_KEYSET='${keyset("AesGcmKey", aesKey(), "SYMMETRIC")}'\n`);

tb.ben("r28y6-tink-public", "public keyset", keyset("EcdsaPublicKey", Buffer.from([0x12, 0x06, ...r.bytes(70)]).toString("base64"), "ASYMMETRIC_PUBLIC"));
tb.ben("r28y6-tink-encrypted", "encrypted keyset", JSON.stringify({ encryptedKeyset: Buffer.from(r.bytes(120)).toString("base64"), keysetInfo: { primaryKeyId: 1, keyInfo: [{ typeUrl: "type.googleapis.com/google.crypto.tink.AesGcmKey", status: "ENABLED", keyId: 1, outputPrefixType: "TINK" }] } }));
tb.ben("r28y6-tink-remote", "a KMS-backed keyset (REMOTE)", keyset("KmsEnvelopeAeadKey", b64("\n\x3egcp-kms://projects/p/locations/global/keyRings/r/cryptoKeys/k"), "REMOTE"));
tb.ben("r28y6-tink-doc", "docs naming the fields", `A cleartext keyset's keyData has typeUrl (type.googleapis.com/google.crypto.tink.AesGcmKey), value (the serialized key) and keyMaterialType (SYMMETRIC).\n`);
tb.ben("r28y6-tink-info", "keyset info without key data", JSON.stringify({ primaryKeyId: 42, keyInfo: [{ typeUrl: "type.googleapis.com/google.crypto.tink.AesGcmKey", status: "ENABLED", keyId: 42, outputPrefixType: "TINK" }] }));
tb.ben("r28y6-tink-placeholder", "template with a placeholder value", `{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey","value":"<BASE64_KEY_MATERIAL>","keyMaterialType":"SYMMETRIC"}}`);

const dj = () => r.str(1, "abcdefghijklmnopqrstuvwxyz") + r.str(49, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)");
d.pos("r28y6-dj-slack", "Slack message, backticked", JSON.stringify({ channel: "C01", text: `Here's the staging setting:\n\`DJANGO_SECRET_KEY=${dj()}\` (rotate after the demo)` }));
d.pos("r28y6-dj-md", "Markdown issue comment", `Set this in the env and retry:\n\n\`SECRET_KEY=${dj()}\`\n`);
d.pos("r28y6-dj-inline", "inline in a sentence", `Use \`DJANGO_SECRET_KEY=${dj()}\` for now.`);
d.pos("r28y6-dj-list", "list item", `- \`DJANGO_SECRET_KEY=${dj()}\`\n- \`DEBUG=False\`\n`);
d.pos("r28y6-dj-discord", "chat in another language", `Aquí va la clave: \`DJANGO_SECRET_KEY=${dj()}\` — no la subas al repo.`);
d.pos("r28y6-dj-quote", "quoted reply", `> \`DJANGO_SECRET_KEY=${dj()}\`\nthanks, that works\n`);

db.ben("r28y6-dj-placeholder", "placeholder in backticks", `Set \`DJANGO_SECRET_KEY=change-me\` locally.`);
db.ben("r28y6-dj-template", "template expression", `\`DJANGO_SECRET_KEY=\${{ secrets.DJANGO_SECRET_KEY }}\``);
db.ben("r28y6-dj-env-ref", "env reference", `\`DJANGO_SECRET_KEY=$(cat /run/secrets/django_key)\``);
db.ben("r28y6-dj-doc", "doc prose", `The \`DJANGO_SECRET_KEY\` setting must be a long random string; generate one with \`get_random_secret_key()\`.`);
db.ben("r28y6-dj-masked", "masked value", `\`DJANGO_SECRET_KEY=****************\``);
db.ben("r28y6-dj-insecure-doc", "Django's startproject marker described", `New projects start with \`SECRET_KEY = "django-insecure-..."\`; replace it before deploying.`);

export const cases: CorpusCase[] = [...p.cases, ...pb.cases, ...t.cases, ...tb.cases, ...d.cases, ...db.cases];
