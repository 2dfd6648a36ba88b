// Round thirty-one (Y135): the certificate's or keystore's password given to a code-signing or
// packaging tool's password flag (`signtool sign /p`, `certutil -p`, `pvk2pfx -po`, `osslsigncode -pass`,
// `nuget sign -CertificatePassword`, `jarsigner -storepass`, `apksigner --ks-pass pass:`), in a
// shell, a script or a tool call. Benign: the flag given a variable, an env reference or a file,
// other switches that start with p, and the tools' help text.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x31e002);
const b = builder({ category: "r31e-signing-tool-password" });
const bb = builder({ category: "r31e-signing-tool-password-benign" });
const pw = () => `${r.str(5, ALNUM)}${r.digits(2)}${r.pick(["#", "!", "%", ""])}${r.str(5, ALNUM)}`;

b.pos("r31e-st-signtool", "signtool in a PowerShell tool call", JSON.stringify({ name: "powershell", arguments: JSON.stringify({ command: `& "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\x64\\signtool.exe" sign /fd SHA256 /f .\\build\\release.pfx /p "${pw()}" .\\out\\Setup.exe` }) }));
b.pos("r31e-st-certutil", "certutil importing a PFX", `certutil -f -p ${pw()} -importpfx My .\\codesign.pfx\n`);
b.pos("r31e-st-pvk2pfx", "pvk2pfx output password", `pvk2pfx.exe -pvk corp.pvk -spc corp.spc -pfx corp.pfx -po ${pw()}\n`);
b.pos("r31e-st-ossl", "osslsigncode on Linux CI", `osslsigncode sign -pkcs12 signing.p12 -pass '${pw()}' -n "App" -in app.exe -out app-signed.exe\n`);
b.pos("r31e-st-nuget", "dotnet nuget sign", `dotnet nuget sign ./artifacts/*.nupkg --certificate-path ./certs/pkg.pfx --certificate-password ${pw()} --timestamper http://ts.example.net\n`);
b.pos("r31e-st-jarsigner", "jarsigner in a Makefile", `sign:\n\tjarsigner -keystore release.jks -storepass ${pw()} -keypass ${pw()} build/app.jar release\n`);
b.pos("r31e-st-apksigner", "apksigner key store pass", `apksigner sign --ks upload.jks --ks-key-alias upload --ks-pass pass:${pw()} app-release.apk\n`);

bb.ben("r31e-st-envvar", "signtool password from an env var", `signtool sign /f cert.pfx /p $env:CODESIGN_PFX_PASSWORD /fd SHA256 setup.exe\n`);
bb.ben("r31e-st-cmdvar", "cmd variable", `signtool.exe sign /f cert.pfx /p %PFX_PASS% /tr http://ts.example.net /td SHA256 setup.exe\n`);
bb.ben("r31e-st-ph", "page-hash switch, no password", `signtool sign /a /ph /fd SHA256 /tr http://ts.example.net /td SHA256 setup.exe\n`);
bb.ben("r31e-st-apk-env", "apksigner reads the password from env", `apksigner sign --ks upload.jks --ks-pass env:KS_PASSWORD --key-pass file:key.pass app.apk\n`);
bb.ben("r31e-st-help", "help text", `  /p <pass.>  Specify a password to use when opening a PFX file.\n`);
bb.ben("r31e-st-verify", "verification, no password", `signtool verify /pa /v .\\out\\Setup.exe\n`);
bb.ben("r31e-st-ossl-file", "osslsigncode reads a password file", `osslsigncode sign -pkcs12 signing.p12 -readpass ./secrets/p12.pass -in app.exe -out app-signed.exe\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
