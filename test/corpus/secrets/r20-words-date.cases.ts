// Round twenty: a token, key or secret slot whose value is words and a date in one case
// (`productionreleasecandidatebuild20250117`, `NIGHTLYSTAGINGDEPLOY2024Q4`): no random draw, so no
// machine-made credential. Positives beside them: the same words under a password slot (a person
// may choose words), and random draws of letters and digits in one case under token slots.
import { builder, Rng, DIGITS, LOWER } from "./_gen.ts";

const r = new Rng(0x20da7e);
const b = builder({ category: "r20-words-date", expect: "secrets" });
const bb = builder({ category: "r20-words-date-benign" });

const lowerDigits = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while (!/\d/.test(v) || !/[a-z]/.test(v)) v = r.str(n, LOWER + DIGITS);
  return v;
};

bb.ben("r20-wd-yaml-auth-token", "YAML auth_token: words and a date", `ci:\n  auth_token: "productionreleasecandidatebuild20250117"\n`);
bb.ben("r20-wd-env-api-key", "dotenv API_KEY: upper-case words and a quarter", `API_KEY=NIGHTLYSTAGINGDEPLOYMENT2024Q4\nREGION=us-east-1\n`);
bb.ben("r20-wd-json-secret", "JSON client_secret: words then a build number", `{"client_secret": "integrationtestingsandboxtenant000042"}\n`);
bb.ben("r20-wd-toml-token", "TOML token: words and a date with a word after", `[deploy]\ntoken = "canaryrollout20241130weekend"\n`);
bb.ben("r20-wd-py-key", "Python signing_key: words and a year", `signing_key = "internalreleasepipelinekey2026"\n`);
b.pos("r20-wd-yaml-password", "YAML db password: words and a year a person chose", `database:\n  password: "correcthorsebatterystaple2024"\n`);
b.pos("r20-wd-env-pwd", "dotenv ADMIN_PWD: words and digits", `ADMIN_PWD=bluemountainriverside8841\n`);
b.pos("r20-wd-yaml-token-random", "YAML auth_token: a random draw of lower case and digits", `ci:\n  auth_token: "${lowerDigits(40)}"\n`);
b.pos("r20-wd-env-key-random", "dotenv API_KEY: random lower case and digits", `API_KEY=${lowerDigits(32)}\n`);
b.pos("r20-wd-json-secret-random", "JSON client_secret: random lower case and digits", `{"client_secret": "${lowerDigits(36)}"}\n`);
export const cases = [...b.cases, ...bb.cases];
