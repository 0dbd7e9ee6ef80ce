// Says when a drawing was cut at the cap, and offers to draw more or all of it.
interface CapNoticeProps {
  shown: number;
  total: number;
  onMore(): void;
  onAll(): void;
}

const fmt = (n: number) => n.toLocaleString('en');

export function CapNotice({ shown, total, onMore, onAll }: CapNoticeProps) {
  return (
    <div className="notice" role="status">
      <span>
        Showing <strong>{fmt(shown)}</strong> of {fmt(total)} nodes: the first levels of the classification and what you selected. Fold to a
        rank, filter, or draw more.
      </span>
      <button type="button" onClick={onMore}>
        Draw {fmt(Math.min(shown, total - shown))} more
      </button>
      <button type="button" className="quiet" onClick={onAll}>
        Draw all
      </button>
    </div>
  );
}
