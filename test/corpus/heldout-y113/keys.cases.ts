// heldout-y113 / keys: private key material (PEM, OpenSSH, PGP, PuTTY, JWK, age, WireGuard,
// wallet keys) leaking through CI logs, infra tool output and crash reports. All handcrafted.
import type { CorpusCase } from "../types.ts";
import { Gen, hand, b64, b64url, BECH, type Group } from "./_gen.ts";

const g = new Gen(0x113aa);
const cases: CorpusCase[] = [];
let n = 0;
let env = 0;
const G: Group = "keys";
const add = (log: string, note: string) => cases.push(hand(g, `y113-keys-${String(++n).padStart(3, "0")}`, G, log, note, env++));
const pyrepr = (s: string) => `'${s.replace(/\n/g, "\\n")}'`;

// 1. kubectl get secret (TLS) base64 tls.key
{
  const key = g.rsaKey();
  add([
    "$ kubectl get secret api-tls -n prod -o yaml",
    "apiVersion: v1",
    "data:",
    `  tls.crt: ${b64(g.cert())}`,
    `  tls.key: ${b64(key + "\n")}`,
    "kind: Secret",
    "metadata:",
    "  name: api-tls",
    "  namespace: prod",
    `  uid: ${g.uuid()}`,
    "type: kubernetes.io/tls",
  ].join("\n"), "RSA private key (PKCS#1 PEM); slot Secret data tls.key (base64); context: kubectl get secret -o yaml");
}
// 2. terraform state show tls_private_key
{
  add([
    "$ terraform state show tls_private_key.deploy",
    "# tls_private_key.deploy:",
    "resource \"tls_private_key\" \"deploy\" {",
    "    algorithm                     = \"RSA\"",
    "    ecdsa_curve                   = \"P224\"",
    `    id                            = "${g.h(40)}"`,
    "    private_key_openssh           = (sensitive value)",
    "    private_key_pem               = <<-EOT",
    ...g.pkcs8Key().split("\n").map((l) => "            " + l),
    "        EOT",
    `    public_key_fingerprint_md5    = "${Array.from({ length: 16 }, () => g.h(2)).join(":")}"`,
    `    public_key_fingerprint_sha256 = "SHA256:${g.b(43)}"`,
    `    public_key_openssh            = "${g.sshPub("").trim()}"`,
    "    rsa_bits                      = 2048",
    "}",
  ].join("\n"), "PKCS#8 private key PEM; slot terraform state private_key_pem; context: terraform state show");
}
// 3. ansible -vvv copy module content
{
  const key = g.opensshKey();
  add([
    "TASK [deploy : install deploy key] ******************************************",
    "task path: /home/ops/ansible/roles/deploy/tasks/main.yml:12",
    "<10.0.3.12> ESTABLISH SSH CONNECTION FOR USER: ubuntu",
    "fatal: [web-01]: FAILED! => " + JSON.stringify({
      changed: false, checksum: g.h(40), msg: "Destination directory /home/deploy/.ssh does not exist",
      invocation: { module_args: { content: key + "\n", dest: "/home/deploy/.ssh/id_ed25519", mode: "0600", owner: "deploy" } },
    }, null, 4),
  ].join("\n"), "OpenSSH private key; slot copy module_args.content; context: ansible-playbook -vvv failure");
}
// 4. GHA set -x echo of deploy key
{
  const key = g.opensshKey();
  const k = g.clock();
  const L = (s: string) => `${k.tick(3).iso(7)} ${s}`;
  add([
    L("##[group]Run mkdir -p ~/.ssh && echo \"$DEPLOY_KEY\" > ~/.ssh/id_ed25519"),
    L("##[endgroup]"),
    L("+ mkdir -p /home/runner/.ssh"),
    ...(`+ echo '${key}'`).split("\n").map(L),
    L("+ chmod 600 /home/runner/.ssh/id_ed25519"),
    L("+ ssh -o StrictHostKeyChecking=no deploy@bastion.example.com ./release.sh"),
    L("Load key \"/home/runner/.ssh/id_ed25519\": error in libcrypto"),
    L("##[error]Process completed with exit code 255."),
  ].join("\n"), "OpenSSH private key; slot echo argument (DEPLOY_KEY expanded); context: GitHub Actions set -x trace");
}
// 5. Python crash locals with EC key
{
  const key = g.ecKey();
  add([
    "Traceback (most recent call last):",
    "  File \"/app/signing.py\", line 44, in sign_payload",
    "    signer = load_pem_private_key(private_key.encode(), password=None)",
    "ValueError: Could not deserialize key data. The data may be in an incorrect format.",
    "",
    "Local variables in sign_payload:",
    `    private_key = ${pyrepr(key + "\n")}`,
    `    payload     = b'{"order_id": "${g.uuid()}"}'`,
  ].join("\n"), "EC private key PEM; slot local private_key (repr with \\n); context: Python crash report with locals");
}
// 6. JWK with d
{
  const jwk = { kty: "EC", crv: "P-256", kid: g.uuid(), use: "sig", alg: "ES256", x: g.u(43), y: g.u(43), d: g.u(43) };
  add([
    `${g.clock().iso(3)} DEBUG jose: loaded signing key from env OIDC_SIGNING_JWK=${JSON.stringify(jwk)}`,
    `${g.clock().iso(3)} ERROR jose: JWSInvalid: Invalid Compact JWS`,
  ].join("\n"), "EC private JWK (with d); slot env OIDC_SIGNING_JWK; context: Node service debug log");
}
// 7. age secret key in printenv
{
  const age = g.j("AGE-SECRET-", "KEY-1", g.str(58, BECH.toUpperCase()));
  add([
    "$ env | sort | grep -i sops",
    `SOPS_AGE_KEY=${age}`,
    `SOPS_AGE_RECIPIENTS=age1${g.str(58, BECH)}`,
    "$ sops -d secrets/prod.enc.yaml",
    "Failed to get the data key required to decrypt the SOPS file.",
  ].join("\n"), "age secret key; slot env SOPS_AGE_KEY (recipient next to it is public); context: CI debug shell output");
}
// 8. wg showconf
{
  add([
    "$ sudo wg showconf wg0",
    "[Interface]",
    "ListenPort = 51820",
    `PrivateKey = ${g.b(43)}=`,
    "",
    "[Peer]",
    `PublicKey = ${g.b(43)}=`,
    "AllowedIPs = 10.8.0.2/32",
    `Endpoint = ${g.pubip()}:51820`,
    "PersistentKeepalive = 25",
  ].join("\n"), "WireGuard private key; slot [Interface] PrivateKey; context: wg showconf output");
}
// 9. PGP private key in GitLab CI
{
  const body: string[] = [];
  const s = "lQdGBG" + g.b(64 * 14 - 6);
  for (let i = 0; i < s.length; i += 64) body.push(s.slice(i, i + 64));
  const blk = ["-----BEGIN PGP PRIVATE " + "KEY BLOCK-----", "", ...body, "=" + g.b(4), "-----END PGP PRIVATE " + "KEY BLOCK-----"].join("\n");
  add([
    "$ set -x",
    "$ echo \"$GPG_PRIVATE_KEY\" | gpg --batch --import",
    `++ echo '${blk}'`,
    "++ gpg --batch --import",
    "gpg: no valid OpenPGP data found.",
    "gpg: Total number processed: 0",
    "ERROR: Job failed: exit code 2",
  ].join("\n"), "PGP private key block; slot echo of GPG_PRIVATE_KEY; context: GitLab CI job log with set -x");
}
// 10. Ethereum deployer key in compose config
{
  add([
    "$ docker compose config",
    "services:",
    "  deployer:",
    "    environment:",
    "      CHAIN_ID: \"11155111\"",
    `      DEPLOYER_PRIVATE_KEY: 0x${g.h(64)}`,
    "      RPC_URL: https://rpc.example.org",
    "    image: ghcr.example.com/acme/contracts:1.4.0",
  ].join("\n"), "EVM wallet private key; slot DEPLOYER_PRIVATE_KEY; context: docker compose config output");
}
// 11. PuTTY PPK
{
  add([
    "+ type C:\\jenkins\\keys\\deploy.ppk",
    "PuTTY-User-Key-File-3: ssh-ed25519",
    "Encryption: none",
    "Comment: deploy@build-win-02",
    "Public-Lines: 2",
    `AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(39)}`,
    g.b(4),
    "Private-Lines: 1",
    `AAAAI${g.b(43)}`,
    `Private-MAC: ${g.h(64)}`,
    "+ plink -batch -i C:\\jenkins\\keys\\deploy.ppk deploy@10.0.2.14 ./restart.sh",
    "FATAL ERROR: Network error: Connection timed out",
  ].join("\n"), "PuTTY private key (PPK v3, unencrypted); slot key file contents; context: Jenkins Windows agent console");
}
// 12. App Store Connect .p8 in fastlane verbose
{
  const key = g.pem("PRIVATE KEY", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 200);
  add([
    "[14:22:07]: fastlane finished with errors",
    "[14:22:07]: ----- verbose: app_store_connect_api_key parameters -----",
    `[14:22:07]: key_id: ${g.up(10)}`,
    `[14:22:07]: issuer_id: ${g.uuid()}`,
    `[14:22:07]: key_content: ${key.replace(/\n/g, "\\n")}`,
    "[14:22:07]: in_house: false",
    "[!] Authentication credentials are missing or invalid. - Provide a properly configured and signed bearer token",
  ].join("\n"), "App Store Connect API private key (.p8, EC PKCS#8); slot key_content; context: fastlane --verbose output");
}
// 13. kubeconfig client-key-data
{
  add([
    "$ kubectl config view --raw",
    "users:",
    "- name: kind-dev",
    "  user:",
    `    client-certificate-data: ${b64(g.cert())}`,
    `    client-key-data: ${b64(g.ecKey() + "\n")}`,
  ].join("\n"), "EC client private key; slot kubeconfig client-key-data (base64 PEM); context: kubectl config view --raw");
}
// 14. GitHub App private key in docker inspect
{
  add(JSON.stringify([{
    Id: g.h(64), Name: "/release-bot",
    Config: { Env: [`GITHUB_APP_ID=${g.d(6)}`, `GITHUB_APP_PRIVATE_KEY=${g.rsaKey()}`, "NODE_ENV=production"], Image: "registry.example.com/release-bot:0.9.2" },
    State: { Status: "restarting", ExitCode: 1 },
  }], null, 2), "GitHub App RSA private key; slot env GITHUB_APP_PRIVATE_KEY; context: docker inspect Config.Env");
}
// 15. OCI CLI debug config with key_content
{
  add([
    "$ oci os bucket list --compartment-id ocid1.compartment.oc1..aaaa --debug",
    `DEBUG:oci.base_client.${g.d(12)}:Request: GET https://objectstorage.eu-frankfurt-1.oci.example.com/n/acme/b`,
    `config: {'user': 'ocid1.user.oc1..aaaa${g.lo(52)}', 'fingerprint': '${Array.from({ length: 16 }, () => g.h(2)).join(":")}', 'tenancy': 'ocid1.tenancy.oc1..aaaa${g.lo(52)}', 'region': 'eu-frankfurt-1', 'key_content': ${pyrepr(g.pkcs8Key())}}`,
    "ServiceError: {'status': 401, 'code': 'NotAuthenticated', 'message': 'The required information to complete authentication was not provided.'}",
  ].join("\n"), "OCI API signing private key; slot config key_content; context: oci CLI --debug output");
}
// 16. Nostr nsec in journalctl
{
  add([
    `${g.clock().syslog()} relay-01 nostr-bot[9911]: using identity npub1${g.str(58, BECH)}`,
    `${g.clock().syslog()} relay-01 nostr-bot[9911]: DEBUG env NOSTR_NSEC=nsec1${g.str(58, BECH)}`,
    `${g.clock().syslog()} relay-01 nostr-bot[9911]: error: relay wss://relay.example.net rejected event: blocked`,
  ].join("\n"), "Nostr private key (nsec bech32); slot env NOSTR_NSEC (npub beside it is public); context: journalctl lines");
}

export { cases };
