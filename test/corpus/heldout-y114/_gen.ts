// Shared builders for heldout-y114 (config and infrastructure files sent whole).
// Skipped by the loader (leading "_"). Every credential-shaped value is assembled at run time
// from a split prefix plus a body drawn from SeededRng, one fixed seed per case file.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEXL = "0123456789abcdef";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export type Group =
  | "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/** Join split pieces (keeps prefixes from appearing whole in the source). */
export const j = (...p: string[]): string => p.join("");

export const b64e = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64ue = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");

export function wrapAt(s: string, w = 64): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w));
  return out.join("\n");
}

export function pemBlock(label: string, body: string, w = 64): string {
  return `-----BEGIN ${label}-----\n${wrapAt(body, w)}\n-----END ${label}-----`;
}

const PRIV = j("PRIVATE", " KEY");

export class Gen extends SeededRng {
  an(n: number): string { return this.str(n, AN); }
  alpha(n: number): string { return this.str(n, UP + LO); }
  lo(n: number): string { return this.str(n, LO); }
  lan(n: number): string { return this.str(n, LO + DIG); }
  uan(n: number): string { return this.str(n, UP + DIG); }
  hex(n: number): string { return this.str(n, HEXL); }
  HEX(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  b32(n: number): string { return this.str(n, B32); }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** Generated password (config-file safe). */
  pw(n = 20): string { return this.str(n, AN + "!#%^*-_+="); }
  /** Generated password safe inside a URL userinfo. */
  upw(n = 20): string { return this.str(n, AN + "-_.~"); }
  b64bytes(n: number): string { return b64e(this.bytes(n)); }
  sha256(): string { return this.hex(64); }
  sha1(): string { return this.hex(40); }
  ts(): number { return 1_700_000_000 + this.int(60_000_000); }
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const h = b64ue(JSON.stringify({ alg, typ: "JWT" }));
    const p = b64ue(JSON.stringify(payload));
    return `${h}.${p}.${this.b64u(sigLen)}`;
  }
  // ---- key material ----
  rsaKey(): string { return pemBlock(j("RSA ", PRIV), "MIIEpAIBAAKCAQEA" + this.b64(1572)); }
  pkcs8Key(): string { return pemBlock(PRIV, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + this.b64(1574)); }
  ecKey(): string { return pemBlock(j("EC ", PRIV), "MHcCAQEEI" + this.b64(151)); }
  p8Key(): string { return pemBlock(PRIV, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + this.b64(140)); }
  opensshKey(): string {
    return pemBlock(j("OPENSSH ", PRIV),
      "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + this.b64(316), 70);
  }
  pgpKey(): string {
    return `-----BEGIN PGP ${PRIV} BLOCK-----\n\n${wrapAt("lQVYBG" + this.b64(2498), 64)}\n=${this.b64(4)}\n-----END PGP ${PRIV} BLOCK-----`;
  }
  // ---- public / benign look-alikes ----
  cert(): string { return pemBlock("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU" + this.b64(1100)); }
  pubKeyPem(): string { return pemBlock("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + this.b64(346) + "IDAQAB"); }
  sshEd(comment = "deploy@ci"): string { return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${this.b64(43)} ${comment}`; }
  sshRsa(comment = "ops@bastion"): string { return `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${this.b64(510)}== ${comment}`; }
  imageDigest(): string { return `sha256:${this.sha256()}`; }
}

// ---------------------------------------------------------------- names

export const SVCS = ["orders", "billing", "checkout", "ingest", "notifier", "search", "api", "worker", "reports",
  "auth-gateway", "media", "ledger", "catalog", "payments", "scheduler", "webhooks"] as const;

const words = (env: string): string[] => env.split("_").filter(Boolean).map((w) => w.toLowerCase());
export const snake = (env: string): string => words(env).join("_");
export const kebab = (env: string): string => words(env).join("-");
export const camel = (env: string): string =>
  words(env).map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
export const pascal = (env: string): string => words(env).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
export const dotted = (env: string): string => words(env).join(".");
/** First word as a section, the rest as the key ("STRIPE_SECRET_KEY" -> ["stripe", "SECRET_KEY"]). */
export function split(env: string): [string, string] {
  const w = env.split("_").filter(Boolean);
  if (w.length < 2) return ["app", env];
  return [w[0]!.toLowerCase(), w.slice(1).join("_")];
}

export function yq(v: string): string {
  return /^[A-Za-z0-9_./+=-]+$/.test(v) && !/^[-=]/.test(v) ? v : JSON.stringify(v);
}
/** YAML value at a given indent: block scalar for multi-line values. */
export function yv(v: string, indent: number): string {
  if (!v.includes("\n")) return yq(v);
  const pad = " ".repeat(indent + 2);
  return "|\n" + v.split("\n").map((l) => pad + l).join("\n");
}
export const oneLine = (v: string): string => v.replace(/\n/g, "\\n");

// ---------------------------------------------------------------- provider tokens

export interface Tok {
  provider: string;
  group: Group;
  env: string;
  value: string;
  /** Non-secret companions (ids, regions, endpoints). */
  comp: Array<[string, string]>;
}
export interface ProvDef {
  provider: string;
  group: Group;
  env: string;
  make: (g: Gen) => string;
  comp?: (g: Gen) => Array<[string, string]>;
}
export function tok(g: Gen, d: ProvDef): Tok {
  const value = d.make(g);
  return { provider: d.provider, group: d.group, env: d.env, value, comp: d.comp ? d.comp(g) : [] };
}

const oaiBody = (g: Gen) => g.b64u(74) + j("T3Blbk", "FJ") + g.b64u(74);
const dbHost = (g: Gen, kind: string) => `${kind}-${g.pick(["prod", "primary", "main", "live"])}-${g.lan(4)}.${g.pick(["example.com", "example.net", "db.example.org", "internal.test"])}`;

export const PROVIDERS: ProvDef[] = [
  // ---- ai ----
  { provider: "OpenAI project key", group: "ai", env: "OPENAI_API_KEY", make: (g) => j("sk-", "proj-") + oaiBody(g) },
  { provider: "OpenAI service-account key", group: "ai", env: "OPENAI_API_KEY", make: (g) => j("sk-", "svcacct-") + oaiBody(g), comp: (g) => [["OPENAI_ORG_ID", "org-" + g.an(24)]] },
  { provider: "OpenAI admin key", group: "ai", env: "OPENAI_ADMIN_KEY", make: (g) => j("sk-", "admin-") + oaiBody(g) },
  { provider: "Anthropic API key", group: "ai", env: "ANTHROPIC_API_KEY", make: (g) => j("sk-", "ant-", "api03-") + g.b64u(93) + "AA" },
  { provider: "Anthropic admin key", group: "ai", env: "ANTHROPIC_ADMIN_KEY", make: (g) => j("sk-", "ant-", "admin01-") + g.b64u(93) + "AA" },
  { provider: "Hugging Face token", group: "ai", env: "HF_TOKEN", make: (g) => j("h", "f_") + g.alpha(34) },
  { provider: "Groq API key", group: "ai", env: "GROQ_API_KEY", make: (g) => j("gs", "k_") + g.an(52) },
  { provider: "Replicate token", group: "ai", env: "REPLICATE_API_TOKEN", make: (g) => j("r8", "_") + g.an(37) },
  { provider: "Perplexity key", group: "ai", env: "PERPLEXITY_API_KEY", make: (g) => j("pplx", "-") + g.an(48) },
  { provider: "xAI key", group: "ai", env: "XAI_API_KEY", make: (g) => j("xa", "i-") + g.an(80) },
  { provider: "OpenRouter key", group: "ai", env: "OPENROUTER_API_KEY", make: (g) => j("sk-", "or-", "v1-") + g.hex(64) },
  { provider: "DeepSeek key", group: "ai", env: "DEEPSEEK_API_KEY", make: (g) => "sk-" + g.hex(32) },
  { provider: "Mistral key", group: "ai", env: "MISTRAL_API_KEY", make: (g) => g.an(32) },
  { provider: "Cohere key", group: "ai", env: "COHERE_API_KEY", make: (g) => g.an(40) },
  { provider: "Gemini API key", group: "ai", env: "GEMINI_API_KEY", make: (g) => j("AI", "za") + g.b64u(35) },
  { provider: "LangSmith key", group: "ai", env: "LANGSMITH_API_KEY", make: (g) => j("lsv2", "_pt_") + g.hex(32) + "_" + g.hex(10), comp: () => [["LANGSMITH_PROJECT", "agent-prod"]] },
  { provider: "Weights & Biases key", group: "ai", env: "WANDB_API_KEY", make: (g) => g.hex(40), comp: () => [["WANDB_ENTITY", "acme-ml"]] },
  { provider: "Pinecone key", group: "ai", env: "PINECONE_API_KEY", make: (g) => j("pcsk", "_") + g.an(6) + "_" + g.an(63) },
  { provider: "Together AI key", group: "ai", env: "TOGETHER_API_KEY", make: (g) => g.hex(64) },
  { provider: "Fireworks key", group: "ai", env: "FIREWORKS_API_KEY", make: (g) => j("f", "w_") + g.an(24) },
  { provider: "ElevenLabs key", group: "ai", env: "ELEVENLABS_API_KEY", make: (g) => j("s", "k_") + g.hex(48) },
  { provider: "AssemblyAI key", group: "ai", env: "ASSEMBLYAI_API_KEY", make: (g) => g.hex(32) },
  { provider: "Deepgram key", group: "ai", env: "DEEPGRAM_API_KEY", make: (g) => g.hex(40) },
  { provider: "Voyage AI key", group: "ai", env: "VOYAGE_API_KEY", make: (g) => j("p", "a-") + g.b64u(43) },
  { provider: "Langfuse secret key", group: "ai", env: "LANGFUSE_SECRET_KEY", make: (g) => j("sk-", "lf-") + g.uuid(), comp: (g) => [["LANGFUSE_PUBLIC_KEY", "pk-lf-" + g.uuid()], ["LANGFUSE_HOST", "https://langfuse.example.com"]] },
  { provider: "Tavily key", group: "ai", env: "TAVILY_API_KEY", make: (g) => j("tvly", "-") + g.an(32) },
  { provider: "Firecrawl key", group: "ai", env: "FIRECRAWL_API_KEY", make: (g) => j("f", "c-") + g.hex(32) },
  { provider: "Jina key", group: "ai", env: "JINA_API_KEY", make: (g) => j("jina", "_") + g.hex(32) + g.an(28) },
  { provider: "Cerebras key", group: "ai", env: "CEREBRAS_API_KEY", make: (g) => j("cs", "k-") + g.lan(48) },
  { provider: "NVIDIA NIM key", group: "ai", env: "NVIDIA_API_KEY", make: (g) => j("nva", "pi-") + g.b64u(64) },
  { provider: "Azure OpenAI key", group: "ai", env: "AZURE_OPENAI_API_KEY", make: (g) => g.hex(32), comp: () => [["AZURE_OPENAI_ENDPOINT", "https://acme-oai.example.com/"], ["AZURE_OPENAI_DEPLOYMENT", "gpt-4o-prod"]] },
  { provider: "Stability AI key", group: "ai", env: "STABILITY_API_KEY", make: (g) => "sk-" + g.an(48) },
  { provider: "fal.ai key", group: "ai", env: "FAL_KEY", make: (g) => g.uuid() + ":" + g.hex(32) },
  { provider: "Modal token secret", group: "ai", env: "MODAL_TOKEN_SECRET", make: (g) => j("a", "s-") + g.an(22), comp: (g) => [["MODAL_TOKEN_ID", "ak-" + g.an(22)]] },
  { provider: "RunPod key", group: "ai", env: "RUNPOD_API_KEY", make: (g) => j("rp", "a_") + g.uan(44) },
  // ---- auth ----
  { provider: "Okta API token", group: "auth", env: "OKTA_API_TOKEN", make: (g) => "00" + g.b64u(40), comp: () => [["OKTA_ORG_URL", "https://acme.okta.example.com"]] },
  { provider: "Auth0 client secret", group: "auth", env: "AUTH0_CLIENT_SECRET", make: (g) => g.b64u(64), comp: (g) => [["AUTH0_DOMAIN", "acme.eu.auth0.example.com"], ["AUTH0_CLIENT_ID", g.an(32)]] },
  { provider: "Google OAuth client secret", group: "auth", env: "GOOGLE_CLIENT_SECRET", make: (g) => j("GOC", "SPX-") + g.b64u(28), comp: (g) => [["GOOGLE_CLIENT_ID", `${g.dig(12)}-${g.lan(32)}.apps.googleusercontent.com`]] },
  { provider: "Azure AD client secret", group: "auth", env: "AZURE_CLIENT_SECRET", make: (g) => g.an(3) + j("8", "Q~") + g.str(31, AN + "_~.-"), comp: (g) => [["AZURE_CLIENT_ID", g.uuid()], ["AZURE_TENANT_ID", g.uuid()]] },
  { provider: "JWT signing secret", group: "auth", env: "JWT_SECRET", make: (g) => g.hex(64), comp: () => [["JWT_ISSUER", "https://auth.example.com"]] },
  { provider: "session secret", group: "auth", env: "SESSION_SECRET", make: (g) => g.b64u(48) },
  { provider: "Rails secret_key_base", group: "auth", env: "SECRET_KEY_BASE", make: (g) => g.hex(128) },
  { provider: "Laravel APP_KEY", group: "auth", env: "APP_KEY", make: (g) => "base64:" + g.b64bytes(32) },
  { provider: "Keycloak client secret", group: "auth", env: "KEYCLOAK_CLIENT_SECRET", make: (g) => g.an(32), comp: () => [["KEYCLOAK_REALM", "acme"], ["KEYCLOAK_CLIENT_ID", "orders-api"]] },
  { provider: "Clerk secret key", group: "auth", env: "CLERK_SECRET_KEY", make: (g) => j("sk", "_live_") + g.an(43) },
  { provider: "Stytch secret", group: "auth", env: "STYTCH_SECRET", make: (g) => j("secret-", "live-") + g.b64u(36), comp: (g) => [["STYTCH_PROJECT_ID", "project-live-" + g.uuid()]] },
  { provider: "HashiCorp Vault token", group: "auth", env: "VAULT_TOKEN", make: (g) => j("hv", "s.") + "CAESI" + g.b64u(85), comp: () => [["VAULT_ADDR", "https://vault.example.com:8200"]] },
  { provider: "Doppler service token", group: "auth", env: "DOPPLER_TOKEN", make: (g) => j("dp", ".st.") + "prd." + g.an(43) },
  { provider: "Infisical service token", group: "auth", env: "INFISICAL_TOKEN", make: (g) => "st." + g.uuid() + "." + g.hex(32) + "." + g.hex(32) },
  { provider: "Tailscale auth key", group: "auth", env: "TS_AUTHKEY", make: (g) => j("tskey", "-auth-") + "k" + g.an(10) + "CNTRL-" + g.an(33) },
  { provider: "Supabase service-role JWT", group: "auth", env: "SUPABASE_SERVICE_ROLE_KEY", make: (g) => { const t = g.ts(); return g.jwt({ iss: "supabase", ref: g.lo(20), role: "service_role", iat: t, exp: t + 315360000 }); }, comp: (g) => [["SUPABASE_URL", `https://${g.lo(20)}.supabase.example.net`]] },
  { provider: "NextAuth secret", group: "auth", env: "NEXTAUTH_SECRET", make: (g) => g.b64bytes(32), comp: () => [["NEXTAUTH_URL", "https://app.example.com"]] },
  { provider: "LDAP bind password", group: "auth", env: "LDAP_BIND_PASSWORD", make: (g) => g.pw(22), comp: () => [["LDAP_BIND_DN", "cn=svc-portal,ou=services,dc=example,dc=com"]] },
  { provider: "Cloudflare Access service token secret", group: "auth", env: "CF_ACCESS_CLIENT_SECRET", make: (g) => g.hex(64), comp: (g) => [["CF_ACCESS_CLIENT_ID", g.hex(32) + ".access"]] },
  { provider: "1Password service-account token", group: "auth", env: "OP_SERVICE_ACCOUNT_TOKEN", make: (g) => j("op", "s_") + b64ue(JSON.stringify({ signInAddress: "acme.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.b64u(22) }, email: g.lan(13) + "@1passwordserviceaccounts.com", srpX: g.hex(64), muk: { alg: "A256GCM", ext: true, k: g.b64u(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + g.uan(6) + "-" + g.uan(11) + "-" + g.uan(5) + "-" + g.uan(5) + "-" + g.uan(5), throttleSecret: { seed: g.hex(64), deviceUuid: g.lan(26) }, deviceUuid: g.lan(26) })) },
  { provider: "Akeyless access key", group: "auth", env: "AKEYLESS_ACCESS_KEY", make: (g) => g.b64(43) + "=", comp: (g) => [["AKEYLESS_ACCESS_ID", "p-" + g.lan(12)]] },
  { provider: "WorkOS API key", group: "auth", env: "WORKOS_API_KEY", make: (g) => j("s", "k_") + g.an(60), comp: (g) => [["WORKOS_CLIENT_ID", "client_" + g.uan(26)]] },
  // ---- cloud ----
  { provider: "AWS access key pair", group: "cloud", env: "AWS_SECRET_ACCESS_KEY", make: (g) => g.str(40, AN + "/+"), comp: (g) => [["AWS_ACCESS_KEY_ID", j("AK", "IA") + g.b32(16)], ["AWS_REGION", g.pick(["us-east-1", "eu-west-1", "ap-southeast-2"])]] },
  { provider: "AWS STS session credentials", group: "cloud", env: "AWS_SESSION_TOKEN", make: (g) => j("IQoJb3JpZ2lu", "X2VjE") + g.b64(560), comp: (g) => [["AWS_ACCESS_KEY_ID", j("AS", "IA") + g.b32(16)], ["AWS_SECRET_ACCESS_KEY", g.str(40, AN + "/+")]] },
  { provider: "DigitalOcean token", group: "cloud", env: "DIGITALOCEAN_TOKEN", make: (g) => j("do", "p_v1_") + g.hex(64) },
  { provider: "Linode token", group: "cloud", env: "LINODE_TOKEN", make: (g) => g.hex(64) },
  { provider: "Vultr API key", group: "cloud", env: "VULTR_API_KEY", make: (g) => g.uan(36) },
  { provider: "Hetzner Cloud token", group: "cloud", env: "HCLOUD_TOKEN", make: (g) => g.an(64) },
  { provider: "Scaleway secret key", group: "cloud", env: "SCW_SECRET_KEY", make: (g) => g.uuid(), comp: (g) => [["SCW_ACCESS_KEY", "SCW" + g.uan(17)], ["SCW_DEFAULT_PROJECT_ID", g.uuid()]] },
  { provider: "OVHcloud application secret", group: "cloud", env: "OVH_APPLICATION_SECRET", make: (g) => g.an(32), comp: (g) => [["OVH_APPLICATION_KEY", g.an(16)], ["OVH_ENDPOINT", "ovh-eu"]] },
  { provider: "Alibaba Cloud AccessKey secret", group: "cloud", env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", make: (g) => g.an(30), comp: (g) => [["ALIBABA_CLOUD_ACCESS_KEY_ID", j("LT", "AI") + g.an(20)]] },
  { provider: "Tencent Cloud SecretKey", group: "cloud", env: "TENCENTCLOUD_SECRET_KEY", make: (g) => g.an(32), comp: (g) => [["TENCENTCLOUD_SECRET_ID", j("AK", "ID") + g.an(32)]] },
  { provider: "Huawei Cloud SK", group: "cloud", env: "HUAWEICLOUD_SDK_SK", make: (g) => g.an(40), comp: (g) => [["HUAWEICLOUD_SDK_AK", g.uan(20)]] },
  { provider: "IBM Cloud API key", group: "cloud", env: "IBMCLOUD_API_KEY", make: (g) => g.b64u(44) },
  { provider: "Cloudflare API token", group: "cloud", env: "CLOUDFLARE_API_TOKEN", make: (g) => g.b64u(40), comp: (g) => [["CLOUDFLARE_ACCOUNT_ID", g.hex(32)]] },
  { provider: "Cloudflare global API key", group: "cloud", env: "CLOUDFLARE_API_KEY", make: (g) => g.hex(37), comp: () => [["CLOUDFLARE_EMAIL", "ops@example.com"]] },
  { provider: "Backblaze B2 application key", group: "cloud", env: "B2_APPLICATION_KEY", make: (g) => j("K0", "05") + g.an(27), comp: (g) => [["B2_APPLICATION_KEY_ID", "005" + g.hex(22)]] },
  { provider: "Wasabi secret key", group: "cloud", env: "WASABI_SECRET_KEY", make: (g) => g.an(40), comp: (g) => [["WASABI_ACCESS_KEY", g.uan(20)]] },
  { provider: "Heroku API key", group: "cloud", env: "HEROKU_API_KEY", make: (g) => j("HR", "KU-") + "AA" + g.b64u(58) },
  { provider: "Netlify token", group: "cloud", env: "NETLIFY_AUTH_TOKEN", make: (g) => j("nf", "p_") + g.an(36), comp: (g) => [["NETLIFY_SITE_ID", g.uuid()]] },
  { provider: "Vercel token", group: "cloud", env: "VERCEL_TOKEN", make: (g) => g.an(24), comp: (g) => [["VERCEL_ORG_ID", "team_" + g.an(24)], ["VERCEL_PROJECT_ID", "prj_" + g.an(28)]] },
  { provider: "Fly.io token", group: "cloud", env: "FLY_API_TOKEN", make: (g) => j("Fly", "V1 ") + "fm2_" + g.b64(300) },
  { provider: "Render API key", group: "cloud", env: "RENDER_API_KEY", make: (g) => j("rn", "d_") + g.an(28) },
  { provider: "Railway token", group: "cloud", env: "RAILWAY_TOKEN", make: (g) => g.uuid() },
  { provider: "Pulumi access token", group: "cloud", env: "PULUMI_ACCESS_TOKEN", make: (g) => j("pu", "l-") + g.hex(40) },
  { provider: "Terraform Cloud token", group: "cloud", env: "TF_TOKEN_app_terraform_io", make: (g) => g.an(14) + j(".atlas", "v1.") + g.an(67) },
  { provider: "Fastly API token", group: "cloud", env: "FASTLY_API_TOKEN", make: (g) => g.b64u(32) },
  { provider: "Bunny.net API key", group: "cloud", env: "BUNNY_API_KEY", make: (g) => g.uuid() + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12) },
  { provider: "Cloudinary URL", group: "cloud", env: "CLOUDINARY_URL", make: (g) => `cloudinary://${g.dig(15)}:${g.b64u(27)}@acme-media` },
  { provider: "Exoscale API secret", group: "cloud", env: "EXOSCALE_API_SECRET", make: (g) => g.b64u(43), comp: (g) => [["EXOSCALE_API_KEY", "EXO" + g.hex(24)]] },
  { provider: "Yandex Cloud API key", group: "cloud", env: "YC_API_KEY", make: (g) => j("AQ", "VN") + g.b64u(36) },
  { provider: "Azure Storage connection string", group: "cloud", env: "AZURE_STORAGE_CONNECTION_STRING", make: (g) => `DefaultEndpointsProtocol=https;AccountName=acme${g.lo(6)};AccountKey=${g.b64(86)}==;EndpointSuffix=core.windows.net` },
  { provider: "Azure Service Bus connection string", group: "cloud", env: "SERVICEBUS_CONNECTION_STRING", make: (g) => `Endpoint=sb://acme-${g.lo(5)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.b64(43)}=` },
  { provider: "Azure Event Hubs connection string", group: "cloud", env: "EVENTHUB_CONNECTION_STRING", make: (g) => `Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${g.b64(43)}=;EntityPath=clicks` },
  { provider: "MinIO root password", group: "cloud", env: "MINIO_ROOT_PASSWORD", make: (g) => g.an(32), comp: () => [["MINIO_ROOT_USER", "minio-admin"]] },
  // ---- comms ----
  { provider: "Slack bot token", group: "comms", env: "SLACK_BOT_TOKEN", make: (g) => j("xo", "xb-") + g.dig(12) + "-" + g.dig(13) + "-" + g.an(24) },
  { provider: "Slack user token", group: "comms", env: "SLACK_USER_TOKEN", make: (g) => j("xo", "xp-") + g.dig(12) + "-" + g.dig(12) + "-" + g.dig(13) + "-" + g.hex(32) },
  { provider: "Slack app-level token", group: "comms", env: "SLACK_APP_TOKEN", make: (g) => j("xa", "pp-1-") + "A" + g.uan(10) + "-" + g.dig(13) + "-" + g.hex(64) },
  { provider: "Slack incoming webhook", group: "comms", env: "SLACK_WEBHOOK_URL", make: (g) => j("https://hooks.", "slack.com/services/") + "T" + g.uan(10) + "/B" + g.uan(10) + "/" + g.an(24) },
  { provider: "Slack signing secret", group: "comms", env: "SLACK_SIGNING_SECRET", make: (g) => g.hex(32) },
  { provider: "Discord bot token", group: "comms", env: "DISCORD_BOT_TOKEN", make: (g) => b64e(g.dig(18)).replace(/=+$/, "") + "." + g.b64u(6) + "." + g.b64u(38) },
  { provider: "Discord webhook", group: "comms", env: "DISCORD_WEBHOOK_URL", make: (g) => j("https://discord.com/api/", "webhooks/") + g.dig(19) + "/" + g.b64u(68) },
  { provider: "Telegram bot token", group: "comms", env: "TELEGRAM_BOT_TOKEN", make: (g) => g.dig(10) + ":AA" + g.b64u(33), comp: () => [["TELEGRAM_CHAT_ID", "-1001234567890"]] },
  { provider: "Twilio auth token", group: "comms", env: "TWILIO_AUTH_TOKEN", make: (g) => g.hex(32), comp: (g) => [["TWILIO_ACCOUNT_SID", "AC" + g.hex(32)], ["TWILIO_FROM", "+15005550006"]] },
  { provider: "Twilio API key secret", group: "comms", env: "TWILIO_API_SECRET", make: (g) => g.an(32), comp: (g) => [["TWILIO_API_KEY", "SK" + g.hex(32)]] },
  { provider: "SendGrid key", group: "comms", env: "SENDGRID_API_KEY", make: (g) => j("S", "G.") + g.b64u(22) + "." + g.b64u(43) },
  { provider: "Mailgun key", group: "comms", env: "MAILGUN_API_KEY", make: (g) => g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8), comp: () => [["MAILGUN_DOMAIN", "mg.example.com"]] },
  { provider: "Mailchimp key", group: "comms", env: "MAILCHIMP_API_KEY", make: (g) => g.hex(32) + "-us" + g.range(2, 21) },
  { provider: "Postmark server token", group: "comms", env: "POSTMARK_SERVER_TOKEN", make: (g) => g.uuid() },
  { provider: "Brevo key", group: "comms", env: "BREVO_API_KEY", make: (g) => j("xkey", "sib-") + g.hex(64) + "-" + g.an(16) },
  { provider: "Resend key", group: "comms", env: "RESEND_API_KEY", make: (g) => j("r", "e_") + g.an(8) + "_" + g.an(24) },
  { provider: "SparkPost key", group: "comms", env: "SPARKPOST_API_KEY", make: (g) => g.hex(40) },
  { provider: "Mailjet secret key", group: "comms", env: "MJ_APIKEY_PRIVATE", make: (g) => g.hex(32), comp: (g) => [["MJ_APIKEY_PUBLIC", g.hex(32)]] },
  { provider: "Vonage API secret", group: "comms", env: "VONAGE_API_SECRET", make: (g) => g.an(16), comp: (g) => [["VONAGE_API_KEY", g.hex(8)]] },
  { provider: "Plivo auth token", group: "comms", env: "PLIVO_AUTH_TOKEN", make: (g) => g.an(40), comp: (g) => [["PLIVO_AUTH_ID", "MA" + g.uan(18)]] },
  { provider: "Pusher app secret", group: "comms", env: "PUSHER_APP_SECRET", make: (g) => g.hex(20), comp: (g) => [["PUSHER_APP_ID", g.dig(7)], ["PUSHER_APP_KEY", g.hex(20)], ["PUSHER_APP_CLUSTER", "eu"]] },
  { provider: "Ably API key", group: "comms", env: "ABLY_API_KEY", make: (g) => g.an(6) + "." + g.an(6) + ":" + g.b64u(43) },
  { provider: "Zoom client secret", group: "comms", env: "ZOOM_CLIENT_SECRET", make: (g) => g.an(32), comp: (g) => [["ZOOM_CLIENT_ID", g.an(22)], ["ZOOM_ACCOUNT_ID", g.an(22)]] },
  { provider: "Microsoft Teams incoming webhook", group: "comms", env: "TEAMS_WEBHOOK_URL", make: (g) => `https://acme.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.b64u(43)}` },
  { provider: "Google Chat webhook", group: "comms", env: "GCHAT_WEBHOOK_URL", make: (g) => j("https://chat.", "googleapis.com/v1/spaces/") + "AAAA" + g.b64u(7) + "/messages?key=" + j("AI", "za") + "Sy" + g.b64u(33) + "&token=" + g.b64u(43) + "%3D" },
  { provider: "Mattermost webhook", group: "comms", env: "MATTERMOST_WEBHOOK_URL", make: (g) => "https://chat.example.com/hooks/" + g.lan(26) },
  { provider: "FCM server key", group: "comms", env: "FCM_SERVER_KEY", make: (g) => "AAAA" + g.b64u(7) + j(":APA", "91b") + g.b64u(134) },
  { provider: "Infobip key", group: "comms", env: "INFOBIP_API_KEY", make: (g) => g.hex(32) + "-" + g.uuid(), comp: () => [["INFOBIP_BASE_URL", "https://xyz.api.example.com"]] },
  { provider: "MessageBird access key", group: "comms", env: "MESSAGEBIRD_ACCESS_KEY", make: (g) => g.an(25) },
  { provider: "Intercom access token", group: "comms", env: "INTERCOM_ACCESS_TOKEN", make: (g) => j("dG9r", "Oj") + b64e(g.uuid() + ":" + g.hex(16)).slice(2) },
  { provider: "SMTP password", group: "comms", env: "SMTP_PASSWORD", make: (g) => g.pw(18), comp: () => [["SMTP_HOST", "smtp.example.com"], ["SMTP_USER", "noreply@example.com"]] },
  { provider: "LINE channel secret", group: "comms", env: "LINE_CHANNEL_SECRET", make: (g) => g.hex(32), comp: (g) => [["LINE_CHANNEL_ID", g.dig(10)]] },
  { provider: "Africa's Talking key", group: "comms", env: "AT_API_KEY", make: (g) => j("at", "sk_") + g.hex(64), comp: () => [["AT_USERNAME", "acme"]] },
  // ---- data ----
  { provider: "Postgres URL", group: "data", env: "DATABASE_URL", make: (g) => `postgres://app_rw:${g.upw(24)}@${dbHost(g, "pg")}:5432/orders?sslmode=require` },
  { provider: "MySQL URL", group: "data", env: "MYSQL_URL", make: (g) => `mysql://svc_shop:${g.upw(20)}@${dbHost(g, "mysql")}:3306/shop` },
  { provider: "MongoDB SRV URL", group: "data", env: "MONGODB_URI", make: (g) => `mongodb+srv://svc-orders:${g.upw(22)}@cluster0.${g.lan(5)}.example.net/orders?retryWrites=true&w=majority` },
  { provider: "Redis URL", group: "data", env: "REDIS_URL", make: (g) => `rediss://default:${g.an(32)}@${dbHost(g, "redis")}:6380/0` },
  { provider: "RabbitMQ URL", group: "data", env: "AMQP_URL", make: (g) => `amqps://orders:${g.upw(20)}@mq.example.com:5671/prod` },
  { provider: "Elasticsearch URL", group: "data", env: "ELASTICSEARCH_URL", make: (g) => `https://elastic:${g.an(24)}@es-prod.example.com:9243` },
  { provider: "ClickHouse password", group: "data", env: "CLICKHOUSE_PASSWORD", make: (g) => g.pw(20), comp: () => [["CLICKHOUSE_HOST", "ch.example.com"], ["CLICKHOUSE_USER", "analytics"]] },
  { provider: "Snowflake password", group: "data", env: "SNOWFLAKE_PASSWORD", make: (g) => g.pw(20), comp: (g) => [["SNOWFLAKE_ACCOUNT", "acme-" + g.lan(7)], ["SNOWFLAKE_USER", "ETL_SVC"], ["SNOWFLAKE_WAREHOUSE", "TRANSFORM_WH"]] },
  { provider: "Databricks PAT", group: "data", env: "DATABRICKS_TOKEN", make: (g) => j("da", "pi") + g.hex(32), comp: () => [["DATABRICKS_HOST", "https://adb-1234567890123456.7.example.net"]] },
  { provider: "PlanetScale password", group: "data", env: "DATABASE_PASSWORD", make: (g) => j("pscale", "_pw_") + g.b64u(43), comp: () => [["DATABASE_USERNAME", "k2j9x0abc1"], ["DATABASE_HOST", "aws.connect.psdb.example.net"]] },
  { provider: "PlanetScale service token", group: "data", env: "PLANETSCALE_SERVICE_TOKEN", make: (g) => j("pscale", "_tkn_") + g.b64u(43), comp: (g) => [["PLANETSCALE_SERVICE_TOKEN_ID", g.lan(12)]] },
  { provider: "Neon Postgres URL", group: "data", env: "NEON_DATABASE_URL", make: (g) => `postgresql://neondb_owner:${j("np", "g_")}${g.an(12)}@ep-${g.lo(6)}-${g.lo(8)}-${g.lan(8)}.us-east-2.example.net/neondb?sslmode=require` },
  { provider: "Upstash Redis REST token", group: "data", env: "UPSTASH_REDIS_REST_TOKEN", make: (g) => "AX" + g.an(4) + "AAIjcD" + g.b64u(80), comp: () => [["UPSTASH_REDIS_REST_URL", "https://eu1-happy-koala-31337.upstash.example.net"]] },
  { provider: "MongoDB Atlas API private key", group: "data", env: "MONGODB_ATLAS_PRIVATE_KEY", make: (g) => g.uuid(), comp: (g) => [["MONGODB_ATLAS_PUBLIC_KEY", g.lo(8)], ["MONGODB_ATLAS_ORG_ID", g.hex(24)]] },
  { provider: "Confluent Cloud API secret", group: "data", env: "CONFLUENT_API_SECRET", make: (g) => g.str(64, AN + "+/"), comp: (g) => [["CONFLUENT_API_KEY", g.uan(16)], ["KAFKA_BOOTSTRAP", "pkc-abcd1.eu-west-1.aws.example.net:9092"]] },
  { provider: "InfluxDB token", group: "data", env: "INFLUX_TOKEN", make: (g) => g.b64u(86) + "==", comp: () => [["INFLUX_ORG", "acme"], ["INFLUX_URL", "https://influx.example.com"]] },
  { provider: "Neo4j Aura password", group: "data", env: "NEO4J_PASSWORD", make: (g) => g.b64u(43), comp: () => [["NEO4J_URI", "neo4j+s://a1b2c3d4.databases.example.net"], ["NEO4J_USERNAME", "neo4j"]] },
  { provider: "Turso auth token", group: "data", env: "TURSO_AUTH_TOKEN", make: (g) => g.jwt({ a: "rw", iat: g.ts(), id: g.uuid() }, "EdDSA", 86), comp: () => [["TURSO_DATABASE_URL", "libsql://orders-acme.turso.example.net"]] },
  { provider: "Xata API key", group: "data", env: "XATA_API_KEY", make: (g) => j("xa", "u_") + g.an(32) },
  { provider: "Meilisearch master key", group: "data", env: "MEILI_MASTER_KEY", make: (g) => g.b64u(43) },
  { provider: "Typesense admin key", group: "data", env: "TYPESENSE_API_KEY", make: (g) => g.an(32), comp: () => [["TYPESENSE_HOST", "search.example.com"]] },
  { provider: "Qdrant API key", group: "data", env: "QDRANT_API_KEY", make: (g) => g.b64u(54), comp: () => [["QDRANT_URL", "https://qdrant.example.com:6333"]] },
  { provider: "SQL Server connection string", group: "data", env: "SQLSERVER_CONNECTION_STRING", make: (g) => `Server=tcp:sql-prod.example.com,1433;Initial Catalog=erp;User ID=erp_app;Password=${g.pw(20)};Encrypt=True;TrustServerCertificate=False;` },
  { provider: "Azure Cosmos DB connection string", group: "data", env: "COSMOS_CONNECTION_STRING", make: (g) => `AccountEndpoint=https://acme-cosmos.documents.azure.com:443/;AccountKey=${g.b64(86)}==;` },
  { provider: "CockroachDB URL", group: "data", env: "COCKROACH_URL", make: (g) => `postgresql://maxroach:${g.upw(22)}@free-tier.gcp-us-central1.example.net:26257/defaultdb?sslmode=verify-full` },
  { provider: "Aiven Postgres URL", group: "data", env: "AIVEN_PG_URI", make: (g) => `postgres://avnadmin:${j("AV", "NS_")}${g.b64u(19)}@pg-acme-${g.lo(6)}.example.com:12691/defaultdb?sslmode=require` },
  { provider: "Redis password", group: "data", env: "REDIS_PASSWORD", make: (g) => g.an(40), comp: () => [["REDIS_HOST", "redis-master.cache.svc.cluster.local"]] },
  { provider: "Firebase database secret", group: "data", env: "FIREBASE_DATABASE_SECRET", make: (g) => g.an(40), comp: () => [["FIREBASE_DATABASE_URL", "https://acme-prod-default-rtdb.example.com"]] },
  // ---- devtools ----
  { provider: "GitHub classic PAT", group: "devtools", env: "GITHUB_TOKEN", make: (g) => j("gh", "p_") + g.an(36) },
  { provider: "GitHub fine-grained PAT", group: "devtools", env: "GH_TOKEN", make: (g) => j("github", "_pat_") + "11" + g.uan(20) + "_" + g.an(59) },
  { provider: "GitHub OAuth token", group: "devtools", env: "GITHUB_OAUTH_TOKEN", make: (g) => j("gh", "o_") + g.an(36) },
  { provider: "GitHub App installation token", group: "devtools", env: "GH_APP_TOKEN", make: (g) => j("gh", "s_") + g.an(36) },
  { provider: "GitLab PAT", group: "devtools", env: "GITLAB_TOKEN", make: (g) => j("glp", "at-") + g.b64u(20) },
  { provider: "GitLab runner token", group: "devtools", env: "RUNNER_TOKEN", make: (g) => j("gl", "rt-") + g.b64u(20) },
  { provider: "GitLab deploy token", group: "devtools", env: "GITLAB_DEPLOY_TOKEN", make: (g) => j("gl", "dt-") + g.b64u(20), comp: () => [["GITLAB_DEPLOY_USER", "gitlab+deploy-token-42"]] },
  { provider: "Bitbucket app password", group: "devtools", env: "BITBUCKET_APP_PASSWORD", make: (g) => j("AT", "BB") + g.an(28) + g.HEX(8), comp: () => [["BITBUCKET_USERNAME", "acme-ci"]] },
  { provider: "npm token", group: "devtools", env: "NPM_TOKEN", make: (g) => j("np", "m_") + g.an(36) },
  { provider: "PyPI token", group: "devtools", env: "PYPI_API_TOKEN", make: (g) => j("pypi-", "AgEIcHlwaS5vcmc") + g.b64u(150) },
  { provider: "Docker Hub PAT", group: "devtools", env: "DOCKERHUB_TOKEN", make: (g) => j("dckr", "_pat_") + g.b64u(27), comp: () => [["DOCKERHUB_USERNAME", "acmebot"]] },
  { provider: "RubyGems key", group: "devtools", env: "GEM_HOST_API_KEY", make: (g) => j("rubygems", "_") + g.hex(48) },
  { provider: "NuGet API key", group: "devtools", env: "NUGET_API_KEY", make: (g) => j("oy", "2") + g.lan(43) },
  { provider: "crates.io token", group: "devtools", env: "CARGO_REGISTRY_TOKEN", make: (g) => j("ci", "o") + g.an(32) },
  { provider: "JFrog Artifactory API key", group: "devtools", env: "ARTIFACTORY_API_KEY", make: (g) => j("AK", "Cp") + g.an(69), comp: () => [["ARTIFACTORY_URL", "https://acme.jfrog.example.net/artifactory"]] },
  { provider: "Azure DevOps PAT", group: "devtools", env: "AZURE_DEVOPS_PAT", make: (g) => g.str(52, "abcdefghijklmnopqrstuvwxyz234567"), comp: () => [["AZURE_DEVOPS_ORG", "https://devops.example.com/acme"]] },
  { provider: "CircleCI personal token", group: "devtools", env: "CIRCLECI_TOKEN", make: (g) => j("CCIP", "AT_") + g.an(22) + "_" + g.hex(40) },
  { provider: "Buildkite API token", group: "devtools", env: "BUILDKITE_API_TOKEN", make: (g) => j("bk", "ua_") + g.hex(40) },
  { provider: "Codecov upload token", group: "devtools", env: "CODECOV_TOKEN", make: (g) => g.uuid() },
  { provider: "Snyk token", group: "devtools", env: "SNYK_TOKEN", make: (g) => g.uuid() },
  { provider: "SonarQube token", group: "devtools", env: "SONAR_TOKEN", make: (g) => j("sq", "u_") + g.hex(40), comp: () => [["SONAR_HOST_URL", "https://sonar.example.com"]] },
  { provider: "Jenkins API token", group: "devtools", env: "JENKINS_API_TOKEN", make: (g) => "11" + g.hex(32), comp: () => [["JENKINS_USER", "deploy-bot"], ["JENKINS_URL", "https://ci.example.com"]] },
  { provider: "Octopus Deploy API key", group: "devtools", env: "OCTOPUS_API_KEY", make: (g) => j("AP", "I-") + g.uan(26), comp: () => [["OCTOPUS_URL", "https://deploy.example.com"]] },
  { provider: "Postman API key", group: "devtools", env: "POSTMAN_API_KEY", make: (g) => j("PM", "AK-") + g.hex(24) + "-" + g.hex(34) },
  { provider: "Expo access token", group: "devtools", env: "EXPO_TOKEN", make: (g) => g.b64u(40) },
  { provider: "Gitea token", group: "devtools", env: "GITEA_TOKEN", make: (g) => g.hex(40), comp: () => [["GITEA_URL", "https://git.example.com"]] },
  { provider: "Quay robot token", group: "devtools", env: "QUAY_ROBOT_TOKEN", make: (g) => g.uan(64), comp: () => [["QUAY_ROBOT_USER", "acme+ci_push"]] },
  { provider: "Consul ACL token", group: "devtools", env: "CONSUL_HTTP_TOKEN", make: (g) => g.uuid(), comp: () => [["CONSUL_HTTP_ADDR", "https://consul.example.com:8501"]] },
  { provider: "Cypress record key", group: "devtools", env: "CYPRESS_RECORD_KEY", make: (g) => g.uuid(), comp: () => [["CYPRESS_PROJECT_ID", "a7bq2k"]] },
  { provider: "BrowserStack access key", group: "devtools", env: "BROWSERSTACK_ACCESS_KEY", make: (g) => g.an(20), comp: () => [["BROWSERSTACK_USERNAME", "acmeqa_Xk2b9"]] },
  { provider: "Apple app-specific password", group: "devtools", env: "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", make: (g) => `${g.lo(4)}-${g.lo(4)}-${g.lo(4)}-${g.lo(4)}`, comp: () => [["FASTLANE_USER", "release@example.com"]] },
  { provider: "Cloudsmith API key", group: "devtools", env: "CLOUDSMITH_API_KEY", make: (g) => g.hex(40) },
  // ---- keys ----
  { provider: "GitHub App private key", group: "keys", env: "GITHUB_APP_PRIVATE_KEY", make: (g) => g.rsaKey(), comp: (g) => [["GITHUB_APP_ID", g.dig(6)]] },
  { provider: "Ethereum deployer private key", group: "keys", env: "DEPLOYER_PRIVATE_KEY", make: (g) => "0x" + g.hex(64), comp: () => [["RPC_URL", "https://mainnet.rpc.example.com"]] },
  { provider: "age secret key", group: "keys", env: "SOPS_AGE_KEY", make: (g) => j("AGE-", "SECRET-KEY-1") + g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L") },
  { provider: "JWT RS256 signing key (PKCS#8)", group: "keys", env: "JWT_PRIVATE_KEY", make: (g) => g.pkcs8Key(), comp: () => [["JWT_KID", "2024-09-rot"]] },
  { provider: "APNs auth key (.p8)", group: "keys", env: "APNS_AUTH_KEY", make: (g) => g.p8Key(), comp: (g) => [["APNS_KEY_ID", g.uan(10)], ["APNS_TEAM_ID", g.uan(10)]] },
  { provider: "Solana keypair", group: "keys", env: "SOLANA_KEYPAIR", make: (g) => "[" + Array.from(g.bytes(64)).join(",") + "]" },
  { provider: "BIP-39 mnemonic", group: "keys", env: "WALLET_MNEMONIC", make: (g) => Array.from({ length: 12 }, () => g.pick(["abandon", "ladder", "orbit", "velvet", "crane", "ozone", "tribe", "hurdle", "sponsor", "gravity", "muffin", "random", "canyon", "elder", "quote", "shadow", "harvest", "lunar", "pepper", "silent", "tunnel", "vivid", "wealth", "zebra"])).join(" ") },
  { provider: "EC private key", group: "keys", env: "SIGNING_KEY_PEM", make: (g) => g.ecKey() },
  // ---- observability ----
  { provider: "Datadog API key", group: "observability", env: "DD_API_KEY", make: (g) => g.hex(32) },
  { provider: "Datadog application key", group: "observability", env: "DD_APP_KEY", make: (g) => g.hex(40) },
  { provider: "New Relic license key", group: "observability", env: "NEW_RELIC_LICENSE_KEY", make: (g) => g.hex(36) + j("NR", "AL") },
  { provider: "New Relic user API key", group: "observability", env: "NEW_RELIC_API_KEY", make: (g) => j("NR", "AK-") + g.uan(27), comp: () => [["NEW_RELIC_ACCOUNT_ID", "3141592"]] },
  { provider: "Sentry org auth token", group: "observability", env: "SENTRY_AUTH_TOKEN", make: (g) => j("sntr", "ys_") + b64e(JSON.stringify({ iat: g.ts() + 0.123, url: "https://sentry.example.com", region_url: "https://us.sentry.example.com", org: "acme" })).replace(/=+$/, "") + "_" + g.b64(43), comp: () => [["SENTRY_ORG", "acme"], ["SENTRY_PROJECT", "web"]] },
  { provider: "Sentry user auth token", group: "observability", env: "SENTRY_TOKEN", make: (g) => j("sntr", "yu_") + g.hex(64) },
  { provider: "Grafana service account token", group: "observability", env: "GRAFANA_TOKEN", make: (g) => j("gl", "sa_") + g.an(32) + "_" + g.hex(8), comp: () => [["GRAFANA_URL", "https://grafana.example.com"]] },
  { provider: "Grafana Cloud access policy token", group: "observability", env: "GRAFANA_CLOUD_TOKEN", make: (g) => j("gl", "c_") + b64e(JSON.stringify({ o: g.dig(6), n: "stack-" + g.dig(6) + "-hm-write-agent", k: g.an(24), m: { r: "prod-eu-west-2" } })) },
  { provider: "Honeycomb API key", group: "observability", env: "HONEYCOMB_API_KEY", make: (g) => g.an(22) },
  { provider: "Dynatrace API token", group: "observability", env: "DT_API_TOKEN", make: (g) => j("dt0", "c01.") + g.uan(24) + "." + g.uan(64), comp: () => [["DT_ENV_URL", "https://abc12345.live.dynatrace.example.com"]] },
  { provider: "Splunk HEC token", group: "observability", env: "SPLUNK_HEC_TOKEN", make: (g) => g.uuid(), comp: () => [["SPLUNK_HEC_URL", "https://splunk.example.com:8088/services/collector"]] },
  { provider: "Sumo Logic access key", group: "observability", env: "SUMO_ACCESS_KEY", make: (g) => g.an(64), comp: (g) => [["SUMO_ACCESS_ID", "su" + g.an(12)]] },
  { provider: "Elastic API key", group: "observability", env: "ELASTIC_API_KEY", make: (g) => b64e(g.b64u(20) + ":" + g.b64u(22)) },
  { provider: "Logz.io shipping token", group: "observability", env: "LOGZIO_TOKEN", make: (g) => g.alpha(32) },
  { provider: "Better Stack source token", group: "observability", env: "BETTERSTACK_SOURCE_TOKEN", make: (g) => g.an(24) },
  { provider: "Axiom token", group: "observability", env: "AXIOM_TOKEN", make: (g) => j("xa", "at-") + g.uuid(), comp: () => [["AXIOM_DATASET", "prod-logs"]] },
  { provider: "PagerDuty routing key", group: "observability", env: "PAGERDUTY_ROUTING_KEY", make: (g) => g.hex(32) },
  { provider: "PagerDuty REST API token", group: "observability", env: "PAGERDUTY_API_TOKEN", make: (g) => "u+" + g.b64u(18) },
  { provider: "Opsgenie API key", group: "observability", env: "OPSGENIE_API_KEY", make: (g) => g.uuid() },
  { provider: "Rollbar access token", group: "observability", env: "ROLLBAR_ACCESS_TOKEN", make: (g) => g.hex(32) },
  { provider: "Coralogix private key", group: "observability", env: "CORALOGIX_PRIVATE_KEY", make: (g) => j("cx", "tp_") + g.an(30) },
  { provider: "Checkly API key", group: "observability", env: "CHECKLY_API_KEY", make: (g) => j("c", "u_") + g.hex(32), comp: () => [["CHECKLY_ACCOUNT_ID", "d2b5c7a1-0000-4000-8000-000000000000"]] },
  { provider: "Instana agent key", group: "observability", env: "INSTANA_AGENT_KEY", make: (g) => g.b64u(22) },
  { provider: "Cronitor API key", group: "observability", env: "CRONITOR_API_KEY", make: (g) => g.hex(32) },
  // ---- payment ----
  { provider: "Stripe live secret key", group: "payment", env: "STRIPE_SECRET_KEY", make: (g) => j("sk", "_live_") + "51" + g.an(97) },
  { provider: "Stripe restricted key", group: "payment", env: "STRIPE_RESTRICTED_KEY", make: (g) => j("rk", "_live_") + "51" + g.an(97) },
  { provider: "Stripe webhook secret", group: "payment", env: "STRIPE_WEBHOOK_SECRET", make: (g) => j("wh", "sec_") + g.an(32) },
  { provider: "Square access token", group: "payment", env: "SQUARE_ACCESS_TOKEN", make: (g) => j("EA", "AA") + g.b64u(60), comp: (g) => [["SQUARE_LOCATION_ID", "L" + g.uan(12)]] },
  { provider: "PayPal client secret", group: "payment", env: "PAYPAL_CLIENT_SECRET", make: (g) => "E" + g.b64u(79), comp: (g) => [["PAYPAL_CLIENT_ID", "A" + g.b64u(79)], ["PAYPAL_MODE", "live"]] },
  { provider: "Braintree private key", group: "payment", env: "BRAINTREE_PRIVATE_KEY", make: (g) => g.hex(32), comp: (g) => [["BRAINTREE_MERCHANT_ID", g.lan(16)], ["BRAINTREE_PUBLIC_KEY", g.lan(16)], ["BRAINTREE_ENVIRONMENT", "production"]] },
  { provider: "Adyen API key", group: "payment", env: "ADYEN_API_KEY", make: (g) => j("AQ", "E") + g.an(40) + g.b64(60) + "=-" + g.b64(43) + "=-" + g.b64u(10) },
  { provider: "Checkout.com secret key", group: "payment", env: "CKO_SECRET_KEY", make: (g) => "sk_" + g.uuid() },
  { provider: "Razorpay key secret", group: "payment", env: "RAZORPAY_KEY_SECRET", make: (g) => g.an(24), comp: (g) => [["RAZORPAY_KEY_ID", "rzp_live_" + g.an(14)]] },
  { provider: "Paystack secret key", group: "payment", env: "PAYSTACK_SECRET_KEY", make: (g) => j("sk", "_live_") + g.hex(40) },
  { provider: "Flutterwave secret key", group: "payment", env: "FLW_SECRET_KEY", make: (g) => j("FLWS", "ECK-") + g.hex(32) + "-X" },
  { provider: "Mollie live key", group: "payment", env: "MOLLIE_API_KEY", make: (g) => j("liv", "e_") + g.an(30) },
  { provider: "GoCardless access token", group: "payment", env: "GOCARDLESS_ACCESS_TOKEN", make: (g) => j("liv", "e_") + g.b64u(40) },
  { provider: "Plaid secret", group: "payment", env: "PLAID_SECRET", make: (g) => g.hex(30), comp: (g) => [["PLAID_CLIENT_ID", g.hex(24)], ["PLAID_ENV", "production"]] },
  { provider: "Wise API token", group: "payment", env: "WISE_API_TOKEN", make: (g) => g.uuid(), comp: () => [["WISE_PROFILE_ID", "16384210"]] },
  { provider: "Mercado Pago access token", group: "payment", env: "MP_ACCESS_TOKEN", make: (g) => j("APP", "_USR-") + g.dig(16) + "-" + g.dig(6) + "-" + g.hex(32) + "-" + g.dig(9) },
  { provider: "Xendit secret key", group: "payment", env: "XENDIT_SECRET_KEY", make: (g) => j("xnd", "_production_") + g.an(50) },
  { provider: "Midtrans server key", group: "payment", env: "MIDTRANS_SERVER_KEY", make: (g) => j("Mid-", "server-") + g.b64u(24) },
  { provider: "Paddle API key", group: "payment", env: "PADDLE_API_KEY", make: (g) => j("pdl", "_live_apikey_") + g.lan(26) + "_" + g.an(22) + "_" + g.an(3) },
  { provider: "Lemon Squeezy API key", group: "payment", env: "LEMONSQUEEZY_API_KEY", make: (g) => g.jwt({ aud: "94d59cef-dbb8-4ea5-b178-d2540fcd6919", jti: g.hex(80), iat: g.ts(), nbf: g.ts(), sub: g.dig(6), scopes: [] }, "RS256", 342) },
  { provider: "Authorize.Net transaction key", group: "payment", env: "AUTHNET_TRANSACTION_KEY", make: (g) => g.an(16), comp: (g) => [["AUTHNET_API_LOGIN_ID", g.an(10)]] },
  { provider: "Recurly API key", group: "payment", env: "RECURLY_API_KEY", make: (g) => g.hex(32) },
  { provider: "Chargebee API key", group: "payment", env: "CHARGEBEE_API_KEY", make: (g) => j("liv", "e_") + g.an(34), comp: () => [["CHARGEBEE_SITE", "acme"]] },
  { provider: "Binance API secret", group: "payment", env: "BINANCE_API_SECRET", make: (g) => g.an(64), comp: (g) => [["BINANCE_API_KEY", g.an(64)]] },
  { provider: "Alpaca secret key", group: "payment", env: "APCA_API_SECRET_KEY", make: (g) => g.an(40), comp: (g) => [["APCA_API_KEY_ID", "AK" + g.uan(18)]] },
  { provider: "Square webhook signature key", group: "payment", env: "SQUARE_WEBHOOK_SIGNATURE_KEY", make: (g) => g.b64u(22) },
  // ---- saas ----
  { provider: "Atlassian API token", group: "saas", env: "JIRA_API_TOKEN", make: (g) => j("ATA", "TT3x") + "FfGF0" + g.b64u(180) + "=" + g.HEX(8), comp: () => [["JIRA_EMAIL", "ci-bot@example.com"], ["JIRA_BASE_URL", "https://acme.atlassian.example.net"]] },
  { provider: "Linear API key", group: "saas", env: "LINEAR_API_KEY", make: (g) => j("lin", "_api_") + g.an(40) },
  { provider: "Notion integration token", group: "saas", env: "NOTION_TOKEN", make: (g) => j("nt", "n_") + g.dig(11) + g.an(35) },
  { provider: "Notion legacy integration secret", group: "saas", env: "NOTION_API_KEY", make: (g) => j("sec", "ret_") + g.an(43) },
  { provider: "Airtable PAT", group: "saas", env: "AIRTABLE_TOKEN", make: (g) => j("pa", "t") + g.an(14) + "." + g.hex(64), comp: (g) => [["AIRTABLE_BASE_ID", "app" + g.an(14)]] },
  { provider: "Figma PAT", group: "saas", env: "FIGMA_TOKEN", make: (g) => j("fig", "d_") + g.b64u(40) },
  { provider: "Shopify Admin token", group: "saas", env: "SHOPIFY_ADMIN_ACCESS_TOKEN", make: (g) => j("shp", "at_") + g.hex(32), comp: () => [["SHOPIFY_STORE_DOMAIN", "acme-store.example.com"]] },
  { provider: "Shopify app shared secret", group: "saas", env: "SHOPIFY_API_SECRET", make: (g) => j("shp", "ss_") + g.hex(32), comp: (g) => [["SHOPIFY_API_KEY", g.hex(32)]] },
  { provider: "HubSpot private app token", group: "saas", env: "HUBSPOT_ACCESS_TOKEN", make: (g) => j("pat", "-na1-") + g.uuid() },
  { provider: "Zendesk API token", group: "saas", env: "ZENDESK_API_TOKEN", make: (g) => g.an(40), comp: () => [["ZENDESK_SUBDOMAIN", "acme"], ["ZENDESK_EMAIL", "support-bot@example.com"]] },
  { provider: "Asana PAT", group: "saas", env: "ASANA_ACCESS_TOKEN", make: (g) => "2/" + g.dig(16) + "/" + g.dig(16) + ":" + g.hex(32) },
  { provider: "ClickUp token", group: "saas", env: "CLICKUP_API_TOKEN", make: (g) => j("p", "k_") + g.dig(8) + "_" + g.uan(32) },
  { provider: "Contentful management token", group: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", make: (g) => j("CFP", "AT-") + g.b64u(43), comp: (g) => [["CONTENTFUL_SPACE_ID", g.lan(12)]] },
  { provider: "Sanity API token", group: "saas", env: "SANITY_API_TOKEN", make: (g) => "sk" + g.an(180), comp: (g) => [["SANITY_PROJECT_ID", g.lan(8)]] },
  { provider: "Algolia admin key", group: "saas", env: "ALGOLIA_ADMIN_API_KEY", make: (g) => g.hex(32), comp: (g) => [["ALGOLIA_APP_ID", g.uan(10)]] },
  { provider: "Mapbox secret token", group: "saas", env: "MAPBOX_SECRET_TOKEN", make: (g) => j("s", "k.") + b64ue(JSON.stringify({ u: "acme-maps", a: g.lan(25) })) + "." + g.b64u(22) },
  { provider: "Dropbox access token", group: "saas", env: "DROPBOX_ACCESS_TOKEN", make: (g) => j("s", "l.") + "u." + g.b64u(140) },
  { provider: "Twitch client secret", group: "saas", env: "TWITCH_CLIENT_SECRET", make: (g) => g.lan(30), comp: (g) => [["TWITCH_CLIENT_ID", g.lan(30)]] },
  { provider: "Typeform token", group: "saas", env: "TYPEFORM_TOKEN", make: (g) => j("tf", "p_") + g.b64u(44) + "_" + g.b64u(14) },
  { provider: "Webflow API token", group: "saas", env: "WEBFLOW_API_TOKEN", make: (g) => g.hex(64) },
  { provider: "Calendly PAT", group: "saas", env: "CALENDLY_TOKEN", make: (g) => g.jwt({ kid: "1ce1e136", typ: "PAT", alg: "ES512", iss: "https://auth.example.com", sub: g.uuid(), iat: g.ts(), jti: g.uuid(), user_uuid: g.uuid() }, "ES512", 176) },
  { provider: "Mixpanel service account secret", group: "saas", env: "MIXPANEL_SERVICE_ACCOUNT_SECRET", make: (g) => g.an(32), comp: () => [["MIXPANEL_SERVICE_ACCOUNT_USER", "etl-export.7b2c1d.mp-service-account"]] },
  { provider: "Amplitude secret key", group: "saas", env: "AMPLITUDE_SECRET_KEY", make: (g) => g.hex(32) },
  { provider: "LaunchDarkly server SDK key", group: "saas", env: "LAUNCHDARKLY_SDK_KEY", make: (g) => j("sd", "k-") + g.uuid() },
  { provider: "LaunchDarkly API token", group: "saas", env: "LAUNCHDARKLY_ACCESS_TOKEN", make: (g) => j("ap", "i-") + g.uuid() },
  { provider: "PostHog personal API key", group: "saas", env: "POSTHOG_PERSONAL_API_KEY", make: (g) => j("ph", "x_") + g.an(43) },
  { provider: "Ghost Admin API key", group: "saas", env: "GHOST_ADMIN_API_KEY", make: (g) => g.hex(24) + ":" + g.hex(64), comp: () => [["GHOST_URL", "https://blog.example.com"]] },
  { provider: "WordPress application password", group: "saas", env: "WP_APPLICATION_PASSWORD", make: (g) => [g.an(4), g.an(4), g.an(4), g.an(4), g.an(4), g.an(4)].join(" "), comp: () => [["WP_USER", "deploy"], ["WP_URL", "https://www.example.com"]] },
  { provider: "Pipedrive API token", group: "saas", env: "PIPEDRIVE_API_TOKEN", make: (g) => g.hex(40) },
  { provider: "Freshdesk API key", group: "saas", env: "FRESHDESK_API_KEY", make: (g) => g.an(20), comp: () => [["FRESHDESK_DOMAIN", "acme.freshdesk.example.com"]] },
  { provider: "Discourse API key", group: "saas", env: "DISCOURSE_API_KEY", make: (g) => g.hex(64), comp: () => [["DISCOURSE_API_USERNAME", "system"]] },
  { provider: "Salesforce connected-app secret", group: "saas", env: "SALESFORCE_CLIENT_SECRET", make: (g) => g.HEX(64), comp: (g) => [["SALESFORCE_CLIENT_ID", "3MVG9" + g.b64u(80).replace(/[-_]/g, ".")]] },
  { provider: "Trello token", group: "saas", env: "TRELLO_TOKEN", make: (g) => j("AT", "TA") + g.hex(64) + g.HEX(8), comp: (g) => [["TRELLO_API_KEY", g.hex(32)]] },
  { provider: "X/Twitter bearer token", group: "saas", env: "TWITTER_BEARER_TOKEN", make: (g) => "AAAAAAAAAAAAAAAAAAAAA" + g.an(31) + "%3D" + g.an(50) },
  { provider: "Statsig server secret", group: "saas", env: "STATSIG_SERVER_SECRET", make: (g) => j("secret", "-") + g.an(43) },
  { provider: "Storyblok management token", group: "saas", env: "STORYBLOK_MANAGEMENT_TOKEN", make: (g) => g.an(24) + "-" + g.dig(6) + "-" + g.an(20) },
  { provider: "Strapi API token", group: "saas", env: "STRAPI_API_TOKEN", make: (g) => g.hex(256) },
  { provider: "SerpApi key", group: "saas", env: "SERPAPI_API_KEY", make: (g) => g.hex(64) },
  { provider: "RapidAPI key", group: "saas", env: "RAPIDAPI_KEY", make: (g) => g.hex(10) + "msh" + g.an(15) + "p" + g.an(6) + "jsn" + g.an(12) },
];

export function prov(name: string): ProvDef {
  const d = PROVIDERS.find((p) => p.provider === name);
  if (!d) throw new Error(`unknown provider ${name}`);
  return d;
}

// ---------------------------------------------------------------- files and outbound wrappers

export interface FileDoc {
  path: string;
  lang: string;
  content: string;
  /** Human description of the file type, used in notes. */
  kind: string;
}

export interface Wrapper {
  name: string;
  render: (g: Gen, f: FileDoc) => string;
}

const CLAUDE = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-7-sonnet-latest", "claude-haiku-4-5"];
const GPT = ["gpt-4o", "gpt-4.1", "gpt-5", "o4-mini"];
const base = (p: string): string => p.split("/").pop() ?? p;

export const WRAPPERS: Wrapper[] = [
  {
    name: "Anthropic messages request (assistant tool_use write_file in history)",
    render: (g, f) => {
      const id = "toolu_01" + g.an(22);
      return JSON.stringify({
        model: g.pick(CLAUDE), max_tokens: 8192,
        messages: [
          { role: "user", content: `Set up ${f.path} for the ${g.pick(SVCS)} service, same values as staging but prod hosts.` },
          { role: "assistant", content: [{ type: "text", text: `Writing ${f.path}.` }, { type: "tool_use", id, name: "write_file", input: { path: f.path, content: f.content } }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: `Wrote ${f.content.length} bytes to ${f.path}` }] },
        ],
      });
    },
  },
  {
    name: "OpenAI chat request (tool_calls write_file, JSON-string arguments)",
    render: (g, f) => JSON.stringify({
      model: g.pick(GPT), temperature: 0,
      messages: [
        { role: "system", content: "You are a deployment assistant with file access." },
        { role: "user", content: `commit the ${base(f.path)} we discussed` },
        { role: "assistant", content: null, tool_calls: [{ id: "call_" + g.an(24), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: f.path, content: f.content, overwrite: true }) } }] },
      ],
      tools: [{ type: "function", function: { name: "write_file", parameters: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } } } } }],
    }),
  },
  {
    name: "chat message with the file pasted in a code fence",
    render: (g, f) => JSON.stringify({
      model: g.pick(CLAUDE), max_tokens: 2048,
      messages: [{ role: "user", content: `${g.pick(["Why does this fail to load?", "Can you review this before I push?", "Convert this to the new format please.", "Is anything wrong with this file?"])} Here is ${f.path}:\n\n\`\`\`${f.lang}\n${f.content}\n\`\`\`` }],
    }),
  },
  {
    name: "MCP tools/call create_or_update_file",
    render: (g, f) => JSON.stringify({
      jsonrpc: "2.0", id: g.range(2, 400), method: "tools/call",
      params: { name: "create_or_update_file", arguments: { owner: "acme", repo: g.pick(["infra", "platform", "deploy", "ops-config"]), path: f.path, branch: `chore/${g.lo(6)}`, message: `update ${base(f.path)}`, content: f.content } },
    }),
  },
  {
    name: "HTTP POST of a JSON snippet to a paste service",
    render: (g, f) => {
      const body = JSON.stringify({ title: base(f.path), syntax: f.lang, expires: "1w", visibility: "unlisted", content: f.content });
      return `POST /api/v1/snippets HTTP/1.1\r\nHost: paste.example.com\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n${body}`;
    },
  },
  {
    name: "multipart/form-data file upload",
    render: (g, f) => {
      const b = "----WebKitFormBoundary" + g.an(16);
      return `POST /upload HTTP/1.1\r\nHost: files.example.net\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nreview\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="${base(f.path)}"\r\nContent-Type: text/plain\r\n\r\n${f.content}\r\n--${b}--\r\n`;
    },
  },
  {
    name: "bash tool_use with a heredoc",
    render: (g, f) => {
      const dir = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/")) : ".";
      return JSON.stringify({ type: "tool_use", id: "toolu_01" + g.an(22), name: "bash", input: { command: `mkdir -p ${dir} && cat > ${f.path} <<'EOF'\n${f.content}\nEOF\ngit add ${f.path}` } });
    },
  },
  {
    name: "ssh heredoc shell command",
    render: (g, f) => `ssh deploy@${g.pick(["web-03", "app-1", "bastion", "build-02"])}.example.net "sudo tee /srv/app/${base(f.path)} >/dev/null" <<'EOF'\n${f.content}\nEOF\n`,
  },
  {
    name: "Gemini generateContent request",
    render: (g, f) => JSON.stringify({
      contents: [{ role: "user", parts: [{ text: `Explain what this ${f.kind} does and flag problems.\n\n${f.content}` }] }],
      generationConfig: { temperature: 0.2, maxOutputTokens: g.pick([1024, 2048, 4096]) },
    }),
  },
  {
    name: "issue tracker create-issue body",
    render: (g, f) => JSON.stringify({
      fields: { project: { key: g.pick(["OPS", "PLAT", "INFRA"]) }, issuetype: { name: "Bug" }, summary: `${base(f.path)} rollout failing`, description: `Deploy fails with the config below.\n{code}\n${f.content}\n{code}` },
    }),
  },
  {
    name: "GitLab commits API actions body",
    render: (g, f) => JSON.stringify({ branch: "main", commit_message: `ci: sync ${base(f.path)}`, author_email: "bot@example.com", actions: [{ action: g.pick(["create", "update"]), file_path: f.path, content: f.content }] }),
  },
  {
    name: "OpenAI Responses API input_text",
    render: (g, f) => JSON.stringify({ model: g.pick(GPT), input: [{ role: "user", content: [{ type: "input_text", text: `Translate this ${f.kind} to ${g.pick(["Helm values", "Terraform", "a .env file", "Kustomize"])}:\n${f.content}` }] }] }),
  },
  {
    name: "Gitea contents API (base64 content)",
    render: (g, f) => {
      const body = JSON.stringify({ message: `add ${base(f.path)}`, branch: "main", content: b64e(f.content), sha: g.sha1() });
      return `PUT /api/v1/repos/acme/infra/contents/${f.path} HTTP/1.1\r\nHost: git.example.com\r\nContent-Type: application/json\r\n\r\n${body}`;
    },
  },
  {
    name: "form-urlencoded paste upload",
    render: (g, f) => {
      const body = `title=${encodeURIComponent(base(f.path))}&language=${f.lang}&private=1&content=${encodeURIComponent(f.content)}`;
      return `POST /api/create HTTP/1.1\r\nHost: bin.example.org\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n${body}`;
    },
  },
];

/** Pick a wrapper by rotation index (encoded wrappers appear in about 1 of 7). */
export function wrapAt_(i: number): Wrapper {
  return WRAPPERS[i % WRAPPERS.length]!;
}

// ---------------------------------------------------------------- case assembly

export function mkCase(id: string, category: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}
export const cat = (group: Group): string => `heldouty114-sec-${group}`;
export const BENIGN = "heldouty114-benign";
export const pad3 = (n: number): string => String(n).padStart(3, "0");

// ---------------------------------------------------------------- handcrafted specs

export interface Spec {
  group: Group;
  provider: string;
  /** Where the secret sits in the file. */
  slot: string;
  build: (g: Gen) => FileDoc;
}

/** Build one positive per spec, rotating the outbound wrappers. */
export function fromSpecs(seed: number, idPrefix: string, specs: Spec[], step = 5, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((s, k) => {
    const f = s.build(g);
    const w = WRAPPERS[(k * step + offset) % WRAPPERS.length]!;
    return mkCase(`${idPrefix}-${pad3(k + 1)}`, cat(s.group), "positive", w.render(g, f),
      `${s.provider}; slot ${s.slot} in ${f.kind} (${f.path}); sent via ${w.name}`);
  });
}
