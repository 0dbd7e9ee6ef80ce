// Tells recorded convergence (the taxonomists' CONVERGES) from computed (origins by parsimony).
export function ConvergenceBadges({ recorded, origins }: { recorded: boolean; origins: number }) {
  return (
    <span className="badges">
      {recorded && (
        <span className="chip chip--recorded" title="Recorded: the taxonomists observed it converging (CONVERGES)">
          recorded
        </span>
      )}
      {origins >= 2 && (
        <span className="chip chip--derived" title="Computed: parsimony on the classification needs at least this many independent origins">
          {origins} origins
        </span>
      )}
    </span>
  );
}
