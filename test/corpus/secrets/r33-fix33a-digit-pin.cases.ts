// Round thirty-three (fix33a): a PIN of digits alone in an HSM, PKCS#11 or smart-card slot: an RFC 7512 URI's
// `pin-value=`, a `*_PIN` setting or variable, `user_pin`/`so_pin` in an HSM's config, `--pin`/`--so-pin` of
// the PKCS#11 tools. A number reads as no secret elsewhere; in these slots it is the secret (PINs are 4
// to 16 digits). Benign: GPIO pin numbers, PIN-length settings, placeholders and references, a
// filler of one digit repeated, a `--pin` of an unrelated tool, prose about a SIM PIN without a value.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x33a02);
const b = builder({ category: "r33-fix33a-digit-pin" });
const bb = builder({ category: "r33-fix33a-digit-pin-benign" });
const pin = (n: number) => r.digits(n);

b.pos("r33a-pin-dotenv", "PKCS11 PIN in a .env", `PKCS11_MODULE=/usr/lib/softhsm/libsofthsm2.so\nPKCS11_PIN=${pin(6)}\n`);
b.pos("r33a-pin-uri", "pin-value in a PKCS#11 URI", `cosign sign --key "pkcs11:token=release;slot-id=0;object=cosign?module-path=/usr/lib/libykcs11.so&pin-value=${pin(8)}" ghcr.io/acme/app:1.4\n`);
b.pos("r33a-pin-tool", "pkcs11-tool --pin", `pkcs11-tool --module /usr/lib/opensc-pkcs11.so --login --pin ${pin(6)} --sign --id 02 -m SHA256-RSA-PKCS -i msg.bin\n`);
b.pos("r33a-pin-softhsm", "softhsm2-util init with numeric PINs", `softhsm2-util --init-token --free --label ci-signer --so-pin ${pin(8)} --pin ${pin(6)}\n`);
b.pos("r33a-pin-hsm-ini", "HSM client config with user and SO PINs", `[hsm]\nlibrary = /opt/cloudhsm/lib/libcloudhsm_pkcs11.so\nslot = 1\nuser_pin = ${pin(8)}\nso_pin = ${pin(8)}\n`);
b.pos("r33a-pin-json", "JSON signer config with a numeric token_pin", JSON.stringify({ module: "/usr/lib/libykcs11.so", slot: 0, token_pin: pin(6) }));
b.pos("r33a-pin-yubico", "yubico-piv-tool --pin=", `yubico-piv-tool -a verify-pin --pin=${pin(6)} -a sign -s 9c -i digest.bin -o sig.bin\n`);

bb.ben("r33a-pin-gpio-yaml", "GPIO pin numbers in an ESPHome config", `binary_sensor:\n  - platform: gpio\n    pin: 13\n    name: door\noutput:\n  - platform: gpio\n    pin: 4\n`);
bb.ben("r33a-pin-arduino", "pinMode in an Arduino sketch", `const int LED_PIN = 13;\nvoid setup() {\n  pinMode(LED_PIN, OUTPUT);\n  pinMode(4, INPUT_PULLUP);\n}\n`);
bb.ben("r33a-pin-length", "PIN length settings of an HSM", `[token]\nmin_pin_len = 4\nmax_pin_len = 255\nuser_pin_retries = 3\n`);
bb.ben("r33a-pin-placeholder", "placeholders for the PIN in docs", `Set PKCS11_PIN=<PIN> in your shell, or run:\n  pkcs11-tool --login --pin \${PIN} --list-objects\n`);
bb.ben("r33a-pin-filler", "a filler PIN of one digit repeated in a template", `[hsm]\nuser_pin = 0000\nso_pin = 00000000\n`);
bb.ben("r33a-pin-sim-prose", "prose about a SIM PIN without a value", `If your phone asks for the SIM PIN after a restart, enter the 4-digit PIN from the card your carrier sent; after 3 wrong tries you need the PUK.\n`);
bb.ben("r33a-pin-other-tool", "a --pin of a package tool", `uv pip compile requirements.in --pin 2 -o requirements.txt\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
