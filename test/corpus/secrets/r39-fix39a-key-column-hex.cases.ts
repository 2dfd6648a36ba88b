// Round thirty-nine (fix39a): a 40-hex (or 32-, 64-hex) key under a column or field named for a key: an application key
// (`app_key`, `dd_app_key`, `application_key`, `applicationKey`), in a SQL insert, a CSV or TSV with a header, JSON or YAML.
// A hex value under a digest's name (commit_sha, etag, content_hash, fingerprint, sha1) is no key, nor is a stored hash of
// a key (`api_key_hash`, `key_sha256`, `token_digest`).
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x39a003);
const b = builder({ category: "r39-fix39a-key-column-hex" });
const bb = builder({ category: "r39-fix39a-key-column-hex-benign" });

b.pos("fix39a-kh-sql-app-key", "SQL insert: a 40-hex application key under an app_key column",
  `INSERT INTO monitors (id, team, app_key, enabled) VALUES (12, 'infra', '${r.hex(40)}', true);\n`);
b.pos("fix39a-kh-sql-multirow", "SQL insert of two rows, the key column second to last",
  `INSERT INTO vendor_integrations (id, vendor, application_key, updated_at)\nVALUES\n  (1, 'datadog', '${r.hex(40)}', NOW()),\n  (2, 'datadog-eu', '${r.hex(40)}', NOW());\n`);
b.pos("fix39a-kh-csv-app-key", "CSV export with a header naming a Datadog app key",
  `id,org,dd_app_key,created_at\n41,acme,${r.hex(40)},2024-05-02\n42,globex,${r.hex(40)},2024-05-03\n`);
b.pos("fix39a-kh-tsv-camel", "TSV with a camelCase applicationKey column",
  `id\tservice\tapplicationKey\n7\tbilling\t${r.hex(40)}\n`);
b.pos("fix39a-kh-json", "JSON integration record with an app key",
  `{"integration": {"vendor": "datadog", "site": "datadoghq.eu", "app_key": "${r.hex(40)}"}}\n`);
b.pos("fix39a-kh-yaml", "YAML (German comment) with an application key",
  `# Anbindung an das Monitoring\nmonitoring:\n  vendor: datadog\n  application_key: ${r.hex(40)}\n`);
b.pos("fix39a-kh-sql-64", "SQL insert: a 64-hex app key",
  `INSERT INTO tenants (id, name, app_key) VALUES (3, 'north', '${r.hex(64)}');\n`);

bb.ben("fix39a-kh-ben-sql-commit", "SQL insert of builds with commit SHAs",
  `INSERT INTO builds (id, commit_sha, status, created_at) VALUES (768, '${r.hex(40)}', 'passed', NOW());\n`);
bb.ben("fix39a-kh-ben-csv-digests", "CSV of files with etag, content hash, fingerprint and sha1 columns",
  `id,path,etag,content_hash,fingerprint,sha1\n1,/a.bin,${r.hex(32)},${r.hex(64)},${r.hex(40)},${r.hex(40)}\n`);
bb.ben("fix39a-kh-ben-sql-key-hashes", "SQL insert of stored key hashes",
  `INSERT INTO api_keys (id, owner, api_key_hash, app_key_sha256, token_digest) VALUES (1, 'ops', '${r.hex(64)}', '${r.hex(64)}', '${r.hex(40)}');\n`);
bb.ben("fix39a-kh-ben-json-rev", "JSON release record with commit, revision and checksum",
  `{"release": "v2.4.1", "commit": "${r.hex(40)}", "revision": "${r.hex(40)}", "checksum": "${r.hex(32)}"}\n`);
bb.ben("fix39a-kh-ben-yaml-hashes", "YAML with an app key's hash and fingerprint",
  `app:\n  app_key_hash: ${r.hex(64)}\n  app_key_fingerprint: ${r.hex(40)}\n  cert_sha1: ${r.hex(40)}\n`);
bb.ben("fix39a-kh-ben-csv-app-key-placeholder", "CSV with app key placeholders",
  `id,org,app_key\n1,acme,<app-key>\n2,globex,\${DD_APP_KEY}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
