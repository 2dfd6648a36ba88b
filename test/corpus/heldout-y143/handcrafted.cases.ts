// heldout-y143: handcrafted positives — private keys of every format, service-account JSON,
// wallet keys, credential files, and a few carriers not used by the shared renderers.
// All key material is assembled at run time from seed 143003.
import type { CorpusCase } from "../types.ts";
import { BECH32, CAT, COMMENT, Gen, HANDOVER, pad, type Cat } from "./_gen.ts";

const g = new Gen(143003);
const now = 1767225600;

// split prefixes so no scanner finds a live-looking literal in this file
const GHP = () => "gh" + "p_" + g.a(36);
const GLPAT = () => "gl" + "pat-" + g.u(20);
const NPM = () => "np" + "m_" + g.a(36);
const AKID = () => "AK" + "IA" + g.b32(16);
const AWS_SECRET = () => g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+");
const wrap = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");

const BIP39 =
  "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis bacon badge balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean beauty because become beef before begin behave behind believe below belt bench benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause caution cave ceiling celery cement census century cereal certain chair chalk champion change chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child chimney choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color column combine come comfort comic common company concert conduct confirm congress connect consider control convince cook cool copper copy coral core corn correct cost cotton couch country couple course cousin cover coyote crack cradle craft cram crane crash crater crawl crazy cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion custom cute cycle".split(
    " ",
  );

const WG = {
  en: ["The tunnel comes up but no traffic passes. My config:", "Handshake never completes with the office peer, config below."],
  xx: ["El túnel levanta pero no pasa tráfico. Mi configuración:", "Der Tunnel steht, aber es fließt kein Traffic. Meine Konfiguration:", "トンネルは張れるのに通信できません。設定はこちら："],
};
const KUBE = {
  en: ["kubectl says \"error: You must be logged in to the server (Unauthorized)\". My kubeconfig:", "The deploy job can't reach the cluster any more, here's the kubeconfig it uses:"],
  xx: ["kubectl me dice \"You must be logged in to the server (Unauthorized)\". Mi kubeconfig:", "kubectl возвращает Unauthorized, вот мой kubeconfig:", "kubectl 一直报 Unauthorized，这是我的 kubeconfig："],
};

interface Hc {
  cat: Cat;
  note: string;
  text: () => string;
}

const hc: Hc[] = [
  {
    cat: "keys",
    note: "RSA private key (PKCS#1 PEM) pasted as deploy_key into a chat-completion message",
    text: () =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          { role: "system", content: "You are a DevOps assistant." },
          { role: "user", content: `ssh -i deploy_key deploy@${g.ip()} fails with "Permission denied (publickey)". This is the key from the CI secret, is the format wrong?\n\n${g.rsaPkcs1()}\n` },
        ],
      }),
  },
  {
    cat: "keys",
    note: "EC private key (SEC1 PEM) written to certs/server.key by an Anthropic tool_use",
    text: () => {
      const id = `toolu_01${g.a(22)}`;
      return JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          { role: "user", content: "Set up TLS for the local gateway with the key I gave you earlier." },
          { role: "assistant", content: [{ type: "tool_use", id, name: "write_file", input: { path: "certs/server.key", content: g.ecSec1() + "\n" } }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "ok" }] },
        ],
      });
    },
  },
  {
    cat: "keys",
    note: "PKCS#8 private key with \\n escapes in FIREBASE_PRIVATE_KEY inside an MCP tool result (cat .env)",
    text: () => {
      const pk = g.pkcs8().replace(/\n/g, "\\n");
      return JSON.stringify({
        jsonrpc: "2.0",
        id: 17,
        result: { content: [{ type: "text", text: `$ cat .env.local\nFIREBASE_PROJECT_ID=acme-mobile-prod\nFIREBASE_CLIENT_EMAIL=firebase-adminsdk-x1y2z@acme-mobile-prod.iam.gserviceaccount.com\nFIREBASE_PRIVATE_KEY="${pk}\\n"\n` }], isError: false },
      });
    },
  },
  {
    cat: "keys",
    note: "OpenSSH ed25519 private key in `cat ~/.ssh/id_ed25519` returned as an Anthropic tool_result",
    text: () =>
      JSON.stringify({
        role: "user",
        content: [{ type: "tool_result", tool_use_id: `toolu_01${g.a(22)}`, content: `${g.openssh()}\n` }],
      }),
  },
  {
    cat: "keys",
    note: "PGP private key block imported with a heredoc in a GitHub Actions step log",
    text: () => {
      const ts = Buffer.alloc(4);
      ts.writeUInt32BE(g.epoch() - 86400 * 400);
      const body = Buffer.concat([Buffer.from([0x95, 0x05, 0x58, 0x04]), ts, Buffer.from([0x01, 0x0c, 0x00]), Buffer.from(g.bytes(1230))]).toString("base64");
      const armored = `-----BEGIN PGP ${"PRIVATE"} KEY BLOCK-----\n\n${wrap(body, 64)}\n=${g.b64(4)}\n-----END PGP ${"PRIVATE"} KEY BLOCK-----`;
      const t = new Date(g.epoch() * 1000).toISOString().replace("Z", "0000Z");
      return `${t} ##[group]Run gpg --batch --import <<'EOF'\n${armored
        .split("\n")
        .map((l) => `${t} ${l}`)
        .join("\n")}\n${t} EOF\n${t} ##[endgroup]\n${t} gpg: key ${g.H(16)}: secret key imported\n${t} gpg: Total number processed: 1`;
    },
  },
  {
    cat: "keys",
    note: "age secret key (SOPS keys.txt) pasted into an Anthropic messages body",
    text: () => {
      const pub = "age1" + g.str(58, BECH32);
      const sec = "AGE-SECRET-" + "KEY-1" + g.str(58, BECH32.toUpperCase());
      return JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 1024,
        messages: [{ role: "user", content: `sops -d secrets.enc.yaml says "no identity matched any of the recipients". My ~/.config/sops/age/keys.txt:\n\n# created: 2025-11-03T09:14:22+01:00\n# public key: ${pub}\n${sec}\n` }],
      });
    },
  },
  {
    cat: "keys",
    note: "WireGuard PrivateKey in wg0.conf pasted into a support chat message",
    text: () =>
      `${g.say(WG)}\n\n/etc/wireguard/wg0.conf:\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.bb(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.bb(32)}\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.acme.io:51820\nPersistentKeepalive = 25\n`,
  },
  {
    cat: "keys",
    note: "PuTTY .ppk (v3, unencrypted) attached to a multipart upload",
    text: () => {
      const b = `----formdata-undici-0${g.d(11)}`;
      const u32 = (n: number) => {
        const x = Buffer.alloc(4);
        x.writeUInt32BE(n);
        return x;
      };
      const pub = Buffer.concat([u32(11), Buffer.from("ssh-ed25519"), u32(32), Buffer.from(g.bytes(32))]).toString("base64");
      const priv = Buffer.concat([u32(32), Buffer.from(g.bytes(32))]).toString("base64");
      const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\r\nEncryption: none\r\nComment: ed25519-key-20251104\r\nPublic-Lines: 2\r\n${pub.slice(0, 64)}\r\n${pub.slice(64)}\r\nPrivate-Lines: 1\r\n${priv}\r\nPrivate-MAC: ${g.h(64)}\r\n`;
      return `POST /upload HTTP/1.1\r\nHost: files.partner-sftp.example\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="jumpbox.ppk"\r\nContent-Type: application/octet-stream\r\n\r\n${ppk}--${b}--\r\n`;
    },
  },
  {
    cat: "keys",
    note: "private JWK (EC P-256 with d) in jwks.json written via OpenAI tool_calls",
    text: () => {
      const jwks = { keys: [{ kty: "EC", crv: "P-256", kid: g.h(16), use: "sig", alg: "ES256", x: g.bu(32), y: g.bu(32), d: g.bu(32) }] };
      return JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "user", content: "Persist the signing key so the auth service survives restarts." },
          { role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "auth/keys/jwks.json", content: JSON.stringify(jwks, null, 2) }) } }] },
        ],
      });
    },
  },
  {
    cat: "cloud",
    note: "GCP service-account JSON key (private_key, private_key_id) pasted into a chat body",
    text: () => {
      const sa = {
        type: "service_account",
        project_id: "acme-data-prod",
        private_key_id: g.h(40),
        private_key: g.pkcs8() + "\n",
        client_email: "bq-loader@acme-data-prod.iam.gserviceaccount.com",
        client_id: g.d(21),
        auth_uri: "https://accounts.google.com/o/oauth2/auth",
        token_uri: "https://oauth2.googleapis.com/token",
        auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
        client_x509_cert_url: "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40acme-data-prod.iam.gserviceaccount.com",
        universe_domain: "googleapis.com",
      };
      return JSON.stringify({
        model: "gpt-4o",
        messages: [{ role: "user", content: `BigQuery load job says 403 access denied. Here is the key file we use:\n\n${JSON.stringify(sa, null, 2)}` }],
      });
    },
  },
  {
    cat: "keys",
    note: "Ethereum deployer private key (0x + 64 hex) in hardhat.config.ts fallback",
    text: () =>
      `import { HardhatUserConfig } from "hardhat/config";\nimport "@nomicfoundation/hardhat-toolbox";\n\n// ${g.say(COMMENT)}\nconst DEPLOYER_PRIVATE_KEY = process.env.DEPLOYER_PRIVATE_KEY ?? "0x${g.h(64)}";\n\nconst config: HardhatUserConfig = {\n  solidity: "0.8.24",\n  networks: {\n    base: { url: "https://mainnet.base.org", accounts: [DEPLOYER_PRIVATE_KEY] },\n  },\n};\n\nexport default config;\n`,
  },
  {
    cat: "keys",
    note: "BIP39 seed phrase in MNEMONIC exported in an OpenAI tool_calls shell command",
    text: () => {
      const words = Array.from({ length: 12 }, () => g.pick(BIP39)).join(" ");
      return JSON.stringify({
        model: "gpt-4o",
        messages: [
          { role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export MNEMONIC="${words}" && npx hardhat run scripts/deploy.ts --network sepolia` }) } }] },
        ],
      });
    },
  },
  {
    cat: "keys",
    note: "Solana keypair file (64-byte JSON array) in `cat ~/.config/solana/id.json` MCP tool result",
    text: () =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 42,
        result: { content: [{ type: "text", text: `$ cat ~/.config/solana/id.json\n[${Array.from(g.bytes(64)).join(",")}]` }] },
      }),
  },
  {
    cat: "devtools",
    note: ".npmrc with npm and GitHub Packages _authToken written by tool_use",
    text: () => {
      const id = `toolu_01${g.a(22)}`;
      return JSON.stringify({
        role: "assistant",
        content: [{ type: "tool_use", id, name: "write_file", input: { path: ".npmrc", content: `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GHP()}\n//registry.npmjs.org/:_authToken=${NPM()}\nalways-auth=true\n` } }],
      });
    },
  },
  {
    cat: "devtools",
    note: "~/.docker/config.json auths (base64 user:token) in an MCP tool result",
    text: () => {
      const b64 = (s: string) => Buffer.from(s).toString("base64");
      const cfg = { auths: { "ghcr.io": { auth: b64(`acme-ci:${GHP()}`) }, "https://index.docker.io/v1/": { auth: b64(`acmebuild:${"dckr" + "_pat_" + g.u(27)}`) } }, credsStore: "" };
      return JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: JSON.stringify(cfg, null, "\t") }] } });
    },
  },
  {
    cat: "devtools",
    note: ".netrc with Heroku and GitHub passwords pasted in a chat hand-over",
    text: () =>
      `${g.say(HANDOVER)}\n\n~/.netrc\nmachine api.heroku.com\n  login ops@acme.io\n  password ${"HR" + "KU-AA" + g.u(58)}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${"HR" + "KU-AA" + g.u(58)}\nmachine github.com login acme-bot password ${GHP()}\n`,
  },
  {
    cat: "data",
    note: ".pgpass lines (host:port:db:user:password) in a crontab-driven backup script",
    text: () =>
      `#!/bin/sh\n# nightly backup — writes its own pgpass\ncat > ~/.pgpass <<'EOF'\ndb-primary.prod.internal:5432:orders:backup:${g.a(22)}\ndb-replica.prod.internal:5432:*:readonly:${g.a(18)}\nEOF\nchmod 600 ~/.pgpass\npg_dump -h db-primary.prod.internal -U backup orders | gzip > /backups/orders-$(date +%F).sql.gz\n`,
  },
  {
    cat: "devtools",
    note: ".git-credentials (GitHub PAT, GitLab PAT) in a shell transcript sent to the model",
    text: () =>
      JSON.stringify({
        model: "claude-3-7-sonnet-latest",
        max_tokens: 1024,
        messages: [{ role: "user", content: `git push keeps asking for a password even though I have the credential helper:\n\n$ git config --global credential.helper\nstore\n$ cat ~/.git-credentials\nhttps://maria:${GHP()}@github.com\nhttps://oauth2:${GLPAT()}@gitlab.acme.io\n` }],
      }),
  },
  {
    cat: "cloud",
    note: "~/.aws/credentials with two profiles in a GitHub issue body",
    text: () =>
      JSON.stringify({
        title: "aws s3 sync fails with SignatureDoesNotMatch",
        body: `~/.aws/credentials:\n\n\`\`\`ini\n[default]\naws_access_key_id = ${AKID()}\naws_secret_access_key = ${AWS_SECRET()}\n\n[prod]\naws_access_key_id = ${AKID()}\naws_secret_access_key = ${AWS_SECRET()}\nregion = eu-central-1\n\`\`\``,
      }),
  },
  {
    cat: "cloud",
    note: "kubeconfig user token (service-account JWT) pasted into a chat body",
    text: () => {
      const tok = g.jwt({ aud: ["https://kubernetes.default.svc"], exp: now + 86400 * 365, iat: now, iss: "https://kubernetes.default.svc", "kubernetes.io": { namespace: "ci", serviceaccount: { name: "deployer", uid: g.uuid() } }, nbf: now, sub: "system:serviceaccount:ci:deployer" }, "RS256", 342);
      const ca = Buffer.from(g.pem("CERTIFICATE", "MIIDBTCCAe2gAwIBAgII", 760) + "\n").toString("base64");
      const kc = `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${ca}\n    server: https://k8s.prod.acme.io:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    namespace: ci\n    user: deployer\n  name: prod\ncurrent-context: prod\nusers:\n- name: deployer\n  user:\n    token: ${tok}\n`;
      return JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${g.say(KUBE)}\n\n${kc}` }] });
    },
  },
  {
    cat: "auth",
    note: "gcloud application_default_credentials.json (authorized_user refresh_token + client_secret) in a tool result",
    text: () =>
      JSON.stringify({
        role: "user",
        content: [
          {
            type: "tool_result",
            tool_use_id: `toolu_01${g.a(22)}`,
            content: JSON.stringify({ account: "", client_id: `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`, client_secret: "GOCSPX" + "-" + g.u(28), quota_project_id: "acme-data-prod", refresh_token: "1//0" + "g" + g.u(98), type: "authorized_user", universe_domain: "googleapis.com" }, null, 2),
          },
        ],
      }),
  },
  {
    cat: "devtools",
    note: ".pypirc with __token__ password (PyPI and TestPyPI) in a Markdown release doc",
    text: () =>
      `## Releasing\n\n1. Bump the version in \`pyproject.toml\`.\n2. Make sure \`~/.pypirc\` looks like this:\n\n\`\`\`ini\n[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = ${"py" + "pi-" + "AgEIcHlwaS5vcmc" + g.u(160)}\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ${"py" + "pi-" + "AgENdGVzdC5weXBpLm9yZw" + g.u(150)}\n\`\`\`\n\n3. \`python -m build && twine upload dist/*\`\n`,
  },
  {
    cat: "cloud",
    note: "rclone.conf S3 remote secret_access_key in a zsh session transcript",
    text: () =>
      `$ rclone config file\nConfiguration file is stored at:\n/home/ops/.config/rclone/rclone.conf\n$ cat /home/ops/.config/rclone/rclone.conf\n[s3-backup]\ntype = s3\nprovider = AWS\naccess_key_id = ${AKID()}\nsecret_access_key = ${AWS_SECRET()}\nregion = eu-west-1\n\n[b2-archive]\ntype = b2\naccount = 005${g.h(22)}\nkey = ${"K0" + "05" + g.a(27)}\n$ rclone sync /srv/uploads s3-backup:acme-uploads --dry-run\n`,
  },
  {
    cat: "devtools",
    note: "Maven settings.xml <server> password (JFrog token) written via tool_calls",
    text: () => {
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">\n  <servers>\n    <server>\n      <id>acme-artifactory</id>\n      <username>ci-publisher</username>\n      <password>${"cmVmdGtu" + "OjAxOj" + g.a(50)}</password>\n    </server>\n  </servers>\n</settings>\n`;
      return JSON.stringify({
        model: "gpt-4o",
        messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "~/.m2/settings.xml", content: xml }) } }] }],
      });
    },
  },
  {
    cat: "devtools",
    note: "Composer auth.json (github-oauth + http-basic password) in a diff",
    text: () => {
      const j = JSON.stringify({ "github-oauth": { "github.com": GHP() }, "http-basic": { "repo.packagist.com": { username: "token", password: g.h(40) } } }, null, 4);
      return `diff --git a/auth.json b/auth.json\nnew file mode 100644\nindex 0000000..${g.h(7)}\n--- /dev/null\n+++ b/auth.json\n@@ -0,0 +1,${j.split("\n").length} @@\n${j
        .split("\n")
        .map((l) => "+" + l)
        .join("\n")}\n`;
    },
  },
  {
    cat: "comms",
    note: "Twilio auth token in an RFC 5322 email sent through an agent's send_email (raw MIME)",
    text: () =>
      `From: build-bot@acme.io\r\nTo: oncall@acme.io\r\nSubject: =?UTF-8?Q?Credenciales_SMS_(producci=C3=B3n)?=\r\nDate: Tue, 04 Nov 2025 09:12:44 +0000\r\nMessage-ID: <${g.h(24)}@acme.io>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${g.say(HANDOVER)}\r\n\r\nTWILIO_ACCOUNT_SID=AC${g.h(32)}\r\nTWILIO_AUTH_TOKEN=${g.h(32)}\r\n`,
  },
  {
    cat: "data",
    note: "Hasura x-hasura-admin-secret in a devtools \"Copy as fetch\" GraphQL call",
    text: () =>
      `fetch("https://gql.acme.io/v1/graphql", {\n  "headers": {\n    "accept": "*/*",\n    "content-type": "application/json",\n    "x-hasura-admin-secret": "${g.a(48)}"\n  },\n  "body": "{\\"query\\":\\"query { orders(limit: 5, order_by: {created_at: desc}) { id total status } }\\"}",\n  "method": "POST",\n  "mode": "cors"\n});`,
  },
  {
    cat: "saas",
    note: "Postman collection v2.1 export with bearer auth (Asana PAT)",
    text: () =>
      JSON.stringify(
        {
          info: { _postman_id: g.uuid(), name: "Asana sync", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
          auth: { type: "bearer", bearer: [{ key: "token", value: "2/" + g.d(16) + "/" + g.d(16) + ":" + g.h(32), type: "string" }] },
          item: [{ name: "List projects", request: { method: "GET", url: { raw: "https://app.asana.com/api/1.0/projects?workspace={{workspace}}", protocol: "https", host: ["app", "asana", "com"], path: ["api", "1.0", "projects"] } } }],
        },
        null,
        2,
      ),
  },
  {
    cat: "data",
    note: "crontab -l with a password in a pg_dump URL and curl -u upload",
    text: () => {
      const p1 = g.a(20);
      return `$ crontab -l\n# m h dom mon dow command\n15 2 * * * pg_dump "postgresql://backup:${p1}@db.prod.internal:5432/orders" | gzip | curl -sf -T - -u backup:${g.a(16)} https://dav.backup.acme-partner.net/orders/$(date +\\%F).sql.gz\n*/5 * * * * /usr/local/bin/healthcheck.sh >/dev/null 2>&1\n`;
    },
  },
  {
    cat: "saas",
    note: "Home Assistant websocket auth frame (long-lived access_token) in a websocat transcript",
    text: () =>
      `$ websocat ws://homeassistant.local:8123/api/websocket\n{"type":"auth_required","ha_version":"2025.10.4"}\n{"type":"auth","access_token":"${g.jwt({ iss: g.h(32), iat: now, exp: now + 86400 * 3650 })}"}\n{"type":"auth_ok","ha_version":"2025.10.4"}\n{"id":1,"type":"get_states"}\n`,
  },
  {
    cat: "keys",
    note: "Django SECRET_KEY and DB password in settings.py returned by a read_file tool_result",
    text: () =>
      JSON.stringify({
        role: "user",
        content: [
          {
            type: "tool_result",
            tool_use_id: `toolu_01${g.a(22)}`,
            content: `from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\nSECRET_KEY = "${g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")}"\nDEBUG = False\nALLOWED_HOSTS = ["api.acme.io"]\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "acme",\n        "USER": "acme_app",\n        "PASSWORD": "${g.a(24)}",\n        "HOST": "db.prod.internal",\n        "PORT": "5432",\n    }\n}\n`,
          },
        ],
      }),
  },
  {
    cat: "cloud",
    note: "terraform.tfstate with aws_iam_access_key secret (state file pasted to the model)",
    text: () =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          {
            role: "user",
            content: `Why does terraform want to recreate this? State excerpt:\n\n${JSON.stringify(
              {
                version: 4,
                terraform_version: "1.9.8",
                serial: g.range(10, 400),
                lineage: g.uuid(),
                resources: [{ mode: "managed", type: "aws_iam_access_key", name: "ci", provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 0, attributes: { id: AKID(), user: "ci-deployer", secret: AWS_SECRET(), status: "Active", create_date: "2025-06-02T10:11:12Z" }, sensitive_attributes: [] }] }],
              },
              null,
              2,
            )}`,
          },
        ],
      }),
  },
  {
    cat: "payment",
    note: "Kubernetes Secret with base64 data (Stripe live key) in a kubectl get -o yaml output",
    text: () => {
      const b = (s: string) => Buffer.from(s).toString("base64");
      return `$ kubectl -n payments get secret stripe -o yaml\napiVersion: v1\ndata:\n  STRIPE_SECRET_KEY: ${b("sk" + "_live_51" + g.a(97))}\n  STRIPE_WEBHOOK_SECRET: ${b("wh" + "sec_" + g.a(32))}\nkind: Secret\nmetadata:\n  creationTimestamp: "2025-09-14T08:02:11Z"\n  name: stripe\n  namespace: payments\n  resourceVersion: "${g.d(8)}"\n  uid: ${g.uuid()}\ntype: Opaque\n`;
    },
  },
];

export const cases: CorpusCase[] = hc.map((c, i) => ({
  id: `y143-k-${pad(i + 1)}`,
  kind: "secrets",
  category: CAT(c.cat),
  label: "positive",
  text: c.text(),
  note: c.note,
}));
