// Cloud accounts, object storage and platform/secret-manager tokens a data team deploys with.
import type { CorpusCase } from "../types.ts";
import { build, cat, gcpServiceAccount, type Spec } from "./_gen.ts";

const AWS_ID = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const azSecret = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.~";

const specs: Spec[] = [
  { k: "aws", g: "cloud", p: "AWS IAM user key pair", slot: "AWS_SECRET_ACCESS_KEY", kind: "key", v: (g) => ({ v: g.b64c(40), extra: [["AWS_ACCESS_KEY_ID", cat("AK", "IA", g.str(16, AWS_ID))]] }) },
  { k: "aws-s3", g: "cloud", p: "AWS key pair for the S3 data lake", slot: "S3_SECRET_KEY", kind: "key", v: (g) => ({ v: g.b64c(40), extra: [["S3_ACCESS_KEY", cat("AK", "IA", g.str(16, AWS_ID))], ["S3_BUCKET", "s3://acme-lake-raw"]] }) },
  { k: "aws-sts", g: "cloud", p: "AWS STS session", slot: "AWS_SESSION_TOKEN", kind: "key", v: (g) => ({ v: cat("IQoJb3JpZ2luX2Vj", g.b64c(380)), extra: [["AWS_ACCESS_KEY_ID", cat("AS", "IA", g.str(16, AWS_ID))], ["AWS_SECRET_ACCESS_KEY", g.b64c(40)]] }) },
  { k: "gcp-sa", g: "cloud", p: "GCP service account key (BigQuery)", slot: "GOOGLE_APPLICATION_CREDENTIALS_JSON", kind: "blob", v: (g) => gcpServiceAccount(g, `${g.word()}-analytics-${g.dig(6)}`, "bq-loader").replace(/\n\s*/g, " ") },
  { k: "gcp-oauth", g: "cloud", p: "Google OAuth access token", slot: "GOOGLE_OAUTH_ACCESS_TOKEN", v: (g) => cat("ya", "29.", "a0AfH6SM", g.b64uc(150)) },
  { k: "azure-storage", g: "cloud", p: "Azure Storage connection string (ADLS)", slot: "AZURE_STORAGE_CONNECTION_STRING", kind: "url", v: (g) => `DefaultEndpointsProtocol=https;AccountName=${g.lower(4)}lake${g.dig(3)};AccountKey=${g.b64b(64)};EndpointSuffix=core.windows.net` },
  { k: "azure-storage-key", g: "cloud", p: "Azure Storage account key", slot: "AZURE_STORAGE_ACCOUNT_KEY", kind: "key", v: (g) => ({ v: g.b64b(64), extra: [["AZURE_STORAGE_ACCOUNT", `${g.lower(6)}adls`]] }) },
  { k: "azure-sp", g: "cloud", p: "Entra ID app client secret (Data Factory)", slot: "AZURE_CLIENT_SECRET", v: (g) => ({ v: cat(g.an(3), g.dig(1), "Q~", g.str(34, azSecret)), extra: [["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_ID", g.uuid()]] }) },
  { k: "alibaba", g: "cloud", p: "Alibaba Cloud AccessKey (MaxCompute)", slot: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", kind: "key", v: (g) => ({ v: g.an(30), extra: [["ALIBABA_CLOUD_ACCESS_KEY_ID", cat("LT", "AI", g.an(20))]] }) },
  { k: "tencent", g: "cloud", p: "Tencent Cloud COS", slot: "TENCENTCLOUD_SECRET_KEY", kind: "key", v: (g) => ({ v: g.an(32), extra: [["TENCENTCLOUD_SECRET_ID", cat("AK", "ID", g.an(32))]] }) },
  { k: "b2", g: "cloud", p: "Backblaze B2 application key", slot: "B2_APPLICATION_KEY", kind: "key", v: (g) => ({ v: cat("K0", "05", g.b64c(27)), extra: [["B2_APPLICATION_KEY_ID", cat("005", g.hex(22))]] }) },
  { k: "wasabi", g: "cloud", p: "Wasabi", slot: "WASABI_SECRET_KEY", kind: "key", v: (g) => ({ v: g.an(40), extra: [["WASABI_ACCESS_KEY", g.up(20)]] }) },
  { k: "r2", g: "cloud", p: "Cloudflare R2", slot: "R2_SECRET_ACCESS_KEY", kind: "key", v: (g) => ({ v: g.hex(64), extra: [["R2_ACCESS_KEY_ID", g.hex(32)], ["R2_ENDPOINT", `https://${g.hex(32)}.r2.example.com`]] }) },
  { k: "cloudflare", g: "cloud", p: "Cloudflare API token", slot: "CLOUDFLARE_API_TOKEN", v: (g) => g.b64uc(40) },
  { k: "minio", g: "cloud", p: "MinIO", slot: "MINIO_ROOT_PASSWORD", kind: "key", v: (g) => ({ v: g.pw(), extra: [["MINIO_ROOT_USER", "lakeadmin"]] }) },
  { k: "do-spaces", g: "cloud", p: "DigitalOcean Spaces", slot: "SPACES_SECRET_KEY", kind: "key", v: (g) => ({ v: g.b64c(43), extra: [["SPACES_ACCESS_KEY_ID", cat("DO", "00", g.up(16))]] }) },
  { k: "digitalocean", g: "cloud", p: "DigitalOcean PAT", slot: "DIGITALOCEAN_TOKEN", v: (g) => cat("do", "p_v1_", g.hex(64)) },
  { k: "scaleway", g: "cloud", p: "Scaleway", slot: "SCW_SECRET_KEY", h: "X-Auth-Token: %", v: (g) => ({ v: g.uuid(), extra: [["SCW_ACCESS_KEY", cat("SC", "W", g.up(17))]] }) },
  { k: "ibm", g: "cloud", p: "IBM Cloud API key", slot: "IBMCLOUD_API_KEY", kind: "key", v: (g) => g.b64uc(44) },
  { k: "ibm-cos", g: "cloud", p: "IBM Cloud Object Storage HMAC", slot: "COS_HMAC_SECRET_ACCESS_KEY", kind: "key", v: (g) => ({ v: g.hex(48), extra: [["COS_HMAC_ACCESS_KEY_ID", g.hex(32)]] }) },
  { k: "hetzner", g: "cloud", p: "Hetzner Cloud", slot: "HCLOUD_TOKEN", v: (g) => g.an(64) },
  { k: "yandex", g: "cloud", p: "Yandex Cloud static key (Object Storage)", slot: "YC_SECRET_ACCESS_KEY", kind: "key", v: (g) => ({ v: cat("YC", g.b64uc(38)), extra: [["YC_ACCESS_KEY_ID", cat("YC", "AJ", g.b64uc(21))]] }) },
  { k: "heroku", g: "cloud", p: "Heroku API key", slot: "HEROKU_API_KEY", v: (g) => cat("HR", "KU-", "AA", g.b64uc(58)) },
  { k: "fly", g: "cloud", p: "Fly.io deploy token", slot: "FLY_API_TOKEN", h: "Authorization: %", v: (g) => cat("FlyV1 ", "fm2_", "lJPE", g.b64c(240)) },
  { k: "vercel", g: "cloud", p: "Vercel", slot: "VERCEL_TOKEN", v: (g) => g.an(24) },
  { k: "netlify", g: "cloud", p: "Netlify", slot: "NETLIFY_AUTH_TOKEN", v: (g) => cat("nf", "p_", g.an(36)) },
  { k: "supabase-mgmt", g: "cloud", p: "Supabase management token", slot: "SUPABASE_ACCESS_TOKEN", v: (g) => cat("sb", "p_", g.hex(40)) },
  { k: "tfc", g: "cloud", p: "HCP Terraform team token", slot: "TFE_TOKEN", v: (g) => cat(g.an(14), ".atlas", "v1.", g.an(67)) },
  { k: "pulumi", g: "cloud", p: "Pulumi", slot: "PULUMI_ACCESS_TOKEN", v: (g) => cat("pu", "l-", g.hex(40)) },
  { k: "vault", g: "cloud", p: "HashiCorp Vault token", slot: "VAULT_TOKEN", h: "X-Vault-Token: %", v: (g) => cat("hv", "s.", "CAESI", g.b64uc(86)) },
  { k: "doppler", g: "cloud", p: "Doppler service token", slot: "DOPPLER_TOKEN", v: (g) => cat("dp", ".st.", "prd.", g.an(43)) },
  { k: "onepassword", g: "cloud", p: "1Password service account", slot: "OP_SERVICE_ACCOUNT_TOKEN", v: (g) => cat("op", "s_", "eyJzaWduSW5BZGRyZXNzIjoi", g.b64uc(420)) },
  { k: "cloudinary", g: "cloud", p: "Cloudinary", slot: "CLOUDINARY_URL", kind: "url", v: (g) => `cloudinary://${g.dig(15)}:${g.b64uc(27)}@${g.lower(8)}` },
  { k: "tailscale", g: "cloud", p: "Tailscale auth key", slot: "TS_AUTHKEY", v: (g) => cat("tskey", "-auth-", g.an(17), "-", g.an(33)) },
];

export const cases: CorpusCase[] = build({ set: "heldouty130", idPrefix: "y130-cl", seed: 130_003, start: 23, specs });
