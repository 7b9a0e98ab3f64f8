/**
 * Where the last generated version of a document is kept, for "Update, keeping my edits": below
 * `.mentorship/generated/`, at the document's own path in the workspace folder, so it never sits in
 * the user's output folder and two documents never share a copy.
 */
export const GENERATED_FOLDER = '.mentorship/generated';

/** `mentorship/prep-dana.md` → `.mentorship/generated/mentorship/prep-dana.md` (`/`-separated, relative to the workspace folder). */
export function generatedCopyPath(documentPath: string): string {
  return `${GENERATED_FOLDER}/${documentPath.replace(/^\/+/, '')}`;
}
