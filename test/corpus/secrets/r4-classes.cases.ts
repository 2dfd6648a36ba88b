// Round four (the secrets classes held-out set F exposed), written for this project corpus with
// other keys, carriers and providers than F's cases. False positive: a YAML tag is not the value
// (`!vault |` opening Ansible Vault ciphertext, CloudFormation `!Ref`, Home Assistant `!secret`).
// Misses: an INI/TOML password whose section is followed by another "[section]" header (taken for
// an index expression); a URL password holding "#"; a token written as bare \xHH escapes outside
// quotes (`echo \x67… | xargs -0 printf`); an OpenWeather-style `appid` of 32 hex. Every
// credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, DIGITS, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x5ec4f01);
const rest = builder({ category: "r4-yaml-tags", expect: "secrets" });
const ini = builder({ category: "r4-ini-sections", expect: "secrets" });
const url = builder({ category: "r4-url-hash-password", expect: "secrets" });
const esc = builder({ category: "r4-bare-hex-escapes", expect: "secrets" });
const appid = builder({ category: "r4-appid", expect: "secrets" });
const spaced = builder({ category: "r4-spaced-out", expect: "secrets" });
const parts = builder({ category: "r4-numbered-parts", expect: "secrets" });
const chain = builder({ category: "r4-contract-address", expect: "wallets" });

/** A password with "#" inside, random. */
const hashPw = () => r.str(5, ALNUM) + "#" + r.str(4, DIGITS) + r.str(5, LOWER);
const vaultLines = (n: number) => Array.from({ length: n }, () => r.str(80, HEX)).join("\n  ");
const bareHex = (s: string) => [...s].map((c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0")).join("");

// ── YAML tags: not the value ──
rest.ben("r4-vault-api-token", "Ansible Vault block under api_token", `api_token: !vault |\n  $ANSIBLE_VAULT;1.2;AES256;prod\n  ${vaultLines(4)}\n`);
rest.ben("r4-vault-secret-key-comment", "vault block with a trailing comment on the tag line", `aws:\n  secret_key: !vault |  # rotated 2025-03\n    $ANSIBLE_VAULT;1.1;AES256\n    ${vaultLines(3).replace(/\n  /g, "\n    ")}\n`);
rest.ben("r4-cfn-ref", "CloudFormation !Ref to a parameter", `  MasterUserPassword: !Ref DbMasterPasswordParam\n  MasterUsername: admin\n`);
rest.ben("r4-ha-secret", "Home Assistant !secret reference", `http:\n  api_password: !secret http_api_password\n`);
rest.pos("r4-plain-sibling", "a plaintext password next to a vaulted one", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${vaultLines(2)}\nredis_password: ${r.password()}x9Q\n`);

// ── INI / TOML: a later [section] header is not an index expression ──
ini.pos("r4-ini-mysql", "INI password followed by another section", `[mysql]\nuser = svc\npassword = ${r.password()}7k\n\n[redis]\nhost = cache.internal\n`);
ini.pos("r4-ini-smtp-crlf", "CRLF INI, password then section", `[smtp]\r\nlogin = mailer\r\npasswd = ${r.str(18, ALNUM)}\r\n[imap]\r\nport = 993\r\n`);
ini.pos("r4-toml-unquoted-ish", "config with a secret then a table header", `[auth]\nclient_secret = ${r.str(28, ALNUM)}\n[server]\nport = 8080\n`);
ini.ben("r4-ini-env-ref", "INI password from an environment reference", `[mysql]\nuser = svc\npassword = \${MYSQL_PASSWORD}\n\n[redis]\nhost = cache.internal\n`);
ini.ben("r4-ini-placeholder", "INI placeholder password", `[mysql]\npassword = changeme\n[redis]\nhost = cache.internal\n`);
ini.ben("r4-code-index", "code: a value continued by an index on the same line", `secret = secrets_by_env[env_name]\n[x for x in range(3)]\n`);

// ── URL userinfo with "#" in the password ──
url.pos("r4-mysql-hash", "mysql DSN whose password holds #", `MYSQL_URL=mysql://shop:${hashPw()}@mysql-01.internal:3306/shop`);
url.pos("r4-redis-hash", "redis URL whose password holds #", `redis_url: "redis://default:${hashPw()}@cache.internal:6379/0"`);
url.ben("r4-port-fragment", "host:port with a fragment, no credentials", `Open http://localhost:5173#/settings and sign in as @admin to continue.`);
url.ben("r4-placeholder-hash", "placeholder password with #", `postgres://user:password#@localhost:5432/dev`);

// ── bare \\xHH escapes outside quotes ──
esc.pos("r4-gh-xargs", "GitHub token as bare \\x escapes piped to printf", `echo ${bareHex("gh" + "p_" + r.str(36, ALNUM))} | xargs -0 printf > ~/.token`);
esc.pos("r4-slack-bare", "Slack bot token as bare escapes in a script comment-free line", `TOKEN=$(printf %b ${bareHex("xo" + "xb-" + r.digits(12) + "-" + r.digits(13) + "-" + r.str(24, ALNUM))})`);
esc.ben("r4-shellcode", "shellcode bytes as bare escapes", `payload = b"" + \\x31\\xc0\\x50\\x68\\x2f\\x2f\\x73\\x68\\x68\\x2f\\x62\\x69\\x6e\\x89\\xe3\\x50`);
esc.ben("r4-ansi-bytes", "escaped ASCII words, not a credential", `echo ${bareHex("hello world, build finished")} | xargs -0 printf`);

// ── appid = 32 hex ──
appid.pos("r4-owm-query", "OpenWeather appid in a curl query", `curl "https://api.openweathermap.org/data/2.5/onecall?lat=48.85&lon=2.35&units=metric&appid=${r.hex(32)}"`);
appid.pos("r4-owm-env", "OWM_APPID in an env file", `OWM_APPID=${r.hex(32)}\nCITY=Lyon\n`);
appid.ben("r4-owm-placeholder", "appid placeholder", `https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid={your_api_key}`);
appid.ben("r4-wechat-appid", "WeChat app id (wx + 16 hex)", `wx.config({ appId: "wx${r.hex(16)}", timestamp: 1717000000 })`);
appid.ben("r4-numeric-appid", "numeric Facebook-style app id", `FB.init({ appId: "${r.digits(15)}", version: "v19.0" });`);

// ── a smart contract's address is public chain data ──
const addr = () => "0x" + r.hex(40);
chain.ben("r4-token-contract", "token contract address in release notes", `Token contract: ${addr()} (verified on the explorer)`);
chain.ben("r4-deployed-at", "deployment log", `Deploying Vault... deployed at ${addr()}\ngas used: 1843211`);
chain.ben("r4-contract-env", "contract address in an env file", `USDC_CONTRACT_ADDRESS=${addr()}\nCHAIN_ID=1`);
chain.pos("r4-wallet-after-contract", "a wallet on the line after a contract line stays a finding", `contract: ERC-20 transfer\nsend the refund to ${addr()} today`);
chain.pos("r4-payout-wallet", "payout wallet address", `payout wallet: ${addr()}`);

// ── a token with a space after every character ──
const sp = (t: string) => [...t].join(" ");
spaced.pos("r4-spaced-slack", "Slack token spaced out in chat", `here it is, spaced so the bot won't eat it: ${sp("xo" + "xp-" + r.digits(12) + "-" + r.digits(12) + "-" + r.digits(13) + "-" + r.hex(32))}`);
spaced.pos("r4-spaced-aws", "AWS key id spaced out in upper case", `key = ${sp("AK" + "IA" + r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}`);
spaced.pos("r4-spaced-anthropic", "Anthropic key spaced out", `ANTHROPIC_API_KEY=${sp("sk-" + "ant-api03-" + r.str(93, ALNUM + "-_") + "AA")}`);
spaced.ben("r4-spaced-prefix-prose", "the prefix spaced out in prose", "GitHub classic tokens start with the letters g h p _ followed by 36 characters.");
spaced.ben("r4-spaced-letters", "spaced-out letters that are not a token", "Spell it out: g h p _ i s n o t a t o k e n h e r e");

// ── a token split over numbered lines ("chunk 1 of 2:") ──
{
  const gh = "gh" + "p_" + r.str(36, ALNUM);
  parts.pos("r4-chunks-of", "GitHub token over 'chunk N of 2' lines", `chunk 1 of 2: ${gh.slice(0, 19)}\nchunk 2 of 2: ${gh.slice(19)}`);
  const sl = "xo" + "xb-" + r.digits(12) + "-" + r.digits(13) + "-" + r.str(24, ALNUM);
  parts.pos("r4-piece-hash", "Slack token over 'piece #N' lines", `piece #1: ${sl.slice(0, 20)}\npiece #2: ${sl.slice(20, 40)}\npiece #3: ${sl.slice(40)}`);
  const gl = "gl" + "pat-" + r.str(20, ALNUM);
  parts.pos("r4-shell-array-quoted", "GitLab token as quoted shell array elements", `declare -a seg=("${gl.slice(0, 9)}" "${gl.slice(9, 18)}" "${gl.slice(18)}")\nGITLAB_TOKEN=$(IFS=; echo "\${seg[*]}")`);
  const st = "sk" + "_live_" + r.str(24, ALNUM);
  parts.pos("r4-shell-array-bare", "Stripe key as bare shell array elements", `k=(${st.slice(0, 10)} ${st.slice(10, 22)} ${st.slice(22)})\ncurl -u "$(printf %s "\${k[@]}"):" https://api.stripe.com/v1/charges`);
  parts.ben("r4-shell-array-files", "shell array of file names", "files=(src/index.ts src/cli.ts README.md)\nfor f in \"${files[@]}\"; do wc -l \"$f\"; done");
  parts.ben("r4-shell-array-hosts", "shell array of host names", "hosts=(web-01 web-02 db-01 cache-01)");
  parts.ben("r4-steps-numbered", "numbered steps with short values", "step 1: checkout\nstep 2: npm ci\nstep 3: build");
  parts.ben("r4-parts-hashes", "numbered lines of commit hashes", `part 1/2: ${r.hex(40)}\npart 2/2: ${r.hex(40)}`);
}

export const cases: CorpusCase[] = [...rest.cases, ...ini.cases, ...url.cases, ...esc.cases, ...appid.cases, ...chain.cases, ...spaced.cases, ...parts.cases];
