/** Inline CSS of the HTML brief: readable on screen, tidy on paper, status shown as text and colour. */
export const BRIEF_CSS = `
:root { --ink:#1d2733; --muted:#5b6775; --line:#d8dee6; --present:#1e7b3c; --partial:#9a6400; --absent:#b3261e; --na:#5b6775; }
* { box-sizing: border-box; }
body { font: 15px/1.5 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; background: #f4f6f9; }
main { max-width: 980px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; min-height: 100vh; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 24px 0 6px; }
.meta { color: var(--muted); margin: 0 0 20px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.status { display: inline-block; min-width: 104px; padding: 2px 10px; border-radius: 12px; font-weight: 600; font-size: 13px; color: #fff; text-align: center; }
.status.present { background: var(--present); } .status.partial { background: var(--partial); }
.status.absent { background: var(--absent); } .status.not-applicable { background: var(--na); } .status.undetermined { background: var(--na); } .missing { font-style: italic; }
.verdict { border-left: 6px solid var(--na); background: #f7f9fb; padding: 12px 16px; margin: 12px 0 8px; }
.verdict.covered { border-color: var(--present); } .verdict.partly-covered { border-color: var(--partial); } .verdict.not-covered { border-color: var(--absent); } .verdict.undetermined { border-color: var(--na); border-style: dashed; }
.reference { color: var(--muted); font-style: italic; margin: 4px 0 8px; }
blockquote { margin: 8px 0; padding: 8px 14px; border-left: 3px solid var(--line); background: #fafbfc; }
.where { font-size: 13px; color: var(--muted); margin-bottom: 2px; }
.force { font-size: 12px; border: 1px solid var(--line); border-radius: 8px; padding: 0 6px; margin-left: 6px; }
.decision { font-size: 12px; font-weight: 600; border-radius: 8px; padding: 0 6px; margin: 0 4px 0 6px; color: #fff; background: var(--present); }
.decision.discuss { background: var(--partial); }
mark { background: #fff1b8; padding: 0 1px; }
ol.chain li { margin-bottom: 6px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .status { color: #000 !important; background: none !important; border: 1.5px solid #000; }
  .verdict { background: none; }
  section.item { break-inside: avoid; }
  h2 { break-after: avoid; }
  @page { margin: 18mm; }
}
`;
