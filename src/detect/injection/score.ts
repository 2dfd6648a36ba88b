// Weights → severity, confidence and a document score.
import type { Confidence, Severity } from "../types.ts";

/** Severity of one match or of a document from its weight / score in [0,1]. */
export function severityOf(weight: number): Severity {
  if (weight >= 0.85) return "critical";
  if (weight >= 0.7) return "high";
  if (weight >= 0.5) return "medium";
  if (weight >= 0.4) return "low";
  return "info";
}

export function confidenceOf(weight: number): Confidence {
  return weight >= 0.7 ? "high" : weight >= 0.5 ? "medium" : "low";
}

/** Independent signals combined: 1 − Π(1 − wᵢ), rounded to 3 decimals. */
export function combineWeights(weights: readonly number[]): number {
  let keep = 1;
  for (const w of weights) keep *= 1 - Math.min(0.99, Math.max(0, w));
  return Math.round((1 - keep) * 1000) / 1000;
}
