// Everything a front end needs to judge payloads, compiled once from the config: the detector
// suite, the route table, the mode. Immutable; a config reload builds a new Engine and swaps it.
import { buildDetector } from "../config/detector.ts";
import { fingerprintKeyPath, loadFingerprintKey } from "../config/fingerprint-key.ts";
import type { Config } from "../config/types.ts";
import { compileSuite, type DetectorSuite } from "../detect/index.ts";
import { compileRoutes, type RouteTable } from "./route.ts";

export interface Engine {
  readonly config: Config;
  readonly suite: DetectorSuite;
  readonly routes: RouteTable;
  /** Where the fingerprint key came from (a file, or "ephemeral: …"). */
  readonly fingerprintKeySource: string;
}

export interface EngineOptions {
  env?: Record<string, string | undefined>;
  /** Overrides the per-installation key (git-scan uses a per-repository key). */
  fingerprintKey?: Uint8Array;
}

export async function buildEngine(config: Config, opts: EngineOptions = {}): Promise<Engine> {
  const fk = opts.fingerprintKey ? { key: opts.fingerprintKey, source: "given" } : loadFingerprintKey(fingerprintKeyPath(config.tls.caDir));
  const secrets = await buildDetector(config, opts.env ?? process.env, { fingerprintKey: fk.key });
  const suite = compileSuite({ secrets, fingerprintKey: fk.key, url: config.detect.url });
  return Object.freeze({ config, suite, routes: compileRoutes(config), fingerprintKeySource: fk.source });
}
