// Tells recorded convergence (the taxonomists' CONVERGES) from derived (found in the data).
export function ConvergenceBadges({ recorded, derived }: { recorded: boolean; derived: boolean }) {
  return (
    <span className="badges">
      {recorded && (
        <span className="chip chip--recorded" title="Recorded: the taxonomists observed it (CONVERGES)">
          recorded
        </span>
      )}
      {derived && (
        <span className="chip chip--derived" title="Derived: carried by two or more families whose shared ancestry does not carry it">
          derived
        </span>
      )}
    </span>
  );
}
