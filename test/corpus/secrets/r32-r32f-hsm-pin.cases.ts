// Round thirty-two (Y138): the PIN that logs in to an HSM's or a smart card's PKCS#11 token: an
// RFC 7512 URI's `pin-value=`, a setting or variable named for the token's PIN (`PKCS11_PIN`,
// `HSM_PIN`, `SO_PIN`, `*_USER_PIN`) and the PKCS#11 tools' `--pin` / `--so-pin`. "PIN" is no
// secret's word to the generic rules. Benign: `pin-source=` (a file), references to a secret
// store or the environment, placeholders, code reading the PIN, a `--pin` of an unrelated tool.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32f002);
const b = builder({ category: "r32-r32f-hsm-pin" });
const bb = builder({ category: "r32-r32f-hsm-pin-benign" });
const pin = () => `${r.alnum(5)}${r.digits(3)}${r.alnum(4)}`;

b.pos("r32f-pin-uri", "pkcs11 URI pin-value in openssl", `openssl dgst -sha256 -engine pkcs11 -keyform engine -sign "pkcs11:token=build;object=sign-key;type=private;pin-value=${pin()}" -out sig.bin app.tar\n`);
b.pos("r32f-pin-env-yaml", "CI env PKCS11_PIN", `jobs:\n  sign:\n    env:\n      PKCS11_PIN: ${pin()}\n      PKCS11_MODULE: /usr/lib/softhsm/libsofthsm2.so\n`);
b.pos("r32f-pin-dotenv", "SoftHSM user PIN in .env", `SOFTHSM2_CONF=/etc/softhsm2.conf\nSOFTHSM2_USER_PIN=${pin()}\n`);
b.pos("r32f-pin-hcl", "Vault seal pkcs11 pin", `seal "pkcs11" {\n  lib = "/usr/vendor/lib/libCryptoki2_64.so"\n  slot = "0"\n  hsm_pin = "${pin()}"\n  key_label = "vault-hsm-key"\n}\n`);
b.pos("r32f-pin-tool", "pkcs11-tool --pin on a command line", `pkcs11-tool --module /usr/lib/opensc-pkcs11.so --login --pin ${pin()} --list-objects --type privkey\n`);
b.pos("r32f-pin-softhsm-init", "softhsm2-util init with SO and user PINs", JSON.stringify({ messages: [{ role: "assistant", tool_calls: [{ type: "function", function: { name: "shell", arguments: JSON.stringify({ cmd: `softhsm2-util --init-token --free --label ci --so-pin ${pin()} --pin ${pin()}` }) } }] }] }));
b.pos("r32f-pin-json", "JSON signer config so_pin", `{"module": "/opt/hsm/lib/libcs_pkcs11_R3.so", "slot": 1, "so_pin": "${pin()}"}\n`);

bb.ben("r32f-pin-source", "pin-source names a file", `openssl pkeyutl -sign -engine pkcs11 -keyform engine -inkey "pkcs11:token=build;object=k;pin-source=file:/run/secrets/hsm-pin" -in d.bin\n`);
bb.ben("r32f-pin-gha-secret", "PIN from a CI secret", `    env:\n      PKCS11_PIN: \${{ secrets.PKCS11_PIN }}\n`);
bb.ben("r32f-pin-env-ref", "PIN from the environment on the tool", `pkcs11-tool --module "$MODULE" --login --pin "$HSM_PIN" --list-objects\n`);
bb.ben("r32f-pin-placeholder", "placeholder PIN", `seal "pkcs11" {\n  hsm_pin = "<your-hsm-pin>"\n}\n`);
bb.ben("r32f-pin-code", "code reading the PIN", `user_pin = os.environ["USER_PIN"]\nsession.login(user_pin)\n`);
bb.ben("r32f-pin-member", "config member access", `so_pin = config.hsm.so_pin\n`);
bb.ben("r32f-pin-other-tool", "--pin of a package tool", `conda-lock --pin numpy==1.26.4 --file env.yml\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
