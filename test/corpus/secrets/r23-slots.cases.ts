// Round twenty-three (held-out Y80..Y84 classes): public values under a name that says what they are.
// An Ethereum address under a name calling it an address, a contract, a treasury or a recipient, read
// from a multipart part, an XML key/value pair or element, INI, YAML; a Vault token's accessor or a
// lease's id (references to a secret); an OpenSSH key fingerprint (`SHA256:` and 43 base64), even
// pasted into an Authorization header. Positives: a private key (0x and 64 hex) under the same names,
// an address in a payment instruction, a Vault token beside its accessor, an OpenShift `sha256~` token.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, ethAddress, ethKey } from "./_gen.ts";

const r = new Rng(0x23a5107e);
const b = builder({ category: "r23-slots", expect: "secrets" });
const bb = builder({ category: "r23-slots-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const fingerprint = () => "SHA256:" + Buffer.from(r.bytes(32)).toString("base64").replace(/=+$/, "");
const part = (name: string, value: string, headers = "") =>
  `--xYzBoundary\r\nContent-Disposition: form-data; name="${name}"\r\n${headers}\r\n${value}\r\n`;

// ---- Ethereum addresses in named slots
bb.ben("r23-eth-multipart-crlf", "multipart part treasury_address with a Content-Type header, CRLF",
  `POST /api/v2/payouts HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=xYzBoundary\r\n\r\n${part("network", "mainnet")}${part("treasury_address", ethAddress(r), "Content-Type: text/plain; charset=utf-8\r\n")}--xYzBoundary--\r\n`);
bb.ben("r23-eth-multipart-camel", "multipart part rewardsContract (unquoted name) in a curl trace",
  `> POST /deploy/verify HTTP/2\n> content-type: multipart/form-data; boundary=----b7\n------b7\nContent-Disposition: form-data; name=rewardsContract\n\n${ethAddress(r)}\n------b7--`);
bb.ben("r23-eth-xml-add-key", ".NET appSettings add key=PayoutAddress",
  `<appSettings>\n  <add key="ChainId" value="1" />\n  <add key="PayoutAddress" value="${ethAddress(r)}" />\n</appSettings>`);
bb.ben("r23-eth-xml-param-name", "XML param name=multisig_address value=",
  `<parameters>\n  <param name="rpc_url" value="https://rpc.ankr.com/eth"/>\n  <param name="multisig_address" value="${ethAddress(r).toLowerCase()}"/>\n</parameters>`);
bb.ben("r23-eth-xml-element", "XML element <TreasuryAddress>",
  `<Settings>\n  <Network>mainnet</Network>\n  <TreasuryAddress>${ethAddress(r)}</TreasuryAddress>\n</Settings>`);
bb.ben("r23-eth-ini-recipient", "INI fee_recipient under a section",
  `[validator]\ngraffiti = "home-staker"\nfee_recipient = ${ethAddress(r)}\n`);
bb.ben("r23-eth-yaml-safe-address", "YAML treasury_safe_address: under a dao block",
  `dao:\n  name: Gardeners\n  treasury_safe_address: "${ethAddress(r)}"\n  quorum: 4`);
bb.ben("r23-eth-toml-escrow-contract", "TOML escrow_contract in a nested table",
  `[contracts.mainnet]\nescrow_contract = "${ethAddress(r)}"\nstart_block = 19211000`);

b.pos("r23-eth-privkey-multipart", "private key (0x + 64 hex) in a multipart part named wallet_address",
  `--xYzBoundary\r\nContent-Disposition: form-data; name="wallet_address"\r\n\r\n0x${ethKey(r)}\r\n--xYzBoundary--\r\n`);
b.pos("r23-eth-payment-in-part", "payment instruction inside a multipart part named message",
  `--xYzBoundary\r\nContent-Disposition: form-data; name="message"\r\n\r\nhi, please send 2 ETH to ${ethAddress(r)} before friday\r\n--xYzBoundary--\r\n`);
b.pos("r23-eth-payment-xml-value", "payment instruction in an XML note value",
  `<add key="Note" value="pay 1.5 ETH to ${ethAddress(r)} for the invoice" />`);
b.pos("r23-eth-bare-recipient-chat", "chat: bare Recipient: label and an amount (a payment instruction)",
  `ok wire it today\nRecipient: ${ethAddress(r)}\nAmount: 3.2 ETH`);

// ---- Vault token accessors and lease ids
bb.ben("r23-vault-token-create-table", "vault token create output, token redacted, accessor shown",
  `$ vault token create -policy=ci -ttl=1h\nKey                  Value\n---                  -----\ntoken                <redacted>\ntoken_accessor       ${mixed(24)}\ntoken_duration       1h\ntoken_renewable      true\ntoken_policies       ["ci" "default"]`);
bb.ben("r23-vault-accessor-env", "VAULT_TOKEN_ACCESSOR in an .env",
  `VAULT_ADDR=https://vault.internal:8200\nVAULT_TOKEN_ACCESSOR=${mixed(24)}\n`);
bb.ben("r23-vault-lease-table", "vault read database creds: lease_id with its path, password redacted",
  `Key                Value\n---                -----\nlease_id           database/creds/readonly/${mixed(24)}\nlease_duration     1h\nlease_renewable    true\npassword           ********\nusername           v-token-readonly-${mixed(8).toLowerCase()}`);
bb.ben("r23-vault-lease-json", "JSON lease_id prefixed secret/data/",
  `{"request_id": "r-1", "lease_id": "secret/data/app/${mixed(26)}", "renewable": false, "auth_token_ref": null}`);
bb.ben("r23-vault-accessor-stringdata", "Kubernetes Secret stringData TOKEN_ACCESSOR",
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-vault\ntype: Opaque\nstringData:\n  TOKEN_ACCESSOR: "${mixed(24)}"\n`);
bb.ben("r23-vault-accessor-camel", "TypeScript: tokenAccessor in a revoke call",
  `await vault.write("auth/token/revoke-accessor", { accessor: tokenAccessor });\nconst tokenAccessor = "${mixed(24)}";`);

b.pos("r23-vault-token-beside-accessor", "vault token create output with the token shown beside its accessor",
  `Key                  Value\n---                  -----\ntoken                hvs.${mixed(24)}\ntoken_accessor       ${mixed(24)}\ntoken_duration       768h`);
b.pos("r23-vault-env-token-and-accessor", ".env: VAULT_TOKEN (legacy s.) next to VAULT_ACCESSOR",
  `VAULT_TOKEN=s.${mixed(24)}\nVAULT_ACCESSOR=${mixed(24)}\n`);
b.pos("r23-vault-stringdata-token", "stringData with VAULT_ACCESSOR first, then VAULT_TOKEN",
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: vault-creds\nstringData:\n  VAULT_ACCESSOR: "${mixed(24)}"\n  VAULT_TOKEN: "hvs.${mixed(24)}"\n`);

// ---- OpenSSH fingerprints
bb.ben("r23-ssh-fp-bearer-python", "requests header Authorization: Bearer SHA256:<fingerprint>",
  `resp = requests.get(url, headers={"Authorization": "Bearer ${fingerprint()}", "Accept": "application/json"})`);
bb.ben("r23-ssh-fp-bare-header", "HTTP header Authorization: SHA256:<fingerprint>",
  `GET /v1/hosts/bastion HTTP/1.1\nHost: inventory.internal\nAuthorization: ${fingerprint()}\n`);
bb.ben("r23-ssh-fp-token-field", "JSON: host_key_token holding a fingerprint",
  `{"host": "bastion-1", "host_key_token": "${fingerprint()}", "type": "ssh-ed25519"}`);

b.pos("r23-openshift-bearer", "OpenShift sha256~ token in an Authorization header",
  `curl -H "Authorization: Bearer sha256~${r.str(43, ALNUM + "-_")}" https://api.cluster.example-corp.io:6443/apis/user.openshift.io/v1/users/~`);
b.pos("r23-bearer-random-43", "Authorization: Bearer and 43 random base64url characters",
  `curl -H "Authorization: Bearer ${mixed(43)}" https://api.vendor-corp.io/v1/me`);

export const cases = [...b.cases, ...bb.cases];
