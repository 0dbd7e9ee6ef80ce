// Search by Latin or common name, with suggestions as one types: an ARIA combobox.
import { useEffect, useId, useState } from 'react';
import { api } from '../api/taxonomy.ts';
import type { SearchResult } from '../api/types.ts';
import { displayName } from '../graph/reader-text.ts';

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  /** Shown in the box once a taxon is chosen (pickers); the header search clears instead. */
  chosen?: string;
  onChoose(result: SearchResult): void;
  className?: string;
}

export function SearchBox({ label, placeholder = 'Latin or common name…', chosen, onChoose, className }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(chosen ?? '');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState(false);
  /** The text the results answer: Enter on newer text waits for its own answer. */
  const [answered, setAnswered] = useState('');

  useEffect(() => setText(chosen ?? ''), [chosen]);

  useEffect(() => {
    const q = text.trim();
    if (!q || q === chosen) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.search(q, controller.signal).then(
        ({ results }) => {
          setResults(results);
          setAnswered(q);
          setActive(0);
          setFailed(false);
        },
        (error: unknown) => {
          if (!controller.signal.aborted && !(error instanceof DOMException)) setFailed(true);
        },
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, chosen]);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    onChoose(result);
    setText(chosen === undefined ? '' : result.label);
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') {
      const q = text.trim();
      if (q && q !== answered && q !== chosen) {
        // Typed faster than the suggestions came: ask for this text and take its best match.
        void api.search(q).then(({ results: fresh }) => (fresh.length ? choose(fresh[0]) : (setResults([]), setAnswered(q))), () => setFailed(true));
      } else choose(results[active]);
    }
    else if (e.key === 'Escape') setOpen(false);
    else return;
    setOpen(e.key !== 'Escape' && e.key !== 'Enter');
    e.preventDefault();
  };

  const listId = `${id}-list`;
  const nothing = !failed && results.length === 0 && answered !== '' && answered === text.trim();
  const showList = open && text.trim() !== '' && text.trim() !== chosen && (results.length > 0 || failed || nothing);
  return (
    <div className={`search ${className ?? ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${id}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search__list" aria-label={label}>
          {failed && <li className="search__empty">Search is unavailable: the API did not answer.</li>}
          {nothing && (
            <li className="search__empty" role="status">
              Nothing matches “{answered}”: try part of a Latin or common name, e.g. Recursidae or GPT-5.3.
            </li>
          )}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className={`search__name ${r.rank === 'species' || r.rank === 'genus' ? 'latin' : ''}`}>{displayName(r)}</span>
              {r.matched !== r.label && <span className="search__matched">{r.matched}</span>}
              <span className="chip chip--quiet">{r.rank ?? r.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
