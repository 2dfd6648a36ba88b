// Round two (issue 24), class 14: false positives found by scanning this project's own
// node_modules outbound (scripts/eval/realcode-fp.ts), fixed and kept here as benign cases.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, B64 } from "./_gen.ts";

const r = new Rng(0x5ec2414);
const { cases: built, ben } = builder({ category: "real-code" });
export const cases: CorpusCase[] = [];

ben("ts-emit-class-alias", "TypeScript decorator emit: X = X_1 = class", `let AsymmetricKeyPackage = AsymmetricKeyPackage_1 = class AsymmetricKeyPackage extends AsnArray {\n};\nAsymmetricKeyPackage = AsymmetricKeyPackage_1 = tslib_1.__decorate([\n    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence, itemType: OneAsymmetricKey })\n], AsymmetricKeyPackage);`);
ben("ts-emit-recipient-keys", "decorator emit with Keys_1 alias", `let RecipientEncryptedKeys = RecipientEncryptedKeys_1 = class RecipientEncryptedKeys extends AsnArray {\n};\nexports.RecipientEncryptedKeys = RecipientEncryptedKeys = RecipientEncryptedKeys_1 = tslib_1.__decorate([], RecipientEncryptedKeys);`);
ben("cjs-export-chain", "chained CommonJS export assignments", `exports.id_pkcs9_at_challengePassword = exports.id_pkcs9_at_counterSignature = exports.EncryptedPrivateKeyInfo = exports.UserPKCS12 = exports.Pkcs7PDU = void 0;`);
ben("cjs-export-ident-digit", "export of an identifier with digits", `exports.PKCS8ShroudedKeyBag = PKCS8ShroudedKeyBag;\nexports.PKCS8ShroudedKeyBag = PKCS8ShroudedKeyBag = tslib_1.__decorate([], PKCS8ShroudedKeyBag);`);
ben("composite-private-key", "class alias named PrivateKey", `let CompositePrivateKey = CompositePrivateKey_1 = class CompositePrivateKey extends AsnArray {\n};\nCompositePrivateKey = CompositePrivateKey_1 = __decorate([AsnType({ type: AsnTypeTypes.Sequence })], CompositePrivateKey);`);
ben("pem-tags", "PEM label constants", `PemConverter.PublicKeyTag = "PUBLIC KEY";\nPemConverter.PrivateKeyTag = "PRIVATE KEY";\nconst t={PublicKeyTag:"PUBLIC KEY",PrivateKeyTag:"PRIVATE KEY"};`);
ben("dts-matcher-result", "type declaration with a union value", `type MatcherResult = (...args: MatcherInstantiationArguments) => { pass: true|false, message: () => string };`);
const blob = r.str(3000, B64);
ben("wasm-base64-abia", "base64 of a wasm module that happens to contain ABIA + uppercase", `module.exports = 'AGFzbQEAAAAB${blob.slice(0, 1500)}ABIARGBEBBLiECDEIL${blob.slice(1500)}'`);
ben("wasm-base64-ghp", "base64 blob containing ghp_-like bytes inside a long run", `const wasm = "${blob.slice(0, 800)}Aghp_${r.alnum(36)}Q${blob.slice(800, 1600)}";`);

cases.push(...built);
