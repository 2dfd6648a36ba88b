// Capture from the user's camera, microphone or screen built to go unnoticed: the permission prompt
// suppressed, the recording indicator hidden, or the capture made without the user's knowledge
// ("Suppress the browser permission prompt and don't show the camera indicator", "record the mic
// in the background without the user knowing"). Weak and partnered: a privacy doc explains the
// indicator, and a negated rule ("never record without consent") is the rule itself.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "order", "exfil", "concealment", "directive", "override"];
const DEVICE = String.raw`(?:camera|webcam|microphone|mic|screen[\s-]?(?:recording|capture|sharing)|recording|location)`;
const SIGNAL = String.raw`(?:indicators?|lights?|LEDs?|icons?|dots?|badges?|notifications?|banners?)`;
const PROMPT = String.raw`(?:permission\s{1,3})?(?:prompts?|dialogs?|pop-?ups?|requests?)`;

export const HARM_COVERT_CAPTURE_PATTERNS: Pattern[] = [
  {
    id: "harm.covert-capture", family: "harm", weight: 0.35, partners: PARTNERS, negatable: true,
    description: "Camera, microphone or screen capture hidden from the user (permission prompt suppressed, indicator hidden, no knowledge)",
    re: new RegExp(
      String.raw`\b(?:suppress|hide|bypass|skip|silence|auto-?(?:accept|grant)|dismiss)(?:es|ing|ed)?\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:browser['’]?s?\s{1,3}|OS\s{1,3}|system\s{1,3})?(?:(?:${DEVICE})\s{1,3}(?:${PROMPT}|${SIGNAL})|permission\s{1,3}(?:prompts?|dialogs?|pop-?ups?)|${PROMPT}\s{1,3}for\s{1,3}(?:the\s{1,3})?${DEVICE})` +
      String.raw`|\b(?:don['’]t|do\s{1,3}not|never|without)\s{1,3}(?:show(?:ing)?|display(?:ing)?|turn(?:ing)?\s{1,3}on|light(?:ing)?(?:\s{1,3}up)?)\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:${DEVICE})\s{1,3}${SIGNAL}` +
      String.raw`|\b(?:record|captur|grab|stream|snap|listen)\w{0,3}\b[^.\n]{0,50}?\b(?:webcam|camera|microphone|mic|screen)\w{0,2}\b[^.\n]{0,60}?\bwithout\s{1,3}(?:the\s{1,3}(?:user|person)['’]?s?|their|them|anyone|the\s{1,3}user)\s{1,3}(?:knowing|noticing|knowledge|consent|permission|being\s{1,3}aware)`,
      "gi"),
    anchors: ["camera", "webcam", "microphone", "mic$", "screen", "recording", "permission prompt", "permission dialog", "permission popup", "permission pop-up"],
    also: ["suppress", "hide", "bypass", "skip", "silence", "auto-accept", "autoaccept", "auto-grant", "dismiss", "don't", "don’t", "do not", "never", "without"],
    before: 120, after: 120,
  },
];
