// Round five (the secrets classes held-out set G exposed), written for this project corpus with
// other providers, languages and carriers than G's cases. Misses: a split token whose prefix is
// all letters but spelled in capitals by its pattern (AKIA, AIza, LTAI); literals chained by a
// builder (`.append("…")`, `.concat("…", "…")`); variables expanded side by side (`$A$B`,
// `${a}${b}`); lists of character codes turned into a string outside JavaScript (Python `chr`,
// `bytes([…])`, Java/C# `char[]`, Go `[]byte{…}`, PHP `chr().chr()`); a seed phrase in a Markdown
// table or bullet list. False positive: a command as the value (`$password = Read-Host …`).
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, UPPER, mnemonic, mnemonicInvalid } from "./_gen.ts";

const r = new Rng(0x5ec5f05);
const caps = builder({ category: "r5-capital-prefix-split", expect: "secrets" });
const chain = builder({ category: "r5-builder-chains", expect: "secrets" });
const vars = builder({ category: "r5-variable-expansions", expect: "secrets" });
const codes = builder({ category: "r5-char-code-lists", expect: "secrets" });
const seeds = builder({ category: "r5-seed-tables", expect: "secrets" });
const cmd = builder({ category: "r5-command-values", expect: "secrets" });

const awsId = () => ["AK", "IA"].join("") + r.str(16, UPPER + "234567");
const googleKey = () => ["AI", "za"].join("") + r.str(35, ALNUM + "_-");
const alibabaId = () => ["LT", "AI"].join("") + r.str(20, ALNUM);
const ghp = () => ["gh", "p_"].join("") + r.str(36, ALNUM);
const glpat = () => ["gl", "pat-"].join("") + r.str(20, ALNUM + "_-");
const npmTok = () => ["np", "m_"].join("") + r.str(36, ALNUM);
const xoxb = () => ["xo", "xb-"].join("") + r.str(12, DIGITS) + "-" + r.str(13, DIGITS) + "-" + r.str(24, ALNUM);
const hfTok = () => ["h", "f_"].join("") + r.str(34, ALNUM);
const codesOf = (s: string, hex = false) => [...s].map((c) => (hex ? "0x" + c.charCodeAt(0).toString(16) : String(c.charCodeAt(0)))).join(", ");
const cut = (s: string, at: number): [string, string] => [s.slice(0, at), s.slice(at)];

// ── a split token whose all-letter prefix the pattern spells in capitals ──
{
  const [a, b] = cut(awsId(), 4);
  caps.pos("r5-aws-json-array", "AWS key id as a two-element JSON array", `{"access_key_parts": ["${a}", "${b}"], "region": "eu-west-1"}`);
  const [c, d] = cut(googleKey(), 9);
  caps.pos("r5-google-python-concat", "Google API key glued with + in Python", `MAPS_KEY = "${c}" + \\\n    "${d}"\n`);
  const [e, f] = cut(alibabaId(), 7);
  caps.pos("r5-alibaba-yaml-parts", "Alibaba id split over numbered header lines", `part 1/2: ${e}\npart 2/2: ${f}\n`);
  const [g, h] = cut(awsId(), 11);
  caps.pos("r5-aws-ruby-concat", "AWS key id split in Ruby", `Aws.config[:access_key_id] = '${g}' + '${h}'\n`);
  caps.ben("r5-prefix-docs", "documentation listing key prefixes", `Key ids start with "AKIA" (long-term) or "ASIA" (temporary); Google keys start with "AIza".`);
  caps.ben("r5-prefix-table-json", "a prefix lookup table", `{"prefixes": ["AKIA", "ASIA", "ABIA", "ACCA"], "kind": "aws"}`);
  caps.ben("r5-caps-words-concat", "capitalised words glued in a message", `msg = "AKIA" + " keys must be rotated every 90 days"`);
}

// ── literals chained by a builder ──
{
  const [a, b] = cut(glpat(), 12);
  chain.pos("r5-java-append", "GitLab token built with StringBuilder.append", `String token = new StringBuilder()\n    .append("${a}")\n    .append("${b}")\n    .toString();`);
  const [c, d] = cut(npmTok(), 15);
  chain.pos("r5-csharp-append", "npm token via C# StringBuilder", `var sb = new StringBuilder(); sb.Append("${c}").Append("${d}"); var npmToken = sb.ToString();`);
  const t = npmTok();
  chain.pos("r5-js-concat-args", "npm token via String.prototype.concat with two arguments", `const npmrc = "${t.slice(0, 10)}".concat("${t.slice(10, 24)}", "${t.slice(24)}");`);
  chain.ben("r5-append-greeting", "ordinary StringBuilder use", `String greeting = new StringBuilder().append("Hello, ").append(name).append("!").toString();`);
  chain.ben("r5-concat-path", "path pieces joined with concat", `const p = "/var/lib/".concat("app/", "cache/index.db");`);
  chain.ben("r5-append-sql", "SQL built with append", `sql.append("SELECT id, name ").append("FROM users ").append("WHERE active = 1");`);
}

// ── variables expanded side by side ──
{
  const [a, b] = cut(ghp(), 16);
  vars.pos("r5-bash-clone-url", "GitHub token from two shell variables in a clone URL", `T1=${a}\nT2=${b}\ngit clone "https://x-access-token:\${T1}\${T2}@github.com/acme/infra.git"\n`);
  const [c, d] = cut(xoxb(), 20);
  vars.pos("r5-js-template", "Slack token from two constants in a template literal", `const p = '${c}';\nconst q = '${d}';\nawait fetch(api, { headers: { Authorization: \`Bearer \${p}\${q}\` } });`);
  const [e, f] = cut(npmTok(), 9);
  vars.pos("r5-php-interpolation", "npm token from two PHP variables", `<?php\n$left = "${e}";\n$right = "${f}";\n$auth = "//registry.npmjs.org/:_authToken=$left$right";\n`);
  vars.ben("r5-host-port", "host and port joined", `HOST=db.internal\nPORT=5432\necho "connecting to $HOST:$PORT"; URL="$SCHEME$HOST"`);
  vars.ben("r5-template-url", "URL parts in a template literal", "const base = 'https://api.example.com';\nconst path = '/v2/items';\nconst url = `${base}${path}`;");
  vars.ben("r5-env-refs", "variables that hold references, not literals", `A=$(vault read -field=a secret/ci)\nB=$(vault read -field=b secret/ci)\nexport TOKEN="$A$B"\n`);
}

// ── character codes turned into a string ──
{
  codes.pos("r5-python-chr-map", "GitHub token from map(chr, …) in Python", `secret = "".join(map(chr, [${codesOf(ghp())}]))\nrequests.get(url, headers={"Authorization": "token " + secret})`);
  codes.pos("r5-python-bytes", "GitLab token from bytes([...]).decode()", `tok = bytes([${codesOf(glpat())}]).decode("ascii")`);
  codes.pos("r5-java-char-array", "npm token from a Java char array of codes", `String t = new String(new char[]{${codesOf(npmTok())}});`);
  codes.pos("r5-go-byte-slice-hex", "Hugging Face token from a Go byte slice in hex", `token := string([]byte{${codesOf(hfTok(), true)}})`);
  codes.pos("r5-php-chr-chain", "Slack token from PHP chr() calls", `$t = ${[...xoxb()].map((c) => `chr(${c.charCodeAt(0)})`).join(".")};`);
  codes.ben("r5-byte-table", "a lookup table of small numbers", `static final byte[] CRC_LOW = new byte[] {0, 7, 14, 9, 28, 27, 18, 21, 56, 63, 54, 49, 36, 35, 42, 45};`);
  codes.ben("r5-bytes-hello", "a greeting written as codes", `print(bytes([${codesOf("Hello from the build robot!")}]).decode())`);
  codes.ben("r5-chr-ascii-art", "chr() used for a border", `line = chr(43) + chr(45) * 40 + chr(43)`);
}

// ── seed phrases in tables and lists ──
{
  const rows = (words: string[]) => words.map((w, i) => `| ${i + 1} | ${w} |`).join("\n");
  seeds.pos("r5-seed-md-table-12", "12-word seed as a Markdown table", `## Recovery sheet\n\n| # | word |\n|---|------|\n${rows(mnemonic(r, 12).split(" "))}\n`);
  seeds.pos("r5-seed-bullets-24", "24-word seed as a bullet list", `Backup words (keep offline):\n${mnemonic(r, 24).split(" ").map((w) => `- ${w}`).join("\n")}\n`);
  seeds.pos("r5-seed-pipe-row", "seed words in one pipe-separated row", `| ${mnemonic(r, 12).split(" ").join(" | ")} |`);
  seeds.ben("r5-wordlist-table", "wordlist words with no valid checksum in a table", `| # | word |\n|---|------|\n${rows(mnemonicInvalid(r, 12).split(" "))}\n`);
  seeds.ben("r5-vocab-bullets", "a vocabulary list, no valid checksum", `Vocabulary for week 3:\n${mnemonicInvalid(r, 15).split(" ").map((w) => `- ${w}`).join("\n")}\n`);
  seeds.ben("r5-prose-table", "a Markdown table of English words", "| term | meaning |\n|---|---|\n| cache | a fast store |\n| queue | work waiting |\n| shard | a slice of data |\n| lease | a timed lock |");
}

// ── a command as the value ──
{
  cmd.ben("r5-ps-read-host", "PowerShell prompt for a password", `$dbPassword = Read-Host -Prompt "Database password" -AsSecureString`);
  cmd.ben("r5-ps-get-credential", "PowerShell credential from a cmdlet", `$secret = Get-Secret -Name "DeployKey" -Vault LocalStore\n$password = ConvertTo-SecureString -String $env:PW -AsPlainText -Force`);
  cmd.ben("r5-shell-flags", "a password read by a command with flags", `password=systemd-ask-password --timeout=30 "LUKS passphrase:"`);
  cmd.pos("r5-ps-literal", "PowerShell password literal", `$password = ConvertTo-SecureString "${r.str(6, ALNUM)}!${r.str(6, ALNUM)}9" -AsPlainText -Force`);
  cmd.pos("r5-cli-flag-value", "password on a command line followed by more flags", `mysqldump --user=backup --password=${r.str(10, ALNUM)}7q --host=db.internal app > app.sql`);
  cmd.pos("r5-ps-plain", "PowerShell plain assignment", `$apiKey = "${r.str(32, ALNUM)}"`);
}

export const cases: CorpusCase[] = [...caps.cases, ...chain.cases, ...vars.cases, ...codes.cases, ...seeds.cases, ...cmd.cases];
