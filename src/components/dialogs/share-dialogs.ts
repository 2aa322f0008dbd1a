/** Cite and Embed as one lazily loaded chunk (see lazy-dialogs.tsx). */
export { CiteDialog } from './cite-dialog';
export { EmbedDialog } from './embed-dialog';
