// Says when a fact is inferred or third-party; documented facts need no chip.
import type { Confidence } from '../api/types.ts';
import { CONFIDENCE_INFO } from '../graph/model.ts';

export function ConfidenceChip({ level }: { level?: Confidence }) {
  if (!level || level === 'high') return null;
  return (
    <span className={`chip chip--conf-${level}`} title={CONFIDENCE_INFO[level].label}>
      {level === 'medium' ? 'inferred' : 'third-party'}
    </span>
  );
}
