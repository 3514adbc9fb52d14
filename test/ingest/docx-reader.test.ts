import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { UserError } from '../../src/errors.js';
import { readZipParts } from '../../src/ingest/zip-guard.js';
import { inputLimits } from '../../src/input-limits.js';
import { convertAll, hasSoffice, writeText } from '../support/render-formats.js';

/**
 * The Word reader on a .docx written part by part (with Python's zipfile, as Word lays one out): the
 * features an agreement drafted in Word uses (heading styles, numbered and bulleted lists at two
 * levels, numbering through a paragraph style, tables, line breaks and tabs, footnotes and endnotes,
 * tracked insertions, deletions and moves, comments, fields, numbering by a style's own numbering or the style it is based on, text boxes, content controls, character references).
 * A second archive breaks the nesting of document.xml.
 */
const BUILD = String.raw`
import zipfile, sys
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"'
def p(text, style=None, num=None, extra=''):
    ppr = ''
    if style or num:
        ppr = '<w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else '') + (f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else '') + '</w:pPr>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra}</w:p>'
body = ''.join([
  p('AGREEMENT BETWEEN ALDORIA AND BELUNA', 'Title'),
  p('Chapter 1 General Provisions', 'Titre1'),
  p('Article 1 Scope', 'Heading2'),
  p('The Parties agree as follows:'),
  p('first ordered item', num=('1','0')),
  p('second ordered item', num=('1','0')),
  p('nested bullet', num=('1','1')),
  p('nested bullet two', num=('1','1')),
  p('third ordered item', num=('1','0')),
  p('a bullet item', num=('2','0')),
  p('numbered by its style', 'ListPara'),
  p('numId zero is no list', num=('0','0')),
  p('unknown numId', num=('9','0')),
  '<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>' + p('cell one') + p('cell one b') + '</w:tc><w:tc>' + p('cell two item', num=('1','0')) + '</w:tc></w:tr><w:tr><w:tc>' + p('row two &amp; more') + '</w:tc></w:tr></w:tbl>',
  '<w:p><w:r><w:t>Line one</w:t></w:r><w:r><w:br/><w:t>line two</w:t><w:tab/><w:t>after tab</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p>',
  '<w:p><w:r><w:t>Culture</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r><w:r><w:t xml:space="preserve"> and trade</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>',
  '<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del w:id="5" w:author="x"><w:r><w:delText>deleted words </w:delText></w:r></w:del><w:ins w:id="6" w:author="x"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>',
  '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> field result</w:t></w:r></w:p>',
  '<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="x"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">merged start </w:t></w:r></w:p>' + p('merged end'),
  '<w:p><w:r><w:t>Before box</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:t>choice text</w:t></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + p('text box para') + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
  '<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>' + p('inside content control') + '</w:sdtContent></w:sdt>',
  '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>a link</w:t></w:r></w:hyperlink><w:r><w:noBreakHyphen/><w:t>x&#233;&lt;y</w:t></w:r></w:p>',
  p('   '),
  p('Deep level six', num=('1','5')),
  p('last paragraph with\u00a0nbsp  and   spaces'),
  p('Trade in Services', 'ChapterHead'),
  p('Scope', 'ArticleHead'),
  p('Body of the first article.'),
  p('Definitions', 'ArticleHead'),
  '<w:p><w:r><w:t xml:space="preserve">Stays </w:t></w:r><w:moveFrom w:id="8" w:author="x"><w:r><w:t xml:space="preserve">moved away </w:t></w:r></w:moveFrom><w:r><w:t>here</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> and there</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
  '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:fldSimple w:instr=" REF _Ref1 \\r \\h "><w:r><w:t>Article 1.1</w:t></w:r></w:fldSimple><w:moveTo w:id="9" w:author="x"><w:r><w:t xml:space="preserve"> moved away</w:t></w:r></w:moveTo></w:p>',
  '<w:p><w:pPr><w:rPr><w:moveFrom w:id="10" w:author="x"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">mark moved </w:t></w:r></w:p>' + p('joined'),
])
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'
styles = f'<?xml version="1.0"?><w:styles {W}><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="ListPara"><w:name w:val="List Para"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="ChapterHead"><w:name w:val="Chapter Head"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="NumberedHead"><w:name w:val="Numbered Head"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ArticleHead"><w:name w:val="Article Head"/><w:basedOn w:val="NumberedHead"/></w:style></w:styles>'
numbering = f'<?xml version="1.0"?><w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="5"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:pStyle w:val="ListPara"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:pStyle w:val="Titre1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Chapter %1"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1.%2"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="4"/></w:num></w:numbering>'
foot = f'<?xml version="1.0"?><w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A footnote on culture.</w:t></w:r></w:p><w:p><w:r><w:t>Its second paragraph.</w:t></w:r></w:p></w:footnote></w:footnotes>'
end = f'<?xml version="1.0"?><w:endnotes {W}><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote></w:endnotes>'
rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
drels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>'
ct = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
if sys.argv[2] == 'unclosed':
    doc = doc.replace('<w:sectPr/>', '<w:p><w:r><w:t>never closed</w:t></w:r><w:sectPr/>')
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels); z.writestr('word/_rels/document.xml.rels', drels)
    z.writestr('word/document.xml', doc); z.writestr('word/styles.xml', styles); z.writestr('word/numbering.xml', numbering); z.writestr('word/footnotes.xml', foot); z.writestr('word/endnotes.xml', end)
`;

const HAS_PYTHON = spawnSync('python3', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'culturescan-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  if (!HAS_PYTHON) return;
  execFileSync('python3', ['-c', BUILD, join(dir, 'features.docx'), 'good']);
  execFileSync('python3', ['-c', BUILD, join(dir, 'unclosed.docx'), 'unclosed']);
});

describe.skipIf(!HAS_PYTHON)('docx reader on the features of Word agreements (archives built with python3; skipped without it)', () => {
  it('keeps every paragraph, list item, cell, note and text box in reading order, and leaves out deletions, field codes and the modern half of alternate content', async () => {
    const document = await readAgreement(join(dir, 'features.docx'));
    expect(document.original.text).toBe(
      [
        'AGREEMENT BETWEEN ALDORIA AND BELUNA',
        'Chapter 1 General Provisions', // a heading style numbered through its style: still a heading, no list item
        'Article 1 Scope',
        'The Parties agree as follows:',
        'first ordered item\nsecond ordered item', // one list, one level: consecutive lines
        'nested bullet\nnested bullet two',
        'third ordered item',
        'a bullet item',
        'numbered by its style',
        'numId zero is no list',
        'unknown numId',
        'cell one',
        'cell one b',
        'cell two item',
        'row two & more',
        'Line one\nline two after tab', // a line break kept, a tab a space, a page break nothing
        'Culture[1] and trade[2].',
        'Kept inserted',
        '7 field result',
        'merged start merged end', // a deleted paragraph mark joins the paragraph to the next
        'Before box',
        'text box para',
        'inside content control',
        'a link\u2011x\u00e9<y',
        'Deep level six',
        'last paragraph with nbsp and spaces',
        'Chapter 1 Trade in Services', // numbered by its style's numPr in styles.xml alone
        'Article 1.1 Scope', // by the style it is based on
        'Body of the first article.',
        'Article 1.2 Definitions',
        'Stays here and there', // moved-away words left out, a comment's anchor read as it stands
        'See Article 1.1 moved away', // a simple field's result, the moved words where they now stand
        'mark moved joined', // a paragraph mark moved away joins the paragraph to the next
        '[1] A footnote on culture.',
        'Its second paragraph.',
        '[2] An endnote.',
      ].join('\n\n'),
    );
    expect(document.original.text).not.toMatch(/deleted words|choice text|PAGE|REF|_Ref1|moved away here/);
  });

  it('reports a document part whose elements do not nest as a corrupt file, in one line', async () => {
    const error = await readAgreement(join(dir, 'unclosed.docx')).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^is not a readable \.docx file \(corrupt or not a Word document: its document part is not well-formed XML \(line 1: <\/w:body> where <\/w:p> was expected\)\)$/);
  });
});

const soffice = hasSoffice();

describe.skipIf(!soffice)('docx reader on a file LibreOffice wrote (skipped without LibreOffice)', () => {
  it('reads the characters XML writes as references (& < > " \') and those it writes as they are (accents, CJK, an emoji, the euro sign)', async () => {
    const paragraphs = [
      'Article 1 Culture & Trade <Scope>',
      'The Parties\' "cultural industries" include A&B < C > D and \'E\'.',
      'Société, España, Übersee, 文化, 🎭, and 10 €.',
      'Written &amp; as text.',
    ];
    const source = writeText(join(dir, 'references.txt'), `${paragraphs.join('\n\n')}\n`);
    convertAll(dir, [source], 'docx');
    const docx = join(dir, 'docx', 'references.docx');
    const parts = readZipParts(readFileSync(docx), inputLimits(), (part) => part === 'word/document.xml');
    const xml = typeof parts === 'string' ? parts : (parts.parts.get('word/document.xml')?.toString('utf8') ?? '');
    for (const reference of ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&amp;amp;']) expect(xml).toContain(reference);
    const document = await readAgreement(docx);
    expect(document.original.text).toBe(paragraphs.join('\n\n'));
  });
});
