// Config → compiled Detector: built-in rules less the disabled ones, custom rules, env secrets.
import { readFileSync } from "node:fs";
import { UsageError } from "../cli/errors.ts";
import { BUILTIN_RULES, compileDetector, parseSecretsFile, selectEnvSecrets, type Detector, type DetectorName, type EnvSecret } from "../detect/index.ts";
import { compileCustomRules } from "./custom-rules.ts";
import type { Config } from "./types.ts";
import { didYouMean } from "./validate.ts";

export const BIP39_RULE_ID = "bip39-seed-phrase";

export interface BuildOptions {
  /** Key of the findings' fingerprints; without one they are stable within this process only. */
  fingerprintKey?: Uint8Array;
}

export async function buildDetector(config: Config, env: Record<string, string | undefined> = process.env, opts: BuildOptions = {}): Promise<Detector> {
  const known = new Set([...BUILTIN_RULES.map((r) => r.id), BIP39_RULE_ID, "env-leak"]);
  for (const id of config.detect.disable) {
    if (!known.has(id)) {
      const guess = didYouMean(id, [...known]);
      throw new UsageError(`config ${config.source}: detect.disable: unknown rule id '${id}'${guess ? ` (did you mean '${guess}'?)` : ""}`);
    }
  }
  const disabled = new Set(config.detect.disable);
  config.detect.rules.forEach((r, i) => {
    if (known.has(r.id)) throw new UsageError(`config ${config.source}: detect.rules[${i}].id: '${r.id}' is a built-in rule id; choose another`);
  });
  const custom = await compileCustomRules(config.detect.rules, config.source);
  const rules = [...BUILTIN_RULES.filter((r) => !disabled.has(r.id)), ...custom];
  const envSecrets: EnvSecret[] = [];
  if (config.detect.envLeak) envSecrets.push(...selectEnvSecrets(env));
  if (config.detect.secretsFile) {
    let text: string;
    try {
      text = readFileSync(config.detect.secretsFile, "utf8");
    } catch (err) {
      throw new UsageError(`config ${config.source}: detect.secrets_file: cannot read ${config.detect.secretsFile} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
    envSecrets.push(...parseSecretsFile(text));
  }
  const enabled = new Set<DetectorName>(["secrets", "entropy", "evasion"]);
  if (config.detect.envLeak || config.detect.secretsFile) enabled.add("env_leak");
  if (config.detect.wallets) enabled.add("wallets");
  return compileDetector({ rules, envSecrets, enabled, seedPhrases: !disabled.has(BIP39_RULE_ID), fingerprintKey: opts.fingerprintKey });
}
