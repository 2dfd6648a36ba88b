// Browser NSS databases (Chromium/Chrome on Linux: ~/.pki/nssdb; Firefox profiles, incl. snap and
// flatpak installs; Firefox on macOS), handled with NSS's certutil when it is installed.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../../cli/errors.ts";
import { lastLine, showArgv } from "./context.ts";
import { canWriteEntry } from "./fsutil.ts";
import type { ManifestEntry, TrustContext, TrustStore } from "./types.ts";

/** NSS database specs ("sql:DIR" for cert9.db, "dbm:DIR" for legacy cert8.db) under a home directory. */
export function findNssDatabases(home: string): string[] {
  const dbs: string[] = [];
  const add = (dir: string) => {
    if (existsSync(join(dir, "cert9.db"))) dbs.push(`sql:${dir}`);
    else if (existsSync(join(dir, "cert8.db"))) dbs.push(`dbm:${dir}`);
  };
  add(join(home, ".pki", "nssdb"));
  const profileRoots = [
    join(home, ".mozilla", "firefox"),
    join(home, "snap", "firefox", "common", ".mozilla", "firefox"),
    join(home, ".var", "app", "org.mozilla.firefox", ".mozilla", "firefox"),
    join(home, "Library", "Application Support", "Firefox", "Profiles"),
  ];
  for (const r of profileRoots) {
    let names: string[];
    try {
      names = readdirSync(r).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      const d = join(r, n);
      try {
        if (statSync(d).isDirectory()) add(d);
      } catch {
        /* vanished */
      }
    }
  }
  return dbs;
}

export function nssNickname(shortFp: string): string {
  return `toolkit-${shortFp}`;
}

function dbDir(spec: string): string {
  return spec.replace(/^(sql|dbm):/, "");
}

async function hasCert(ctx: TrustContext, db: string, nickname: string): Promise<boolean> {
  const r = await ctx.run(["certutil", "-d", db, "-L", "-n", nickname]);
  return r.code === 0;
}

async function runOrFail(ctx: TrustContext, argv: string[]): Promise<void> {
  const r = await ctx.run(argv);
  if (r.code !== 0) throw new UsageError(`nss: ${showArgv(argv)} failed (exit ${r.code}): ${lastLine(r.stderr) || lastLine(r.stdout)}`);
}

export const nssStore: TrustStore = {
  name: "nss",
  needsRoot(ctx) {
    return findNssDatabases(ctx.home).map(dbDir).filter((d) => !canWriteEntry(d));
  },
  uninstallNeedsRoot(_ctx, entry) {
    return entry.store === "nss" && existsSync(dbDir(entry.db)) && !canWriteEntry(dbDir(entry.db)) ? [dbDir(entry.db)] : [];
  },

  async install(ctx, ca) {
    const dbs = findNssDatabases(ctx.home);
    if (dbs.length === 0) {
      ctx.out(`nss: no browser certificate databases under ${ctx.home} (~/.pki/nssdb, Firefox profiles); skipped`);
      return [];
    }
    if (!ctx.which("certutil")) {
      ctx.out(`nss: found ${dbs.length} browser database(s) but certutil is not installed (Debian/Ubuntu: apt install libnss3-tools; Fedora: dnf install nss-tools; macOS: brew install nss); skipped`);
      return [];
    }
    const nickname = nssNickname(ca.shortFp);
    const entries: ManifestEntry[] = [];
    for (const db of dbs) {
      const entry: ManifestEntry = { store: "nss", db, nickname, fingerprint: ca.fingerprint, pem: ca.pem };
      if (await hasCert(ctx, db, nickname)) {
        ctx.out(`nss: already in ${db} as "${nickname}"; nothing to do`);
        entries.push(entry);
        continue;
      }
      const argv = ["certutil", "-d", db, "-A", "-t", "C,,", "-n", nickname, "-i", ca.path];
      if (ctx.dryRun) {
        ctx.out(`nss: would run ${showArgv(argv)}`);
      } else {
        await runOrFail(ctx, argv);
        ctx.out(`nss: added to ${db} as "${nickname}" (trusted to issue server certificates)`);
      }
      entries.push(entry);
    }
    return entries;
  },

  async uninstall(ctx, entry) {
    if (entry.store !== "nss") return;
    const argv = ["certutil", "-d", entry.db, "-D", "-n", entry.nickname];
    if (!existsSync(dbDir(entry.db))) {
      ctx.out(`nss: ${entry.db} no longer exists; nothing to remove`);
      return;
    }
    if (!ctx.which("certutil")) throw new UsageError(`nss: certutil is needed to remove "${entry.nickname}" from ${entry.db} (apt install libnss3-tools)`);
    if (ctx.dryRun) {
      ctx.out(`nss: would run ${showArgv(argv)}`);
      return;
    }
    if (!(await hasCert(ctx, entry.db, entry.nickname))) {
      ctx.out(`nss: "${entry.nickname}" is not in ${entry.db} any more; nothing to remove`);
      return;
    }
    await runOrFail(ctx, argv);
    ctx.out(`nss: removed "${entry.nickname}" from ${entry.db}`);
  },
};
