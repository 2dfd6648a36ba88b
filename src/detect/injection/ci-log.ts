// A CI job's log records the commands a pipeline ran: GitHub Actions prints each step as "Run <command>"
// (or "##[group]Run …", "Post Run …", "Post job cleanup"), GitLab as "$ <command>" under
// "Executing "step_script" stage". Such a line reports what a machine did; it orders no reader.
// A log is told by the runner's own markers, not by its commands: two step lines alone ("Run curl … |
// sh\nRun rm -rf ~") are just as well a planted list of orders.

const STEP_LINE = /^[ \t]{0,4}(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z[ \t]{1,2})?(?:##\[group\])?(?:(?:Post[ \t])?Run[ \t]|Post job cleanup\.?:?[ \t]*|\$[ \t])/;
/** What only a runner prints: group markers, timestamps, job set-up and tear-down, exit codes, the step's shell. */
const RUNNER_MARKER = /^[ \t]{0,4}(?:##\[(?:group|endgroup|error|warning|debug)\]|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z[ \t]|Post job cleanup|Set up job|Complete job|Cleaning up orphan processes|Process completed with exit code \d|Error: Process completed|[ \t]*shell: \/(?:usr\/)?bin\/\w{1,8}\b|Running with gitlab-runner|Executing "step_script" stage|Job (?:succeeded|failed)\b|Cleaning up project directory|Getting source from Git repository)/m;
const MAX_SCAN = 200_000;

/** The line holding `pos` is a step line as a CI runner logs it. */
export function ciStepLine(text: string, pos: number): boolean {
  const ls = text.lastIndexOf("\n", pos - 1) + 1;
  const le = text.indexOf("\n", pos);
  return STEP_LINE.test(text.slice(ls, le < 0 ? Math.min(text.length, ls + 2000) : Math.min(le, ls + 2000)));
}

/** The text is a CI job's log: a runner's own marker and at least two step lines. */
export function isCiLog(text: string): boolean {
  const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  if (!RUNNER_MARKER.test(head)) return false;
  let steps = 0;
  for (const line of head.split("\n", 4000)) if (STEP_LINE.test(line) && ++steps >= 2) return true;
  return false;
}
