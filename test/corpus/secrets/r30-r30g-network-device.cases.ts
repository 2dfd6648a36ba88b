// Round thirty (after Y132): a network device's configuration stating a secret as keyword, optional
// encryption type and value, with no `=` (IOS/NX-OS/EOS local users and enable secrets, TACACS+ and
// RADIUS server keys, SNMP communities and SNMPv3 passphrases, net-snmp's createUser and rwcommunity,
// routing keys). Benign: one-way hashes (types 5, 8, 9), encrypted SNMPv3 keys, the SNMP defaults,
// template variables and placeholders in the same lines.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30a9e1);
const b = builder({ category: "r30g-network-device" });
const bb = builder({ category: "r30g-network-device-benign" });
const pw = () => `${r.alnum(5)}${r.pick(["!", "#", "%", "+"])}${r.alnum(4)}${r.digits(2)}`;

b.pos("r30g-nd-nxos-user", "NX-OS local user with a clear-text password", `feature tacacs+\nusername opsadmin password 0 ${pw()} role network-admin\n`);
b.pos("r30g-nd-radius-host", "RADIUS host key on one line (IOS)", `aaa new-model\nradius-server host 10.20.0.5 auth-port 1812 acct-port 1813 key 0 ${r.alnum(18)}\n`);
b.pos("r30g-nd-tacacs-block", "TACACS+ server block key in a chat", JSON.stringify({ messages: [{ role: "user", content: `why does login fail?\n\ntacacs server CLEARPASS\n address ipv4 172.16.4.9\n key 7 ${r.HEX(22)}\n single-connection` }] }));
b.pos("r30g-nd-snmp-ro", "SNMP community read-only with an ACL", `snmp-server community ${r.alnum(14)} RO SNMP-ACL\nsnmp-server contact noc@example.com\n`);
b.pos("r30g-nd-netsnmp", "net-snmp createUser with SHA and AES passphrases", `# /var/lib/snmp/snmpd.conf\ncreateUser pollster SHA-256 "${r.alnum(16)}" AES "${r.alnum(16)}"\nrouser pollster priv\n`);
b.pos("r30g-nd-rwcommunity", "net-snmp rwcommunity line", `agentAddress udp:161\nrwcommunity ${r.alnum(12)} 10.0.0.0/8\n`);
b.pos("r30g-nd-ospf", "OSPF message-digest key on an interface", `interface Gi0/1\n ip ospf message-digest-key 1 md5 ${pw()}\n`);
b.pos("r30g-nd-v3user", "SNMPv3 user with md5/des passphrases", `snmp-server user poller NMS v3 auth md5 ${r.alnum(16)} priv des ${r.alnum(16)}\n`);
b.pos("r30g-nd-bgp", "BGP neighbour password, type 7", `router bgp 65001\n neighbor 192.0.2.1 remote-as 65002\n neighbor 192.0.2.1 password 7 ${r.HEX(20)}\n`);

bb.ben("r30g-nd-type9", "type 9 scrypt hash of a user's secret", `username opsadmin privilege 15 secret 9 $9$${r.alnum(14)}$${r.alnum(43)}\n`);
bb.ben("r30g-nd-type5", "type 5 MD5-crypt enable secret", `enable secret 5 $1$${r.alnum(4)}$${r.alnum(22)}\n`);
bb.ben("r30g-nd-public", "SNMP default community", `snmp-server community public RO\nsnmp-server location Lab-2\n`);
bb.ben("r30g-nd-encrypted-v3", "SNMPv3 user with localized (encrypted) keys", `snmp-server user poller NMS v3 encrypted auth sha 4A:1B:${r.HEX(2)}:9C priv aes 128 7E:${r.HEX(2)}:3D\n`);
bb.ben("r30g-nd-template", "Jinja template of a device config", `username {{ admin_user }} password 0 {{ admin_password }}\ntacacs-server key 0 {{ tacacs_key }}\n`);
bb.ben("r30g-nd-placeholder", "documentation placeholders", `enable secret 0 <ENABLE_SECRET>\nsnmp-server community <COMMUNITY> RW\n`);
bb.ben("r30g-nd-prose", "prose about type-7 keys", `Never use "key 7" on new devices: type 7 is reversible. Prefer type 6 with the master key.\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
