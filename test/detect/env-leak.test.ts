import { expect, test } from "bun:test";
import { selectEnvSecrets } from "../../src/detect/env-leak.ts";
import { fake } from "../helpers/fake.ts";

test("secret variables are picked by name and value shape", () => {
  const drawn = fake.npm().slice(4); // a random body, not a provider's shape
  const env = {
    OPENAI_API_KEY: fake.githubPat(),
    DB_PASS: drawn,
    REDISPASS: `${drawn}x`,
    GPG_PASSPHRASE: `${drawn}y`,
    VAULT_PASSCODE: `${drawn}z`,
    // Not secrets: a name that only starts with PASS, paths, flags, numbers, short values.
    TOX_TESTENV_PASSENV: "OPENBLAS_*",
    PASSTHROUGH_VARS: "LANG,LC_ALL,TERM_PROGRAM",
    SSH_AUTH_SOCK: "/tmp/ssh-XXXX/agent.123",
    API_KEY_PATH: "/etc/keys/api.key",
    SESSION_TIMEOUT: "3600",
    AUTH_ENABLED: "true",
    TOKEN: "short",
    PATH: "/usr/bin:/bin",
  };
  expect(selectEnvSecrets(env).map((s) => s.name).sort()).toEqual(["DB_PASS", "GPG_PASSPHRASE", "OPENAI_API_KEY", "REDISPASS", "VAULT_PASSCODE"]);
});
