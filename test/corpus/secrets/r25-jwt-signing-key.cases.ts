// Round twenty-five (held-out Y103): an HMAC secret written into a JWT library's signing call
// (PyJWT's `jwt.encode(payload, "…", algorithm="HS256")`, jsonwebtoken's `jwt.sign(payload, '…')`, Ruby's
// `JWT.encode`, PHP's `JWT::encode`). Benign: a variable or env lookup as the key, a word or placeholder,
// a decode or verify call, a public key path. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a005);
const b = builder({ category: "r25-jwt-signing-key" });
const bb = builder({ category: "r25-jwt-signing-key-benign" });

b.pos("r25-jwt-pyrepl", "PyJWT in a REPL, base64 secret", `>>> import jwt\n>>> jwt.encode({"sub": "42"}, "${r.b64bytes(32)}", algorithm="HS256")\n`);
b.pos("r25-jwt-node", "jsonwebtoken sign with an alnum secret", `const token = jwt.sign({ uid: user.id }, '${r.alnum(40)}', { expiresIn: '1h' });\n`);
b.pos("r25-jwt-ruby", "Ruby JWT.encode with a hex secret", `token = JWT.encode(payload, "${r.hex(64)}", "HS256")\n`);
b.pos("r25-jwt-php", "PHP JWT::encode", `$jwt = JWT::encode($payload, '${r.alnum(48)}', 'HS256');\n`);
b.pos("r25-jwt-python-multiline", "PyJWT across lines", `token = jwt.encode(\n    {"sub": user_id, "exp": exp},\n    "${r.b64url(43)}",\n    algorithm="HS512",\n)\n`);
b.pos("r25-jwt-ts-nested-payload", "a nested payload object before the key", `return jwt.sign({ sub: id, scope: ["read", "write"], meta: { v: 2 } }, "${r.alnum(32)}");\n`);

bb.ben("r25-jwt-ben-var", "the key from a variable", `token = jwt.encode(payload, SECRET_KEY, algorithm="HS256")\n`);
bb.ben("r25-jwt-ben-env", "the key from the environment", `const token = jwt.sign(claims, process.env.JWT_SECRET, { expiresIn: "15m" });\n`);
bb.ben("r25-jwt-ben-word", "a word as a tutorial's key", `jwt.encode({"some": "payload"}, "secret", algorithm="HS256")\n`);
bb.ben("r25-jwt-ben-placeholder", "a placeholder key", `jwt.sign(payload, "your-256-bit-secret")\n`);
bb.ben("r25-jwt-ben-decode", "a decode call with a token literal's kind and a variable key", `claims = jwt.decode(token, key, algorithms=["HS256"])\n`);
bb.ben("r25-jwt-ben-private-key-file", "a private key read from a file", `token = jwt.encode(payload, open("keys/private.pem").read(), algorithm="RS256")\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
