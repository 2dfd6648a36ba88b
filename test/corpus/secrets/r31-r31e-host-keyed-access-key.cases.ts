// Round thirty-one (Y135): an access key scoped to its server, `host=key` in an access-key slot
// (Develocity / Gradle Enterprise: `DEVELOCITY_ACCESS_KEY=ge.example.com=<key>`, the system property,
// several servers `h1=k1;h2=k2`), in a Dockerfile, CI YAML, gradle.properties or a command line.
// Benign: the same slot holding a reference, a placeholder, an alphabet, or a host alone.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31e004);
const b = builder({ category: "r31e-host-keyed-access-key" });
const bb = builder({ category: "r31e-host-keyed-access-key-benign" });
const key = () => r.str(52, "abcdefghijklmnopqrstuvwxyz234567");

b.pos("r31e-hk-dockerfile", "Dockerfile ARG", `FROM eclipse-temurin:21 AS build\nARG DEVELOCITY_ACCESS_KEY=scans.corp.example=${key()}\nRUN ./gradlew build --scan\n`);
b.pos("r31e-hk-gh-actions", "GitHub Actions env", `    env:\n      GRADLE_ENTERPRISE_ACCESS_KEY: ge.internal.example.org=${key()}\n`);
b.pos("r31e-hk-props", "gradle.properties system property", `org.gradle.caching=true\nsystemProp.develocity.accessKey=develocity.example.net:8443=${key()}\n`);
b.pos("r31e-hk-cli", "gradlew -D on a command line", `./gradlew publish -Dgradle.enterprise.accessKey=ge.example.io=${key()} --no-daemon\n`);
b.pos("r31e-hk-multi", "two servers", `export DEVELOCITY_ACCESS_KEY="ge-a.example.com=${key()};ge-b.example.com=${key()}"\n`);
b.pos("r31e-hk-json", "JSON env map in a tool call", JSON.stringify({ tool: "run", input: { env: { DEVELOCITY_ACCESS_KEY: `gradle.example.dev=${key()}` }, cmd: "./gradlew check" } }));

bb.ben("r31e-hk-secret-ref", "a CI secret reference", `      DEVELOCITY_ACCESS_KEY: scans.corp.example=\${{ secrets.DV_KEY }}\n`);
bb.ben("r31e-hk-placeholder", "placeholder key", `ARG DEVELOCITY_ACCESS_KEY=ge.example.com=<your-access-key>\n`);
bb.ben("r31e-hk-alphabet", "the base32 alphabet as a fake", `DEVELOCITY_ACCESS_KEY=ge.example.com=abcdefghijklmnopqrstuvwxyz234567\n`);
bb.ben("r31e-hk-host-only", "server setting, no key", `develocity.server=https://ge.example.com\ndevelocity.accessKey.file=~/.gradle/develocity/keys.properties\n`);
bb.ben("r31e-hk-var", "shell variable after the host", `export DEVELOCITY_ACCESS_KEY="ge.example.com=$DV_TOKEN"\n`);
bb.ben("r31e-hk-word", "a word after the host", `accessKey=cache.example.com=disabled_for_local_builds\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
