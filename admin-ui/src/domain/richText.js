import DOMPurify from 'dompurify'

/**
 * Rich text as the console may render it with v-html. The server cleans a body when it is saved (a jsoup
 * allow-list: relaxed tags plus figure, figcaption, hr, span and style attributes), but a preview also shows
 * text not saved yet, and the console must not trust that one check alone: scripts, event handlers,
 * javascript: links and embedded frames are removed here again, in the browser.
 */
export function sanitizeRichText(html) {
  return DOMPurify.sanitize(html || '', {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  })
}
