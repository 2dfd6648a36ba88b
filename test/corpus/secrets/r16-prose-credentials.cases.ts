// Round sixteen: credentials named in a sentence ("Credentials for …: X", «identifiants : X»,
// "Zugangsdaten: X", 「認証情報は X」) and a sentence opening a JSON string value, as a chat message
// or a tool argument carries it (`"text": "Credentials for staging: X"`). Benign: the same
// sentences pointing at a vault path, a runbook or a rotation policy, or stating an id.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x16c4ed01);
const b = builder({ category: "r16-prose-credentials", expect: "secrets" });
const bb = builder({ category: "r16-prose-credentials-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const b64 = (n: number) => Buffer.from(r.str(n, ALNUM + "+/")).toString("base64").replace(/=+$/, "");
const hex = (n: number) => r.str(n, HEX);

// ---- Positives
b.pos("r16-cred-en-colon", "English, credentials for an environment, colon", `Credentials for the preview environment: ${mixed(28)} (valid until Friday)`);
b.pos("r16-cred-en-json-text", "a chat tool's text argument opening with the sentence", JSON.stringify({ name: "post_message", arguments: { channel: "#ops", text: `Credentials for the billing replica: ${b64(24)}` } }));
b.pos("r16-cred-en-json-escaped-line", "a JSON string, the sentence after an escaped line break", JSON.stringify({ role: "user", content: `deploy notes\nThe new credentials are ${mixed(32)} for the worker pool` }));
b.pos("r16-cred-fr", "French, les identifiants … :", `Les identifiants du serveur de recette : ${mixed(26)}, à changer après la démo.`);
b.pos("r16-cred-de", "German, Zugangsdaten … lauten", `Die Zugangsdaten für das Staging lauten ${mixed(30)} – bitte nicht ins Wiki.`);
b.pos("r16-cred-es", "Spanish, credenciales … son", `Las credenciales de la base de pruebas son ${mixed(24)}; cámbialas mañana.`);
b.pos("r16-cred-pt", "Portuguese, credenciais …:", `As credenciais do ambiente de homologação: ${mixed(27)} — não compartilhe.`);
b.pos("r16-cred-it", "Italian, credenziali … sono", `Le credenziali del server di test sono ${mixed(25)} , ruotale dopo il rilascio.`);
b.pos("r16-cred-ja", "Japanese, 認証情報は …", `ステージングの認証情報は ${mixed(32)} です。チャットに貼らないでください。`);
b.pos("r16-cred-zh", "Chinese, 凭据是 …", `测试环境的新凭据是：${mixed(30)}，请尽快更新配置。`);

// ---- Benign look-alikes
bb.ben("r16-cred-vault-path", "credentials stated as a vault path", `Credentials for the staging environment: see vault path ops/staging/database-primary`);
bb.ben("r16-cred-rotation", "a rotation policy", `Rotate credentials every 90 days: runbook-credential-rotation-policy`);
bb.ben("r16-cred-json-runbook", "a chat message pointing at a runbook", JSON.stringify({ text: `Credentials for the billing replica: ask in #platform-oncall, do not paste them here` }));
bb.ben("r16-cred-id", "a credential's id, not its value", `The credential id is ${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)} and it expires on the 3rd.`);
bb.ben("r16-cred-fr-coffre", "French, identifiants in the safe", `Les identifiants de recette sont dans le coffre, entrée « recette-${r.str(4, DIGITS)} ».`);
bb.ben("r16-cred-ticket", "a ticket number after credentials", `Credentials request for the new hire: ticket ${r.str(3, UPPER)}-${r.str(6, DIGITS)} is open.`);
export const cases = [...b.cases, ...bb.cases];
