// Round thirty-eight (fix38c): a shell transcript that READS a secret's file whole and shows it: `cat ~/.vault_pass.txt`,
// `cat /run/secrets/<name>`, `cat secrets/db_password`, `cat ~/.config/<tool>/token`, PowerShell's `Get-Content`,
// an agent's tool call with the output in a field. The command names the secret; the next line is it. Benign: the
// same commands printing an error, a placeholder, a path, a variable, a digest (`sha256sum`, `| sha256sum`), a public
// key, or a file whose name only contains a secret word (a tokenizer's type).
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x38c003);
const b = builder({ category: "r38-fix38c-secret-file-read" });
const bb = builder({ category: "r38-fix38c-secret-file-read-benign" });
const drawn = (n = 32) => r.str(n, ALNUM);

b.pos("fix38c-read-vault-pass", "cat ~/.ansible/vault_password then ansible-vault using it",
  `$ cat ~/.ansible/vault_password\n${drawn(28)}\n$ ansible-vault view group_vars/prod/vault.yml --vault-password-file ~/.ansible/vault_password\n`);
b.pos("fix38c-read-run-secrets-dir", "docker exec: cat /run/secrets/postgres (the directory names it a secret)",
  `root@api-7f9c:/app# cat /run/secrets/postgres\n${r.str(12, ALNUM)}${r.digits(3)}${r.str(9, ALNUM)}\nroot@api-7f9c:/app# exit\n`);
b.pos("fix38c-read-config-token", "cat ~/.config/deploy-cli/token (bare token file)",
  `dev@laptop ~ % cat ~/.config/deploy-cli/token\ndpl_${drawn(40)}\ndev@laptop ~ %\n`);
b.pos("fix38c-read-powershell", "PowerShell: Get-Content .\\secrets\\api_token.txt",
  `PS C:\\src\\billing> Get-Content .\\secrets\\api_token.txt\n${drawn(36)}\nPS C:\\src\\billing>\n`);
b.pos("fix38c-read-tool-json", "agent tool call JSON: cat of a password file, its output field",
  `{"tool":"bash","input":{"command":"cat secrets/redis_password"},"result":{"exit_code":0,"stdout":"${r.str(10, ALNUM)}${r.digits(2)}${r.str(10, ALNUM)}\\n"}}\n`);
b.pos("fix38c-read-passphrase-punct", "cat ~/.ssh/passphrase.txt: a generated passphrase with punctuation (Spanish comment)",
  `# comprobar la frase de paso\n$ cat ~/.ssh/passphrase.txt\n${r.str(8, ALNUM)}#${r.str(7, ALNUM)}%${r.digits(3)}\n`);
b.pos("fix38c-read-hex-secret", "cat secrets/session_secret: 64 hex",
  `$ cat secrets/session_secret\n${r.str(64, HEX)}\n`);

bb.ben("fix38c-read-missing", "cat of a vault password file that does not exist",
  `$ cat ~/.vault_pass.txt\ncat: /home/deploy/.vault_pass.txt: No such file or directory\n$ ls -la ~ | grep vault\n`);
bb.ben("fix38c-read-placeholder", "cat of a secrets file holding the template's placeholder",
  `$ cat secrets/db_password\nchangeme\n$ cat secrets/api_token\nyour-api-token-here\n`);
bb.ben("fix38c-read-digest-pipe", "the secret file's digest: cat … | sha256sum, and sha256sum file",
  `$ cat secrets/db_password | sha256sum\n${r.str(64, HEX)}  -\n$ sha256sum secrets/db_password\n${r.str(64, HEX)}  secrets/db_password\n`);
bb.ben("fix38c-read-token-path", "cat of a file that holds a PATH to the token (Kubernetes service account)",
  `$ cat /etc/agent/token_path\n/var/run/secrets/kubernetes.io/serviceaccount/token\n`);
bb.ben("fix38c-read-public-key", "cat of a public key file",
  `$ cat ~/.ssh/deploy_key.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(43, ALNUM)} deploy@ci\n`);
bb.ben("fix38c-read-version", "cat VERSION and cat .nvmrc (no secret named)",
  `$ cat VERSION\n4.12.18+8a63162\n$ cat .nvmrc\nv20.11.1\n$ cat BUILD_ID\n${drawn(24)}\n`);
bb.ben("fix38c-read-tokenizer-type", "cat of a tokenizer's type file (German comment)",
  `# Tokenizer prüfen\n$ cat model/tokenizer_class.txt\nPreTrainedTokenizerFast\n`);
bb.ben("fix38c-read-variable", "cat of a templated secrets file: it holds a reference",
  `$ cat deploy/secrets/db_password.tpl\n\${DB_PASSWORD}\n$ cat deploy/secrets/api_key\n{{ .Values.apiKey }}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
