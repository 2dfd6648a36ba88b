// Deleting one application's own state ("rm -rf ~/.example", "rm -rf ~/.cache/tool
// /usr/local/bin/tool", "Remove-Item -Recurse $env:LOCALAPPDATA\Tool") is how install guides
// uninstall or reset a tool, in whatever language their prose is written: told apart from deleting
// a home directory, a disk or a user's keys by the paths alone.

/** Names whose deletion destroys the user's keys, credentials, history, browser data or shell setup, never one tool's cache. */
const SENSITIVE = /^(?:ssh|gnupg|gpg|aws|azure|kube|docker|gcloud|gh|hub|git|git-credentials|gitconfig|netrc|npmrc|pypirc|password-store|pass|keyrings?|keychains?|mozilla|firefox|thunderbird|google-chrome|chromium|chrome|BraveSoftware|microsoft-edge|opera|bitcoin|ethereum|electrum|solana|wallets?|exodus|metamask|1password|op|bash_history|zsh_history|history|bashrc|zshrc|profile|bash_profile|zprofile|vault-token|terraform\.d|pki|secrets?|credentials?|passwd|shadow|gshadow|group|sudoers(?:\.d)?|pam\.d|systemd|ssl|security|hosts|fstab|resolv\.conf|network|apt|yum\.repos\.d|init\.d|profile\.d|ld\.so\.\w{1,12}|modprobe\.d|sysctl\.d|selinux|environment|cron\w{0,6}|Documents|Desktop|Downloads|Pictures|Photos|Music|Videos|Library|home|Users|bin|sbin|lib|lib64|libexec|include|src|man|share|state|etc|var|usr|opt|boot|root)$/i;
/** A path naming one application's directory: ~/.tool, ~/.config/tool, ~/.local/share/tool, /opt/tool, /usr/local/bin/tool, /usr/local/tool, /etc/tool (its config), %APPDATA%\Tool. */
const APP_PATH = /^(?:(?:~|\$HOME|\$\{HOME\}|\$env:USERPROFILE|%USERPROFILE%)[\\/]\.(?!(?:config|cache|local)(?:[\\/]|$))([\w.-]{1,40})|(?:~|\$HOME|\$\{HOME\})\/\.(?:config|cache)\/([\w.-]{1,40})|(?:~|\$HOME|\$\{HOME\})\/\.local\/(?:share|state|lib|bin)\/([\w.-]{1,40})|\/opt\/([\w.-]{1,40})|\/usr\/local\/(?:bin|lib|share|libexec|etc)\/([\w.-]{1,40})|\/usr\/local\/([\w.-]{1,40})|\/var\/(?:lib|cache|log)\/([\w.-]{1,40})|\/etc\/([\w.-]{1,40})|\/tmp\/([\w.-]{1,40})|(?:\$env:(?:LOCALAPPDATA|APPDATA|ProgramData|TEMP)|%(?:LOCALAPPDATA|APPDATA|ProgramData|TEMP)%)\\([\w.-]{1,40}))(?:[\\/][\w.-]{1,40}){0,4}[\\/]?$/i;

/** A line or entry of a file named in the prose after the command (what an uninstall guide tells to remove from a shell profile). */
const LINE_NOUN = /^(?:lines?|entry|entries|l[ií]neas?|ligne|lignes|Zeilen?|Eintr(?:ag|äge)|строк\p{L}{0,3}|riga|righe|linhas?|regel|regels)$/iu;

/** Closing mark of each quotation mark a command may be quoted in, in the languages' typography. */
const CLOSER: Record<string, string> = { '"': '"', "'": "'", "\u00ab": "\u00bb", "\u201c": "\u201d", "\u201e": "\u201c", "\u2018": "\u2019", "\u300c": "\u300d", "\u300e": "\u300f", "\u00bb": "\u00ab" };

/**
 * The command's own words from `start` to its end: the line, an inline-code span, the next command
 * separator, the end of the sentence it is written in ("… /usr/local/bin/tool. Then …", "…/tool 。"), or the
 * closing mark of the quotation it is written in ("« rm -rf ~/.tool » and remove the line …").
 */
function commandAt(text: string, start: number): string {
  // Full-width punctuation (。，；) and CJK prose end it too: "运行 rm -rf ~/.tool 。注意：…".
  const words = /^(?:[^\n;&|\x60).\u3000-\u303f\uff01-\uff1f\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|\.(?![\s"'\u00bb\u201d]|$)){0,300}/u.exec(text.slice(start))![0];
  const opener = /(\S)\s{0,2}$/.exec(text.slice(Math.max(0, start - 3), start))?.[1];
  const closer = opener === undefined ? undefined : CLOSER[opener];
  if (closer === undefined) return words;
  const end = words.indexOf(closer);
  return end < 0 ? words : words.slice(0, end);
}

/**
 * The recursive delete at `start` removes only application directories (each target one tool's
 * dot-directory, cache, data or install folder, none of them sensitive), so it uninstalls or resets
 * a tool rather than wiping a home, a disk or the user's keys.
 */
export function deletesAppStateOnly(text: string, start: number): boolean {
  const words = commandAt(text, start).trim().split(/\s+/);
  // A bare word of letters is the prose going on ("… /opt/tool and ~/.config/tool", "… и ~/.config/tool"), not a path.
  // "… and remove the line added to ~/.bashrc", "y elimina la línea … de ~/.zshrc": a file named after a line is edited, not deleted.
  const lineAt = words.findIndex((w, i) => i > 0 && LINE_NOUN.test(w));
  const targets = (lineAt < 0 ? words : words.slice(0, lineAt)).slice(1).map((w) => w.replace(/^["']|["'],?$/g, "")).filter((w) => w !== "" && !/^\p{L}{1,12}$/u.test(w) && !/^(?:-{1,2}[\w-]{1,20}|\/[sq])$/i.test(w) && !/^(?:-Path|-LiteralPath)$/i.test(w));
  if (targets.length === 0 || words.some((w) => /^--no-preserve-root$/i.test(w))) return false;
  return targets.every((p) => {
    const m = APP_PATH.exec(p);
    if (!m || /[*?]/.test(p)) return false;
    const name = m.slice(1).find((g) => g !== undefined)!.trim();
    return !SENSITIVE.test(name.replace(/^\./, ""));
  });
}

/**
 * The order ending at `end` ("выполните:", "ejecuta:") is followed straight away by its command,
 * and that command deletes only application directories: an uninstall step in a guide.
 */
export function ordersAppStateDelete(text: string, end: number): boolean {
  const lead = /^[\s:：]{0,8}(?:\x60{1,3}[\w-]{0,12}\s{0,4})?(?:[$#>]\s{1,2})?(?:sudo\s{1,4})?(?=(?:rm|Remove-Item|rmdir)\s)/.exec(text.slice(end, end + 80));
  return lead !== null && deletesAppStateOnly(text, end + lead[0].length);
}
