// The trace report page's stylesheet (inlined: the page is one file and loads nothing).
export const PAGE_STYLE = `
:root { --fg: #1d2330; --muted: #667085; --line: #d9dee8; --bg: #fff; --panel: #f6f8fb;
  --hot: #d92d20; --warm: #fdb022; --trace: #e8f1ff; --loop: #fff1d6; --guard: #7a2e0e; --sel: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
code, pre, .mono, .op, .fat { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
header { padding: 12px 20px; border-bottom: 1px solid var(--line); background: var(--panel); }
header h1 { margin: 0 0 4px; font-size: 18px; }
header .summary { display: flex; flex-wrap: wrap; gap: 6px 22px; color: var(--muted); }
header .summary b { color: var(--fg); font-weight: 600; }
.layout { display: grid; grid-template-columns: minmax(320px, 34%) 1fr; align-items: start; }
.side-panel { border-right: 1px solid var(--line); padding: 0 14px; display: flex; flex-direction: column; height: 100vh; position: sticky; top: 0; }
.list-box { flex: none; max-height: 40vh; overflow: auto; padding-top: 10px; }
.source-box { flex: 1; min-height: 0; overflow: auto; position: relative; padding-bottom: 10px; }
.main-panel { padding: 12px 18px; overflow: auto; }
h2 { font-size: 15px; margin: 14px 0 6px; }
h3 { font-size: 14px; margin: 10px 0 6px; }
.note { color: var(--muted); }
.empty { padding: 16px; border: 1px dashed var(--line); border-radius: 6px; color: var(--muted); }
table.trace-list { border-collapse: collapse; width: 100%; }
table.trace-list th, table.trace-list td { padding: 3px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.trace-list td.num { text-align: right; white-space: nowrap; }
table.trace-list tr.selected { background: var(--trace); }
table.trace-list a { color: var(--sel); text-decoration: none; }
.depth1 { padding-left: 18px !important; } .depth2 { padding-left: 32px !important; } .depth3 { padding-left: 46px !important; }
.bar { display: inline-block; height: 6px; background: var(--hot); border-radius: 3px; vertical-align: middle; margin-left: 4px; }
.source { margin: 0; border: 1px solid var(--line); border-radius: 6px; overflow: auto; background: #fbfcfe; }
.src-line { display: flex; white-space: pre; min-height: 17px; }
.src-line .ln { flex: none; width: 44px; padding-right: 8px; text-align: right; color: var(--muted); user-select: none; }
.src-line code { flex: 1; }
.src-line.traced { background: var(--trace); }
.src-line.loop { background: var(--loop); font-weight: 600; }
.src-line.gap { color: var(--muted); }
.src-line.current { outline: 2px solid var(--sel); outline-offset: -2px; }
.loop-badge { position: sticky; right: 2px; flex: none; margin-left: 10px; padding: 0 6px; border-radius: 8px; background: var(--hot); color: #fff; text-decoration: none; font-weight: 600; font-size: 11px; font-family: system-ui, sans-serif; }
details > summary { cursor: pointer; }
.trace-view[hidden] { display: none; }
.trace-view h2 { font-size: 16px; }
.trace-facts { display: flex; flex-wrap: wrap; gap: 4px 18px; color: var(--muted); margin-bottom: 8px; }
.trace-facts b { color: var(--fg); }
table.stages { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.stages th { position: sticky; top: 0; background: var(--panel); z-index: 1; text-align: left; padding: 4px 6px; border-bottom: 2px solid var(--line); font-size: 13px; }
table.stages td { vertical-align: top; padding: 2px 6px; }
table.stages tr.new-line td { border-top: 1px solid var(--line); }
table.stages td.where { width: 24%; color: var(--muted); }
table.stages td.where code { color: var(--fg); white-space: pre-wrap; }
.fat { color: var(--muted); font-weight: 600; }
.fat .off { font-weight: normal; }
.group.removed { color: var(--muted); font-style: italic; }
.op { padding: 1px 4px; margin: 1px 0; border-radius: 3px; white-space: pre-wrap; word-break: break-word; }
.op .detail { color: var(--muted); }
.op.guard, .op.enter, .op.method { background: #fff6ed; border-left: 3px solid var(--warm); }
.op.guard.taken { border-left-color: var(--hot); }
.op.has-side { cursor: pointer; }
.op.has-side:hover { outline: 1px solid var(--hot); }
.op.target { outline: 2px solid var(--sel); }
.exit { color: var(--guard); font-size: 11.5px; }
.exit .count { font-weight: 600; }
.side-link { color: var(--sel); font-weight: 600; margin-left: 6px; }
.fragment { margin: 2px 0 2px 14px; padding-left: 8px; border-left: 2px dotted var(--line); }
.fragment > .title { color: var(--muted); font-size: 12px; }
.indent { border-left: 2px solid var(--line); padding-left: 6px; }
.crumbs { margin-bottom: 6px; }
.crumbs a { color: var(--sel); }
`;
