// An Ansible playbook or task file: "- name: Add ops sudoers drop-in" names an admin's step and
// "content: \"%ops ALL=(ALL) NOPASSWD: ALL\"" is a file it writes. Its YAML values are the play's own
// configuration, not orders to whoever reads it; a value that names an AI reader is not cleared.

const PLAY_KEYS = /^[^\S\n]{0,8}(?:-[^\S\n]{1,3})?(?:hosts|tasks|become|handlers|roles|gather_facts|pre_tasks|post_tasks)[^\S\n]{0,2}:/gm;
const TASK_NAME = /^[^\S\n]{0,8}-[^\S\n]{1,3}(?:name|hosts|import_tasks|include_tasks|import_playbook)[^\S\n]{0,2}:/m;
const NAMES_AI_READER = /\b(?:AI|LLMs?|assistants?|copilots?|GPT|Claude|chat\s?bots?)\b/i;

/** The whole text is an Ansible play or task list (two play keys at least, a "- name:" item) that names no AI reader. */
export function ansiblePlaybook(text: string): boolean {
  if (!TASK_NAME.test(text) || NAMES_AI_READER.test(text)) return false;
  const keys = new Set<string>();
  PLAY_KEYS.lastIndex = 0;
  for (let m = PLAY_KEYS.exec(text); m !== null && keys.size < 2; m = PLAY_KEYS.exec(text)) keys.add(m[0].replace(/[\s:-]/g, ""));
  return keys.size >= 2;
}
