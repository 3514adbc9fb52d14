export { toEurLexHtml, toWebPageHtml } from '../../src/scripts/real-texts/web-pages.js';
