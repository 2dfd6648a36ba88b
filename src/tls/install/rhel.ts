// RHEL / Fedora / CentOS: /etc/pki/ca-trust/source/anchors/toolkit-<shortfp>.pem + update-ca-trust.
import { anchorDirStore } from "./anchor-dir.ts";
import { under } from "./fsutil.ts";

export const rhelStore = anchorDirStore({
  store: "rhel",
  tool: "update-ca-trust",
  sandboxable: false,
  layout(root) {
    return {
      anchorDir: under(root, "/etc/pki/ca-trust/source/anchors"),
      ext: ".pem",
      bundle: under(root, "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"),
      writes: [under(root, "/etc/pki/ca-trust/extracted")],
      refreshAfterAdd: ["update-ca-trust", "extract"],
      refreshAfterRemove: ["update-ca-trust", "extract"],
    };
  },
});
