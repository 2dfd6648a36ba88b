// Arch Linux (p11-kit): `trust anchor --store ca.pem`; removal by the object's PKCS#11 URI, which is
// derived from the certificate's subject key identifier (the same id `trust list` shows).
import { UsageError } from "../../cli/errors.ts";
import { lastLine, showArgv } from "./context.ts";
import { canWrite, under } from "./fsutil.ts";
import type { ManifestEntry, TrustContext, TrustStore } from "./types.ts";

export function p11Id(skiHex: string): string {
  const pct = (skiHex.toUpperCase().match(/../g) ?? []).map((b) => `%${b}`).join("");
  return `pkcs11:id=${pct};type=cert`;
}

async function isAnchor(ctx: TrustContext, id: string): Promise<boolean> {
  const r = await ctx.run(["trust", "list", "--filter=ca-anchors"]);
  if (r.code !== 0) throw new UsageError(`arch: trust list failed (exit ${r.code}): ${lastLine(r.stderr)}`);
  return r.stdout.toUpperCase().includes(id.toUpperCase());
}

function trustSourceDir(ctx: TrustContext): string {
  return under(ctx.root, "/etc/ca-certificates/trust-source");
}

function sandboxCheck(ctx: TrustContext): void {
  if (ctx.root !== "/") throw new UsageError("TOOLKIT_TRUST_ROOT is supported for the Debian store only (trust cannot target another root)");
}

async function runOrFail(ctx: TrustContext, argv: string[]): Promise<void> {
  if (!ctx.which("trust")) throw new UsageError("arch: 'trust' (p11-kit) not found on PATH");
  const r = await ctx.run(argv);
  if (r.code !== 0) throw new UsageError(`arch: ${showArgv(argv)} failed (exit ${r.code}): ${lastLine(r.stderr) || lastLine(r.stdout)}`);
}

export const archStore: TrustStore = {
  name: "arch",
  needsRoot: (ctx) => (canWrite(trustSourceDir(ctx)) ? [] : [trustSourceDir(ctx)]),
  uninstallNeedsRoot: (ctx) => (canWrite(trustSourceDir(ctx)) ? [] : [trustSourceDir(ctx)]),

  async install(ctx, ca) {
    sandboxCheck(ctx);
    const id = p11Id(ca.skiHex);
    const entry: ManifestEntry = { store: "arch", id, fingerprint: ca.fingerprint, pem: ca.pem };
    const argv = ["trust", "anchor", "--store", ca.path];
    if (ctx.which("trust") && (await isAnchor(ctx, id))) {
      ctx.out(`arch: already a trust anchor (${id}); nothing to do`);
      return [entry];
    }
    if (ctx.dryRun) {
      ctx.out(`arch: would run ${showArgv(argv)}`);
      return [entry];
    }
    await runOrFail(ctx, argv);
    ctx.out(`arch: ran ${showArgv(argv)}`);
    if (!(await isAnchor(ctx, id))) throw new UsageError(`arch: trust anchor ran but ${id} is not listed as an anchor`);
    ctx.out(`arch: trust list shows the CA as an anchor (${id})`);
    return [entry];
  },

  async uninstall(ctx, entry) {
    if (entry.store !== "arch") return;
    sandboxCheck(ctx);
    const argv = ["trust", "anchor", "--remove", entry.id];
    if (ctx.dryRun) {
      ctx.out(`arch: would run ${showArgv(argv)}`);
      return;
    }
    if (!(await isAnchor(ctx, entry.id))) {
      ctx.out(`arch: ${entry.id} is not an anchor any more; nothing to remove`);
      return;
    }
    await runOrFail(ctx, argv);
    ctx.out(`arch: ran ${showArgv(argv)}`);
  },
};
