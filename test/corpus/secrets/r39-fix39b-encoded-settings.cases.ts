// Round thirty-nine (fix39b): prose names a secret and states its value as an encoding (base64, hex) of readable
// settings: an env file's name=value lines, a JSON or YAML config. When no line holds a credential (no secret's name
// over a real value, no opaque value) the value is that content, not a drawn secret. Positives: the same statements
// when the content holds an API key or a filled-in password, base64 of a bare drawn password, of a PEM key.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, UPPER, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x39b002);
const b = builder({ category: "r39-fix39b-encoded-settings" });
const bb = builder({ category: "r39-fix39b-encoded-settings-benign" });
const b64 = (s: string) => Buffer.from(s).toString("base64");
const hex = (s: string) => Buffer.from(s).toString("hex");
const drawn = () => r.str(3, UPPER) + r.str(3, DIGITS) + r.str(4, LOWER) + "#" + r.str(6, ALNUM) + "!";

b.pos("fix39b-es-env-with-key", "the CI secret is base64 of an env file that holds a Stripe-style secret key",
  `The CI secret ENV_FILE is base64 of our env:\n\n${b64(`FEATURE_FLAGS=new_checkout\nSTRIPE_SECRET_KEY=sk_live_${r.alnum(24)}\n`)}\n`);
b.pos("fix39b-es-env-with-password", "base64 env whose DB_PASSWORD is filled in with a drawn password",
  `The CI secret ENV_FILE is base64 of our env:\n\n${b64(`LOG_LEVEL=info\nDB_PASSWORD=${drawn()}\n`)}\n`);
b.pos("fix39b-es-bare-password", "the deploy password stated as base64 of a bare drawn password",
  `The deploy password is base64 of what we use: ${b64(drawn())}\n`);
b.pos("fix39b-es-pem", "the secret key is the base64 of a PEM private key",
  `The secret key is the base64 below:\n\n${b64(`-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${r.str(40, ALNUM)}\n-----END PRIVATE KEY-----\n`)}\n`);
b.pos("fix39b-es-json-token", "the token is hex of a JSON config holding an opaque api token",
  `Our token for the runner config is hex: ${hex(`{"region":"eu-west-1","api_token":"${r.alnum(32)}"}`)}\n`);
b.pos("fix39b-es-fr-env-secret", "French: le secret CI est le base64 de notre .env, which holds a JWT secret",
  `Le secret CI ENV_FILE est le base64 de notre .env :\n\n${b64(`APP_ENV=prod\nJWT_SECRET=${r.alnum(40)}\n`)}\n`);
b.pos("fix39b-es-yaml-password", "the secret APP_CONFIG is base64 of YAML whose password is set",
  `The secret APP_CONFIG is: ${b64(`db:\n  host: db.internal\n  password: ${drawn()}\n`)}\n`);

bb.ben("fix39b-es-ben-flags", "the CI secret is base64 of feature flags only (the blind shape, other flags)",
  `Bump the runner image too.\nThe CI secret ENV_FILE is base64 of our env:\n\n${b64("FEATURE_FLAGS=fast_refunds,holiday_banner\nLOG_LEVEL=info\n")}\n`);
bb.ben("fix39b-es-ben-export-lines", "base64 of export lines with a region, a port and an empty token",
  `The secret SETTINGS is base64 of:\n\n${b64("export AWS_REGION=eu-west-1\nexport PORT=8080\nexport API_TOKEN=\n")}\n`);
bb.ben("fix39b-es-ben-json-hex", "the token for the runner config is hex of a JSON without credentials",
  `Our token for the runner config is hex: ${hex('{"region":"eu-west-1","replicas":3,"debug":false}')}\n`);
bb.ben("fix39b-es-ben-yaml", "the secret APP_CONFIG is base64 of YAML settings with an empty password",
  `The secret APP_CONFIG is: ${b64("app:\n  name: shop\n  debug: false\n  password: \n")}\n`);
bb.ben("fix39b-es-ben-de", "German: das CI-Secret ist base64 unserer .env, which sets a placeholder password",
  `Das CI-Secret ENV_DATEI ist base64 unserer .env:\n\n${b64("APP_ENV=staging\nDB_PASSWORD=changeme\nTIMEZONE=Europe/Berlin\n")}\n`);
bb.ben("fix39b-es-ben-es", "Spanish: el secreto de CI es el base64 del env, only names and hosts",
  `El secreto CI ENV_FILE es el base64 de nuestro env:\n\n${b64("# entorno de pruebas\nDB_HOST=db.staging.internal\nCACHE_TTL=300\nFEATURES=pagos,envios\n")}\n`);
bb.ben("fix39b-es-ben-secret-ref", "the secret's value is base64 of env lines whose secrets are references",
  `The secret ENV_FILE is base64 of our env:\n\n${b64("DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=<your-api-key>\nREGION=us-east-1\n")}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
