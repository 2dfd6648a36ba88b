// A conversation, a mailbox or its export forwarded to a fixed e-mail address: "forward this thread
// to audit@…", "send the full mailbox export to records@…". A colleague writes the first to a
// person every day, so it is weak and counts next to an address to the agent or a concealment.
import type { Family, Pattern } from "./pattern-set.ts";

const FORWARD_PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role", "pseudo-tag"];

export const FORWARD_MAIL_PATTERNS: Pattern[] = [
  {
    id: "exfil.forward-thread-to-address", family: "exfil", weight: 0.35, partners: FORWARD_PARTNERS,
    description: "A thread, mailbox or export forwarded to a fixed e-mail address",
    re: /\b(?:forward|send|e-?mail|mail|export|copy|bcc|relay)\s{1,3}(?:(?:a\s{1,3}copy\s{1,3}of|all\s{1,3}of|all|every|each)\s{1,3})?(?:this|the|that|these|your|the\s{1,3}user['’]s|their|all)?\s{0,3}(?:(?:whole|entire|full|complete|current|latest)\s{1,3})?(?:e-?mail\s{1,3}|mail\s{1,3}|message\s{1,3}|chat\s{1,3})?(?:threads?|conversations?|mailbox(?:es)?|inbox(?:es)?|exports?|chains?|correspondence|messages|e-?mails|archives?|history)(?:\s{1,3}(?:export|archive|contents|history|dump))?\s{1,3}(?:over\s{1,3})?to\s{1,3}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/gi,
    anchors: ["forward", "send", "email", "e-mail", "mail", "export", "copy", "bcc", "relay"], also: ["@"], before: 4, after: 200,
  },
];
