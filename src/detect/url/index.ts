// URL checks: a URL is a payload too. Secrets in any part (after repeated percent-decoding and
// base64 / hex / base32 decoding of pieces), data smuggled in host names, SSRF targets (IP
// literals in every notation, localhost and metadata names), CRLF and traversal tricks, schemes
// outside the allowlist, request-catcher / paste / tunnel domains, over-long URLs. Fails closed:
// content still decodable at the depth limit is a finding, never "clean".
import type { Detector } from "../engine.ts";
import { shannonEntropy } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { finalizeFindings, type RawHit } from "../finalize.ts";
import type { DecodeStep, Finding, Severity } from "../types.ts";
import { compileBlocklist, type Blocklist } from "./blocklist.ts";
import { dnsExfilSignals } from "./dns-exfil.ts";
import { classifyIp, classifyV4, parseIpLiteral, type IpClass } from "./ip.ts";
import { nestedDecodings, percentLayers } from "./layers.ts";
import { parseUrl, splitParams, type Part } from "./parse.ts";
import { knownHost, pathEntropyHits, type PathSegment } from "./path-entropy.ts";
import { URL_KEY_ISSUERS } from "../rules/provider-url-key.ts";

export { classifyIp, parseIpLiteral, ipInCidr, type IpClass, type IpClassification, type IpLiteral } from "./ip.ts";
export { BUILTIN_BLOCKLIST, compileBlocklist, type Blocklist } from "./blocklist.ts";

export interface UrlCheckOptions {
  /** The secrets detector to run on decoded pieces (its findings keep their own detector / rule id). */
  secrets?: Detector;
  /** Extra blocked domains (a domain blocks its subdomains too), or a list compiled once (compileBlocklist). */
  blocklist?: string[] | Blocklist;
  /** performance.now() value after which the secrets scan of the pieces fails closed. */
  deadline?: number;
  budgetMs?: number;
  /** Longest URL accepted (default 4096 characters). */
  maxLength?: number;
  /** Schemes allowed (default http, https). */
  allowedSchemes?: string[];
  /** Key of the findings' fingerprints (finalize.ts). */
  fingerprintKey?: Uint8Array;
  /** Decoding rounds per layer kind (percent, then base64/hex/base32); default 4. */
  maxDecodeDepth?: number;
}

const DEFAULT_MAX_LENGTH = 4096;
const DEFAULT_DEPTH = 4;

const IP_SEVERITY: Record<Exclude<IpClass, "public">, Severity> = {
  metadata: "critical", loopback: "high", unspecified: "high", "link-local": "high", private: "medium", cgnat: "medium", reserved: "medium", multicast: "low",
};
const LOOPBACK_NAMES = /^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback|localtest\.me|lvh\.me|vcap\.me|lacolhost\.com|fbi\.com)$|\.(?:localhost|localtest\.me|lvh\.me)$/;
/**
 * Names that resolve only inside a private network: Kubernetes services (`vault.vault.svc`,
 * `….svc.cluster.local`), cloud-internal DNS (`ip-10-0-0-5.ec2.internal`, `….c.project.internal`),
 * mDNS `.local` and the home-network suffixes (RFC 8375 `home.arpa`, `.lan`, `.localdomain`).
 */
const PRIVATE_NAMES = /\.(?:svc|cluster\.local|internal|local|localdomain|lan|home\.arpa|intranet)$/;
const METADATA_NAMES = /^(?:metadata|metadata\.google\.internal|metadata\.goog|instance-data|instance-data\.ec2\.internal|metadata\.azure\.com|metadata\.platformequinix\.com|kubernetes\.default(?:\.svc)?(?:\.cluster\.local)?)$/;
const REBIND = /(?:^|[.-])((?:\d{1,3}[.-]){3}\d{1,3}|[0-9a-f]{8})\.(?:nip\.io|sslip\.io|xip\.io|nip\.direct|traefik\.me|backname\.io|localh\.st)$/i;
/** Query keys whose values are signatures, one-time protocol values or click ids: not secrets to report. */
const SIGNATURE_KEY = /^(?:x-amz-[\w-]+|x-goog-[\w-]+|signature|sig|policy|key-pair-id|googleaccessid|awsaccesskeyid|se|sp|sv|sr|st|spr|srt|ss|skoid|sktid|skt|ske|sks|skv|rscc|rscd|rsce|rscl|rsct|sig2|psig|oh|oe|_nc_[\w]+|ccb|efg|expires?|hmac|hash|integrity|checksum|digest)$/i;
const PROTOCOL_KEY = /^(?:state|code|code_challenge|code_challenge_method|code_verifier|nonce|client_id|redirect_uri|response_type|response_mode|scope|prompt|session_state|iss|authuser|relaystate|samlrequest|samlresponse|sigalg|v|ver|version|rev|cb|_|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|ttclid|twclid|li_fat_id|mc_eid|mc_cid|_ga|_gl|srsltid|utm_\w+|ved|ei|sxsrf|usg|oq|aqs|gs_lcrp|sca_esv|sei|continue|return_to|returnurl|return_url|returnto|next|redirect|redirect_url|callback|cursor|page_token|pagetoken|after|before|etag|lang|hl)$/i;
const SENSITIVE_TEXT = /-----BEGIN [A-Z ]{0,20}PRIVATE KEY|(?:^|\n)[A-Z][A-Z0-9_]{2,40}=[^\s=]+(?:\r?\n[A-Z][A-Z0-9_]{2,40}=[^\n]*){1,}|root:[x*!]:0:0:|\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?key|private[_-]?key|token|auth)\b\s{0,3}[=:]\s{0,3}["']?[^\s"'&]{4,}|ssh-(?:rsa|ed25519|dss) AAAA|aws_secret_access_key|\bBEGIN OPENSSH PRIVATE KEY\b[-\s]{0,8}[A-Za-z0-9+/]{20}/i;
const REDIRECT_KEY = /^(?:redirect_uri|redirect_url|redirecturi|callback|callback_url|return_to|returnurl|return_url|returnto|next|continue|post_logout_redirect_uri|success_url|cancel_url)$/i;
/** Parameters whose value names a file or resource: a `../` there is a traversal attempt. */
const RESOURCE_KEY = /file|path|dir|folder|template|include|page|doc|load|download|src|read|view|img|image|resource|location|asset|attachment|module|lang|locale|theme|name/i;
const DATA_KEY = /^(?:d|data|payload|p|c|x|k|blob|b|exfil|leak|content|body|dump|out|e|z|msg|message|info|log)$/i;
/** Shareable meeting links carry their passcode by design. */
const SHAREABLE = [/(?:^|\.)zoom\.us$/i, /(?:^|\.)webex\.com$/i];
/** Content that is credential material whatever the encoding: key headers, passwd lines, env files. */
// A key header in words ("BEGIN OPENSSH PRIVATE KEY" in a search query) is text, not a key: the
// dashless form counts only with key material after it.
const STRONG_SENSITIVE = /-----BEGIN [A-Z ]{0,20}PRIVATE KEY|\broot:[x*!]:0:0:|(?:^|\n)[a-z_][\w-]{0,31}:[x*!]:\d{1,6}:\d{1,6}:[^\n]*\n[a-z_][\w-]{0,31}:[x*!]:\d|(?:^|\n)[A-Z][A-Z0-9_]{2,40}=[^\s=]+(?:\r?\n[A-Z][A-Z0-9_]{2,40}=[^\n]*){1,}|ssh-(?:rsa|ed25519|dss) AAAA|\baws_secret_access_key\b|\bBEGIN OPENSSH PRIVATE KEY\b[-\s]{0,8}[A-Za-z0-9+/]{20}/;
/**
 * A cloud service-account key file (its type marker beside one of its key fields, in either
 * order): the file in transit, whatever else the JSON holds.
 */
const SERVICE_ACCOUNT_KEY = /"type"\s{0,3}:\s{0,3}"service_account"[^{}]{0,400}?"(?:project_id|private_key_id|private_key|client_email|client_id|token_uri)"\s{0,3}:|"(?:project_id|private_key_id|private_key|client_email)"\s{0,3}:[^{}]{0,400}?"type"\s{0,3}:\s{0,3}"service_account"/;
/** A parameter named for a private key (pk=, privkey=, secret_key=, signing_key= …). */
const PRIVATE_KEY_NAME = /^(?:pk|sk|prv|priv|privkey|priv[_-]?key|private[_-]?key|privatekey|secret[_-]?key|secretkey|signing[_-]?key|signingkey|wallet[_-]?key|account[_-]?key|eth[_-]?key|master[_-]?key)$/i;
/** A letter or digit percent-encoded three times or more (%252541 is "A"): no encoder does that, evasion does. */
const DEEP_ALNUM = /%2525(?:25)*(?:3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])/i;
const GENERIC_RULES = new Set(["generic-high-entropy", "generic-secret-assignment"]);

interface Piece {
  text: string;
  span: Part;
  path: DecodeStep[];
  where: string;
  notes: string[];
  /** Which secrets findings to keep: all, provider rules only, or none. */
  keep: "all" | "specific" | "none";
}

export function checkUrl(url: string, opts: UrlCheckOptions = {}): Finding[] {
  return inspectUrl(url, opts).findings;
}

/** The URL checks with their failure: `error` is set when the secrets scan could not finish (fail closed). */
export function inspectUrl(url: string, opts: UrlCheckOptions = {}): { findings: Finding[]; error?: string } {
  const state: { error?: string } = {};
  const blocklist = Array.isArray(opts.blocklist) || opts.blocklist === undefined ? compileBlocklist(opts.blocklist ?? []) : opts.blocklist;
  const findings = checkUrlAt(url, { ...opts, blocklist }, 0, state);
  return state.error === undefined ? { findings } : { findings, error: state.error };
}

function checkUrlAt(url: string, opts: UrlCheckOptions & { blocklist: Blocklist }, nesting: number, state: { error?: string }): Finding[] {
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const allowed = (opts.allowedSchemes ?? ["http", "https"]).map((s) => s.toLowerCase());
  const depth = opts.maxDecodeDepth ?? DEFAULT_DEPTH;
  const blocklist = opts.blocklist;
  const hits: RawHit[] = [];
  const pieces: Piece[] = [];
  const nested: Finding[] = [];
  const add = (ruleId: string, severity: Severity, description: string, span: Part, notes: string[] = [], path: DecodeStep[] = [], tags: string[] = []) => {
    hits.push({
      ruleId, detector: "url", description, severity, confidence: severity === "low" ? "medium" : "high", tags: ["url", ...tags],
      secret: url.slice(span[0], span[1]) || url, start: span[0], end: span[1], example: false, path, notes,
    });
  };
  const whole: Part = [0, url.length];

  if (url.length > maxLength) add("url.too-long", "medium", `URL longer than ${maxLength} characters`, whole, [`${url.length} characters`]);
  const lead = url.length - url.trimStart().length;
  const p = parseUrl(url.slice(lead));
  const at = (part: Part): Part => [part[0] + lead, part[1] + lead];

  // ── scheme ──
  // mailto:/tel:/sms: reach no server; an inline raster image carries no script.
  const inert = p.scheme !== null && (/^(?:mailto|tel|sms|callto)$/.test(p.scheme) || (p.scheme === "data" && /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)[;,]/i.test(url.slice(lead))));
  if (p.scheme !== null && !allowed.includes(p.scheme) && !inert) {
    const dangerous = /^(?:javascript|vbscript|data|file|gopher|dict|ldap|ldaps|ftp|tftp|jar|netdoc|php|expect|phar|smb|sftp)$/.test(p.scheme);
    add("url.scheme", dangerous ? "high" : "medium", `Scheme "${p.scheme}" is not allowed`, [lead, lead + p.scheme.length], [`allowed: ${allowed.join(", ")}`]);
  }
  if (/[\r\n]/.test(url)) add("url.crlf", "high", "Raw CR/LF in the URL (header injection)", whole);
  if (/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(url)) add("url.control-char", "high", "Control character in the URL", whole);

  // ── host ──
  let hostName: string | null = null;
  if (p.host) {
    const hs = at(p.host);
    const raw = url.slice(hs[0], hs[1]);
    const dec = percentLayers(raw, depth, false).layers.pop()!.text;
    const cased = dec.normalize("NFKC").replace(/[\u3002\uff0e\uff61]/g, ".");
    const host = cased.toLowerCase();
    const disguised = host !== raw.toLowerCase();
    const lit = parseIpLiteral(host);
    if (lit) {
      const cls = classifyIp(host)!;
      if (cls.class !== "public") add(`url.ip-${cls.class}`, IP_SEVERITY[cls.class], `Host is a ${cls.class} address (${cls.ip})`, hs, [`IPv${cls.family} ${cls.ip}`, `class ${cls.class}`], [], ["ssrf"]);
      if ((lit.notation !== "dotted" && lit.notation !== "ipv6") || disguised) {
        add("url.ip-obfuscated", "high", `IP literal in ${disguised ? "encoded" : lit.notation} notation (${lit.ip})`, hs, [`written as ${JSON.stringify(raw)}`, `means ${lit.ip}`], [], ["ssrf", "evasion"]);
      }
    } else if (host.length > 0) {
      hostName = host.replace(/\.$/, "");
      if (disguised && /%|[^\x00-\x7f]/.test(raw) && /^[\x00-\x7f]+$/.test(host)) add("url.host-encoded", "medium", "Host name written with percent-encoding or full-width characters", hs, [`means ${hostName}`], [], ["evasion"]);
      if (LOOPBACK_NAMES.test(hostName)) add("url.ip-loopback", "high", `Host name resolves to loopback (${hostName})`, hs, ["loopback name"], [], ["ssrf"]);
      else if (METADATA_NAMES.test(hostName)) add("url.ip-metadata", "critical", `Host name is a cloud metadata endpoint (${hostName})`, hs, ["metadata name"], [], ["ssrf"]);
      else if (PRIVATE_NAMES.test(hostName)) add("url.ip-private", IP_SEVERITY.private, `Host name resolves only inside a private network (${hostName})`, hs, ["private network name"], [], ["ssrf"]);
      const rb = REBIND.exec(hostName);
      if (rb) {
        const embedded = /^[0-9a-f]{8}$/i.test(rb[1]!) ? parseInt(rb[1]!, 16) : parseIpLiteral(rb[1]!.replace(/-/g, "."))?.v4;
        if (embedded !== undefined) {
          const cls = classifyV4(embedded >>> 0);
          if (cls !== "public") add(`url.ip-${cls}`, IP_SEVERITY[cls], `Host name resolves to a ${cls} address through a wildcard DNS service`, hs, [`embedded address ${rb[1]}`], [], ["ssrf"]);
        }
      }
      const pathText = url.slice(at(p.path)[0], at(p.path)[1]) || "/";
      const blocked = blocklist.match(hostName, pathText);
      if (blocked) add("url.blocklist", "high", `Host is on the blocklist (${blocked})`, hs, ["paste site, request catcher, OAST or tunnel domain"], [], ["exfiltration"]);
      // A token used as a host label (hf_….attacker.example): each long label read for provider tokens.
      const labels = hostName.split(".").filter((l) => l.length >= 16);
      if (labels.length > 0) pieces.push({ text: labels.join("\n"), span: hs, path: [], where: "host name labels", notes: [], keep: "specific" });
      for (const sig of dnsExfilSignals(cased.replace(/\.$/, ""))) {
        add(sig.ruleId, sig.severity, sig.ruleId === "url.dns-exfil" ? "Data encoded in the host name (DNS exfiltration)" : "Unusually deep host name", hs, [sig.note], sig.decoded?.path ?? [], ["exfiltration"]);
        if (sig.decoded) pieces.push({ text: sig.decoded.text, span: hs, path: sig.decoded.path, where: "host name", notes: [sig.note], keep: "all" });
      }
    }
  }

  // ── userinfo ──
  let userinfoSpan: Part | null = null;
  if (p.userinfo) {
    userinfoSpan = at(p.userinfo);
    const raw = url.slice(userinfoSpan[0], userinfoSpan[1]);
    const dec = percentLayers(raw, depth, false).layers.pop()!.text;
    const colon = dec.indexOf(":");
    const user = colon >= 0 ? dec.slice(0, colon) : dec;
    // "http://user@127.0.0.1:80@example.com/": an "@" inside the userinfo is invalid unescaped,
    // and clients split such an authority at different "@"s (one reaches 127.0.0.1, another
    // example.com). What cannot be told apart is refused.
    if (raw.includes("@")) {
      add("url.authority-confusion", "high", "More than one @ in the authority: clients disagree on which host this is", userinfoSpan, [`"${raw}" before the last @`], [], ["evasion", "ssrf"]);
    }
    if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?$/i.test(user) && /\.[a-z]{2,}\.?$/i.test(user) && colon < 0) {
      add("url.userinfo-confusion", "medium", "User name looks like a host: the real host is after the @", userinfoSpan, [`"${user}" is not the host`], [], ["evasion"]);
    }
    pieces.push({ text: `${p.scheme ?? "https"}://${dec}@${hostName ?? "host"}`, span: userinfoSpan, path: dec !== raw ? ["url"] : [], where: "userinfo", notes: [], keep: "all" });
  }

  // ── path, query, fragment ──
  const pathSpan = at(p.path);
  const pathRaw = url.slice(pathSpan[0], pathSpan[1]);
  checkTraversal(pathRaw, pathSpan, "path", add, depth);
  let off = pathSpan[0];
  const segments: PathSegment[] = [];
  for (const seg of pathRaw.split(/[/\\]/)) {
    const span: Part = [off, off + seg.length];
    off += seg.length + 1;
    if (seg.length === 0) continue;
    examinePiece(seg, span, "path segment", false, "all", pieces, add, depth, undefined, segments);
  }
  // A secret split over path segments (/xoxb-5859…/022-4499…/488-kfW5…/): adjacent segments joined, two to four at a time.
  const segJoins = adjacentJoins(segments.map((sg) => sg.text).filter((t) => t.length <= 64), 4);
  if (segJoins.length > 0) pieces.push({ text: segJoins.join("\n"), span: pathSpan, path: ["reassembled"], where: "path segments joined", notes: ["adjacent path segments joined"], keep: "specific" });
  // Data in the path to a host that is not a known API or content host: the path_entropy detector.
  for (const h of pathEntropyHits(hostName, segments)) {
    hits.push({
      ruleId: "url.high-entropy-path", detector: "path_entropy", description: `High-entropy data in the path to an unknown host (${h.note})`, severity: "medium", confidence: "medium",
      tags: ["url", "exfiltration"], secret: url.slice(h.span[0], h.span[1]), start: h.span[0], end: h.span[1], example: false, path: [], notes: ["looks like encoded or encrypted data", `host ${hostName ?? "(none)"} is not a known API`],
    });
  }
  const paramsOf = (part: Part, where: "query" | "fragment") => {
    const s = url.slice(part[0], part[1]);
    if (where === "fragment" && !s.includes("=")) {
      // A fragment never leaves the browser in a request; on a known service's own page it is
      // that page's state (a checkout session, a document anchor): specific secrets only.
      examinePiece(s, part, "fragment", false, hostName !== null && knownHost(hostName) ? "specific" : "all", pieces, add, depth);
      return;
    }
    for (const prm of splitParams(s, part[0])) {
      const key = percentLayers(prm.key, depth, true).layers.pop()!.text;
      const rawValue = url.slice(prm.value[0], prm.value[1]);
      const shareable = hostName !== null && /^(?:pwd|passcode)$/i.test(key) && SHAREABLE.some((h) => h.test(hostName!));
      const keep = SIGNATURE_KEY.test(key) ? "none" : PROTOCOL_KEY.test(key) || shareable ? "specific" : "all";
      const finalValue = examinePiece(rawValue, prm.value, `${where} parameter "${key.slice(0, 40)}"`, true, keep, pieces, add, depth, key);
      // The raw form of a secp256k1 / ed25519 private key (64 hex) under a name that says so.
      if (keep === "all" && PRIVATE_KEY_NAME.test(key) && /^(?:0x)?[0-9a-fA-F]{64}$/.test(finalValue) && shannonEntropy(finalValue.replace(/^0x/, "")) >= 3.0) {
        add("url.private-key-param", "critical", `Raw 64-hex private key in the ${where} parameter "${key.slice(0, 40)}"`, prm.value, ["the parameter's name says private key"], [], ["exfiltration", "crypto"]);
      }
      checkTraversal(rawValue, prm.value, where, add, depth, key);
      // A URL inside a parameter (url=, target=) is checked as a URL. An OAuth redirect back to a
      // loopback client (RFC 8252) is normal; only metadata, blocklisted and bad-scheme targets count there.
      if (nesting === 0 && /^(?:https?:)?\/\/[^/\s]/i.test(finalValue)) {
        const redirect = REDIRECT_KEY.test(key);
        for (const f of checkUrlAt(finalValue, { ...opts, secrets: undefined }, 1, state)) {
          if (f.ruleId === "url.too-long") continue;
          if (redirect && !/^url\.(?:ip-metadata|blocklist|scheme|crlf|control-char)$/.test(f.ruleId)) continue;
          nested.push(relocate(url, { ...f, notes: [...(f.notes ?? []), `in the URL carried by ${where} parameter "${key.slice(0, 40)}"`] }, prm.value));
        }
      }
    }
  };
  if (p.query) paramsOf(at(p.query), "query");
  // A secret split over several parameters (?a=AKIA…&b=…): the values joined, in order.
  if (p.query) {
    const qs = at(p.query);
    const values = splitParams(url.slice(qs[0], qs[1]), qs[0]).filter((prm) => !SIGNATURE_KEY.test(prm.key)).map((prm) => percentLayers(url.slice(prm.value[0], prm.value[1]), depth, true).layers.pop()!.text).filter((v) => v.length > 0 && v.length <= 64);
    // Adjacent pairs and triples, one per line: a secret split in two or three keeps its boundaries.
    const joined = adjacentJoins(values, 3);
    if (joined.length > 0) pieces.push({ text: joined.join("\n"), span: qs, path: ["reassembled"], where: "query parameters joined", notes: ["values of adjacent parameters joined"], keep: "specific" });
  }
  if (p.fragment) paramsOf(at(p.fragment), "fragment");

  // ── decoded content that looks like secrets material ──
  for (const pc of pieces) {
    // Joined pieces are there for split tokens only: their lines look like an env file by construction.
    if (pc.path[0] === "reassembled") continue;
    if (pc.keep !== "none" && (STRONG_SENSITIVE.test(pc.text) || SERVICE_ACCOUNT_KEY.test(pc.text) || (pc.path.some((s) => s !== "url") && SENSITIVE_TEXT.test(pc.text)))) {
      add("url.encoded-sensitive", "high", `Encoded ${pc.where} decodes to credential-like content`, pc.span, [...pc.notes, `in ${pc.where}`], pc.path, ["exfiltration"]);
    }
  }

  // The whole URL too, for credentials that are URL-shaped (Slack and Discord webhooks): only what
  // spans the URL's parts (see scanPieces), the rest is found in its piece.
  if (nesting === 0) pieces.push({ text: url.trim(), span: whole, path: [], where: "URL", notes: [], keep: "specific" });
  const secretFindings = opts.secrets ? scanPieces(url, pieces, opts.secrets, add, opts, state) : [];
  const findings = finalizeFindings(url, hits, { base: 0, line: 1, column: 1, byte: 0, key: opts.fingerprintKey });
  return dedupeByIdentity([...findings, ...secretFindings, ...nested]).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Runs of 2 to `most` adjacent values joined, from each of the first 32 values on: where a secret split over them is whole again. */
function adjacentJoins(values: readonly string[], most: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < values.length && i < 32; i++) for (let n = 2; n <= most && i + n <= values.length; n++) out.push(values.slice(i, i + n).join(""));
  return out;
}

type Add = (ruleId: string, severity: Severity, description: string, span: Part, notes?: string[], path?: DecodeStep[], tags?: string[]) => void;

/** Decodes one piece (percent layers, then whole-piece encodings), records it for the secrets scan, checks its shape. */
function examinePiece(raw: string, span: Part, where: string, query: boolean, keep: Piece["keep"], pieces: Piece[], add: Add, depth: number, key?: string, segments?: PathSegment[]): string {
  const pct = percentLayers(raw, depth, query);
  if (pct.exhausted) add("url.decode-depth", "high", `${where} is still percent-encoded after ${depth} rounds (failing closed)`, span, ["nested encoding beyond the decode limit"], pct.layers[pct.layers.length - 1]!.path, ["evasion"]);
  const last = pct.layers[pct.layers.length - 1]!;
  const text = last.text;
  if (/[\r\n]/.test(text) && last.path.length > 0) {
    // An encoded newline in a value (a multi-line query, an issue body) is data; CR or a header line after it is injection.
    const headerLike = /\r|[\n][A-Za-z-]{2,40}\s{0,2}:\s|\nHTTP\//.test(text);
    if (headerLike) add("url.crlf", "high", `Encoded CR/LF in the ${where} (header / log injection)`, span, [], last.path, ["evasion"]);
  }
  if (/[\0\u560a\u560d]/.test(text)) add("url.control-char", "high", `Encoded NUL or CR/LF look-alike in the ${where}`, span, [], last.path, ["evasion"]);
  if (DEEP_ALNUM.test(raw)) add("url.nested-encoding", "high", `Letters or digits percent-encoded three or more times over in the ${where}`, span, ["no encoder nests unreserved characters; evasion does"], pct.layers[pct.layers.length - 1]!.path, ["evasion"]);
  if (!query && /%25(?:25)*[0-9a-fA-F]{2}/.test(raw) && pct.layers.length >= 3) {
    const once = pct.layers[1]!.text;
    if (/%(?:2[eEfF]|5[cC]|0[0dDaA]|25)/.test(once)) add("url.double-encoding", "medium", `Double percent-encoding in the ${where}`, span, ["special characters encoded twice"], ["url", "url"], ["evasion"]);
  }
  const text4 = key !== undefined ? `${key}=${text}` : text;
  pieces.push({ text: text4, span, path: last.path, where, notes: [], keep });
  const nestedLayers = nestedDecodings(text, depth, last.path);
  for (const l of nestedLayers.layers) pieces.push({ text: key !== undefined ? `${key}=${l.text}` : l.text, span, path: l.path, where, notes: l.notes, keep });
  if (nestedLayers.exhausted) add("url.decode-depth", "high", `${where} is still encoded after ${depth} decoding rounds (failing closed)`, span, ["nested base64/hex beyond the decode limit"], nestedLayers.layers[nestedLayers.layers.length - 1]!.path, ["evasion"]);
  // Path segments are judged together, by host (path-entropy.ts); query values and fragments here.
  if (segments) segments.push({ text, span, decodes: nestedLayers.layers.length > 0 });
  else if (keep === "all" && nestedLayers.layers.length === 0) checkEntropy(text, span, where, query, add, key);
  // Reversed text ("…_phg" is "ghp_…" backwards): scanned for secrets as well.
  if (keep !== "none" && text.length >= 20 && /^[\w.~+/=-]+$/.test(text)) pieces.push({ text: [...text].reverse().join(""), span, path: last.path, where, notes: ["reversed"], keep });
  return text;
}

/** Long random-looking data in a path segment or parameter (that decoded to nothing readable). */
function checkEntropy(text: string, span: Part, where: string, query: boolean, add: Add, key?: string): void {
  // Opaque state in query strings (search engines, analytics) is normal; a long blob under a data-ish key is not.
  const min = query ? (key !== undefined && DATA_KEY.test(key) ? 64 : 256) : 48;
  if (text.length < min || !/^[A-Za-z0-9+/_=~.-]+$/.test(text)) return;
  if (/^[0-9a-fA-F]+$/.test(text) || /^(?:bafy|bafk|Qm)[A-Za-z0-9]+$/.test(text) || /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text)) return;
  if (!/[a-z]/.test(text) || !/[A-Z]/.test(text) || !/[0-9]/.test(text)) return;
  if (/\.(?:js|css|png|jpe?g|gif|svg|webp|woff2?|ttf|map|json|html?|tgz|zip|gz|whl|mp4|mp3|pdf)$/i.test(text)) return;
  const h = shannonEntropy(text);
  if (h < 4.5) return;
  add(query ? "url.high-entropy-query" : "url.high-entropy-path", "medium", `High-entropy data in the ${where} (${text.length} characters, ${h.toFixed(1)} bits/char)`, span, ["looks like encoded or encrypted data"], [], ["exfiltration"]);
}

/** `../` after decoding (including overlong UTF-8 dots and slashes). */
function checkTraversal(raw: string, span: Part, where: string, add: Add, depth: number, key?: string): void {
  const overlong = raw.replace(/%c0%ae|%e0%80%ae|%c0%2e|%c1%9c/gi, ".").replace(/%c0%af|%e0%80%af|%c0%5c|%c1%1c/gi, "/");
  const layers = percentLayers(overlong, depth, false).layers;
  const dec = layers[layers.length - 1]!.text;
  const TRAV = /(?:^|[/\\])\.\.(?:[/\\;]|$)/;
  // "....//" and "..././" survive a filter that strips "../" once: they are traversal too.
  const nested = !TRAV.test(dec) && TRAV.test(dec.replace(/\.\.[/\\]/g, ""));
  if (!TRAV.test(dec) && !nested) return;
  // In a query value, one `../` in a search box is text; two levels, or a file-like parameter, is an attempt.
  if (key !== undefined && !RESOURCE_KEY.test(key) && !/\.\.[/\\]{1,2}\.\./.test(dec)) return;
  const plain = TRAV.test(raw);
  if (nested) {
    add("url.path-traversal", "high", `Nested path traversal (....//) in the ${where}`, span, ["survives a single removal of ../"], [], ["evasion"]);
    return;
  }
  add("url.path-traversal", plain ? "medium" : "high", plain ? `Path traversal (../) in the ${where}` : `Encoded path traversal in the ${where}`, span, plain ? [] : ["dot-dot-slash hidden by encoding"], plain ? [] : layers[layers.length - 1]!.path, ["evasion"]);
}

/** One secrets scan over all pieces joined; findings moved onto the URL span of their piece. */
function scanPieces(url: string, pieces: Piece[], secrets: Detector, add: Add, opts: UrlCheckOptions, state: { error?: string }): Finding[] {
  const scanned = pieces.filter((p) => p.keep !== "none" && p.text.length >= 8);
  if (scanned.length === 0) return [];
  const starts: number[] = [];
  let text = "";
  for (const p of scanned) {
    starts.push(text.length);
    text += `${p.text}\n\n`;
  }
  const verdict = secrets.scan(text, { deadline: opts.deadline, budgetMs: opts.budgetMs });
  if (verdict.status === "error") state.error ??= `URL secrets scan: ${verdict.error ?? "did not finish"}`;
  const out: Finding[] = [];
  for (const f of verdict.findings) {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= f.start) k++;
    const pc = scanned[k]!;
    if (pc.keep === "specific" && (GENERIC_RULES.has(f.ruleId) || f.detector === "entropy" || f.tags.includes("pii"))) continue;
    // From the whole URL, only a secret read as written that spans its parts (a webhook URL with
    // its token) and that no piece found.
    // A key a provider's table places by host and path (rules/provider-url-key.ts) is read from the whole URL only.
    if (pc.where === "URL" && (f.decodePath.length > 0 || (!/[/?#@]/.test(pc.text.slice(f.start - starts[k]!, f.end - starts[k]!)) && !(f.ruleId in URL_KEY_ISSUERS)) || out.some((o) => o.ruleId === f.ruleId))) continue;
    // Read as written, a match in the whole URL keeps its own span (a webhook's token in the path
    // stays inside the path, where the issuer rule looks for it).
    const lead = url.length - url.trimStart().length;
    const span: Part = pc.where === "URL" ? [lead + f.start - starts[k]!, lead + f.end - starts[k]!] : pc.span;
    out.push(relocate(url, { ...f, decodePath: [...pc.path, ...f.decodePath], notes: [...(f.notes ?? []), ...pc.notes, `in ${pc.where}`] }, span));
  }
  if (pieces.some((p) => p.where === "userinfo")) {
    const ui = pieces.find((p) => p.where === "userinfo")!;
    const m = /:\/\/([^:@]*):([^@]+)@/.exec(ui.text);
    const pass = m?.[2];
    // Placeholders (user:password, User:Pass, guest:guest) are not credentials.
    if (pass && !out.some((f) => f.start === ui.span[0]) && pass.toLowerCase() !== m![1]!.toLowerCase() && !isGenericPlaceholder(pass) && !/^(?:x-oauth-basic|\$\{[^}]+\}|\*+|x+)$/i.test(pass)) {
      add("url.userinfo-password", "high", "Password in the URL's userinfo", ui.span, ["credentials in URL"], ui.path);
    }
  }
  return out;
}

function relocate(url: string, f: Finding, span: Part): Finding {
  return { ...f, start: span[0], end: span[1], byteStart: Buffer.byteLength(url.slice(0, span[0]), "utf8"), byteEnd: Buffer.byteLength(url.slice(0, span[1]), "utf8"), line: 1, column: span[0] + 1 };
}

/** One finding per (rule, secret, span): the same secret reached by several decodings is one. */
function dedupeByIdentity(fs: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of fs) {
    const k = `${f.ruleId}|${f.fingerprint}|${f.start}`;
    const cur = best.get(k);
    if (!cur || f.decodePath.length < cur.decodePath.length) best.set(k, f);
  }
  return [...best.values()];
}
