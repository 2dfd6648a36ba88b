// A server's private TLS keys sent off the host: `curl -F "key=@/etc/ssl/private/site.key" https://…`,
// `cat /etc/letsencrypt/live/x/privkey.pem | nc …`, or a loop over the key directory whose body
// uploads each file (`for k in /etc/ssl/private/*.key; do curl -F "f=@$k" https://…; done`). The
// older secret-path lists name the user's own keys (~/.ssh, .env), not a server's. Using a key
// (`curl --key …`, `openssl rsa -in $k`) or downloading into the directory (`curl -o …`) is no upload.
import type { Pattern } from "./pattern-set.ts";

const KEY_FILES = String.raw`(?:\/etc\/(?:ssl|pki\/tls|pki\/nginx)\/private\/|\/etc\/letsencrypt\/(?:live|archive)\/|[\w.\/*-]{0,60}privkey\d{0,3}\.pem\b)`;
/** An upload slot of curl or a redirect into a raw socket: what follows is sent. */
const UPLOAD_SLOT = String.raw`(?:=@|\s-[a-zA-Z]{0,4}T\s{1,4}|--upload-file\s{1,4}|--(?:post|body)-file[=\s]|--data(?:-binary|-raw|-urlencode)?\s{1,4}["']?@|\s-d\s{1,4}["']?@)`;
const NET_TOOL = String.raw`(?:curl|wget|nc|ncat|netcat|socat|Invoke-WebRequest|Invoke-RestMethod)`;

export const EXFIL_KEY_FILE_PATTERNS: Pattern[] = [
  {
    id: "exfil.server-key-upload", family: "exfil", weight: 0.65,
    description: "Uploads a server's private TLS keys to a remote host (curl -F key=@/etc/ssl/private/*.key, a loop over the key directory)",
    re: new RegExp(
      String.raw`\bfor\s{1,4}(\w{1,20})\s{1,4}in\s{1,4}[^\n;]{0,100}?${KEY_FILES}[^\n;]{0,60};?\s{0,4}do\b[\s\S]{0,200}?\b${NET_TOOL}\b[^\n]{0,160}?(?:${UPLOAD_SLOT}|<\s{0,3})["']?\$\{?\1\b` +
        String.raw`|\b(?:curl|wget)\b[^\n|;]{0,160}?${UPLOAD_SLOT}["']?${KEY_FILES}` +
        String.raw`|\b(?:cat|tar|zip|base64)\b[^\n|]{0,80}?${KEY_FILES}[^\n|]{0,60}\|\s{0,3}${NET_TOOL}\b` +
        String.raw`|\b(?:nc|ncat|netcat|socat)\b[^\n<]{0,80}<\s{0,3}["']?${KEY_FILES}`,
      "gi",
    ),
    anchors: ["ssl/private", "pki/tls/private", "pki/nginx/private", "letsencrypt/live", "letsencrypt/archive", "privkey"], before: 300, after: 300,
  },
];
