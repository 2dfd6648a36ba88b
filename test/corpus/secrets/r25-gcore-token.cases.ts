// Round twenty-five (held-out Y108): Gcore's permanent API token, `<numeric id>$<64+ hex>`, found by its shape in
// any context (an env lookup's fallback, an `APIKey` header, a Terraform variable). Benign: stored password
// hashes that hold `$<rounds>$<hex>`, a `$`-joined id pair, a price before a tx hash. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a0a5);
const b = builder({ category: "r25-gcore-token" });
const bb = builder({ category: "r25-gcore-token-benign" });
const token = () => `${r.digits(5)}$${r.hex(128)}`;

b.pos("r25-gc-env-default", "an env lookup's fallback in Python", `GCORE_API_TOKEN = os.environ.get("GCORE_API_TOKEN", "${token()}")\n`);
b.pos("r25-gc-header", "an APIKey Authorization header in curl", `curl -H "Authorization: APIKey ${token()}" https://api.example.com/cloud/v1/instances\n`);
b.pos("r25-gc-tf", "a Terraform provider block", `provider "gcore" {\n  permanent_api_token = "${token()}"\n}\n`);
b.pos("r25-gc-json", "a tool call's arguments", JSON.stringify({ name: "http", arguments: JSON.stringify({ headers: { Authorization: `APIKey ${token()}` } }) }));
b.pos("r25-gc-short-hex", "a token with 64 hex", `export GCORE_TOKEN='${r.digits(4)}$${r.hex(64)}'\n`);
b.pos("r25-gc-yaml", "a YAML secret value", `cdn:\n  provider: gcore\n  token: "${token()}"\n`);

bb.ben("r25-gc-ben-hash", "a stored password hash with rounds", `password_hash = "sha256$100000$${r.hex(64)}"\n`);
bb.ben("r25-gc-ben-price", "a price then a tx hash", `Paid 1500$ in tx 0x${r.hex(64)}\n`);
bb.ben("r25-gc-ben-short", "an id with a short hex after the dollar", `ref=20931$${r.hex(32)}\n`);
bb.ben("r25-gc-ben-shell", "a shell variable glued to a digest", `echo "v1.2.3$SHA" && sha256sum dist/app.tar.gz\n${r.hex(64)}  dist/app.tar.gz\n`);
bb.ben("r25-gc-ben-placeholder", "documentation's placeholder", `Authorization: APIKey 12345$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`);
bb.ben("r25-gc-ben-letters", "letters before the dollar", `key_id=abc123$${r.hex(64)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
