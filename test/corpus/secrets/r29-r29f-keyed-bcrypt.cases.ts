// Round twenty-nine (held-out Y127's y127-g-029): an API key issued in bcrypt's shape (CurseForge's
// `$2a$10$…`) under an API key's name, which the stored-hash excuse read as a password hash.
// Benign: bcrypt hashes under a password's or a hash's name, htpasswd lines, seed data, a `$VAR` reference. Values drawn at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29f003);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29f-${id}`, kind: "secrets", category, label, text, note });
const pos = add("positive", "r29-keyed-bcrypt");
const ben = add("benign", "r29-keyed-bcrypt-benign");

const B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const bcrypt = () => ["$2", r.pick(["a", "b", "y"]), "$", r.pick(["10", "12"]), "$"].join("") + r.str(53, B64);

pos("kb-gradle-props", "gradle.properties API key", `org.gradle.jvmargs=-Xmx2g\ncurseforge_api_key=${bcrypt()}\n`);
pos("kb-env-quoted", "dotenv, double-quoted", `CF_API_KEY="${bcrypt()}"\nMODPACK_ID=${r.digits(6)}\n`);
pos("kb-json", "launcher settings JSON", JSON.stringify({ curseforge: { apiKey: bcrypt() }, javaPath: "/usr/bin/java" }));
pos("kb-yaml", "YAML config", `mods:\n  source: curseforge\n  api_key: '${bcrypt()}'\n`);
pos("kb-docker", "docker-compose environment", `services:\n  mc:\n    image: itzg/minecraft-server\n    environment:\n      CF_API_KEY: "${bcrypt()}"\n`);
pos("kb-toml", "TOML access key", `[provider]\naccess_key = "${bcrypt()}"\n`);

ben("kb-password-hash", "a bcrypt password hash in seed data", `INSERT INTO users (email, password_hash) VALUES ('a@example.com', '${bcrypt()}');`);
ben("kb-htpasswd", "htpasswd line", `admin:${bcrypt()}\n`);
ben("kb-hashed-key", "a hashed API key at rest", `{"id": ${r.digits(5)}, "hashed_api_key": "${bcrypt()}"}`);
ben("kb-password-yaml", "bcrypt under a password's name", `users:\n  - name: admin\n    password: "${bcrypt()}"\n`);
ben("kb-env-ref", "a variable reference under a key name", `CF_API_KEY=$CURSEFORGE_KEY\n`);
ben("kb-key-hash", "the key's verification hash", `api_key_verifier: "${bcrypt()}"`);

export { cases };
