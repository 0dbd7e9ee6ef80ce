// The rail's list of views; the current one is marked for assistive technology too.
import type { ViewId } from '../state/view-state.ts';

interface ViewNavProps {
  views: readonly { id: ViewId; label: string }[];
  current: ViewId;
  onChoose(view: ViewId): void;
}

export function ViewNav({ views, current, onChoose }: ViewNavProps) {
  return (
    <ul className="view-nav">
      {views.map((v) => (
        <li key={v.id}>
          <button type="button" aria-current={v.id === current ? 'page' : undefined} onClick={() => onChoose(v.id)}>
            {v.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
