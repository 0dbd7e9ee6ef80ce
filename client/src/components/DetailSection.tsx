// One titled list in the details panel; renders nothing when the list is empty. An entry with
// no id (an empty OPTIONAL MATCH row) is not an entry: never an empty bullet or a count of one.
import type { ReactNode } from 'react';

interface DetailSectionProps<T> {
  title: string;
  items: readonly T[];
  children: (item: T) => ReactNode;
}

const isEntry = (item: unknown): boolean => {
  if (item === null || item === undefined) return false;
  if (typeof item !== 'object') return true;
  const { id, from, heir } = item as { id?: unknown; from?: { id?: unknown }; heir?: { id?: unknown } };
  const key = id ?? from?.id ?? heir?.id;
  return key !== null && key !== undefined && key !== '';
};

export function DetailSection<T>({ title, items: all, children }: DetailSectionProps<T>) {
  const items = all.filter(isEntry);
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
