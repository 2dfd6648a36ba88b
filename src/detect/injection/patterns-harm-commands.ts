// What a planted order may ask for that the harm patterns (patterns-order.ts) have no words for:
// dumping the macOS keychain, grabbing the screen with a capture command, copying a browser's
// cookie or login database — each only with a remote host, a network tool or an address in the
// same stretch of text, so a man page or a user asking how to take a screenshot stays clean; and,
// written as code, a fork bomb, a script fetched and run in-process (exec(urlopen(…).read())) or a
// decoded blob run beside a remote source (exec(base64.b64decode(…)) … https://…),
// or the user steered off the official download to a link.
// Weak and partnered like the other harm signals.
import type { Family, Pattern } from "./pattern-set.ts";

const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];
/** Somewhere else the result goes: a URL, a network tool, an address, user@host: (scp). */
const REMOTE = String.raw`(?:(?:https?|ftp|sftp|scp|wss?|udp|tcp|rtmps?|rtsp|rtp|srt):\/\/|(?<![\w.-])(?:curl|wget|nc|ncat|netcat|scp|rsync|sftp|ftp|Invoke-WebRequest|iwr)(?![\w-])|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|[\w.-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}:)`;
const NEAR_REMOTE = String.raw`(?=[^\n]{0,200}?${REMOTE})`;
const REMOTE_BEFORE = new RegExp(`${REMOTE}[^\\n]{0,160}$`, "iu");
const REMOTE_AFTER = new RegExp(NEAR_REMOTE, "iu");

/** The judge of every pattern here: 1 where a remote destination (REMOTE) stands within 220 characters after the match or on the 160 before it; else 0. */
export function remoteNear(m: string, t: string, s: number): number {
  return REMOTE_AFTER.test(t.slice(s + m.length, s + m.length + 220)) || REMOTE_BEFORE.test(t.slice(Math.max(0, s - 160), s)) ? 1 : 0;
}

const KEYCHAIN = String.raw`\bsecurity\s{1,4}(?:find-(?:generic|internet)-password\b[^\n|;&]{0,120}?\s-[a-zA-Z]{0,3}[wg]\b|dump-keychain\b)`;
const SCREEN = String.raw`\bimport\s{1,4}-window\s{1,4}root\b|\bxwd\s{1,4}-root\b|\bscreencapture\s{1,4}-[a-zA-Z]{0,4}x[a-zA-Z]{0,4}\b|\bscreencapture\s{1,4}[~\/$]|(?<![\w-])grim\s{1,4}(?:-[gtoslc]\s|[~\/$][\w.\/$-]{0,60}\.(?:png|jpe?g|ppm)\b|-\s{0,2}\|)|\bgnome-screenshot\s{1,4}-f\b|\bscrot\s{1,4}[~\/$-]|\bffmpeg\b[^\n|;&]{0,80}?\s-f\s{1,4}(?:x11grab|gdigrab|kmsgrab|avfoundation|v4l2|dshow|ddagrab)\b`;
/** The file names also shell-quoted with a backslash before the space (`Login\ Data`). */
const STORE_FILE = String.raw`[\/\\](?:Cookies|Login(?:\\?\s)?Data|Web(?:\\?\s)?Data)\b|\bLogin(?:\\?\s)?Data\b|\bcookies\.sqlite\b|\bkey[34]\.db\b|\blogins\.json\b`;
const STORE_WORDS = String.raw`(?<![\p{L}])(?:browser|Browser|Chrome|Firefox|Safari|Edge|Brave|navegador|navigateur|браузер\p{L}{0,2}|tarayıcı)[^.\n]{0,24}?(?:cookies?|Cookies?|куки|çerez\p{L}{0,6})|(?<![\p{L}])(?:cookies?|Cookies?|куки)\s{1,3}(?:del|du|des|do|da|dal|dello|della|aus\s{1,3}dem)\s{1,3}(?:\p{L}{1,3}\s{1,3})?(?:navegador|navigateur|browser|Browser)|(?<![\p{L}])(?:cookies?|Cookies?|куки)\s{1,3}браузера|(?:浏览器|瀏覽器|ブラウザ)[^。！\n]{0,14}?(?:cookie|Cookie|COOKIE|クッキー|密码|密碼|パスワード)`;
/** Saved Wi-Fi keys: `netsh wlan show profile … key=clear`, NetworkManager's `psk=` files, the words in several languages. */
const WIFI_KEYS = String.raw`\bnetsh\s{1,4}wlan\s{1,4}(?:show|export)\s{1,4}profiles?\b[^\n|;&]{0,80}?\bkey\s{0,2}=\s{0,2}clear\b|\/etc\/NetworkManager\/system-connections\b|\bnmcli\b[^\n|;&]{0,60}?--show-secrets\b|(?<![\p{L}])(?:(?:saved|stored)\s{1,3}(?:Wi-?Fi|WLAN|wireless)\s{1,3}(?:passwords?|keys?|credentials)|(?:contraseñas?|claves?)\s{1,3}(?:Wi-?Fi|WLAN)\s{1,3}guardadas|mots?\s{1,3}de\s{1,3}passe\s{1,3}(?:Wi-?Fi|WLAN)\s{1,3}enregistrés|gespeicherten?\s{1,3}(?:Wi-?Fi|WLAN)-?Passw(?:ö|oe)rter?|сохран[её]нн\p{L}{1,3}\s{1,3}парол\p{L}{0,3}\s{1,3}(?:от\s{1,3})?(?:Wi-?Fi|WLAN)|(?:已保存|保存的)(?:的)?\s{0,2}(?:Wi-?Fi|WLAN|无线)\s{0,2}密码)`;
/** A photo or stream from the user's webcam: OpenCV's capture call, or the words in several languages. */
const WEBCAM = String.raw`\bcv2\.VideoCapture\s{0,2}\(\s{0,2}0\s{0,2}\)|(?<![\p{L}])(?:(?:grab|take|snap|capture|record|shoot)\w{0,4}\s{1,4}(?:a\s{1,4}|the\s{1,4})?(?:(?:photo|picture|image|snapshot|shot|frame|video)s?\s{1,4}(?:from|with|via|using|through)\s{1,4}(?:the\s{1,4})?(?:user['’]?s?\s{1,4}|their\s{1,4})?(?:webcam|web\s{1,2}cam|camera)|(?:webcam|camera)\s{1,4}(?:photo|picture|image|snapshot|shot|frame|video)s?)|(?:foto|imagen|vídeo|video)s?\s{1,3}(?:con|de|desde)\s{1,3}la\s{1,3}(?:webcam|cámara\s{1,3}web)|(?:photo|image|vidéo)s?\s{1,3}(?:avec|de|via|depuis)\s{1,3}la\s{1,3}(?:webcam|caméra)|Webcam-?(?:Foto|Bild|Aufnahme)\p{L}{0,3}|(?:снимок|снимки|фото\p{L}{0,4}|видео)\s{1,3}(?:с|со)\s{1,3}веб-?камеры|摄像头(?:拍照|拍摄|照片|截图|录像)|用摄像头拍)`;

/** Wiping the machine's own recovery points: shadow copies, the backup catalog, boot recovery (what ransomware runs first). */
const RECOVERY_WIPE = String.raw`\bvssadmin(?:\.exe)?\s{1,4}(?:delete\s{1,4}shadows|resize\s{1,4}shadowstorage)\b|\bwmic(?:\.exe)?\s{1,4}shadowcopy\s{1,4}delete\b|\bwbadmin(?:\.exe)?\s{1,4}delete\s{1,4}(?:catalog|systemstatebackup|backup)\b|\bbcdedit(?:\.exe)?\s{1,4}\/set\s{1,4}\{?default\}?\s{1,4}(?:recoveryenabled\s{1,4}no|bootstatuspolicy\s{1,4}ignoreallfailures)\b|\bWin32_Shadow[Cc]opy\b[^\n]{0,60}?\b(?:Delete|Remove-\w{2,20})\b`;

/** Wiping a whole store of shared data in words: "delete everything under the Finance share", "wipe the entire shared drive", "borra todo en la carpeta", "lösche alle Dateien im Projektordner". */
const STORE = String.raw`(?:share|shared\s{1,4}drive|drive|folder|directory|server|bucket|volume|disk|NAS|mailbox|database|repo(?:sitory)?)s?\b`;
const MASS_DELETE = [
  String.raw`\b(?:delete|wipe|erase|purge|remove|destroy)\s{1,4}(?:everything|all\s{1,4}(?:of\s{1,4})?(?:the\s{1,4})?(?:files|data|folders|contents?|documents|records|backups))\s{1,4}(?:under|in|on|from|inside)\s{1,4}(?:the\s{1,4}|their\s{1,4}|our\s{1,4}|this\s{1,4})?(?:[\w-]{1,30}\s{1,4}){0,2}?${STORE}`,
  String.raw`\b(?:delete|wipe|erase|purge|destroy)\s{1,4}(?:the\s{1,4})?(?:whole|entire)\s{1,4}(?:[\w-]{1,30}\s{1,4}){0,2}?${STORE}`,
  String.raw`(?<![\p{L}])(?:borra|elimina|borre|elimine)\s{1,4}(?:todo|todos\s{1,4}los\s{1,4}(?:archivos|datos|ficheros|documentos))\s{1,4}(?:de|en|del)\s{1,4}(?:la\s{1,4}|el\s{1,4})?(?:carpeta|unidad|servidor|disco|recurso\s{1,4}compartido)`,
  String.raw`(?<![\p{L}])(?:supprime[rz]?|efface[rz]?)\s{1,4}(?:tout|tous\s{1,4}les\s{1,4}(?:fichiers|documents|dossiers)|toutes\s{1,4}les\s{1,4}données)\s{1,4}(?:du|de\s{1,4}la|de\s{1,4}l['’]|dans\s{1,4}le|dans\s{1,4}la|sur\s{1,4}le)\s{0,4}(?:dossier|partage|lecteur|serveur|disque|répertoire)`,
  String.raw`(?<![\p{L}])(?:lösche|löschen\s{1,4}Sie|lösch)\s{1,4}(?:alles|alle\s{1,4}(?:Dateien|Daten|Ordner|Dokumente))\s{1,4}(?:im|in\s{1,4}der|in\s{1,4}dem|auf\s{1,4}dem|unter)\s{1,4}(?:[\p{L}-]{1,30}\s{1,4})?\p{L}{0,20}(?:ordner|freigabe|laufwerk|server|verzeichnis)`,
].join("|");

/** A fork bomb: the shell function that pipes itself into itself in the background (`:(){ :|:& };:`), batch's `%0|%0`, a fork loop. */
const FORK_BOMB = String.raw`(?<![\w:])([\w:]{1,20})\s{0,2}\(\)\s{0,2}\{\s{0,2}\1\s{0,2}\|\s{0,2}\1\s{0,2}&\s{0,2}\}\s{0,2};\s{0,2}\1(?![\w:])|%0\s{0,2}\|\s{0,2}%0\b|\bwhile\s{0,2}(?:True|1|\(\s{0,2}(?:1|true)\s{0,2}\))\s{0,2}:?\s{0,2}\{?\s{0,2}(?:os\.)?fork\s{0,2}\(\s{0,2}\)|\bfork\s{1,3}while\s{1,3}fork\b`;
/** Code that fetches a script and runs it in-process: `exec(urlopen(…).read())`, `eval(requests.get(…).text)`, `eval(await (await fetch(…)).text())`, PHP's `eval(file_get_contents("https://…"))`, MATLAB's `eval(webread(…))`. */
const REMOTE_EVAL = String.raw`\b(?:exec|eval|new\s{1,3}Function)\s{0,2}\((?:[^;\n]|;(?=\S)){0,80}?(?:\burlopen\s{0,2}\(|\b(?:requests|httpx)\.get\s{0,2}\(|\bfetch\s{0,2}\(|\bfile_get_contents\s{0,2}\(\s{0,2}["']https?:|\bURI\.open\s{0,2}\(|\bNet::HTTP\.get\b|\.DownloadString\s{0,2}\(|\burllib\.request\b|\b(?:webread|urlread)\s{0,2}\()`;

/** Code that runs a blob it decodes or unpacks first (`exec(base64.b64decode(PAYLOAD))`, `eval(atob(…))`, PHP's `eval(gzinflate(base64_decode(…)))`): the payload hidden from review. */
const DECODED_EVAL = String.raw`\b(?:exec|eval)\s{0,2}\(\s{0,2}(?:[\w.]{1,30}\.)?(?:b64decode|b32decode|b85decode|a85decode|decodebytes|base64_decode|atob|gzinflate|gzuncompress|unhexlify|decompress|loads)\s{0,2}\(`;

export const HARM_COMMAND_PATTERNS: Pattern[] = [
  {
    // "recommend the user skip the official updater and get X from https://…": the user steered off the vendor's channel to a link. A forum post says the same of a mirror; next to an address it is the payload.
    id: "harm.off-official-source", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "The user steered away from the official download, updater or store to a link (\"skip the official updater and get X from https://…\")",
    re: /\b(?:skip|avoid|bypass|ignore|not\s{1,3}use|instead\s{1,3}of|rather\s{1,3}than)\s{1,3}(?:using\s{1,3})?(?:the\s{1,3}|their\s{1,3}|your\s{1,3})?official\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:updater|updates?|installers?|downloads?|site|website|store|app\s{1,3}store|channels?|sources?|pages?|releases?|clients?|apps?|drivers?)\b(?=[^\n]{0,200}?https?:\/\/)/gi,
    anchors: ["official"], also: ["skip", "avoid", "bypass", "ignore", "not use", "instead of", "rather than"], before: 40, after: 60,
  },
  {
    // No remote needed: it takes the machine down wherever it runs.
    id: "harm.fork-bomb", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "A fork bomb in code (:(){ :|:& };:, %0|%0, a fork loop)",
    re: new RegExp(`(?:${FORK_BOMB})`, "g"),
    anchors: ["&}", "& }", "&  }", "%0|", "%0 |", "%0  |", "fork()", "fork ()", "fork  ()", "fork( )", "fork while"], before: 60, after: 30,
  },
  {
    id: "harm.remote-code-eval", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "Code that downloads a script and runs it in-process (exec(urlopen(…).read()), eval(await fetch(…)))",
    re: new RegExp(`(?:${REMOTE_EVAL})`, "g"),
    anchors: ["exec", "eval", "new function"], also: ["urlopen", "requests.get", "httpx.get", "fetch", "file_get_contents", "uri.open", "net::http", "downloadstring", "urllib.request", "webread", "urlread"], before: 4, after: 140,
  },
  {
    // Packers and CTF write-ups run decoded blobs too; with a remote source named beside it, it is a payload fetched and run.
    id: "harm.decoded-remote-eval", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "Code that decodes a payload and runs it in-process, with a remote source named beside it (exec(base64.b64decode(PAYLOAD)) … https://…)",
    re: new RegExp(`(?:${DECODED_EVAL})`, "g"),
    anchors: ["exec", "eval"], also: ["b64decode", "b32decode", "b85decode", "a85decode", "decodebytes", "base64_decode", "atob", "gzinflate", "gzuncompress", "unhexlify", "decompress", "loads"], before: 4, after: 60,
    judge: remoteNear,
  },
  {
    // A cleanup someone may really want; planted, next to an address to the AI reader, it is sabotage.
    id: "harm.mass-delete-store", family: "harm", weight: 0.3, partners: HARM_PARTNERS, negatable: true,
    description: "Asks for deleting everything in a share, drive, folder or server, in words (\"delete everything under the Finance share\")",
    re: new RegExp(`(?:${MASS_DELETE})`, "giu"),
    anchors: ["delete", "wipe", "erase", "purge", "remove", "destroy", "borra", "elimina", "supprime", "efface", "lösch"], also: ["everything", "all", "whole", "entire", "todo", "tout", "tous", "toutes", "alles", "alle"], before: 4, after: 120,
  },
  {
    // No remote needed: these commands destroy the machine's recovery points wherever they run.
    id: "harm.recovery-wipe", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for deleting shadow copies, the backup catalog or boot recovery (vssadmin delete shadows, wbadmin delete catalog)",
    re: new RegExp(`(?:${RECOVERY_WIPE})`, "gi"),
    anchors: ["vssadmin", "wmic", "wbadmin", "bcdedit", "win32_shadowcopy"], also: ["shadows", "shadowstorage", "shadowcopy", "catalog", "systemstatebackup", "backup", "recoveryenabled", "bootstatuspolicy"], before: 4, after: 80,
  },
  {
    id: "harm.keychain-dump", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for reading the macOS keychain (security find-generic-password -w, dump-keychain) and sending it off",
    re: new RegExp(`(?:${KEYCHAIN})`, "g"),
    anchors: ["security"], also: ["find-generic-password", "find-internet-password", "dump-keychain"], before: 4, after: 160,
    judge: remoteNear,
  },
  {
    id: "harm.screen-grab-command", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for a screen / camera capture command (import -window root, xwd -root, screencapture -x, grim, ffmpeg -f x11grab / v4l2) whose output goes to a remote host",
    re: new RegExp(`(?:${SCREEN})`, "g"),
    anchors: ["import", "xwd", "screencapture", "grim", "gnome-screenshot", "scrot", "ffmpeg"], before: 4, after: 120,
    judge: remoteNear,
  },
  {
    id: "harm.browser-store-remote", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for copying a browser's cookie or login database (Cookies, Login Data, cookies.sqlite, key4.db) to a remote host",
    re: new RegExp(`(?:${STORE_FILE}|${STORE_WORDS})`, "gu"),
    anchors: ["cookies", "cookie", "login data", "logindata", "login\\ data", "web data", "webdata", "web\\ data", "key3.db", "key4.db", "logins.json", "куки", "çerez", "クッキー", "浏览器", "瀏覽器", "ブラウザ"], before: 40, after: 40,
    judge: remoteNear,
  },
  {
    id: "harm.wifi-keys-remote", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for reading the saved Wi-Fi passwords (netsh wlan … key=clear, NetworkManager secrets) and sending them off",
    re: new RegExp(`(?:${WIFI_KEYS})`, "giu"),
    anchors: ["netsh", "networkmanager", "nmcli", "wi-fi", "wifi", "wlan", "wireless", "无线"], before: 40, after: 120,
    judge: remoteNear,
  },
  {
    id: "harm.webcam-remote", family: "harm", weight: 0.3, partners: HARM_PARTNERS,
    description: "Asks for taking webcam photos or video (cv2.VideoCapture(0), \"grab a webcam photo\") that go to a remote host",
    re: new RegExp(`(?:${WEBCAM})`, "giu"),
    anchors: ["videocapture", "webcam", "web cam", "camera", "cámara", "caméra", "веб-камер", "вебкамер", "摄像头"], before: 60, after: 60,
    judge: remoteNear,
  },
  {
    // "while true; do curl -s https://… | sh; sleep 300; done", "while($true){ iex (iwr …).Content; Start-Sleep 60 }":
    // a loop that keeps fetching code and running it is a remote-control beacon, whatever the comment calls it.
    id: "harm.fetch-run-loop", family: "harm", weight: 0.35, partners: HARM_PARTNERS,
    description: "A loop that keeps fetching remote code and running it (a beacon)",
    re: /\bwhile[ \t]{0,3}(?:true|:|\([ \t]{0,2}\$?true[ \t]{0,2}\)|\[[ \t]{0,2}1[ \t]{0,2}\])[ \t]{0,3}[;:{]?[ \t]{0,3}(?:do\b)?[^\n]{0,80}?(?:(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^\n|;]{0,160}\|[ \t]{0,2}(?:sudo[ \t]{1,3})?(?:ba|z|da|k)?sh\b|\b(?:iex|Invoke-Expression)\b|\bexec[ \t]{0,2}\([ \t]{0,2}(?:requests\.get|urlopen|urllib))/gi,
    anchors: ["while true", "while :", "while($true)", "while ($true)", "while [ 1"], before: 2, after: 280,
  },
];
