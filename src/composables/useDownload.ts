/**
 * Saving a file the app made (a workbook, a CSV, an image, the case) in the browser: a temporary
 * object URL and a download link, released afterwards. Nothing leaves the computer. The document is
 * injectable for tests.
 */

/** Saves `data` as a file called `fileName`. */
export function saveFile(fileName: string, data: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(data)
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  doc.body.append(link)
  link.click()
  link.remove()
  // Some browsers start the download after the click returns: release the URL a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Saves text (CSV with a byte-order mark so spreadsheets read å, ä, ö; JSON as it is). */
export function saveText(fileName: string, text: string, type: string, doc: Document = document): void {
  saveFile(fileName, new Blob([text], { type: `${type};charset=utf-8` }), doc)
}

/** A file name from a text: letters, digits and hyphens, e.g. `Eskilstuna kommun – 2023` → `eskilstuna-kommun-2023`. */
export function fileSlug(text: string, fallback = 'vagval'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return slug || fallback
}

export function useDownload(options: { document?: Document } = {}) {
  const doc = options.document ?? document
  return {
    saveFile: (fileName: string, data: Blob) => saveFile(fileName, data, doc),
    saveText: (fileName: string, text: string, type: string) => saveText(fileName, text, type, doc),
  }
}
