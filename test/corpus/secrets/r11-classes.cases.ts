// Round eleven (the secrets misses and false positives of held-out V), written for this project
// corpus in other contexts than V's: WireGuard private keys, private JSON Web Keys, Mapbox secret
// tokens, and a token sent as the password of Basic auth with an empty user name (Azure DevOps'
// way); look-alike: "key-" + 32 hex as a CSS class. Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64, B64URL, HEX, LOWER } from "./_gen.ts";

const r = new Rng(0x5ecb0b2);
const b = builder({ category: "r11-providers", expect: "secrets" });
const bb = builder({ category: "r11-providers-benign", expect: "secrets" });

const wg = () => r.str(42, B64) + "A=";
const jwkD = () => r.str(43, B64URL);
const mapbox = () => ["sk", ".eyJ"].join("") + r.str(60, B64URL) + "." + r.str(22, B64URL);
const basicEmptyUser = (pass: string) => Buffer.from(`:${pass}`).toString("base64");

b.pos("r11-wireguard-conf", "a WireGuard interface's private key", `[Interface]\nAddress = 10.8.0.3/24\nPrivateKey = ${wg()}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${wg()}\nAllowedIPs = 0.0.0.0/0`);
b.pos("r11-wireguard-chat", "a WireGuard private key pasted in a prompt", `why won't my tunnel come up? config:\nPrivateKey=${wg()}\nListenPort=51820`);
b.pos("r11-jwk-ec", "a private EC JWK in a JSON body", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", x: r.str(43, B64URL), y: r.str(43, B64URL), d: jwkD(), use: "sig", kid: "k1" }] }));
b.pos("r11-jwk-okp", "a private Ed25519 JWK in a config file", `signing_key:\n  {"kty":"OKP","crv":"Ed25519","x":"${r.str(43, B64URL)}","d":"${jwkD()}"}`);
b.pos("r11-mapbox-env", "a Mapbox secret token in .env", `MAPBOX_DOWNLOADS_TOKEN=${mapbox()}`);
b.pos("r11-mapbox-gradle", "a Mapbox secret token in gradle.properties", `MAPBOX_DOWNLOADS_TOKEN=${mapbox()}\norg.gradle.jvmargs=-Xmx2g`);
b.pos("r11-basic-empty-user", "an Azure DevOps PAT as the password of Basic auth, user empty", `GET /_apis/projects HTTP/1.1\nHost: dev.example.com\nAuthorization: Basic ${basicEmptyUser(r.str(52, LOWER + "234567"))}`);
b.pos("r11-basic-empty-user-curl", "an API key as the Basic password with an empty user, in curl", `curl -H "Authorization: Basic ${basicEmptyUser(r.str(32, ALNUM))}" https://api.example.com/v1/items`);

bb.ben("r11-jwk-public", "a public JWK set (no private part)", JSON.stringify({ keys: [{ kty: "RSA", e: "AQAB", n: r.str(342, B64URL), kid: "2026-01", use: "sig" }, { kty: "EC", crv: "P-256", x: r.str(43, B64URL), y: r.str(43, B64URL) }] }));
bb.ben("r11-wireguard-public", "a WireGuard peer list with public keys only", `[Peer]\nPublicKey = ${wg()}\nAllowedIPs = 10.8.0.2/32\n\n[Peer]\nPublicKey = ${wg()}\nAllowedIPs = 10.8.0.4/32`);
bb.ben("r11-wireguard-placeholder", "WireGuard docs with a placeholder private key", "[Interface]\nPrivateKey = <contents of privatekey>\nAddress = 10.0.0.1/24");
bb.ben("r11-css-key-class", "\"key-\" + 32 hex as CSS class and id selectors", `.key-${r.str(32, HEX)} { display: none }\n#key-${r.str(32, HEX)} > span { color: red }`);
bb.ben("r11-mapbox-public", "a Mapbox public token placeholder and style URL", "mapboxgl.accessToken = 'pk.YOUR_PUBLIC_TOKEN';\nstyle: 'mapbox://styles/mapbox/streets-v12'");
bb.ben("r11-basic-empty-short", "Basic auth with an empty user and a short word", `Authorization: Basic ${basicEmptyUser("guest")}`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
