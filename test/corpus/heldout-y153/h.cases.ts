// Positives, handcrafted carriers: credential files, CLI flags, wrapped/escaped values. Seed 153002.
import type { CorpusCase } from "../types.ts";
import { ALNUM, DIG, HEX, Rng, UP, b64, check, j, jsonInner, mk, say } from "./_gen.ts";

const r = new Rng(153002);
export const cases: CorpusCase[] = [];
let n = 0;
const add = (cat: string, note: string, text: string, ...needles: string[]) => {
  const id = `y153-h-${String(++n).padStart(3, "0")}`;
  for (const x of needles) check(id, text, x);
  cases.push(mk(id, `heldouty153-sec-${cat}`, "positive", text, note));
};
const pemBody = (bytes: number) => r.b64(bytes).replace(/(.{64})/g, "$1\n").trim();

// kubeconfig with a bearer token and with client-key-data
{
  const tok = j("eyJhbGciOiJSUzI1NiIsImtpZCI6I", r.a(40), ".", r.str(300, ALNUM + "_-"), ".", r.str(342, ALNUM + "_-"));
  add("cloud", "kubeconfig user token (service account JWT)", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.${r.range(0, 255)}.12:6443\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n  name: prod-eu\ncontexts:\n- context: {cluster: prod-eu, user: ci-deployer}\n  name: prod-eu\ncurrent-context: prod-eu\nusers:\n- name: ci-deployer\n  user:\n    token: ${tok}\n`, tok);
  const key = b64(j("-----BEGIN EC PRIVATE", " KEY-----\n", pemBody(121), "\n-----END EC PRIVATE", " KEY-----\n"));
  add("keys", "kubeconfig client-key-data (base64 PEM)", `users:\n- name: kind-admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n    client-key-data: ${key}\n`, key);
}
// .netrc, .pgpass, .git-credentials, pip.conf, ~/.aws/credentials
{
  const p = r.a(36);
  add("devtools", ".netrc for a git host", `machine github.com\n  login x-access-token\n  password ${j("gh", "s_", p)}\n`, j("gh", "s_", p));
  const pw = r.str(22, ALNUM + "!%_");
  add("data", ".pgpass line", `# ~/.pgpass\ndb-primary.prod.internal:5432:ledger:ledger_rw:${pw}\n`, pw);
  const gl = j("gl", "pat-", r.str(20, ALNUM + "_-"));
  add("devtools", ".git-credentials with GitLab PAT", `https://oauth2:${gl}@gitlab.example.com\n`, gl);
  const np = r.a(32);
  add("devtools", "pip.conf extra-index-url with Nexus creds", `[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://deploy:${np}@nexus.acme.internal/repository/pypi-internal/simple\n`, np);
  const ak = j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), sk = r.str(40, ALNUM + "/+");
  add("cloud", "~/.aws/credentials profile", `[default]\nregion = eu-central-1\n\n[terraform-ci]\naws_access_key_id = ${ak}\naws_secret_access_key = ${sk}\n`, ak, sk);
}
// CLI: docker login, helm repo add, curl -u to Artifactory, terraform backend, gitlab runner
{
  const pw = j("dc", "kr_pat_", r.str(27, ALNUM + "_-"));
  add("devtools", "docker login -p in a CI step", `- name: Login\n  run: echo start && docker login -u acmeci -p ${pw} docker.io && docker push acme/${r.pick(["api", "web"])}:latest`, pw);
  const hp = r.a(28);
  add("devtools", "helm repo add with password", `helm repo add internal https://charts.acme.internal --username chartmuseum --password '${hp}'\nhelm repo update`, hp);
  const jf = j("cmVmd", "GtuOjAxOj", r.a(54));
  add("devtools", "curl to Artifactory with identity token", `curl -H "Authorization: Bearer ${jf}" -T build/app.tar.gz "https://acme.jfrog.io/artifactory/generic-local/app/1.4.2/app.tar.gz"`, jf);
  const sas = r.b64(64);
  add("cloud", "terraform backend azurerm access_key", `terraform {\n  backend "azurerm" {\n    storage_account_name = "acmetfstate"\n    container_name       = "tfstate"\n    key                  = "prod.terraform.tfstate"\n    access_key           = "${sas}"\n  }\n}\n`, sas);
  const rt = j("gl", "rt-", r.str(20, ALNUM + "_-"));
  add("devtools", "gitlab-runner config.toml", `concurrent = 4\n\n[[runners]]\n  name = "k8s-runner-${r.range(1, 9)}"\n  url = "https://gitlab.example.com"\n  token = "${rt}"\n  executor = "kubernetes"\n`, rt);
  const bk = r.h(50);
  add("devtools", "buildkite agent config", `# /etc/buildkite-agent/buildkite-agent.cfg\ntoken="${bk}"\nname="%hostname-%spawn"\ntags="queue=deploy"\n`, bk);
}
// Jenkins credentials.xml, Argo CD repo secret, Ansible vault password file
{
  const pw = r.a(26);
  add("auth", "Jenkins credentials.xml plaintext password", `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>nexus-deploy</id>\n  <username>deployer</username>\n  <password>${pw}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>`, pw);
  const gp = j("gh", "p_", r.a(36));
  add("devtools", "Argo CD repository secret", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-platform\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  type: git\n  url: https://github.com/acme/platform\n  username: argocd\n  password: ${gp}\n`, gp);
  const vp = r.str(32, ALNUM + "#$");
  add("auth", "Ansible vault password in ansible.cfg wrapper", `$ cat ~/.vault_pass.txt\n${vp}\n$ ansible-playbook site.yml -i inventories/prod --vault-password-file ~/.vault_pass.txt`, vp);
}
// comms/observability/payment/ai in hard carriers
{
  const sw = j("https://hooks.sl", "ack.com/services/T", r.str(10, UP + DIG), "/B", r.str(10, UP + DIG), "/", r.a(24));
  const esc = JSON.stringify(JSON.stringify({ channel: "#deploys", webhook: sw }));
  add("comms", "Slack webhook, double-escaped JSON string", `{"tool":"save_setting","payload":${esc}}`, sw.replace(/\//g, "/"));
  const dd = r.h(32);
  add("observability", "datadog.yaml agent config", `# /etc/datadog-agent/datadog.yaml\napi_key: ${dd}\nsite: datadoghq.eu\nlogs_enabled: true\napm_config:\n  enabled: true\n`, dd);
  const sk = j("sk", "_live_", "51", r.a(97));
  const wrapped = sk.match(/.{1,40}/g)!.join("\\\n");
  add("payment", "Stripe key wrapped over shell continuation lines", `${say(r)}\ncurl https://api.stripe.com/v1/charges -u \\\n${wrapped}: \\\n  -d amount=2000`, sk.slice(0, 40));
  const ant = j("sk-", "ant-api03-", r.str(93, ALNUM + "_-"), "AA");
  const enc = encodeURIComponent(JSON.stringify({ key: ant }));
  add("ai", "Anthropic key URL-encoded in a form body", `POST /api/settings HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nworkspace=platform&config=${enc}`, enc);
  const oai = j("sk-", "proj-", r.str(74, ALNUM + "_-"), "T3Blbk", "FJ", r.str(74, ALNUM + "_-"));
  const b = b64(`OPENAI_API_KEY=${oai}\n`);
  add("ai", "OpenAI key inside base64 GitHub secret env file", `gh secret set ENV_FILE_B64 --body "${b}"`, b);
  const tg = j(r.str(10, DIG), ":AA", r.str(33, ALNUM + "_-"));
  add("comms", "Telegram bot token in alert URL", `alertmanager:\n  receivers:\n    - name: telegram\n      webhook_configs:\n        - url: https://api.telegram.org/bot${tg}/sendMessage?chat_id=-100${r.str(10, DIG)}\n`, tg);
  const pd = r.h(32);
  add("observability", "PagerDuty integration key in alertmanager", `receivers:\n  - name: pagerduty-critical\n    pagerduty_configs:\n      - routing_key: ${pd}\n        severity: critical\n`, pd);
  const hc = j("hc", "aik_", r.str(58, "0123456789abcdefghjkmnpqrstvwxyz"));
  add("observability", "Honeycomb key as OTEL header env", `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${hc}"`, hc);
  const ai = j("AI", "za", r.str(35, ALNUM + "_-"));
  add("ai", "Gemini key in a Vertex/Gemini curl query", `curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent?key=${ai}" -H 'Content-Type: application/json' -d @req.json`, ai);
  const mg = j("ke", "y-", r.h(32));
  add("comms", "Mailgun key in Grafana alerting smtp contact", `[smtp]\nenabled = true\nhost = smtp.mailgun.org:587\nuser = postmaster@mg.acme.io\npassword = ${mg}\n`, mg);
  const hf = j("hf", "_", r.str(34, UP + "abcdefghijklmnopqrstuvwxyz"));
  add("ai", "HF token in a Python notebook cell (JSON)", JSON.stringify({ cells: [{ cell_type: "code", source: ["from huggingface_hub import login\n", `login(token="${hf}")\n`] }] }), hf);
  const nr = j("NR", "AK-", r.str(27, UP + DIG));
  add("observability", "New Relic key in Terraform provider block", `provider "newrelic" {\n  account_id = ${r.str(7, DIG)}\n  api_key    = "${nr}"\n  region     = "EU"\n}\n`, nr);
  const sq = j("EA", "AA", r.str(60, ALNUM + "_-"));
  add("payment", "Square token as JSON-escaped string in a chat", JSON.stringify({ messages: [{ role: "user", content: `config.json:\n{"square": {"access_token": "${sq}"}}` }] }), jsonInner(sq));
}
