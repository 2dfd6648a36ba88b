// Round thirty-one (Y135): Code Climate's test reporter id (64 hex), named an id but the credential
// a CI job uploads coverage with: in an env list, CI YAML, a JSON env map, or given to
// `cc-test-reporter --id` / `-r`. Benign: references to the CI's secret, zeros, a checksum line for the
// reporter binary, and the reporter's other flags.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31e005);
const b = builder({ category: "r31e-coverage-reporter-id" });
const bb = builder({ category: "r31e-coverage-reporter-id-benign" });

b.pos("r31e-cc-goreleaser", "goreleaser env list", `env:\n  - CGO_ENABLED=0\n  - CC_TEST_REPORTER_ID=${r.hex(64)}\n`);
b.pos("r31e-cc-travis", "Travis env global", `env:\n  global:\n    - CC_TEST_REPORTER_ID=${r.hex(64)}\n`);
b.pos("r31e-cc-gha", "GitHub Actions env map", `      - uses: paambaati/codeclimate-action@v9\n        env:\n          CC_TEST_REPORTER_ID: ${r.hex(64)}\n`);
b.pos("r31e-cc-after", "after-build with --id", `./cc-test-reporter after-build --exit-code $? --id ${r.hex(64)}\n`);
b.pos("r31e-cc-upload", "upload-coverage with -r", `./cc-test-reporter upload-coverage -i coverage/codeclimate.json -r ${r.hex(64)}\n`);
b.pos("r31e-cc-json", "JSON env in a tool call", JSON.stringify({ name: "shell", input: { env: { CC_TEST_REPORTER_ID: r.hex(64) }, command: "make coverage" } }));

bb.ben("r31e-cc-secret", "reference to the CI secret", `        env:\n          CC_TEST_REPORTER_ID: \${{ secrets.CC_TEST_REPORTER_ID }}\n`);
bb.ben("r31e-cc-zeros", "zeros as a stand-in", `CC_TEST_REPORTER_ID=0000000000000000000000000000000000000000000000000000000000000000\n`);
bb.ben("r31e-cc-checksum", "the reporter binary's checksum", `echo "${r.hex(64)}  cc-test-reporter" | sha256sum -c -\n`);
bb.ben("r31e-cc-format", "format-coverage flags", `./cc-test-reporter format-coverage -t lcov -o coverage/codeclimate.json coverage/lcov.info\n`);
bb.ben("r31e-cc-envvar", "the id from a variable", `./cc-test-reporter after-build --id "$CC_TEST_REPORTER_ID"\n`);
bb.ben("r31e-cc-commit", "a commit sha beside the reporter", `GIT_COMMIT_SHA=${r.hex(40)} ./cc-test-reporter before-build\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
