// macOS: the System keychain, trusted as a root for all users:
//   security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.pem
// Removal: remove-trusted-cert (the trust setting) then delete-certificate -Z <sha1> (the item).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../../cli/errors.ts";
import { writeFileAtomic } from "../../util/atomic-write.ts";
import { lastLine, showArgv } from "./context.ts";
import type { ManifestEntry, TrustContext, TrustStore } from "./types.ts";

export const SYSTEM_KEYCHAIN = "/Library/Keychains/System.keychain";

async function inKeychain(ctx: TrustContext, keychain: string, sha1: string): Promise<boolean> {
  const r = await ctx.run(["security", "find-certificate", "-a", "-Z", keychain]);
  return r.code === 0 && r.stdout.toUpperCase().includes(`SHA-1 HASH: ${sha1.toUpperCase()}`);
}

async function runOrFail(ctx: TrustContext, argv: string[]): Promise<void> {
  const r = await ctx.run(argv);
  if (r.code !== 0) throw new UsageError(`macos: ${showArgv(argv)} failed (exit ${r.code}): ${lastLine(r.stderr) || lastLine(r.stdout)}`);
}

function sandboxCheck(ctx: TrustContext): void {
  if (ctx.root !== "/") throw new UsageError("TOOLKIT_TRUST_ROOT is supported for the Debian store only (security cannot target another root)");
}

export const macosStore: TrustStore = {
  name: "macos",
  needsRoot: (ctx) => (ctx.isRoot ? [] : [SYSTEM_KEYCHAIN]),
  uninstallNeedsRoot: (ctx) => (ctx.isRoot ? [] : [SYSTEM_KEYCHAIN]),

  async install(ctx, ca) {
    sandboxCheck(ctx);
    const entry: ManifestEntry = { store: "macos", keychain: SYSTEM_KEYCHAIN, sha1: ca.sha1, fingerprint: ca.fingerprint, pem: ca.pem };
    const argv = ["security", "add-trusted-cert", "-d", "-r", "trustRoot", "-k", SYSTEM_KEYCHAIN, ca.path];
    if (await inKeychain(ctx, SYSTEM_KEYCHAIN, ca.sha1)) {
      ctx.out(`macos: already in ${SYSTEM_KEYCHAIN} (SHA-1 ${ca.sha1}); nothing to do`);
      return [entry];
    }
    if (ctx.dryRun) {
      ctx.out(`macos: would run ${showArgv(argv)}`);
      return [entry];
    }
    await runOrFail(ctx, argv);
    ctx.out(`macos: ran ${showArgv(argv)}`);
    return [entry];
  },

  async uninstall(ctx, entry) {
    if (entry.store !== "macos") return;
    sandboxCheck(ctx);
    const del = ["security", "delete-certificate", "-Z", entry.sha1, entry.keychain];
    if (ctx.dryRun) {
      ctx.out(`macos: would run security remove-trusted-cert -d <the CA> and ${showArgv(del)}`);
      return;
    }
    if (!(await inKeychain(ctx, entry.keychain, entry.sha1))) {
      ctx.out(`macos: SHA-1 ${entry.sha1} is not in ${entry.keychain} any more; nothing to remove`);
      return;
    }
    const tmp = mkdtempSync(join(tmpdir(), "toolkit-ca-"));
    try {
      const file = join(tmp, "ca.pem");
      writeFileAtomic(file, entry.pem);
      const untrust = ["security", "remove-trusted-cert", "-d", file];
      await runOrFail(ctx, untrust);
      ctx.out(`macos: ran security remove-trusted-cert -d (SHA-1 ${entry.sha1})`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    await runOrFail(ctx, del);
    ctx.out(`macos: ran ${showArgv(del)}`);
  },
};
