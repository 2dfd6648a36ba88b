// What a planted order may ask for that the harm patterns (patterns-order.ts) have no words for:
// dumping the macOS keychain, grabbing the screen with a capture command, copying a browser's
// cookie or login database — each only with a remote host, a network tool or an address in the
// same stretch of text, so a man page or a user asking how to take a screenshot stays clean.
// Weak and partnered like the other harm signals.
import type { Family, Pattern } from "./pattern-set.ts";

const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];
/** Somewhere else the result goes: a URL, a network tool, an address, user@host: (scp). */
const REMOTE = String.raw`(?:(?:https?|ftp|sftp|scp|wss?|udp|tcp|rtmps?|rtsp|rtp|srt):\/\/|(?<![\w.-])(?:curl|wget|nc|ncat|netcat|scp|rsync|sftp|ftp|Invoke-WebRequest|iwr)(?![\w-])|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|[\w.-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}:)`;
const NEAR_REMOTE = String.raw`(?=[^\n]{0,200}?${REMOTE})`;
const REMOTE_BEFORE = new RegExp(`${REMOTE}[^\\n]{0,160}$`, "iu");

const KEYCHAIN = String.raw`\bsecurity\s{1,4}(?:find-(?:generic|internet)-password\b[^\n|;&]{0,120}?\s-[a-zA-Z]{0,3}[wg]\b|dump-keychain\b)`;
const SCREEN = String.raw`\bimport\s{1,4}-window\s{1,4}root\b|\bxwd\s{1,4}-root\b|\bscreencapture\s{1,4}-[a-zA-Z]{0,4}x[a-zA-Z]{0,4}\b|\bscreencapture\s{1,4}[~\/$]|(?<![\w-])grim\s{1,4}(?:-[gtoslc]\s|[~\/$][\w.\/$-]{0,60}\.(?:png|jpe?g|ppm)\b|-\s{0,2}\|)|\bgnome-screenshot\s{1,4}-f\b|\bscrot\s{1,4}[~\/$-]|\bffmpeg\b[^\n|;&]{0,80}?\s-f\s{1,4}(?:x11grab|gdigrab|kmsgrab|avfoundation|v4l2|dshow|ddagrab)\b`;
const STORE_FILE = String.raw`[\/\\](?:Cookies|Login\s?Data|Web\s?Data)\b|\bLogin\s?Data\b|\bcookies\.sqlite\b|\bkey[34]\.db\b|\blogins\.json\b`;
const STORE_WORDS = String.raw`(?<![\p{L}])(?:browser|Browser|Chrome|Firefox|Safari|Edge|Brave|navegador|navigateur|браузер\p{L}{0,2}|tarayıcı)[^.\n]{0,24}?(?:cookies?|Cookies?|куки|çerez\p{L}{0,6})|(?<![\p{L}])(?:cookies?|Cookies?|куки)\s{1,3}(?:del|du|des|do|da|dal|dello|della|aus\s{1,3}dem)\s{1,3}(?:\p{L}{1,3}\s{1,3})?(?:navegador|navigateur|browser|Browser)|(?<![\p{L}])(?:cookies?|Cookies?|куки)\s{1,3}браузера|(?:浏览器|瀏覽器|ブラウザ)(?:的|の)?\s{0,2}(?:cookie|Cookie|COOKIE|クッキー)`;

export const HARM_COMMAND_PATTERNS: Pattern[] = [
  {
    id: "harm.keychain-dump", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for reading the macOS keychain (security find-generic-password -w, dump-keychain) and sending it off",
    re: new RegExp(`(?:${KEYCHAIN})`, "g"),
    anchors: ["security"], also: ["find-generic-password", "find-internet-password", "dump-keychain"], before: 4, after: 160,
    judge: (m, t, s) => (new RegExp(NEAR_REMOTE, "iu").test(t.slice(s + m.length, s + m.length + 220)) || REMOTE_BEFORE.test(t.slice(Math.max(0, s - 160), s)) ? 1 : 0),
  },
  {
    id: "harm.screen-grab-command", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for a screen / camera capture command (import -window root, xwd -root, screencapture -x, grim, ffmpeg -f x11grab / v4l2) whose output goes to a remote host",
    re: new RegExp(`(?:${SCREEN})`, "g"),
    anchors: ["import", "xwd", "screencapture", "grim", "gnome-screenshot", "scrot", "ffmpeg"], before: 4, after: 120,
    judge: (m, t, s) => (new RegExp(NEAR_REMOTE, "iu").test(t.slice(s + m.length, s + m.length + 220)) || REMOTE_BEFORE.test(t.slice(Math.max(0, s - 160), s)) ? 1 : 0),
  },
  {
    id: "harm.browser-store-remote", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for copying a browser's cookie or login database (Cookies, Login Data, cookies.sqlite, key4.db) to a remote host",
    re: new RegExp(`(?:${STORE_FILE}|${STORE_WORDS})`, "gu"),
    anchors: ["cookies", "cookie", "login data", "logindata", "web data", "webdata", "key3.db", "key4.db", "logins.json", "куки", "çerez", "クッキー"], before: 40, after: 40,
    judge: (m, t, s) => (new RegExp(NEAR_REMOTE, "iu").test(t.slice(s + m.length, s + m.length + 220)) || REMOTE_BEFORE.test(t.slice(Math.max(0, s - 160), s)) ? 1 : 0),
  },
];
