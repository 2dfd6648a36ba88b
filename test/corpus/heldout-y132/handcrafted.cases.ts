// heldout-y132: handcrafted key material and enterprise credential files (network gear, Windows,
// middleware, mainframe), each in an outbound payload. Values built at run time (seed 132004).
import type { CorpusCase } from "../types.ts";
import { b64encode, b64str, cat, cat132, Gen, type Group } from "./_gen.ts";

const g = new Gen(132004);
let n = 0;
const out: CorpusCase[] = [];
const add = (grp: Group, note: string, text: string) => {
  n++;
  out.push({ id: `y132-hk-${String(n).padStart(3, "0")}`, kind: "secrets", category: cat132(grp), label: "positive", text, note });
};
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });
const claudeChat = (content: string) => JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 4096, messages: [{ role: "user", content }] });
const toolWrite = (path: string, content: string) => JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path, content } }] });
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: g.range(3, 99), result: { content: [{ type: "text", text }], isError: false } });
const shellCall = (command: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command }) } }] }] });

// --- key material --------------------------------------------------------------------------
add("keys", "SAML SP signing key (RSA PEM); tool_use write_file; saml/sp-signing.key", toolWrite("config/saml/sp-signing.key", g.rsaKey() + "\n"));
add("keys", "ADFS token-signing export (PKCS#8 PEM) pasted in chat with German prose; chat completion", chat(`Ich habe den Schlüssel aus dem ADFS-Zertifikat exportiert, bitte in ein PFX für den Java-Keystore umwandeln:\n\n${g.pkcs8Key()}\n\nDanke!`));
add("keys", "EC private key for Apple Business Manager / MDM token signing; Anthropic message", claudeChat(`Why does jose reject this key when I sign the DEP token?\n\n\`\`\`\n${g.ecKey()}\n\`\`\``));
{
  const head = new Uint8Array([...new TextEncoder().encode("openssh-key-v1"), 0, 0, 0, 0, 4, ...new TextEncoder().encode("none"), 0, 0, 0, 4, ...new TextEncoder().encode("none"), 0, 0, 0, 0, 0, 0, 0, 1]);
  const body = new Uint8Array(380);
  body.set(head, 0);
  body.set(g.bytes(380 - head.length), head.length);
  const pem = `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64encode(body).match(/.{1,70}/g)!.join("\n")}\n-----END OPENSSH PRIVATE KEY-----`;
  add("keys", "OpenSSH private key of the ansible deploy user; ServiceNow ticket work_notes JSON", JSON.stringify({ work_notes: `Deploy key for the ERP batch hosts, please add to the jump host:\n${pem}`, state: "2" }));
}
{
  const pub = b64encode(g.bytes(279));
  const priv = b64encode(g.bytes(656));
  const ppk = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key-20250114-svc_sap\nPublic-Lines: 6\n${pub.match(/.{1,64}/g)!.join("\n")}\nPrivate-Lines: 14\n${priv.match(/.{1,64}/g)!.join("\n")}\nPrivate-MAC: ${g.hex(64)}`;
  add("keys", "PuTTY .ppk private key (unencrypted) for SAP host; MCP read_file result", mcp(ppk));
}
{
  const enc = new TextEncoder();
  const princ = (s: string) => { const b = enc.encode(s); return [0, b.length, ...b]; };
  const entry = [0, 1, ...princ("CORP.EXAMPLE.COM"), ...princ("HTTP"), ...princ("erp-web01.corp.example.com"), 0, 0, 0, 1, 0x67, 0x8a, 0x11, 0x22, 3, 0, 18, 0, 32, ...g.bytes(32)];
  const kt = new Uint8Array([5, 2, 0, 0, 0, entry.length, ...entry]);
  add("keys", "Kerberos keytab (HTTP/ SPN, aes256 key) base64-encoded; chat completion (Spanish)", chat(`Este es el keytab del servicio en base64, ¿por qué falla kinit -kt con "Preauthentication failed"?\n\n${b64encode(kt)}`));
}
add("keys", "WireGuard site-to-site PrivateKey; tool_use write_file /etc/wireguard/wg0.conf", toolWrite("/etc/wireguard/wg0.conf", `[Interface]\nAddress = 10.66.0.1/24\nListenPort = 51820\nPrivateKey = ${g.b64bytes(32)}\n\n[Peer]\n# branch office Lyon\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.66.10.0/24\nEndpoint = vpn-lyon.example.net:51820\n`));
add("keys", "OpenVPN static key V1 (tls-auth); OpenAI tool_calls write via heredoc", shellCall(`cat > /etc/openvpn/ta.key <<'EOF'\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => g.hex(32)).join("\n")}\n-----END OpenVPN Static key V1-----\nEOF\nsystemctl restart openvpn-server@corp`));
add("keys", "PGP private key block (payroll file encryption, bank exchange); Slack message", JSON.stringify({ channel: "C04PAYROLL", text: `Private key for decrypting the bank statements, import with gpg --import:\n\`\`\`${g.pem("PGP PRIVATE KEY BLOCK", 1100, new Uint8Array([0x95, 0x07, 0x98, 0x04]))}\`\`\`` }));
add("keys", "GCP service account JSON with private_key (BigQuery export for HR analytics); chat", chat(`Load job fails with invalid_grant. Service account file:\n${JSON.stringify({ type: "service_account", project_id: "hr-analytics-prod", private_key_id: g.hex(40), private_key: g.pkcs8Key() + "\n", client_email: "bq-loader@hr-analytics-prod.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}`));
add("keys", "DocuSign JWT grant RSA key embedded in C# code; Anthropic message", claudeChat(`Refactor to read from Key Vault instead:\n\nprivate const string DocuSignPrivateKey = @"${g.rsaKey()}";\nprivate const string IntegrationKey = "${g.uuid()}";`));
add("keys", "ASP.NET machineKey validationKey/decryptionKey in web.config; MCP result", mcp(`<system.web>\n  <machineKey validationKey="${g.HEX(128)}" decryptionKey="${g.HEX(64)}" validation="HMACSHA256" decryption="AES" />\n  <authentication mode="Forms"><forms loginUrl="~/Account/Login" timeout="2880" /></authentication>\n</system.web>`));
{
  const pfx = b64encode(new Uint8Array([0x30, 0x82, 0x0a, 0x61, 0x02, 0x01, 0x03, ...g.bytes(1500)]));
  add("keys", "PFX (PKCS#12) base64 + its password as Azure Pipelines variables; YAML in chat", chat(`azure-pipelines.yml for signing the MSI:\n\nvariables:\n  SIGNING_CERT_PFX_BASE64: ${pfx}\n  SIGNING_CERT_PASSWORD: ${g.pw()}\n`));
}
add("keys", "age secret key for SOPS in CI; shell history", `  812  export SOPS_AGE_KEY=${cat("AGE-SECRET", "-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n  813  sops -d secrets/prod.enc.yaml > /tmp/prod.yaml`);
add("keys", "BitLocker recovery password handed over in ticket comment (French prose); Jira comment", JSON.stringify({ body: `Voici la clé de récupération BitLocker du portable de ${g.person()} (ID ${g.UUID().slice(0, 8)}) :\n${Array.from({ length: 8 }, () => String(11 * g.range(0, 65535)).padStart(6, "0")).join("-")}` }));
add("keys", "SSH private key inside decrypted Ansible vault (ansible_ssh_private_key_content); ansible-vault view output", `$ ansible-vault view group_vars/aix/vault.yml\n---\nvault_aix_ssh_key: |\n${g.rsaKey().split("\n").map((l) => "  " + l).join("\n")}\n`);

// --- network gear, VPN, RADIUS -----------------------------------------------------------------
add("auth", "Cisco IOS: local user password type 0 + SNMP RW community; router config in chat", chat(`Review this switch config before I push it:\n\nhostname core-sw01\n!\nusername netadmin privilege 15 password 0 ${g.pw(14, 18)}\nenable secret 0 ${g.pw(14, 18)}\n!\nsnmp-server community ${g.a(16)} RW 10\nsnmp-server location DC1-Rack12\n!\nline vty 0 4\n transport input ssh\n login local`));
add("auth", "Cisco ASA tunnel-group IKEv1 pre-shared key; MCP result", mcp(`tunnel-group 203.0.113.40 type ipsec-l2l\ntunnel-group 203.0.113.40 ipsec-attributes\n ikev1 pre-shared-key ${g.a(28)}\n ikev2 remote-authentication pre-shared-key ${g.a(28)}\n ikev2 local-authentication pre-shared-key ${g.a(28)}`));
add("auth", "FortiGate CLI phase1 psksecret in a tool_calls ssh command", shellCall(`ssh admin@fw01.corp.test <<'EOF'\nconfig vpn ipsec phase1-interface\n    edit "to-azure"\n        set interface "wan1"\n        set remote-gw 198.51.100.7\n        set psksecret ${g.a(32)}\n    next\nend\nEOF`));
add("auth", "FreeRADIUS clients.conf shared secret; tool_use write_file", toolWrite("/etc/freeradius/3.0/clients.conf", `client wlc01 {\n    ipaddr = 10.20.0.5\n    secret = ${g.a(26)}\n    shortname = wlc01\n    nas_type = cisco\n}\n`));
add("auth", "Palo Alto PAN-OS API key in X-PAN-KEY header; curl", `curl -sk -H "X-PAN-KEY: ${cat("LUFRPT", g.b64(78), "==")}" "https://pa-fw01.corp.test/api/?type=op&cmd=<show><system><info></info></system></show>"`);
add("auth", "TACACS+ server key on Juniper/Cisco-style config in unified diff", `--- a/configs/edge-rtr02.cfg\n+++ b/configs/edge-rtr02.cfg\n@@ -40,3 +40,5 @@\n tacacs server ISE01\n  address ipv4 10.1.5.20\n+ key 0 ${g.a(22)}\n+ timeout 5\n`);
add("auth", "openconnect VPN login with --passwd-on-stdin in shell history", `  501  echo '${g.pw()}' | sudo openconnect --user=svc_vpn_monitor --passwd-on-stdin vpn.example.com\n  502  ip route | grep tun0`);

// --- Windows and AD ----------------------------------------------------------------------------------
add("auth", "unattend.xml AdministratorPassword PlainText=true; chat (Japanese)", chat(`このunattend.xmlでドメイン参加が失敗します。原因は？\n\n<UserAccounts>\n  <AdministratorPassword>\n    <Value>${g.pw()}</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n<Identification>\n  <Credentials><Domain>CORP</Domain><Username>svc_djoin</Username><Password>${g.pw()}</Password></Credentials>\n  <JoinDomain>corp.example.com</JoinDomain>\n</Identification>`));
add("auth", "Winlogon AutoAdminLogon DefaultPassword registry export; MCP result", mcp(`Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n"AutoAdminLogon"="1"\r\n"DefaultDomainName"="CORP"\r\n"DefaultUserName"="kiosk01"\r\n"DefaultPassword"="${g.pw()}"\r\n`));
add("auth", "cmdkey /add with domain service account password in PowerShell transcript", `PS C:\\> cmdkey /add:fs01.corp.example.com /user:CORP\\svc_filecopy /pass:${g.pw()}\n\nCMDKEY: Credential added successfully.\nPS C:\\> robocopy \\\\fs01.corp.example.com\\exports D:\\in /MIR`);
add("auth", "PSCredential from ConvertTo-SecureString -AsPlainText in Anthropic tool_use", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "run_powershell", input: { script: `$pw = ConvertTo-SecureString '${g.pw()}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_adsync', $pw)\nGet-ADUser -Filter * -Server dc01.corp.example.com -Credential $cred | Measure-Object` } }] }));
add("auth", "schtasks /create with /ru and /rp password; OpenAI tool_calls", shellCall(`schtasks /create /tn "ERP\\NightlyExport" /tr "C:\\Jobs\\export.cmd" /sc daily /st 02:00 /ru CORP\\svc_erpbatch /rp ${g.pw()}`));
add("auth", "IIS appcmd application pool identity password; CI log", `[deploy] appcmd set apppool /apppool.name:"HRPortal" /processModel.identityType:SpecificUser /processModel.userName:CORP\\svc_hrportal /processModel.password:${g.pw()}\n[deploy] APPCMD successfully changed the APPPOOL object "HRPortal"`);
add("auth", "ldapsearch -w bind password in Jenkins console log", `+ ldapsearch -H ldaps://dc01.corp.example.com -D "CN=svc_ldapread,OU=Service,DC=corp,DC=example,DC=com" -w '${g.pw()}' -b "DC=corp,DC=example,DC=com" "(sAMAccountName=jmeyer)" memberOf\n# numResponses: 2`);
add("auth", "CIFS credentials file (username/password/domain); tool_use write_file", toolWrite("/etc/samba/creds/fs01", `username=svc_linuxmount\npassword=${g.pw()}\ndomain=CORP\n`));
add("auth", "Tomcat server.xml keystorePass for SSO connector; chat (Korean)", chat(`톰캣 SSL 커넥터가 기동되지 않습니다:\n\n<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">\n  <SSLHostConfig>\n    <Certificate certificateKeystoreFile="conf/sso.p12" certificateKeystorePassword="${g.pw()}" type="RSA"/>\n  </SSLHostConfig>\n</Connector>`));

// --- data and middleware files --------------------------------------------------------------------
add("data", ".pgpass line with password; MCP result", mcp(`pg-erp01.corp.example.com:5432:erp:erp_report:${g.a(20)}\n`));
add("data", "sqlplus system/password@TNS in shell history", `  220  . oraenv <<< ORCL\n  221  sqlplus system/${g.a(14)}@PRODDB @/home/oracle/scripts/grants.sql\n  222  lsnrctl status`);
add("data", "odbc.ini DSN with Password; Anthropic message", claudeChat(`isql fails with [08001], here's /etc/odbc.ini:\n\n[DWH]\nDriver = ODBC Driver 18 for SQL Server\nServer = sql-dwh.corp.example.com,1433\nDatabase = DWH\nUID = etl_loader\nPassword = ${g.pw()}\nEncrypt = yes`));
add("data", "persistence.xml javax.persistence.jdbc.password; tool_use write_file", toolWrite("src/main/resources/META-INF/persistence.xml", `<persistence-unit name="hrPU" transaction-type="RESOURCE_LOCAL">\n  <properties>\n    <property name="jakarta.persistence.jdbc.url" value="jdbc:oracle:thin:@//ora-hr.corp.example.com:1521/HRPDB"/>\n    <property name="jakarta.persistence.jdbc.user" value="HR_APP"/>\n    <property name="jakarta.persistence.jdbc.password" value="${g.pw()}"/>\n  </properties>\n</persistence-unit>`));
add("data", "WildFly standalone.xml datasource security password; chat (Portuguese)", chat(`O datasource não sobe no WildFly 27, segue o trecho:\n\n<datasource jndi-name="java:/jdbc/FinanceDS" pool-name="FinanceDS">\n  <connection-url>jdbc:sqlserver://sql-fin.corp.example.com:1433;databaseName=FIN</connection-url>\n  <security>\n    <user-name>fin_app</user-name>\n    <password>${g.pw()}</password>\n  </security>\n</datasource>`));
add("data", "mainframe JCL FTP step with USER/PASS in SYSIN; chat", chat(`Convert this JCL FTP step to an SFTP script (INPUT line 1 is the FTP user, line 2 its password):\n\n//FTPSTEP  EXEC PGM=FTP,PARM='ftp.example.com (EXIT'\n//SYSPRINT DD SYSOUT=*\n//INPUT    DD *\nGLBATCH\n${g.str(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}\nASCII\nPUT 'PROD.GL.EXTRACT' gl_extract.txt\nQUIT\n/*`));
add("data", "Kafka client.properties with ssl.keystore.password and ssl.key.password; multipart upload", `--b${g.a(12)}\r\nContent-Disposition: form-data; name="file"; filename="client.properties"\r\nContent-Type: text/plain\r\n\r\nbootstrap.servers=kafka01.corp.example.com:9093\r\nsecurity.protocol=SSL\r\nssl.keystore.location=/etc/kafka/client.p12\r\nssl.keystore.password=${g.pw()}\r\nssl.key.password=${g.pw()}\r\n`);

// --- devtools ------------------------------------------------------------------------------------
add("devtools", "WebLogic boot.properties cleartext username/password; tool_use write_file", toolWrite("/u01/domains/erp/servers/AdminServer/security/boot.properties", `username=weblogic\npassword=${g.pw()}\n`));
add("devtools", "tomcat-users.xml manager-script user password; MCP result", mcp(`<tomcat-users>\n  <role rolename="manager-script"/>\n  <user username="deployer" password="${g.pw()}" roles="manager-script"/>\n</tomcat-users>`));
add("devtools", ".npmrc Azure Artifacts feed _password (base64 PAT); chat", chat(`npm install gets 401 from our feed, .npmrc:\n\n; begin auth token\n//pkgs.dev.azure.com/contoso/_packaging/erp-feed/npm/registry/:username=contoso\n//pkgs.dev.azure.com/contoso/_packaging/erp-feed/npm/registry/:_password=${b64str(g.str(52, "abcdefghijklmnopqrstuvwxyz234567"))}\n//pkgs.dev.azure.com/contoso/_packaging/erp-feed/npm/registry/:email=npm requires email to be set but doesn't use the value\n; end auth token`));
add("devtools", "docker config.json auths for Azure Container Registry (base64 user:password); MCP result", mcp(JSON.stringify({ auths: { "contosoerp.azurecr.io": { auth: b64str(`00000000-0000-0000-0000-000000000000:${g.b64(42)}`) } } }, null, 2)));
add("devtools", "git credential store line with PAT; shell tool_calls", shellCall(`printf 'https://svc-build:${g.a(32)}@git.corp.example.com\\n' >> ~/.git-credentials && git fetch --all`));
add("devtools", ".netrc for internal artifact server; tool_use write_file", toolWrite("/home/jenkins/.netrc", `machine artifacts.corp.example.com\n  login svc_release\n  password ${g.pw()}\n`));

// --- saas / back office --------------------------------------------------------------------------
add("saas", "Infor ION API .ionapi file (ci/cs/saak/sask); chat (Dutch)", chat(`Kun je hiermee een token ophalen in Python? Dit is het .ionapi bestand:\n\n${JSON.stringify({ ti: "CORP_PRD", cn: "erp-sync", dt: "12", ci: `CORP_PRD~${g.b64u(43)}`, cs: g.b64u(86), iu: "https://mingle-ionapi.example.com", pu: "https://mingle-sso.example.com:443/CORP_PRD/as/", oa: "authorization.oauth2", ot: "token.oauth2", or: "revoke_token.oauth2", ev: "U1447242561", v: "1.0", saak: `CORP_PRD#${g.b64u(86)}`, sask: g.b64u(86) }, null, 1)}`));
add("saas", "NetSuite TBA full credential set in Postman environment export; MCP result", mcp(JSON.stringify({ name: "NetSuite PROD", values: [{ key: "account", value: "1234567", enabled: true }, { key: "consumerKey", value: g.hex(64), enabled: true }, { key: "consumerSecret", value: g.hex(64), enabled: true }, { key: "tokenId", value: g.hex(64), enabled: true }, { key: "tokenSecret", value: g.hex(64), enabled: true }] })));
add("saas", "Salesforce sfdx auth URL (refresh token); chat", chat(`CI can't log in with sfdx auth:sfdxurl:store, SFDX_AUTH_URL is:\nforce://PlatformCLI::${cat("5Aep861", g.b64u(80))}@corp-example.my.salesforce.com`));
add("saas", "HTTP Basic auth to SAP OData (base64 user:password); raw HTTP", `GET /sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner?$top=5 HTTP/1.1\r\nHost: s4.corp.example.com\r\nAuthorization: Basic ${b64str(`COMM_BP_READ:${g.pw()}`)}\r\nAccept: application/json\r\n\r\n`);
add("saas", "Workday SOAP WS-Security UsernameToken PasswordText; SOAP request", `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n <soapenv:Header>\n  <wsse:Security>\n   <wsse:UsernameToken>\n    <wsse:Username>ISU_Payroll@corp</wsse:Username>\n    <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${g.pw()}</wsse:Password>\n   </wsse:UsernameToken>\n  </wsse:Security>\n </soapenv:Header>\n <soapenv:Body><bsvc:Get_Workers_Request xmlns:bsvc="urn:com.workday/bsvc"/></soapenv:Body>\n</soapenv:Envelope>`);

// --- cloud / observability --------------------------------------------------------------------------
add("cloud", "AWS credentials file key pair (AKIA id + secret); chat (Italian)", chat(`Lo script di backup verso S3 fallisce con SignatureDoesNotMatch. ~/.aws/credentials:\n\n[backup]\naws_access_key_id = ${cat("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-south-1`));
add("cloud", "Azure App Service publish profile userPWD; MCP result", mcp(`<publishData><publishProfile profileName="hr-portal - Web Deploy" publishMethod="MSDeploy" publishUrl="hr-portal.scm.azurewebsites.net:443" msdeploySite="hr-portal" userName="$hr-portal" userPWD="${g.a(60)}" destinationAppUrl="https://hr-portal.example.com" /></publishData>`));
add("cloud", "ARM template parameters adminPassword for Windows VM; tool_use write_file", toolWrite("infra/vm-erp.parameters.json", JSON.stringify({ $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", contentVersion: "1.0.0.0", parameters: { vmName: { value: "vm-erp-app01" }, adminUsername: { value: "erpadmin" }, adminPassword: { value: g.pw() } } }, null, 2)));
add("observability", "SNMPv3 user auth/priv passphrases in switch config; Slack message", JSON.stringify({ channel: "C02NETOPS", text: `Config for the new access switches:\n\`\`\`snmp-server group MONITOR v3 priv\nsnmp-server user librenms MONITOR v3 auth sha ${g.a(20)} priv aes 128 ${g.a(20)}\`\`\`` }));
add("observability", "Zabbix agent TLS PSK file content; tool_use write_file", toolWrite("/etc/zabbix/zabbix_agentd.psk", `${g.hex(64)}\n`));

export const cases: CorpusCase[] = out;
