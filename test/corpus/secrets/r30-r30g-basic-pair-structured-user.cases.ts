// Round thirty (after Y132): base64 `user:password` credentials in an auth slot whose user is
// structure, not a draw: Azure Container Registry's token login uses the nil GUID as the user, some
// registries a zero account id. The encoding's entropy is low and its text looked like zero filler;
// the password is a random draw. Benign: the same slots holding a placeholder or word password,
// an empty auth, zero filler throughout, a credential helper.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, B64 } from "./_gen.ts";

const r = new Rng(0x3108d7);
const b = builder({ category: "r30g-basic-pair-structured-user" });
const bb = builder({ category: "r30g-basic-pair-structured-user-benign" });
const NIL = ["00000000", "0000", "0000", "0000", "000000000000"].join("-");
const enc = (s: string) => Buffer.from(s).toString("base64");
const draw = (n: number) => r.str(n, B64);

b.pos("r30g-bp-acr-docker", "docker config.json for ACR with a token password", JSON.stringify({ auths: { "shipyard.azurecr.io": { auth: enc(`${NIL}:${draw(42)}`) } } }, null, 2));
b.pos("r30g-bp-podman", "podman auth.json in a tool result", JSON.stringify({ content: [{ type: "text", text: JSON.stringify({ auths: { "builds.azurecr.io": { auth: enc(`${NIL}:${draw(36)}`) } } }) }] }));
b.pos("r30g-bp-npmrc", ".npmrc _auth with a numeric account user", `registry=https://pkgs.example.com/npm/\n_auth=${enc(`000000000000:${r.alnum(24)}`)}\nalways-auth=true\n`);
b.pos("r30g-bp-yaml", "a YAML pull-secret value (decoded config)", `auths:\n  registry.example.com:\n    auth: ${enc(`${NIL}:${r.alnum(20)}${r.pick(["+", "/"])}${r.alnum(12)}`)}\n`);
b.pos("r30g-bp-header-slot", "an Authorization field in a request dump", JSON.stringify({ headers: { authorization_basic: enc(`00000000:${r.alnum(28)}`) } }));
b.pos("r30g-bp-env", "an env var holding the pair", `REGISTRY_AUTH=${enc(`${NIL}:${draw(40)}`)}\n`);

bb.ben("r30g-bp-placeholder", "nil GUID with a placeholder password", JSON.stringify({ auths: { "shipyard.azurecr.io": { auth: enc(`${NIL}:<refresh-token>`) } } }));
bb.ben("r30g-bp-word", "a word password", JSON.stringify({ auths: { "registry.local:5000": { auth: enc("00000000:changeme") } } }));
bb.ben("r30g-bp-zeros", "zeros throughout", JSON.stringify({ auths: { "r.example.com": { auth: enc(`${NIL}:${"0".repeat(32)}`) } } }));
bb.ben("r30g-bp-empty", "an empty auth and a credential helper", JSON.stringify({ auths: { "shipyard.azurecr.io": { auth: "" } }, credHelpers: { "shipyard.azurecr.io": "acr-env" } }));
bb.ben("r30g-bp-nil-only", "the nil GUID alone, base64", `token_id: ${NIL}\nauth_hint: ${enc(NIL)}\n`);
bb.ben("r30g-bp-user-only", "user and empty password", JSON.stringify({ auths: { "r.example.com": { auth: enc(`${NIL}:`) } } }));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
