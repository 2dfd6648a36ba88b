// Round twenty-seven (the final set Y119's y119-h-043, fixed after it was measured): cloud-init's
// chpasswd module sets login passwords in plain text — a `users:` entry's `password:` (type text,
// the default) or a `list:` line's `user:password` — whatever characters the password holds.
// Benign: hashed entries (`type: hash`, `$6$…`), RANDOM, placeholders, the module without passwords.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x27a007);
const b = builder({ category: "r27-cloud-init-chpasswd" });
const bb = builder({ category: "r27-cloud-init-chpasswd-benign" });
const letters = (n: number) => r.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

b.pos("r27m-ci-users-letters", "users entry, letters-only password", `#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ubuntu\n      password: ${letters(16)}\n      type: text\nssh_pwauth: true\n`);
b.pos("r27m-ci-users-default", "users entry without type (text is the default)", `#cloud-config\nchpasswd:\n  users:\n    - name: admin\n      password: ${r.alnum(12)}\n`);
b.pos("r27m-ci-list", "older list form", `#cloud-config\nchpasswd:\n  list: |\n    root:${r.alnum(14)}\n    ubuntu:RANDOM\n  expire: false\n`);
b.pos("r27m-ci-json", "user_data inside a VM create request (JSON-escaped)", JSON.stringify({ name: "runner-3", user_data: `#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - {name: ubuntu, type: text, password: placeholder}\n    - name: ci\n      password: ${letters(10)}${r.digits(4)}\n` }));
b.pos("r27m-ci-quoted", "quoted password", `chpasswd:\n  users:\n  - name: ops\n    password: "${letters(8)}-${letters(8)}"\n    type: text\n`);
b.pos("r27m-ci-terraform", "cloud-init in a Terraform heredoc", `resource "hcloud_server" "build" {\n  user_data = <<-EOT\n    #cloud-config\n    chpasswd:\n      expire: false\n      users:\n        - name: root\n          password: ${r.alnum(18)}\n  EOT\n}\n`);

bb.ben("r27m-ci-hash-type", "hashed password entry", `#cloud-config\nchpasswd:\n  users:\n    - name: ubuntu\n      password: $6$rounds=4096$${r.alnum(16)}$${r.alnum(43)}\n      type: hash\n`);
bb.ben("r27m-ci-random", "RANDOM passwords", `#cloud-config\nchpasswd:\n  expire: true\n  users:\n    - name: ubuntu\n      type: RANDOM\n  list: |\n    root:RANDOM\n`);
bb.ben("r27m-ci-placeholder", "documentation placeholder", `chpasswd:\n  users:\n    - name: ubuntu\n      password: <your-password>\n`);
bb.ben("r27m-ci-expire-only", "module without passwords", `#cloud-config\nchpasswd:\n  expire: false\nssh_pwauth: false\npackages:\n  - nginx\n`);
bb.ben("r27m-ci-list-hash", "list of crypt hashes", `chpasswd:\n  list: |\n    root:$y$j9T$${r.alnum(22)}$${r.alnum(43)}\n`);
bb.ben("r27m-ci-prose", "prose about the module", `The chpasswd: module can set passwords, but prefer ssh keys; set ssh_pwauth: false and lock_passwd: true on every image.\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
