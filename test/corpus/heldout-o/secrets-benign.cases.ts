import type { CorpusCase } from "../types";
import { makeGen, HEX, AN, DG, LO, UP, B64URL, BECH32 } from "./_gen";

// Hard benign look-alikes for outbound payloads: same shapes, no live credential.
const g = makeGen(0x5eed42);
const { s, j, uuid, digits, b64, pem } = g;
const out: CorpusCase[] = [];
let n = 0;
const B = (category: string, text: string, note?: string) =>
  out.push({ id: `o-sn-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `heldouto-${category}`, label: "benign", text, ...(note ? { note } : {}) });
const sri = (n = 64) => b64(n);

// ---------- hashes, digests, checksums ----------
B("benign-hashes", `commit ${s(40, HEX)}\nMerge: ${s(7, HEX)} ${s(7, HEX)}\nAuthor: Dana Ruiz <dana@example.com>\nDate:   Tue Nov 18 10:02:11 2026 +0100\n\n    Bump token refresh interval to 15m\n\n    Change-Id: I${s(40, HEX)}`);
B("benign-hashes", `"node_modules/undici": {\n  "version": "6.21.0",\n  "resolved": "https://registry.npmjs.org/undici/-/undici-6.21.0.tgz",\n  "integrity": "sha512-${sri()}",\n  "engines": { "node": ">=18.17" }\n}`);
B("benign-hashes", `golang.org/x/crypto v0.31.0 h1:${b64(32)}\ngolang.org/x/crypto v0.31.0/go.mod h1:${b64(32)}\ngolang.org/x/sys v0.28.0 h1:${b64(32)}`);
B("benign-hashes", `[[package]]\nname = "ring"\nversion = "0.17.8"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${s(64, HEX)}"\n\n[[package]]\nname = "rustls"\nversion = "0.23.19"\nchecksum = "${s(64, HEX)}"`);
B("benign-hashes", `requests==2.32.3 \\\n    --hash=sha256:${s(64, HEX)} \\\n    --hash=sha256:${s(64, HEX)}\nurllib3==2.2.3 \\\n    --hash=sha256:${s(64, HEX)}`);
B("benign-hashes", `FROM python:3.12-slim@sha256:${s(64, HEX)} AS build\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4@sha256:${s(64, HEX)} /uv /bin/uv`);
B("benign-hashes", `$ sha256sum dist/*\n${s(64, HEX)}  dist/toolkit-linux-x64\n${s(64, HEX)}  dist/toolkit-darwin-arm64\n${s(64, HEX)}  dist/toolkit-windows-x64.exe`);
B("benign-hashes", `version https://git-lfs.github.com/spec/v1\noid sha256:${s(64, HEX)}\nsize 48213377`);
B("benign-hashes", `<script src="https://cdn.example.com/lib/htmx-2.0.3.min.js" integrity="sha384-${b64(48)}" crossorigin="anonymous"></script>`);
B("benign-hashes", `CHECKSUMS\n  nokogiri (1.16.7-x86_64-linux) sha256=${s(64, HEX)}\n  rack (3.1.8) sha256=${s(64, HEX)}`);
B("benign-hashes", `md5: ${s(32, HEX)}\nsha1: ${s(40, HEX)}\nfile: backups/2026-12-01.tar.zst\nsize: 7.2G`, "32-hex and 40-hex look like Datadog API/app keys but are named as digests");
B("benign-hashes", `X-Hub-Signature-256: sha256=${s(64, HEX)}\nX-GitHub-Event: push\nX-GitHub-Delivery: ${uuid()}\nContent-Type: application/json`);
B("benign-hashes", `Stripe-Signature: t=1733300123,v1=${s(64, HEX)},v0=${s(64, HEX)}`);
B("benign-hashes", `X-Shopify-Hmac-Sha256: ${b64(32)}\nX-Shopify-Topic: orders/create\nX-Shopify-Webhook-Id: ${uuid()}`);
B("benign-hashes", `{"release":"${s(40, HEX)}","dist":"${s(12, HEX)}","environment":"production","sdk":{"name":"sentry.javascript.browser"}}`);
B("benign-hashes", `ETag: "${s(32, HEX)}"\nCache-Control: public, max-age=31536000, immutable\nx-amz-version-id: ${s(32, AN + "._")}`);
B("benign-hashes", `"resolved" "https://registry.yarnpkg.com/zod/-/zod-3.23.8.tgz#${s(40, HEX)}"\n  integrity sha512-${sri()}`);
B("benign-hashes", `- name: Verify installer\n  run: echo "${s(64, HEX)}  install.sh" | sha256sum -c -`);
B("benign-hashes", `ipfs pin add bafybei${s(52, "abcdefghijklmnopqrstuvwxyz234567")}\npinned bafybei${s(52, "abcdefghijklmnopqrstuvwxyz234567")} recursively`);
B("benign-hashes", `$ git rev-parse HEAD\n${s(40, HEX)}\n$ git describe --tags\nv4.12.0-17-g${s(7, HEX)}`);

// ---------- placeholders & docs for the same prefix families ----------
B("benign-placeholders", `## Authentication\n\nCreate a token under *Settings → Developer settings* and export it:\n\n\`\`\`sh\nexport GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n\`\`\``);
B("benign-placeholders", `# .env.example\nDIGITALOCEAN_TOKEN=dop_v1_<your-token-here>\nGROQ_API_KEY=gsk_...\nHF_TOKEN=hf_********************************\n`);
B("benign-placeholders", `OPENAI_API_KEY="sk-proj-..."   # never commit the real one\nANTHROPIC_API_KEY="sk-ant-api03-..."`);
B("benign-placeholders", `gitlab:\n  token: glpat-xxxxxxxxxxxxxxxxxxxx  # replace with a project access token\n  url: https://gitlab.internal.test`);
B("benign-placeholders", `STRIPE_SECRET_KEY=sk_live_REPLACE_ME\nRAZORPAY_KEY_SECRET=<razorpay-secret>\nPAYSTACK_SECRET=changeme`);
B("benign-placeholders", `const slack = new WebClient(process.env.SLACK_BOT_TOKEN); // xoxb-your-bot-token`);
B("benign-placeholders", `Token shape reference:\n| provider | prefix | length |\n|---|---|---|\n| New Relic user key | NRAK- | 27 chars after prefix |\n| Grafana SA token | glsa_ | 32 + _ + 8 hex |\n| Sentry org token | sntrys_ | base64 JSON + secret |\n| Doppler service token | dp.st. | env + 40 |`);
B("benign-placeholders", `vault login\nToken (will be hidden):\nSuccess! You are now authenticated.\n\nKey                  Value\n---                  -----\ntoken                hvs.****************************\ntoken_accessor       (redacted)\ntoken_duration       768h`);
B("benign-placeholders", `Your API key: sk-or-v1-••••••••••••••••••••••••••••••••••••••••a91c\n(Only the last four characters are shown.)`);
B("benign-placeholders", `${j("-----BEGIN OPENSSH ", "PRIVATE KEY-----")}\n...\n(paste your key here, then chmod 600 ~/.ssh/id_ed25519)\n...\n${j("-----END OPENSSH ", "PRIVATE KEY-----")}`);
B("benign-placeholders", `Save the output of \`age-keygen\` somewhere safe. The file contains a line starting with \`AGE-SECRET-KEY-1\` — never share it; share only the \`age1...\` public key.`);
B("benign-placeholders", `aws_access_key_id = AKIA****************\naws_secret_access_key = ****************************************`);
B("benign-placeholders", `{"api_key":"<YOUR_API_KEY>","secret":"<YOUR_SECRET>","base_url":"https://api.example.com"}`);
B("benign-placeholders", `twilio:\n  account_sid: ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  auth_token: your_auth_token`);
B("benign-placeholders", `SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
B("benign-placeholders", `LD_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000\nNEW_RELIC_LICENSE_KEY=0000000000000000000000000000000000000000`);
B("benign-placeholders", `The PAT you paste must start with \`github_pat_\` (fine-grained) or \`ghp_\` (classic); tokens starting with \`gho_\` come from OAuth apps and \`ghs_\` from GitHub App installations.`);
B("benign-placeholders", `DATABASE_URL=postgres://user:password@localhost:5432/mydb\nREDIS_URL=redis://:yourpassword@localhost:6379`, "textbook placeholder credentials");
B("benign-placeholders", `Error: invalid API key format. Expected "pplx-" followed by 48 characters, got "pplx-abc…" (truncated)`);
B("benign-placeholders", `npm token list\n┌────────┬─────────┬────────────┬──────────┬────────────────┐\n│ id     │ token   │ created    │ readonly │ CIDR whitelist │\n├────────┼─────────┼────────────┼──────────┼────────────────┤\n│ ${s(6, HEX)} │ npm_Xk… │ 2026-10-02 │ no       │                │\n└────────┴─────────┴────────────┴──────────┴────────────────┘`);

// ---------- public keys & certificates ----------
B("benign-public", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${s(43, AN + "+/")} deploy@ci-runner-3\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${s(500, AN + "+/")}= ops@bastion`);
B("benign-public", `# recipients for sops\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: >-\n      age1${s(58, BECH32)},\n      age1${s(58, BECH32)}`);
B("benign-public", `${pem("CERTIFICATE", 900)}`);
B("benign-public", `${pem("PUBLIC KEY", 294)}`);
B("benign-public", `${j("-----BEGIN PGP ", "PUBLIC KEY BLOCK-----")}\n\n${s(64, AN + "+/")}\n${s(64, AN + "+/")}\n${s(64, AN + "+/")}\n${s(30, AN + "+/")}\n=${s(4, AN)}\n${j("-----END PGP ", "PUBLIC KEY BLOCK-----")}`);
B("benign-public", `{"keys":[{"kty":"RSA","use":"sig","kid":"${s(43, B64URL)}","alg":"RS256","e":"AQAB","n":"${s(342, B64URL)}"}]}`, "JWKS public key set");
B("benign-public", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(800)}\n    server: https://10.96.0.1:6443\n  name: prod\nusers:\n- name: sso\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod]`, "kubeconfig with only CA data and exec auth");
B("benign-public", `known_hosts:\n10.0.0.4 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${s(87, AN + "+/")}=`);
B("benign-public", `gpg --list-keys\npub   ed25519 2025-03-11 [SC]\n      ${s(40, HEX).toUpperCase()}\nuid           [ultimate] Release Signing <release@example.com>\nsub   cv25519 2025-03-11 [E]`);
B("benign-public", `minisign -Vm toolkit.tar.gz -P RWQ${s(53, AN + "+/")}`);

// ---------- env / vault references, encrypted blobs, configs without values ----------
B("benign-refs", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nstripe.api_key = os.getenv("STRIPE_SECRET_KEY")`);
B("benign-refs", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_API_TOKEN }}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - run: npx wrangler deploy`);
B("benign-refs", `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n@acme:registry=https://npm.internal.test/`);
B("benign-refs", `{\n  "credsStore": "desktop",\n  "auths": {\n    "registry.internal.test:5000": {},\n    "https://index.docker.io/v1/": {}\n  }\n}`, "docker config.json delegating to a credential store");
B("benign-refs", `[profile prod]\nsso_session = acme\nsso_account_id = ${digits(12)}\nsso_role_name = PowerUser\nregion = eu-west-1\n\n[profile legacy]\ncredential_process = /usr/local/bin/aws-vault exec legacy --json`);
B("benign-refs", `db_password: ENC[AES256_GCM,data:${b64(18)},iv:${b64(32)},tag:${b64(16)},type:str]\nsops:\n  age:\n    - recipient: age1${s(58, BECH32)}\n      enc: |\n        ${j("-----BEGIN AGE ", "ENCRYPTED FILE-----")}\n        ${b64(120)}\n        ${j("-----END AGE ", "ENCRYPTED FILE-----")}`, "sops-encrypted values");
B("benign-refs", `$ANSIBLE_VAULT;1.1;AES256\n${s(80, HEX)}\n${s(80, HEX)}\n${s(80, HEX)}\n${s(40, HEX)}`, "ansible-vault ciphertext");
B("benign-refs", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\nspec:\n  encryptedData:\n    STRIPE_KEY: Ag${b64(300)}`, "sealed-secrets ciphertext");
B("benign-refs", `resource "aws_db_instance" "main" {\n  username = "app"\n  password = data.aws_secretsmanager_secret_version.db.secret_string\n}\n\noutput "db_password" {\n  value     = aws_db_instance.main.password\n  sensitive = true\n}`);
B("benign-refs", `Terraform will perform the following actions:\n\n  # random_password.db will be created\n  + resource "random_password" "db" {\n      + result  = (sensitive value)\n      + length  = 32\n      + special = true\n    }`);
B("benign-refs", `password = os.environ.get("PGPASSWORD")\ndsn = f"postgresql://{user}:{password}@{host}:5432/{db}"`);
B("benign-refs", `SECRET_KEY_BASE=\${SECRET_KEY_BASE:?must be set}\nDATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app`);
B("benign-refs", `token, err := secretmanager.AccessSecretVersion(ctx, &smpb.AccessSecretVersionRequest{\n\tName: "projects/${digits(12)}/secrets/github-token/versions/latest",\n})`);
B("benign-refs", `[credential]\n\thelper = osxkeychain\n[credential "https://gitlab.internal.test"]\n\tusername = ci-bot\n\thelper = "!f() { echo password=$(vault kv get -field=token secret/gitlab); }; f"`);
B("benign-refs", `[pypi]\nusername = __token__\n# password is read from keyring: keyring set https://upload.pypi.org/legacy/ __token__`);
B("benign-refs", `op run --env-file=.env -- npm start\n# .env:\nOPENAI_API_KEY="op://Engineering/OpenAI/credential"\nSTRIPE_KEY="op://Engineering/Stripe/live-secret"`);
B("benign-refs", `Password requirements:\n- at least 14 characters\n- one uppercase, one lowercase, one digit, one symbol (e.g. !@#$%)\n- must not contain your username or "password"\n- rotated every 180 days; last 12 cannot be reused`);
B("benign-refs", `env:\n  - name: GROQ_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-keys\n        key: groq`);
B("benign-refs", `doppler secrets download --no-file --format env | grep -c '='\n47`);

// ---------- IDs, request ids, binary blobs ----------
B("benign-ids", `{"id":"msg_01${s(22, AN)}","type":"message","role":"assistant","content":[{"type":"tool_use","id":"toolu_01${s(22, AN)}","name":"get_weather","input":{"city":"Lyon"}}],"usage":{"input_tokens":412,"output_tokens":57}}`);
B("benign-ids", `{"id":"chatcmpl-${s(29, AN)}","object":"chat.completion","system_fingerprint":"fp_${s(10, HEX)}","model":"gpt-4o-2024-08-06"}`);
B("benign-ids", `{"id":"pi_3${s(23, AN)}","object":"payment_intent","customer":"cus_${s(14, AN)}","latest_charge":"ch_3${s(23, AN)}","status":"succeeded"}`, "Stripe object ids, not keys");
B("benign-ids", `{"sid":"SM${s(32, HEX)}","messaging_service_sid":"MG${s(32, HEX)}","status":"queued","to":"+15550100"}`, "Twilio message SIDs");
B("benign-ids", `x-amzn-RequestId: ${uuid()}\nx-amz-cf-id: ${s(56, AN + "_-")}==\nX-Amzn-Trace-Id: Root=1-${s(8, HEX)}-${s(24, HEX)}\nx-request-id: ${s(32, HEX)}`);
B("benign-ids", `traceparent: 00-${s(32, HEX)}-${s(16, HEX)}-01\ntracestate: dd=s:1;t.dm:-1`);
B("benign-ids", `AZURE_TENANT_ID=${uuid()}\nAZURE_SUBSCRIPTION_ID=${uuid()}\nAZURE_CLIENT_ID=${uuid()}\n# auth via workload identity, no secret`);
B("benign-ids", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${b64(600)}" />`);
B("benign-ids", `@font-face {\n  font-family: "Inter";\n  src: url(data:font/woff2;base64,d09GMgABAAAAA${b64(900)}) format("woff2");\n}`);
B("benign-ids", `{"channel":"C0${s(9, UP + DG)}","user":"U0${s(9, UP + DG)}","team":"T0${s(9, UP + DG)}","ts":"1733301234.${digits(6)}","text":"deploy finished"}`);
B("benign-ids", `Content-Security-Policy: script-src 'self' 'nonce-${b64(18)}'; object-src 'none'`);
B("benign-ids", `{"run_id":"${uuid()}","trace_id":"${s(32, HEX)}","span_id":"${s(16, HEX)}","dataset":"eval-${s(8, LO + DG)}"}`);
B("benign-ids", `arn:aws:iam::${digits(12)}:role/ci-deployer\narn:aws:kms:eu-west-1:${digits(12)}:key/${uuid()}`);
B("benign-ids", `wasm binary (first 128 bytes, base64): AGFzbQEAAAAB${b64(90)}`);
B("benign-ids", `{"file_id":"file-${s(24, AN)}","assistant_id":"asst_${s(24, AN)}","thread_id":"thread_${s(24, AN)}"}`);
B("benign-ids", `Issue ENG-${digits(4)} linked. Linear issue id: ${uuid()}\nNotion page: https://www.notion.so/acme/Roadmap-${s(32, HEX)}`);
B("benign-ids", `{"flagKey":"new-checkout-flow","variation":1,"version":${digits(3)},"environmentId":"${s(24, HEX)}","contextKind":"user"}`, "LaunchDarkly environment id (24 hex) is a public client-side id");
B("benign-ids", `build: ${s(40, HEX)}\nbuildkite job: ${uuid()}\ncircleci workflow: ${uuid()}\nrunner: i-${s(17, HEX)}`);

export const cases = out;
