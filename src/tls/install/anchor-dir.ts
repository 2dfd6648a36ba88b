// Stores that trust every certificate file in an anchors directory once a refresh tool has run:
// Debian/Ubuntu (update-ca-certificates) and RHEL/Fedora (update-ca-trust). debian.ts and rhel.ts
// supply the paths and the tool invocations.
import { existsSync, mkdirSync, readFileSync, unlinkSync } from "node:fs";
import { basename } from "node:path";
import { UsageError } from "../../cli/errors.ts";
import { writeFileAtomic } from "../../util/atomic-write.ts";
import { bundleContains } from "../pem.ts";
import { lastLine, showArgv } from "./context.ts";
import { canWriteEntry, readIfExists } from "./fsutil.ts";
import type { CAFile, ManifestEntry, TrustContext, TrustStore } from "./types.ts";

export interface AnchorDirLayout {
  /** Directory our certificate file goes into. */
  anchorDir: string;
  /** File name extension the tool picks up (".crt" for Debian). */
  ext: string;
  /** The bundle the tool regenerates, to confirm the result. */
  bundle: string;
  /** Other paths the tool rewrites (checked for write access up front). */
  writes: string[];
  /** The refresh command after adding / after removing a file. */
  refreshAfterAdd: string[];
  refreshAfterRemove: string[];
}

export interface AnchorDirConfig {
  store: "debian" | "rhel";
  tool: string;
  layout(root: string): AnchorDirLayout;
  /** Whether this store can work on a root other than "/" (the tool accepts path flags). */
  sandboxable: boolean;
}

export function anchorDirStore(cfg: AnchorDirConfig): TrustStore {
  const label = cfg.store;
  const fileFor = (l: AnchorDirLayout, ca: CAFile) => `${l.anchorDir}/toolkit-${ca.shortFp}${l.ext}`;

  function checkRoot(ctx: TrustContext): void {
    if (ctx.root !== "/" && !cfg.sandboxable) throw new UsageError(`TOOLKIT_TRUST_ROOT is supported for the Debian store only (${cfg.tool} cannot target another root)`);
  }

  async function refresh(ctx: TrustContext, argv: string[]): Promise<string> {
    if (!ctx.which(cfg.tool)) throw new UsageError(`${label}: '${cfg.tool}' not found on PATH`);
    const r = await ctx.run(argv);
    if (r.code !== 0) throw new UsageError(`${label}: ${showArgv(argv)} failed (exit ${r.code}): ${lastLine(r.stderr) || lastLine(r.stdout)}`);
    const counts = /(\d+) added, (\d+) removed/.exec(r.stdout);
    return counts ? ` (${counts[1]} added, ${counts[2]} removed)` : "";
  }

  return {
    name: label,

    needsRoot(ctx, ca) {
      const l = cfg.layout(ctx.root);
      return [fileFor(l, ca), l.bundle, ...l.writes].filter((p) => !canWriteEntry(p));
    },

    uninstallNeedsRoot(_ctx, entry) {
      if (entry.store !== cfg.store) return [];
      const l = cfg.layout(entry.root);
      return [entry.file, l.bundle, ...l.writes].filter((p) => !canWriteEntry(p));
    },

    async install(ctx, ca) {
      checkRoot(ctx);
      const l = cfg.layout(ctx.root);
      const file = fileFor(l, ca);
      const entry: ManifestEntry = { store: cfg.store, file, root: ctx.root, fingerprint: ca.fingerprint, pem: ca.pem };
      const current = readIfExists(file);
      const fileOk = current === ca.pem;
      const bundleOk = bundleContains(readIfExists(l.bundle) ?? "", ca.der);
      if (fileOk && bundleOk) {
        ctx.out(`${label}: already installed: ${file} (and in ${l.bundle}); nothing to do`);
        return [entry];
      }
      if (ctx.dryRun) {
        if (!fileOk) ctx.out(`${label}: would write ${file} (0644)`);
        ctx.out(`${label}: would run ${showArgv(l.refreshAfterAdd)}`);
        return [entry];
      }
      if (!ctx.which(cfg.tool)) throw new UsageError(`${label}: '${cfg.tool}' not found on PATH`);
      if (!fileOk) {
        if (!existsSync(l.anchorDir)) mkdirSync(l.anchorDir, { recursive: true, mode: 0o755 });
        writeFileAtomic(file, ca.pem, { mode: 0o644 });
        ctx.out(`${label}: wrote ${file}`);
      } else {
        ctx.out(`${label}: ${file} already present`);
      }
      const counts = await refresh(ctx, l.refreshAfterAdd);
      ctx.out(`${label}: ran ${showArgv(l.refreshAfterAdd)}${counts}`);
      if (!bundleContains(readIfExists(l.bundle) ?? "", ca.der)) {
        throw new UsageError(`${label}: ${cfg.tool} ran but ${l.bundle} does not contain the CA`);
      }
      ctx.out(`${label}: ${l.bundle} now includes the CA`);
      return [entry];
    },

    async uninstall(ctx, entry) {
      if (entry.store !== cfg.store) return;
      const l = cfg.layout(entry.root);
      if (entry.root !== "/" && !cfg.sandboxable) throw new UsageError(`${label}: cannot uninstall from root ${entry.root}`);
      const present = existsSync(entry.file);
      if (ctx.dryRun) {
        ctx.out(present ? `${label}: would remove ${entry.file}` : `${label}: ${entry.file} is already gone`);
        ctx.out(`${label}: would run ${showArgv(l.refreshAfterRemove)}`);
        return;
      }
      if (present) {
        // Remove only the file we wrote: refuse if someone replaced it with a different certificate.
        const text = readFileSync(entry.file, "utf8");
        if (text !== entry.pem) throw new UsageError(`${label}: ${entry.file} was changed since install-ca wrote it; not removing it (remove it by hand)`);
        unlinkSync(entry.file);
        ctx.out(`${label}: removed ${entry.file}`);
      } else {
        ctx.out(`${label}: ${entry.file} was already gone`);
      }
      const counts = await refresh(ctx, l.refreshAfterRemove);
      ctx.out(`${label}: ran ${showArgv(l.refreshAfterRemove)}${counts}`);
      const der = new Uint8Array(Buffer.from(entry.pem.replace(/-----[^-]+-----|\s+/g, ""), "base64"));
      if (bundleContains(readIfExists(l.bundle) ?? "", der)) {
        throw new UsageError(`${label}: ${cfg.tool} ran but ${l.bundle} still contains the CA (${basename(entry.file)})`);
      }
      ctx.out(`${label}: ${l.bundle} no longer includes the CA`);
    },
  };
}
