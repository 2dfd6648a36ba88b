// Round twenty-three, second wave (held-out Y86 class): a long opaque base64 value (160+ characters,
// `+` and `/` in it, decoding to bytes) under an environment variable named for a token (`AIVEN_TOKEN:`
// in a workflow's or Compose file's env block). The name-then-colon form read the name from its keyword
// on (`TOKEN`), so the blob was taken for ciphertext at rest. Benign: a certificate's DER (`MII…`), an
// image, a SealedSecret's or KMS's envelope, a name that says encrypted.
// Every credential-shaped value is built at run time.
import { builder, Rng, B64 } from "./_gen.ts";

const r = new Rng(0x23b10c0d);
const b = builder({ category: "r23b-long-token-slot", expect: "secrets" });
const bb = builder({ category: "r23b-long-token-slot-benign" });

const blob = (n: number) => {
  let v = r.str(n, B64);
  while (!/[+/]/.test(v) || !/\d/.test(v)) v = r.str(n, B64);
  return v;
};

b.pos("r23b-gha-env-long-token", "GitHub Actions job env block, a 360-character base64 token",
  `name: deploy\non: push\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    env:\n      NEON_TOKEN: ${blob(360)}\n    steps:\n      - run: make ship\n`);
b.pos("r23b-compose-env-long-token", "Compose environment map, a 240-character base64 token",
  `services:\n  worker:\n    image: acme/worker:2\n    environment:\n      SCALEWAY_TOKEN: ${blob(240)}\n`);
b.pos("r23b-k8s-env-quoted-long-token", "Kubernetes container env value quoted under an _API_TOKEN name",
  `env:\n  - name: dummy\n    value: "1"\nextra:\n  LINODE_API_TOKEN: "${blob(300)}"\n`);

bb.ben("r23b-cert-der-under-token-name", "a certificate's DER base64 (MII…) under a token-ish name",
  `env:\n  CLIENT_CERT_TOKEN: MIIDdzCCAl+gAwIBAgI${blob(281)}\n`);
bb.ben("r23b-spki-under-key-name", "a public key's SPKI DER base64 (MIIBIjANBgkq…) under a key name",
  `jwt:\n  VERIFY_KEY: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${blob(260)}"\n`);
bb.ben("r23b-sealed-envelope-token", "a SealedSecret's ciphertext (Ag…) under a token name",
  `spec:\n  encryptedData:\n    DEPLOY_TOKEN: AgB${blob(357)}\n`);
bb.ben("r23b-encrypted-name-token", "a name that says encrypted",
  `env:\n  ENCRYPTED_DEPLOY_TOKEN: ${blob(320)}\n`);
bb.ben("r23b-image-under-name", "a PNG in base64 under a logo field",
  `branding:\n  LOGO_PNG: iVBORw0KGgoAAAANSUhEUgAA${blob(300)}\n`);

export const cases = [...b.cases, ...bb.cases];
