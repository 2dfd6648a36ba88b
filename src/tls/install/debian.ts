// Debian / Ubuntu: /usr/local/share/ca-certificates/toolkit-<shortfp>.crt + update-ca-certificates.
// With a sandbox root every path the tool reads or writes is passed as a flag, so a test run never
// touches (or trusts anything in) the real /etc/ssl/certs.
import { anchorDirStore } from "./anchor-dir.ts";
import { under } from "./fsutil.ts";

export function debianPaths(root: string) {
  return {
    localCertsDir: under(root, "/usr/local/share/ca-certificates"),
    certsDir: under(root, "/usr/share/ca-certificates"),
    certsConf: under(root, "/etc/ca-certificates.conf"),
    etcCertsDir: under(root, "/etc/ssl/certs"),
    hooksDir: under(root, "/etc/ca-certificates/update.d"),
    bundle: under(root, "/etc/ssl/certs/ca-certificates.crt"),
  };
}

export function updateCaCertificatesArgv(root: string, fresh: boolean): string[] {
  const argv = ["update-ca-certificates"];
  if (fresh) argv.push("--fresh");
  if (root !== "/") {
    const p = debianPaths(root);
    argv.push("--certsconf", p.certsConf, "--certsdir", p.certsDir, "--localcertsdir", p.localCertsDir, "--etccertsdir", p.etcCertsDir, "--hooksdir", p.hooksDir);
  }
  return argv;
}

export const debianStore = anchorDirStore({
  store: "debian",
  tool: "update-ca-certificates",
  sandboxable: true,
  layout(root) {
    const p = debianPaths(root);
    return {
      anchorDir: p.localCertsDir,
      ext: ".crt",
      bundle: p.bundle,
      writes: [p.etcCertsDir],
      refreshAfterAdd: updateCaCertificatesArgv(root, false),
      // A removed file only leaves the bundle and its symlinks with --fresh.
      refreshAfterRemove: updateCaCertificatesArgv(root, true),
    };
  },
});
