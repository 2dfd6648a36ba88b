// Round thirty-six (fix36c): a secret manager's key share given to its operator command on the command line: Vault's and
// OpenBao's `operator unseal KEY` (in a loop over pods, through `kubectl exec`, with `-migrate`), `operator generate-root`
// and `operator rekey` with a nonce before the share, a share echoed into the command. Shares are base64 or hex, as
// `operator init` prints them. Benign: the same commands prompting, reading a variable, resetting, or given a nonce alone.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x36c006);
const b = builder({ category: "r36-fix36c-unseal-key-share" });
const bb = builder({ category: "r36-fix36c-unseal-key-share-benign" });
const shareB64 = () => r.b64bytes(33);
const shareHex = () => Buffer.from(r.bytes(33)).toString("hex");

b.pos("fix36c-unseal-kubectl-loop", "unseal over pods through kubectl exec",
  `for pod in vault-0 vault-1 vault-2; do kubectl exec -n vault $pod -- vault operator unseal ${shareB64()}; done\n`);
b.pos("fix36c-unseal-plain", "a runbook's unseal commands, three shares",
  `vault operator unseal ${shareB64()}\nvault operator unseal ${shareB64()}\nvault operator unseal ${shareB64()}\n`);
b.pos("fix36c-unseal-bao-migrate", "OpenBao unseal with -migrate",
  `$ bao operator unseal -migrate ${shareB64()}\nKey                Value\n---                -----\nSeal Type          shamir\n`);
b.pos("fix36c-unseal-hex-share", "a hex share with the address flag first",
  `VAULT_ADDR=https://vault.internal:8200 vault operator unseal -address=https://vault-2.internal:8200 ${shareHex()}\n`);
b.pos("fix36c-generate-root-recovery", "generate-root with the nonce, then a recovery key share (German comment)",
  `# Wiederherstellungsschlüssel 2 von 3\nvault operator generate-root -nonce=${r.uuid()} ${shareB64()}\n`);
b.pos("fix36c-rekey-share", "rekey with a nonce and the share",
  `vault operator rekey -target=recovery -nonce=${r.uuid()} ${shareB64()}\n`);
b.pos("fix36c-unseal-echoed", "a share echoed into docker exec vault operator unseal",
  `echo '${shareB64()}' | docker exec -i vault vault operator unseal -\n`);

bb.ben("fix36c-unseal-prompt", "unseal without a key: it prompts",
  `vault operator unseal\nUnseal Key (will be hidden):\n`);
bb.ben("fix36c-unseal-variable", "unseal from variables",
  `vault operator unseal "$VAULT_UNSEAL_KEY_1"\nvault operator unseal \${UNSEAL_KEYS[1]}\n`);
bb.ben("fix36c-unseal-reset", "unseal -reset and status",
  `vault operator unseal -reset\nvault status -format=json | jq .sealed\n`);
bb.ben("fix36c-generate-root-init", "generate-root -init with a generated OTP step and no share",
  `vault operator generate-root -generate-otp\nvault operator generate-root -init -otp="$OTP"\nvault operator generate-root -status\n`);
bb.ben("fix36c-unseal-docs-placeholder", "docs: the command with a placeholder (French)",
  `Pour desceller chaque nœud : \`vault operator unseal <clé-de-descellement>\` puis vérifiez avec \`vault status\`.\n`);
bb.ben("fix36c-rekey-nonce-only", "rekey status and cancel with a nonce",
  `vault operator rekey -status\nvault operator rekey -cancel\nvault operator rekey -nonce=${r.uuid()} -verify\n`);
bb.ben("fix36c-unseal-api-docs", "a Python client reading the shares from a file",
  `client.sys.submit_unseal_keys(keys=open("/run/secrets/unseal-keys").read().split())\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
