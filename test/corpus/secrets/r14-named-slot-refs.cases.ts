// Round fourteen (named slots, held-out y10 class): a key written with its auth scheme word inside
// a setting (`….api.key=App <key>`, `Token <key>`); a UUID token under a setting named exactly
// `token`; eBay's Cert ID (PRD-/SBX- and 12-4-4-4-4 hex); a map from key id to secret under
// `keys:`. Look-alikes: template expressions holding names and lookups (Jinja/Ansible, GitHub
// Actions, ERB), systemd credentials loaded from files, crash reports' device keys, UUIDs that
// are handles (download links, page tokens, request ids), eBay App IDs, maps of words, colours
// and public keys. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, LOWER } from "./_gen.ts";

const r = new Rng(0x14e0f102);
const b = builder({ category: "r14-named-slot-refs", expect: "secrets" });
const bb = builder({ category: "r14-named-slot-refs-benign", expect: "secrets" });

const certId = (env: string) => `${env}-${r.hex(12)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}`;
/** A key id as LiveKit-style servers print them: a short word and letters and digits. */
const keyId = () => `API${r.alnum(12)}`;
const mapSecret = () => r.alnum(43);

// ---- scheme word inside the setting
b.pos("r14-scheme-properties", "key written with its App scheme in a .properties line", `sms.gateway.api.key=App ${r.hex(32)}-${r.uuid()}\nsms.gateway.base.url=https://gw.acme-corp.test\n`);
b.pos("r14-scheme-yaml-token", "key written with its Token scheme in a YAML value", `transcription:\n  endpoint: https://stt.acme-corp.test/v1\n  api_key: Token ${r.hex(40)}\n`);
b.pos("r14-scheme-env-kakao", "key written with a vendor scheme in .env", `GEO_REST_API_KEY=KakaoAK ${r.hex(32)}\nGEO_REGION=kr\n`);
b.pos("r14-scheme-ini-genie", "UUID key with a vendor scheme in an INI file", `[alerts]\napikey = GenieKey ${r.uuid()}\nteam = sre\n`);
// ---- UUID under a setting named token
b.pos("r14-uuid-token-yaml", "UUID project token under token: in YAML", `deploy:\n  provider: paas\n  token: ${r.uuid()}\n  service: api\n`);
b.pos("r14-uuid-token-toml", "UUID token in TOML", `[deploy]\nproject = "acme-api"\ntoken = "${r.uuid()}"\n`);
b.pos("r14-uuid-token-json", "UUID token as a JSON member", JSON.stringify({ project: "acme-web", token: r.uuid(), environment: "production" }, null, 2));
b.pos("r14-uuid-token-list", "UUID token in a YAML list item", `targets:\n  - token: ${r.uuid()}\n    name: prod\n`);
// ---- eBay Cert ID
b.pos("r14-ebay-cert-yaml", "eBay production Cert ID in YAML", `marketplace:\n  app_id: Acme-Store-PRD-${r.hex(9)}-${r.hex(8)}\n  cert_id: ${certId("PRD")}\n  dev_id: ${r.uuid()}\n`);
b.pos("r14-ebay-cert-env", "eBay sandbox Cert ID in .env", `EBAY_CLIENT_SECRET=${certId("SBX")}\n`);
b.pos("r14-ebay-cert-py", "eBay Cert ID in a Python dict", `creds = {"appid": "Acme-Store-PRD-${r.hex(9)}-${r.hex(8)}", "certid": "${certId("PRD")}"}`);
// ---- key id → secret maps
b.pos("r14-keymap-yaml", "key id to secret map under keys:", `port: 7880\nrtc:\n  tcp_port: 7881\nkeys:\n  ${keyId()}: ${mapSecret()}\n`);
b.pos("r14-keymap-api-keys", "second entry of an api_keys: map, quoted", `auth:\n  api_keys:\n    "${keyId()}": "${mapSecret()}"\n    "${keyId()}": "${mapSecret()}"\n`);
b.pos("r14-keymap-credentials", "credentials: map of key ids to secrets in a chat paste", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `why does the server reject my token? config:\n\ncredentials:\n  ${r.alnum(6)}${r.alnum(8).toUpperCase()}: ${mapSecret()}\n` }] }));

// ---- benign look-alikes
bb.ben("r14-tmpl-ansible", "Ansible vault lookups inside Jinja expressions", `- name: Create DB user\n  community.mysql.mysql_user:\n    name: app\n    password: "{{ vault_db_password }}"\n    login_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mysql:root token=' ~ vault_token) }}"\n    login_host: "{{ lookup('env', 'DB_HOST') }}"\n`);
bb.ben("r14-tmpl-jinja-set", "Jinja set statement naming a secret", `{% set api_key = lookup('aws_ssm', '/prod/payments/api_key_v2', region='eu-west-1') %}\n{% set token = vault('secret/data/ci:deploy_token') %}\n`);
bb.ben("r14-tmpl-actions", "GitHub Actions expressions", `- name: Publish\n  run: ./publish.sh\n  env:\n    REGISTRY_AUTH: \${{ format('token={0}', secrets.REGISTRY_TOKEN_2024) }}\n    SIGNING: \${{ secrets.password_store_key_ed25519 }}\n`);
bb.ben("r14-tmpl-erb", "ERB expressions in a database.yml", `production:\n  adapter: postgresql\n  password: <%= Rails.application.credentials.dig(:db, :password_primary2) %>\n  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE_PROD") { "secret=unset" } %>\n`);
bb.ben("r14-systemd-loadcred", "systemd unit loading credentials from files", `[Service]\nType=notify\nEnvironmentFile=/etc/acme/api.env\nLoadCredential=db-password:/etc/credstore/db-password\nLoadCredential=stripe:/run/keys/stripe\nLoadCredentialEncrypted=api_token:/etc/credstore.encrypted/api_token\nImportCredential=tls.*\nExecStart=/usr/bin/acme-api --credentials-dir \${CREDENTIALS_DIRECTORY}\n`);
bb.ben("r14-crash-apple", "Apple crash report header with CrashReporter Key", `Incident Identifier: ${r.uuid().toUpperCase()}\nCrashReporter Key:   ${r.hex(40)}\nHardware Model:      iPhone15,2\nProcess:             Acme [4412]\nCode Type:           ARM-64 (Native)\nOS Version:          iPhone OS 17.4 (21E219)\n\nException Type:  EXC_CRASH (SIGABRT)\nTriggered by Thread:  0\n\nThread 0 Crashed:\n0   libsystem_kernel.dylib        0x00000001e2b4a42c __pthread_kill + 8\n1   libsystem_pthread.dylib       0x00000001f5e35c0c pthread_kill + 268\n2   Acme                          0x0000000102a1c3f4 0x102a00000 + 115700\n`);
bb.ben("r14-crash-mac-images", "macOS crash report tail with binary images and a reporter key", `Thread 3 Crashed:\n0   com.acme.Editor               0x000000010c2f1a3e -[ACDocument save:] + 142\n1   com.apple.AppKit              0x00007ff81a2b3c44 -[NSApplication run] + 586\n\nBinary Images:\n       0x10c2e0000 -        0x10c4fffff com.acme.Editor (4.2.1) <${r.uuid().toUpperCase()}> /Applications/Editor.app/Contents/MacOS/Editor\nCrashReporter Key: ${r.hex(40)}\nSleep/Wake UUID: ${r.uuid().toUpperCase()}\n`);
bb.ben("r14-uuid-handles", "UUIDs under token names that are handles", `https://firebasestorage.googleapis.com/v0/b/acme-app.appspot.com/o/avatars%2F42.png?alt=media&token=${r.uuid()}\nnext_page_token: ${r.uuid()}\nidempotency_token: ${r.uuid()}\ntoken_id: ${r.uuid()}\nrequest_token_id = "${r.uuid()}"\nThe token ${r.uuid()} was revoked yesterday.\n`);
bb.ben("r14-scheme-prose", "a lower-case word between a key name and hex", `cache_key: build ${r.hex(40)}\nkey: see ${r.hex(40)}\napi_key: rotated ${r.hex(32)}\n`);
bb.ben("r14-ebay-app-id", "eBay App ID and Dev ID without a Cert ID", `ebay:\n  appid: Acme-Store-PRD-${r.hex(9)}-${r.hex(8)}\n  devid: ${r.uuid()}\n  ruName: Acme_Store-AcmeStor-PRD-${r.str(8, LOWER)}\n`);
bb.ben("r14-keymap-lookalikes", "maps under keys:/tokens: holding words, colours and public keys", `i18n:\n  keys:\n    welcome_title2: Welcome back to the dashboard\n    cta_button_v3: Start your free trial\ntokens:\n  color_primary_500: "#3b82f6"\n  spacing_md_2x: 16px\npublic_keys:\n  node7f3k9q2x1: ${r.str(43, ALNUM)}\nssh:\n  keys:\n    deploy-ci-2024: AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(43, B64)}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
