// --print-env: shell exports for runtimes that do not read the system trust store.
// NODE_EXTRA_CA_CERTS *adds* to Node's built-in roots, so it gets ca.pem alone. Every other
// variable *replaces* the runtime's store, so it gets a combined bundle (system bundle + our CA)
// written into the CA dir, crash-safe.
import { join } from "node:path";
import { writeFileAtomic } from "../../util/atomic-write.ts";
import { bundleContains } from "../pem.ts";
import { shellQuote } from "../ca-store.ts";
import { readIfExists, under } from "./fsutil.ts";
import type { CAFile } from "./types.ts";

export const BUNDLE_FILE = "ca-bundle.pem";
export const ADDITIVE_VARS = ["NODE_EXTRA_CA_CERTS"] as const;
export const REPLACING_VARS = ["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE", "GIT_SSL_CAINFO", "PIP_CERT", "AWS_CA_BUNDLE"] as const;

/** Where the distributions keep their PEM bundle of trusted roots, most specific first. */
export const SYSTEM_BUNDLES = [
  "/etc/ssl/certs/ca-certificates.crt", // Debian, Ubuntu, Arch, Alpine, Gentoo
  "/etc/pki/tls/certs/ca-bundle.crt", // RHEL, Fedora, CentOS
  "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", // RHEL 7+
  "/etc/ssl/ca-bundle.pem", // openSUSE
  "/etc/ssl/cert.pem", // macOS, Alpine, OpenBSD
];

export function findSystemBundle(root: string): { path: string; text: string } | undefined {
  for (const p of SYSTEM_BUNDLES) {
    const path = under(root, p);
    const text = readIfExists(path);
    if (text !== undefined && text.includes("-----BEGIN CERTIFICATE-----")) return { path, text };
  }
  return undefined;
}

export interface EnvBundle {
  bundlePath: string;
  /** The system bundle it was built from, if one was found. */
  source?: string;
}

export function writeCombinedBundle(ca: CAFile, root: string): EnvBundle {
  const bundlePath = join(ca.dir, BUNDLE_FILE);
  const sys = findSystemBundle(root);
  let text = sys?.text ?? "";
  if (text && !text.endsWith("\n")) text += "\n";
  if (!bundleContains(text, ca.der)) text += ca.pem;
  writeFileAtomic(bundlePath, text, { mode: 0o644 });
  return sys ? { bundlePath, source: sys.path } : { bundlePath };
}

/** Text inside a `#` comment of output meant for `eval`: a newline there would end the comment and run the rest. */
function commentSafe(s: string): string {
  return s.replace(/[\x00-\x1f\x7f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export function envExportLines(ca: CAFile, bundle: EnvBundle, dirFlag = ""): string[] {
  const lines = [
    `# toolkit CA for runtimes with their own trust store; use: eval "$(toolkit tls install-ca --print-env${commentSafe(dirFlag)})"`,
    `# ${commentSafe(bundle.bundlePath)} = ${commentSafe(bundle.source ?? "(no system bundle found)")} + toolkit CA ${ca.fingerprint}`,
  ];
  for (const v of ADDITIVE_VARS) lines.push(`export ${v}=${shellQuote(ca.path)}`);
  for (const v of REPLACING_VARS) lines.push(`export ${v}=${shellQuote(bundle.bundlePath)}`);
  return lines;
}
