// Evaluated before @peculiar/x509 (see x509.ts). A module of its own because in the compiled
// binary's scope-hoisted bundle, a bare `import "reflect-metadata"` next to the x509 import runs
// *after* the library's code (which throws "tsyringe requires a reflect polyfill"); an ESM module
// imported first is evaluated first.
import "reflect-metadata";
