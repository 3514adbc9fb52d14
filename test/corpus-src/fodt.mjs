// Turns a corpus source (a light line markup, see README.md beside this file) into a flat ODT
// document that LibreOffice converts to DOCX or PDF. Plain JavaScript so that
// test/corpus-src/make-corpus.sh runs without a TypeScript build.
// Usage: node test/corpus-src/fodt.mjs SOURCE.txt > OUT.fodt
import { readFileSync } from 'node:fs';

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// "{fn: text}" becomes a real footnote, so Word and PDF show it at the foot of the page.
let noteCount = 0;
function inline(text) {
  return escapeXml(text).replace(/\{fn: ([^}]*)\}/g, (_, note) => {
    noteCount += 1;
    return `<text:note text:id="ftn${noteCount}" text:note-class="footnote">` +
      `<text:note-citation>${noteCount}</text:note-citation>` +
      `<text:note-body><text:p text:style-name="Footnote">${note}</text:p></text:note-body></text:note>`;
  });
}

function block(line) {
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  if (heading) {
    const level = heading[1].length;
    return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${inline(heading[2])}</text:h>`;
  }
  if (line.startsWith('= ')) return `<text:p text:style-name="Title">${inline(line.slice(2))}</text:p>`;
  if (line.startsWith('~ ')) return `<text:p text:style-name="Centered">${inline(line.slice(2))}</text:p>`;
  if (line === '---page---') return '<text:p text:style-name="PageBreak"/>';
  // "toc: Chapter 1 Initial Provisions | 2" — a contents line with a dotted leader to the page number.
  const toc = /^toc: (.*) \| (\S+)$/.exec(line);
  if (toc) return `<text:p text:style-name="Contents">${inline(toc[1])}<text:tab/>${inline(toc[2])}</text:p>`;
  return `<text:p text:style-name="Text_20_body">${inline(line)}</text:p>`;
}

const source = readFileSync(process.argv[2], 'utf8').split('\n');
const settings = {};
const body = [];
for (const raw of source) {
  const line = raw.trimEnd();
  const setting = /^%(\w+): (.*)$/.exec(line);
  if (setting) settings[setting[1]] = setting[2];
  else if (line !== '') body.push(block(line));
}

const [lang, country] = (settings.lang ?? 'en-GB').split('-');
const template = readFileSync(new URL('./template.fodt', import.meta.url), 'utf8');
process.stdout.write(
  template
    .replaceAll('{{title}}', escapeXml(settings.title ?? ''))
    .replaceAll('{{header}}', escapeXml(settings.header ?? settings.title ?? ''))
    .replaceAll('{{footer}}', escapeXml(settings.footer ?? 'Page'))
    .replaceAll('{{of}}', escapeXml(settings.of ?? 'of'))
    .replaceAll('{{lang}}', lang)
    .replaceAll('{{country}}', country ?? '')
    .replace('{{body}}', body.join('\n')),
);
