// Round eighteen (y29): (1) a credential handed over in chat for a named credential, the value on
// the next line(s), maybe wrapped by the client ("use this for Rails secret_key_base:\n<value>"),
// against the same phrase for a build id, a commit or release notes; (2) a multipart form part
// named as a token holding a short value of mixed classes, against anti-forgery and paging tokens;
// (3) an *_ID key in a Kubernetes Secret's stringData and an address under an *_ADDRESS setting,
// both public. Every value is built at run time.
import { builder, Rng, LOWER, DIGITS, ALNUM } from "./_gen.ts";

const r = new Rng(0x18a29f);
const b = builder({ category: "r18-handover-formtoken-idslots", expect: "secrets" });
const bb = builder({ category: "r18-handover-formtoken-idslots-benign", expect: "secrets" });

const lowAlnum = (n: number) => { for (;;) { const v = r.str(n, LOWER + DIGITS); if ((v.match(/\d/g) ?? []).length >= 6) return v; } };
const punct = (n: number) => { for (;;) { const v = r.str(n, ALNUM + "<>()[]#;:.+-"); if (/[()[\]#;:.+-]/.test(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !v.includes(">")) return v; } };
const part = (boundary: string, name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

// (1) hand-over for a named credential, value on the next line(s)
b.pos("r18-usefor-django-secret", "Django SECRET_KEY handed over in Slack, hex on the next line",
  `[#ops] kenji: temp fix until vault is back, use this for the Django secret key:\n${r.hex(64)}\n[#ops] lin: ok deploying`);
b.pos("r18-usefor-wrapped-token", "Mapbox token wrapped over two lines by the chat client",
  `@sam please use this one for the Mapbox access token:\n${lowAlnum(60)}\n${lowAlnum(14)}\nthanks!`);
b.pos("r18-usefor-mixed-password", "DB password handed over in Teams",
  `Priya 10:42: use this for the reporting DB password:\n  ${r.alnum(24)}\nPriya 10:43: rotate it after the demo`);
b.pos("r18-usefor-german", "German hand-over: verwende das für den API-Schlüssel",
  `[#team] jonas: verwende das für den API-Schlüssel:\n${r.alnum(40)}\n[#team] bot: ok`);
b.pos("r18-usefor-spanish", "Spanish hand-over: usa esto para el token",
  `ana: usa esto para el token de Sentry:\n${r.hex(64)}\nana: luego lo rotamos`);
bb.ben("r18-usefor-build-id", "use this for the build id: hex on the next line",
  `[#ci] maria: use this for the build id:\n${r.hex(40)}\n[#ci] bot: rerunning`);
bb.ben("r18-usefor-commit", "use this for the commit: a sha",
  `dev: use this for the commit:\n${r.hex(40)}\ndev: cherry-pick onto release`);
bb.ben("r18-usefor-release-notes", "use this for the release notes: prose",
  `pm: use this for the release notes:\nFixed the login redirect loop and sped up search by 20%.\npm: thanks`);
bb.ben("r18-usefor-token-id", "use this for the token id: an object id",
  `ops: use this for the API token id:\n${r.alnum(24)}\nops: (the id, not the secret)`);
bb.ben("r18-usefor-trace", "use this for the trace: a trace id", `sre: use this for the trace:\n${r.hex(32)}`);

// (2) multipart parts named as tokens
const bd = "----FormBoundary" + r.alnum(16);
b.pos("r18-form-auth-token-punct", "form part auth_token with a short punctuated token",
  `POST /v1/upload HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=${bd}\r\n\r\n${part(bd, "region", "eu-frankfurt-1")}${part(bd, "svc_auth_token", punct(20))}--${bd}--`);
b.pos("r18-form-access-token", "form part access_token with a mixed-case token",
  `${part(bd, "file", "a,b")}${part(bd, "access_token", r.alnum(32))}--${bd}--`);
bb.ben("r18-form-csrf-token", "form part csrf_token (anti-forgery)", `${part(bd, "csrf_token", r.alnum(40))}${part(bd, "title", "Q3 report")}--${bd}--`);
bb.ben("r18-form-token-template", "token part with a CI template", `${part(bd, "npm_token", "${{ secrets.NPM_TOKEN }}")}--${bd}--`);

// (3) ids in a Secret, addresses under *_ADDRESS
const secret = (k: string, v: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\nstringData:\n  ${k}: "${v}"`;
bb.ben("r18-secret-project-id", "NETLIFY_SITE_ID in stringData", secret("NETLIFY_SITE_ID", `site_${r.alnum(28)}`));
bb.ben("r18-secret-camel-id", "clientId in stringData", secret("oauthClientId", r.alnum(32)));
b.pos("r18-secret-vault-secret-id", "Vault SECRET_ID in stringData still flags", secret("VAULT_SECRET_ID", r.alnum(36)));
b.pos("r18-secret-beside-id", "a token beside a project id still flags", `${secret("PROJECT_ID", `prj_${r.alnum(28)}`)}\n  DEPLOY_TOKEN: "${r.alnum(40)}"`);
const addr = () => "0x" + r.hex(40);
bb.ben("r18-env-payout-address", "PAYOUT_ADDRESS in a .env", `NODE_ENV=production\nPAYOUT_ADDRESS=${addr()}`);
bb.ben("r18-yaml-fee-address", "fee_address in YAML", `chain:\n  id: 1\n  fee_address: "${addr()}"`);
bb.ben("r18-ts-camel-address", "vaultAddress in a TS config", `export const cfg = { vaultAddress: "${addr()}", chainId: 8453 };`);
b.pos("r18-send-to-address", "send funds to an address still flags", `please send the 2,000 USDC to ${addr()} before noon`);
b.pos("r18-payout-const", "a payout wallet constant still flags", `+const PAYOUT = "${addr()}";`);

export const cases = [...b.cases, ...bb.cases];
