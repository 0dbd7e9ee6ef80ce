// Above the canvas: the layout switcher, fit and zoom, the overview, and export.
import { LAYOUT_LABELS } from '../graph/layouts.ts';
import { EXPORT_CHOICES, exportUrl } from './export-formats.ts';
import { LAYOUTS, type LayoutName } from '../state/view-state.ts';

interface CanvasToolbarProps {
  layout: LayoutName;
  onLayout(layout: LayoutName): void;
  onFit(): void;
  onZoom(factor: number): void;
  overview: boolean;
  onOverview(): void;
  onExport(format: 'png' | 'svg' | 'json'): void;
  /** The nodes the view draws, for exporting the view's data. */
  drawnIds: readonly string[];
}

export function CanvasToolbar(p: CanvasToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <div className="segmented" role="radiogroup" aria-label="Layout">
        {LAYOUTS.map((name) => (
          <button key={name} type="button" role="radio" aria-checked={p.layout === name} onClick={() => p.onLayout(name)}>
            {LAYOUT_LABELS[name]}
          </button>
        ))}
      </div>
      <div className="toolbar__group">
        <button type="button" className="icon-button" onClick={() => p.onZoom(1.25)} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" className="icon-button" onClick={() => p.onZoom(0.8)} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={p.onFit} title="Fit the whole graph in view">
          Fit
        </button>
        <button type="button" aria-pressed={p.overview} onClick={p.onOverview} title="Overview of a large graph">
          Overview
        </button>
      </div>
      <div className="toolbar__group">
        <span className="toolbar__label">Export</span>
        <button type="button" onClick={() => p.onExport('png')}>
          PNG
        </button>
        <button type="button" onClick={() => p.onExport('svg')}>
          SVG
        </button>
        <button type="button" onClick={() => p.onExport('json')}>
          JSON
        </button>
        <details className="export-menu">
          <summary>Data</summary>
          <div className="export-menu__panel" role="group" aria-label="Export data">
            <table>
              <thead>
                <tr>
                  <th scope="col">Format</th>
                  <th scope="col">This view</th>
                  <th scope="col">Whole taxonomy</th>
                </tr>
              </thead>
              <tbody>
                {EXPORT_CHOICES.map((c) => (
                  <tr key={c.label}>
                    <th scope="row" title={c.note}>
                      {c.label}
                    </th>
                    <td>
                      {p.drawnIds.length > 0 ? (
                        <a href={exportUrl(c, p.drawnIds)} download aria-label={`${c.label} of this view`}>
                          {p.drawnIds.length} nodes
                        </a>
                      ) : (
                        <span className="muted">nothing drawn</span>
                      )}
                    </td>
                    <td>
                      <a href={exportUrl(c)} download aria-label={`${c.label} of the whole taxonomy`}>
                        all
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </div>
    </div>
  );
}
