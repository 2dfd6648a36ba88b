import type { CorpusCase } from "../types";
import { gen, b64, hexenc } from "./_gen";

const g = gen(424242);
const out: CorpusCase[] = [];
const P = (id: string, category: string, text: string, note?: string) =>
  out.push({ id: `k-${id}`, kind: "secrets", category: `heldoutk-${category}`, label: "positive", text, ...(note ? { note } : {}) });

// ---- varied contexts: stack traces, logs, multipart, chat
P("ctx-stacktrace", "sec-context", `Traceback (most recent call last):\n  File "/srv/app/jobs/sync.py", line 88, in run\n    client = stripe.StripeClient("${g.stripe()}")\n  File "/usr/lib/python3.12/site-packages/stripe/_client.py", line 112, in __init__\n    raise AuthenticationError("Invalid API Key provided")\nstripe._error.AuthenticationError: Invalid API Key provided`);
P("ctx-java-exc", "sec-context", `org.postgresql.util.PSQLException: FATAL: password authentication failed for user "reporting"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\nCaused by: connection url jdbc:postgresql://10.0.7.22:5432/dw?user=reporting&password=${g.pw()}\n\tat com.acme.etl.Main.main(Main.java:41)`);
P("ctx-multipart", "sec-context", `--boundary9f2c\r\nContent-Disposition: form-data; name="file"; filename=".env"\r\nContent-Type: text/plain\r\n\r\nAPP_ENV=production\r\nOPENAI_API_KEY=${g.openai()}\r\nLOG_LEVEL=info\r\n--boundary9f2c--\r\n`);
P("ctx-nginx-log", "sec-context", `10.1.4.7 - - [04/Dec/2026:09:12:01 +0000] "GET /v1/export?format=csv&api_key=${g.sendgrid()} HTTP/1.1" 200 5123 "-" "python-requests/2.32"`);
P("ctx-chat-aws", "sec-context", `I'm stuck deploying. My keys are ${g.awsId()} / ${g.awsSecret()} — can you run the terraform apply for me in us-east-2?`);
P("ctx-chat-gh", "sec-context", `ok here's my token, just push the fix yourself: ${g.ghp()}`);
P("ctx-go", "sec-context", `package main\n\nconst (\n\tslackToken = "${g.xoxb()}"\n\tchannel    = "C01ABCD2EFG"\n)\n\nfunc main() { notify(slackToken, channel, "nightly ok") }\n`);
P("ctx-github-actions", "sec-context", `jobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: ${g.npm()}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish --access public\n`);
P("ctx-k8s-secret", "sec-context", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: hf-creds\ntype: Opaque\nstringData:\n  HF_TOKEN: ${g.hf()}\n`);
P("ctx-terraform-tfvars", "sec-context", `region          = "eu-central-1"\ndatadog_api_key = "${g.ddApi()}"\ndatadog_app_key = "${g.hex(40)}"\n`);
P("ctx-php", "sec-context", `<?php\nreturn [\n    'mailgun' => [\n        'domain' => 'mg.acme.example',\n        'secret' => '${g.mailgun()}',\n    ],\n];`);
P("ctx-ruby", "sec-context", `Rails.application.configure do\n  config.x.linear_api_key = "${g.linear()}"\nend`);
P("ctx-rust", "sec-context", `let client = reqwest::Client::new();\nlet res = client.get(url).bearer_auth("${g.glpat()}").send().await?;`);
P("ctx-powershell", "sec-context", `$headers = @{ "X-Api-Key" = "${g.newrelic()}" }\nInvoke-RestMethod -Uri "https://api.eu.example.com/graphql" -Method Post -Headers $headers -Body $q`);
P("ctx-sql", "sec-context", `INSERT INTO integrations (tenant_id, provider, token) VALUES (77, 'notion', '${g.notion()}');`);
P("ctx-csv", "sec-context", `service,owner,key\nbilling,team-pay,${g.stripeRk()}\nsearch,team-find,n/a\n`);
P("ctx-xml", "sec-context", `<settings>\n  <servers>\n    <server>\n      <id>internal-nexus</id>\n      <username>deployer</username>\n      <password>${g.pw()}${g.an(6)}</password>\n    </server>\n  </servers>\n</settings>`);
P("ctx-jupyter", "sec-context", JSON.stringify({ cell_type: "code", source: ["import os\n", `os.environ["ANTHROPIC_API_KEY"] = "${g.anthropic()}"\n`, "client = anthropic.Anthropic()\n"], outputs: [] }));
P("ctx-graphql", "sec-context", JSON.stringify({ query: "mutation($t:String!){ connectIntegration(kind: PULUMI, token:$t){ id } }", variables: { t: g.pulumi() } }));
P("ctx-http-xapikey", "sec-context", `PUT /v1/objects/report.pdf HTTP/1.1\nHost: storage.internal.example\nX-Api-Key: ${g.replicate()}\nContent-Length: 88123\n`);
P("ctx-docker-compose", "sec-context", `services:\n  worker:\n    image: acme/worker:1.9\n    environment:\n      - TELEGRAM_TOKEN=${g.telegram()}\n      - REDIS_URL=redis://redis:6379\n`);
P("ctx-gitconfig-creds", "sec-context", `https://dana:${g.ghp()}@git.example.com\nhttps://ci:${g.glpat()}@gitlab.internal.example\n`, ".git-credentials file");
P("ctx-systemd", "sec-context", `[Service]\nEnvironment=VAULT_TOKEN=${g.vault()}\nExecStart=/usr/local/bin/consul-template -config /etc/ct.hcl\n`);
P("ctx-email-body", "sec-context", `Subject: new prod db creds\n\nHi team,\nrotated today. host db-prod-1.internal, user app_admin, password: ${g.pw()}\nPlease update your local .env.\n-- Sam`);

// ---- disguised
const sk = g.stripe();
P("enc-b64-env", "sec-encoded", `K8S_SECRET_DATA=${b64(`STRIPE_SECRET_KEY=${sk}`)}`, "base64 of KEY=value line");
P("enc-b64-k8s", "sec-encoded", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gh\ndata:\n  token: ${b64(g.ghp())}\n`);
P("enc-hex", "sec-encoded", `payload_hex=${hexenc(`aws_secret_access_key=${g.awsSecret()};aws_access_key_id=${g.awsId()}`)}`);
P("enc-pct", "sec-encoded", `POST /collect HTTP/1.1\nHost: hooks.internal.example\nContent-Type: application/x-www-form-urlencoded\n\ncfg=${encodeURIComponent(JSON.stringify({ slack: g.xoxb(), chan: "#ops" }))}`);
const oa = g.openai();
P("enc-concat-js", "sec-encoded", `const k = "${oa.slice(0, 20)}" +\n  "${oa.slice(20, 70)}" +\n  "${oa.slice(70, 120)}" +\n  "${oa.slice(120)}";\nconst openai = new OpenAI({ apiKey: k });`);
const gp = g.ghp();
P("enc-concat-py", "sec-encoded", `TOKEN = ("${gp.slice(0, 4)}"\n         "${gp.slice(4, 22)}"\n         "${gp.slice(22)}")\nsession.headers["Authorization"] = f"token {TOKEN}"`);
const an = g.anthropic();
P("enc-split-lines", "sec-encoded", `key part 1: ${an.slice(0, 50)}\nkey part 2: ${an.slice(50, 100)}\nkey part 3: ${an.slice(100)}\n(join them without spaces)`);
P("enc-json-escaped", "sec-encoded", JSON.stringify({ log: JSON.stringify({ msg: "config loaded", env: { GITLAB_TOKEN: g.glpat(), HF_TOKEN: g.hf() } }) }));
P("enc-glued-prefix", "sec-encoded", `token:x${g.npm()}`, "one letter glued before the token");
P("enc-glued-suffix", "sec-encoded", `authkey=${g.ghp()}Z;next=1`, "one letter glued after the token");
P("enc-glued-both", "sec-encoded", `[[${g.xoxb()}]]`);
P("enc-query-param", "sec-encoded", `GET /api/sync?client_secret=${g.an(40)}&page=3 HTTP/1.1\nHost: sync.internal.example`);
P("enc-cookie", "sec-encoded", `Set-Cookie: gh_session_token=${g.gho()}; Path=/; HttpOnly; Secure`);
P("enc-b64-basic", "sec-encoded", `Authorization: Basic ${b64(`admin:${g.pw()}${g.an(10)}`)}`);
P("enc-b64-pem", "sec-encoded", `ssh_key_b64: ${b64(g.opensshKey())}`);
P("enc-unicode-escape", "sec-encoded", `{"apiKey":"${[...g.sendgrid()].map((c) => "\\u00" + c.charCodeAt(0).toString(16).padStart(2, "0")).join("")}"}`, "every character JSON \\u-escaped");
P("ctx-docker-p", "sec-context", `docker login -u ci -p ${g.dockerPat()} registry.internal.example`);
const aws2 = g.awsId();
P("enc-shell-var-split", "sec-encoded", `A=${aws2.slice(0, 8)}\nB=${aws2.slice(8)}\nexport AWS_ACCESS_KEY_ID="$A$B"\nexport AWS_SECRET_ACCESS_KEY='${g.awsSecret()}'`);
P("enc-b64-json-body", "sec-encoded", JSON.stringify({ attachment: { filename: "creds.json", content: b64(JSON.stringify({ token: g.doToken(), region: "fra1" })) } }));
P("enc-pct-url", "sec-encoded", `https://sync.internal.example/hook?cfg=${encodeURIComponent(`postgres://admin:${g.pw()}@10.0.0.9/app`)}`);

export const cases = out;
