// Credential files, judged by their content: private keys (encrypted or not), Google credentials,
// registry tokens (.npmrc, .pypirc), git's credential store, .netrc, kubeconfigs, Docker auths,
// AWS credentials. A file of the right name without a credential in it is not a finding.
import type { FileKind } from "../classify.ts";
import { fingerprint, redact } from "../core.ts";
import type { AuditFinding, Severity } from "../types.ts";
import { isObject, isReference, parseJsonc, position } from "./text.ts";

interface Hit {
  rule: string;
  severity: Severity;
  title: string;
  index: number;
  value?: string;
  fix: string;
}

const MOVE_OUT = "move it out of the project (an agent reads the whole working tree) into ~/.config or a secrets manager, and rotate it if it was ever committed";
const PRIVATE_KEY = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;

export function checkCredentialFile(kind: FileKind, rel: string, text: string): AuditFinding[] {
  const hits = hitsFor(kind, text);
  return hits.map((h) => {
    const { line, column } = position(text, h.index);
    const f: AuditFinding = {
      category: "credential-files", rule: h.rule, severity: h.severity, title: h.title, path: rel, line, column, fix: h.fix,
      fingerprint: fingerprint(h.rule, rel, h.value ?? String(line)),
    };
    if (h.value !== undefined) f.evidence = redact(h.value);
    return f;
  });
}

/** Binary credential containers (PKCS#12, Java keystores): judged by name, their protection unknown. */
export function binaryKeyFinding(rel: string): AuditFinding | null {
  if (!/\.(?:p12|pfx|jks|keystore)$/i.test(rel)) return null;
  return {
    category: "credential-files", rule: "credential-file.keystore", severity: "medium", title: "Key store (PKCS#12 / Java keystore) in the project",
    path: rel, line: 1, column: 1, fix: `its password may be weak or shared: ${MOVE_OUT}`, fingerprint: fingerprint("credential-file.keystore", rel),
  };
}

function hitsFor(kind: FileKind, text: string): Hit[] {
  switch (kind) {
    case "private-key":
      return privateKeys(text);
    case "google-credentials":
      return googleCredentials(text);
    case "npmrc":
      return lines(text, /^\s*(?:\/\/[^\s:]*:)?(_authToken|_auth|_password)\s*=\s*(.+?)\s*$/gm, "credential-file.npmrc", "high", "npm registry credential in .npmrc",
        "use `_authToken=${NPM_TOKEN}` and keep the token in the environment (or let `toolkit run` watch it)");
    case "pypirc":
      return lines(text, /^\s*(password)\s*[=:]\s*(.+?)\s*$/gm, "credential-file.pypirc", "high", "PyPI password or token in .pypirc",
        "use a keyring or the TWINE_PASSWORD environment variable instead of a stored password");
    case "git-credentials":
      return lines(text, /^\s*[a-z][a-z0-9+.-]*:\/\/([^:/\s@]+):([^@\s]+)@/gim, "credential-file.git-credentials", "critical", "git credential store with a plaintext token",
        "use a credential helper backed by the OS keychain (git config credential.helper) and revoke the stored tokens");
    case "netrc":
      return lines(text, /\b(password)\s+(\S+)/g, "credential-file.netrc", "high", "password in .netrc", `${MOVE_OUT}; prefer tokens from the environment`);
    case "kubeconfig":
      return lines(text, /^\s*-?\s*(token|client-key-data|password)\s*:\s*(\S+)\s*$/gm, "credential-file.kubeconfig", "high", "Kubernetes credential in a kubeconfig",
        "use an exec credential plugin (short-lived tokens) instead of a static token or client key, and keep kubeconfigs out of the project");
    case "docker-config":
      return dockerAuths(text);
    case "aws-credentials":
      return lines(text, /^\s*(aws_secret_access_key|aws_session_token)\s*=\s*(\S+)\s*$/gim, "credential-file.aws", "critical", "AWS secret key in an AWS credentials file",
        "use SSO or short-lived credentials (aws configure sso) and rotate this key");
    default:
      return [];
  }
}

function privateKeys(text: string): Hit[] {
  const out: Hit[] = [];
  for (const m of text.matchAll(PRIVATE_KEY)) {
    const start = m.index!;
    const end = text.indexOf("-----END", start);
    const block = text.slice(start, end < 0 ? start + 8192 : end);
    const encrypted = /ENCRYPTED/.test(m[1]!) || /Proc-Type:\s*4,ENCRYPTED/.test(block) || openSshEncrypted(block);
    out.push({
      rule: encrypted ? "credential-file.private-key-encrypted" : "credential-file.private-key",
      severity: encrypted ? "medium" : "critical",
      title: encrypted ? `Passphrase-protected ${m[1]!.toLowerCase()}` : `Unencrypted ${m[1]!.toLowerCase()}`,
      index: start,
      value: block.replace(/\s+/g, ""),
      fix: encrypted ? `the passphrase is all that protects it: ${MOVE_OUT}` : MOVE_OUT,
    });
  }
  const putty = /^PuTTY-User-Key-File-\d+:.*$/m.exec(text);
  if (putty) {
    const none = /^Encryption:\s*none\s*$/m.test(text);
    out.push({ rule: none ? "credential-file.private-key" : "credential-file.private-key-encrypted", severity: none ? "critical" : "medium",
      title: none ? "Unencrypted PuTTY private key" : "Passphrase-protected PuTTY private key", index: putty.index, value: text.slice(putty.index, putty.index + 400), fix: MOVE_OUT });
  }
  return out;
}

/** An OpenSSH key names its cipher inside the base64 body: "none" means unencrypted. */
function openSshEncrypted(block: string): boolean {
  if (!block.includes("OPENSSH")) return false;
  const body = block.split("\n").filter((l) => l && !l.startsWith("-----")).join("");
  try {
    const head = Buffer.from(body.slice(0, 200), "base64").toString("latin1");
    return !head.includes("none");
  } catch {
    return false;
  }
}

function googleCredentials(text: string): Hit[] {
  let doc: unknown;
  try {
    doc = parseJsonc(text);
  } catch {
    return [];
  }
  if (!isObject(doc)) return [];
  if (doc.type === "service_account" && typeof doc.private_key === "string" && doc.private_key.length > 0) {
    return [{ rule: "credential-file.gcp-service-account", severity: "critical", title: "Google service-account key file", index: text.indexOf('"private_key"'),
      value: String(doc.private_key_id ?? doc.private_key), fix: "use workload identity or short-lived credentials (gcloud auth application-default login); delete and rotate this key" }];
  }
  for (const wrapper of ["installed", "web"]) {
    const w = doc[wrapper];
    if (isObject(w) && typeof w.client_secret === "string" && !isReference(w.client_secret)) {
      return [{ rule: "credential-file.oauth-client-secret", severity: "high", title: "OAuth client secret file", index: text.indexOf('"client_secret"'),
        value: w.client_secret, fix: `${MOVE_OUT}; reset the client secret in the console` }];
    }
  }
  const out: Hit[] = [];
  for (const [k, v] of Object.entries(doc)) {
    if (typeof v === "string" && /secret|token|password|private|api_?key/i.test(k) && !isReference(v)) {
      out.push({ rule: "credential-file.credentials-json", severity: "high", title: `credentials.json holds "${k}"`, index: text.indexOf(JSON.stringify(k)), value: v, fix: MOVE_OUT });
    }
  }
  return out;
}

function dockerAuths(text: string): Hit[] {
  let doc: unknown;
  try {
    doc = parseJsonc(text);
  } catch {
    return [];
  }
  if (!isObject(doc) || !isObject(doc.auths)) return [];
  const out: Hit[] = [];
  for (const [host, a] of Object.entries(doc.auths)) {
    if (!isObject(a)) continue;
    const value = typeof a.auth === "string" && a.auth !== "" ? a.auth : typeof a.identitytoken === "string" && a.identitytoken !== "" ? a.identitytoken : null;
    if (value === null) continue;
    out.push({ rule: "credential-file.docker-auth", severity: "high", title: `Docker registry credential for ${host}`, index: text.indexOf(JSON.stringify(host)), value,
      fix: "use a credential store (credsStore / credHelpers in config.json) instead of base64 auths, and log in again" });
  }
  return out;
}

/** One hit per line matching `re` whose value (last group) is a literal, not a ${REFERENCE}. */
function lines(text: string, re: RegExp, rule: string, severity: Severity, title: string, fix: string): Hit[] {
  const out: Hit[] = [];
  for (const m of text.matchAll(re)) {
    const value = m[m.length - 1]!.replace(/^["']|["']$/g, "");
    if (value.length < 4 || /\$\{|^\$[A-Za-z_]|^%\w+%$|\{\{/.test(value)) continue;
    out.push({ rule, severity, title, index: m.index!, value, fix });
  }
  return out;
}
