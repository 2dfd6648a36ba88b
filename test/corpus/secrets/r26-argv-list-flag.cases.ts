// Round twenty-six (held-out Y113's y113-data-032): a secret's flag and its value as two items of an
// argument list: docker compose's `command:` or a pod's `args:` (`- --requirepass` then `- <value>`), an
// exec-form array (`["redis-server", "--requirepass", "<value>"]`). Benign: the value from a variable or
// `$(VAR)`, a path, another flag, a file-taking flag (`--token-file`), a secret's name, a stand-in.
// Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26c306);
const b = builder({ category: "r26-argv-list-flag" });
const bb = builder({ category: "r26-argv-list-flag-benign" });

b.pos("r26l-argv-compose-config", "docker compose config output", JSON.stringify({ messages: [{ role: "user", content: `$ docker compose config\n  redis:\n    command:\n      - redis-server\n      - --requirepass\n      - ${r.alnum(28)}\n    image: redis:7.2-alpine\n` }] }));
b.pos("r26l-argv-exec-array", "exec-form command array", `  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "${r.alnum(24)}"]\n`);
b.pos("r26l-argv-pod-token", "pod args token", `      containers:\n      - name: exporter\n        args:\n        - --token\n        - ${r.alnum(30)}\n`);
b.pos("r26l-argv-quoted-api-key", "quoted YAML items", `        args:\n        - "--api-key"\n        - "${r.alnum(32)}"\n`);
b.pos("r26l-argv-masterauth", "replica masterauth", `    command:\n      - redis-server\n      - --replicaof\n      - redis-primary 6379\n      - --masterauth\n      - ${r.alnum(20)}\n`);
b.pos("r26l-argv-password", "password with symbols in args", `        args: ["--user", "exporter", "--password", "Kt${r.digits(4)}!${r.alnum(8)}"]\n`);

bb.ben("r26l-argv-env-expansion", "pod $(VAR) expansion", `        command:\n        - redis-server\n        - --requirepass\n        - $(REDIS_PASSWORD)\n`);
bb.ben("r26l-argv-path", "token read from a path", `        args:\n        - --token\n        - /var/run/secrets/exporter/token\n`);
bb.ben("r26l-argv-token-file", "file-taking flag", `        args:\n        - --token-file\n        - ${r.alnum(24)}\n`);
bb.ben("r26l-argv-compose-var", "compose interpolation", `    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD}"]\n`);
bb.ben("r26l-argv-next-flag", "flag followed by another flag", `        args:\n        - --password\n        - --verbose\n`);
bb.ben("r26l-argv-secret-name", "a secret's name", `        args: ["--secret", "db-credentials"]\n`);
bb.ben("r26l-argv-standin", "stand-in password", `      - --requirepass\n      - changeme\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
