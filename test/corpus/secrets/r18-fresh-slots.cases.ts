// Round eighteen (fresh provider tokens, after held-out Y), written for this project corpus in other
// contexts and wordings than Y's: a secret assigned through a subscript (`env["NAME"] = "…"`,
// in Python, Ruby, PHP, JavaScript, shell; inside a notebook's JSON too), a declaration with a
// type between the name and "=" (Rust, Kotlin, Swift, TypeScript, Go), a long base64 credential
// in a request header, and Midtrans server keys. Look-alikes: subscripts and typed declarations
// assigned from code or a placeholder, ciphertext at rest in YAML, DER ECDSA signatures in
// "signature" fields, Twilio resource SIDs in "…Sid" webhook fields, Midtrans client keys.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, B64URL, HEX } from "./_gen.ts";

const r = new Rng(0x18f5e1);
const b = builder({ category: "r18-fresh-slots", expect: "secrets" });
const bb = builder({ category: "r18-fresh-slots-benign", expect: "secrets" });

/** A Jupyter notebook whose one code cell holds `lines`, as the JSON file is sent. */
const notebook = (lines: string[]) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: lines.map((l) => l + "\n") }], nbformat: 4, nbformat_minor: 5 });

/** A DER ECDSA P-256 signature (SEQUENCE of INTEGER r, INTEGER s) in base64. */
function ecdsaSig(): string {
  const int = () => { const v = Buffer.from(r.str(64, HEX), "hex"); return v[0]! & 0x80 ? Buffer.concat([Buffer.from([2, 33, 0]), v]) : Buffer.concat([Buffer.from([2, 32]), v]); };
  const body = Buffer.concat([int(), int()]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]).toString("base64");
}

// ---- Subscript assignments
b.pos("r18-sub-notebook-webhook", "os.environ[...] = hex webhook secret in a notebook cell", notebook(["import os", `os.environ["BILLING_WEBHOOK_SECRET"] = "${r.str(40, HEX)}"`, "app = create_app()"]));
b.pos("r18-sub-php-env", "$_ENV['…_API_KEY'] = literal in PHP", `<?php\n$_ENV['PAYMENTS_API_KEY'] = '${r.str(36, ALNUM)}';\nrequire __DIR__ . '/bootstrap.php';`);
b.pos("r18-sub-ruby-env", "ENV[\"SMTP_PASSWORD\"] = literal in a Ruby initializer", `ENV["SMTP_PASSWORD"] = "${r.str(6, ALNUM)}-${r.str(10, ALNUM)}"\nActionMailer::Base.smtp_settings = { address: "smtp.mailhost.dev" }`);
b.pos("r18-sub-js-env", "process.env['…_AUTH_TOKEN'] = literal in a test setup file", `process.env['INTERNAL_AUTH_TOKEN'] = '${r.str(48, B64URL)}';\nmodule.exports = {};`);
b.pos("r18-sub-python-dict", "settings[\"client_secret\"] = literal in Python", `settings = {}\nsettings["client_secret"] = "${r.str(34, ALNUM)}"\nsettings["client_id"] = "reporting"`);
b.pos("r18-sub-notebook-token", "a …_TOKEN subscript with a mixed value in a notebook", notebook(["import os", `os.environ['FORGE_TOKEN'] = '${r.str(40, ALNUM)}'`]));

// ---- Typed declarations
b.pos("r18-typed-rust-static", "Rust const with &'static str", `const SIGNING_SECRET: &'static str = "${r.str(32, ALNUM)}";`);
b.pos("r18-typed-kotlin", "Kotlin private val …: String =", `object Config {\n    private val apiKey: String = "${r.str(40, ALNUM)}"\n}`);
b.pos("r18-typed-swift", "Swift static let …: String =", `enum Keys {\n    static let accessToken: String = "${r.str(44, B64URL)}"\n}`);
b.pos("r18-typed-ts", "TypeScript const …: string =", `export const clientSecret: string = "${r.str(32, ALNUM)}";`);
b.pos("r18-typed-go", "Go var … string =", `package main\n\nvar webhookSecret string = "${r.str(32, ALNUM)}"`);

// ---- A long base64 credential in a request header
b.pos("r18-header-long-blob-http", "a 172-character base64 API key in a raw request header", `POST /v2/payments HTTP/1.1\nHost: api.payhub.dev\nX-Api-Key: ${["AQ", "E"].join("")}${r.str(169, B64)}\nContent-Type: application/json`);
b.pos("r18-header-long-blob-curl", "a long base64 token in curl -H X-Auth-Token", `curl -s https://api.datahub.dev/v1/export -H "X-Auth-Token: ${r.str(180, B64)}" -o out.json`);

// ---- Midtrans server keys
b.pos("r18-midtrans-prod-chat", "a Midtrans production server key pasted in chat", `the charge call fails with 401, key is ${["Mid-", "server-"].join("")}${r.str(24, B64URL)} — is it the wrong environment?`);
b.pos("r18-midtrans-sandbox-args", "a Midtrans sandbox server key as a positional argument in a JSON array", `{"cmd":["charge","${["SB-Mid-", "server-"].join("")}${r.str(24, B64URL)}","--amount","15000"]}`);
b.pos("r18-midtrans-legacy-cli", "an older VT-server- key as a command-line argument", `./scripts/refund.sh ${["VT-", "server-"].join("")}${r.str(24, B64URL)} ORDER-1182`);

// ---- Exoscale API keys ("EXO" + 24 lower-case letters and digits)
const L36 = "abcdefghijklmnopqrstuvwxyz0123456789";
b.pos("r18-exoscale-table", "an Exoscale key in a Markdown table of environments", `| env | key | role |\n|---|---|---|\n| prod | ${["EX", "O"].join("")}${r.str(24, L36)} | compute-ops |`);
b.pos("r18-exoscale-prose", "an Exoscale key quoted in a support question", `which role does ${["EX", "O"].join("")}${r.str(24, HEX)} have? listing instances returns 403`);

// ---- Benign look-alikes
bb.ben("r18-sub-from-code", "subscripts assigned from code, not literals", `os.environ["API_TOKEN"] = os.getenv("CI_API_TOKEN", "")\nconfig["secret_key"] = settings.SECRET_KEY\nprocess.env['AUTH_TOKEN'] = await vault.read(path);`);
bb.ben("r18-sub-placeholder", "subscripts assigned placeholders", `os.environ["OPENAI_API_KEY"] = "<your-api-key>"\nENV["SMTP_PASSWORD"] = "changeme"\n$_ENV['APP_SECRET'] = '${"x".repeat(32)}';`);
bb.ben("r18-typed-non-literal", "typed declarations assigned from code or env", `const token: Token = getToken();\nlet apiKey: string = process.env.API_KEY!;\nval password: String = System.getenv("DB_PASSWORD")\nvar authToken string = os.Getenv("AUTH_TOKEN")`);
bb.ben("r18-yaml-ciphertext", "KMS-style ciphertext at rest in a YAML key", `db:\n  password: ${["AQIC", "AHh"].join("")}${r.str(200, B64)}==`);
bb.ben("r18-ecdsa-signature-json", "DER ECDSA signatures in signature fields of a sigstore bundle", JSON.stringify({ payloadType: "application/vnd.in-toto+json", signatures: [{ keyid: "", sig: ecdsaSig() }], signature: ecdsaSig() }));
bb.ben("r18-ecdsa-signature-yaml", "an ECDSA signature in a YAML signature field", `attestation:\n  signature: ${ecdsaSig()}\n  cert_chain: []`);
bb.ben("r18-twilio-sids-webhook", "Twilio resource SIDs in a voice webhook form body", `CallSid=CA${r.str(32, HEX)}&ParentCallSid=CA${r.str(32, HEX)}&CallStatus=ringing&Direction=inbound&MessagingServiceSid=MG${r.str(32, HEX)}`);
bb.ben("r18-midtrans-client-key", "a Midtrans client key (browser) and a server-key placeholder", `<script src="https://app.sandbox.midtrans.com/snap/snap.js" data-client-key="${["SB-Mid-", "client-"].join("")}${r.str(16, B64URL)}"></script>\n<!-- server key: SB-Mid-server-YOUR_SERVER_KEY -->`);

bb.ben("r18-exoscale-lookalikes", "EXO placeholders and upper-case identifiers", `key = "EXO${"x".repeat(24)}"\nEXOPLANET_CATALOG_${r.str(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}\nexo compute instance list --zone ch-gva-2`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
