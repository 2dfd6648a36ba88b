// heldout-y22 private key material and key files (multi-line values go only through renderers
// that carry newlines: chat bodies, tool_use write_file, MCP results, YAML, k8s, JSON, multipart, Markdown).
import { build, p, B64, type Gen, type Spec } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const lines = (s: string, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const pem = (label: string, head: string, g: Gen, n: number, tail = "") => [p("-----BEGIN ", label, "-----"), lines(head + g.s(n, B64) + tail), p("-----END ", label, "-----")].join("\n");
const K = (provider: string, key: string, f: (g: Gen) => string, host = "deploy.acme.io"): Spec => ({ group: "keys", provider, host, pairs: (g) => [[key, f(g)]], noHttp: true });

const specs: Spec[] = [
  K("RSA private key (PKCS#1)", "TLS_PRIVATE_KEY", (g) => pem(p("RSA PRI", "VATE KEY"), "MIIEowIBAAKCAQEA", g, 1560, "==")),
  K("RSA private key (PKCS#8)", "JWT_PRIVATE_KEY", (g) => pem(p("PRI", "VATE KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", g, 1580, "=")),
  K("EC private key", "APNS_SIGNING_KEY", (g) => pem(p("EC PRI", "VATE KEY"), "MHcCAQEEI", g, 150, "==")),
  K("Apple .p8 key (PKCS#8 EC)", "APPLE_AUTH_KEY", (g) => pem(p("PRI", "VATE KEY"), "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", g, 140)),
  K("OpenSSH private key", "DEPLOY_SSH_KEY", (g) => pem(p("OPENSSH PRI", "VATE KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD", g, 300, "="), "github.com"),
  K("GitHub App private key", "GITHUB_APP_PRIVATE_KEY", (g) => pem(p("RSA PRI", "VATE KEY"), "MIIEpAIBAAKCAQEA", g, 1570, "="), "api.github.com"),
  K("PGP private key block", "GPG_SIGNING_KEY", (g) => [p("-----BEGIN PGP PRI", "VATE KEY BLOCK-----"), "", lines("lQVYBGb" + g.s(1200, B64), 64), "=" + g.s(4, B64), p("-----END PGP PRI", "VATE KEY BLOCK-----")].join("\n")),
  K("DSA private key", "LEGACY_DSA_KEY", (g) => pem(p("DSA PRI", "VATE KEY"), "MIIBuwIBAAKBgQ", g, 560, "=")),
  K("GCP service account JSON", "GOOGLE_APPLICATION_CREDENTIALS_JSON", (g) => JSON.stringify({ type: "service_account", project_id: `acme-prod-${g.dig(6)}`, private_key_id: g.hex(40), private_key: pem(p("PRI", "VATE KEY"), "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", g, 1580, "=") + "\n", client_email: `deployer@acme-prod.iam.gserviceaccount.com`, client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "oauth2.googleapis.com"),
  K("Firebase Admin service account JSON", "FIREBASE_SERVICE_ACCOUNT", (g) => JSON.stringify({ type: "service_account", project_id: `acme-app-${g.lo(5)}`, private_key_id: g.hex(40), private_key: pem(p("PRI", "VATE KEY"), "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ", g, 1580, "=") + "\n", client_email: `firebase-adminsdk-${g.lo(5)}@acme-app.iam.gserviceaccount.com` }, null, 2), "firebase.googleapis.com"),
  K("age secret key", "SOPS_AGE_KEY", (g) => `# created: 2026-08-14T10:22:01Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${p("AGE-SECRET", "-KEY-1", g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}`),
  K("JWK private key (RSA, d param)", "OIDC_SIGNING_JWK", (g) => JSON.stringify({ kty: "RSA", kid: g.hex(16), use: "sig", alg: "RS256", n: g.u64(342), e: "AQAB", d: g.u64(342), p: g.u64(171), q: g.u64(171), dp: g.u64(171), dq: g.u64(171), qi: g.u64(171) }, null, 2), "auth.acme.io"),
  K("PuTTY private key", "PPK_KEY", (g) => ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: ops@bastion", "Public-Lines: 2", lines("AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(43, B64), 64), "Private-Lines: 1", "AAAAI" + g.s(43, B64), "Private-MAC: " + g.hex(64)].join("\n")),
];

export const cases: CorpusCase[] = build({ seed: 0x22ee, idPrefix: "y22-k", category: (gr) => `heldouty22-sec-${gr}`, label: "positive", specs, start: 3 });
