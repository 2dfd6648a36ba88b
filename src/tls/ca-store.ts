// The CA on disk: <dir>/ca.pem (certificate, 0644) and <dir>/ca-key.pem (PKCS#8 key, 0600) in a
// 0700 directory. Writing is crash-safe (temp file + fsync + rename); loading checks everything a
// user can get wrong and says which file is at fault in one line.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { UsageError } from "../cli/errors.ts";
import { writeFileAtomic } from "../util/atomic-write.ts";
import type { X509Certificate } from "@peculiar/x509";
import { x509 } from "./x509.ts";
import type { NewCA } from "./ca.ts";
import { pemBlocks, sha256Fingerprint } from "./pem.ts";

export const CA_CERT_FILE = "ca.pem";
export const CA_KEY_FILE = "ca-key.pem";

export function defaultCADir(): string {
  return join(homedir(), ".toolkit", "ca");
}

export function caPaths(dir: string): { dir: string; cert: string; key: string } {
  const d = resolve(dir);
  return { dir: d, cert: join(d, CA_CERT_FILE), key: join(d, CA_KEY_FILE) };
}

/** How `toolkit tls init` must be spelled to target this directory (names it only when not the default). */
export function initCommandFor(dir: string): string {
  const d = resolve(dir);
  return d === resolve(defaultCADir()) ? "toolkit tls init" : `toolkit tls init --dir ${shellQuote(d)}`;
}

export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface WriteCAResult {
  certPath: string;
  keyPath: string;
  /** Set when the directory already existed and other users can list it (the key file is 0600 regardless). */
  dirWarning?: string;
}

/** Writes a new CA. Refuses (UsageError) when either file exists, unless force. Key first, then cert. */
export function writeCA(dir: string, ca: NewCA, opts: { force?: boolean } = {}): WriteCAResult {
  const p = caPaths(dir);
  if (!opts.force) {
    const existing = [p.cert, p.key].filter((f) => existsSync(f));
    if (existing.length > 0) {
      throw new UsageError(`a CA already exists in ${p.dir} (${existing.map((f) => f.slice(p.dir.length + 1)).join(", ")}); use --force to replace it`);
    }
  }
  let dirWarning: string | undefined;
  if (existsSync(p.dir)) {
    const st = statSync(p.dir);
    if (!st.isDirectory()) throw new UsageError(`${p.dir} exists and is not a directory`);
    if ((st.mode & 0o077) !== 0) {
      dirWarning = `${p.dir} is accessible to other users (mode ${(st.mode & 0o777).toString(8).padStart(4, "0")}); the key file itself is 0600`;
    }
  } else {
    mkdirSync(p.dir, { recursive: true, mode: 0o700 });
    chmodSync(p.dir, 0o700); // mkdir's mode is narrowed by the umask only; make it exact
  }
  // The key goes first: a crash in between leaves a key without a certificate, which loadCA reports
  // and init --force replaces; never a certificate whose key is lost.
  writeFileAtomic(p.key, ca.keyPem, { mode: 0o600 });
  writeFileAtomic(p.cert, ca.certPem, { mode: 0o644 });
  return { certPath: p.cert, keyPath: p.key, ...(dirWarning ? { dirWarning } : {}) };
}

export interface CACert {
  path: string;
  pem: string;
  der: Uint8Array;
  cert: X509Certificate;
}

function readText(path: string, what: string, dir: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      if (what === "certificate") throw new UsageError(`no CA in ${dir} (${CA_CERT_FILE} not found); create one with \`${initCommandFor(dir)}\``);
      throw new UsageError(`the CA key ${path} is missing (the certificate is there); create a new CA with \`${initCommandFor(dir)} --force\``);
    }
    if (code === "EACCES") throw new UsageError(`cannot read ${path}: permission denied`);
    if (code === "EISDIR") throw new UsageError(`${path} is a directory, expected a PEM ${what}`);
    throw new UsageError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Reads and parses <dir>/ca.pem (no key needed: show-ca and install-ca use this). */
export function readCACert(dir: string): CACert {
  const p = caPaths(dir);
  if (!existsSync(p.dir)) throw new UsageError(`no CA in ${p.dir} (directory not found); create one with \`${initCommandFor(p.dir)}\``);
  const pem = readText(p.cert, "certificate", p.dir);
  const der = pemBlocks(pem, "CERTIFICATE")[0];
  if (!der) throw new UsageError(`${p.cert} is corrupt: no PEM certificate in it`);
  let cert: X509Certificate;
  try {
    cert = new x509.X509Certificate(der);
    void cert.publicKey.algorithm; // parse the key info now, so corruption shows up here
  } catch (err) {
    throw new UsageError(`${p.cert} is corrupt: not a valid X.509 certificate (${firstLine(err)})`);
  }
  return { path: p.cert, pem, der, cert };
}

/** Web Crypto parameters good for importKey and sign alike. */
export type SigningAlgorithm =
  | { name: "ECDSA"; namedCurve: "P-256" | "P-384"; hash: "SHA-256" | "SHA-384" }
  | { name: "RSASSA-PKCS1-v1_5"; hash: "SHA-256" };

export interface LoadedCA {
  dir: string;
  certPath: string;
  keyPath: string;
  /** The CA certificate, PEM. */
  certPem: string;
  der: Uint8Array;
  cert: X509Certificate;
  /** Non-extractable signing key. */
  privateKey: CryptoKey;
  /** Algorithm to sign leaves with (follows the CA key: ECDSA P-256/P-384 or RSA). */
  signingAlgorithm: SigningAlgorithm;
  /** The CA's subject key identifier (hex), for the leaves' authority key identifier. */
  keyIdHex: string;
  notBefore: Date;
  notAfter: Date;
  fingerprint: string;
}

/**
 * Loads the CA for signing. Clear one-line UsageErrors for: no CA, missing key, corrupt certificate
 * or key, key readable by others, key that does not belong to the certificate, a certificate that
 * is not a CA, an expired CA.
 */
export async function loadCA(dir: string): Promise<LoadedCA> {
  const c = readCACert(dir);
  const p = caPaths(dir);
  const keyText = readText(p.key, "key", p.dir);
  const st = statSync(p.key);
  if (process.platform !== "win32" && (st.mode & 0o077) !== 0) {
    throw new UsageError(`${p.key} is accessible to other users (mode ${(st.mode & 0o777).toString(8).padStart(4, "0")}); run \`chmod 600 ${shellQuote(p.key)}\``);
  }

  const bc = c.cert.getExtension(x509.BasicConstraintsExtension);
  if (!bc?.ca) throw new UsageError(`${p.cert} is not a CA certificate (basicConstraints CA:TRUE missing)`);
  const ku = c.cert.getExtension(x509.KeyUsagesExtension);
  if (ku && (ku.usages & x509.KeyUsageFlags.keyCertSign) === 0) throw new UsageError(`${p.cert} may not sign certificates (keyUsage lacks keyCertSign)`);
  const now = Date.now();
  if (c.cert.notAfter.getTime() <= now) {
    throw new UsageError(`the CA in ${p.dir} expired on ${c.cert.notAfter.toISOString()}; create a new one with \`${initCommandFor(p.dir)} --force\``);
  }

  const signingAlgorithm = signingAlgorithmFor(c.cert, p.cert);
  if (/-----BEGIN (EC|RSA) PRIVATE KEY-----/.test(keyText)) {
    const label = /-----BEGIN (EC|RSA) PRIVATE KEY-----/.exec(keyText)?.[1] ?? "EC";
    throw new UsageError(`${p.key} is an ${label} (traditional format) key; convert it to PKCS#8 with \`openssl pkcs8 -topk8 -nocrypt -in ${shellQuote(p.key)} -out ca-key.pk8.pem\` and replace the file`);
  }
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(keyText)) throw new UsageError(`${p.key} is encrypted; toolkit needs an unencrypted PKCS#8 key (0600)`);
  const keyDer = pemBlocks(keyText, "PRIVATE KEY")[0];
  if (!keyDer) throw new UsageError(`${p.key} is corrupt: no PEM "PRIVATE KEY" block in it`);
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey("pkcs8", keyDer, signingAlgorithm, false, ["sign"]);
  } catch {
    throw new UsageError(`${p.key} is corrupt or not an ${describeAlg(signingAlgorithm)} private key (the certificate's key type)`);
  }
  // Does the key belong to this certificate? Sign a random challenge, verify with the certificate's key.
  const challenge = crypto.getRandomValues(new Uint8Array(32));
  const sig = await crypto.subtle.sign(signingAlgorithm, privateKey, challenge);
  const publicKey = await c.cert.publicKey.export(signingAlgorithm, ["verify"]);
  if (!(await crypto.subtle.verify(signingAlgorithm, publicKey, sig, challenge))) {
    throw new UsageError(`${p.key} does not match ${p.cert} (the key belongs to a different certificate)`);
  }

  const ski = c.cert.getExtension(x509.SubjectKeyIdentifierExtension);
  const keyIdHex = ski?.keyId ?? Buffer.from(await c.cert.publicKey.getKeyIdentifier()).toString("hex");
  return {
    dir: p.dir,
    certPath: p.cert,
    keyPath: p.key,
    certPem: c.pem,
    der: c.der,
    cert: c.cert,
    privateKey,
    signingAlgorithm,
    keyIdHex,
    notBefore: c.cert.notBefore,
    notAfter: c.cert.notAfter,
    fingerprint: sha256Fingerprint(c.der),
  };
}

function signingAlgorithmFor(cert: X509Certificate, path: string): SigningAlgorithm {
  const alg = cert.publicKey.algorithm as { name?: string; namedCurve?: string };
  if (alg.name === "ECDSA" && (alg.namedCurve === "P-256" || alg.namedCurve === "P-384")) {
    return { name: "ECDSA", namedCurve: alg.namedCurve, hash: alg.namedCurve === "P-384" ? "SHA-384" : "SHA-256" };
  }
  if (alg.name === "RSASSA-PKCS1-v1_5" || alg.name === "RSA-PSS" || alg.name === "RSA-OAEP") {
    return { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  }
  throw new UsageError(`${path}: unsupported CA key type ${alg.name ?? "?"} ${alg.namedCurve ?? ""} (supported: ECDSA P-256/P-384, RSA)`.trimEnd());
}

function describeAlg(a: SigningAlgorithm): string {
  const ec = a as { namedCurve?: string };
  return ec.namedCurve ? `ECDSA ${ec.namedCurve}` : "RSA";
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
}
