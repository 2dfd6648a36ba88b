// Round twenty-nine, after the last check Y131 (y131-k-016): a Tor onion service's private key given
// to the control port with ADD_ONION (ED25519-V3: base64 of the 64-byte expanded key, or a legacy
// RSA1024: key). Benign: ADD_ONION NEW:… (Tor makes the key), the service id, docs, placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x29716);
const t = builder({ category: "r29-tor-onion-key" });
const tb = builder({ category: "r29-tor-onion-key-benign" });
const ed = () => Buffer.from(r.bytes(64)).toString("base64");
const sid = () => r.str(56, "abcdefghijklmnopqrstuvwxyz234567");

t.pos("r29tor-nc-session", "a control-port session over nc", `$ nc 127.0.0.1 9051\nAUTHENTICATE\n250 OK\nADD_ONION ED25519-V3:${ed()} Port=80,127.0.0.1:8080\n250-ServiceID=${sid()}\n250 OK\n`);
t.pos("r29tor-python", "stem in Python", `controller.msg("ADD_ONION ED25519-V3:${ed()} Flags=Detach Port=443,127.0.0.1:8443")`);
t.pos("r29tor-tool-call", "a shell tool call", JSON.stringify({ command: `printf 'AUTHENTICATE ""\\r\\nADD_ONION ED25519-V3:${ed()} Port=22\\r\\n' | nc localhost 9051` }));
t.pos("r29tor-rsa", "a legacy RSA1024 key", `ADD_ONION RSA1024:${Buffer.from(r.bytes(600)).toString("base64")} Port=80`);
t.pos("r29tor-chat", "a chat asking why it fails", JSON.stringify({ messages: [{ role: "user", content: `tor says 512 bad key, why? ADD_ONION ED25519-V3:${ed()} Port=80,8080` }] }));
t.pos("r29tor-log", "a debug log line", `[debug] control: sending "ADD_ONION ED25519-V3:${ed()} Flags=DiscardPK Port=80,unix:/run/app.sock"`);

tb.ben("r29tor-b-new", "Tor makes the key", `ADD_ONION NEW:ED25519-V3 Port=80,127.0.0.1:8080\n250-ServiceID=${sid()}\n250-PrivateKey=<stored by tor, not printed here>`);
tb.ben("r29tor-b-best", "NEW:BEST", `controller.msg("ADD_ONION NEW:BEST Flags=DiscardPK Port=80")`);
tb.ben("r29tor-b-sid", "the service id alone", `250-ServiceID=${sid()}\n250 OK`);
tb.ben("r29tor-b-doc", "control-spec excerpt", `ADD_ONION SP KeyType ":" KeyBlob [SP "Flags=" Flag *("," Flag)] 1*(SP "Port=" VirtPort ["," Target])`);
tb.ben("r29tor-b-placeholder", "a placeholder key", `ADD_ONION ED25519-V3:<base64 of the 64-byte key> Port=80`);
tb.ben("r29tor-b-hostname", "an onion address", `http://${sid()}.onion/`);

export const cases: CorpusCase[] = [...t.cases, ...tb.cases];
