// Round thirty-nine (fix39f): a secret-named variable assigned the join of variables that each hold a literal
// assigned a few lines above (`const a = "…"; const b = "…"; const api_secret = a + b;`), in JS/TS, Python, Go,
// Ruby and a shell's `"$A$B"` / `"${A}${B}"`. The join is read as `name="joined"`, judged as the literal would be.
// Benign: parts that are words, paths or URL pieces, a placeholder joined, a name that says nothing secret,
// a part that is no literal (a parameter, an env read).
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64 } from "./_gen.ts";

const r = new Rng(0x39f001);
const b = builder({ category: "r39-fix39f-variable-join" });
const bb = builder({ category: "r39-fix39f-variable-join-benign" });
const drawn = (n = 20) => r.str(n, ALNUM);

b.pos("fix39f-join-ts-two", "TS: two consts joined under a secret-named const, comment between",
  `const head = "${drawn(18)}";\nconst tail = "${drawn(18)}";\n// webhook signing\nexport const webhookSigningSecret = head + tail;\n`);
b.pos("fix39f-join-js-three", "JS: three parts joined with let, semicolons",
  `let p1 = '${drawn(12)}';\nlet p2 = '${drawn(12)}';\nlet p3 = '${drawn(12)}';\nlet authToken = p1 + p2 + p3;\nmodule.exports = { authToken };\n`);
b.pos("fix39f-join-py", "Python: pieces then db_password = a + b",
  `# assembled at import time\nchunk_a = "${drawn(10)}"\nchunk_b = "${drawn(10)}"\nDB_PASSWORD = chunk_a + chunk_b\n`);
b.pos("fix39f-join-go", "Go: := pieces and a := join",
  `func client() *Client {\n\tx := "${r.str(24, B64)}"\n\ty := "${r.str(24, B64)}"\n\tapiSecret := x + y\n\treturn New(apiSecret)\n}\n`);
b.pos("fix39f-join-shell-braces", "shell: ${A}${B} under a token name",
  `#!/bin/sh\nA="${drawn(16)}"\nB="${drawn(16)}"\nexport SERVICE_TOKEN="\${A}\${B}"\nexec ./worker\n`);
b.pos("fix39f-join-shell-bare", "shell: $A$B under a password name (German comment)",
  `# Passwort zusammengesetzt\nTEIL1="${drawn(9)}"\nTEIL2="${drawn(9)}"\nMYSQL_PASSWORD="$TEIL1$TEIL2"\n`);
b.pos("fix39f-join-ruby", "Ruby: constants joined",
  `LEFT = "${drawn(16)}"\nRIGHT = "${drawn(16)}"\nSTRIPE_SECRET = LEFT + RIGHT\n`);

bb.ben("fix39f-join-url", "JS: base URL + path under url",
  `const base = "https://api.example.com";\nconst path = "/v1/users";\nconst url = base + path;\n`);
bb.ben("fix39f-join-key-url", "JS: URL pieces under an api-key-ish name",
  `const host = "https://keys.example.org";\nconst route = "/v2/rotate";\nconst apiKeyEndpoint = host + route;\n`);
bb.ben("fix39f-join-placeholder", "TS: a placeholder joined",
  `const a = "your-api";\nconst b = "-key-here";\nconst api_key = a + b;\n`);
bb.ben("fix39f-join-words", "Python: words joined under a greeting",
  `first = "hello"\nsecond = "world"\ngreeting = first + second\n`);
bb.ben("fix39f-join-path", "Go: a directory and a file name under secret_path",
  `dir := "/var/lib/app"\nfile := "/secrets/token.txt"\nsecretPath := dir + file\n`);
bb.ben("fix39f-join-shell-x", "shell: x placeholders joined",
  `PREFIX="xxxxxxxx"\nSUFFIX="xxxxxxxx"\nAPI_TOKEN="$PREFIX$SUFFIX"\n`);
bb.ben("fix39f-join-param", "JS: one part is a parameter, not a literal",
  `function sign(userSalt) {\n  const pepper = "app";\n  const secret = pepper + userSalt;\n  return hmac(secret);\n}\n`);
bb.ben("fix39f-join-env", "shell: parts read from the environment",
  `A="$VAULT_A"\nB="$VAULT_B"\nexport DB_PASSWORD="\${A}\${B}"\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
