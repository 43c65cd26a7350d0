/** The media types of the document formats the widgets know, by format name (`PDF`). */
export const MEDIA_TYPES: Record<string, string> = {
  PDF: 'application/pdf',
  DOC: 'application/msword',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ODT: 'application/vnd.oasis.opendocument.text',
  EPUB: 'application/epub+zip',
};
