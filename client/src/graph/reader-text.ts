// What the reader is shown of a node's name and description: never a placeholder standing in for
// a missing value, a file name, or a note about how the facts were gathered (those go to the
// notes), whatever the data holds.

/** Said where the source gives no genus name. */
export const GENUS_NOT_NAMED = 'genus not named by the source';

// A parenthesis that explains the name is not a name: "R. (abbreviated genus of Recursidae)".
const PLACEHOLDER_PAREN = /\s*\((?:[^()]*\b(?:abbreviat\w*|placeholder|unnamed|not named|name unknown|unknown name)\b[^()]*)\)/gi;
// A file of ours or of the gathering, e.g. "000_26fc925bc33a063b.txt" or "seed/x.json".
const FILE_NAME = /[\w./-]*\b[\w-]+\.(?:txt|json|md|csv|ya?ml|cypher|nwk)\b/i;
// How a fact was gathered, not what it says.
const PROVENANCE =
  /\b(?:public pages?(?: read)?|reading-room thread|was not (?:visible|recovered|found)|not (?:visible|found|recovered|recoverable) (?:in|on|from)|(?:were|was) not recoverable|in the facts|seed article only|name source)\b/i;

/** A taxon's name for the reader: a genus the source does not name says so. */
export function displayName(node: { label: string; rank?: string }): string {
  const stripped = node.label.replace(PLACEHOLDER_PAREN, '').trim();
  const placeholder = stripped !== node.label.trim();
  if (node.rank === 'genus' && (placeholder || stripped === '' || /^[A-Z]\.$/.test(stripped))) return stripped ? `${stripped} (${GENUS_NOT_NAMED})` : GENUS_NOT_NAMED;
  return stripped || node.label;
}

/**
 * A description split into what it says (`text`) and what it says about the gathering
 * (`notes`): clauses naming a file or how the source was read move to the notes; file names
 * are never kept.
 */
export function readerDescription(description: string | undefined): { text: string; notes: string[] } {
  if (!description) return { text: '', notes: [] };
  const kept: string[] = [];
  const notes: string[] = [];
  // Sentences, then the clauses of each after a semicolon; a parenthesis that only names a file goes.
  for (const sentence of description.split(/(?<=[.!?])\s+(?=[A-Z(])/)) {
    const clauses = sentence.split(/;\s+/);
    const keptClauses: string[] = [];
    for (const raw of clauses) {
      const clause = raw.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (FILE_NAME.test(inner) ? '' : PROVENANCE.test(inner) ? (notes.push(inner.trim()), '') : whole));
      if (FILE_NAME.test(clause) || PROVENANCE.test(clause)) notes.push(clause.replace(FILE_NAME, 'a source file').replace(/[.;]\s*$/, '').trim());
      else if (clause.trim()) keptClauses.push(clause.trim());
    }
    if (keptClauses.length) kept.push(keptClauses.join('; ').replace(/([^.!?])$/, '$1.'));
  }
  return { text: kept.join(' ').replace(/\s+([.,;])/g, '$1'), notes: notes.filter(Boolean) };
}
