// Round thirty (after Y132): a Kerberos keytab pasted as bare base64 (MIT format 2: 0x0502, a sized
// entry with the principal, name type, timestamp, key version and the key block). No name says what
// it is; its structure does. Benign: klist output, paths and commands, an empty keytab, base64 with
// the keytab's first bytes but no key block that parses, another binary format.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x3119e8);
const b = builder({ category: "r30g-keytab" });
const bb = builder({ category: "r30g-keytab-benign" });

const u16 = (n: number) => [n >> 8, n & 255];
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const str = (s: string) => [...u16(s.length), ...Buffer.from(s)];
/** One keytab entry (MIT format 2) for `service/host@REALM`, with a random key of `len` bytes. */
function entry(realm: string, names: string[], enctype: number, len: number, keyBytes = r.bytes(len)): number[] {
  const body = [...u16(names.length), ...str(realm), ...names.flatMap(str), ...u32(1), ...u32(1_700_000_000 + r.int(50_000_000)), 2 + r.int(5), ...u16(enctype), ...u16(len), ...keyBytes];
  return [...u32(body.length), ...body];
}
const keytab = (...entries: number[][]) => Buffer.from([0x05, 0x02, ...entries.flat()]).toString("base64");

b.pos("r30g-kt-aes256", "HTTP service keytab, aes256, in a chat", JSON.stringify({ messages: [{ role: "user", content: `kinit -kt fails with "Key version is not available", keytab attached as base64:\n${keytab(entry("AD.EXAMPLE.ORG", ["HTTP", "intranet.ad.example.org"], 18, 32))}` }] }));
b.pos("r30g-kt-two", "two entries (aes256 and aes128)", keytab(entry("EXAMPLE.NET", ["postgres", "db1.example.net"], 18, 32), entry("EXAMPLE.NET", ["postgres", "db1.example.net"], 17, 16)));
b.pos("r30g-kt-rc4", "user principal with RC4-HMAC, CI variable", `KRB5_KEYTAB_B64=${keytab(entry("CORP.EXAMPLE.COM", ["svc_etl"], 23, 16))}\n`);
b.pos("r30g-kt-yaml", "Kubernetes secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: hdfs-client\ndata:\n  client.kt: ${keytab(entry("HADOOP.EXAMPLE.COM", ["hdfs", "nn01.example.com"], 17, 16))}\n`);
b.pos("r30g-kt-echo", "decoded into a file in a tool call", JSON.stringify({ name: "bash", arguments: JSON.stringify({ command: `echo ${keytab(entry("LAB.EXAMPLE", ["host", "ws12.lab.example"], 18, 32))} | base64 -d > /etc/krb5.keytab` }) }));
b.pos("r30g-kt-camellia", "camellia256 key", keytab(entry("EXAMPLE.EDU", ["nfs", "files.example.edu"], 26, 32)));

bb.ben("r30g-kt-klist", "klist -k listing (no keys)", `Keytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- ----------------------------\n   3 host/ws12.lab.example@LAB.EXAMPLE\n   3 host/ws12.lab.example@LAB.EXAMPLE\n`);
bb.ben("r30g-kt-cmds", "commands and paths", `ipa-getkeytab -s ipa.example.com -p HTTP/web.example.com -k /etc/httpd/http.keytab\nktutil: rkt /etc/krb5.keytab\n`);
bb.ben("r30g-kt-empty", "an empty keytab (header only)", `EMPTY_KEYTAB=${Buffer.from([0x05, 0x02]).toString("base64")}\n`);
bb.ben("r30g-kt-badtype", "the header, then bytes with no key block that parses", Buffer.from([0x05, 0x02, 0, 0, 0, 0x40, ...r.bytes(64)]).toString("base64"));
bb.ben("r30g-kt-zerokey", "entry naming an unknown encryption type", keytab(entry("EXAMPLE.COM", ["svc"], 99, 16)));
bb.ben("r30g-kt-other", "base64 of a krb5.conf", Buffer.from(`[libdefaults]\n  default_realm = EXAMPLE.COM\n  dns_lookup_kdc = true\n`).toString("base64"));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
