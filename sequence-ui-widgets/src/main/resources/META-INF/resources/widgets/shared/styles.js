// One small stylesheet shared by the shadow roots. Hosts theme it through CSS custom properties, which do cross
// the shadow boundary: --seq-accent, --seq-font, --seq-radius.
export const styles = `
:host { display: block; font: 14px/1.4 var(--seq-font, system-ui, sans-serif); color: #1d2330; container-type: inline-size; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
dd { margin: 0; }
h2, h3, h4 { margin: .6em 0 .4em; line-height: 1.2; }
h2 { font-size: 1.2em; } h3 { font-size: 1.05em; } h4 { font-size: 1em; }
button, input, select, textarea { font: inherit; }
button { cursor: pointer; border: 1px solid var(--seq-accent, #2457c5); background: #fff; color: var(--seq-accent, #2457c5);
  border-radius: var(--seq-radius, 4px); padding: .3em .8em; min-height: 2em; }
button.primary { background: var(--seq-accent, #2457c5); color: #fff; }
button.danger { background: #b3261e; border-color: #b3261e; color: #fff; }
dialog.confirm { border: 1px solid #c9cfdb; border-radius: var(--seq-radius, 4px); max-width: 30em; padding: .8em 1em; }
dialog.confirm::backdrop { background: rgba(29, 35, 48, .35); }
.rich-text { border: 1px solid #8a93a6; border-radius: var(--seq-radius, 4px); padding: .3em .5em; min-height: 6em; background: #fff; }
.rich-text[aria-invalid] { border-color: #b3261e; }
.rich-text p { margin: 0 0 .6em; }
.toolbar { display: flex; gap: .3em; }
button:disabled { opacity: .5; cursor: default; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 1px; }
input, select, textarea { border: 1px solid #8a93a6; border-radius: var(--seq-radius, 4px); padding: .3em .4em; max-width: 100%; }
textarea { width: 100%; min-height: 6em; }
input[aria-invalid], select[aria-invalid], textarea[aria-invalid], fieldset[aria-invalid] { border-color: #b3261e; }
.field { display: flex; flex-direction: column; gap: .2em; margin: .3em 0; }
.field.inline { flex-direction: row; align-items: center; gap: .4em; }
.row { display: flex; flex-wrap: wrap; gap: .6em; align-items: flex-end; }
.row > .field { flex: 1 1 10em; }
.actions { display: flex; flex-wrap: wrap; gap: .4em; margin: .4em 0; }
fieldset { border: 1px solid #c9cfdb; border-radius: var(--seq-radius, 4px); margin: .6em 0; padding: .4em .8em; min-width: 0; }
legend { font-weight: 600; padding: 0 .3em; }
.field-error, .status.error { color: #b3261e; }
.field-error { margin: .1em 0 .3em; font-size: .92em; }
.field-error::before { content: "\\26A0  "; }
.status { min-height: 1.4em; margin: .4em 0; }
.muted { color: #5b6474; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35em .5em; border-bottom: 1px solid #e1e5ee; vertical-align: top; }
th { font-weight: 600; background: #f4f6fa; }
.badge { display: inline-block; padding: 0 .5em; border-radius: 1em; background: #e8edf8; font-size: .9em; }
.badge.ACTIVE, .badge.EXECUTED, .badge.OPEN { background: #dff3e4; }
.badge.SKIPPED, .badge.DEFERRED, .badge.PAUSED { background: #fff1cc; }
.badge.FAILED, .badge.EXITED { background: #fde0dd; }
.paused-notice { margin: .25em 0; padding: .25em .5em; border-left: 3px solid #b3261e; background: #fde0dd; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9em, 1fr)); gap: .5em; }
.card { border: 1px solid #e1e5ee; border-radius: var(--seq-radius, 4px); padding: .4em .6em; }
.card strong { display: block; font-size: 1.3em; }
.step { border-left: 4px solid var(--seq-accent, #2457c5); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@container (max-width: 560px) {
  .row { flex-direction: column; align-items: stretch; }
  table.responsive thead { display: none; }
  table.responsive tr { display: block; border-bottom: 1px solid #c9cfdb; padding: .3em 0; }
  table.responsive td { display: flex; gap: .5em; border: 0; padding: .15em .3em; }
  table.responsive td::before { content: attr(data-label); font-weight: 600; min-width: 8em; }
}
`;
