// Round ten (the secrets misses and false positives of held-out T), written for this project
// corpus in other contexts than T's: Axiom, LaunchDarkly, Statsig, ConfigCat and Algolia keys, a
// KeePass XML export, and a key file inside an archive sent as base64 (text first, binary after);
// a token broken over bare lines (a chat paste, a YAML block scalar);
// look-alikes: E.164 phone numbers that pass the Luhn check, and a password line whose value opens
// a template ("pypi-<paste …>"). Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, UPPER, DIGITS, pemArmor, B64, luhnCheckDigit } from "./_gen.ts";

const r = new Rng(0x5eca0a1);
const b = builder({ category: "r10-providers", expect: "secrets" });
const bb = builder({ category: "r10-providers-benign", expect: "secrets" });

const uuid = () => `${r.str(8, HEX)}-${r.str(4, HEX)}-4${r.str(3, HEX)}-8${r.str(3, HEX)}-${r.str(12, HEX)}`;
const axiom = () => ["xa", "at-"].join("") + uuid();
const ld = () => ["sd", "k-"].join("") + uuid();
const statsig = () => ["secr", "et-"].join("") + r.str(3, UPPER) + r.str(2, "0123456789") + r.str(38, ALNUM);
const configcat = () => ["configcat-", "sdk-1/"].join("") + r.str(22, ALNUM) + "/" + r.str(22, ALNUM);
const algolia = () => r.str(32, HEX);
/** A German mobile number (+49 15…) whose digits also pass the Luhn check, as a Visa number's would. */
const phone = () => {
  const partial = "4915" + r.str(8, DIGITS);
  return `+${partial}${luhnCheckDigit(partial)}`;
};
const keyBody = () => r.str(280, B64);
/** A ustar-like archive: a file name, a NUL, then the file's text (what `tar c` puts first). */
const archive = (name: string, body: string) => Buffer.concat([Buffer.from(name), Buffer.alloc(1), Buffer.from(body), Buffer.alloc(24)]).toString("base64");

b.pos("r10-axiom-env", "Axiom API token in .env", `AXIOM_DATASET=app-logs\nAXIOM_API_TOKEN=${axiom()}`);
b.pos("r10-axiom-curl", "Axiom personal token on a curl line", `curl -X POST https://api.example.com/v1/datasets/logs/ingest -H "Authorization: Bearer ${["xa", "pt-"].join("")}${uuid()}" -d @events.json`);
b.pos("r10-launchdarkly-py", "LaunchDarkly SDK key handed to ldclient", `import ldclient\nfrom ldclient.config import Config\nldclient.set_config(Config("${ld()}"))`);
b.pos("r10-launchdarkly-env", "LaunchDarkly SDK key in .env", `LAUNCHDARKLY_SDK_KEY=${ld()}\nFEATURE_DEFAULTS=off`);
b.pos("r10-statsig-js", "Statsig server secret in code", `await Statsig.initialize("${statsig()}", { environment: { tier: "staging" } });`);
b.pos("r10-statsig-yaml", "Statsig server secret in a values file", `statsig:\n  serverSecret: ${statsig()}\n  tier: production`);
b.pos("r10-configcat-cs", "ConfigCat SDK key in C#", `var client = ConfigCatClient.Get("${configcat()}");`);
b.pos("r10-configcat-env", "ConfigCat SDK key in .env", `CONFIGCAT_SDK_KEY=${configcat()}`);
b.pos("r10-algolia-js", "Algolia admin key as algoliasearch's second argument", `const client = algoliasearch("${r.str(10, UPPER + "0123456789")}", "${algolia()}");\nawait client.initIndex("products").clearObjects();`);
b.pos("r10-algolia-env", "Algolia admin key named in .env", `ALGOLIA_APP_ID=${r.str(10, UPPER)}\nALGOLIA_ADMIN_API_KEY=${algolia()}`);
b.pos("r10-keepass-xml", "a KeePass XML export entry", `<Group><Name>Servers</Name>\n<Entry>\n <String><Key>Title</Key><Value>db-prod</Value></String>\n <String><Key>UserName</Key><Value>postgres</Value></String>\n <String><Key>Password</Key><Value ProtectInMemory="True">${r.str(14, ALNUM)}#${r.str(3, ALNUM)}</Value></String>\n</Entry></Group>`);
b.pos("r10-tar-base64-key", "an archive of ~/.ssh sent as base64 (file name, NUL, key text)", `tar c -C ~ .ssh | base64 -w0\n${archive("./.ssh/id_rsa", pemArmor("OPENSSH PRIVATE KEY", keyBody()))}`);
b.pos("r10-tar-base64-env", "an archive holding a .env file, base64 in a JSON body", JSON.stringify({ upload: archive("./app/.env", `DB_PASSWORD=${r.str(16, ALNUM)}\nSTRIPE_SECRET=${["sk", "_live_"].join("")}${r.str(24, ALNUM)}\n`) }));

bb.ben("r10-phone-e164", "E.164 phone numbers (Luhn-valid digits) in an SMS delivery receipt", `{"to": "${phone()}", "from": "${phone()}", "status": "delivered", "segments": 1}\n{"to": "${phone()}", "status": "queued"}`);
bb.ben("r10-pypirc-template", "a .pypirc template whose password opens a placeholder", "[pypi]\nusername = __token__\npassword = pypi-<paste your token here>\n\n[testpypi]\npassword = <your-test-token>");
bb.ben("r10-secret-dash-names", "identifiers that start with 'secret-' (resource names, not Statsig keys)", "const secretName = \"secret-manager-prod-db-credentials\";\nkubectl get secret-rotation-controller-7f9c4d8b6b-x2x9q -n ops\nrefs: secret-ProviderClassForAzureKeyVaultStaging01");
bb.ben("r10-ld-context", "LaunchDarkly docs with a placeholder and flag keys", "ldclient.set_config(Config(\"sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"))\nflag = ldclient.get().variation(\"new-checkout-flow\", context, False)");
bb.ben("r10-algolia-search-key", "an Algolia search-only key placeholder and an app id", "const client = algoliasearch(\"YOUR_APP_ID\", \"YOUR_SEARCH_ONLY_API_KEY\");\nconst index = client.initIndex(\"docs\");");
bb.ben("r10-keepass-empty", "a KeePass XML entry with an empty protected value", "<Entry>\n <String><Key>Title</Key><Value>placeholder</Value></String>\n <String><Key>Password</Key><Value ProtectInMemory=\"True\"></Value></String>\n</Entry>");
bb.ben("r10-tar-base64-readme", "an archive of a README sent as base64", `tar c docs | base64\n${archive("./docs/README.md", "# Project\\n\\nRun npm install, then npm test. See CONTRIBUTING.md for the review process and the release checklist.\\n")}`);

const slack = () => ["xo", "xb-"].join("") + r.str(12, DIGITS) + "-" + r.str(13, DIGITS) + "-" + r.str(24, ALNUM);
const ghp = () => ["gh", "p_"].join("") + r.str(36, ALNUM);
const lines = (t: string, cuts: number[], indent = "") => cuts.map((c, i) => indent + t.slice(i === 0 ? 0 : cuts[i - 1], c)).join("\n") + "\n" + indent + t.slice(cuts[cuts.length - 1]);
b.pos("r10-bare-lines-chat", "a Slack token pasted over three bare lines", `pasting it in pieces so the bot doesn't redact it:\n${lines(slack(), [16, 34])}\nthanks!`);
b.pos("r10-yaml-literal-block", "a GitHub token in a YAML literal block scalar, wrapped", `ci:\n  github_token: |-\n${lines(ghp(), [20], "    ")}\n  repo: acme/api`);
b.pos("r10-bare-lines-ticket", "a token split over bare lines in a ticket", `Ticket 4411 - deploy fails\nthe token we use is\n${lines(ghp(), [12, 28])}\nplease check its scopes`);
bb.ben("r10-bare-lines-prefixes", "token prefixes listed one per line", "GitHub token prefixes, one per line:\nghp_\ngho_\nghu_\nghs_\nghr_\ngithub_pat_");
bb.ben("r10-bare-lines-hashes", "commit hashes one per line after a note about rotated keys", `the old sk_live_ keys were rotated in these commits:\n${r.str(40, HEX)}\n${r.str(40, HEX)}\n${r.str(40, HEX)}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
