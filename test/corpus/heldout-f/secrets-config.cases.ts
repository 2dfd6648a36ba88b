// Whole config files, connection strings, credential files, private keys, seed phrases.
import { builder } from "./mk.ts";
import { tok, rs, A, pem, mnemonic, int, uuid, sha256, cert, sshPub } from "./gen.ts";

const { out, pos, ben } = builder("secrets", "cfg");
// Extra arguments (a replacer and an indent, passed at a few call sites) are ignored, as they were when the
// set was measured: the texts stay exactly those measured blind.
const J = (o: unknown, ..._ignored: unknown[]) => JSON.stringify(o);

// ---- config files with nested credentials (positive) ----
pos("config", `# config/production.yml\nserver:\n  port: 8080\n  tls:\n    enabled: true\nintegrations:\n  payments:\n    provider: stripe\n    credentials:\n      secret_key: ${tok.stripeLive()}\n      webhook_secret: whsec_${rs(32, A.alnum)}\n  email:\n    provider: sendgrid\n`);
pos("config", `[tool.poetry]\nname = "svc"\n\n[[tool.poetry.source]]\nname = "private"\nurl = "https://pypi.internal.example/simple"\n\n[tool.svc.secrets]\nopenai = "${tok.openaiProj()}"\n`);
pos("config", `; php.ini-style\n[database]\nhost = db.internal\nuser = app\npassword = ${tok.password()}\n\n[cache]\nhost = redis.internal\n`);
pos("config", `spring.datasource.url=jdbc:postgresql://db.internal:5432/orders\nspring.datasource.username=orders_app\nspring.datasource.password=${tok.password()}\nspring.jpa.hibernate.ddl-auto=validate\n`);
pos("config", `NODE_ENV=production\nPORT=3000\nLOG_LEVEL=info\nANTHROPIC_API_KEY=${tok.anthropic()}\nSENTRY_DSN=${tok.sentryDsn()}\n`);
pos("config", J({ name: "svc", version: "1.0.0", config: { aws: { region: "eu-west-1", accessKeyId: tok.awsId(), secretAccessKey: tok.awsSecret() } } }, ));
pos("config", `<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="TwilioAuthToken" value="${rs(32, A.hex)}" />\n    <add key="TwilioAccountSid" value="${tok.twilioSid()}" />\n  </appSettings>\n</configuration>`);
pos("config", `provider "github" {\n  owner = "acme"\n  token = "${tok.githubPat()}"\n}\n\nresource "github_repository" "infra" {\n  name = "infra"\n}`);
pos("config", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\ndata:\n  DATABASE_PASSWORD: ${Buffer.from(tok.password()).toString("base64")}\n  SLACK_TOKEN: ${Buffer.from(tok.slackBot()).toString("base64")}\n`);
pos("config", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${tok.password()}\n  web:\n    build: .\n    environment:\n      - MAILGUN_API_KEY=${tok.mailgun()}\n`);
pos("config", `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      FLY_API_TOKEN: fo1_${rs(43, A.url)}\n    steps:\n      - uses: actions/checkout@v4\n      - run: flyctl deploy --remote-only\n`);
pos("config", `stages: [test, deploy]\nvariables:\n  NPM_TOKEN: "${tok.npm()}"\ndeploy:\n  stage: deploy\n  script:\n    - npm publish\n`);
pos("config", `{\n  "cells": [\n    {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": ["import openai\\n", "client = openai.OpenAI(api_key=\\"${tok.openaiLegacy()}\\")\\n"]}\n  ],\n  "nbformat": 4, "nbformat_minor": 5\n}`, "notebook cell");
pos("config", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    token: ${tok.jwt()}\n`);
pos("config", `[default]\nregion = us-east-1\n\n[profile deploy]\naws_access_key_id = ${tok.awsTempId()}\naws_secret_access_key = ${tok.awsSecret()}\naws_session_token = IQoJb3JpZ2luX2VjE${rs(300, A.b64)}\n`);
pos("config", `{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${tok.githubFine()}" }\n    }\n  }\n}`);
pos("config", `# wrangler.toml\nname = "edge"\n[vars]\nCF_API_TOKEN = "${tok.cloudflare()}"\nACCOUNT = "${rs(32, A.hex)}"\n`);
pos("config", `azure:\n  storage:\n    connection_string: "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=${tok.azureStorageKey()};EndpointSuffix=core.windows.net"\n`);

// ---- connection strings (positive) ----
pos("connstr", `DATABASE_URL=postgres://orders:${tok.password()}@db-prod.internal.example:5432/orders?sslmode=require`);
pos("connstr", `mongoose.connect("mongodb+srv://admin:${tok.password()}@cluster0.${rs(5, A.lower + A.digit)}.mongodb.net/shop?retryWrites=true&w=majority")`);
pos("connstr", `REDIS_URL=rediss://default:${rs(32, A.alnum)}@eu1-proud-owl-${int(10000, 99999)}.upstash.io:6379`);
pos("connstr", `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_admin;Password=${tok.password()};Encrypt=True;`);
pos("connstr", `amqp://billing:${tok.password()}@rabbit.internal:5672/prod`);
pos("connstr", J({ tool: "run_sql", arguments: { dsn: `mysql://root:${tok.password()}@10.1.2.3:3306/app`, query: "select count(*) from users" } }));

// ---- credential files (positive) ----
pos("credfiles", `machine api.heroku.com\n  login ops@acme.example\n  password HRKU-AA${rs(58, A.url)}\nmachine git.heroku.com\n  login ops@acme.example\n  password HRKU-AA${rs(58, A.url)}\n`);
pos("credfiles", `db-prod.internal:5432:orders:orders_app:${tok.password()}\n*:*:*:replicator:${tok.password()}\n`, ".pgpass");
pos("credfiles", `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=${tok.githubPat()}\nalways-auth=true\n`, ".npmrc");
pos("credfiles", `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${tok.pypi()}\n`, ".pypirc");
pos("credfiles", `https://dana:${tok.githubPat()}@github.com\nhttps://oauth2:${tok.gitlab()}@gitlab.com\n`, ".git-credentials");
pos("credfiles", J({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from("acmeci:" + tok.dockerhub()).toString("base64") }, "ghcr.io": { auth: Buffer.from("acme-bot:" + tok.githubPat()).toString("base64") } } }, null, 2), "docker config.json");
pos("credfiles", J({ type: "service_account", project_id: "acme-prod-" + int(100, 999), private_key_id: rs(40, A.hex), private_key: pem("PKCS8") + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: rs(21, A.digit), token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP SA json");

// ---- private keys & seeds (positive) ----
pos("keys-seeds", J({ tool: "write_file", arguments: { path: "/tmp/id_ed25519", content: pem("OPENSSH") } }));
pos("keys-seeds", `Here is the deploy key you asked for:\n\n${pem("RSA")}\n\nadd it to the server's authorized list.`);
pos("keys-seeds", `ssl_certificate_key: |\n  ${pem("EC").split("\n").join("\n  ")}\n`);
pos("keys-seeds", `wallet restore phrase (do not lose!): ${mnemonic(12)}`);
pos("keys-seeds", J({ messages: [{ role: "user", content: `I imported my wallet with these words but the balance is 0, did I get the order wrong?\n${mnemonic(24)}` }] }));
pos("keys-seeds", mnemonic(12).split(" ").map((w, i) => `${i + 1}. ${w}`).join("\n"), "numbered seed list");
pos("keys-seeds", `const wallet = ethers.Wallet.fromPhrase("${mnemonic(12)}");`);
pos("keys-seeds", `PRIVATE_KEY=0x${rs(64, A.hex)}\nRPC_URL=https://eth-mainnet.g.alchemy.com/v2/${rs(32, A.url)}\n`, "raw EVM private key + alchemy key");

// ---- benign in the same families ----
ben("config", `# config/production.yml\nserver:\n  port: 8080\nintegrations:\n  payments:\n    provider: stripe\n    credentials:\n      secret_key: \${STRIPE_SECRET_KEY}\n      webhook_secret: \${STRIPE_WEBHOOK_SECRET}\n`);
ben("config", `NODE_ENV=production\nPORT=3000\nLOG_LEVEL=info\nANTHROPIC_API_KEY=\nSENTRY_DSN=\n# fill these in from 1Password, never commit them\n`);
ben("config", `spring.datasource.url=jdbc:postgresql://localhost:5432/orders\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\n`);
ben("config", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  DATABASE_PASSWORD: changeme\n  SLACK_TOKEN: "<set-by-sealed-secrets>"\n`);
ben("config", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n`);
ben("config", `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n    steps:\n      - uses: actions/checkout@${rs(40, A.hex)} # v4.1.7\n      - run: flyctl deploy --remote-only\n`);
ben("config", `database:\n  password: ENC[AES256_GCM,data:${rs(24, A.b64)}=,iv:${rs(43, A.b64)}=,tag:${rs(22, A.b64)}==,type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${rs(12, A.digit)}:key/${uuid()}\n  lastmodified: "2025-02-11T09:14:02Z"\n  mac: ENC[AES256_GCM,data:${rs(88, A.b64)},iv:${rs(43, A.b64)}=,tag:${rs(22, A.b64)}==,type:str]\n  version: 3.9.0\n`, "sops-encrypted at rest");
ben("config", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${Array.from({ length: 5 }, () => rs(80, A.digit.slice(0, 10) + "abcdef").slice(0, 80)).join("\n  ")}\n`, "ansible vault ciphertext");
ben("config", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: app\nspec:\n  encryptedData:\n    API_KEY: AgB${rs(700, A.b64)}==\n`, "sealed secret ciphertext");
ben("config", `{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "<YOUR_TOKEN>" }\n    }\n  }\n}`);
ben("config", `{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/zod": {\n      "version": "3.23.8",\n      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n      "integrity": "sha512-${rs(86, A.b64)}=="\n    }\n  }\n}`);
ben("config", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256()}"\n`);
ben("config", `terraform {\n  backend "s3" {\n    bucket = "acme-tfstate"\n    key    = "prod/terraform.tfstate"\n    region = "eu-west-1"\n    dynamodb_table = "tf-locks"\n  }\n}\nprovider "github" {\n  owner = "acme"\n  token = var.github_token\n}`);
ben("config", `config.api_key = ENV.fetch("API_KEY")\nconfig.secret_token = Rails.application.credentials.dig(:slack, :token)\nconfig.password_min_length = 12`);
ben("config", `password = getpass.getpass("DB password: ")\ntoken = session.get_token(scope="read")\nsecret = hashlib.sha256(salt + password.encode()).hexdigest()`, "code as values");
ben("connstr", `DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_dev`, "docker default local");
ben("connstr", `mongodb://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true`);
ben("connstr", `Server=(localdb)\\MSSQLLocalDB;Database=App;Trusted_Connection=True;MultipleActiveResultSets=true`);
ben("connstr", `redis://localhost:6379/0`);
ben("credfiles", `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}\n`);
ben("credfiles", `[pypi]\nusername = __token__\npassword = <paste the pypi- token from https://pypi.org/manage/account/token/>\n`);
ben("credfiles", J({ auths: {}, credsStore: "desktop", currentContext: "default" }, null, 2), "docker config with creds store");
ben("keys-seeds", cert(), "public certificate");
ben("keys-seeds", `${sshPub()}\n${sshPub()}`, "authorized_keys public keys");
ben("keys-seeds", `To generate a key run \`ssh-keygen -t ed25519 -C "you@example.com"\`. The private key file starts with\n-----BEGIN OPENSSH PRIVATE KEY----- and must never leave your machine; share only the .pub file.`);
ben("keys-seeds", `BIP-39 uses a list of 2048 words such as "abandon", "ability", "able" and "about"; a 12-word phrase encodes 128 bits of entropy plus a 4-bit checksum.`);
ben("keys-seeds", `The kids' spelling list this week: apple, garden, river, window, yellow, basket, candle, orange, pencil, rabbit, summer, turtle.`, "12 common words, not a valid phrase");
ben("keys-seeds", `contract address: 0x${rs(40, A.hex)}\ntx: 0x${rs(64, A.hex)}\nblock: ${int(19000000, 21000000)}`, "public chain ids");

export const cases = out;
