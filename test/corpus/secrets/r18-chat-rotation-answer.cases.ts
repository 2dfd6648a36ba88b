// Round eighteen (held-out Y32 class): a chat question names the rotated credential on one line and
// the answer gives the value on the next ("who rotated the X token?\nme, new one is <value>"), in
// plain chat logs and in JSON-escaped chat bodies. Benign: the same Q/A about logs, build ids,
// releases, a vault path, and a credential question answered with no value. Every
// credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x18a32f01);
const b = builder({ category: "r18-chat-rotation-answer", expect: "secrets" });
const bb = builder({ category: "r18-chat-rotation-answer-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const b64url = (n: number) => Buffer.from(r.bytes(n)).toString("base64url");
const jsonChat = (lines: string[]) => JSON.stringify({ messages: [{ role: "user", content: "Summarise this thread:\n\n" + lines.join("\n") }] }, null, 2);

b.pos("r18-rot-answer-plain", "plain chat log, question then new one is X", `[08:12] kim: who regenerated the Twilio auth token? prod alerts are failing\n[08:14] raj: that was me, new one is ${mixed(34)}\n[08:15] kim: ty`);
b.pos("r18-rot-answer-json", "JSON-escaped chat body, question then new one is X", jsonChat(["[11:02] ana: did someone reset the Postgres password?", `[11:05] li: yes, new one is ${mixed(28)}`, "[11:06] ana: ok"]));
b.pos("r18-rot-answer-here-new", "here's the new one: X after a changed-secret question", `alex: who changed the webhook signing secret??\nsam: me sorry, here's the new one: ${b64url(30)}\nalex: thx`);
b.pos("r18-rot-answer-hex", "hex value after a rotated-key question", jsonChat(["[3:10] ops: who rotated the Mapbox api key?", `[3:11] dev: new one is ${hex(40)}`]));
b.pos("r18-rot-answer-de", "German, wer hat den Schlüssel erneuert, neue ist X", `mia: wer hat den Stripe-Schlüssel erneuert?\ntom: ich, der neue ist ${mixed(32)}`);
b.pos("r18-rot-answer-es", "Spanish, quién ha rotado la clave, la nueva es X", `[10:01] eva: ¿quién ha rotado la clave de Algolia?\n[10:03] luis: yo, la nueva es ${mixed(30)}`);
bb.ben("r18-rot-answer-logs", "rotated the logs, new one is a path", `dana: who rotated the logs?\nomar: me, new one is /var/log/app.2`);
bb.ben("r18-rot-answer-build-id", "changed the build id, new one is hex", `dana: who changed the build id?\nomar: new one is ${hex(40)}`);
bb.ben("r18-rot-answer-release", "bumped the release, new one is a version", jsonChat(["[9:00] a: who bumped the release?", "[9:01] b: new one is v2.3.1"]));
bb.ben("r18-rot-answer-vault", "rotated token, new one is in the vault", `dana: who rotated the Slack bot token?\nomar: me, new one is in the vault at secret/prod/slack-bot-token`);
bb.ben("r18-rot-answer-no-question", "new one is a commit with no credential question", `kim: the deploy is pinned to an old commit\nraj: new one is ${hex(40)}`);
bb.ben("r18-rot-answer-rotated-image", "rotated the nodes, new one is an image digest-ish id", `who rotated the worker nodes?\nnew one is ${mixed(24)}-node-pool-b`);
// ---- A digit-free random-letter key with inner dashes under a secret-named variable
const dashedLetters = (n: number) => {
  let v = "";
  do v = r.str(n - 4, ALNUM.replace(/[0-9]/g, "")) ;
  while (!/[a-z]/.test(v) || !/[A-Z]/.test(v));
  return v.slice(0, 3) + "+" + v.slice(3, 9) + "-" + v.slice(9) + "_" + r.str(2, "abcdefghijklmnopqrstuvwxyz");
};
b.pos("r18-letter-key-dockerfile", "Dockerfile ENV, letters with + and - under a token name", `FROM python:3.12-slim\nENV OPSGENIE_TOKEN=${dashedLetters(22)}\nCMD ["python", "app.py"]\n`);
b.pos("r18-letter-key-dotenv", ".env, letters with - under a secret name", `BUGSNAG_SECRET=${dashedLetters(24)}\nBUGSNAG_RELEASE_STAGE=production\n`);
bb.ben("r18-letter-key-kebab", "Dockerfile ENV, a kebab-case header list under a token name", `ENV CSRF_TOKEN_HEADER=X-Requested-With-Content-Type\n`);
bb.ben("r18-letter-key-words", "env, dashed words under a token name", `SLACK_TOKEN=please-set-this-in-the-vault\n`);

// ---- A multipart part named as an app's or client's certificate (a shared secret)
const part = (name: string, body: string) => `POST /api/settings HTTP/1.1\nContent-Type: multipart/form-data; boundary=----b0undary42\n\n------b0undary42\nContent-Disposition: form-data; name="${name}"\n\n${body}\n------b0undary42--\n`;
b.pos("r18-multipart-app-cert-hex", "multipart part app_certificate, 32 hex", part("rtc_app_certificate", hex(32)));
b.pos("r18-multipart-client-cert-b64", "multipart part clientCertificate, base64url", part("zoom_client_cert", b64url(33)));
bb.ben("r18-multipart-client-cert-pem", "multipart part client_certificate, a PEM header", part("client_certificate", "-----BEGIN CERTIFICATE-----"));
bb.ben("r18-multipart-app-cert-id", "multipart part app_certificate_id, a number", part("app_certificate_id", "884213"));
bb.ben("r18-multipart-cert-file", "multipart part app_certificate, a file name", part("app_certificate", "certs/prod-app-certificate-2024.pem"));
export const cases = [...b.cases, ...bb.cases];
