/** Save text as a file from the page: a Blob and a blob: URL (allowed by the CSP), nothing uploaded. */
export function downloadText(
  text: string,
  fileName: string,
  mimeType: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
