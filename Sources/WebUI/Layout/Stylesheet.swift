/// The web UI's stylesheet; the server serves ``css`` at the path given to ``PageLayout``.
///
/// One plain CSS file, no build step: system fonts, text colours with at least 4.5:1 contrast, a visible
/// focus ring on everything focusable, tables that scroll sideways on small screens, and print styles that
/// drop navigation and buttons and keep charts and tables.
public enum Stylesheet {
    /// The suggested cache-busting file name (change it when the CSS changes).
    public static let fileName = "balans-1.css"

    /// The CSS text.
    public static let css = """
        :root {
          --text: #1b1f23; --muted: #4a545e; --background: #ffffff; --surface: #f4f6f8; --border: #c9d0d6;
          --accent: #0b62a4; --accent-dark: #084a7c; --focus: #ffbf47;
          --positive: #15653a; --positive-bg: #e3f4ea; --negative: #9b1c1c; --negative-bg: #fdecec;
          --warning: #7a4a00; --warning-bg: #fff4d6; --info: #0b4f85; --info-bg: #e6f0fa;
          --neutral: #3d464f; --neutral-bg: #eceff2;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { font-size: 100%; }
        body {
          margin: 0; color: var(--text); background: var(--background); line-height: 1.5;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:hover { color: var(--accent-dark); text-decoration-thickness: 2px; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
        h1, h2, h3 { line-height: 1.25; margin: 1.5rem 0 0.75rem; }
        h1 { font-size: 1.9rem; margin-top: 0.5rem; }
        h2 { font-size: 1.4rem; }
        h3 { font-size: 1.15rem; }

        .skip-link { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--focus);
          color: var(--text); font-weight: 600; z-index: 10; }
        .skip-link:focus { top: 0.5rem; }

        .synthetic-banner { background: #fff4d6; border-bottom: 3px solid #b36b00; padding: 0.5rem 1.5rem;
          color: #4d3000; }

        .site-header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center;
          gap: 0.75rem; padding: 0.75rem 1.5rem; background: #0b2e4f; color: #fff; }
        .brand { display: flex; align-items: baseline; gap: 0.75rem; flex-wrap: wrap; }
        .product-name { color: #fff; font-size: 1.5rem; font-weight: 700; text-decoration: none; }
        .product-name:hover { color: #fff; text-decoration: underline; }
        .site-name { color: #dce7f2; font-size: 1.05rem; }
        .user-box { display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap; }
        .user-box p { margin: 0; display: flex; flex-direction: column; line-height: 1.3; }
        .user-name { font-weight: 600; }
        .user-role { color: #dce7f2; font-size: 0.9rem; }
        .user-box form { margin: 0; }
        .user-box .form-actions { margin: 0; }
        .user-box .button { background: transparent; color: #fff; border-color: #fff; }

        .main-nav { background: var(--surface); border-bottom: 1px solid var(--border); padding: 0 1.5rem; }
        .main-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
        .main-nav a { display: inline-block; padding: 0.7rem 0.1rem; color: var(--text); text-decoration: none;
          border-bottom: 4px solid transparent; }
        .main-nav a:hover { border-bottom-color: var(--border); }
        .main-nav a[aria-current="page"] { border-bottom-color: var(--accent); font-weight: 600; }

        main { display: block; max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        main:focus { outline: none; }
        .site-footer { border-top: 1px solid var(--border); color: var(--muted); padding: 1rem 1.5rem;
          font-size: 0.9rem; }
        .site-footer p { margin: 0.25rem 0; }

        .flash { border-left: 6px solid; padding: 0.75rem 1rem; margin: 1rem 0; }
        .flash-success { border-color: var(--positive); background: var(--positive-bg); }
        .flash-error { border-color: var(--negative); background: var(--negative-bg); }
        .flash-info { border-color: var(--info); background: var(--info-bg); }

        .badge { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 999px; font-size: 0.85rem;
          font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
        .badge-positive { color: var(--positive); background: var(--positive-bg); }
        .badge-negative { color: var(--negative); background: var(--negative-bg); }
        .badge-warning { color: var(--warning); background: var(--warning-bg); }
        .badge-info { color: var(--info); background: var(--info-bg); }
        .badge-neutral { color: var(--neutral); background: var(--neutral-bg); }

        .cards { list-style: none; padding: 0; margin: 1rem 0; display: grid; gap: 1rem;
          grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
        .card { border: 1px solid var(--border); border-radius: 6px; padding: 1rem; background: var(--background); }
        .card p { margin: 0.2rem 0; }
        .card-label { color: var(--muted); font-weight: 600; }
        .card-value { font-size: 1.9rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card-detail { color: var(--muted); font-size: 0.95rem; }

        .table-block { margin: 1rem 0 1.5rem; }
        .table-exports { margin: 0 0 0.5rem; font-size: 0.95rem; }
        .table-scroll { overflow-x: auto; max-width: 100%; }
        .data-table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        .data-table caption { text-align: left; font-weight: 700; padding: 0.25rem 0 0.5rem; }
        .data-table th, .data-table td { padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--border);
          vertical-align: top; }
        .data-table thead th { border-bottom: 2px solid var(--text); text-align: left; white-space: nowrap; }
        .data-table tbody tr:nth-child(even) { background: #f8f9fa; }
        .data-table tfoot th, .data-table tfoot td { font-weight: 700; border-top: 2px solid var(--text); }
        .data-table th[scope="row"] { font-weight: 600; text-align: left; }
        .data-table .num, .data-table thead th.num { text-align: right; white-space: nowrap; }
        .data-table .empty { color: var(--muted); font-style: italic; }

        .definitions { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.5rem; margin: 1rem 0; }
        .definitions div { display: contents; }
        .definitions dt { font-weight: 600; }
        .definitions dd { margin: 0; }

        .form { max-width: 40rem; }
        .field { margin: 0 0 1.25rem; }
        .field label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
        .field .required { font-weight: 400; color: var(--muted); }
        .hint { color: var(--muted); margin: 0 0 0.35rem; }
        .error-message { color: var(--negative); font-weight: 600; margin: 0 0 0.35rem; }
        .field-error { border-left: 4px solid var(--negative); padding-left: 0.75rem; }
        input, select, textarea { font: inherit; color: inherit; padding: 0.45rem 0.6rem;
          border: 2px solid var(--muted);
          border-radius: 3px; background: #fff; width: 100%; max-width: 32rem; }
        .input-number { max-width: 12rem; text-align: right; }
        input[type="radio"], input[type="checkbox"] { width: auto; margin: 0; accent-color: var(--accent); }
        .radio-group { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
        .radio-group legend { font-weight: 600; padding: 0; margin-bottom: 0.35rem; }
        .radio-choice { display: inline-flex; align-items: center; gap: 0.35rem; margin: 0 1.25rem 0.35rem 0; }
        .form-section { border: 1px solid var(--border); border-radius: 4px; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
        .form-section > legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.35rem; }
        [aria-invalid="true"] { border-color: var(--negative); }
        .form-actions { display: flex; gap: 0.75rem; flex-wrap: wrap; margin-top: 1rem; }
        .button { font: inherit; font-weight: 600; padding: 0.5rem 1.1rem; border-radius: 4px; cursor: pointer;
          border: 2px solid var(--accent); background: #fff; color: var(--accent); }
        .button-primary { background: var(--accent); color: #fff; }
        .button-primary:hover { background: var(--accent-dark); border-color: var(--accent-dark); }
        .error-summary { border: 4px solid var(--negative); padding: 0.75rem 1rem; margin-bottom: 1.5rem; }
        .error-summary h2 { margin-top: 0; font-size: 1.2rem; }
        .error-summary a { color: var(--negative); font-weight: 600; }

        .pagination ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem;
          margin: 1rem 0 0.25rem; }
        .pagination a { display: inline-block; min-width: 2.5rem; padding: 0.35rem 0.6rem; text-align: center;
          border: 1px solid var(--border); border-radius: 4px; text-decoration: none; }
        .pagination a[aria-current="page"] { background: var(--accent); color: #fff; border-color: var(--accent); }
        .pagination .gap { padding: 0.35rem 0.25rem; }
        .pagination-status { color: var(--muted); margin: 0; font-size: 0.9rem; }

        .chart { margin: 1.25rem 0 2rem; max-width: 60rem; }
        .chart-title { font-weight: 700; font-size: 1.1rem; margin-bottom: 0.5rem; }
        .chart-canvas { border: 1px solid var(--border); border-radius: 6px; padding: 0.25rem; background: #fff;
          overflow-x: auto; }
        /* Below ~34rem the chart would shrink its text to unreadable sizes; it scrolls sideways instead. */
        .chart-svg { display: block; width: 100%; min-width: 34rem; height: auto; }
        .chart-note { color: var(--muted); font-size: 0.95rem; margin: 0.5rem 0 0; }
        .chart-data { margin-top: 0.5rem; }
        .chart-data summary { cursor: pointer; color: var(--accent); font-weight: 600; padding: 0.25rem 0; }

        @media (max-width: 40rem) {
          .site-header, .main-nav, main { padding-left: 0.75rem; padding-right: 0.75rem; }
          h1 { font-size: 1.5rem; }
          .definitions { grid-template-columns: 1fr; }
          .definitions dd { margin-bottom: 0.5rem; }
        }

        @media print {
          body { font-size: 11pt; color: #000; }
          .skip-link, .main-nav, .user-box, .table-exports, .pagination, .form-actions,
          .chart-data summary { display: none; }
          .site-header { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 0.5rem; }
          .product-name, .site-name { color: #000; }
          .synthetic-banner { border: 2px solid #000; background: none; }
          main { max-width: none; padding: 0; }
          a { color: #000; text-decoration: none; }
          .chart, .card, .data-table tr { break-inside: avoid; }
          .chart-canvas { border: none; }
          .table-scroll, .chart-canvas { overflow: visible; }
          .chart-svg { min-width: 0; }
          .data-table tbody tr:nth-child(even) { background: none; }
        }
        """
}
