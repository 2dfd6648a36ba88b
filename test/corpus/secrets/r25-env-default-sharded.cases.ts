// Round twenty-five (held-out Y103): an env lookup's fallback that is random hex followed by a data
// centre's or shard's suffix (Mailchimp's `-us21`, Greenhouse's `-3`), judged as the hex. Benign: a hashed
// build name with a suffix, a version, zeros, a non-secret name's fallback. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a003);
const b = builder({ category: "r25-env-default-sharded" });
const bb = builder({ category: "r25-env-default-sharded-benign" });

b.pos("r25-shard-php", "Laravel config env() fallback, hex-2", `<?php\nreturn [\n    'harvest_key' => env('HARVEST_API_KEY', '${r.hex(32)}-2'),\n];\n`);
b.pos("r25-shard-node", "process.env fallback with a Mailchimp -us21", `const client = mailchimp({ apiKey: process.env.MAILCHIMP_API_KEY || "${r.hex(32)}-us21" });\n`);
b.pos("r25-shard-python", "os.getenv fallback with -us6", `API_KEY = os.getenv("MC_API_KEY", "${r.hex(32)}-us6")\n`);
b.pos("r25-shard-ruby", "ENV.fetch fallback, hex-1", `token = ENV.fetch("RECRUIT_API_TOKEN", "${r.hex(32)}-1")\n`);
b.pos("r25-shard-shell", "shell default expansion", `curl -u "anystring:\${MAILCHIMP_KEY:-${r.hex(32)}-us14}" https://us14.api.mailchimp.example/3.0/\n`);
b.pos("r25-shard-go", "Go getenv-or fallback", `key := getEnvOr("CAMPAIGN_SECRET", "${r.hex(32)}-eu1")\n`);

bb.ben("r25-shard-ben-zeros", "zeros and a suffix", `'k' => env('HARVEST_API_KEY', '00000000000000000000000000000000-1'),\n`);
bb.ben("r25-shard-ben-bundle", "a bundle hash with a suffix under an asset name", `const asset = process.env.ASSET_NAME || "${r.hex(32)}-2";\n`);
bb.ben("r25-shard-ben-version", "a version under a key name", `API_KEY_VERSION = os.getenv("API_KEY_VERSION", "2024-01-3")\n`);
bb.ben("r25-shard-ben-placeholder", "a placeholder with a suffix", `API_KEY = os.getenv("MC_API_KEY", "your-api-key-here-us6")\n`);
bb.ben("r25-shard-ben-sequence", "a hex alphabet run with a suffix", `token = ENV.fetch("RECRUIT_API_TOKEN", "0123456789abcdef0123456789abcdef-1")\n`);
bb.ben("r25-shard-ben-id", "an id's fallback", `id := getEnvOr("CAMPAIGN_ID", "${r.hex(32)}-3")\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
