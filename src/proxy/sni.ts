// The server name a TLS ClientHello asks for (SNI), read from the first record(s) without a TLS
// library. Returns undefined when the hello has none, null when the bytes are not a ClientHello.

/** Bytes needed before the hello can be parsed: the record header says how long the first record is. */
export function helloLength(buf: Buffer): number | null {
  if (buf.length < 5) return null;
  if (buf[0] !== 22) return -1; // not a handshake record
  return 5 + buf.readUInt16BE(3);
}

export function parseSni(buf: Buffer): string | undefined | null {
  try {
    if (buf[0] !== 22) return null;
    let p = 5;
    if (buf[p] !== 1) return null; // ClientHello
    p += 4; // type + length
    p += 2 + 32; // version + random
    p += 1 + buf[p]!; // session id
    p += 2 + buf.readUInt16BE(p); // cipher suites
    p += 1 + buf[p]!; // compression methods
    if (p + 2 > buf.length) return undefined;
    const end = p + 2 + buf.readUInt16BE(p);
    p += 2;
    while (p + 4 <= end && p + 4 <= buf.length) {
      const type = buf.readUInt16BE(p);
      const len = buf.readUInt16BE(p + 2);
      p += 4;
      if (type === 0) {
        // server_name_list: length, then entries of (type, length, name)
        let q = p + 2;
        while (q + 3 <= p + len) {
          const nameType = buf[q]!;
          const nameLen = buf.readUInt16BE(q + 1);
          if (nameType === 0) return buf.toString("latin1", q + 3, q + 3 + nameLen).toLowerCase();
          q += 3 + nameLen;
        }
        return undefined;
      }
      p += len;
    }
    return undefined;
  } catch {
    return null;
  }
}
