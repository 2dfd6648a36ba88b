// heldout-y132 benign: hard look-alikes from the same enterprise contexts. Ids, digests, SIDs,
// GUIDs, thumbprints, public keys, certificates, references to secret stores, encrypted blobs,
// masks and placeholders. None sits in a slot whose name says it is a secret unless the text is
// plainly a reference, a placeholder, a mask or ciphertext. Seed 132005.
import type { CorpusCase } from "../types.ts";
import { B32, b64str, cat, Gen, rotate, UPNUM, type Spec } from "./_gen.ts";

const g = new Gen(132005);
const B = "benign" as const;
const colonHex = (g: Gen, n: number, up = true) => Array.from({ length: n }, () => (up ? g.HEX(2) : g.hex(2))).join(":");

const specs: Spec[] = [
  { p: "ServiceNow", g: "saas", slot: "SERVICENOW_SYS_ID", what: "record sys_id", v: (g) => g.hex(32) },
  { p: "Microsoft Entra ID", g: "auth", slot: "AZURE_TENANT_ID", what: "tenant ID", v: (g) => g.uuid() },
  { p: "Microsoft Entra ID", g: "auth", slot: "AZURE_CLIENT_ID", what: "application (client) ID", v: (g) => g.uuid() },
  { p: "Okta", g: "auth", slot: "OKTA_CLIENT_ID", what: "OIDC client_id", v: (g) => cat("0oa", g.a(17)) },
  { p: "Okta", g: "auth", slot: "OKTA_USER_ID", what: "Okta user id", v: (g) => cat("00u", g.a(17)) },
  { p: "SAML IdP", g: "auth", slot: "SAML_IDP_CERT_THUMBPRINT", what: "IdP signing certificate thumbprint", v: (g) => g.HEX(40) },
  { p: "TLS", g: "keys", slot: "TLS_CERT_FINGERPRINT", what: "certificate SHA-256 fingerprint", v: (g) => colonHex(g, 32) },
  { p: "Git", g: "devtools", slot: "BUILD_COMMIT_SHA", what: "build commit", v: (g) => g.hex(40) },
  { p: "OCI registry", g: "devtools", slot: "IMAGE_DIGEST", what: "image digest", v: (g) => cat("sha256:", g.hex(64)) },
  { p: "npm lockfile", g: "devtools", slot: "PACKAGE_INTEGRITY", what: "package integrity", v: (g) => cat("sha512-", g.b64bytes(64)) },
  { p: "Maven", g: "devtools", slot: "ARTIFACT_SHA256", what: "artifact checksum", v: (g) => g.hex(64) },
  { p: "NuGet", g: "devtools", slot: "NUGET_CONTENT_HASH", what: "package contentHash", v: (g) => g.b64bytes(64) },
  { p: "Active Directory", g: "auth", slot: "AD_OBJECT_SID", what: "object SID", v: (g) => `S-1-5-21-${g.range(1e9, 4e9)}-${g.range(1e9, 4e9)}-${g.range(1e9, 4e9)}-${g.range(1100, 99999)}` },
  { p: "Kerberos", g: "auth", slot: "KRB5_PRINCIPAL", what: "service principal name", v: (g) => `HTTP/erp-web0${g.range(1, 9)}.corp.example.com@CORP.EXAMPLE.COM` },
  { p: "Salesforce", g: "saas", slot: "SALESFORCE_ORG_ID", what: "org id", v: (g) => cat("00D", g.a(15)) },
  { p: "Salesforce", g: "saas", slot: "SF_ACCOUNT_RECORD_ID", what: "Account record id", v: (g) => cat("001", g.a(15)) },
  { p: "Workday", g: "saas", slot: "WORKDAY_WORKER_WID", what: "worker WID", v: (g) => g.hex(32) },
  { p: "SAP", g: "saas", slot: "SAP_TRANSPORT_REQUEST", what: "transport request", v: (g) => cat("S4DK9", g.dig(5)) },
  { p: "W3C Trace Context", g: "observability", slot: "TRACEPARENT", hdr: "traceparent: ", what: "traceparent", v: (g) => `00-${g.hex(32)}-${g.hex(16)}-01` },
  { p: "Integration platform", g: "observability", slot: "CORRELATION_ID", hdr: "X-Correlation-ID: ", what: "correlation id", v: (g) => g.uuid() },
  { p: "New Relic", g: "observability", slot: "NEW_RELIC_ENTITY_GUID", what: "entity GUID", v: (g) => b64str(`${g.dig(7)}|APM|APPLICATION|${g.dig(9)}`).replace(/=+$/, "") },
  { p: "Dynatrace", g: "observability", slot: "DT_ENTITY_ID", what: "entity id", v: (g) => cat("HOST-", g.HEX(16)) },
  { p: "PagerDuty", g: "observability", slot: "PAGERDUTY_SERVICE_ID", what: "service id", v: (g) => cat("P", g.str(6, UPNUM)) },
  { p: "Oracle Cloud", g: "cloud", slot: "OCI_TENANCY_OCID", what: "tenancy OCID", v: (g) => cat("ocid1.tenancy.oc1..aaaaaaaa", g.str(52, B32.toLowerCase())) },
  { p: "Oracle Cloud", g: "cloud", slot: "OCI_FINGERPRINT", what: "API signing key fingerprint", v: (g) => colonHex(g, 16, false) },
  { p: "AWS IAM", g: "cloud", slot: "AWS_ROLE_ARN", what: "role ARN", v: (g) => `arn:aws:iam::${g.dig(12)}:role/erp-batch-${g.low(6)}` },
  { p: "AWS KMS", g: "cloud", slot: "SSE_KMS_ARN", what: "KMS ARN", v: (g) => `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}` },
  { p: "Azure", g: "cloud", slot: "AZURE_RESOURCE_ID", what: "resource id", v: (g) => `/subscriptions/${g.uuid()}/resourceGroups/rg-erp-prod/providers/Microsoft.Web/sites/app-erp-${g.low(4)}` },
  { p: "Slack", g: "comms", slot: "SLACK_CHANNEL_ID", what: "channel id", v: (g) => cat("C0", g.str(9, UPNUM)) },
  { p: "Microsoft Teams", g: "comms", slot: "TEAMS_CHANNEL_ID", what: "channel id", v: (g) => `19:${g.hex(32)}@thread.tacv2` },
  { p: "WireGuard", g: "keys", slot: "WG_PEER_PUBLIC_KEY", what: "peer public key", v: (g) => g.b64bytes(32) },
  { p: "OpenSSH", g: "keys", slot: "SSH_HOST_FINGERPRINT", what: "host key fingerprint", v: (g) => cat("SHA256:", g.b64bytes(32).replace(/=+$/, "")) },
  { p: "Web Push", g: "keys", slot: "VAPID_PUBLIC_KEY", what: "VAPID public key", v: (g) => cat("B", g.b64u(86)) },
  { p: "GnuPG", g: "keys", slot: "GPG_FINGERPRINT", what: "release signing fingerprint", v: (g) => g.HEX(40) },
  { p: "Azure Blob", g: "cloud", slot: "BLOB_ETAG", hdr: "If-None-Match: ", what: "blob ETag", v: (g) => `"0x8DC${g.HEX(11)}"` },
  { p: "HTTP", g: "cloud", slot: "CONTENT_MD5", hdr: "Content-MD5: ", what: "Content-MD5", v: (g) => g.b64bytes(16) },
  { p: "Amazon S3", g: "cloud", slot: "AMZ_CONTENT_SHA256", hdr: "x-amz-content-sha256: ", what: "payload hash", v: (g) => g.hex(64) },
  { p: "BitLocker", g: "keys", slot: "BITLOCKER_PROTECTOR_ID", what: "key protector ID", v: (g) => `{${g.UUID()}}` },
  { p: "Windows Installer", g: "devtools", slot: "MSI_PRODUCT_CODE", what: "MSI ProductCode", v: (g) => `{${g.UUID()}}` },
  { p: "X.509", g: "keys", slot: "CERT_SERIAL_NUMBER", what: "certificate serial", v: (g) => colonHex(g, 16, false) },
  { p: "SAML SP", g: "auth", slot: "SAML_ENTITY_ID", kind: "url", what: "SP entity id", v: (g) => `https://sso.example.com/saml/metadata/${g.uuid()}` },
  { p: "OIDC", g: "auth", slot: "OIDC_ISSUER_URL", kind: "url", what: "issuer", v: (g) => `https://login.example.com/${g.uuid()}/v2.0` },
  { p: "JOSE", g: "auth", slot: "JWK_KID", what: "JWK kid (thumbprint)", v: (g) => g.b64urlBytes(32) },
  { p: "OAuth PKCE", g: "auth", slot: "PKCE_CODE_CHALLENGE", what: "code_challenge", v: (g) => g.b64urlBytes(32) },
  { p: "Payments API", g: "payment", slot: "IDEMPOTENCY_KEY", hdr: "Idempotency-Key: ", what: "idempotency key", v: (g) => g.uuid() },
  { p: "Stripe", g: "payment", slot: "STRIPE_CUSTOMER_ID", what: "customer id", v: (g) => cat("cus_", g.a(14)) },
  { p: "Stripe", g: "payment", slot: "PAYMENT_INTENT_ID", what: "PaymentIntent id", v: (g) => cat("pi_", g.a(24)) },
  { p: "Adyen", g: "payment", slot: "ADYEN_PSP_REFERENCE", what: "pspReference", v: (g) => g.str(16, UPNUM) },
  { p: "PayPal", g: "payment", slot: "PAYPAL_ORDER_ID", what: "order id", v: (g) => g.str(17, UPNUM) },
  { p: "OpenAI", g: "ai", slot: "LAST_COMPLETION_ID", what: "completion id", v: (g) => cat("chatcmpl-", g.a(29)) },
  { p: "Anthropic", g: "ai", slot: "ANTHROPIC_MESSAGE_ID", what: "message id", v: (g) => cat("msg_01", g.a(22)) },
  { p: "OpenAI", g: "ai", slot: "OPENAI_ORG_ID", what: "organization id", v: (g) => cat("org-", g.a(24)) },
  { p: "Hugging Face", g: "ai", slot: "MODEL_REVISION", what: "model revision", v: (g) => g.hex(40) },
  { p: "Release", g: "devtools", slot: "CHECKSUM_SHA1", what: "sha1 checksum", v: (g) => g.hex(40) },
  { p: "LDAP", g: "auth", slot: "LDAP_BASE_DN", kind: "url", what: "base DN", v: () => "OU=Users,OU=HQ,DC=corp,DC=example,DC=com" },
  { p: "Microsoft Entra ID", g: "auth", slot: "ENTRA_OBJECT_ID", what: "service principal object id", v: (g) => g.uuid() },
  { p: "Splunk", g: "observability", slot: "SPLUNK_SEARCH_SID", what: "search job sid", v: (g) => `scheduler__admin__search__RMD5${g.hex(16)}_at_${g.dig(10)}_${g.range(1000, 9999)}` },
  { p: "Apache Kafka", g: "data", slot: "KAFKA_CLUSTER_ID", what: "cluster.id", v: (g) => g.b64urlBytes(16) },
];

const out: CorpusCase[] = rotate(g, specs, { prefix: "b", category: () => "heldouty132-benign", label: B, start: 7, step: 1 });

// --- handcrafted benign --------------------------------------------------------------------------
let n = 0;
const add = (note: string, text: string) => {
  n++;
  out.push({ id: `y132-bk-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty132-benign", label: "benign", text, note });
};
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });
const toolWrite = (path: string, content: string) => JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path, content } }] });
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: g.range(3, 99), result: { content: [{ type: "text", text }], isError: false } });

add("Spring application.yml: env placeholders and Jasypt ENC() ciphertext for passwords; chat", chat(`Why doesn't jasypt decrypt at startup?\n\nspring:\n  datasource:\n    url: jdbc:oracle:thin:@//ora-prod.example.com:1521/ERPPDB1\n    username: erp_app\n    password: ENC(${g.b64bytes(48)})\n  ldap:\n    urls: ldaps://dc01.corp.example.com:636\n    username: CN=svc_ldapread,OU=Service,DC=corp,DC=example,DC=com\n    password: \${LDAP_BIND_PASSWORD}\njasypt:\n  encryptor:\n    password: \${JASYPT_ENCRYPTOR_PASSWORD}`));
add("web.config connectionStrings with Integrated Security=SSPI (no password); MCP result", mcp(`<connectionStrings>\n  <add name="ErpDb" connectionString="Data Source=sql01.corp.example.com;Initial Catalog=ERP;Integrated Security=SSPI;Encrypt=True" providerName="System.Data.SqlClient" />\n  <add name="Reporting" connectionString="Server=sql-rpt.corp.example.com;Database=RPT;Trusted_Connection=True;" providerName="System.Data.SqlClient" />\n</connectionStrings>`));
add("tnsnames.ora entries (no credentials); tool_use write_file", toolWrite("network/admin/tnsnames.ora", `PRODDB =\n  (DESCRIPTION =\n    (ADDRESS = (PROTOCOL = TCP)(HOST = ora-prod.example.com)(PORT = 1521))\n    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = ERPPDB1))\n  )\nHRDB =\n  (DESCRIPTION =\n    (ADDRESS = (PROTOCOL = TCPS)(HOST = ora-hr.example.com)(PORT = 2484))\n    (CONNECT_DATA = (SERVICE_NAME = HRPDB))\n    (SECURITY = (SSL_SERVER_CERT_DN = "CN=ora-hr.example.com,O=Example Corp"))\n  )`));
add("odbc.ini with Trusted_Connection/Kerberos, no password; Anthropic message", JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 1024, messages: [{ role: "user", content: `[DWH]\nDriver = ODBC Driver 18 for SQL Server\nServer = sql-dwh.corp.example.com,1433\nDatabase = DWH\nTrusted_Connection = yes\nAuthentication = ActiveDirectoryIntegrated\n\nIs this right for Kerberos from Linux?` }] }));
add("Maven settings.xml with ${env.NEXUS_PASSWORD} reference; chat", chat(`<settings>\n  <servers>\n    <server>\n      <id>corp-releases</id>\n      <username>\${env.NEXUS_USER}</username>\n      <password>\${env.NEXUS_PASSWORD}</password>\n    </server>\n  </servers>\n</settings>\n\nIs it OK to commit this?`));
add("Ansible vault-encrypted variable ($ANSIBLE_VAULT;1.1;AES256 ciphertext); tool_use write_file", toolWrite("group_vars/prod/vault.yml", `vault_ldap_bind_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "  " + g.hex(80)).join("\n")}\n`));
add("SOPS-encrypted YAML values (ENC[AES256_GCM,...]); chat", chat(`sops -d fails with "no key could decrypt", file:\n\nservicenow:\n    password: ENC[AES256_GCM,data:${g.b64bytes(18)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64bytes(45)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2025-02-11T09:14:02Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(32)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.4`));
add("External Secrets Operator manifest referencing Vault paths; MCP result", mcp(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: workday-isu\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: workday-isu\n  data:\n    - secretKey: password\n      remoteRef:\n        key: secret/data/integration/workday\n        property: isu_password`));
add("Azure App Service Key Vault references in app settings; az CLI in tool_calls", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `az webapp config appsettings set -g rg-hr -n app-hr-portal --settings "SqlPassword=@Microsoft.KeyVault(VaultName=kv-hr-prod;SecretName=SqlPassword)" "GraphClientSecret=@Microsoft.KeyVault(VaultName=kv-hr-prod;SecretName=GraphClientSecret;SecretVersion=${g.hex(32)})"` }) } }] }] }));
add("CloudFormation dynamic references to SSM/Secrets Manager; chat", chat(`Resources:\n  ErpDb:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: '{{resolve:secretsmanager:erp/rds/master:SecretString:username}}'\n      MasterUserPassword: '{{resolve:secretsmanager:erp/rds/master:SecretString:password}}'\n      KmsKeyId: arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}\n\nDoes this leak the password in the template?`));
add("CyberArk CCP request (AppID/Safe/Object, no password returned); curl", `curl -s --cert client.crt --key client.key "https://ccp.corp.example.com/AIMWebService/api/Accounts?AppID=ERP_Batch&Safe=ERP-Prod&Object=Oracle-ERPPDB1-erp_app"`);
add("vault kv get command referencing a path; shell history", `  301  vault login -method=oidc role=erp-admins\n  302  vault kv get -field=password secret/integration/servicenow\n  303  vault kv metadata get secret/integration/servicenow`);
add("SAML IdP metadata with X509Certificate (public); MCP result", mcp(`<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sso.example.com/idp/${g.uuid()}">\n <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n  <KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${g.cert().split("\n").slice(1, -1).join("")}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>\n  <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sso.example.com/idp/saml2"/>\n </IDPSSODescriptor>\n</EntityDescriptor>`));
add("JWKS document (RSA public n/e); chat", chat(`Our API gateway can't validate tokens, JWKS:\n${JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.b64urlBytes(32), x5t: g.b64urlBytes(20), n: g.b64urlBytes(256), e: "AQAB", alg: "RS256" }] }, null, 1)}`));
add("PEM certificate chain attached to a ticket; ServiceNow JSON", JSON.stringify({ short_description: "Renew cert for hr-portal", work_notes: `New chain from the CA:\n${g.cert()}\n${g.cert()}` }));
add("authorized_keys with ssh-ed25519 and ssh-rsa public keys; tool_use write_file", toolWrite("/home/svc_ansible/.ssh/authorized_keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ansible@ctrl01\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(512)}= jmeyer@laptop\n`));
add("WireGuard peer config with PublicKey only; chat (German)", chat(`Warum kommt kein Handshake zustande? Peer-Konfiguration:\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.66.10.0/24\nEndpoint = vpn-hq.example.com:51820\nPersistentKeepalive = 25`));
add("known_hosts with hashed hostnames; MCP result", mcp(Array.from({ length: 3 }, () => `|1|${g.b64bytes(20)}|${g.b64bytes(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(86)}=`).join("\n")));
add("PGP public key block for bank file exchange; email JSON", JSON.stringify({ message: { subject: "Our public key for payment files", body: { contentType: "Text", content: `Please encrypt the SEPA files to this key:\n\n${g.pem("PGP PUBLIC KEY BLOCK", 900, new Uint8Array([0x99, 0x01, 0x8d, 0x04]))}` } } }));
add("klist -k keytab listing (principals and KVNO only); CI log", `+ klist -kte /etc/security/keytabs/http.keytab\nKeytab name: FILE:/etc/security/keytabs/http.keytab\nKVNO Timestamp           Principal\n---- ------------------- ------------------------------------------------------\n   3 01/14/2025 09:12:44 HTTP/erp-web01.corp.example.com@CORP.EXAMPLE.COM (aes256-cts-hmac-sha1-96)\n   3 01/14/2025 09:12:44 HTTP/erp-web01.corp.example.com@CORP.EXAMPLE.COM (aes128-cts-hmac-sha1-96)`);
add("Get-ADUser output (SID, ObjectGUID); PowerShell transcript", `PS C:\\> Get-ADUser svc_erpbatch -Properties PasswordLastSet,ServicePrincipalNames\n\nDistinguishedName     : CN=svc_erpbatch,OU=Service,DC=corp,DC=example,DC=com\nEnabled               : True\nObjectGUID            : ${g.uuid()}\nPasswordLastSet       : 1/3/2025 7:02:11 AM\nSamAccountName        : svc_erpbatch\nSID                   : S-1-5-21-${g.range(1e9, 4e9)}-${g.range(1e9, 4e9)}-${g.range(1e9, 4e9)}-${g.range(1100, 9999)}\nServicePrincipalNames : {MSSQLSvc/sql01.corp.example.com:1433}`);
add("manage-bde -protectors -get output with TPM protector only (no numerical password); chat", chat(`BitLocker keeps asking for recovery after BIOS update:\n\nVolume C: [OS]\nAll Key Protectors\n\n    TPM:\n      ID: {${g.UUID()}}\n      PCR Validation Profile:\n        7, 11\n        (Uses Secure Boot for integrity validation)`));
add("Cisco IOS config with no secrets (SSH, NTP, interfaces, AAA server-group names); chat", chat(`Check this template:\n\nhostname access-sw12\nip domain name corp.example.com\ncrypto key generate rsa modulus 2048\nip ssh version 2\naaa new-model\naaa authentication login default group ISE-TACACS local\nntp server 10.0.0.10\ninterface Vlan20\n ip address 10.20.12.2 255.255.255.0\nsnmp-server group MONITOR v3 priv\nline vty 0 4\n transport input ssh`));
add("Masked credentials in a ServiceNow connection record export; MCP result", mcp(JSON.stringify({ name: "Workday ISU", user_name: "ISU_ServiceNow", password: "********", oauth_client_secret: "••••••••••••", last_test: "Success" })));
add("PowerShell Get-Credential object printed (SecureString type only); transcript", `PS C:\\> $cred = Get-Credential CORP\\svc_sql\nPS C:\\> $cred\n\nUserName                           Password\n--------                           --------\nCORP\\svc_sql   System.Security.SecureString`);
add("Placeholders in an onboarding README for the HR connector; chat", chat(`Fill these in before running:\n\nWORKDAY_ISU_PASSWORD=<your-ISU-password>\nADP_CLIENT_SECRET=REPLACE_ME\nOKTA_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSERVICENOW_PASSWORD=\${SN_PASSWORD:?must be set}`));
add("OIDC discovery document; HAR response", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://login.example.com/.well-known/openid-configuration" }, response: { status: 200, content: { mimeType: "application/json", text: JSON.stringify({ issuer: `https://login.example.com/${g.uuid()}/v2.0`, authorization_endpoint: "https://login.example.com/oauth2/v2.0/authorize", token_endpoint: "https://login.example.com/oauth2/v2.0/token", jwks_uri: "https://login.example.com/discovery/v2.0/keys", id_token_signing_alg_values_supported: ["RS256"] }) } } }] } }));
add("SAML AuthnRequest redirect URL (deflated+base64 request, RelayState); URL", `https://sso.example.com/idp/saml2?SAMLRequest=${encodeURIComponent(g.b64bytes(420))}&RelayState=${encodeURIComponent("https://hr.example.com/dashboard")}`);
add("OAuth authorize URL with PKCE code_challenge, state, nonce; URL", `https://login.example.com/oauth2/v2.0/authorize?client_id=${g.uuid()}&response_type=code&redirect_uri=https%3A%2F%2Fitsm.example.com%2Fcallback&scope=openid%20profile&state=${g.b64urlBytes(24)}&nonce=${g.b64urlBytes(24)}&code_challenge=${g.b64urlBytes(32)}&code_challenge_method=S256`);
add("krb5.conf realm configuration; tool_use write_file", toolWrite("/etc/krb5.conf", `[libdefaults]\n  default_realm = CORP.EXAMPLE.COM\n  dns_lookup_kdc = true\n  default_tgs_enctypes = aes256-cts-hmac-sha1-96\n[realms]\n  CORP.EXAMPLE.COM = {\n    kdc = dc01.corp.example.com\n    admin_server = dc01.corp.example.com\n  }\n[domain_realm]\n  .corp.example.com = CORP.EXAMPLE.COM`));
add("Windows registry export of MachineGuid/ProductId/InstallDate; MCP result", mcp(`Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography]\r\n"MachineGuid"="${g.uuid()}"\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r\n"ProductId"="00430-${g.dig(5)}-${g.dig(5)}-AA${g.dig(3)}"\r\n"InstallDate"=dword:${g.hex(8)}\r\n"DigitalProductId"=hex:a4,00,00,00,03,00,00,00,${colonHex(g, 20, false).replace(/:/g, ",")}\r\n`));
add("Entra app manifest: passwordCredentials metadata (keyId, hint) and keyCredentials thumbprint, no secretText; chat", chat(`Which of these credentials expires first?\n${JSON.stringify({ appId: g.uuid(), passwordCredentials: [{ customKeyIdentifier: null, displayName: "erp-sync", endDateTime: "2026-01-14T10:00:00Z", hint: g.a(3), keyId: g.uuid(), secretText: null }], keyCredentials: [{ customKeyIdentifier: g.HEX(40), displayName: "CN=erp-sync", type: "AsymmetricX509Cert", usage: "Verify", keyId: g.uuid() }] }, null, 1)}`));
add("SCIM /Users response (ids, externalId, meta.version ETag); MCP result", mcp(JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 1, Resources: [{ id: g.uuid(), externalId: `00u${g.a(17)}`, userName: "jmeyer@example.com", active: true, meta: { resourceType: "User", version: `W/"${g.hex(16)}"`, location: `https://scim.example.com/scim/v2/Users/${g.uuid()}` } }] })));
add("AWS KMS ciphertext blob (encrypted, useless without KMS); tool_calls aws kms decrypt", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `aws kms decrypt --ciphertext-blob fileb://<(echo '${cat("AQICAHh", g.b64(250), "==")}' | base64 -d) --query Plaintext --output text` }) } }] }] }));
add("git log --format with commit SHAs and GPG signature status; CI log", Array.from({ length: 4 }, () => `${g.hex(40)} G ${g.HEX(16)} ${g.person()} ${g.pick(["fix(payroll): rounding", "chore: bump spring-boot", "feat(scim): group sync", "docs: runbook"])}`).join("\n"));
add("packages.lock.json contentHash entries (sha512 base64); chat", chat(`Restore fails with NU1403, lock file excerpt:\n${JSON.stringify({ version: 1, dependencies: { "net8.0": { "Microsoft.Identity.Client": { type: "Direct", requested: "[4.66.2, )", resolved: "4.66.2", contentHash: g.b64bytes(64) }, "Oracle.ManagedDataAccess.Core": { type: "Direct", requested: "[23.6.0, )", resolved: "23.6.0", contentHash: g.b64bytes(64) } } } }, null, 1)}`));
add("JAR MANIFEST.MF with SHA-256-Digest entries; MCP result", mcp(`Manifest-Version: 1.0\r\nCreated-By: Maven JAR Plugin 3.4.1\r\n\r\nName: com/example/erp/PayrollExport.class\r\nSHA-256-Digest: ${g.b64bytes(32)}\r\n\r\nName: com/example/erp/ScimClient.class\r\nSHA-256-Digest: ${g.b64bytes(32)}\r\n`));
add("age and minisign public keys for release verification; Markdown in chat", chat(`## Verifying releases\n\nEncrypt support bundles to: \`age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\`\n\nminisign public key:\n\n    untrusted comment: minisign public key ${g.HEX(16)}\n    RWQ${g.b64(53)}`));
add("Terraform plan output with sensitive values redacted; CI log", `  # azurerm_key_vault_secret.sql_password will be created\n  + resource "azurerm_key_vault_secret" "sql_password" {\n      + id           = (known after apply)\n      + key_vault_id = "/subscriptions/${g.uuid()}/resourceGroups/rg-erp/providers/Microsoft.KeyVault/vaults/kv-erp-prod"\n      + name         = "sql-password"\n      + value        = (sensitive value)\n    }`);
add("OCI config file with key_file path and fingerprint, no key inline; chat", chat(`[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaa${g.str(52, B32.toLowerCase())}\nfingerprint=${colonHex(g, 16, false)}\ntenancy=ocid1.tenancy.oc1..aaaaaaaa${g.str(52, B32.toLowerCase())}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\n\noci os ns get says NotAuthenticated, what's missing?`));
add("Base64 PNG logo in a multipart upload to the ITSM portal branding API", `--b${g.a(12)}\r\nContent-Disposition: form-data; name="logo"; filename="logo.png"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${g.b64(600)}AAAAAElFTkSuQmCC\r\n`);
add("Masked API key in a vendor console listing (prefix and last four only); chat", chat(`Which of these keys is used by the HR sync? Console shows:\n\nName          Key                 Created\nhr-sync       sk-proj-…${g.a(4)}       2025-01-10\nitsm-bot      sk-proj-…${g.a(4)}       2024-11-02\n\nI only have these masked values.`));

export const cases: CorpusCase[] = out;
