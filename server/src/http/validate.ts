// Request validation shared by the routes: a zod schema over one part of the request, and a
// 400 problem whose errors name the part and the field.
import type { z } from 'zod';
import { invalidInput } from '../errors.ts';

/** Parses a request part with a zod schema; problems name the part and the field. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidInput(
    `Invalid ${where}: ${result.error.issues.map((i) => `${[where, ...i.path].join('.')} ${i.message}`).join('; ')}`,
    result.error.issues.map((i) => ({ path: [where, ...i.path].join('.'), message: i.message })),
  );
}
