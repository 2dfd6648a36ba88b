// Round thirty-nine (fix39f): a literal under a secret-named key, wrapped in a call that quotes it for a bundler to
// inline (vite's `define`, webpack's DefinePlugin, esbuild's `define`: `JSON.stringify("…")`) or converts it
// (`String("…")`). The wrapper changes nothing of the value. Benign: `JSON.stringify(process.env.X)`, an
// `import.meta.env` read, a placeholder, a non-secret key's value (a version, a URL), an object stringified.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x39f003);
const b = builder({ category: "r39-fix39f-stringified-value" });
const bb = builder({ category: "r39-fix39f-stringified-value-benign" });
const drawn = (n = 32) => r.str(n, ALNUM);

b.pos("fix39f-str-vite-define", "vite define: import.meta.env key, JSON.stringify(literal)",
  `import { defineConfig } from "vite";\n\nexport default defineConfig({\n  define: {\n    "import.meta.env.VITE_ANALYTICS_TOKEN": JSON.stringify("${drawn(32)}"),\n  },\n});\n`);
b.pos("fix39f-str-webpack-define", "webpack DefinePlugin: process.env key, single quotes",
  `plugins: [\n  new webpack.DefinePlugin({\n    'process.env.STRIPE_SECRET_KEY': JSON.stringify('${drawn(40)}'),\n    'process.env.NODE_ENV': JSON.stringify('production'),\n  }),\n],\n`);
b.pos("fix39f-str-esbuild", "esbuild define: a hex secret",
  `await esbuild.build({\n  entryPoints: ["src/app.ts"],\n  define: { "process.env.WEBHOOK_SECRET": JSON.stringify("${r.str(48, HEX)}") },\n});\n`);
b.pos("fix39f-str-unquoted-key", "rollup replace: a quoted process.env key (German comment)",
  `// Zugangsschlüssel für den Build eingebettet\nreplace({\n  preventAssignment: true,\n  "process.env.API_TOKEN": JSON.stringify("${drawn(36)}"),\n})\n`);
b.pos("fix39f-str-string-call", "JS: String(literal) under a secret-named property",
  `const config = {\n  clientSecret: String("${drawn(34)}"),\n  region: "eu-west-1",\n};\n`);
b.pos("fix39f-str-spaced", "vite define: a blank inside the call's brackets",
  `define: {\n  "import.meta.env.MAPBOX_ACCESS_TOKEN": JSON.stringify( "${drawn(30)}" ),\n}\n`);

bb.ben("fix39f-str-env-ref", "webpack DefinePlugin: JSON.stringify of process.env references",
  `new webpack.DefinePlugin({\n  'process.env.API_KEY': JSON.stringify(process.env.API_KEY),\n  'process.env.SECRET_TOKEN': JSON.stringify(env.SECRET_TOKEN ?? ''),\n})\n`);
bb.ben("fix39f-str-vite-loadenv", "vite define: values from loadEnv",
  `export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), "");\n  return { define: { "import.meta.env.LOGZIO_TOKEN": JSON.stringify(env.LOGZIO_TOKEN) } };\n});\n`);
bb.ben("fix39f-str-placeholder", "vite define: a placeholder literal",
  `define: {\n  "import.meta.env.API_KEY": JSON.stringify("your-api-key-here"),\n  "import.meta.env.SECRET": JSON.stringify(""),\n}\n`);
bb.ben("fix39f-str-version", "vite define: version and URL under ordinary keys",
  `define: {\n  __APP_VERSION__: JSON.stringify("4.12.0-rc.3"),\n  __API_URL__: JSON.stringify("https://api.example.com/v2"),\n  __BUILD_SHA__: JSON.stringify("${r.str(40, HEX)}"),\n}\n`);
bb.ben("fix39f-str-object", "JSON.stringify of an object under a token key",
  `const body = { token: JSON.stringify({ user: "ada", scope: ["read", "write"] }) };\n`);
bb.ben("fix39f-str-string-ref", "String() of a variable and of a number",
  `const apiKey = String(config.apiKey);\nconst tokenTtl = String(3600);\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
