import { describe, expect, test } from "bun:test";
import { resolveChecked, type SsrfGuard } from "../../src/proxy/ssrf.ts";

const guard = (allow: string[], selfPorts: number[] = []): SsrfGuard => ({ allow, enabled: true, selfPorts });

describe("SSRF guard", () => {
  test("loopback is refused unless ssrf.allow covers it; a new guard (a reload) is never answered from the cache", async () => {
    const strict = guard([]);
    const r1 = await resolveChecked("localhost", 8080, strict);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.rule).toBe("ssrf-loopback");
    const open = guard(["127.0.0.0/8", "::1/128"]);
    const r2 = await resolveChecked("localhost", 8080, open);
    expect(r2.ok).toBe(true);
    // The same guard again: the checked answer is reused (same object), the strict one still refuses.
    expect(await resolveChecked("localhost", 8080, open)).toBe(r2);
    expect((await resolveChecked("localhost", 8080, strict)).ok).toBe(false);
  });
  test("toolkit's own ports are refused whatever ssrf.allow says", async () => {
    const r = await resolveChecked("127.0.0.1", 9999, guard(["127.0.0.0/8"], [9999]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rule).toBe("ssrf-self");
  });
  test("a failed lookup is reported and not kept", async () => {
    const g = guard([]);
    const a = await resolveChecked("no-such-host.invalid", 80, g);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.rule).toBe("dns-failure");
    const b = await resolveChecked("no-such-host.invalid", 80, g);
    expect(b).not.toBe(a);
  });
});
