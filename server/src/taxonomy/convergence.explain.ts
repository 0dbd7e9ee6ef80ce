// A trait's parsimony in words: how often it arose and where, why more origins are shorter
// than one, what is ambiguous, and where the recorded convergence agrees or not.
import type { RecordedConvergence, TaxonSummary, TraitAnalysis } from './convergence.analysis.ts';

const MAX_NAMED = 5;

const times = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

function listOf(items: string[]): string {
  const named = items.length > MAX_NAMED ? [...items.slice(0, MAX_NAMED - 1), `${items.length - (MAX_NAMED - 1)} more`] : items;
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** "Claude Opus 4.6 (Frontieriidae)": a taxon with the family it sits in, when that is not itself. */
const place = (t: TaxonSummary) => (t.family ? `${t.name} (${t.family.name})` : t.name);

/** What the computation says of a recorded convergence, without the taxon's name. */
function verdictWords(r: RecordedConvergence): string {
  switch (r.verdict) {
    case 'independent':
      return `agrees: ${r.origin && r.origin.id !== r.taxon.id ? `within the origin in ${r.origin.name}` : 'an origin of its own'}`;
    case 'inherited':
      return `disagrees: it records inheriting the trait${r.from?.length ? ` from ${listOf(r.from.map((f) => f.name))}` : ''}, so it counts as inherited`;
    case 'single-origin':
      return `disagrees: one origin${r.origin ? `, in ${r.origin.name},` : ''} explains every carrier`;
    case 'ambiguous':
      return 'undecided: one origin or several are as short';
  }
}

/** "A and B (disagrees: …) and C (agrees: …)": taxa with the same verdict named together. */
function recordedWords(recorded: RecordedConvergence[]): string {
  const groups = new Map<string, string[]>();
  for (const r of recorded) groups.set(verdictWords(r), [...(groups.get(verdictWords(r)) ?? []), r.taxon.name]);
  return listOf([...groups].map(([words, names]) => `${listOf(names)} (${words})`));
}

export function explain(a: TraitAnalysis): string {
  const words: string[] = [];
  if (a.changes === 0) {
    words.push(a.inheritedBy.length ? `Carried only by heritage (${listOf(a.inheritedBy.map((h) => `${h.heir.name} from ${h.from.name}`))}): no origin on the classification.` : 'No taxon on the classification carries it.');
  } else if (a.convergent) {
    words.push(`Arose at least ${a.origins} times: ${listOf(a.originTaxa.map((t) => `in ${place(t)}`))}.`);
    if (a.singleOrigin) {
      const at = a.singleOrigin.at ? `, in ${a.singleOrigin.at.name},` : '';
      words.push(`One origin${at} would need ${times(a.singleOrigin.losses, 'a loss', 'losses')}: ${a.singleOrigin.losses + 1} changes against ${a.changes}.`);
    }
  } else {
    const lost = a.lossTaxa.length ? `, and was lost ${times(a.lossTaxa.length, 'once', 'times')}: ${listOf(a.lossTaxa.map((t) => `in ${place(t)}`))}` : '';
    words.push(`Arose once, ${listOf(a.originTaxa.map((t) => `in ${place(t)}`))}${lost}.`);
  }
  if (a.maxOrigins > a.origins) {
    words.push(
      `As short a history has ${a.maxOrigins} origins and fewer losses: ${a.ambiguous.length ? `the state of ${listOf(a.ambiguous.map((t) => t.name))} is ambiguous` : 'parsimony cannot tell them apart'}.`,
    );
  }
  if (a.recordedIn.length) words.push(`Recorded as converging in ${recordedWords(a.recordedIn)}.`);
  return words.join(' ');
}
