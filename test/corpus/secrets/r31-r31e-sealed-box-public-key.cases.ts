// Round thirty-one (Y135): GitHub's secrets public key (`…/secrets/public-key` for Actions, Dependabot,
// Codespaces; repository, organisation or environment), `{"key_id":"<digits>","key":"<base64 of 32 bytes>"}`:
// a libsodium sealed-box PUBLIC key in a slot named just `key`, a numeric key_id beside it. Positives:
// the same slot holding a secret: a key with a non-numeric id (a keyring's symmetric key), a private
// key's slot, a longer key, a key without an id.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31e006);
const b = builder({ category: "r31e-sealed-box-public-key" });
const bb = builder({ category: "r31e-sealed-box-public-key-benign" });
const id = () => r.digits(19);

bb.ben("r31e-pk-actions", "Actions repo public key (MCP result)", JSON.stringify({ content: [{ type: "text", text: JSON.stringify({ key_id: id(), key: r.b64bytes(32) }) }] }));
bb.ben("r31e-pk-pretty", "pretty-printed, key first", `{\n  "key": "${r.b64bytes(32)}",\n  "key_id": "${id()}"\n}\n`);
bb.ben("r31e-pk-gh-api", "gh api output in a shell transcript", `$ gh api repos/acme/app/dependabot/secrets/public-key\n{"key_id":"${id()}","key":"${r.b64bytes(32)}"}\n`);
bb.ben("r31e-pk-org", "org Codespaces key in a JS object", `const pub = { key_id: "${id()}", key: "${r.b64bytes(32)}" };\n`);
bb.ben("r31e-pk-env", "environment key beside other fields", `{"total":1,"key_id":"${id()}","key":"${r.b64bytes(32)}","url":"https://api.github.example/repositories/1/environments/prod/secrets/public-key"}\n`);
bb.ben("r31e-pk-python", "a Python dict from the response", `resp = {'key_id': '${id()}', 'key': '${r.b64bytes(32)}'}\n`);

b.pos("r31e-pk-keyring", "keyring entry with a named id", `{"key_id":"primary-2026","key":"${r.b64bytes(32)}"}\n`);
b.pos("r31e-pk-noid", "a key alone", `{"alg":"A256GCM","key":"${r.b64bytes(32)}"}\n`);
b.pos("r31e-pk-secret-key", "a secret_key slot beside a numeric id", `{"key_id":"${id()}","secret_key":"${r.b64bytes(32)}"}\n`);
b.pos("r31e-pk-long", "a longer key than a public key", `{"key_id":"${id()}","key":"${r.b64bytes(48)}"}\n`);
b.pos("r31e-pk-private", "a private key slot", `{"key_id":"${id()}","private_key":"${r.b64bytes(32)}"}\n`);
b.pos("r31e-pk-far", "key_id in another object", `[{"key_id":"${id()}"},{"name":"aes","key":"${r.b64bytes(32)}"}]\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
