// Checks each record against the data model's schemas (model.ts): known kind or type, required
// fields, closed sets, dates, ids, no unknown field. Every problem is kept, with its field.
import type { z } from 'zod';
import { EDGE_TYPES, EdgeSchema, edgeId, LabSchema, NODE_KINDS, PaperSchema, TaxonSchema, TraitSchema, type Edge, type EdgeType, type NodeKind } from '../model.ts';
import type { EdgeRecord, NodeRecord, Origin, Problems } from './records.ts';

export type AnyNode = { id: string; name: string; rank?: string } & Record<string, unknown>;

export interface FileNode {
  kind: NodeKind;
  node: AnyNode;
  origin: Origin;
  /** For a partial record, the fields it states: only those change on an existing node. */
  stated?: Set<string>;
}

export interface FileEdge {
  type: EdgeType;
  id: string;
  edge: Edge;
  origin: Origin;
  stated?: Set<string>;
}

const statedFields = (record: { raw: unknown; partial?: boolean }) => (record.partial ? new Set(Object.keys(record.raw as object)) : undefined);

const NODE_SCHEMAS: Record<NodeKind, z.ZodType> = { taxon: TaxonSchema, trait: TraitSchema, paper: PaperSchema, lab: LabSchema };

function report(problems: Problems, origin: Origin, error: z.ZodError, what: string): void {
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.at(origin, field ? `${field}.${key}` : key, `unknown field for ${what}`);
    } else {
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      problems.at(origin, field, missing ? `required for ${what}` : issue.message);
    }
  }
}

export function validateNode(record: NodeRecord, problems: Problems): FileNode | undefined {
  if (!(NODE_KINDS as readonly string[]).includes(record.kind)) {
    problems.at(record.origin, 'kind', record.kind ? `unknown node kind ${record.kind}: expected one of ${NODE_KINDS.join(', ')}` : `required: one of ${NODE_KINDS.join(', ')}`);
    return undefined;
  }
  const kind = record.kind as NodeKind;
  const parsed = NODE_SCHEMAS[kind].safeParse(record.raw);
  if (!parsed.success) {
    report(problems, record.origin, parsed.error, `a ${kind}`);
    return undefined;
  }
  return { kind, node: parsed.data as AnyNode, origin: record.origin, stated: statedFields(record) };
}

export function validateEdge(record: EdgeRecord, problems: Problems): FileEdge | undefined {
  if (!(EDGE_TYPES as readonly string[]).includes(record.type)) {
    problems.at(record.origin, 'type', record.type ? `unknown edge type ${record.type}: expected one of ${EDGE_TYPES.join(', ')}` : `required: one of ${EDGE_TYPES.join(', ')}`);
    return undefined;
  }
  const type = record.type as EdgeType;
  const parsed = EdgeSchema.safeParse(record.raw);
  if (!parsed.success) {
    report(problems, record.origin, parsed.error, `a ${type} edge`);
    return undefined;
  }
  return { type, id: edgeId(type, parsed.data), edge: parsed.data, origin: record.origin, stated: statedFields(record) };
}
