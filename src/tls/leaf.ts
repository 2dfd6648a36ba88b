// Leaf certificates for the proxy's TLS interception: one per host name or IP address, signed by
// the loaded CA, cached in a bounded LRU, never served when expired or close to expiry, and minted
// once when many connections ask for the same host at the same time (they share the promise).
//
// Key choice: by default ALL leaves share ONE ECDSA P-256 key pair, generated once per LeafIssuer
// (in memory only). This is what makes a mint cheap (~1 ms: build + sign, no key generation) and is
// acceptable here: the key never leaves the process, every leaf is only trusted through our CA, and
// a per-host key would add no protection against anyone who can read this process's memory.
// `keyPerLeaf: true` generates a fresh key for every leaf instead.
import type { Extension, PublicKey } from "@peculiar/x509";
import { x509 } from "./x509.ts";
import { BACKDATE_MS, EC_P256, randomSerialHex, secondFloor } from "./ca.ts";
import type { LoadedCA } from "./ca-store.ts";
import { parseLeafHost } from "./host.ts";
import { LruMap } from "./lru.ts";
import { derToPem } from "./pem.ts";

export const DEFAULT_LEAF_TTL_MS = 24 * 3_600_000;
export const DEFAULT_LEAF_CACHE_ENTRIES = 1000;

export interface LeafIssuerOptions {
  /** Leaf lifetime from now (default 24 h); capped at the CA's expiry. */
  ttlMs?: number;
  /** Cache bound (default 1000 hosts). */
  maxEntries?: number;
  /** A cached leaf is replaced once it is this close to expiry (default: a tenth of the TTL, at most 1 h). */
  renewBeforeMs?: number;
  /** notBefore is this far in the past, for peers with a slow clock (default 1 h; never before the CA's notBefore). */
  backdateMs?: number;
  /** Generate a key pair per leaf instead of sharing one (slower: adds key generation to every mint). */
  keyPerLeaf?: boolean;
  /** Clock, in ms since the epoch (default Date.now). */
  now?: () => number;
}

export interface Leaf {
  /** Normalized host: lowercase DNS name, or an IP address (IPv6 without brackets). */
  host: string;
  certPem: string;
  /** PKCS#8 PEM of the leaf key: hand it to tls.createSecureContext, never log it. */
  keyPem: string;
  notBefore: Date;
  notAfter: Date;
  serial: string;
}

export interface LeafIssuerStats {
  mints: number;
  hits: number;
  /** Calls that joined a mint already in flight for the same host. */
  joined: number;
  evicted: number;
}

interface KeyPair {
  /** Parsed once: handing x509 a PublicKey saves an SPKI export per mint. */
  publicKey: PublicKey;
  keyPem: string;
}

export class LeafIssuer {
  readonly ttlMs: number;
  readonly renewBeforeMs: number;
  readonly backdateMs: number;
  private readonly cache: LruMap<string, Leaf>;
  private readonly inflight = new Map<string, Promise<Leaf>>();
  private readonly now: () => number;
  private readonly keyPerLeaf: boolean;
  private sharedKey: Promise<KeyPair> | undefined;
  /** The extensions every leaf shares (constraints, usages, AKI), built once. */
  private readonly fixedExtensions: Extension[];
  private readonly stat: LeafIssuerStats = { mints: 0, hits: 0, joined: 0, evicted: 0 };

  constructor(readonly ca: LoadedCA, opts: LeafIssuerOptions = {}) {
    this.ttlMs = opts.ttlMs ?? DEFAULT_LEAF_TTL_MS;
    if (!(this.ttlMs >= 60_000)) throw new RangeError(`leaf ttl must be at least 1 minute, got ${this.ttlMs} ms`);
    this.renewBeforeMs = opts.renewBeforeMs ?? Math.min(this.ttlMs / 10, 3_600_000);
    if (!(this.renewBeforeMs >= 0 && this.renewBeforeMs < this.ttlMs)) throw new RangeError("renewBeforeMs must be in [0, ttlMs)");
    this.backdateMs = opts.backdateMs ?? BACKDATE_MS;
    this.cache = new LruMap(opts.maxEntries ?? DEFAULT_LEAF_CACHE_ENTRIES);
    this.now = opts.now ?? Date.now;
    this.keyPerLeaf = opts.keyPerLeaf ?? false;
    this.fixedExtensions = [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.AuthorityKeyIdentifierExtension(ca.keyIdHex),
    ];
  }

  get size(): number {
    return this.cache.size;
  }

  get stats(): Readonly<LeafIssuerStats> {
    return { ...this.stat };
  }

  /** Hosts currently cached, least recently used first. */
  cachedHosts(): string[] {
    return [...this.cache.keys()];
  }

  /**
   * The leaf for a host name or IP address (as from SNI or the CONNECT line). Served from the cache
   * while it has more than renewBeforeMs left; otherwise minted (once, however many callers wait).
   * Rejects for a host that cannot be a certificate name, or when the CA expires too soon.
   */
  get(host: string): Promise<Leaf> {
    let subject;
    try {
      subject = parseLeafHost(host);
    } catch (err) {
      return Promise.reject(err);
    }
    const key = subject.name;
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      if (hit.notAfter.getTime() - this.renewBeforeMs > this.now()) {
        this.stat.hits++;
        return Promise.resolve(hit);
      }
      this.cache.delete(key);
    }
    const pending = this.inflight.get(key);
    if (pending !== undefined) {
      this.stat.joined++;
      return pending;
    }
    const p = this.mint(subject.kind, key).then(
      (leaf) => {
        this.inflight.delete(key);
        const before = this.cache.size; // the key is not cached while its mint is in flight
        this.cache.set(key, leaf);
        if (this.cache.size === before) this.stat.evicted++;
        return leaf;
      },
      (err: unknown) => {
        this.inflight.delete(key);
        throw err;
      },
    );
    this.inflight.set(key, p);
    return p;
  }

  /** Drops every cached leaf (e.g. after the CA was replaced). In-flight mints still complete. */
  clear(): void {
    this.cache.clear();
  }

  private keyPair(): Promise<KeyPair> {
    if (this.keyPerLeaf) return newKeyPair();
    if (!this.sharedKey) {
      this.sharedKey = newKeyPair();
      this.sharedKey.catch(() => (this.sharedKey = undefined));
    }
    return this.sharedKey;
  }

  private async mint(kind: "dns" | "ip", name: string): Promise<Leaf> {
    const now = this.now();
    const caEnd = this.ca.notAfter.getTime();
    if (caEnd - now <= this.renewBeforeMs) {
      throw new Error(`the CA in ${this.ca.dir} expires ${new Date(caEnd).toISOString()}, too soon to issue leaves; create a new one with \`toolkit tls init --force\``);
    }
    const notBefore = secondFloor(Math.max(now - this.backdateMs, this.ca.notBefore.getTime()));
    const notAfter = secondFloor(Math.min(now + this.ttlMs, caEnd));
    const keys = await this.keyPair();
    const serial = randomSerialHex();
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: serial,
      // CN is limited to 64 characters (RFC 5280 ub-common-name); longer names live in the SAN only.
      subject: name.length <= 64 ? [{ CN: [name] }] : [],
      issuer: this.ca.cert.subjectName,
      notBefore,
      notAfter,
      signingAlgorithm: this.ca.signingAlgorithm,
      publicKey: keys.publicKey,
      signingKey: this.ca.privateKey,
      extensions: [
        ...this.fixedExtensions,
        // With an empty subject the SAN must be critical (RFC 5280 4.2.1.6).
        new x509.SubjectAlternativeNameExtension([{ type: kind, value: name }], name.length > 64),
      ],
    });
    this.stat.mints++;
    return { host: name, certPem: derToPem(cert.rawData, "CERTIFICATE"), keyPem: keys.keyPem, notBefore, notAfter, serial: cert.serialNumber };
  }
}

async function newKeyPair(): Promise<KeyPair> {
  const kp = (await crypto.subtle.generateKey(EC_P256, true, ["sign", "verify"])) as CryptoKeyPair;
  const [pkcs8, spki] = await Promise.all([crypto.subtle.exportKey("pkcs8", kp.privateKey), crypto.subtle.exportKey("spki", kp.publicKey)]);
  return { publicKey: new x509.PublicKey(spki), keyPem: derToPem(pkcs8, "PRIVATE KEY") };
}
