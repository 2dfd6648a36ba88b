// Round thirty-seven (fix37a): a key whose name says search-only, public by design: Algolia's search-only API key,
// Typesense's search-only key, Meilisearch's default search key, shipped in front ends to query an index, as a Stripe
// publishable key is (`searchOnlyApiKey`, `ALGOLIA_SEARCH_KEY`, `TYPESENSE_SEARCH_ONLY_API_KEY`, `meiliSearchKey`).
// Positives: the same providers' admin, write and master keys, a search key that is not search-only by name
// (`ALGOLIA_API_KEY`), and paid search APIs whose names say search but not search-only.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x37a002);
const b = builder({ category: "r37-fix37a-search-only-key" });
const bb = builder({ category: "r37-fix37a-search-only-key-benign" });
const algoliaKey = () => r.str(32, HEX);
const appId = () => r.str(10, UPPER + DIGITS);
const typesenseKey = () => r.str(32, ALNUM);
const meiliKey = () => r.str(64, HEX);

bb.ben("fix37a-sok-instantsearch-config", "InstantSearch config object with a searchOnlyApiKey",
  `export const searchConfig = {\n  algolia: { appId: "${appId()}", searchOnlyApiKey: "${algoliaKey()}", indexName: "products_prod" },\n};\n`);
bb.ben("fix37a-sok-dotenv-search-key", ".env of a storefront: ALGOLIA_SEARCH_KEY beside the app id",
  `ALGOLIA_APP_ID=${appId()}\nALGOLIA_SEARCH_KEY=${algoliaKey()}\nALGOLIA_INDEX=articles\n`);
bb.ben("fix37a-sok-jekyll-yaml", "Jekyll _config.yml (German comment): search_only_api_key under algolia",
  `# Suche: nur der öffentliche Such-Schlüssel gehört hierher\nalgolia:\n  application_id: ${appId()}\n  index_name: blog_posts\n  search_only_api_key: ${algoliaKey()}\n`);
bb.ben("fix37a-sok-typesense-env", "Typesense front-end env: search-only key",
  `VITE_TYPESENSE_HOST=search.docs.example.org\nTYPESENSE_SEARCH_ONLY_API_KEY=${typesenseKey()}\n`);
bb.ben("fix37a-sok-meili-camel", "Meilisearch client in a Vue component, a meiliSearchKey constant",
  `import { MeiliSearch } from "meilisearch";\nconst meiliSearchKey = "${meiliKey()}";\nconst client = new MeiliSearch({ host: "https://ms.docs.example.org", apiKey: meiliSearchKey });\n`);
bb.ben("fix37a-sok-k8s-env-entry", "Deployment env entry: ALGOLIA_SEARCH_API_KEY as a name/value pair",
  `env:\n  - name: ALGOLIA_APP_ID\n    value: "${appId()}"\n  - name: ALGOLIA_SEARCH_API_KEY\n    value: "${algoliaKey()}"\n`);
bb.ben("fix37a-sok-env-default", "Python settings: a search-only key as an env lookup's default (French comment)",
  `# clé de recherche publique (lecture seule)\nALGOLIA_SEARCH_ONLY_KEY = os.getenv("ALGOLIA_SEARCH_ONLY_KEY", "${algoliaKey()}")\n`);
bb.ben("fix37a-sok-json-typesense", "site JSON config: typesenseSearchKey",
  `{"typesenseHost": "ts.shop.example.net", "typesenseSearchKey": "${typesenseKey()}", "collection": "products"}\n`);

b.pos("fix37a-sok-algolia-admin", ".env: ALGOLIA_ADMIN_KEY beside the search key",
  `ALGOLIA_APP_ID=${appId()}\nALGOLIA_SEARCH_KEY=${algoliaKey()}\nALGOLIA_ADMIN_KEY=${algoliaKey()}\n`);
b.pos("fix37a-sok-algolia-api-key", "indexing script: ALGOLIA_API_KEY with no search-only qualifier",
  `export ALGOLIA_APP_ID=${appId()}\nexport ALGOLIA_API_KEY=${algoliaKey()}\nnode scripts/index-docs.js\n`);
b.pos("fix37a-sok-algolia-write-config", "config object: adminApiKey beside a searchOnlyApiKey",
  `export const algolia = {\n  appId: "${appId()}",\n  searchOnlyApiKey: "${algoliaKey()}",\n  adminApiKey: "${algoliaKey()}",\n};\n`);
b.pos("fix37a-sok-typesense-admin", "Typesense server env: admin API key",
  `TYPESENSE_HOST=ts.internal.example.net\nTYPESENSE_ADMIN_API_KEY=${typesenseKey()}\n`);
b.pos("fix37a-sok-typesense-api-key", "docker-compose: typesense --api-key bootstrap key",
  `services:\n  typesense:\n    image: typesense/typesense:27.1\n    environment:\n      TYPESENSE_API_KEY: "${typesenseKey()}"\n`);
b.pos("fix37a-sok-meili-master", "Meilisearch master key in a systemd unit",
  `[Service]\nEnvironment=MEILI_MASTER_KEY=${meiliKey()}\nExecStart=/usr/local/bin/meilisearch --env production\n`);
b.pos("fix37a-sok-bing-search", "a paid web search API's key: BING_SEARCH_KEY (its name says search, not search-only)",
  `BING_SEARCH_ENDPOINT=https://api.bing.microsoft.com/v7.0/search\nBING_SEARCH_KEY=${r.str(32, HEX)}\n`);
b.pos("fix37a-sok-elasticsearch", "Elasticsearch API key in a Spanish .env comment",
  `# clave de la API de Elasticsearch (escritura)\nELASTICSEARCH_API_KEY=${r.str(40, ALNUM)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
