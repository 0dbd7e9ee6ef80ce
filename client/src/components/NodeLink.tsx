// A taxon, trait or paper named in a panel: choosing it selects it on the canvas.
interface NodeLinkProps {
  id: string;
  label?: string | null;
  onSelect(id: string): void;
}

export function NodeLink({ id, label, onSelect }: NodeLinkProps) {
  return (
    <button type="button" className="link" onClick={() => onSelect(id)}>
      {label || id}
    </button>
  );
}
