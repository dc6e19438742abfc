package dev.visionbook.kernel.runner;

/**
 * The page's whole style sheet, inlined so the page needs nothing from the network: system fonts
 * only, a readable column, prompts in a left gutter as in JupyterLab, code in tinted boxes.
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root {
              --text: #1f2328; --muted: #6e7781; --border: #d8dee4; --code-bg: #f6f8fa;
              --prompt-in: #307fc1; --prompt-out: #bf5b3d; --stderr-bg: #fff1f0; --error-bg: #fff1f0;
              --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
            }
            * { box-sizing: border-box; }
            body {
              margin: 0; padding: 2rem 1rem 4rem; color: var(--text); background: #fff;
              font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
            }
            main { max-width: 58rem; margin: 0 auto; }
            .page-title { margin: 0 0 1.5rem 6.5rem; padding-bottom: .5rem; border-bottom: 1px solid var(--border);
              font-size: 2rem; line-height: 1.25; }
            .cell { margin: .75rem 0; }
            .row { display: grid; grid-template-columns: 6rem minmax(0, 1fr); column-gap: .5rem; }
            .row + .row { margin-top: .25rem; }
            .prompt { text-align: right; font: 13px/1.5 var(--mono); padding-top: .55rem;
              white-space: nowrap; color: var(--prompt-in); }
            .prompt.out { color: var(--prompt-out); }
            pre, code { font-family: var(--mono); font-size: 13.5px; }
            pre { margin: 0; line-height: 1.5; white-space: pre-wrap; overflow-wrap: anywhere; }
            .source { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px;
              padding: .5rem .75rem; }
            .output { min-width: 0; padding: .35rem .75rem; overflow-x: auto; }
            .output img { max-width: 100%; height: auto; }
            .stderr { background: var(--stderr-bg); border-radius: 4px; }
            .error { background: var(--error-bg); border-left: 3px solid #cf222e; border-radius: 4px; }
            .error-name { font-family: var(--mono); font-size: 13.5px; font-weight: bold; color: #cf222e; }
            .raw { background: #fafafa; border: 1px dashed var(--border); border-radius: 6px; padding: .5rem .75rem; min-width: 0; }
            .markdown > :first-child, .output > :first-child { margin-top: 0; }
            .markdown > :last-child, .output > :last-child { margin-bottom: 0; }
            .markdown h1, .markdown h2, .markdown h3 { line-height: 1.3; margin: 1.4em 0 .5em; }
            .markdown code { background: var(--code-bg); border-radius: 4px; padding: .1em .3em; }
            .markdown pre { background: var(--code-bg); border-radius: 6px; padding: .5rem .75rem; }
            .markdown pre code { background: none; padding: 0; }
            .markdown img { max-width: 100%; }
            blockquote { margin: 0; padding-left: 1em; border-left: 4px solid var(--border); color: var(--muted); }
            table { border-collapse: collapse; margin: .5em 0; font-size: 14px; }
            th, td { border: 1px solid var(--border); padding: .3em .7em; }
            th { background: var(--code-bg); }
            tr:nth-child(even) td { background: #fbfcfd; }
            .hl-keyword { color: #cf222e; }
            .hl-literal, .hl-number { color: #0550ae; }
            .hl-string { color: #0a3069; }
            .hl-comment { color: #6e7781; font-style: italic; }
            .hl-annotation { color: #8250df; }
            .hl-magic { color: #953800; }
            @media (max-width: 40rem) {
              .row { grid-template-columns: minmax(0, 1fr); }
              .prompt { text-align: left; padding-top: 0; }
              .prompt:empty { display: none; }
              .page-title { margin-left: 0; }
            }
            @media print { body { padding: 0; } .cell { break-inside: avoid; } }
            """;
}
