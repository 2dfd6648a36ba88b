// Shared shapes of the trust-store installers.

/** The CA being installed, in the forms the stores need. */
export interface CAFile {
  /** Absolute path of ca.pem. */
  path: string;
  dir: string;
  /** Canonical PEM (what we write into stores). */
  pem: string;
  der: Uint8Array;
  /** SHA-256, AB:CD:… */
  fingerprint: string;
  /** 12 hex digits of the SHA-256: names files and NSS nicknames. */
  shortFp: string;
  /** SHA-1, uppercase hex (macOS keychain identity). */
  sha1: string;
  /** Subject key identifier, hex (p11-kit object id). */
  skiHex: string;
  subject: string;
}

/** What install-ca added, one entry per store location; uninstall undoes exactly these. */
export type ManifestEntry =
  | { store: "debian" | "rhel"; file: string; root: string; fingerprint: string; pem: string }
  | { store: "arch"; id: string; fingerprint: string; pem: string }
  | { store: "macos"; keychain: string; sha1: string; fingerprint: string; pem: string }
  | { store: "nss"; db: string; nickname: string; fingerprint: string; pem: string };

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type Platform = "debian" | "rhel" | "arch" | "macos" | "none";

/** Everything an installer touches outside its arguments: injectable so tests use a sandbox. */
export interface TrustContext {
  /** Prefix for every system trust-store path: "/" normally, a temp dir in tests (TOOLKIT_TRUST_ROOT). */
  root: string;
  /** Where browser NSS databases are looked for (HOME). */
  home: string;
  platform: Platform;
  isRoot: boolean;
  dryRun: boolean;
  /** Absolute path of an executable on PATH, or undefined. */
  which(cmd: string): string | undefined;
  run(argv: string[]): Promise<RunResult>;
  /** One report line (stdout). */
  out(line: string): void;
}

export interface TrustStore {
  name: string;
  /**
   * Paths this store must write that the current user cannot (install or uninstall), so the caller
   * can say "run with sudo" before changing anything. Empty when all is writable.
   */
  needsRoot(ctx: TrustContext, ca: CAFile): string[];
  /** Installs (or, in dry-run, reports what it would do); returns what to record in the manifest. */
  install(ctx: TrustContext, ca: CAFile): Promise<ManifestEntry[]>;
  /** Like needsRoot, for removing one manifest entry. */
  uninstallNeedsRoot(ctx: TrustContext, entry: ManifestEntry): string[];
  /** Removes exactly what the entry records (or reports what it would do, in dry-run). */
  uninstall(ctx: TrustContext, entry: ManifestEntry): Promise<void>;
}
