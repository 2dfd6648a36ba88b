// Round thirty (found auditing the rules' `ahead` prechecks): a multipart form part named `sid`
// holding a long opaque session id. named-session-slot's keyword `sid"` ends in the part name's
// closing quote, and its precheck looked for that quote after the keyword, so the anchored path
// never tried the part (a part named "session" or "sessid" was read). Benign: Twilio's resource
// ids under "…Sid" part names, short or numeric values, a part named otherwise.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x30a3c5);
const b = builder({ category: "r30-multipart-sid-part" });
const bb = builder({ category: "r30-multipart-sid-part-benign" });
const boundary = () => `----WebKitFormBoundary${r.alnum(16)}`;
const part = (name: string, value: string, nl = "\r\n") => {
  const bd = boundary();
  return `POST /api/upload HTTP/1.1${nl}Host: app.example.org${nl}Content-Type: multipart/form-data; boundary=${bd}${nl}${nl}--${bd}${nl}Content-Disposition: form-data; name="${name}"${nl}${nl}${value}${nl}--${bd}${nl}Content-Disposition: form-data; name="file"; filename="a.txt"${nl}${nl}hello${nl}--${bd}--${nl}`;
};

b.pos("r30a-sid-crlf", "a part named sid, CRLF", part("sid", r.alnum(40)));
b.pos("r30a-sid-lf", "a part named sid, bare LF", part("sid", r.alnum(36), "\n"));
b.pos("r30a-sid-upper", "a part named SID", part("SID", r.alnum(48)));
b.pos("r30a-sid-b64url", "a part named sid holding base64url", part("sid", r.b64url(43)));
b.pos("r30a-sid-php", "a part named php_sid", part("php_sid", r.alnum(32).toLowerCase() + r.digits(6)));
b.pos("r30a-sid-login", "a login form's sid part then a user part", part("sid", r.alnum(44)).replace('name="file"; filename="a.txt"', 'name="user"'));

bb.ben("r30a-sid-twilio", "Twilio's message id under MessageSid", part("MessageSid", `SM${r.hex(32)}`));
bb.ben("r30a-sid-twilio-call", "Twilio's call id under CallSid", part("CallSid", `CA${r.hex(32)}`));
bb.ben("r30a-sid-short", "a short numeric sid", part("sid", "1042"));
bb.ben("r30a-sid-word", "a station id of words", part("sid", "north-harbor-station"));
bb.ben("r30a-sid-other", "a long value under another part name", part("comment", "this upload replaces the earlier report draft"));
bb.ben("r30a-sid-placeholder", "a placeholder under sid", part("sid", "YOUR_SESSION_ID_GOES_HERE_PLEASE"));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
