// Creating the interception CA: an ECDSA P-256 self-signed root, CA:true pathlen 0,
// keyCertSign + cRLSign, subject key identifier, backdated for clock skew.
import type { JsonName, X509Certificate } from "@peculiar/x509";
import { x509 } from "./x509.ts";
import { derToPem, sha256Fingerprint } from "./pem.ts";

export const EC_P256 = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
export const DEFAULT_CA_NAME = "toolkit interception CA";
export const DEFAULT_CA_ORG = "toolkit";
export const DEFAULT_CA_VALIDITY_MS = 10 * 365 * 86_400_000;
/** Certificates start this long before "now", so a peer whose clock is a little behind accepts them. */
export const BACKDATE_MS = 3_600_000;

export interface CreateCAOptions {
  commonName?: string;
  organization?: string;
  validityMs?: number;
  now?: number;
}

export interface CAInfo {
  subject: string;
  serial: string;
  notBefore: string;
  notAfter: string;
  fingerprint: string;
  keyType: string;
}

export interface NewCA {
  certPem: string;
  /** PKCS#8 PEM. Goes to ca-key.pem (0600) and nowhere else: never print it. */
  keyPem: string;
  cert: X509Certificate;
  info: CAInfo;
}

/** A random positive serial with 128 bits of entropy (x509 adds a leading 00 octet when needed). */
export function randomSerialHex(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  if (b.every((x) => x === 0)) b[15] = 1;
  return Buffer.from(b).toString("hex");
}

export async function createCA(opts: CreateCAOptions = {}): Promise<NewCA> {
  const now = opts.now ?? Date.now();
  const validity = opts.validityMs ?? DEFAULT_CA_VALIDITY_MS;
  const keys = (await crypto.subtle.generateKey(EC_P256, true, ["sign", "verify"])) as CryptoKeyPair;
  const name: JsonName = [{ CN: [opts.commonName ?? DEFAULT_CA_NAME] }, { O: [opts.organization ?? DEFAULT_CA_ORG] }];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialHex(),
    name,
    notBefore: secondFloor(now - BACKDATE_MS),
    notAfter: secondFloor(now + validity),
    signingAlgorithm: EC_P256,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey("pkcs8", keys.privateKey);
  return { certPem: derToPem(cert.rawData, "CERTIFICATE"), keyPem: derToPem(pkcs8, "PRIVATE KEY"), cert, info: describeCert(cert) };
}

export function describeCert(cert: X509Certificate): CAInfo {
  return {
    subject: cert.subject,
    serial: cert.serialNumber.toUpperCase(),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    fingerprint: sha256Fingerprint(new Uint8Array(cert.rawData)),
    keyType: keyTypeOf(cert),
  };
}

export function keyTypeOf(cert: X509Certificate): string {
  const alg = cert.publicKey.algorithm as { name?: string; namedCurve?: string; modulusLength?: number };
  if (alg.name === "ECDSA" || alg.name === "ECDH") return `ECDSA ${alg.namedCurve ?? "?"}`;
  if (alg.name?.startsWith("RSA")) return alg.modulusLength ? `RSA ${alg.modulusLength}` : "RSA";
  return alg.name ?? "unknown";
}

/** X.509 times have one-second precision; keep our Date values equal to what the certificate says. */
export function secondFloor(ms: number): Date {
  return new Date(Math.floor(ms / 1000) * 1000);
}
