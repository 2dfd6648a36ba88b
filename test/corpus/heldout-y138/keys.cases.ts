// Handcrafted positives: key material (CA keys, SSH CA, PGP, PKCS#12, JWK, age, WireGuard,
// OpenVPN, keytab), secret-store CLI output (vault, AWS/GCP/Azure, 1Password, CyberArk),
// password-manager exports, credential files, security-tool output carrying live credentials.
import type { CorpusCase } from "../types.ts";
import { F, Gen, anth, anthTool, b64, gem, hc, j, mcpResult, oai, oaiTool } from "./_gen.ts";

const g = new Gen(138_003);
const wrap = (s: string, w: number): string => (s.match(new RegExp(`.{1,${w}}`, "g")) ?? []).join("\n");
/** PEM block with a realistic DER lead and length. */
const pem = (label: string, lead: string, chars: number, w = 64): string =>
  [`-----BEGIN ${label}-----`, wrap(lead + g.b64(chars - lead.length - 1) + "=", w), `-----END ${label}-----`].join("\n");
const rsaKey = () => pem(j("RSA ", "PRIVATE KEY"), "MIIEpAIBAAKCAQEA", 1676);
const pkcs8 = () => pem(j("PRIVATE", " KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624);
const ecKey = () => pem(j("EC ", "PRIVATE KEY"), "MHcCAQEEI", 164);
const cert = () => pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1180);
const opensshKey = () =>
  pem(j("OPENSSH ", "PRIVATE KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 400, 70);
const cases: CorpusCase[] = [];
let n = 0;
const add = (group: Parameters<typeof hc>[1], note: string, text: string) => cases.push(hc(`y138-k-${String(++n).padStart(3, "0")}`, group, note, text));

// 1 intermediate CA key written by the agent
add("keys", "internal PKI intermediate CA RSA private key; slot pki/intermediate/ca.key.pem; context: Anthropic tool_use write_file", anthTool(g, "Set up the internal CA for the SOC lab: write the intermediate key and cert into pki/intermediate/.", "write_file", { path: "pki/intermediate/ca.key.pem", content: rsaKey() + "\n" }, "File written successfully."));

// 2 step-ca intermediate EC key with ca.json
{
  const caJson = JSON.stringify({ root: "/home/step/certs/root_ca.crt", crt: "/home/step/certs/intermediate_ca.crt", key: "/home/step/secrets/intermediate_ca_key", address: ":9000", dnsNames: ["ca.soc.test"], authority: { provisioners: [{ type: "ACME", name: "acme" }] } }, null, 2);
  add("keys", "step-ca intermediate EC private key; slot secrets/intermediate_ca_key; context: OpenAI chat body (ca.json + key pasted)", oai(g, `step-ca startet nicht ("x509: decryption password incorrect"). Hier sind ca.json und die Schlüsseldatei, auf die sie zeigt:\n\n${F}json\n${caJson}\n${F}\n\n${F}\n${ecKey()}\n${F}`));
}

// 3 GCP service account JSON (Google SecOps ingestion)
{
  const proj = `acme-secops-${g.lo(6)}`;
  const sa = { type: "service_account", project_id: proj, private_key_id: g.hex(40), private_key: pkcs8() + "\n", client_email: `chronicle-ingest@${proj}.iam.gserviceaccount.com`, client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs", universe_domain: "googleapis.com" };
  add("cloud", "GCP service account key JSON (Google SecOps ingestion); slot private_key; context: Gemini request with the pasted JSON", gem(g, `Why does the Chronicle forwarder say "invalid_grant: account not found"? This is the credential file:\n\n${F}json\n${JSON.stringify(sa, null, 2)}\n${F}`));
}

// 4 SSH user CA private key in a tool_result
add("keys", "OpenSSH user CA private key; slot /etc/ssh/ca/user_ca; context: Anthropic tool_result of cat", anthTool(g, "Check whether the bastion's user CA matches the one in TrustedUserCAKeys.", "bash", { command: "sudo cat /etc/ssh/ca/user_ca /etc/ssh/ca/user_ca.pub" }, `${opensshKey()}\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} user-ca@bastion-01`));

// 5 PGP private key in an incident ticket
{
  const body = wrap("lQdGBGY" + g.b64(3300), 64);
  const armored = [j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----"), "", body, "=" + g.b64(4), j("-----END PGP ", "PRIVATE KEY BLOCK-----")].join("\n");
  add("keys", "PGP release-signing private key block; slot exported secret key; context: Jira incident ticket body", JSON.stringify({ fields: { project: { key: "IR" }, issuetype: { name: "Incident" }, summary: "Release signing key exported from build host", description: `Found in /tmp on build-07 during the sweep (gpg --export-secret-keys --armor). Attaching for the forensic record:\n\n{noformat}\n${armored}\n{noformat}`, labels: ["key-compromise"] } }));
}

// 6 PKCS#12 in a k8s Secret with its password
{
  const p12 = b64(g.bytes(2400));
  const pw = g.pw(20);
  const y = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: siem-forwarder-mtls", "  namespace: logging", "type: Opaque", "data:", `  client.p12: ${p12}`, `  keystore-password: ${b64(pw)}`].join("\n");
  add("keys", "PKCS#12 client bundle plus keystore password (base64 k8s Secret data); slot client.p12 / keystore-password; context: OpenAI tool_calls kubectl apply", oaiTool(g, "Apply the mTLS secret for the forwarder.", "run_shell", { command: `kubectl apply -f - <<'EOF'\n${y}\nEOF` }, "secret/siem-forwarder-mtls created"));
}

// 7 openssl pkcs12 export with -passout in shell history
{
  const pw = g.pw(22);
  const hist = ["  88  openssl req -new -key edr-relay.key -out edr-relay.csr -subj '/CN=edr-relay.soc.test'", "  89  openssl x509 -req -in edr-relay.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out edr-relay.crt -days 825", `  90  openssl pkcs12 -export -in edr-relay.crt -inkey edr-relay.key -certfile ca.crt -out edr-relay.p12 -passout pass:${pw}`, "  91  scp edr-relay.p12 relay01:/etc/edr/"].join("\n");
  add("keys", "PKCS#12 export password; slot openssl -passout pass:; context: shell history in an Anthropic body", anth(g, `Summarise what I did here so I can write the change record:\n\n${F}\n${hist}\n${F}`));
}

// 8 ACME account key JWK (certbot)
{
  const jwk = { n: g.b64u(342), e: "AQAB", d: g.b64u(342), p: g.b64u(171), q: g.b64u(171), dp: g.b64u(171), dq: g.b64u(171), qi: g.b64u(171), kty: "RSA" };
  add("keys", "ACME account private key JWK (certbot private_key.json); slot d/p/q; context: MCP result of cat", mcpResult(g, `$ sudo cat /etc/letsencrypt/accounts/acme-v02.api.letsencrypt.org/directory/${g.hex(32)}/private_key.json\n${JSON.stringify(jwk)}`));
}

// 9 EC JWK for Okta private_key_jwt in Terraform
{
  const x = g.b64u(43), y = g.b64u(43), d = g.b64u(43);
  const tf = ['resource "okta_app_oauth" "soc_automation" {', '  label                      = "SOC automation (private_key_jwt)"', '  type                       = "service"', '  token_endpoint_auth_method = "private_key_jwt"', "}", "", 'locals {', `  soc_automation_jwk = jsonencode({ kty = "EC", crv = "P-256", kid = "soc-2025", x = "${x}", y = "${y}", d = "${d}" })`, "}"].join("\n");
  add("auth", "Okta service app private JWK (EC, with d); slot soc_automation_jwk; context: Terraform in an OpenAI tool_calls write_file", oaiTool(g, "Add the Okta service app for the SOAR integration.", "write_file", { path: "infra/okta/soc_automation.tf", content: tf + "\n" }, "ok"));
}

// 10 age identity file
add("keys", "age identity (SOPS key file); slot AGE-SECRET-KEY; context: MCP result of cat keys.txt", mcpResult(g, `$ cat ~/.config/sops/age/keys.txt\n# created: ${g.ts()}\n# public key: age1${g.bech(58)}\n${j("AGE-SECRET", "-KEY-1", g.bech(58).toUpperCase())}\n`));

// 11 WireGuard config
add("keys", "WireGuard interface private key + preshared key; slot PrivateKey / PresharedKey; context: Anthropic body with pasted wg0.conf", anth(g, `La machine de rebond IR n'atteint pas 10.99.0.0/24 via le tunnel. Voici la config :\n\n${F}ini\n[Interface]\nAddress = 10.99.0.2/32\nPrivateKey = ${g.raw64(32)}\nDNS = 10.99.0.1\n\n[Peer]\nPublicKey = ${g.raw64(32)}\nPresharedKey = ${g.raw64(32)}\nEndpoint = vpn.soc.test:51820\nAllowedIPs = 10.99.0.0/24\nPersistentKeepalive = 25\n${F}`));

// 12 OpenVPN tls-crypt static key inside .ovpn
{
  const hexLines = Array.from({ length: 16 }, () => g.hex(32)).join("\n");
  const ovpn = ["client", "dev tun", "proto udp", "remote vpn.example.net 1194", "cipher AES-256-GCM", "<tls-crypt>", j("-----BEGIN OpenVPN ", "Static key V1-----"), hexLines, j("-----END OpenVPN ", "Static key V1-----"), "</tls-crypt>"].join("\n");
  add("keys", "OpenVPN tls-crypt static key; slot <tls-crypt>; context: OpenAI chat body with pasted .ovpn", oai(g, `TLS handshake fails on the pentest VPN profile, can you spot the issue?\n\n${F}\n${ovpn}\n${F}`));
}

// 13 kubeconfig with client-key-data
{
  const kc = ["apiVersion: v1", "kind: Config", "clusters:", "- cluster:", `    certificate-authority-data: ${b64(cert())}`, "    server: https://k8s-soc.example.net:6443", "  name: soc-prod", "users:", "- name: ir-responder", "  user:", `    client-certificate-data: ${b64(cert())}`, `    client-key-data: ${b64(rsaKey())}`, "contexts:", "- context: { cluster: soc-prod, user: ir-responder }", "  name: soc-prod", "current-context: soc-prod"].join("\n");
  add("cloud", "kubeconfig client key (client-key-data); slot users[].user.client-key-data; context: Anthropic tool_use write_file", anthTool(g, "Save the responder kubeconfig so I can run kubectl from the sandbox.", "write_file", { path: "/home/agent/.kube/config", content: kc + "\n" }, "ok"));
}

// 14 vault operator init output
{
  const keys = Array.from({ length: 5 }, (_, i) => `Unseal Key ${i + 1}: ${g.raw64(33)}`).join("\n");
  const out = `${keys}\n\nInitial Root Token: ${j("hv", "s.", g.an(24))}\n\nVault initialized with 5 key shares and a key threshold of 3. Please securely\ndistribute the key shares printed above.`;
  add("devtools", "HashiCorp Vault unseal key shares and initial root token; slot vault operator init output; context: OpenAI tool result", oaiTool(g, "Initialise the new Vault cluster for the SOC.", "run_shell", { command: "vault operator init" }, out));
}

// 15 vault login output
add("devtools", "HashiCorp Vault token from `vault login -method=oidc`; slot token row; context: MCP result", mcpResult(g, ["$ vault login -method=oidc role=soc-analyst", "Success! You are now authenticated. The token information displayed below", "is already stored in the token helper.", "", "Key                  Value", "---                  -----", `token                ${j("hv", "s.", g.an(24))}`, `token_accessor       ${g.an(24)}`, "token_duration       8h", "token_renewable      true", 'token_policies       ["default" "soc-analyst"]'].join("\n")));

// 16 vault pki issue JSON with private_key
{
  const out = JSON.stringify({ request_id: g.uuid(), lease_id: "", renewable: false, data: { certificate: cert(), issuing_ca: cert(), private_key: rsaKey(), private_key_type: "rsa", serial_number: Array.from({ length: 20 }, () => g.hex(2)).join(":") } }, null, 2);
  add("keys", "Vault PKI-issued certificate with private_key; slot data.private_key; context: Anthropic tool_result", anthTool(g, "Issue a cert for the syslog relay.", "bash", { command: "vault write -format=json pki_int/issue/soc-internal common_name=syslog-relay.soc.test ttl=720h" }, out));
}

// 17 aws secretsmanager get-secret-value
{
  const sec = JSON.stringify({ username: "svc_splunk_db", password: g.pw(24), host: "splunk-db.cluster-ro.example.net", port: 5432 });
  const out = JSON.stringify({ ARN: `arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:soc/splunk-db-${g.an(6)}`, Name: "soc/splunk-db", VersionId: g.uuid(), SecretString: sec, VersionStages: ["AWSCURRENT"], CreatedDate: g.ts() }, null, 4);
  add("cloud", "AWS Secrets Manager SecretString with DB password; slot SecretString.password; context: OpenAI tool result", oaiTool(g, "Grab the Splunk DB creds from Secrets Manager and test the connection.", "run_shell", { command: "aws secretsmanager get-secret-value --secret-id soc/splunk-db" }, out));
}

// 18 gcloud secrets versions access
add("cloud", "GCP Secret Manager secret value (CrowdStrike client secret); slot gcloud secrets versions access output; context: Anthropic tool_result", anthTool(g, "Fetch the Falcon client secret so we can test the streaming API.", "bash", { command: "gcloud secrets versions access latest --secret=falcon-client-secret --project=acme-secops" }, g.an(40)));

// 19 az keyvault secret show
{
  const out = JSON.stringify({ attributes: { created: g.ts(), enabled: true, recoveryLevel: "Recoverable+Purgeable" }, contentType: null, id: `https://kv-soc-prod.vault.azure.net/secrets/sentinel-ingest-key/${g.hex(32)}`, kid: null, managed: null, name: "sentinel-ingest-key", tags: { owner: "soc" }, value: g.raw64(64) }, null, 2);
  add("cloud", "Azure Key Vault secret value (Log Analytics key); slot value; context: MCP result of az keyvault secret show", mcpResult(g, `$ az keyvault secret show --vault-name kv-soc-prod --name sentinel-ingest-key\n${out}`));
}

// 20 op item get --reveal
{
  const out = JSON.stringify({ id: g.lo(26), title: "SentinelOne API (prod)", category: "API_CREDENTIAL", vault: { id: g.lo(26), name: "SOC" }, fields: [{ id: "username", type: "STRING", label: "username", value: "svc-s1-api" }, { id: "credential", type: "CONCEALED", label: "credential", value: g.an(80) }, { id: "hostname", type: "STRING", label: "hostname", value: "acme.sentinelone.example.net" }] }, null, 2);
  add("devtools", "1Password item revealed via `op item get --reveal` (SentinelOne API token); slot fields[credential].value; context: OpenAI tool result", oaiTool(g, "Look up the S1 API credential in 1Password.", "run_shell", { command: 'op item get "SentinelOne API (prod)" --vault SOC --reveal --format json' }, out));
}

// 21 CyberArk CCP response
add("devtools", "CyberArk Central Credential Provider response (privileged account password); slot Content; context: MCP fetch result", mcpResult(g, JSON.stringify({ Content: g.pw(24), UserName: "svc_edr_deploy", Address: "corp.example.com", Database: "", PolicyID: "WinDomain", Properties: {}, Folder: "Root", Name: "Operating System-WinDomain-corp.example.com-svc_edr_deploy", PasswordChangeInProcess: "False" })));

// 22 Bitwarden unencrypted export
{
  const item = (name: string, user: string, uri: string) => ({ id: g.uuid(), organizationId: null, folderId: null, type: 1, name, notes: null, favorite: false, login: { uris: [{ match: null, uri }], username: user, password: g.pw(20), totp: null }, collectionIds: null });
  const exp = { encrypted: false, folders: [], items: [item("Splunk admin", "admin", "https://splunk.soc.test:8000"), item("FortiGate break-glass", "breakglass", "https://fw01.example.net"), item("Okta super admin", "sa-ops@acme.example.com", "https://acme.okta.example.com")] };
  add("auth", "Bitwarden unencrypted vault export (login passwords); slot items[].login.password; context: Anthropic body asking to dedupe", anth(g, `¿Puedes quitar duplicados de esta exportación y decirme qué entradas comparten URI?\n\n${F}json\n${JSON.stringify(exp, null, 2)}\n${F}`));
}

// 23 LastPass CSV export
{
  const rows = ["url,username,password,totp,extra,name,grouping,fav", `https://vcenter.soc.test,administrator@vsphere.local,${g.pw(18)},,,vCenter,Infra,0`, `https://qradar.example.net,admin,${g.pw(16)},,,QRadar console,SIEM,1`, `https://idrac-07.example.net,root,${g.pw(14)},,,iDRAC r740-07,Hardware,0`].join("\n");
  add("auth", "LastPass CSV export (console passwords); slot password column; context: OpenAI chat body", oai(g, `Convert this password manager export into a table of systems we still need to rotate:\n\n${F}csv\n${rows}\n${F}`));
}

// 24 KeePass XML export
{
  const entry = (title: string, user: string, url: string) => `    <Entry>\n      <UUID>${g.raw64(16)}</UUID>\n      <String><Key>Title</Key><Value>${title}</Value></String>\n      <String><Key>UserName</Key><Value>${user}</Value></String>\n      <String><Key>Password</Key><Value ProtectInMemory="True">${g.pw(20)}</Value></String>\n      <String><Key>URL</Key><Value>${url}</Value></String>\n    </Entry>`;
  const xml = `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n  <Root>\n   <Group>\n    <Name>Pentest 2025-Q1</Name>\n${entry("DC01 local admin", "Administrator", "rdp://10.20.0.10")}\n${entry("Jenkins", "jenkins-admin", "https://ci.example.org")}\n   </Group>\n  </Root>\n</KeePassFile>`;
  add("auth", "KeePass XML export (pentest engagement passwords); slot String[Password]; context: MCP result of cat", mcpResult(g, `$ cat engagement-export.xml\n${xml}`));
}

// 25 .git-credentials and docker config.json
{
  const tok = j("gh", "p_", g.an(36));
  const dockerAuth = b64(`acme-secops:${j("gh", "p_", g.an(36))}`);
  add("devtools", "GitHub PATs in ~/.git-credentials and ~/.docker/config.json (ghcr.io auth); slot credential URL / auths.auth; context: MCP result", mcpResult(g, `$ cat ~/.git-credentials ~/.docker/config.json\nhttps://detections-bot:${tok}@github.com\n${JSON.stringify({ auths: { "ghcr.io": { auth: dockerAuth } }, credsStore: "" }, null, 2)}`));
}

// 26 .npmrc + .pypirc
add("devtools", "npm and PyPI publish tokens in .npmrc / .pypirc; slot _authToken / password; context: Anthropic body", anth(g, `Publishing the sigma-tools package fails with 403 on both registries. My config:\n\n${F}ini\n# ~/.npmrc\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.an(36))}\n@acme:registry=https://registry.npmjs.org/\n\n# ~/.pypirc\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmcCJD", g.b64u(150))}\n${F}`));

// 27 ~/.aws/credentials with two profiles
add("cloud", "AWS shared credentials file (two profiles incl. session token); slot aws_secret_access_key; context: OpenAI chat body", oai(g, `Which profile should the GuardDuty export script use? Here is my credentials file:\n\n${F}ini\n[default]\naws_access_key_id = ${j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${g.b64(40).replace(/\+/g, "k")}\n\n[ir-breakglass]\naws_access_key_id = ${j("AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${g.b64(40).replace(/\+/g, "Q")}\naws_session_token = ${j("IQoJb3JpZ2luX2Vj", "EMz//////////wEaCWV1LXdlc3QtMSJHMEUCIQ", g.b64(300))}\n${F}`));

// 28 .netrc for TAXII + .pgpass
add("saas", "TAXII feed password in ~/.netrc and SIEM DB password in ~/.pgpass; slot password; context: MCP result", mcpResult(g, `$ cat ~/.netrc ~/.pgpass\nmachine taxii.intel.example.net\n  login acme-soc\n  password ${g.pw(20)}\nsiem-db.example.net:5432:siem:siem_reader:${g.pw(22)}\n`));

// 29 Splunk server.conf pass4SymmKey plaintext + outputs.conf
add("observability", "Splunk cluster pass4SymmKey (plaintext) and HEC token in outputs.conf; slot pass4SymmKey / token; context: Anthropic tool_use write_file", anthTool(g, "Configure the new indexer peer.", "write_file", { path: "splunk/etc/system/local/server.conf", content: `[general]\nserverName = idx-04\n\n[clustering]\nmode = peer\nmanager_uri = https://cm01.soc.test:8089\npass4SymmKey = ${g.pw(24)}\n\n# outputs.conf (httpout)\n[httpout]\nhttpEventCollectorToken = ${g.uuid()}\nuri = https://hec.soc.test:8088\n` }, "ok"));

// 30 Wazuh client.keys
add("observability", "Wazuh agent keys (client.keys); slot per-agent key; context: OpenAI chat body", oai(g, `2台のエージェントが ossec.log に "Invalid key" を出しています。マネージャー側の client.keys はこれです:\n\n${F}\n001 web-01 any ${g.hex(64)}\n002 db-01 10.20.3.14 ${g.hex(64)}\n003 dc-01 any ${g.hex(64)}\n${F}`));

// 31 Graylog server.conf password_secret
add("observability", "Graylog password_secret (pepper for password hashing and session encryption); slot password_secret; context: Gemini request", gem(g, `Graylog won't start after the upgrade. Relevant part of server.conf:\n\n${F}\nis_leader = true\nnode_id_file = /etc/graylog/server/node-id\npassword_secret = ${g.an(96)}\nhttp_bind_address = 0.0.0.0:9000\nelasticsearch_hosts = https://graylog:${encodeURIComponent(g.pw(18))}@os01.soc.test:9200\n${F}`));

// 32 SentinelOne site token in install command
{
  const site = b64(JSON.stringify({ url: "https://euce1-acme.sentinelone.example.net", site_key: g.hex(16) }));
  add("observability", "SentinelOne site (registration) token; slot SITE_TOKEN / -t; context: OpenAI tool_calls shell", oaiTool(g, "Install the S1 agent on the new jump host.", "run_shell", { command: `sudo /opt/sentinelone/bin/sentinelctl management token set ${site} && sudo sentinelctl control start` }, "Token was set successfully"));
}

// 33 Nessus agent link key
add("devtools", "Tenable/Nessus agent linking key; slot --key; context: shell script in an Anthropic tool_use", anthTool(g, "Write the bootstrap script for scanner agents.", "write_file", { path: "bootstrap/nessus-agent.sh", content: `#!/bin/sh\nset -eu\ndpkg -i NessusAgent-10.8.2-ubuntu1404_amd64.deb\n/opt/nessus_agent/sbin/nessuscli agent link --key=${g.hex(64)} --host=sensor.cloud.example.com --port=443 --groups="linux-servers"\n` }, "ok"));

// 34 mimikatz output pasted for a report
add("auth", "cleartext domain password in mimikatz sekurlsa::logonpasswords output; slot Password; context: chat body asking to write the finding", oai(g, `Write up this credential-dumping finding for the report (redaction happens later):\n\n${F}\nAuthentication Id : 0 ; ${g.dig(7)} (00000000:${g.hex(8)})\nSession           : Interactive from 2\nUser Name         : svc_backup\nDomain            : CORP\nLogon Server      : DC01\n        msv :\n         [00000003] Primary\n         * Username : svc_backup\n         * Domain   : CORP\n        wdigest :\n         * Username : svc_backup\n         * Domain   : CORP\n         * Password : ${g.pw(18)}\n${F}`));

// 35 hydra output
add("auth", "cracked SSH credential in hydra output; slot password:; context: Anthropic tool_result", anthTool(g, "Run the approved password spray against the lab SSH hosts.", "bash", { command: "hydra -L users.txt -P spray.txt -t 4 ssh://10.30.0.0/24" }, `Hydra v9.5 (c) 2023 by van Hauser/THC\n[DATA] attacking ssh://10.30.0.0:22/\n[22][ssh] host: 10.30.0.17   login: deploy   password: ${g.pw(16)}\n1 of 256 targets successfully completed, 1 valid password found`));

// 36 impacket / netexec with -p
add("auth", "domain admin password on an impacket / netexec command line; slot -p / user:pass@host; context: OpenAI tool_calls shell", oaiTool(g, "Check if the recovered creds still work on the file server.", "run_shell", { command: `nxc smb 10.20.0.0/24 -u da-jsmith -p '${g.pw(18)}' --shares && impacket-secretsdump 'CORP/da-jsmith:${g.pw(18)}@10.20.0.10' -just-dc-user krbtgt` }, "SMB 10.20.0.10 445 DC01 [+] CORP\\da-jsmith (Pwn3d!)"));

// 37 wpa_supplicant + ipsec.secrets
add("auth", "Wi-Fi WPA2 PSK and IPsec pre-shared key; slot psk= / PSK; context: MCP result of cat", mcpResult(g, `$ cat /etc/wpa_supplicant/wpa_supplicant.conf /etc/ipsec.secrets\nnetwork={\n    ssid="ACME-SOC"\n    psk="${g.pw(20)}"\n    key_mgmt=WPA-PSK\n}\n# ipsec.secrets\n%any vpn.example.net : PSK "${g.an(32)}"\n`));

// 38 SNMPv3 snmpd.conf
add("observability", "SNMPv3 auth and privacy passphrases; slot createUser authpass/privpass; context: Anthropic body", anth(g, `O LibreNMS não consegue consultar o switch core via SNMPv3. snmpd.conf do lado do coletor:\n\n${F}\ncreateUser librenms SHA-256 "${g.pw(20)}" AES "${g.pw(20)}"\nrouser librenms priv\nsysLocation DC-Frankfurt rack 12\n${F}`));

// 39 TOTP seed handover
add("auth", "TOTP seed for a shared break-glass admin (otpauth URI); slot secret=; context: Slack chat.postMessage", JSON.stringify({ channel: j("C0", g.up(9)), text: `MFA for the break-glass Okta admin, add it to your authenticator:\notpauth://totp/Okta:breakglass%40acme.example.com?secret=${g.b32(32)}&issuer=Okta&algorithm=SHA1&digits=6&period=30` }));

// 40 keytab in k8s Secret
{
  const princ = "HTTP/siem.corp.example.com";
  const parts = [Buffer.from([5, 2, 0, 0, 0, 0x5e, 0, 2, 0, 16]), Buffer.from("CORP.EXAMPLE.COM"), Buffer.from([0, 4]), Buffer.from("HTTP"), Buffer.from([0, 0x16]), Buffer.from("siem.corp.example.com"), Buffer.from([0, 0, 0, 1]), Buffer.from(g.bytes(4)), Buffer.from([3, 0, 18, 0, 32]), Buffer.from(g.bytes(32))];
  const kt = b64(Buffer.concat(parts));
  add("auth", `Kerberos keytab for ${princ} (aes256 key) as base64 Secret data; slot krb5.keytab; context: Helm values in an OpenAI body`, oai(g, `Does this values file mount the keytab correctly for SSO on the SIEM UI?\n\n${F}yaml\nsso:\n  enabled: true\n  spn: ${princ}\nkerberos:\n  keytabSecret:\n    create: true\n    data:\n      krb5.keytab: ${kt}\n${F}`));
}

// 41 PKCS#11 URI with pin-value
add("keys", "HSM PKCS#11 URI with pin-value (code signing); slot pin-value; context: GitHub Actions step in an Anthropic body", anth(g, `The signing job can't find the key on the HSM. The step:\n\n${F}yaml\n- name: sign release\n  run: |\n    osslsigncode sign -pkcs11module /usr/lib/softhsm/libsofthsm2.so \\\n      -key 'pkcs11:token=codesign;object=release-2025;type=private;pin-value=${g.an(16)}' \\\n      -certs release.crt -in dist/agent.exe -out dist/agent-signed.exe\n${F}`));

// 42 Akamai .edgerc
add("cloud", "Akamai EdgeGrid credentials (.edgerc) for WAF config; slot client_secret/access_token; context: MCP result", mcpResult(g, `$ cat ~/.edgerc\n[default]\nclient_secret = ${g.b64(43)}=\nhost = ${j("akab-", g.lo(16), "-", g.lo(16))}.luna.akamaiapis.net\naccess_token = ${j("akab-", g.lo(16), "-", g.lo(16))}\nclient_token = ${j("akab-", g.lo(16), "-", g.lo(16))}\n`));

// 43 cosign key + password
{
  const key = pem(j("ENCRYPTED SIGSTORE ", "PRIVATE KEY"), "eyJrZGYiOnsibmFtZSI6InNjcnlwdCIsInBhcmFtcyI6eyJOIjozMjc2OCwiciI6OCwicCI6MX0sInNhbHQiOiI", 620);
  add("keys", "cosign private key together with its COSIGN_PASSWORD; slot cosign.key + env; context: OpenAI chat body with CI step", oai(g, `Why does cosign say "decrypt: encrypted: decryption failed"? CI step and key:\n\n${F}yaml\nenv:\n  COSIGN_PASSWORD: "${g.pw(24)}"\nsteps:\n  - run: cosign sign --key cosign.key registry.example.com/secops/sensor@sha256:${g.hex(64)}\n${F}\n\n${F}\n${key}\n${F}`));
}

// 44 DKIM private key for the mail gateway
add("comms", "DKIM signing private key (rspamd); slot dkim key file; context: Anthropic tool_use write_file", anthTool(g, "Set up DKIM signing for alerts.example.com on the outbound relay.", "write_file", { path: "/var/lib/rspamd/dkim/alerts.example.com.s2025.key", content: rsaKey() + "\n" }, "ok"));

// 45 Postman environment export
{
  const env = { id: g.uuid(), name: "SOC APIs - prod", values: [{ key: "base_url", value: "https://api.soc.test", type: "default", enabled: true }, { key: "falcon_client_id", value: g.hex(32), type: "default", enabled: true }, { key: "falcon_client_secret", value: g.an(40), type: "secret", enabled: true }, { key: "vt_api_key", value: g.hex(64), type: "secret", enabled: true }], _postman_variable_scope: "environment", _postman_exported_using: "Postman/11.19.0" };
  add("observability", "Postman environment export with CrowdStrike and VirusTotal secrets; slot values[type=secret]; context: Gemini request", gem(g, `Turn this Postman environment into a .env file for the enrichment service:\n\n${F}json\n${JSON.stringify(env, null, 2)}\n${F}`));
}

// 46 Copy as cURL with admin console session cookie
add("auth", "Splunk Web admin session cookie (splunkd_8000) and CSRF token; slot Cookie; context: devtools Copy as cURL", `curl 'https://splunk.soc.test:8000/en-US/splunkd/__raw/servicesNS/admin/search/saved/searches?output_mode=json' \\\n  -H 'Accept: application/json' \\\n  -H 'Cookie: splunkd_8000=${g.b64u(160)}; splunkweb_csrf_token_8000=${g.dig(19)}; session_id_8000=${g.hex(40)}' \\\n  -H 'X-Requested-With: XMLHttpRequest'`);

// 47 split token in Python string concatenation
{
  const tok = j("gh", "p_", g.an(36));
  add("devtools", "GitHub PAT split across two string literals (implicit concatenation); slot GITHUB_TOKEN; context: OpenAI chat body", oai(g, `Is splitting the token like this enough to get past the push protection?\n\n${F}python\nGITHUB_TOKEN = (\n    "${tok.slice(0, 20)}"\n    "${tok.slice(20)}"\n)\n${F}`));
}

// 48 Velociraptor server config with CA private key
add("observability", "Velociraptor server.config.yaml CA private key; slot CA.private_key; context: MCP result", mcpResult(g, `$ head -40 /etc/velociraptor/server.config.yaml\nversion:\n  name: velociraptor\n  version: 0.7.1\nClient:\n  server_urls:\n  - https://velo.soc.test:8000/\n  nonce: ${g.b64(11)}=\nCA:\n  private_key: |\n${rsaKey().split("\n").map((l) => "    " + l).join("\n")}\n`));

// 49 Teleport static tokens
add("devtools", "Teleport static join tokens in teleport.yaml; slot auth_service.tokens; context: Anthropic body", anth(g, `Nodes can't join the cluster, here's the auth config:\n\n${F}yaml\nauth_service:\n  enabled: true\n  cluster_name: soc.example.net\n  tokens:\n    - "node,app:${g.hex(32)}"\n    - "proxy:${g.hex(32)}"\n${F}`));

// 50 XSOAR integration instance export
add("observability", "Cortex XSOAR integration instance export (VirusTotal + Jira credentials); slot data[].value; context: OpenAI chat body", oai(g, `Migrate these integration instances to the new tenant, list what needs re-entering:\n\n${F}json\n${JSON.stringify([{ name: "VirusTotal (API v3)_instance_1", brand: "VirusTotal (API v3)", data: [{ name: "credentials", value: { identifier: "", password: g.hex(64) } }, { name: "insecure", value: false }] }, { name: "Jira V3_instance_1", brand: "Jira V3", data: [{ name: "username", value: "soar@acme.example.com" }, { name: "api_token", value: j("ATA", "TT3xFfGF0", g.b64u(170), "=", g.uhex(8)) }] }], null, 2)}\n${F}`));

// 51 Kibana encryption keys
add("observability", "Kibana xpack encryption keys; slot encryptionKey; context: Anthropic tool_use write_file kibana.yml", anthTool(g, "Add the encryption keys so alerting rules work.", "write_file", { path: "kibana/config/kibana.yml", content: `server.host: "0.0.0.0"\nelasticsearch.hosts: ["https://es01.soc.test:9200"]\nxpack.encryptedSavedObjects.encryptionKey: "${g.an(32)}"\nxpack.security.encryptionKey: "${g.an(32)}"\nxpack.reporting.encryptionKey: "${g.an(32)}"\n` }, "ok"));

export { cases };
