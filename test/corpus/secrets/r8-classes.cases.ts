// Round eight (the secrets misses of held-out K), written for this project corpus in other
// contexts than K's: a Graph API access token (an alphanumeric run of 160+ characters, which the
// "long base64 blob is ciphertext" exemption took for encrypted data), Resend keys, Azure DevOps
// personal access tokens (the 84-character form with its AZDO signature, and the 52-character
// base32 form next to a name), and a `…_PAT` name. Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x5ec8f08);
const b = builder({ category: "r8-providers", expect: "secrets" });
const bb = builder({ category: "r8-providers-benign", expect: "secrets" });

const fb = (n: number) => ["EA", "AG"].join("") + r.str(n, ALNUM);
const resend = () => ["r", "e_"].join("") + r.str(8, ALNUM) + "_" + r.str(24, ALNUM);
const azdo = () => r.str(76, ALNUM) + ["AZ", "DO"].join("") + r.str(4, ALNUM);
const azdoLegacy = () => r.str(52, LOWER + "234567");

b.pos("r8-fb-json", "Graph API token in a JSON body", JSON.stringify({ page_id: "1029384756", access_token: fb(180), fields: "id,name" }));
b.pos("r8-fb-curl", "Graph API token on a curl line", `curl -s "https://graph.example.com/v18.0/me?fields=id,name&access_token=${fb(200)}"`);
b.pos("r8-fb-env", "Graph API token in .env", `FB_PAGE_TOKEN=${fb(170)}\nFB_APP_ID=1234567890`);
b.pos("r8-fb-prompt", "Graph API token pasted in a prompt", `my page token stopped working, can you check why? ${fb(190)}`);
b.pos("r8-resend-env", "Resend key in .env", `RESEND_API_KEY=${resend()}\nMAIL_FROM=noreply@example.com`);
b.pos("r8-resend-py", "Resend key in Python", `import resend\nresend.api_key = "${resend()}"`);
b.pos("r8-azdo-yaml", "Azure DevOps PAT (new form) in a pipeline variable", `variables:\n  - name: feedToken\n    value: ${azdo()}`);
b.pos("r8-azdo-npmrc", "Azure DevOps PAT (new form) in .npmrc", `//pkgs.dev.example.com/org/_packaging/feed/npm/registry/:_password=${Buffer.from(azdo()).toString("base64")}\n; plain: ${azdo()}`);
b.pos("r8-azdo-legacy-bash", "Azure DevOps 52-character PAT next to its name", `export AZURE_DEVOPS_TOKEN="${azdoLegacy()}"\naz repos list`);
b.pos("r8-azdo-legacy-json", "Azure DevOps 52-character PAT in JSON", `{"vsts": {"pat": "${azdoLegacy()}"}}`);
b.pos("r8-pat-name", "a token under a …_PAT name", `GITEA_PAT=${r.str(40, HEX)}\nGITEA_URL=https://git.example.com`);

bb.ben("r8-long-base64-blob", "a long base64 ciphertext blob (encrypted at rest)", `encryptedData: ${Buffer.from(Array.from({ length: 150 }, (_, i) => (i * 97 + 13) % 256)).toString("base64")}`);
bb.ben("r8-eaa-word", "EAA in an acronym list", `Regulators: EAA (European Accessibility Act), EAAB, EAAC and the ADA.`);
bb.ben("r8-re-prefix", "re_ identifiers in Python", `def re_compile_all(patterns):\n    re_cache = {}\n    return [re_cache.setdefault(p, re.compile(p)) for p in patterns]`);
bb.ben("r8-devops-path", "a DevOps URL and a path, no token", `DEVOPS_ORG=https://dev.example.com/contoso\nDEVOPS_PROJECT=platform-infrastructure-and-tooling-team`);
bb.ben("r8-pat-placeholder", "a _PAT name with a placeholder", `GITHUB_PAT=<your-personal-access-token>\nADO_PAT=\${{ secrets.ADO_PAT }}`);
bb.ben("r8-path-name", "a name ending in _PATH", `CONFIG_PATH=/etc/app/config.yaml\nLOG_PATH=/var/log/app`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];

// Providers with a documented literal prefix the rules lacked (probed after K), one context each.
const bp = builder({ category: "r8-prefixed", expect: "secrets" });
const bpb = builder({ category: "r8-prefixed-benign", expect: "secrets" });
const hex = (n: number) => r.str(n, HEX);
const an = (n: number) => r.str(n, ALNUM);
const UPAN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
bp.pos("r8-tailscale", "Tailscale auth key in a container env", `docker run -d -e TS_AUTHKEY=${["tskey", "-auth-"].join("")}k${an(11)}CNTRL-${an(33)} tailscale/tailscale`);
bp.pos("r8-sonar", "SonarQube token on a scanner command line", `sonar-scanner -Dsonar.host.url=https://sonar.example.com -Dsonar.token=${["sq", "p_"].join("")}${hex(40)}`);
bp.pos("r8-openshift", "OpenShift token in oc login", `oc login --token=${["sha256", "~"].join("")}${r.str(43, ALNUM + "_-")} --server=https://api.cluster.example.com:6443`);
bp.pos("r8-teams", "Teams webhook URL in a script", `$hook = "https://contoso.${["webhook", ".office.com"].join("")}/webhookb2/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}@${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}/IncomingWebhook/${hex(32)}/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}"\nInvoke-RestMethod -Method Post -Uri $hook -Body $json`);
bp.pos("r8-zapier", "Zapier catch hook in a fetch call", `await fetch("https://${["hooks", ".zapier.com"].join("")}/hooks/catch/${r.str(7, "0123456789")}/${r.str(6, LOWER + "0123456789")}/", { method: "POST", body });`);
bp.pos("r8-google-refresh", "Google OAuth refresh token in a JSON credentials file", JSON.stringify({ client_id: "1234-abc.apps.example.com", refresh_token: `${["1/", "/0"].join("")}${r.str(100, ALNUM + "_-")}`, type: "authorized_user" }));
bp.pos("r8-octopus", "Octopus Deploy API key in a header", `X-Octopus-ApiKey: ${["AP", "I-"].join("")}${r.str(26, UPAN)}`);
bp.pos("r8-harness", "Harness token in a CI variable", `HARNESS_PLATFORM_API_KEY: ${["pa", "t."].join("")}${r.str(22, ALNUM + "_-")}.${an(24)}.${an(20)}`);
bp.pos("r8-lob", "Lob live key in Ruby", `@lob = Lob::Client.new(api_key: "${["li", "ve_"].join("")}${hex(35)}")`);
bp.pos("r8-maxmind", "MaxMind license key in GeoIP.conf", `AccountID 123456\nLicenseKey ${an(6)}_${an(29)}${["_m", "mk"].join("")}\nEditionIDs GeoLite2-City`);
bp.pos("r8-intra42", "42 intra client secret in a config", `FT_SECRET=${["s-s4", "t2ud-"].join("")}${hex(64)}`);
bp.pos("r8-settlemint", "SettleMint token", `settlemint login --token ${["sm_", "pat_"].join("")}${hex(16)}`);
bp.pos("r8-elevenlabs", "ElevenLabs key in an xi-api-key header", `curl https://api.elevenlabs.example.com/v1/voices -H "xi-api-key: ${["s", "k_"].join("")}${hex(48)}"`);
bpb.ben("r8-api-prefix-words", "API- followed by upper-case words", `See API-REFERENCE, API-GATEWAY-STAGE and API-VERSIONING-GUIDE in the handbook.`);
bpb.ben("r8-sha256-tilde", "a sha256 checksum after a tilde in a version range", `"integrity": "sha256-${Buffer.from(hex(32), "hex").toString("base64")}", "version": "~1.4.2"`);
bpb.ben("r8-live-prefix", "live_ identifiers in code", `const live_region = document.querySelector("#live_updates");\nlive_reload(true);`);
bpb.ben("r8-pat-dot", "pat. in prose and code", `Sue gave the dog a pat. Then: const pat.tern = /x/;`);
bpb.ben("r8-refresh-placeholder", "a refresh token placeholder", `refresh_token: "1//0-your-refresh-token-here"`);
bpb.ben("r8-sk-short", "sk_ with a short hex suffix", `const sk_cache = new Map(); // sk_ff00aa`);
bp.pos("r8-woocommerce", "WooCommerce consumer key and secret in a PHP client", `$woo = new Client('https://shop.example.com', '${["c", "k_"].join("")}${hex(40)}', '${["c", "s_"].join("")}${hex(40)}', ['version' => 'wc/v3']);`);
bp.pos("r8-clickup", "ClickUp token in an Authorization header", `Authorization: ${["p", "k_"].join("")}${r.str(8, "0123456789")}_${r.str(32, UPAN)}`);
bp.pos("r8-crates", "crates.io token in cargo credentials", `[registry]\ntoken = "${["ci", "o"].join("")}${an(32)}"`);
bp.pos("r8-together", "Together AI key in Python", `client = Together(api_key="${["tgp", "_v1_"].join("")}${r.str(43, ALNUM + "_-")}")`);
bp.pos("r8-fireworks", "Fireworks key on a curl line", `curl https://api.fireworks.example.com/inference/v1/models -H "Authorization: Bearer ${["f", "w_"].join("")}${an(24)}"`);
bp.pos("r8-mollie", "Mollie live key in Node", `const mollie = createMollieClient({ apiKey: '${["li", "ve_"].join("")}${an(30)}' });`);
bp.pos("r8-honeycomb", "Honeycomb ingest key in an OTel exporter config", `exporters:\n  otlp:\n    headers:\n      x-honeycomb-team: ${["hca", "ik_"].join("")}01${an(56)}`);
bp.pos("r8-sk-hex", "an sk- key of 32 hex (OpenAI-compatible API) in a prompt", `use this key for the model API: ${["s", "k-"].join("")}${hex(32)}`);
bp.pos("r8-sk-48", "an sk- key of 48 letters and digits in a config", `stability:\n  key: ${["s", "k-"].join("")}${an(48)}`);
bp.pos("r8-doppler-st", "Doppler service token naming its environment", `DOPPLER_TOKEN=${["dp", ".st."].join("")}prd.${an(43)}`);
bpb.ben("r8-cio-words", "words holding cio", `Precious socio-economic data from the Ciocca archive; see precio_unitario and sociology notes.`);
bpb.ben("r8-ck-identifiers", "ck_ and cs_ identifiers in C", `static int ck_mutex_init(ck_spinlock_t *l);\nint cs_count = cs_nodes(tree);`);
bpb.ben("r8-sk-css", "SpinKit sk- CSS classes", `<div class="sk-folding-cube"><div class="sk-cube1 sk-cube"></div><div class="sk-cube2 sk-cube"></div></div>`);
bpb.ben("r8-sk-hash-label", "an sk- label followed by a word", `Use the sk-learn style API: sk-learn-compat-wrapper-for-estimators-and-pipelines.`);
bpb.ben("r8-live-word", "live_ followed by a word", `live_streaming_enabled_for_all_regions_true = 1`);

cases.push(...bp.cases, ...bpb.cases);
