// Round twenty-nine (held-out Y127's y127-b-021): a public key's name with its algorithm between
// "public" and "key" (Sparkle's `SU_PUBLIC_ED_KEY`, `publicRsaKey`) read as a secret's name.
// Positives: the private halves, same constructs. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29e005);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign") => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29e-${id}`, kind: "secrets", category: label === "positive" ? "r29-public-algo-key" : "r29-public-algo-key-benign", label, text, note });
const p = add("positive");
const b = add("benign");

b("pak-fastlane", "fastlane ENV assignment of an EdDSA public key", `lane :release do\n  ENV["SPARKLE_PUBLIC_ED_KEY"] = "${r.b64bytes(32)}"\nend\n`);
b("pak-env-default", "env default of an Ed25519 public key", `const verifyKey = process.env.UPDATE_PUBLIC_ED25519_KEY ?? "${r.b64bytes(32)}";\n`);
b("pak-python", "Python getenv default, ECDSA public key", `pub = os.getenv("FIRMWARE_PUBLIC_ECDSA_KEY", "${r.b64bytes(33)}")\n`);
b("pak-camel", "camelCase publicRsaKey env default", `val k = System.getenv("LICENSE_PUBLIC_RSA_KEY") ?: "${r.b64bytes(40)}"\n`);
b("pak-ruby-fetch", "Ruby fetch default, X25519 public key", `peer = ENV.fetch("PEER_PUBLIC_X25519_KEY", "${r.b64bytes(32)}")\n`);
b("pak-shell", "shell export of an SSH public key body", `export DEPLOY_PUBLIC_SSH_KEY="${r.b64bytes(48)}"\n`);
p("pak-private-ed", "the private EdDSA key, same construct", `lane :release do\n  ENV["SPARKLE_PRIVATE_ED_KEY"] = "${r.b64bytes(32)}"\nend\n`);
p("pak-secret-ed25519", "an Ed25519 secret key env default", `const signKey = process.env.UPDATE_ED25519_SECRET_KEY ?? "${r.b64bytes(64)}";\n`);
p("pak-signing-key", "an ECDSA signing key, Python default", `k = os.getenv("FIRMWARE_ECDSA_SIGNING_KEY", "${r.b64bytes(32)}")\n`);
p("pak-rsa-private", "RSA private key field, Kotlin default", `val k = System.getenv("LICENSE_RSA_PRIVATE_KEY") ?: "${r.b64bytes(40)}"\n`);
p("pak-x25519-private", "X25519 private key, Ruby fetch default", `me = ENV.fetch("NODE_X25519_PRIVATE_KEY", "${r.b64bytes(32)}")\n`);
p("pak-ed-key", "an EdDSA key with no public word", `export SPARKLE_ED_KEY="${r.b64bytes(32)}"\n`);

export { cases };
