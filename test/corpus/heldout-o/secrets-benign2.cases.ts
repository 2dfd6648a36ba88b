import type { CorpusCase } from "../types";
import { makeGen, HEX, AN, DG, LO, UP, B64URL } from "./_gen";

// More hard benign look-alikes, aimed at the shapes of less-common providers.
const g = makeGen(0x7e57ab1e);
const { s, uuid, digits, b64 } = g;
const out: CorpusCase[] = [];
let n = 0;
const B = (category: string, text: string, note?: string) =>
  out.push({ id: `o-sm-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `heldouto-${category}`, label: "benign", text, ...(note ? { note } : {}) });

B("benign-shapes", `{"sha":"${s(40, HEX)}","node_id":"C_kwDO${s(30, AN)}","commit":{"message":"chore: bump deps","tree":{"sha":"${s(40, HEX)}"}}}`, "GitHub API commit, 40-hex SHAs");
B("benign-shapes", `DD_ENV=prod\nDD_SERVICE=checkout\nDD_VERSION=${s(40, HEX)}\nDD_TRACE_SAMPLE_RATE=0.2`, "40-hex next to DD_ variables is a git SHA version");
B("benign-shapes", `mailchimp campaign report\nlist_id: ${s(10, HEX)}\ncampaign_id: ${s(10, HEX)}\nunique_id: ${s(32, HEX)}\nopens: 1892`);
B("benign-shapes", `Scaleway resources:\n  project_id: ${uuid()}\n  organization_id: ${uuid()}\n  instance_id: ${uuid()}\n  zone: fr-par-2`, "UUIDs that are resource ids");
B("benign-shapes", `{"account_id":"${s(32, HEX)}","zone_id":"${s(32, HEX)}","ray_id":"${s(16, HEX)}-CDG"}`, "Cloudflare account/zone/ray ids are identifiers");
B("benign-shapes", `DATABRICKS_HOST=https://adb-${digits(16)}.4.azuredatabricks.net\nDATABRICKS_CLUSTER_ID=${digits(4)}-${digits(6)}-${s(8, LO + DG)}\nDATABRICKS_AUTH_TYPE=azure-cli`);
B("benign-shapes", `Pulumi stack output:\n  bucketName : logs-${s(7, LO + DG)}\n  dbPassword : [secret]\n  kmsKeyArn  : arn:aws:kms:eu-west-1:${digits(12)}:key/${uuid()}`);
B("benign-shapes", `{"webhook":{"id":"${uuid()}","url":"https://app.example.com/hooks/linear","secret":null,"enabled":true}}`);
B("benign-shapes", `hubspot portal: ${digits(8)}\nobject: contact\nid: ${digits(11)}\nhs_object_source_id: ${uuid()}`);
B("benign-shapes", `OCI instance: ocid1.instance.oc1.eu-frankfurt-1.an${s(58, LO + DG)}\nOCI vcn: ocid1.vcn.oc1.eu-frankfurt-1.am${s(58, LO + DG)}`, "OCIDs are resource identifiers");
B("benign-shapes", `$ gcloud auth print-identity-token --help\nNAME\n    gcloud auth print-identity-token - print an identity token for the active account\n\nSYNOPSIS\n    gcloud auth print-identity-token [ACCOUNT] [--audiences=AUDIENCES]`);
B("benign-shapes", `Docker image pushed\nregistry.internal.test:5000/api:1.8.2\ndigest: sha256:${s(64, HEX)} size: 2417`);
B("benign-shapes", `# Terraform lock\nprovider "registry.terraform.io/hashicorp/aws" {\n  version = "5.79.0"\n  hashes = [\n    "h1:${b64(32)}",\n    "zh:${s(64, HEX)}",\n    "zh:${s(64, HEX)}",\n  ]\n}`);
B("benign-shapes", `{"object":"event","id":"evt_${s(24, AN)}","type":"invoice.paid","livemode":true,"data":{"object":{"id":"in_${s(24, AN)}","customer":"cus_${s(14, AN)}"}}}`);
B("benign-shapes", `telegram update:\n{"update_id":${digits(9)},"message":{"message_id":${digits(4)},"chat":{"id":-100${digits(10)},"type":"supergroup"},"text":"/deploy staging"}}`);
B("benign-shapes", `{"guild_id":"${digits(18)}","channel_id":"${digits(19)}","message_id":"${digits(19)}","content":"build #4411 passed"}`, "Discord snowflake ids");
B("benign-shapes", `TAILSCALE_TAILNET=acme.example\nTS_HOSTNAME=ci-runner-7\nTS_STATE_DIR=/var/lib/tailscale\nTS_AUTHKEY_FILE=/run/secrets/ts-authkey`);
B("benign-shapes", `kid: ${s(40, HEX)}\nx5t#S256: ${s(43, B64URL)}\nalg: ES256`, "JWK thumbprint values");
B("benign-shapes", `Azure DevOps build ${digits(6)}\n  sourceVersion: ${s(40, HEX)}\n  repository.id: ${uuid()}\n  pool: Azure Pipelines (${s(12, LO)})`);
B("benign-shapes", `{"nonce":"${s(32, HEX)}","iv":"${b64(12)}","salt":"${b64(16)}","kdf":"argon2id","m":65536,"t":3,"p":4}`, "crypto parameters; no key material");
B("benign-shapes", `Run ID: ${uuid()}\nLangSmith trace: ${uuid()}\nproject: rag-eval-${s(6, LO + DG)}`);
B("benign-shapes", `ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:${s(43, AN + "+/")} deploy@ci (ED25519)`, "key fingerprint only");
B("benign-shapes", `otpauth migration done. Recovery codes have been stored in 1Password item "GitHub recovery" (not shown).`);
B("benign-shapes", `random_id.suffix: ${s(8, HEX)}\nrandom_pet.name: calm-heron\nbucket: logs-${s(8, HEX)}`);
B("benign-shapes", `{"hits":[{"objectID":"${digits(7)}","_highlightResult":{"title":{"value":"Rotate <em>admin</em> keys"}}}],"queryID":"${s(32, HEX)}"}`, "Algolia queryID is 32 hex but not a key");
B("benign-shapes", `commit ${s(40, HEX)}\n\n    Remove leaked-looking fixture; tests now build keys at run time with a seeded PRNG.`);
B("benign-shapes", `Authorization: Bearer \${ACCESS_TOKEN}\nX-Api-Key: {{api_key}}\nCookie: session={{session_cookie}}`, "templated headers");
B("benign-shapes", `redis-cli -h 10.0.2.4 -p 6379 --askpass\nPlease input password: \n10.0.2.4:6379> PING\nPONG`);
B("benign-shapes", `UPSTASH_REDIS_REST_URL=https://eu1-lucky-ant-31882.upstash.io\nUPSTASH_REDIS_REST_TOKEN=\${UPSTASH_TOKEN}\n# token lives in Doppler: upstash/prod`);
B("benign-shapes", `NR-Trace: ${s(16, HEX)}\nnewrelic: ${b64(150)}`, "New Relic distributed-trace header (not a key)");
B("benign-shapes", `${UP[3]}ownload fingerprint: ${Array.from({ length: 20 }, () => s(2, HEX).toUpperCase()).join(":")}`, "certificate SHA-1 fingerprint");

export const cases = out;
