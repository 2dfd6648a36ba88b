// Orchestration, ELT/reverse-ETL, catalogs, notebooks, BI tools, data observability and the
// developer platforms a data team ships through: each spec rendered once, rotating renderers.
import type { CorpusCase } from "../types.ts";
import { build, cat, b64, type Spec } from "./_gen.ts";

const azSecret = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.~";

const specs: Spec[] = [
  // ---- orchestration
  { k: "airflow-fernet", g: "devtools", p: "Airflow Fernet key", slot: "AIRFLOW__CORE__FERNET_KEY", kind: "key", v: (g) => g.b64ub(32) },
  { k: "airflow-web", g: "devtools", p: "Airflow webserver secret key", slot: "AIRFLOW__WEBSERVER__SECRET_KEY", kind: "key", v: (g) => g.hex(48) },
  { k: "airflow-admin", g: "devtools", p: "Airflow admin user", slot: "_AIRFLOW_WWW_USER_PASSWORD", kind: "key", v: (g) => g.pw() },
  { k: "astronomer", g: "devtools", p: "Astronomer API token", slot: "ASTRO_API_TOKEN", v: (g) => g.jwt({ "https://astronomer.io/jwt/api_token_id": g.lo(25), iss: "https://api.astronomer.io", sub: g.lo(25), aud: ["astronomer-ee"], iat: g.ts(), permissions: ["workspaceId:" + g.lo(25)] }, "RS256", 342) },
  { k: "prefect", g: "devtools", p: "Prefect Cloud", slot: "PREFECT_API_KEY", v: (g) => cat("pn", "u_", g.an(36)) },
  { k: "dagster", g: "devtools", p: "Dagster+ user token", slot: "DAGSTER_CLOUD_API_TOKEN", h: "Dagster-Cloud-Api-Token: %", v: (g) => cat("user", ":", g.hex(32)) },
  { k: "dagster-agent", g: "devtools", p: "Dagster+ agent token", slot: "DAGSTER_CLOUD_AGENT_TOKEN", h: "Dagster-Cloud-Api-Token: %", v: (g) => cat("agent", ":", g.lower(6), ":", g.hex(32)) },
  { k: "temporal", g: "devtools", p: "Temporal Cloud API key", slot: "TEMPORAL_API_KEY", v: (g) => g.jwt({ account_id: g.lo(5), key_id: g.lo(32), iss: "temporal.io", sub: g.lo(20), exp: g.ts() + 7776000 }, "ES256", 86) },
  // ---- dbt / ELT / reverse ETL
  { k: "dbt-cloud", g: "devtools", p: "dbt Cloud service token", slot: "DBT_CLOUD_API_TOKEN", h: "Authorization: Token %", v: (g) => cat("db", "tc_", g.b64uc(56)) },
  { k: "dbt-pat", g: "devtools", p: "dbt Cloud personal token", slot: "DBT_CLOUD_PERSONAL_TOKEN", v: (g) => cat("db", "tu_", g.b64uc(56)) },
  { k: "fivetran", g: "devtools", p: "Fivetran REST API", slot: "FIVETRAN_API_SECRET", h: "Authorization: Basic %", v: (g) => { const k = g.an(16); const s = g.an(32); return { v: s, extra: [["FIVETRAN_API_KEY", k]], hv: b64(`${k}:${s}`) }; } },
  { k: "airbyte", g: "devtools", p: "Airbyte Cloud application", slot: "AIRBYTE_CLIENT_SECRET", v: (g) => ({ v: g.an(32), extra: [["AIRBYTE_CLIENT_ID", g.uuid()]] }) },
  { k: "stitch", g: "devtools", p: "Stitch Import API", slot: "STITCH_IMPORT_TOKEN", v: (g) => g.hex(64) },
  { k: "hightouch", g: "devtools", p: "Hightouch", slot: "HIGHTOUCH_API_KEY", v: (g) => g.uuid() },
  { k: "census", g: "devtools", p: "Census", slot: "CENSUS_API_TOKEN", v: (g) => cat("secret", "-token:", g.an(32)) },
  { k: "dataiku", g: "devtools", p: "Dataiku DSS", slot: "DKU_API_KEY", h: "Authorization: Basic %", v: (g) => { const k = g.an(32); return { v: k, hv: b64(`${k}:`) }; } },
  { k: "matillion", g: "devtools", p: "Matillion Data Productivity Cloud", slot: "MATILLION_CLIENT_SECRET", v: (g) => ({ v: g.b64uc(48), extra: [["MATILLION_CLIENT_ID", g.an(32)]] }) },
  { k: "keboola", g: "devtools", p: "Keboola Storage API", slot: "KBC_STORAGE_TOKEN", h: "X-StorageApi-Token: %", v: (g) => `${g.dig(4)}-${g.dig(6)}-${g.an(40)}` },
  { k: "segment", g: "devtools", p: "Segment Public API", slot: "SEGMENT_PUBLIC_API_TOKEN", v: (g) => cat("sg", "p_", g.an(64)) },
  { k: "hevo", g: "devtools", p: "Hevo Data", slot: "HEVO_API_SECRET", h: "Authorization: Basic %", v: (g) => { const k = g.an(12); const s = g.an(32); return { v: s, extra: [["HEVO_API_KEY", k]], hv: b64(`${k}:${s}`) }; } },
  // ---- catalogs / quality
  { k: "atlan", g: "devtools", p: "Atlan", slot: "ATLAN_API_KEY", v: (g) => g.jwt({ exp: g.ts() + 31536000, iat: g.ts(), jti: g.uuid(), iss: "https://tenant.atlan.example.com/auth/realms/default", azp: `apikey-${g.uuid()}`, typ: "Bearer" }, "RS256", 342) },
  { k: "datahub", g: "devtools", p: "DataHub", slot: "DATAHUB_GMS_TOKEN", v: (g) => g.jwt({ actorType: "USER", actorId: "datahub", type: "PERSONAL", version: "2", jti: g.uuid(), sub: "datahub", iss: "datahub-metadata-service" }) },
  { k: "openmetadata", g: "devtools", p: "OpenMetadata bot", slot: "OPENMETADATA_JWT_TOKEN", v: (g) => g.jwt({ iss: "open-metadata.org", sub: "ingestion-bot", email: "ingestion-bot@example.org", isBot: true, tokenType: "BOT", iat: g.ts() }, "RS256", 342) },
  { k: "gx", g: "devtools", p: "GX Cloud", slot: "GX_CLOUD_ACCESS_TOKEN", v: (g) => ({ v: g.hex(32) + g.hex(16), extra: [["GX_CLOUD_ORGANIZATION_ID", g.uuid()]] }) },
  { k: "soda", g: "devtools", p: "Soda Cloud", slot: "SODA_CLOUD_API_KEY_SECRET", v: (g) => ({ v: g.b64uc(43), extra: [["SODA_CLOUD_API_KEY_ID", g.uuid()]] }) },
  // ---- notebooks
  { k: "jupyter", g: "devtools", p: "Jupyter server token", slot: "JUPYTER_TOKEN", q: "token", h: "Authorization: token %", v: (g) => g.hex(48) },
  { k: "jupyterhub", g: "devtools", p: "JupyterHub API token", slot: "JUPYTERHUB_API_TOKEN", h: "Authorization: token %", v: (g) => g.hex(32) },
  { k: "hex", g: "devtools", p: "Hex", slot: "HEX_API_TOKEN", v: (g) => g.hex(64) },
  { k: "deepnote", g: "devtools", p: "Deepnote", slot: "DEEPNOTE_API_KEY", v: (g) => g.hex(40) },
  { k: "kaggle", g: "devtools", p: "Kaggle API", slot: "KAGGLE_KEY", v: (g) => ({ v: g.hex(32), extra: [["KAGGLE_USERNAME", g.lower(9)]] }) },
  // ---- dev platforms
  { k: "github", g: "devtools", p: "GitHub classic PAT", slot: "GITHUB_TOKEN", h: "Authorization: token %", v: (g) => cat("gh", "p_", g.an(36)) },
  { k: "github-fg", g: "devtools", p: "GitHub fine-grained PAT", slot: "GH_PAT", v: (g) => cat("github", "_pat_", "11", g.up(20), "_", g.an(59)) },
  { k: "github-app", g: "devtools", p: "GitHub App installation token", slot: "GITHUB_APP_TOKEN", v: (g) => cat("gh", "s_", g.an(36)) },
  { k: "gitlab", g: "devtools", p: "GitLab PAT", slot: "GITLAB_TOKEN", h: "PRIVATE-TOKEN: %", v: (g) => cat("gl", "pat-", g.b64uc(20)) },
  { k: "bitbucket", g: "devtools", p: "Bitbucket app password", slot: "BITBUCKET_APP_PASSWORD", kind: "key", v: (g) => cat("AT", "BB", g.an(28), g.HEX(8)) },
  { k: "azure-devops", g: "devtools", p: "Azure DevOps PAT", slot: "AZURE_DEVOPS_EXT_PAT", h: "Authorization: Basic %", v: (g) => { const p = g.str(52, "abcdefghijklmnopqrstuvwxyz234567"); return { v: p, hv: b64(`:${p}`) }; } },
  { k: "pypi", g: "devtools", p: "PyPI API token", slot: "TWINE_PASSWORD", kind: "key", v: (g) => cat("py", "pi-", "AgEIcHlwaS5vcmc", g.b64uc(160)) },
  { k: "npm", g: "devtools", p: "npm automation token", slot: "NPM_TOKEN", v: (g) => cat("np", "m_", g.an(36)) },
  { k: "dockerhub", g: "devtools", p: "Docker Hub PAT", slot: "DOCKERHUB_TOKEN", kind: "key", v: (g) => cat("dc", "kr_pat_", g.b64uc(27)) },
  { k: "jfrog", g: "devtools", p: "JFrog Artifactory reference token", slot: "ARTIFACTORY_ACCESS_TOKEN", v: (g) => cat("cmVmdGtu", "OjAxOj", g.an(50)) },
  { k: "circleci", g: "devtools", p: "CircleCI personal token", slot: "CIRCLE_TOKEN", h: "Circle-Token: %", v: (g) => cat("CCI", "PAT_", g.an(22), "_", g.hex(40)) },
  { k: "buildkite", g: "devtools", p: "Buildkite API token", slot: "BUILDKITE_API_TOKEN", v: (g) => cat("bk", "ua_", g.hex(40)) },
  { k: "sonarqube", g: "devtools", p: "SonarQube user token", slot: "SONAR_TOKEN", v: (g) => cat("sq", "u_", g.hex(40)) },
  { k: "snyk", g: "devtools", p: "Snyk", slot: "SNYK_TOKEN", h: "Authorization: token %", v: (g) => g.uuid() },
  // ---- BI (saas)
  { k: "tableau", g: "saas", p: "Tableau PAT", slot: "TABLEAU_PAT_SECRET", v: (g) => ({ v: `${g.b64c(22)}==:${g.an(32)}`, extra: [["TABLEAU_PAT_NAME", "dbt-exposures"]] }) },
  { k: "looker", g: "saas", p: "Looker API3 client", slot: "LOOKERSDK_CLIENT_SECRET", v: (g) => ({ v: g.an(24), extra: [["LOOKERSDK_CLIENT_ID", g.an(20)], ["LOOKERSDK_BASE_URL", "https://looker.example.com"]] }) },
  { k: "powerbi", g: "saas", p: "Power BI service principal (Entra ID)", slot: "POWERBI_CLIENT_SECRET", v: (g) => ({ v: cat(g.an(3), g.dig(1), "Q~", g.str(34, azSecret)), extra: [["POWERBI_TENANT_ID", g.uuid()], ["POWERBI_CLIENT_ID", g.uuid()]] }) },
  { k: "metabase", g: "saas", p: "Metabase API key", slot: "METABASE_API_KEY", h: "x-api-key: %", v: (g) => cat("mb", "_", g.b64c(44)) },
  { k: "mode", g: "saas", p: "Mode API", slot: "MODE_API_SECRET", h: "Authorization: Basic %", v: (g) => { const t = g.hex(12); const s = g.hex(40); return { v: s, extra: [["MODE_API_TOKEN", t]], hv: b64(`${t}:${s}`) }; } },
  { k: "sigma", g: "saas", p: "Sigma Computing", slot: "SIGMA_CLIENT_SECRET", v: (g) => ({ v: g.hex(128), extra: [["SIGMA_CLIENT_ID", g.hex(32)]] }) },
  { k: "preset", g: "saas", p: "Preset", slot: "PRESET_API_SECRET", v: (g) => ({ v: g.hex(64), extra: [["PRESET_API_TOKEN", g.uuid()]] }) },
  { k: "superset", g: "saas", p: "Apache Superset SECRET_KEY", slot: "SUPERSET_SECRET_KEY", kind: "key", v: (g) => g.b64b(42) },
  { k: "redash", g: "saas", p: "Redash user API key", slot: "REDASH_API_KEY", h: "Authorization: Key %", v: (g) => g.an(40) },
  { k: "lightdash", g: "saas", p: "Lightdash PAT", slot: "LIGHTDASH_API_KEY", h: "Authorization: ApiKey %", v: (g) => cat("ld", "pat_", g.hex(32)) },
  { k: "cube", g: "saas", p: "Cube semantic layer", slot: "CUBEJS_API_SECRET", kind: "key", v: (g) => g.hex(64) },
  { k: "thoughtspot", g: "saas", p: "ThoughtSpot trusted auth", slot: "THOUGHTSPOT_SECRET_KEY", v: (g) => g.uuid() },
  { k: "domo", g: "saas", p: "Domo", slot: "DOMO_CLIENT_SECRET", v: (g) => ({ v: g.hex(64), extra: [["DOMO_CLIENT_ID", g.uuid()]] }) },
  { k: "qlik", g: "saas", p: "Qlik Cloud API key", slot: "QLIK_API_KEY", v: (g) => g.jwt({ sub: g.b64uc(32), subType: "user", tenantId: g.b64uc(32), jti: g.uuid(), aud: "qlik.api", iss: "qlik.api/api-keys" }, "ES384", 128) },
  { k: "omni", g: "saas", p: "Omni Analytics", slot: "OMNI_API_KEY", v: (g) => g.an(40) },
  // ---- data observability
  { k: "montecarlo", g: "observability", p: "Monte Carlo", slot: "MCD_TOKEN_SECRET", h: "x-mcd-token: %", v: (g) => ({ v: g.an(64), extra: [["MCD_DEFAULT_API_ID", g.hex(32)]] }) },
  { k: "bigeye", g: "observability", p: "Bigeye", slot: "BIGEYE_API_KEY", h: "Authorization: apikey %", v: (g) => g.an(40) },
  { k: "anomalo", g: "observability", p: "Anomalo", slot: "ANOMALO_API_SECRET_TOKEN", h: "X-Anomalo-Token: %", v: (g) => g.hex(48) },
];

export const cases: CorpusCase[] = build({ set: "heldouty130", idPrefix: "y130-pl", seed: 130_002, start: 11, specs });
