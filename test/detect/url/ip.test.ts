import { describe, expect, test } from "bun:test";
import { classifyIp, ipInCidr, parseIpLiteral } from "../../../src/detect/url/index.ts";

describe("parseIpLiteral: every notation", () => {
  const loopback: Array<[string, string]> = [
    ["127.0.0.1", "dotted"], ["2130706433", "decimal"], ["0x7f000001", "hex"], ["0177.0.0.1", "mixed"], ["017700000001", "octal"],
    ["127.1", "short"], ["0x7f.1", "mixed"], ["127.0.1", "short"], ["[::ffff:127.0.0.1]", "ipv4-mapped"], ["::ffff:7f00:1", "ipv4-mapped"],
  ];
  for (const [host, notation] of loopback) {
    test(`${host} is 127.0.0.1 written as ${notation}`, () => {
      const lit = parseIpLiteral(host)!;
      expect(lit.notation as string).toBe(notation);
      expect(lit.family === 4 ? lit.ip : lit.ip.replace("::ffff:", "")).toBe("127.0.0.1");
    });
  }
  test("IPv6 with brackets, compression and a zone id", () => {
    expect(parseIpLiteral("[::1]")!.ip).toBe("::1");
    expect(parseIpLiteral("[fe80::1%25eth0]")!.ip).toBe("fe80::1");
    expect(parseIpLiteral("2001:0db8:0000:0000:0000:0000:0000:0001")!.ip).toBe("2001:db8::1");
    expect(parseIpLiteral("1:0:2:3:4:5:6:7")!.ip).toBe("1:0:2:3:4:5:6:7");
  });
  test("names and invalid literals are not IPs", () => {
    for (const h of ["example.com", "1.2.3.4.5", "256.1.1.1", "0x1g.0.0.1", "12.example", ":::", "[::1", "1::2::3"]) expect(parseIpLiteral(h)).toBeNull();
  });
});

describe("classifyIp", () => {
  const cases: Array<[string, string]> = [
    ["169.254.169.254", "metadata"], ["[fd00:ec2::254]", "metadata"], ["100.100.100.200", "metadata"], ["0xa9fea9fe", "metadata"],
    ["127.0.0.1", "loopback"], ["[::1]", "loopback"], ["::ffff:127.0.0.1", "loopback"],
    ["10.1.2.3", "private"], ["172.16.0.1", "private"], ["192.168.1.1", "private"], ["[fd12::1]", "private"],
    ["169.254.10.10", "link-local"], ["[fe80::1]", "link-local"], ["0.0.0.0", "unspecified"], ["[::]", "unspecified"],
    ["100.64.0.1", "cgnat"], ["224.0.0.251", "multicast"], ["[ff02::1]", "multicast"], ["240.0.0.1", "reserved"], ["192.0.2.5", "reserved"],
    ["[2001:db8::1]", "reserved"], ["[64:ff9b::10.0.0.1]", "private"], ["[2002:7f00:1::]", "loopback"],
    ["8.8.8.8", "public"], ["[2606:4700:4700::1111]", "public"],
  ];
  for (const [host, cls] of cases) test(`${host} → ${cls}`, () => expect(classifyIp(host)?.class).toBe(cls as never));
  test("a host name is not classified", () => expect(classifyIp("localhost")).toBeNull());
});

describe("ipInCidr", () => {
  test("IPv4, IPv4-mapped and IPv6 ranges", () => {
    expect(ipInCidr("10.1.2.3", "10.1.2.0/24")).toBe(true);
    expect(ipInCidr("10.1.3.3", "10.1.2.0/24")).toBe(false);
    expect(ipInCidr("::ffff:10.1.2.3", "10.1.2.0/24")).toBe(true);
    expect(ipInCidr("2130706433", "127.0.0.0/8")).toBe(true);
    expect(ipInCidr("fd00::1", "fc00::/7")).toBe(true);
    expect(ipInCidr("2001:db8::1", "fc00::/7")).toBe(false);
    expect(ipInCidr("10.0.0.1", "10.0.0.1")).toBe(true);
    expect(ipInCidr("10.0.0.1", "10.0.0.0/33")).toBe(false);
  });
});
