// Benign look-alikes from the release/supply-chain world: digests, checksums, commit SHAs, build and
// object ids, public keys, signatures, certificates, encrypted blobs, secret-store references,
// masks and placeholders. None sits in a slot whose name says it is a secret (except references,
// masks and placeholders, whose text is not a key).
import type { CorpusCase } from "../types.ts";
import { Gen, H, b64, buildRotated, hand, j, wrap, type Spec } from "./_gen.ts";

const g = new Gen(1350004);
const { J, oaiChat, antMsg, gemini, fence, toolUse, toolCall, mcp } = H;
const D = "devtools" as const;
const bytesCat = (...parts: (number[] | Uint8Array | string)[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const minisignPub = (g: Gen) => b64(bytesCat("Ed", g.bytes(8), g.bytes(32)));

const specs: Spec[] = [
  { id: "img-digest", group: D, provider: "container image digest", env: "IMAGE_DIGEST", make: (g) => "sha256:" + g.h(64) },
  { id: "git-sha", group: D, provider: "git commit SHA", env: "GIT_SHA", make: (g) => g.h(40) },
  { id: "gh-sha", group: D, provider: "GitHub Actions commit SHA", env: "GITHUB_SHA", make: (g) => g.h(40) },
  { id: "rel-sha256", group: D, provider: "release tarball SHA-256", env: "RELEASE_SHA256", make: (g) => g.h(64) },
  { id: "tar-sha512", group: D, provider: "tarball SHA-512", env: "TARBALL_SHA512", make: (g) => g.h(128) },
  { id: "npm-integrity", group: D, provider: "npm package integrity (SRI sha512)", env: "NPM_INTEGRITY", make: (g) => g.sri("sha512") },
  { id: "go-sum", group: D, provider: "Go module h1 hash", env: "GO_MODULE_SUM", make: (g) => "h1:" + g.rb64(32) },
  { id: "cargo-cksum", group: D, provider: "crates.io package checksum", env: "CRATE_CHECKSUM", make: (g) => g.h(64) },
  { id: "wheel-hash", group: D, provider: "pip wheel hash", env: "WHEEL_HASH", make: (g) => "sha256:" + g.h(64) },
  { id: "cdn-sri", group: D, provider: "CDN script SRI hash", env: "CDN_SRI_HASH", make: (g) => g.sri("sha384") },
  { id: "nar-hash", group: D, provider: "Nix narHash", env: "NIX_NAR_HASH", make: (g) => "sha256-" + g.rb64(32) },
  { id: "rekor-uuid", group: D, provider: "Rekor transparency log entry UUID", env: "REKOR_ENTRY_UUID", make: (g) => "24296fb24b8ad77a" + g.h(64) },
  { id: "rekor-index", group: D, provider: "Rekor log index", env: "REKOR_LOG_INDEX", make: (g) => g.d(9) },
  { id: "gpg-fpr", group: D, provider: "GPG key fingerprint", env: "GPG_FINGERPRINT", make: (g) => g.H(40) },
  { id: "gpg-keyid", group: D, provider: "GPG long key id", env: "GPG_KEY_ID", make: (g) => g.H(16) },
  { id: "cert-thumb", group: D, provider: "Authenticode certificate thumbprint", env: "SIGNING_CERT_THUMBPRINT", make: (g) => g.H(40) },
  { id: "asc-keyid", group: D, provider: "App Store Connect API key id", env: "ASC_KEY_ID", make: (g) => g.u(10) },
  { id: "asc-issuer", group: D, provider: "App Store Connect issuer id", env: "ASC_ISSUER_ID", make: (g) => g.uuid() },
  { id: "apple-team", group: D, provider: "Apple developer team id", env: "APPLE_TEAM_ID", make: (g) => g.u(10) },
  { id: "build-id", group: D, provider: "CI build UUID", env: "BUILDKITE_BUILD_ID", make: (g) => g.uuid() },
  { id: "run-id", group: D, provider: "GitHub Actions run id", env: "GITHUB_RUN_ID", make: (g) => g.d(11) },
  { id: "sentry-release", group: D, provider: "Sentry release name", env: "SENTRY_RELEASE", make: (g) => `toolkit@${g.ver()}+${g.h(40)}` },
  { id: "sentry-event", group: D, provider: "Sentry event id", env: "SENTRY_EVENT_ID", make: (g) => g.h(32) },
  { id: "trace-id", group: D, provider: "OpenTelemetry trace id", env: "TRACE_ID", make: (g) => g.h(32) },
  { id: "cache-key", group: D, provider: "CI cache key", env: "CACHE_KEY", make: (g) => "Linux-pnpm-store-" + g.h(64) },
  { id: "turbo-hash", group: D, provider: "Turborepo task hash", env: "TURBO_TASK_HASH", make: (g) => g.h(16) },
  { id: "ssh-pub", group: D, provider: "SSH deploy public key", env: "SSH_DEPLOY_PUBLIC_KEY", make: (g) => g.sshEd25519Pub("release@ci") },
  { id: "age-recipient", group: D, provider: "age recipient (public key)", env: "SOPS_AGE_RECIPIENTS", make: (g) => "age1" + g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") },
  { id: "minisign-pub", group: D, provider: "minisign public key", env: "MINISIGN_PUBLIC_KEY", make: minisignPub },
  { id: "npm-sig-keyid", group: D, provider: "npm registry signing key id", env: "NPM_SIGNATURE_KEYID", make: (g) => "SHA256:" + g.rb64(32).replace(/=+$/, "") },
  { id: "upload-sha256", group: D, provider: "Android upload certificate SHA-256 fingerprint", env: "UPLOAD_CERT_SHA256", make: (g) => g.colonHex(32) },
  { id: "keystore-sha1", group: D, provider: "Android signing certificate SHA-1", env: "SIGNING_CERT_SHA1", make: (g) => g.colonHex(20) },
  { id: "cf-dist", group: D, provider: "CloudFront distribution id", env: "CLOUDFRONT_DISTRIBUTION_ID", make: (g) => "E" + g.u(13) },
  { id: "cf-zone", group: D, provider: "Cloudflare zone id", env: "CLOUDFLARE_ZONE_ID", make: (g) => g.h(32) },
  { id: "cf-account", group: D, provider: "Cloudflare account id", env: "CLOUDFLARE_ACCOUNT_ID", make: (g) => g.h(32) },
  { id: "fastly-svc", group: D, provider: "Fastly service id", env: "FASTLY_SERVICE_ID", make: (g) => g.a(22) },
  { id: "algolia-app", group: D, provider: "Algolia application id", env: "ALGOLIA_APP_ID", make: (g) => g.u(10) },
  { id: "vercel-prj", group: D, provider: "Vercel project id", env: "VERCEL_PROJECT_ID", make: (g) => "prj_" + g.a(28) },
  { id: "vercel-org", group: D, provider: "Vercel team id", env: "VERCEL_ORG_ID", make: (g) => "team_" + g.a(24) },
  { id: "netlify-site", group: D, provider: "Netlify site id", env: "NETLIFY_SITE_ID", make: (g) => g.uuid() },
  { id: "gh-app-id", group: D, provider: "GitHub App client id", env: "GITHUB_APP_CLIENT_ID", make: (g) => "Iv23li" + g.a(14) },
  { id: "google-client-id", group: D, provider: "Google OAuth client id", env: "GOOGLE_CLIENT_ID", make: (g) => `${g.d(12)}-${g.l(32)}.apps.googleusercontent.com` },
  { id: "aws-role", group: D, provider: "AWS OIDC role ARN", env: "AWS_ROLE_TO_ASSUME", make: (g) => `arn:aws:iam::${g.d(12)}:role/gha-release-${g.l(6)}` },
  { id: "azure-client-id", group: D, provider: "Azure client (application) id", env: "AZURE_CLIENT_ID", make: (g) => g.uuid() },
  { id: "firebase-app", group: D, provider: "Firebase app id", env: "FIREBASE_APP_ID", make: (g) => `1:${g.d(12)}:android:${g.h(16)}` },
  { id: "prov-profile", group: D, provider: "provisioning profile UUID", env: "PROVISIONING_PROFILE_SPECIFIER", make: (g) => g.uuid().toUpperCase() },
  { id: "sbom-serial", group: D, provider: "CycloneDX SBOM serial number", env: "SBOM_SERIAL_NUMBER", make: (g) => "urn:uuid:" + g.uuid() },
  { id: "s3-version", group: D, provider: "S3 object version id", env: "ARTIFACT_VERSION_ID", make: (g) => g.bu(32) },
  { id: "docker-content-digest", group: D, provider: "OCI manifest digest", env: "DOCKER_CONTENT_DIGEST", make: (g) => "sha256:" + g.h(64) },
  { id: "scan-id", group: D, provider: "Develocity build scan id", env: "BUILD_SCAN_ID", make: (g) => g.l(13) },
  { id: "chromatic-app", group: D, provider: "Chromatic app id", env: "CHROMATIC_APP_ID", make: (g) => g.h(24) },
  { id: "winget-sha", group: D, provider: "winget installer SHA-256", env: "INSTALLER_SHA256", make: (g) => g.H(64) },
  { id: "brew-bottle", group: D, provider: "Homebrew bottle sha256", env: "BOTTLE_SHA256", make: (g) => g.h(64) },
  { id: "tuf-keyid", group: D, provider: "TUF root key id", env: "TUF_ROOT_KEYID", make: (g) => g.h(64) },
  { id: "etag", group: D, provider: "artifact ETag", env: "ARTIFACT_ETAG", make: (g) => `"${g.h(32)}-${g.range(2, 9)}"` },
];

const out: CorpusCase[] = buildRotated({ g, specs, prefix: "y135-b", benign: true });

const P = "y135-bk";
let n = 0;
const add = (text: string, note: string) => out.push(hand(P, ++n, "benign", text, note));

// 1 .npmrc with env references
add(toolUse(g, "Write the CI .npmrc", "write_file", { path: ".npmrc", content: "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\nprovenance=true\n" }), ".npmrc with ${NPM_TOKEN}/${GITHUB_TOKEN} env references; context: anthropic tool_use write_file");
// 2 package-lock excerpt
add(oaiChat(g, `Why does npm ci complain about integrity?\n${fence("json", JSON.stringify({ "node_modules/semver": { version: "7.6.3", resolved: "https://registry.example.com/semver/-/semver-7.6.3.tgz", integrity: g.sri("sha512"), license: "ISC" }, "node_modules/yaml": { version: "2.5.1", resolved: "https://registry.example.com/yaml/-/yaml-2.5.1.tgz", integrity: g.sri("sha512"), dev: true } }, null, 2))}`), "package-lock integrity hashes; context: openai chat");
// 3 go.sum
add(antMsg(g, `go mod verify fails after the release bump:\n${fence("", `github.com/spf13/cobra v1.8.1 h1:${g.rb64(32)}\ngithub.com/spf13/cobra v1.8.1/go.mod h1:${g.rb64(32)}\ngolang.org/x/mod v0.21.0 h1:${g.rb64(32)}\ngolang.org/x/mod v0.21.0/go.mod h1:${g.rb64(32)}`)}`), "go.sum h1 hashes; context: anthropic messages");
// 4 Cargo.lock
add(mcp(g, `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "toml"\nversion = "0.8.19"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`), "Cargo.lock checksums; context: MCP read_file result");
// 5 requirements with hashes
add(gemini(`pip install --require-hashes fails on the release runner:\n${fence("", `build==1.2.2 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\ntwine==5.1.1 \\\n    --hash=sha256:${g.h(64)}`)}`), "pip --hash lines; context: gemini generateContent");
// 6 Homebrew formula
add(toolUse(g, "Bump the tap formula", "write_file", { path: "Formula/toolkit.rb", content: `class Toolkit < Formula\n  desc "Release toolkit"\n  homepage "https://toolkit.example.org"\n  version "${g.ver()}"\n  on_macos do\n    url "https://dl.example.org/toolkit_darwin_arm64.tar.gz"\n    sha256 "${g.h(64)}"\n  end\n  on_linux do\n    url "https://dl.example.org/toolkit_linux_amd64.tar.gz"\n    sha256 "${g.h(64)}"\n  end\nend\n` }), "Homebrew formula sha256; context: anthropic tool_use write_file");
// 7 Scoop manifest
add(J({ message: "scoop: toolkit update", content: b64(JSON.stringify({ version: g.ver(), architecture: { "64bit": { url: "https://dl.example.org/toolkit_windows_amd64.zip", hash: g.h(64) } }, bin: "toolkit.exe" }, null, 4)), sha: g.h(40) }), "Scoop manifest hash (base64 content) + blob sha; context: GitHub contents API PUT");
// 8 winget manifest
add(oaiChat(g, `winget validation fails:\n${fence("yaml", `PackageIdentifier: Acme.Toolkit\nPackageVersion: ${g.ver()}\nInstallers:\n  - Architecture: x64\n    InstallerType: zip\n    InstallerUrl: https://dl.example.org/toolkit_windows_amd64.zip\n    InstallerSha256: ${g.H(64)}\nManifestType: installer\nManifestVersion: 1.6.0`)}`), "winget InstallerSha256; context: openai chat");
// 9 SHA256SUMS
add(mcp(g, [0, 1, 2, 3, 4].map((i) => `${g.h(64)}  toolkit_${g.ver()}_${["linux_amd64.tar.gz", "linux_arm64.tar.gz", "darwin_arm64.tar.gz", "windows_amd64.zip", "checksums.txt.sig"][i]}`).join("\n")), "goreleaser checksums.txt; context: MCP read_file result");
// 10 cosign public key + verify
add(toolCall(g, "Verify the release image", "bash", { command: `cat > cosign.pub <<'EOF'\n${g.ecPublicPem()}\nEOF\ncosign verify --key cosign.pub registry.example.com/acme/toolkit@sha256:${g.h(64)}` }), "cosign public key PEM + image digest; context: openai tool_calls bash");
// 11 Sigstore bundle
add(antMsg(g, `cosign verify-blob says the bundle is invalid:\n${JSON.stringify({ mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json", verificationMaterial: { certificate: { rawBytes: g.certPem().split("\n").slice(1, -1).join("") }, tlogEntries: [{ logIndex: g.d(9), logId: { keyId: g.rb64(32) }, kindVersion: { kind: "hashedrekord", version: "0.0.1" }, integratedTime: String(g.ts()), inclusionPromise: { signedEntryTimestamp: g.ecdsaSig() } }] }, messageSignature: { messageDigest: { algorithm: "SHA2_256", digest: g.rb64(32) }, signature: g.ecdsaSig() } }, null, 2)}`), "Sigstore bundle (cert, tlog entry, signature); context: anthropic messages");
// 12 DSSE provenance envelope
{
  const stmt = JSON.stringify({ _type: "https://in-toto.io/Statement/v1", subject: [{ name: "toolkit_linux_amd64.tar.gz", digest: { sha256: g.h(64) } }], predicateType: "https://slsa.dev/provenance/v1", predicate: { buildDefinition: { buildType: "https://actions.github.io/buildtypes/workflow/v1", externalParameters: { workflow: { ref: "refs/tags/v1.4.0", repository: "https://github.example.com/acme/toolkit", path: ".github/workflows/release.yml" } } }, runDetails: { builder: { id: "https://github.com/actions/runner/github-hosted" }, metadata: { invocationId: `https://github.example.com/acme/toolkit/actions/runs/${g.d(11)}/attempts/1` } } } });
  add(mcp(g, JSON.stringify({ payloadType: "application/vnd.in-toto+json", payload: b64(stmt), signatures: [{ keyid: "", sig: g.ecdsaSig() }] })), "DSSE envelope with SLSA provenance and ECDSA signature; context: MCP result");
}
// 13 PGP public key (KEYS file)
add(gemini(`Apache release vote: can you check our KEYS file format?\n\npub   ed25519 2024-03-02 [SC]\n      ${g.H(40)}\nuid           [ultimate] Acme Releases <releases@example.com>\n\n${g.pgpPublic("Acme Releases <releases@example.com>")}`), "PGP public key block + fingerprint (KEYS file); context: gemini generateContent");
// 14 PGP detached signature
add(J({ name: `toolkit-${g.ver()}.tar.gz.asc`, label: "signature", content_type: "application/pgp-signature", data: g.pgpSignature() }), "PGP detached signature asset; context: release asset upload JSON");
// 15 minisign public key + signature
add(oaiChat(g, `minisign -V fails for our release:\n${fence("", `$ cat toolkit.pub\nuntrusted comment: minisign public key ${g.H(16)}\n${minisignPub(g)}\n$ cat toolkit.tar.gz.minisig\nuntrusted comment: signature from minisign secret key\n${b64(bytesCat("ED", g.bytes(8), g.bytes(64)))}\ntrusted comment: timestamp:${g.ts()}\tfile:toolkit.tar.gz\thashed\n${g.rb64(64)}`)}`), "minisign public key and signature file; context: openai chat");
// 16 signify public key
add(mcp(g, `untrusted comment: acme release public key\n${b64(bytesCat("Ed", g.bytes(8), g.bytes(32)))}\n`), "signify public key; context: MCP read_file result");
// 17 GitHub deploy key create (public)
add(J({ title: "release-bot deploy key", key: g.sshEd25519Pub("release-bot@acme"), read_only: false }), "SSH public key in deploy key create body; context: GitHub API POST /repos/.../keys");
// 18 age recipients file
add(toolUse(g, "Add the new maintainer to SOPS", "write_file", { path: ".sops.yaml", content: `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n` }), ".sops.yaml age recipients (public keys); context: anthropic tool_use write_file");
// 19 GitHub Actions secrets public key response
add(mcp(g, JSON.stringify({ key_id: g.d(19), key: g.rb64(32) })), "GitHub Actions repository public key (libsodium); context: MCP result of GET actions/secrets/public-key");
// 20 encrypted secret PUT
add(J({ encrypted_value: g.rb64(88), key_id: g.d(19) }), "sealed-box encrypted_value for PUT /actions/secrets/NPM_TOKEN; context: GitHub API body");
// 21 SOPS encrypted file
add(antMsg(g, `sops -d fails on CI, file:\n${fence("yaml", `npm_token: ENC[AES256_GCM,data:${g.rb64(30)},iv:${g.rb64(32)},tag:${g.rb64(16)},type:str]\npypi_token: ENC[AES256_GCM,data:${g.rb64(60)},iv:${g.rb64(32)},tag:${g.rb64(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n${wrap(g.rb64(180)).split("\n").map((l) => "        " + l).join("\n")}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "${g.iso()}"\n  mac: ENC[AES256_GCM,data:${g.rb64(64)},iv:${g.rb64(32)},tag:${g.rb64(16)},type:str]\n  version: 3.9.0`)}`), "SOPS-encrypted values (ENC[...]) and age-encrypted data key; context: anthropic messages");
// 22 Ansible vault
add(oaiChat(g, `ansible-vault says "Decryption failed" for the release vars:\n${fence("", `$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.h(640), 80)}`)}`), "Ansible Vault encrypted blob; context: openai chat");
// 23 SealedSecret
add(toolUse(g, "Add the sealed secret for the release bot", "write_file", { path: "deploy/sealed-release.yaml", content: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: release-bot\n  namespace: release\nspec:\n  encryptedData:\n    NPM_TOKEN: AgB${g.b(380)}==\n` }), "SealedSecret encryptedData; context: anthropic tool_use write_file");
// 24 Travis secure
add(gemini(`Travis deploy step doesn't pick up the key:\n${fence("yaml", `deploy:\n  provider: npm\n  email: release@example.com\n  api_token:\n    secure: ${g.rb64(256)}\n  on:\n    tags: true`)}`), "Travis CI secure: encrypted value; context: gemini generateContent");
// 25 notarytool with key path + ids
add(toolCall(g, "Notarize the macOS build", "bash", { command: `xcrun notarytool submit dist/Toolkit-${g.ver()}.zip --key ~/private_keys/AuthKey_${g.u(10)}.p8 --key-id ${g.u(10)} --issuer ${g.uuid()} --wait` }), "App Store Connect key id / issuer id and .p8 path (no key content); context: openai tool_calls bash");
// 26 notarytool keychain profile
add(antMsg(g, `Notarization log:\n${fence("", `$ xcrun notarytool submit Toolkit.dmg --keychain-profile "AC_PASSWORD" --wait\nConditionally submitting Toolkit.dmg\nSubmission ID received\n  id: ${g.uuid()}\nSuccessfully uploaded file\n  id: ${g.uuid()}\n  path: /Users/ci/Toolkit.dmg\nProcessing complete\n  status: Accepted`)}`), "notarytool keychain profile reference + submission ids; context: anthropic messages");
// 27 Android signingReport
add(oaiChat(g, `Play Console says the upload key doesn't match:\n${fence("", `> Task :app:signingReport\nVariant: release\nConfig: release\nStore: /home/ci/upload.jks\nAlias: upload\nMD5: ${g.colonHex(16)}\nSHA1: ${g.colonHex(20)}\nSHA-256: ${g.colonHex(32)}\nValid until: Friday, 12 March 2049`)}`), "Gradle signingReport certificate fingerprints; context: openai chat");
// 28 signtool with thumbprint
add(toolCall(g, "Sign with the cert from the store", "powershell", { command: `signtool sign /sha1 ${g.H(40)} /fd SHA256 /tr http://timestamp.example.com /td SHA256 dist\\ToolkitSetup.exe` }), "signtool /sha1 certificate thumbprint; context: openai tool_calls powershell");
// 29 code-signing certificate chain
add(mcp(g, `${g.certPem()}\n${g.certPem()}\n`), "PEM certificate chain (code signing); context: MCP read_file result");
// 30 docker config with credsStore only
add(mcp(g, JSON.stringify({ auths: { "https://index.docker.io/v1/": {}, "ghcr.io": {} }, credsStore: "desktop", credHelpers: { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login", "europe-docker.pkg.dev": "gcloud" } }, null, "\t")), "~/.docker/config.json with credential helpers only; context: MCP read_file result");
// 31 k8s manifest pinned by digest
add(toolUse(g, "Pin the deployment image by digest", "str_replace", { path: "deploy/deployment.yaml", old_str: "image: registry.example.com/acme/toolkit:v1", new_str: `image: registry.example.com/acme/toolkit@sha256:${g.h(64)}` }), "image pinned by digest; context: anthropic tool_use str_replace");
// 32 OCI manifest
add(J({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: "sha256:" + g.h(64), size: g.range(1000, 9000) }, layers: [0, 1, 2].map(() => ({ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: "sha256:" + g.h(64), size: g.range(100000, 40000000) })), annotations: { "org.opencontainers.image.revision": g.h(40), "org.opencontainers.image.source": "https://github.example.com/acme/toolkit" } }), "OCI image manifest PUT body with digests; context: registry API");
// 33 CycloneDX SBOM
add(mcp(g, JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", serialNumber: "urn:uuid:" + g.uuid(), version: 1, components: [0, 1].map((i) => ({ type: "library", name: ["semver", "yaml"][i], version: g.ver(), purl: `pkg:npm/${["semver", "yaml"][i]}@${g.ver()}`, hashes: [{ alg: "SHA-512", content: g.h(128) }, { alg: "SHA-256", content: g.h(64) }] })) }, null, 1)), "CycloneDX SBOM with component hashes; context: MCP result");
// 34 SPDX tag-value
add(oaiChat(g, `Does this SPDX look right?\n${fence("", `SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentNamespace: https://spdx.example.org/toolkit-${g.uuid()}\nPackageName: toolkit\nPackageVersion: ${g.ver()}\nPackageChecksum: SHA1: ${g.h(40)}\nPackageChecksum: SHA256: ${g.h(64)}\nPackageVerificationCode: ${g.h(40)}`)}`), "SPDX checksums and verification code; context: openai chat");
// 35 GHSA advisory
add(J({ ghsa_id: `GHSA-${g.str(4, "23456789cfghjmpqrvwx")}-${g.str(4, "23456789cfghjmpqrvwx")}-${g.str(4, "23456789cfghjmpqrvwx")}`, summary: "Prototype pollution in config merge", severity: "high", vulnerabilities: [{ package: { ecosystem: "npm", name: "@acme/toolkit" }, vulnerable_version_range: "< 1.4.2", patched_versions: "1.4.2" }], credits: [], cwe_ids: ["CWE-1321"] }), "GitHub security advisory draft body with GHSA id; context: GitHub API");
// 36 webhook delivery headers
add(`POST /webhooks/github HTTP/1.1\nHost: releases.example.org\nX-GitHub-Event: release\nX-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Hook-ID: ${g.d(9)}\nX-Hub-Signature: sha1=${g.h(40)}\nX-Hub-Signature-256: sha256=${g.h(64)}\nContent-Type: application/json\n\n${J({ action: "published", release: { tag_name: "v" + g.ver(), target_commitish: g.h(40) } })}`, "GitHub webhook delivery with HMAC signature headers (not the secret); context: forwarded HTTP request");
// 37 Slack signature headers
add(`POST /slack/actions HTTP/1.1\nHost: bot.example.net\nX-Slack-Request-Timestamp: ${g.ts()}\nX-Slack-Signature: v0=${g.h(64)}\nContent-Type: application/x-www-form-urlencoded\n\npayload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%7B%22action_id%22%3A%22approve_release%22%7D%5D%7D`, "Slack request signature header (HMAC output); context: forwarded HTTP request");
// 38 masked Actions log
add(oaiChat(g, `${H.say("en", "log")}\n${fence("", `Run npm publish --provenance --access public\n  env:\n    NODE_AUTH_TOKEN: ***\n    NPM_CONFIG_PROVENANCE: true\nnpm notice Publishing to https://registry.example.com/ with tag latest and public access\nnpm notice Signed provenance statement with source and build information from GitHub Actions\nnpm notice Provenance statement published to transparency log: https://rekor.example.org/?logIndex=${g.d(9)}\n+ @acme/toolkit@${g.ver()}`)}`), "GitHub Actions log with *** masked token and Rekor log index; context: openai chat");
// 39 gh auth status masked
add(antMsg(g, `${fence("", `$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account acme-release (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: ${j("gh", "o_")}************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'`)}\nwhy can't I push tags?`), "gh auth status with masked token; context: anthropic messages");
// 40 npm token list (truncated ids)
add(oaiChat(g, `Which of these should I revoke?\n${fence("", `$ npm token list\n┌────────┬─────────┬────────────┬──────────┬────────────────┐\n│ id     │ token   │ created    │ readonly │ CIDR whitelist │\n├────────┼─────────┼────────────┼──────────┼────────────────┤\n│ ${g.h(6)} │ ${j("np", "m_")}${g.a(2)}… │ 2024-05-02 │ no       │                │\n│ ${g.h(6)} │ ${g.h(6)}… │ 2023-11-17 │ yes      │ 192.0.2.0/24   │\n└────────┴─────────┴────────────┴──────────┴────────────────┘`)}`), "npm token list (truncated token prefixes and ids); context: openai chat");
// 41 .env.example placeholders
add(toolUse(g, "Document the release env vars", "write_file", { path: ".env.example", content: "# copy to .env.release and fill in\nNPM_TOKEN=<npm automation token>\nPYPI_API_TOKEN=pypi-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nCARGO_REGISTRY_TOKEN=\nDOCKERHUB_TOKEN=changeme\nGPG_PASSPHRASE=your-passphrase-here\n" }), ".env.example placeholders; context: anthropic tool_use write_file");
// 42 1Password / Vault references
add(mcp(g, `NPM_TOKEN=op://Release/npm-publish/credential\nPYPI_API_TOKEN=op://Release/pypi/token\nDOCKERHUB_TOKEN={{ with secret "kv/data/release/dockerhub" }}{{ .Data.data.token }}{{ end }}\nSONAR_TOKEN=vault:secret/data/ci/sonar#token\nAWS_SECRET_ACCESS_KEY=arn:aws:secretsmanager:eu-west-1:${g.d(12)}:secret:release/aws-${g.a(6)}\n`), "secret-store references (op://, Vault template, Secrets Manager ARN); context: MCP read_file result");
// 43 workflow using secrets references + OIDC trusted publishing
add(J({ message: "ci: switch to trusted publishing", content: b64(`name: publish\non:\n  release:\n    types: [published]\npermissions:\n  id-token: write\n  contents: read\njobs:\n  pypi:\n    runs-on: ubuntu-latest\n    environment: pypi\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2\n      - uses: pypa/gh-action-pypi-publish@${g.h(40)} # v1.12.3\n  npm:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`), branch: "ci/trusted-publishing" }), "workflow with ${{ secrets.* }} references and SHA-pinned actions (base64); context: GitHub contents API PUT");
// 44 PyPI JSON API digests
add(mcp(g, JSON.stringify({ info: { name: "tern", version: g.ver() }, urls: [{ filename: "tern-1.4.0-py3-none-any.whl", digests: { blake2b_256: g.h(64), md5: g.h(32), sha256: g.h(64) }, upload_time_iso_8601: g.iso(), yanked: false }] })), "PyPI JSON API file digests; context: MCP result");
// 45 npm view dist with registry signatures
add(antMsg(g, `npm audit signatures fails for one package:\n${JSON.stringify({ shasum: g.h(40), tarball: "https://registry.example.com/@acme/toolkit/-/toolkit-1.4.0.tgz", integrity: g.sri("sha512"), signatures: [{ keyid: "SHA256:" + g.rb64(32).replace(/=+$/, ""), sig: g.ecdsaSig() }], attestations: { url: "https://registry.example.com/-/npm/v1/attestations/@acme%2ftoolkit@1.4.0", provenance: { predicateType: "https://slsa.dev/provenance/v1" } } }, null, 2)}`), "npm dist shasum, integrity and registry ECDSA signature; context: anthropic messages");
// 46 git log / describe
add(oaiChat(g, `Write release notes from these commits:\n${fence("", [0, 1, 2, 3, 4, 5].map(() => `${g.h(40)} ${g.pick(["fix: handle empty changelog", "feat: sign checksums with cosign", "chore(deps): bump semver", "ci: pin actions by SHA", "docs: document provenance", "refactor: split publish step"])}`).join("\n"))}\n\nlatest tag: v${g.ver()}-3-g${g.h(7)}`), "git log full SHAs and git describe; context: openai chat");
// 47 TUF root.json (public keys, signatures)
add(mcp(g, JSON.stringify({ signatures: [{ keyid: g.h(64), sig: g.h(128) }, { keyid: g.h(64), sig: g.h(128) }], signed: { _type: "root", spec_version: "1.0.31", version: 3, expires: "2026-06-01T00:00:00Z", consistent_snapshot: true, keys: { [g.h(64)]: { keytype: "ed25519", scheme: "ed25519", keyval: { public: g.h(64) } } }, roles: { root: { keyids: [g.h(64)], threshold: 1 } } } })), "TUF root.json (public keys and signatures only); context: MCP read_file result");
// 48 Nix flake.lock
add(toolUse(g, "Update flake inputs", "write_file", { path: "flake.lock", content: JSON.stringify({ nodes: { nixpkgs: { locked: { lastModified: g.ts(), narHash: "sha256-" + g.rb64(32), owner: "NixOS", repo: "nixpkgs", rev: g.h(40), type: "github" }, original: { owner: "NixOS", ref: "nixos-unstable", repo: "nixpkgs", type: "github" } } }, root: "root", version: 7 }, null, 2) }), "flake.lock narHash and rev; context: anthropic tool_use write_file");
// 49 Helm index.yaml digest
add(mcp(g, `apiVersion: v1\nentries:\n  toolkit:\n  - apiVersion: v2\n    appVersion: ${g.ver()}\n    created: "${g.iso()}"\n    digest: ${g.h(64)}\n    name: toolkit\n    urls:\n    - https://charts.example.com/toolkit-${g.ver()}.tgz\n    version: ${g.ver()}\ngenerated: "${g.iso()}"\n`), "Helm repo index.yaml chart digest; context: MCP result");
// 50 Release notes with base64 PNG badge
add(J({ tag_name: "v" + g.ver(), name: "Toolkit " + g.ver(), body: `## Highlights\n\n![badge](data:image/png;base64,${b64(bytesCat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], g.bytes(120)))})\n\n- Signed checksums\n- SLSA provenance`, draft: false }), "release body with inline base64 PNG; context: GitHub create release API");
// 51 GitHub App ids (no key)
add(oaiChat(g, `Is this enough to configure actions/create-github-app-token?\n${fence("yaml", `- uses: actions/create-github-app-token@v1\n  id: app-token\n  with:\n    app-id: ${g.d(6)}\n    private-key: \${{ secrets.RELEASE_APP_PRIVATE_KEY }}\n    owner: acme`)}\nThe App's client id is Iv23li${g.a(14)} and installation ${g.d(8)}.`), "GitHub App id/client id/installation id with secrets reference; context: openai chat");
// 52 ssh-keygen fingerprint output
add(antMsg(g, `${fence("", `$ ssh-keygen -lf ~/.ssh/aur_deploy.pub\n256 SHA256:${g.rb64(32).replace(/=+$/, "")} aur@acme (ED25519)\n$ gpg --list-secret-keys --keyid-format long\nsec   ed25519/${g.H(16)} 2024-03-02 [SC]\n      ${g.H(40)}\nuid                 [ultimate] Acme Releases <releases@example.com>\nssb   cv25519/${g.H(16)} 2024-03-02 [E]`)}\nWhich key does the AUR job use?`), "SSH key fingerprint and GPG secret-key listing (ids and fingerprints only); context: anthropic messages");
// 53 Go checksum DB lookup
add(J({ url: `https://sum.example.org/lookup/github.com/acme/toolkit@v${g.ver()}`, response: `${g.d(8)}\ngithub.com/acme/toolkit v1.4.0 h1:${g.rb64(32)}\ngithub.com/acme/toolkit v1.4.0/go.mod h1:${g.rb64(32)}\n\ngo.sum database tree\n${g.d(8)}\n${g.rb64(32)}\n\n— sum.example.org Az3gr${g.b(83)}=` }), "Go checksum database lookup (h1 hashes, signed tree note); context: fetch tool result");
// 54 masked Renovate log
add(mcp(g, `DEBUG: Using RE2 as regex engine\nDEBUG: Parsing configs\nDEBUG: hostRules: [{"matchHost":"npm.pkg.github.com","token":"***********"},{"matchHost":"registry.example.com","username":"renovate","password":"***********"}]\nINFO: Repository started (repository=acme/toolkit)\nDEBUG: Branch renovate/semver-7.x: commit ${g.h(40)}`), "Renovate debug log with masked hostRules; context: MCP result");

export const cases: CorpusCase[] = out;
