import { GENERIC_RULES } from "./builtin-generic.ts";
import { PROVIDER_RULES } from "./builtin-providers.ts";
import { NEAR_RULES } from "./builtin-near.ts";
import { REGIONAL_RULES } from "./builtin-regional.ts";
import { CALL_ARGUMENT_RULES } from "./call-arguments.ts";
import { POSITIONAL_SECRET_CALL_RULE } from "./positional-secret-call.ts";
import { SECRET_WRAPPER_CALL_RULE } from "./secret-wrapper-call.ts";
import { CLI_CREDENTIAL_RULES } from "./cli-credentials.ts";
import { SECRET_RESOURCE_RULES } from "./secret-resource.ts";
import { KEY_ID_MAP_RULES } from "./key-id-map.ts";
import { BASIC_RAW_TOKEN_RULES } from "./basic-raw-token.ts";
import { APP_PASSWORD_RULES } from "./app-password.ts";
import { VALUE_THEN_NAME_RULES } from "./value-then-name.ts";
import { PROSE_STATEMENT_RULES } from "./prose-statement.ts";
import { VALUE_AS_NOUN_RULES } from "./value-as-noun.ts";
import { ENV_DEFAULT_RULES } from "./env-default.ts";
import { NAME_THEN_LITERAL_RULES } from "./name-then-literal.ts";
import { KEY_FILE_RULES } from "./key-file.ts";
import { NATIVE_SECRET_NAME_RULES } from "./native-secret-name.ts";
import { PRE_SHARED_KEY_RULES } from "./pre-shared-key.ts";
import { HSM_PIN_RULES } from "./hsm-pin.ts";
import { QUERY_PUNCTUATED_SECRET_RULES } from "./query-punctuated-secret.ts";
import { REMOTE_ADMIN_PASSWORD_RULES } from "./remote-admin-password.ts";
import { AGENT_ENROLMENT_RULES } from "./agent-enrolment.ts";
import { NAMED_SEED_PHRASE_RULES } from "./named-seed-phrase.ts";
import { PROTOCOL_AUTH_RULES } from "./protocol-auth.ts";
import { TINK_KEYSET_RULES } from "./tink-keyset.ts";
import { REGISTRY_AUTH_RULES } from "./registry-auth.ts";
import { ORACLE_LOGON_RULES } from "./oracle-logon.ts";
import { RAW_PRIVATE_KEY_RULES } from "./raw-private-key.ts";
import { ACME_DNS_TOKEN_RULES } from "./acme-dns-token.ts";
import { USERLIST_PASSWORD_RULES } from "./userlist-password.ts";
import { CONSUL_CONFIG_RULES } from "./consul-config.ts";
import { ARGV_LIST_FLAG_RULES } from "./argv-list-flag.ts";
import { VAULT_APPROLE_RULES } from "./vault-approle.ts";
import { NAMED_APART_RULES } from "./named-apart.ts";
import { CLI_NAMED_PARAMETER_RULES } from "./cli-named-parameter.ts";
import { CLOUD_INIT_CHPASSWD_RULES } from "./cloud-init-chpasswd.ts";
import { XML_NAME_VALUE_RULES } from "./xml-name-value.ts";
import { XML_QUALIFIED_ELEMENT_RULES } from "./xml-qualified-element.ts";
import { SQL_OPTION_LIST_RULES } from "./sql-option-list.ts";
import { OAUTH_FORM_TOKEN_RULES } from "./oauth-form-token.ts";
import { INTEGRATION_FORM_TOKEN_RULES } from "./integration-form-token.ts";
import { ROBLOX_COOKIE_RULES } from "./roblox-cookie.ts";
import { KEY_BYTE_ARRAY_RULES } from "./key-byte-array.ts";
import { PERFORCE_TICKET_RULES } from "./perforce-ticket.ts";
import { KEY_FILE_DUMP_RULES } from "./key-file-dump.ts";
import { NETWORK_DEVICE_SECRET_RULES } from "./network-device-secret.ts";
import { WINDOWS_COMMAND_PASSWORD_RULES } from "./windows-command-password.ts";
import { OPENVPN_STATIC_KEY_RULES } from "./openvpn-static-key.ts";
import { BITLOCKER_RECOVERY_RULES } from "./bitlocker-recovery.ts";
import { KERBEROS_KEYTAB_RULES } from "./kerberos-keytab.ts";
import { IONAPI_CREDENTIAL_RULES } from "./ionapi-credentials.ts";
import { JCL_FTP_LOGON_RULES } from "./jcl-ftp-logon.ts";
import { HOST_KEYED_ACCESS_KEY_RULES } from "./host-keyed-access-key.ts";
import { COVERAGE_REPORTER_ID_RULES } from "./coverage-reporter-id.ts";
import { FETCHED_SECRET_OUTPUT_RULES } from "./fetched-secret-output.ts";
import { SECRET_STORE_RESPONSE_RULES } from "./secret-store-response.ts";
import { PROVIDER_URL_KEY_RULES } from "./provider-url-key.ts";
import type { Rule } from "./types.ts";

/** Every built-in rule; ids are unique (checked by test/detect/rules.test.ts). One rule file a line: adding one is a one-line change. */
export const BUILTIN_RULES: readonly Rule[] = [
  ...PROVIDER_RULES,
  ...REGIONAL_RULES,
  ...GENERIC_RULES,
  ...NEAR_RULES,
  ...CALL_ARGUMENT_RULES,
  POSITIONAL_SECRET_CALL_RULE,
  SECRET_WRAPPER_CALL_RULE,
  ...CLI_CREDENTIAL_RULES,
  ...SECRET_RESOURCE_RULES,
  ...KEY_ID_MAP_RULES,
  ...BASIC_RAW_TOKEN_RULES,
  ...APP_PASSWORD_RULES,
  ...VALUE_THEN_NAME_RULES,
  ...PROSE_STATEMENT_RULES,
  ...VALUE_AS_NOUN_RULES,
  ...ENV_DEFAULT_RULES,
  ...NAME_THEN_LITERAL_RULES,
  ...NATIVE_SECRET_NAME_RULES,
  ...KEY_FILE_RULES,
  ...PRE_SHARED_KEY_RULES,
  ...HSM_PIN_RULES,
  ...QUERY_PUNCTUATED_SECRET_RULES,
  ...REMOTE_ADMIN_PASSWORD_RULES,
  ...AGENT_ENROLMENT_RULES,
  ...NAMED_SEED_PHRASE_RULES,
  ...PROTOCOL_AUTH_RULES,
  ...TINK_KEYSET_RULES,
  ...REGISTRY_AUTH_RULES,
  ...ORACLE_LOGON_RULES,
  ...RAW_PRIVATE_KEY_RULES,
  ...ACME_DNS_TOKEN_RULES,
  ...USERLIST_PASSWORD_RULES,
  ...CONSUL_CONFIG_RULES,
  ...ARGV_LIST_FLAG_RULES,
  ...VAULT_APPROLE_RULES,
  ...NAMED_APART_RULES,
  ...CLI_NAMED_PARAMETER_RULES,
  ...CLOUD_INIT_CHPASSWD_RULES,
  ...XML_NAME_VALUE_RULES,
  ...XML_QUALIFIED_ELEMENT_RULES,
  ...SQL_OPTION_LIST_RULES,
  ...OAUTH_FORM_TOKEN_RULES,
  ...INTEGRATION_FORM_TOKEN_RULES,
  ...ROBLOX_COOKIE_RULES,
  ...KEY_BYTE_ARRAY_RULES,
  ...PERFORCE_TICKET_RULES,
  ...KEY_FILE_DUMP_RULES,
  ...NETWORK_DEVICE_SECRET_RULES,
  ...WINDOWS_COMMAND_PASSWORD_RULES,
  ...OPENVPN_STATIC_KEY_RULES,
  ...BITLOCKER_RECOVERY_RULES,
  ...KERBEROS_KEYTAB_RULES,
  ...IONAPI_CREDENTIAL_RULES,
  ...HOST_KEYED_ACCESS_KEY_RULES,
  ...COVERAGE_REPORTER_ID_RULES,
  ...JCL_FTP_LOGON_RULES,
  ...FETCHED_SECRET_OUTPUT_RULES,
  ...SECRET_STORE_RESPONSE_RULES,
  ...PROVIDER_URL_KEY_RULES,
];
