// Round thirty-nine (fix39f): Gradle's `buildConfigField "String", "NAME", "\"…\""` and `resValue "string", "name", "…"`
// (Groovy and Kotlin DSL): the name is the second argument, the value the third, written as a Java literal inside a
// Groovy one (escaped quotes). Benign: an env or property read, an empty literal, an interpolation, a URL, a
// placeholder, `BuildConfig.X` uses.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x39f002);
const b = builder({ category: "r39-fix39f-gradle-field" });
const bb = builder({ category: "r39-fix39f-gradle-field-benign" });
const uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`;

b.pos("fix39f-gradle-groovy-hexuuid", "Groovy: buildConfigField with a hex32-uuid key in escaped quotes",
  `android {\n  defaultConfig {\n    buildConfigField "String", "SMS_API_KEY", "\\"${r.hex(32)}-${uuid()}\\""\n  }\n}\n`);
b.pos("fix39f-gradle-kts-hex", "Kotlin DSL: buildConfigField(\"String\", \"…_SECRET\", \"\\\"<hex40>\\\"\")",
  `android {\n    defaultConfig {\n        buildConfigField("String", "PAYMENTS_SECRET", "\\"${r.str(40, HEX)}\\"")\n    }\n}\n`);
b.pos("fix39f-gradle-resvalue-uuid", "Groovy: resValue string under a token name, a bare uuid-ish key",
  `productFlavors {\n    prod {\n        resValue "string", "push_token", "${r.hex(32)}-${uuid()}"\n    }\n}\n`);
b.pos("fix39f-gradle-release-credential", "Groovy: release build type, a hex-uuid under a credential name, Spanish comment",
  `// credencial del proveedor de SMS\nbuildTypes {\n  release {\n    buildConfigField "String", "SMS_CREDENTIAL", "\\"${r.hex(32)}-${uuid()}\\""\n  }\n}\n`);
b.pos("fix39f-gradle-kts-resvalue", "Kotlin DSL: resValue(\"string\", \"…_key\", \"…\") mixed case",
  `defaultConfig {\n    resValue("string", "analytics_write_key", "${r.str(32, ALNUM)}")\n}\n`);
b.pos("fix39f-gradle-flavor-token", "Groovy flavor: buildConfigField AUTH_TOKEN hex in escaped quotes",
  `flavorDimensions "env"\nproductFlavors {\n  staging {\n    dimension "env"\n    buildConfigField "String", "AUTH_TOKEN", "\\"${r.hex(32)}\\""\n  }\n}\n`);

bb.ben("fix39f-gradle-getenv", "Groovy: the value read from the environment",
  `buildConfigField "String", "API_KEY", "\\"\${System.getenv('API_KEY')}\\""\n`);
bb.ben("fix39f-gradle-property", "Kotlin DSL: the value from project.findProperty",
  `buildConfigField("String", "API_KEY", "\\"\${project.findProperty("apiKey") ?: ""}\\"")\n`);
bb.ben("fix39f-gradle-empty", "Groovy: an empty Java literal",
  `buildConfigField "String", "API_KEY", "\\"\\""\nresValue "string", "maps_api_key", ""\n`);
bb.ben("fix39f-gradle-url", "Groovy: a URL and a flag beside key names",
  `buildConfigField "String", "KEY_SERVER_URL", "\\"https://keys.example.com/v1\\""\nbuildConfigField "boolean", "USE_API_KEY", "true"\n`);
bb.ben("fix39f-gradle-placeholder", "Groovy: a placeholder in escaped quotes",
  `buildConfigField "String", "API_KEY", "\\"YOUR_API_KEY_HERE\\""\n`);
bb.ben("fix39f-gradle-use", "Kotlin: BuildConfig.API_KEY uses",
  `val client = MapsClient(BuildConfig.MAPS_API_KEY)\nif (BuildConfig.API_KEY.isEmpty()) error("set API_KEY in local.properties")\n`);
bb.ben("fix39f-gradle-local-props", "Groovy: the value from local.properties",
  `def props = new Properties()\nprops.load(project.rootProject.file('local.properties').newDataInputStream())\nbuildConfigField "String", "API_KEY", "\\"\${props.getProperty('api.key')}\\""\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
