// heldout-y112: key-material builders (DER-shaped bytes from the seeded stream, PEM/OpenSSH/PGP armour).
import { b64, cat, pem, type Rng } from "./_gen.ts";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const sshStr = (b: Uint8Array): Uint8Array => cat(u32(b.length), b);

function pkcs1Body(r: Rng): Uint8Array {
  return cat(
    [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00, 0xc1], r.bytes(255),
    [0x02, 0x03, 0x01, 0x00, 0x01, 0x02, 0x82, 0x01, 0x00], r.bytes(256),
    [0x02, 0x81, 0x81, 0x00, 0xe3], r.bytes(127), [0x02, 0x81, 0x81, 0x00, 0xd9], r.bytes(127),
    [0x02, 0x81, 0x80], r.bytes(128), [0x02, 0x81, 0x80], r.bytes(128), [0x02, 0x81, 0x81, 0x00, 0x9a], r.bytes(127),
  );
}
export const rsaPkcs1 = (r: Rng): string => pem("RSA PRIVATE KEY", pkcs1Body(r));
export const rsaPkcs8 = (r: Rng): string =>
  pem("PRIVATE KEY", cat([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8], pkcs1Body(r)));
export const ecSec1 = (r: Rng): string =>
  pem("EC PRIVATE KEY", cat([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], r.bytes(32), [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], r.bytes(64)));
export const ed25519Pkcs8 = (r: Rng): string =>
  pem("PRIVATE KEY", cat([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], r.bytes(32)));

export function edPubBlob(pub: Uint8Array): Uint8Array {
  return cat(sshStr(enc("ssh-ed25519")), sshStr(pub));
}
export function sshEd25519Public(r: Rng, comment: string): string {
  return `ssh-ed25519 ${Buffer.from(edPubBlob(r.bytes(32))).toString("base64")} ${comment}`;
}
export function opensshPrivate(r: Rng, comment: string): string {
  const pub = r.bytes(32);
  const chk = r.bytes(4);
  let priv = cat(chk, chk, sshStr(enc("ssh-ed25519")), sshStr(pub), sshStr(cat(r.bytes(32), pub)), sshStr(enc(comment)));
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = cat(priv, pad);
  const blob = cat(enc("openssh-key-v1\0"), sshStr(enc("none")), sshStr(enc("none")), sshStr(new Uint8Array(0)), u32(1), sshStr(edPubBlob(pub)), sshStr(priv));
  const body = Buffer.from(blob).toString("base64").replace(/(.{70})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
export function pgpPrivate(r: Rng): string {
  const body = Buffer.from(cat([0x94, 0x58, 0x04], r.bytes(4), [0x16, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01, 0x01, 0x07, 0x40], r.bytes(32), [0x00, 0x01, 0x00], r.bytes(34), [0xb4, 0x1c], enc("Release Bot <release@example.com>"), r.bytes(140)))
    .toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n=${r.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
}
export function ppk(r: Rng, comment: string): string {
  const pubB64 = Buffer.from(edPubBlob(r.bytes(32))).toString("base64");
  const privB64 = Buffer.from(sshStr(r.bytes(32))).toString("base64");
  return `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ${comment}\nPublic-Lines: 2\n${pubB64.slice(0, 64)}\n${pubB64.slice(64)}\nPrivate-Lines: 1\n${privB64}\nPrivate-MAC: ${r.hex(64)}\n`;
}
export const ageSecret = (r: Rng): string => ["AGE-SECRET", "-KEY-1"].join("") + r.bech(58).toUpperCase();
export const agePublic = (r: Rng): string => "age1" + r.bech(58);
export function pemPublic(r: Rng): string {
  return pem("PUBLIC KEY", cat([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00, 0xb7], r.bytes(255), [0x02, 0x03, 0x01, 0x00, 0x01]));
}
export function pemCert(r: Rng): string {
  return pem("CERTIFICATE", cat([0x30, 0x82, 0x03, 0x6e, 0x30, 0x82, 0x02, 0x56, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], r.bytes(20), [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00], r.bytes(820)));
}
export const BIP39_A = "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis bacon badge balance banana barrel basket battle beach bean beauty become beef before begin behave believe bench benefit best betray better between beyond bicycle bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blue blur blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon canoe canvas canyon capable capital captain carbon card cargo carpet carry cart case cash casino castle casual catalog catch category cattle caught cause caution cave ceiling celery cement census century cereal certain chair chalk champion change chaos chapter charge chase cheap check cheese chef cherry chest chicken chief child chimney choice choose chronic chuckle chunk churn cinnamon circle citizen city civil claim clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock close cloth cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color column combine come comfort comic common company concert conduct confirm congress connect consider control convince cook cool copper copy coral core corn correct cost cotton couch country couple course cousin cover coyote crack cradle craft crane crash crater crawl crazy cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise crumble crunch crush crystal cube culture cupboard curious current curtain curve cushion custom cute cycle".split(" ");
export { b64 };
