// A privileged account created on a machine: "useradd -m x && usermod -aG sudo x", "net user x /add"
// then "net localgroup administrators x /add", New-LocalUser then Add-LocalGroupMember Administrators,
// a NOPASSWD line appended to sudoers, an account with root's user id 0, or the same asked in words ("create a local admin for me").
// Admin guides show these commands every day: weak and partnered, it counts next to an address to
// the agent, an order or a wish to keep it from the security team.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "concealment", "order", "override", "exfil", "role"];

const LINUX = String.raw`\b(?:useradd|adduser)\b[^\n]{0,120}?(?:\s-G\s{1,3}\S{0,30}\b(?:sudo|wheel|admin|root)\b|\b(?:usermod|gpasswd)\s{1,3}(?:-a\s{0,2})?-a?G\s{1,3}(?:sudo|wheel|admin|root)\b|\badduser\s{1,3}\S{1,40}\s{1,3}(?:sudo|wheel|admin)\b)`;
/** An account given user id 0, root's ("useradd -o -u 0 spare", "usermod -u 0 -o svc"). */
const UID_ZERO = String.raw`\b(?:useradd|adduser|usermod)\b[^\n]{0,60}?\s(?:-u|--uid)(?:\s{1,3}|=)?0(?![\w.])`;
const SUDOERS = String.raw`\bNOPASSWD\s{0,2}:\s{0,2}ALL\b[^\n]{0,60}?>>?\s{0,3}(?:\/etc\/sudoers|\S{0,40}sudoers\.d)`;
const WINDOWS = String.raw`\bnet\s{1,3}user\s{1,3}\S{1,40}\s{1,3}\S{0,60}\s{0,3}\/add\b[^\n]{0,160}?\bnet\s{1,3}localgroup\s{1,3}"?administrators?"?\s{1,3}\S{1,40}\s{1,3}\/add\b|\bNew-LocalUser\b[^\n]{0,200}?\bAdd-LocalGroupMember\b[^\n]{0,40}?Administrators?\b`;
/** A cloud identity made in infrastructure code and given the account-wide admin role ("aws_iam_user … AdministratorAccess", a service account with roles/owner). */
const CLOUD = String.raw`\b(?:aws_iam_user|IAM\s{1,3}user|google_service_account|service\s{1,3}account|azuread_user)\b[^]{0,200}?(?:\bAdministratorAccess\b|\broles\/owner\b|\bGlobal\s{1,3}Administrator\b)`;
/** Kubernetes admin given to anyone at all: cluster-admin bound to the anonymous or unauthenticated user, or every authenticated one. */
const KUBE_ANYONE = String.raw`\bcluster-admin\b[^]{0,220}?\bsystem:(?:anonymous|unauthenticated|authenticated)\b|\bsystem:(?:anonymous|unauthenticated)\b[^]{0,220}?\bcluster-admin\b`;
const IN_WORDS = String.raw`\b(?:create|add|make|set\s{1,3}up|open)\s{1,3}(?:me\s{1,3})?(?:an?|another|a\s{1,3}new|a\s{1,3}second)\s{1,3}(?:(?:new|hidden|local|spare|backup|extra|temporary|temp)\s{1,3}){0,2}(?:admin(?:istrator)?|root|superuser|sudo|domain\s{1,3}admin)(?:\s{1,3}(?:account|user|login))?\s{1,3}(?:for\s{1,3}(?:me|us|him|her|them)|on\s{1,3}(?:the|this|our|your|every|each)\b)`;

export const HARM_ADMIN_ACCOUNT_PATTERNS: Pattern[] = [
  {
    id: "harm.privileged-account", family: "harm", weight: 0.3, partners: PARTNERS, codeDamp: 1,
    description: "Creates a local account with administrator rights (useradd + sudo group, net user /add + administrators, a NOPASSWD sudoers line)",
    re: new RegExp(`${LINUX}|${UID_ZERO}|${SUDOERS}|${WINDOWS}|${CLOUD}|${KUBE_ANYONE}|${IN_WORDS}`, "gi"),
    anchors: ["useradd", "adduser", "usermod", "nopasswd", "net user", "new-localuser", "admin", "root", "superuser", "sudo", "aws_iam_user", "iam user", "google_service_account", "service account", "azuread_user", "cluster-admin", "system:anonymous", "system:unauthenticated"],
    also: ["-u 0", "-u0", "--uid", "usermod", "gpasswd", "sudo", "wheel", "sudoers", "localgroup", "add-localgroupmember", "create", "add ", "make", "set up", "open", "administratoraccess", "roles/owner", "global administrator", "system:anonymous", "system:unauthenticated", "system:authenticated", "cluster-admin"],
    before: 40, after: 260,
  },
];
