// The explorer: header with search, the rail of views and filters, the canvas with its toolbar,
// and the details of what is selected. Joins the URL state, the view's answer and the one canvas.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { EdgeData, NodeData, SearchResult } from './api/types.ts';
import { Brand } from './components/Brand.tsx';
import { CanvasToolbar } from './components/CanvasToolbar.tsx';
import { CapNotice } from './components/CapNotice.tsx';
import { DetailsPanel, type NodeActions } from './components/DetailsPanel.tsx';
import { download } from './components/download.ts';
import { EdgeDetails } from './components/EdgeDetails.tsx';
import { ErrorMessage } from './components/ErrorMessage.tsx';
import { FiltersPanel } from './components/FiltersPanel.tsx';
import { GraphCanvas, type GraphHandle } from './components/GraphCanvas.tsx';
import { Legend } from './components/Legend.tsx';
import { ResultTable } from './components/ResultTable.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { ViewNav } from './components/ViewNav.tsx';
import { ConvergenceMatrix } from './features/convergence/ConvergenceMatrix.tsx';
import { ImportPage } from './features/import/ImportPage.tsx';
import { ViewControls } from './features/ViewControls.tsx';
import { VIEW_LIST, viewOf } from './features/views.ts';
import { LARGE, timePlacement, type TimePlacement } from './graph/layouts.ts';
import { nodeSize } from './graph/style.ts';
import type { Catalog } from './state/catalog.ts';
import { useAsync } from './state/useAsync.ts';
import { useDrawing } from './state/useDrawing.ts';
import type { Update } from './state/useViewState.ts';
import type { ViewId, ViewState } from './state/view-state.ts';

// The Cypher editor brings Neo4j's parser: loaded when the console is first opened.
const ConsoleEditor = lazy(async () => ({ default: (await import('./features/console/ConsoleEditor.tsx')).ConsoleEditor }));

const NO_TIME: TimePlacement = { positions: new Map(), ticks: [], undatedX: 0 };

const RAIL_VIEWS = [...VIEW_LIST, { id: 'import' as const, label: 'Import' }];

/** Switching view starts from that view's defaults; rank, family and trait filters stay. */
const freshView = (view: ViewId): Partial<ViewState> => ({ view, pos: {}, layout: undefined, open: [], expand: [], hide: [], limit: undefined, select: undefined });

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);
const toggled = (list: readonly string[], id: string) => (list.includes(id) ? without(list, id) : [...list, id]);

interface ExplorerProps {
  state: ViewState;
  update: Update;
  catalog: Catalog;
  onImported(): void;
}

export function Explorer({ state, update, catalog, onImported }: ExplorerProps) {
  const view = viewOf(state.view);
  const isImport = state.view === 'import';
  const key = isImport ? undefined : view.key(state);
  const answer = useAsync(key && `${state.view}|${key}`, (signal) => view.load(state, catalog, signal));
  // The previous answer stays drawn while the next loads, within a view; another view's answer,
  // drawn with this view's depth and layout, would flash as a hairball, so nothing is drawn instead.
  const ownAnswer = answer.dataKey?.startsWith(`${state.view}|`) ? answer.data : undefined;
  const { drawing, edgeTypes, neighbours } = useDrawing(state, view, catalog, ownAnswer);
  const layout = state.layout ?? (view.largeLayout && drawing.elements.length > LARGE ? view.largeLayout : view.defaultLayout);
  const drawnNodes = useMemo(() => new Map(drawing.elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id as string, e.data as NodeData & { folded: number }])), [drawing]);
  const drawnIds = useMemo(() => [...drawnNodes.keys()], [drawnNodes]);
  const drawnFamilies = useMemo(() => new Set([...drawnNodes.values()].map((n) => n.family).filter((f): f is string => f !== undefined)), [drawnNodes]);
  // Placed by date only for the time axis: on 20,000 nodes it is a cost worth skipping elsewhere.
  const time = useMemo(() => {
    if (layout !== 'time') return NO_TIME;
    const tree = drawing.elements.filter((e) => e.data.type === 'MEMBER_OF').map((e) => [e.data.source as string, e.data.target as string] as const);
    // Placed by the room each label takes as the stylesheet draws it, so no two overlap.
    return timePlacement([...drawnNodes.values()], new Map(tree), (id) => nodeSize(drawnNodes.get(id) ?? {}));
  }, [drawing, drawnNodes, layout]);
  const marked = useMemo(() => new Set(ownAnswer?.marked ?? []), [ownAnswer]);
  const canvas = useRef<GraphHandle>(null);
  const [overview, setOverview] = useState(false);
  const [copied, setCopied] = useState(false);
  const [focus, setFocus] = useState<{ id: string; n: number }>();

  const select = (id: string | undefined) => update({ select: id });

  // Escape closes the details and clears the selection, unless a box or list took it first.
  const selected = state.select;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !selected) return;
      const inDetails = document.activeElement?.closest('aside.details') != null;
      update({ select: undefined });
      if (inDetails) canvas.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, update]);
  const toggleExpand = (id: string) => update((s) => ({ expand: toggled(s.expand, id) }));
  const toggleOpen = (id: string) => update((s) => ({ open: toggled(s.open, id) }));
  const openOrExpand = (id: string) => ((drawnNodes.get(id)?.folded ?? 0) > 0 ? toggleOpen(id) : toggleExpand(id));

  const chooseResult = (r: SearchResult) => {
    if (state.view === 'lineage' || state.view === 'heritage') update({ taxon: r.id, select: r.id, pos: {} });
    else if (state.view === 'taxonomy' || state.view === 'timeline') update({ select: r.id });
    else update({ ...freshView('taxonomy'), select: r.id });
    setFocus((f) => ({ id: r.id, n: (f?.n ?? 0) + 1 }));
  };

  const actions = (id: string): NodeActions => ({
    select,
    expanded: state.expand.includes(id),
    toggleExpand: () => toggleExpand(id),
    hide: () => update((s) => ({ hide: [...s.hide, id], select: undefined })),
    clade: state.open.includes(id) || (drawnNodes.get(id)?.folded ?? 0) > 0 ? { open: state.open.includes(id), toggle: () => toggleOpen(id) } : undefined,
    showLineage: () => update({ ...freshView('lineage'), taxon: id, select: id }),
    showHeritage: () => update({ ...freshView('heritage'), taxon: id, select: id }),
    pathFrom: () => update({ ...freshView('path'), from: id }),
  });

  const exportAs = async (format: 'png' | 'svg' | 'json') => {
    const handle = canvas.current;
    if (!handle) return;
    const name = `cladescope-${state.view}`;
    if (format === 'png') download(await handle.png(), `${name}.png`);
    else if (format === 'svg') download(handle.svg(), `${name}.svg`, 'image/svg+xml');
    else download(JSON.stringify(handle.json(), null, 2), `${name}.json`, 'application/json');
  };
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1600);
  };

  const waiting = !isImport && view.key(state) === undefined;
  const table = ownAnswer?.table;
  const error = answer.error ?? neighbours.error;
  const selectedEdge = state.select?.includes('~') ? (drawing.elements.find((e) => e.data.id === state.select)?.data as (EdgeData & { count: number }) | undefined) : undefined;

  return (
    <div className={`app ${state.select && !isImport ? 'app--details' : ''}`}>
      <header className="app-header">
        <Brand />
        <SearchBox label="Search taxa by Latin or common name" placeholder="Search by Latin or common name, e.g. GPT-5.3" onChoose={chooseResult} className="app-search" />
      </header>


      {isImport ? (
        <main className="stage stage--page">
          <ImportPage onImported={onImported} />
        </main>
      ) : (
        <main className={`stage stage--${state.view}`} aria-busy={answer.loading}>
          {state.view === 'console' && (
            <Suspense fallback={<p className="console loading-text">Loading the Cypher editor…</p>}>
              <ConsoleEditor query={state.cypher} running={answer.loading} onRun={(cypher) => update({ cypher, select: undefined, pos: {}, expand: [] })} />
            </Suspense>
          )}
          <div className="stage__body">
            <div className="stage__canvas">
              {answer.loading && <div className="progress" role="progressbar" aria-label="Loading" />}
              <GraphCanvas
                ref={canvas}
                elements={drawing.elements}
                layout={layout}
                positions={state.pos}
                time={time}
                selected={state.select}
                marked={marked}
                focus={focus}
                overview={overview}
                onSelect={select}
                onOpen={openOrExpand}
                onMove={(pos) => update({ pos }, 'replace')}
              />
              {drawing.shown < drawing.total && (
                <CapNotice
                  shown={drawing.shown}
                  total={drawing.total}
                  onMore={() => update((s) => ({ limit: (s.limit ?? drawing.shown) + drawing.shown }))}
                  onAll={() => update({ limit: drawing.total })}
                />
              )}
              {answer.slow && <p className="overlay loading-text">Loading…</p>}
              {waiting && <p className="overlay prompt">{view.hint}</p>}
              {error !== undefined && !answer.loading && (
                <div className="overlay overlay--error">
                  <ErrorMessage error={error} onRetry={answer.retry} />
                </div>
              )}
              {!waiting && !answer.loading && error === undefined && drawing.elements.length === 0 && (
                <p className="overlay prompt">{table ? (table.rows.length ? 'This answer has no nodes to draw: see the table below.' : (ownAnswer?.empty ?? 'The query answered no rows.')) : 'Nothing to draw with these filters.'}</p>
              )}
            </div>
            {state.view === 'convergence' && ownAnswer?.convergence && (
              <ConvergenceMatrix convergence={ownAnswer.convergence} catalog={catalog} selected={state.select} onSelect={select} chosen={state.taxon} onChoose={(id) => update({ taxon: id, layout: 'dagre', pos: {} })} />
            )}
          </div>
          <CanvasToolbar
            layout={layout}
            onLayout={(l) => update({ layout: l, pos: {} })}
            onFit={() => canvas.current?.fit()}
            onZoom={(f) => canvas.current?.zoomBy(f)}
            overview={overview}
            onOverview={() => setOverview((o) => !o)}
            onExport={(f) => void exportAs(f)}
            drawnIds={drawnIds}
          />
          <Legend catalog={catalog} edgeTypes={edgeTypes} drawnFamilies={drawnFamilies} />
          {table && (
            <section className="results" aria-label="Result table">
              <ResultTable table={table} onSelect={select} empty={ownAnswer?.empty} />
            </section>
          )}
        </main>
      )}

      {/* After the stage in the page's order, so Tab goes from the search straight to the canvas; placed in the header by the grid. */}
      <button type="button" className="primary app-share" onClick={() => void copyLink()} title="Copy a link that reopens this view">
        {copied ? 'Link copied' : 'Copy link'}
      </button>

      <nav className="rail" aria-label="Views and filters">
        <ViewNav views={RAIL_VIEWS} current={state.view} onChoose={(id) => id !== state.view && update(freshView(id))} />
        {!isImport && (
          <>
            <section className="rail__section" aria-label={`${view.label} controls`}>
              <h2 className="rail__title">{view.label}</h2>
              <p className="hint">{view.hint}</p>
              <ViewControls state={state} update={update} catalog={catalog} answer={ownAnswer} onChanged={onImported} />
            </section>
            <details className="rail__section" open>
              <summary className="rail__title">Filters and depth</summary>
              <FiltersPanel state={state} update={update} catalog={catalog} resolvedDepth={drawing.depth} edgeTypes={edgeTypes} />
            </details>
          </>
        )}
      </nav>

      {state.select && !isImport && (
        <aside className="details" aria-label="Details">
          <button type="button" className="icon-button details__close" onClick={() => select(undefined)} aria-label="Close details">
            ×
          </button>
          {selectedEdge ? (
            <EdgeDetails edge={selectedEdge} catalog={catalog} onSelect={select} />
          ) : state.select.includes('~') ? (
            <p className="muted">This relationship is not drawn in the current view.</p>
          ) : (
            <DetailsPanel key={state.select} id={state.select} actions={actions(state.select)} />
          )}
        </aside>
      )}
    </div>
  );
}
