// PEM <-> DER and certificate fingerprints, without the x509 library (install/show paths use it).
import { createHash } from "node:crypto";

export function pemBlocks(text: string, label: string): Uint8Array[] {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, "g");
  const out: Uint8Array[] = [];
  for (const m of text.matchAll(re)) {
    const b64 = (m[1] ?? "").replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0 || b64.length === 0) continue;
    out.push(new Uint8Array(Buffer.from(b64, "base64")));
  }
  return out;
}

export function derToPem(der: Uint8Array | ArrayBuffer, label: string): string {
  const b64 = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString("base64");
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** The first certificate's DER in a PEM text, or undefined. */
export function firstCertDer(pem: string): Uint8Array | undefined {
  return pemBlocks(pem, "CERTIFICATE")[0];
}

/** SHA-256 over the DER, as openssl prints it: AB:CD:… (uppercase, colon-separated). */
export function sha256Fingerprint(der: Uint8Array): string {
  return hexColon(createHash("sha256").update(der).digest());
}

export function sha1Hex(der: Uint8Array): string {
  return createHash("sha1").update(der).digest("hex").toUpperCase();
}

/** 12 lowercase hex digits of the SHA-256: names installed files (toolkit-<shortfp>.crt). */
export function shortFingerprint(der: Uint8Array): string {
  return createHash("sha256").update(der).digest("hex").slice(0, 12);
}

export function hexColon(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex").toUpperCase().replace(/(..)(?!$)/g, "$1:");
}

/** The canonical PEM of a certificate DER: the form we write and the form trust bundles contain. */
export function certPem(der: Uint8Array): string {
  return derToPem(der, "CERTIFICATE");
}

/** Whether a bundle of PEM certificates contains this DER (compares decoded bytes, not text). */
export function bundleContains(bundleText: string, der: Uint8Array): boolean {
  const want = Buffer.from(der);
  return pemBlocks(bundleText, "CERTIFICATE").some((b) => want.equals(b));
}
