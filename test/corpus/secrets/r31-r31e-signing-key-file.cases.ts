// Round thirty-one (Y135): a signing tool's secret key file as written, marked by its header comment
// (`untrusted comment: signify secret key`, minisign's `… encrypted secret key`) and one base64 line of
// 100+ bytes, bare, read back by a tool, or pasted in chat. Benign: the same tools' public keys and
// signature files, whose header words ("signature from … secret key") name the secret key but hold none.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x31e001);
const b = builder({ category: "r31e-signing-key-file" });
const bb = builder({ category: "r31e-signing-key-file-benign" });
const b64 = (head: number[], n: number) => Buffer.concat([Buffer.from(head), Buffer.from(r.bytes(n))]).toString("base64");
// signify: "Ed" "BK", rounds, salt, checksum, key number, the 64-byte key (104 bytes).
const signify = () => b64([0x45, 0x64, 0x42, 0x4b, 0, 0, 0, r.pick([0, 42])], 96);
// minisign: "Ed", "Sc" (scrypt) or none, "B2", then salt, limits and the keypair (158 bytes).
const minisign = () => b64([0x45, 0x64, ...r.pick([[0x53, 0x63], [0, 0]]), 0x42, 0x32], 152);
const signifyPub = () => b64([0x45, 0x64], 40);
const signifySig = () => b64([0x45, 0x64], 72);

b.pos("r31e-sk-bare", "signify secret key file", `untrusted comment: signify secret key\n${signify()}\n`);
b.pos("r31e-sk-minisign", "minisign encrypted secret key file", `untrusted comment: minisign encrypted secret key\n${minisign()}\n`);
b.pos("r31e-sk-tool", "read back by a tool (JSON string)", JSON.stringify({ content: [{ type: "text", text: `untrusted comment: release-2026 secret key\n${signify()}\n` }] }));
b.pos("r31e-sk-chat", "pasted in a chat with a question", JSON.stringify({ messages: [{ role: "user", content: `is this the right format for the CI secret?\n\n\`\`\`\nuntrusted comment: minisign secret key 3F2A9C0D1E7B4A55\n${minisign()}\n\`\`\`` }] }));
b.pos("r31e-sk-heredoc", "written by a heredoc", `cat > ~/.signify/pkg.sec <<'EOF'\nuntrusted comment: signify secret key\n${signify()}\nEOF\n`);
b.pos("r31e-sk-crlf", "CRLF line ends", `untrusted comment: rsign encrypted secret key\r\n${minisign()}\r\n`);

bb.ben("r31e-sk-pub", "signify public key", `untrusted comment: signify public key\n${signifyPub()}\n`);
bb.ben("r31e-sk-sig", "signature file naming the secret key", `untrusted comment: signature from signify secret key\n${signifySig()}\n`);
bb.ben("r31e-sk-minisig", "minisign signature with trusted comment", `untrusted comment: signature from minisign secret key\n${signifySig()}\ntrusted comment: timestamp:1767225600\tfile:pkg.tar.gz\n${b64([], 64)}\n`);
bb.ben("r31e-sk-verify", "verify-with comment over a signature", `untrusted comment: verify with release.pub\n${signifySig()}\n`);
bb.ben("r31e-sk-doc", "docs describing the format", `A secret key file starts with "untrusted comment: signify secret key" followed by one base64 line.\n`);
bb.ben("r31e-sk-placeholder", "template with a placeholder body", `untrusted comment: signify secret key\n<paste the base64 secret key line here>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
