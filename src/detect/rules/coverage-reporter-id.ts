// Code Climate's test reporter id: named an id, but the credential that lets a CI job upload coverage
// for the repository (its docs ask to keep it in the CI's secrets). 64 hex, given as the
// `CC_TEST_REPORTER_ID` variable (env file, CI YAML, JSON) or to `cc-test-reporter … --id|-r`.
// An id's name keeps the generic rules away from it, so it has its own reading.
import { defineRule } from "./define.ts";
import { randomHex } from "../entropy.ts";
import type { Rule } from "./types.ts";

const PATTERN = /(?:test[_-]?reporter[_-]?id\\{0,3}["']?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}|cc-test-reporter[^\r\n|;&]{0,200}?[ \t](?:--id|-r)(?:[ \t]{1,4}|=))\\{0,3}["']?([0-9a-fA-F]{64})(?![0-9A-Za-z])/i;

export const COVERAGE_REPORTER_ID_RULES: Rule[] = [
  defineRule({ id: "coverage-reporter-id", anchored: true, description: "Code Climate test reporter id (coverage upload credential)",
    keywords: ["test_reporter_id", "test-reporter-id", "testreporterid", "cc-test-reporter"],
    pattern: PATTERN, secretGroup: 1, validate: (s) => randomHex(s), placeholder: "strict", entropy: 3.0, severity: "high", confidence: "medium", tags: ["generic"], before: 8, after: 400 }),
];
