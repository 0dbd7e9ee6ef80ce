// One titled list in the details panel; renders nothing when the list is empty.
import type { ReactNode } from 'react';

interface DetailSectionProps<T> {
  title: string;
  items: readonly T[];
  children: (item: T) => ReactNode;
}

export function DetailSection<T>({ title, items, children }: DetailSectionProps<T>) {
  if (!items.length) return null;
  return (
    <section className="details__section">
      <h3>
        {title} <span className="muted">{items.length}</span>
      </h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{children(item)}</li>
        ))}
      </ul>
    </section>
  );
}
