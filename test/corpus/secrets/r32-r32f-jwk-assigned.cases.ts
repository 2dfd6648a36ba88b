// Round thirty-two (Y138): a private JSON Web Key written with `=` between a member and its value:
// Terraform's `jsonencode({ kty = "EC", …, d = "…" })`, a Python or Ruby call's keyword arguments
// (`JWK(kty="OKP", d=…)`), an HCL object. The JWK reading took `name: value` members only.
// Benign: the same constructs holding a public key (no "d"), a "d" that is no key member's
// base64url, and placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32f001);
const b = builder({ category: "r32-r32f-jwk-assigned" });
const bb = builder({ category: "r32-r32f-jwk-assigned-benign" });
const part = () => r.b64url(43);

b.pos("r32f-jwk-tf-ec", "Terraform jsonencode EC JWK", `locals {\n  signer_jwk = jsonencode({ kty = "EC", crv = "P-256", kid = "ops-1", x = "${part()}", y = "${part()}", d = "${part()}" })\n}\n`);
b.pos("r32f-jwk-tf-multiline", "Terraform object over lines, d first", `variable "client_key" {\n  default = {\n    d   = "${part()}"\n    crv = "P-384"\n    kty = "EC"\n    x   = "${part()}"\n  }\n}\n`);
b.pos("r32f-jwk-py-okp", "Python jwcrypto keyword arguments", `from jwcrypto import jwk\nkey = jwk.JWK(kty="OKP", crv="Ed25519", x="${part()}", d="${part()}")\n`);
b.pos("r32f-jwk-rb-rsa", "Ruby hash with = in a heredoc-less call", `jwk = JWT::JWK.import(kty = "RSA"; n = "${r.b64url(86)}"; e = "AQAB"; d = "${r.b64url(86)}")\n`);
b.pos("r32f-jwk-tool-call", "HCL JWK in a tool call's file content", JSON.stringify({ messages: [{ role: "assistant", tool_calls: [{ type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "auth.tf", content: `locals {\n  k = jsonencode({ kty = "OKP", crv = "Ed25519", x = "${part()}", d = "${part()}" })\n}\n` }) } }] }] }));
b.pos("r32f-jwk-kotlin-named", "Kotlin named arguments", `val key = Jwk(kty = "EC", crv = "P-256", x = "${part()}", y = "${part()}", d = "${part()}")\n`);

bb.ben("r32f-jwk-tf-public", "Terraform public EC JWK (no d)", `locals {\n  verifier_jwk = jsonencode({ kty = "EC", crv = "P-256", x = "${part()}", y = "${part()}" })\n}\n`);
bb.ben("r32f-jwk-py-public", "Python RSA public key arguments", `key = jwk.JWK(kty="RSA", n="${r.b64url(86)}", e="AQAB")\n`);
bb.ben("r32f-jwk-var-ref", "d from a variable", `locals {\n  k = jsonencode({ kty = "EC", crv = "P-256", x = var.jwk_x, y = var.jwk_y, d = var.jwk_d })\n}\n`);
bb.ben("r32f-jwk-placeholder", "placeholder d", `k = jwk.JWK(kty="EC", crv="P-256", x="...", y="...", d="<private-scalar-base64url>")\n`);
bb.ben("r32f-jwk-short-d", "loop variable d near kty", `for d = 1, 10 do\n  print(kty = "RSA", d)\nend\n`);
bb.ben("r32f-jwk-doc", "prose naming the members", `A JWK with kty = "EC" holds the private scalar in d = the base64url of the key; never commit one.\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
