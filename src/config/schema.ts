// The config schema as data: every key, its type, and what a fix looks like. Unknown keys,
// wrong types and bad values are errors naming the file and key path, never ignored.

export type FieldSchema =
  | { type: "object"; fields: Record<string, FieldSchema>; doc?: string }
  | { type: "map"; values: FieldSchema; doc?: string }
  | { type: "string"; enum?: readonly string[]; doc?: string }
  | { type: "bool"; doc?: string }
  | { type: "int"; min?: number; doc?: string }
  | { type: "size"; doc?: string }
  | { type: "duration"; doc?: string }
  | { type: "array"; items: FieldSchema; doc?: string };

export const ACTIONS = ["block", "warn", "off"] as const;
export type Action = (typeof ACTIONS)[number];
export const INJECTION_ACTIONS = ["block", "warn", "strip", "off"] as const;
export type InjectionAction = (typeof INJECTION_ACTIONS)[number];

const action: FieldSchema = { type: "string", enum: ACTIONS };
const detectorActions: FieldSchema = {
  type: "object",
  fields: { secrets: action, entropy: action, env_leak: action, wallets: action, evasion: action, url: action, path_entropy: action, injection: { type: "string", enum: INJECTION_ACTIONS } },
};
const requestPolicy: FieldSchema = {
  type: "object",
  fields: {
    scan: { type: "bool" },
    max_body_bytes: { type: "size" },
    on_oversize: { type: "string", enum: ["block", "allow", "scan_prefix"] },
    detectors: detectorActions,
  },
};
const responsePolicy: FieldSchema = {
  type: "object",
  fields: {
    scan: { type: "bool" },
    injection_action: { type: "string", enum: INJECTION_ACTIONS },
    max_body_bytes: { type: "size" },
    on_oversize: { type: "string", enum: ["block", "allow", "scan_prefix"] },
    skip_extensions: { type: "array", items: { type: "string" } },
    skip_content_types: { type: "array", items: { type: "string" } },
  },
};
const customRule: FieldSchema = {
  type: "object",
  fields: {
    id: { type: "string" },
    description: { type: "string" },
    regex: { type: "string" },
    keywords: { type: "array", items: { type: "string" } },
    secret_group: { type: "int", min: 0 },
    entropy: { type: "int", min: 0 },
    severity: { type: "string", enum: ["info", "low", "medium", "high", "critical"] },
    detector: { type: "string", enum: ["secrets", "entropy"] },
  },
};

export const CONFIG_SCHEMA: FieldSchema = {
  type: "object",
  fields: {
    mode: { type: "string", enum: ["balanced", "strict", "audit"], doc: "audit = log, never block" },
    tls: {
      type: "object",
      fields: {
        intercept: { type: "bool" },
        ca_dir: { type: "string" },
        leaf_ttl: { type: "duration" },
        passthrough: { type: "array", items: { type: "string" } },
        upstream_ca: { type: "string" },
      },
    },
    ssrf: { type: "object", fields: { allow: { type: "array", items: { type: "string" } }, enabled: { type: "bool" } } },
    api: { type: "object", fields: { token: { type: "string" } } },
    kill_switch: { type: "object", fields: { enabled: { type: "bool" }, sentinel: { type: "string" } } },
    detect: {
      type: "object",
      fields: {
        disable: { type: "array", items: { type: "string" } },
        rules: { type: "array", items: customRule },
        env_leak: { type: "bool" },
        secrets_file: { type: "string" },
        wallets: { type: "bool" },
        budget_ms: { type: "int", min: 1 },
        url: {
          type: "object",
          fields: {
            blocklist: { type: "array", items: { type: "string" } },
            max_length: { type: "int", min: 64 },
            allowed_schemes: { type: "array", items: { type: "string" } },
          },
        },
      },
    },
    defaults: { type: "object", fields: { request: requestPolicy, response: responsePolicy } },
    egress: { type: "object", fields: { default: { type: "string", enum: ["allow", "block"] } } },
    websocket: { type: "object", fields: { max_message_bytes: { type: "size" } } },
    proxy: {
      type: "object",
      doc: "bounds on toolkit run's own connections: slow or idle clients, stalled upstreams",
      fields: {
        max_connections: { type: "int", min: 1, doc: "agent connections open at once; at the limit the oldest idle one is closed, or the new one refused" },
        idle_timeout: { type: "duration", doc: "a connection with no request in flight is closed after this" },
        header_timeout: { type: "duration", doc: "a new connection must complete its request head within this (slow-loris)" },
        request_timeout: { type: "duration", doc: "a request, body included, must arrive within this" },
        upstream_timeout: { type: "duration", doc: "an upstream must send response headers within this" },
        upstream_idle_timeout: { type: "duration", doc: "an upstream response body that sends nothing for this long is cut" },
      },
    },
    mcp: {
      type: "object",
      fields: {
        on_tool_change: { type: "string", enum: ["block", "warn"], doc: "a pinned tool definition that changed" },
        poisoned_tools: { type: "string", enum: ["remove", "block"], doc: "remove the tool from tools/list, or block the whole result" },
        chains: { type: "string", enum: ["block", "warn", "off"], doc: "a tool call that sends data off the machine within 10 calls after one read a credential file or secret variable, or planted a file the system runs (cron, services, authorized_keys)" },
        credentials_in_results: { type: "string", enum: ["redact", "block", "warn", "off"], doc: "a credential the request policy would block, in a tool result, resource or prompt: cut it out, refuse the result, log it, or pass it" },
        pins_dir: { type: "string" },
      },
    },
    git_scan: { type: "object", fields: { exclude_paths: { type: "array", items: { type: "string" }, doc: "gitignore-style globs git-scan never scans" } } },
    routes: {
      type: "array",
      items: {
        type: "object",
        fields: {
          host: { type: "string" },
          path: { type: "string" },
          methods: { type: "array", items: { type: "string" } },
          action: { type: "string", enum: ["allow", "block"] },
          intercept: { type: "bool" },
          allow_credentials: { type: "array", items: { type: "string" } },
          inject_headers: { type: "map", values: { type: "string" } },
          request: requestPolicy,
          response: responsePolicy,
        },
      },
    },
  },
};
