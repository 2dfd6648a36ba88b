// Durations as users write them: 10y, 365d, 24h, 90m, 30s. Years are calendar years from now
// (10y from 2026-12-04 ends on 2036-12-04, leap days included), not multiples of 365 days.
const UNIT_MS: Record<string, number> = { y: 365 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** Milliseconds for "10y" | "365d" | "24h" | "90m" | "30s"; undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d{1,9})\s*([ydhms])\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = UNIT_MS[(m[2] ?? "").toLowerCase()];
  if (unit === undefined || n <= 0) return undefined;
  if ((m[2] ?? "").toLowerCase() === "y") {
    const now = new Date(Date.now());
    const end = new Date(now);
    end.setUTCFullYear(now.getUTCFullYear() + n);
    return end.getTime() - now.getTime();
  }
  return n * unit;
}
