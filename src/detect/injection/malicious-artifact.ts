// Security advisories say what a malicious package or extension does: "Its setup.py reads
// ~/.aws/credentials at install time and posts them to a remote server", "the extension's background
// script collects cookies and uploads them to …". The file or package is the subject, its verb in the
// third person, and the text has called it malicious (a compromised, typosquatted or look-alike
// release). A planted order opens on the verb ("read ~/.aws/credentials and post them …").

const ARTIFACT_SUBJECT = /(?:^|[\s(])(?:its|their|the|this|that|each|every|[\w.@\/-]{1,40}['’]s)\s{1,3}(?:[\w.-]{1,30}\s{1,3}){0,2}?(?:setup\.py|setup\.cfg|__init__\.py|package\.json|(?:pre|post)?install(?:\s{1,3}(?:script|hook|step))?|install(?:ation)?\s{1,3}(?:script|hook)|packages?|extensions?|plugins?|add-?ons?|modules?|librar(?:y|ies)|binar(?:y|ies)|scripts?|hooks?|payloads?|code|actions?|workflows?|apps?|installers?|updates?|releases?|versions?|builds?|dependenc(?:y|ies)|crates?|gems?|wheels?)\s{1,3}(?:(?:also|then|quietly|silently|secretly|immediately|first|later)\s{1,3})?$/i;
const MALICIOUS = /\b(?:malicious|malware|compromised|typo-?squat\w*|look-?alike|back-?door\w*|trojani[sz]ed|rogue|counterfeit|impersonat\w+|hijacked|poisoned|tampered|credential[\s-]steal\w*)\b/i;
const THIRD_PERSON_VERB = /^\p{Ll}{2,}s(?![\p{L}])/u;

/** The verb at `start` is a malicious artifact's, named as the subject of `clause` (the text before it in its clause). */
export function maliciousArtifact(text: string, clause: string, start: number): boolean {
  if (!ARTIFACT_SUBJECT.test(clause) || !THIRD_PERSON_VERB.test(text.slice(start, start + 24))) return false;
  return MALICIOUS.test(text.slice(Math.max(0, start - clause.length - 600), start));
}
