// Round thirty-three (fix33h, Y143 y143-l-121): an environment lookup's literal fallback holding a
// generated password of letters with one or two symbols that base64 and URLs use too (`~`, `-`, `+`;
// a dot between two words reads as a member path, left out). Such a value passed the base64-character
// test, so the lookup judged it as an opaque token, which a letters-only draw of 16 or so is too short
// for; symbols outside that set were already judged as a password's. Ruby's ENV.fetch (call and
// block), Python's os.getenv, JS `??`, Rust's unwrap_or, Java's getOrDefault. Benign: placeholders, dev-local words, empty strings, dotted names.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x33f803);
const b = builder({ category: "r33-fix33h-env-default-symbol-password" });
const bb = builder({ category: "r33-fix33h-env-default-symbol-password-benign" });
/** Letters drawn at random (case flipping throughout), a base64/URL symbol inside. */
const draw = (sym: string) => {
  const half = () => Array.from({ length: 5 }, () => r.str(1, UPPER) + r.str(1, LOWER)).join("");
  return half() + sym + half().slice(1);
};

b.pos("r33h-envpw-ruby-fetch", "Ruby ENV.fetch with a fallback, tilde inside",
  `WAREHOUSE_PASSWORD = ENV.fetch("WAREHOUSE_PASSWORD", '${draw("~")}')\n`);
b.pos("r33h-envpw-python-getenv", "Python os.getenv fallback, dash inside",
  `db_password = os.getenv("ANALYTICS_DB_PASSWORD", "${draw("-")}")\n`);
b.pos("r33h-envpw-js-nullish", "Node process.env with ??, dash inside",
  `const password = process.env.REPORTING_PASSWORD ?? '${draw("-")}';\n`);
b.pos("r33h-envpw-rust-unwrap", "Rust env::var unwrap_or, plus inside",
  `let password = env::var("QUEUE_PASSWORD").unwrap_or("${draw("+")}".to_string());\n`);
b.pos("r33h-envpw-java-default", "Java getOrDefault, tilde inside",
  `String pw = System.getenv().getOrDefault("LEDGER_DB_PASSWORD", "${draw("~")}");\n`);
b.pos("r33h-envpw-ruby-block", "Ruby ENV.fetch with a block fallback",
  `config.password = ENV.fetch("SEARCH_CLUSTER_PASSWORD") { "${draw("~")}" }\n`);

bb.ben("r33h-envpw-placeholder", "a placeholder fallback",
  `WAREHOUSE_PASSWORD = ENV.fetch("WAREHOUSE_PASSWORD", 'change~me~before~deploy')\n`);
bb.ben("r33h-envpw-devlocal", "a dev-local word",
  `db_password = os.getenv("ANALYTICS_DB_PASSWORD", "postgres")\n`);
bb.ben("r33h-envpw-empty", "an empty fallback",
  `const password = process.env.REPORTING_PASSWORD ?? '';\n`);
bb.ben("r33h-envpw-dotted-words", "a dotted name, not a password draw",
  `let password = env::var("QUEUE_PASSWORD").unwrap_or("Service.Account.Default".to_string());\n`);
bb.ben("r33h-envpw-host", "a host under a host variable",
  `HOST = ENV.fetch("WAREHOUSE_HOST", 'db-primary.eu-west-1.internal')\n`);
bb.ben("r33h-envpw-path", "a home path fallback",
  `key_path = os.getenv("DEPLOY_KEY_PATH", "~/.ssh/deploy_ed25519")\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
