// `toolkit tls init | show-ca | install-ca`: option checking and the text people read; the work is
// done in src/tls (ca.ts, ca-store.ts, install/*).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../cli/errors.ts";
import { createCA, DEFAULT_CA_VALIDITY_MS, describeCert } from "../tls/ca.ts";
import { caPaths, defaultCADir, readCACert, shellQuote, writeCA } from "../tls/ca-store.ts";
import { parseDuration } from "../tls/duration.ts";
import { installCA, printEnv, uninstallCA } from "../tls/install/index.ts";
import { manifestPath } from "../tls/install/manifest.ts";
import { certPem } from "../tls/pem.ts";

export interface TlsOptions {
  dir?: string;
  force?: boolean;
  validity?: string | number;
  name?: string | number;
  org?: string | number;
  fingerprint?: boolean;
  format?: string;
  dryRun?: boolean;
  uninstall?: boolean;
  printEnv?: boolean;
  [key: string]: unknown;
}

const ACTIONS = ["init", "show-ca", "install-ca"] as const;
type Action = (typeof ACTIONS)[number];

/** Which options each action accepts (cac's camelCase keys → the flag as typed). */
const ALLOWED: Record<Action, string[]> = {
  init: ["dir", "force", "validity", "name", "org"],
  "show-ca": ["dir", "fingerprint", "format"],
  "install-ca": ["dir", "dryRun", "uninstall", "printEnv"],
};
const FLAG: Record<string, string> = {
  dir: "--dir", force: "--force", validity: "--validity", name: "--name", org: "--org", fingerprint: "--fingerprint",
  format: "--format", dryRun: "--dry-run", uninstall: "--uninstall", printEnv: "--print-env",
};

const MIN_VALIDITY_MS = 3_600_000;
const MAX_VALIDITY_MS = 100 * 365 * 86_400_000;

export async function runTls(action: string, opts: TlsOptions): Promise<number> {
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw new UsageError(`unknown tls action '${action}' (actions: ${ACTIONS.join(", ")})`);
  }
  const act = action as Action;
  for (const [key, flag] of Object.entries(FLAG)) {
    const v = opts[key];
    if (v !== undefined && v !== false && !ALLOWED[act].includes(key)) {
      throw new UsageError(`${flag} does not apply to 'tls ${act}' (options: ${ALLOWED[act].map((k) => FLAG[k]).join(", ")})`);
    }
  }
  const dir = resolve(optString(opts.dir, "--dir") ?? defaultCADir());
  switch (act) {
    case "init":
      return init(dir, opts);
    case "show-ca":
      return showCA(dir, opts);
    case "install-ca":
      return installCommand(dir, opts);
  }
}

function optString(v: unknown, flag: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "boolean" || v === "") throw new UsageError(`${flag} needs a value`);
  if (Array.isArray(v)) throw new UsageError(`${flag} given more than once`);
  return String(v);
}

function nameOpt(v: unknown, flag: string): string | undefined {
  const s = optString(v, flag);
  if (s === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(s)) throw new UsageError(`${flag} must not contain control characters`);
  if (s.trim() === "" || s.length > 64) throw new UsageError(`${flag} must be 1 to 64 characters (X.509 limit), got ${s.length}`);
  return s;
}

function dirArg(dir: string): string {
  return dir === resolve(defaultCADir()) ? "" : ` --dir ${shellQuote(dir)}`;
}

async function init(dir: string, opts: TlsOptions): Promise<number> {
  let validityMs = DEFAULT_CA_VALIDITY_MS;
  const v = optString(opts.validity, "--validity");
  if (v !== undefined) {
    const ms = parseDuration(v);
    if (ms === undefined) throw new UsageError(`--validity: expected a duration such as 10y, 365d or 24h, got '${v}'`);
    if (ms < MIN_VALIDITY_MS || ms > MAX_VALIDITY_MS) throw new UsageError(`--validity must be between 1h and 100y, got '${v}'`);
    validityMs = ms;
  }
  const commonName = nameOpt(opts.name, "--name");
  const organization = nameOpt(opts.org, "--org");
  const p = caPaths(dir);
  const ca = await createCA({ validityMs, ...(commonName ? { commonName } : {}), ...(organization ? { organization } : {}) });
  const written = writeCA(dir, ca, { force: opts.force === true });
  const d = dirArg(p.dir);
  const out = [
    `created CA in ${p.dir}`,
    `  certificate  ${written.certPath}`,
    `  private key  ${written.keyPath} (mode 0600; never share it)`,
    `  subject      ${ca.info.subject}`,
    `  valid        ${ca.info.notBefore} → ${ca.info.notAfter}`,
    `  SHA-256      ${ca.info.fingerprint}`,
  ];
  if (written.dirWarning) out.push(`note: ${written.dirWarning}`);
  if (opts.force && existsSync(manifestPath(p.dir))) {
    out.push(`note: the previous CA is still installed in trust stores; remove it with \`toolkit tls install-ca --uninstall${d}\``);
  }
  const steps: [string, string][] = [
    [`toolkit tls install-ca --dry-run${d}`, "show what trusting it would change"],
    [`sudo toolkit tls install-ca --dir ${shellQuote(p.dir)}`, "trust it system-wide and in browser databases"],
    [`eval "$(toolkit tls install-ca --print-env${d})"`, "for Node.js, Python, pip, curl, git, AWS CLI"],
    ["toolkit run", "start the proxy"],
  ];
  const width = Math.max(...steps.map(([c]) => c.length));
  out.push("next steps:", ...steps.map(([c, what]) => `  ${c.padEnd(width)}   ${what}`));
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

async function showCA(dir: string, opts: TlsOptions): Promise<number> {
  const format = optString(opts.format, "--format") ?? "pem";
  if (format !== "pem" && format !== "json") throw new UsageError(`--format must be pem or json, got '${format}'`);
  if (opts.fingerprint && opts.format !== undefined) throw new UsageError("--fingerprint and --format cannot be combined");
  const c = readCACert(dir);
  const info = describeCert(c.cert);
  if (opts.fingerprint) {
    process.stdout.write(`${info.fingerprint}\n`);
  } else if (format === "json") {
    const json = {
      subject: info.subject,
      serial: info.serial,
      notBefore: info.notBefore,
      notAfter: info.notAfter,
      fingerprint: info.fingerprint,
      fingerprintAlgorithm: "SHA-256",
      path: c.path,
      keyType: info.keyType,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(certPem(c.der));
  }
  return 0;
}

async function installCommand(dir: string, opts: TlsOptions): Promise<number> {
  if (opts.printEnv) {
    if (opts.uninstall || opts.dryRun) throw new UsageError("--print-env cannot be combined with --uninstall or --dry-run");
    return printEnv({ dir });
  }
  const dryRun = opts.dryRun === true;
  return opts.uninstall ? uninstallCA({ dir, dryRun }) : installCA({ dir, dryRun });
}
