// install-ca: put the CA into the system trust store and browser NSS databases, record what was
// added (installed.json in the CA dir), undo exactly that with --uninstall, print env exports.
import { resolve } from "node:path";
import { UsageError } from "../../cli/errors.ts";
import { caPaths, defaultCADir, readCACert, shellQuote } from "../ca-store.ts";
import { certPem, sha1Hex, sha256Fingerprint, shortFingerprint } from "../pem.ts";
import { x509 } from "../x509.ts";
import { archStore } from "./arch.ts";
import { makeTrustContext } from "./context.ts";
import { debianStore } from "./debian.ts";
import { envExportLines, writeCombinedBundle } from "./env.ts";
import { macosStore } from "./macos.ts";
import { addEntries, manifestPath, readManifest, removeEntry, writeManifest } from "./manifest.ts";
import { nssStore } from "./nss.ts";
import { rhelStore } from "./rhel.ts";
import type { CAFile, ManifestEntry, Platform, TrustContext, TrustStore } from "./types.ts";

export type { TrustContext } from "./types.ts";
export { makeTrustContext } from "./context.ts";

const SYSTEM_STORES: Record<Exclude<Platform, "none">, TrustStore> = {
  debian: debianStore,
  rhel: rhelStore,
  arch: archStore,
  macos: macosStore,
};

function storeFor(entry: ManifestEntry): TrustStore {
  return entry.store === "nss" ? nssStore : SYSTEM_STORES[entry.store];
}

export async function readCAFile(dir: string): Promise<CAFile> {
  const c = readCACert(dir);
  const ski = c.cert.getExtension(x509.SubjectKeyIdentifierExtension);
  const skiHex = ski?.keyId ?? Buffer.from(await c.cert.publicKey.getKeyIdentifier()).toString("hex");
  return {
    path: c.path,
    dir: caPaths(dir).dir,
    pem: certPem(c.der),
    der: c.der,
    fingerprint: sha256Fingerprint(c.der),
    shortFp: shortFingerprint(c.der),
    sha1: sha1Hex(c.der),
    skiHex,
    subject: c.cert.subject,
  };
}

/** "toolkit tls install-ca --dir /abs/dir [extra]": sudo resets HOME, so the dir is always spelled out. */
function selfCommand(dir: string, extra = ""): string {
  return `toolkit tls install-ca --dir ${shellQuote(resolve(dir))}${extra}`;
}

function dirFlag(dir: string): string {
  return resolve(dir) === resolve(defaultCADir()) ? "" : ` --dir ${shellQuote(resolve(dir))}`;
}

function privilegeCheck(ctx: TrustContext, blocked: string[], command: string): void {
  const first = blocked[0];
  if (first === undefined) return;
  const why = ctx.isRoot ? `cannot write ${first} (read-only file system?)` : `writing ${first} needs root privileges`;
  if (ctx.dryRun) ctx.out(`note: ${why}; the real run needs: sudo ${command}`);
  else throw new UsageError(ctx.isRoot ? why : `${why}: run \`sudo ${command}\``);
}

export interface InstallOptions {
  dir: string;
  dryRun?: boolean;
  /** Injected context (tests); default from the environment (TOOLKIT_TRUST_ROOT, TOOLKIT_TRUST_PLATFORM, HOME, PATH). */
  ctx?: TrustContext;
}

export async function installCA(opts: InstallOptions): Promise<number> {
  const ctx = opts.ctx ?? makeTrustContext({ dryRun: opts.dryRun ?? false });
  const ca = await readCAFile(opts.dir);
  const system = ctx.platform === "none" ? undefined : SYSTEM_STORES[ctx.platform];
  const stores = system ? [system, nssStore] : [nssStore];
  const blocked = stores.flatMap((s) => s.needsRoot(ctx, ca));
  if (!ctx.dryRun) privilegeCheck(ctx, blocked, selfCommand(opts.dir)); // before any output or change
  ctx.out(`${ctx.dryRun ? "dry run: " : ""}installing ${ca.path} (${ca.subject}, SHA-256 ${ca.fingerprint})`);
  if (ctx.root !== "/") ctx.out(`trust-store root: ${ctx.root} (TOOLKIT_TRUST_ROOT)`);
  if (ctx.dryRun) privilegeCheck(ctx, blocked, selfCommand(opts.dir));
  if (!system) {
    ctx.out(`system: no supported trust store tool found (update-ca-certificates, update-ca-trust, trust, security); add ${ca.path} to the system store by hand`);
  }
  let manifest = readManifest(ca.dir);
  for (const store of stores) {
    const entries = await store.install(ctx, ca);
    if (!ctx.dryRun && entries.length > 0) {
      manifest = addEntries(manifest, entries);
      writeManifest(ca.dir, manifest); // after each store, so a later failure still leaves a complete record
    }
  }
  if (ctx.dryRun) {
    ctx.out("dry run: nothing was changed");
  } else {
    if (manifest.entries.length > 0) ctx.out(`recorded in ${manifestPath(ca.dir)}; undo with: toolkit tls install-ca --uninstall${dirFlag(opts.dir)}`);
    ctx.out(`runtimes with their own CA store (Node.js, Python requests, pip, curl, git, AWS CLI): eval "$(toolkit tls install-ca --print-env${dirFlag(opts.dir)})"`);
  }
  return 0;
}

export async function uninstallCA(opts: InstallOptions): Promise<number> {
  const ctx = opts.ctx ?? makeTrustContext({ dryRun: opts.dryRun ?? false });
  const dir = caPaths(opts.dir).dir;
  let manifest = readManifest(dir);
  if (manifest.entries.length === 0) {
    ctx.out(`nothing to uninstall: no install record (${manifestPath(dir)})`);
    return 0;
  }
  privilegeCheck(ctx, manifest.entries.flatMap((e) => storeFor(e).uninstallNeedsRoot(ctx, e)), selfCommand(opts.dir, " --uninstall"));
  for (const entry of [...manifest.entries]) {
    await storeFor(entry).uninstall(ctx, entry);
    if (!ctx.dryRun) {
      manifest = removeEntry(manifest, entry);
      writeManifest(dir, manifest);
    }
  }
  ctx.out(ctx.dryRun ? "dry run: nothing was changed" : `uninstalled; ${manifestPath(dir)} removed`);
  return 0;
}

/** Writes the combined bundle and prints the exports on stdout (notes go to stderr: eval-safe). */
export async function printEnv(opts: { dir: string; ctx?: TrustContext; write?: (s: string) => void }): Promise<number> {
  const ctx = opts.ctx ?? makeTrustContext();
  const ca = await readCAFile(opts.dir);
  const bundle = writeCombinedBundle(ca, ctx.root);
  if (!bundle.source) process.stderr.write(`toolkit: no system CA bundle found; ${bundle.bundlePath} holds only the toolkit CA\n`);
  const write = opts.write ?? ((s: string) => process.stdout.write(s));
  write(`${envExportLines(ca, bundle, dirFlag(opts.dir)).join("\n")}\n`);
  return 0;
}
