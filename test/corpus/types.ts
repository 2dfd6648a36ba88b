// Labelled detection corpus. Cases come from *.jsonl files (one JSON object a line) and from
// *.ts modules exporting `cases` (used where a positive must be built at run time, so the repo
// never holds a string that looks like a live credential).

export type CorpusKind = "secrets" | "injection" | "url" | "tool";

export interface CorpusCase {
  id: string;
  kind: CorpusKind;
  /** Reporting bucket, e.g. "cloud-keys", "encoded", "placeholders", "html-hidden". */
  category: string;
  label: "positive" | "benign";
  /** The payload; for kind "url" the URL; for kind "tool" a JSON document (tool, list, JSON-RPC). */
  text: string;
  /** Optional: rule id (or detector name) a positive should be found by; informational. */
  expect?: string;
  note?: string;
}
