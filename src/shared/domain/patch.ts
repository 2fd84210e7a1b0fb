import { z } from 'zod';

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The schema of an edit: every field optional, and no defaults. zod 4 applies a field's default even when
 * the field is optional, so `.partial()` of an input schema would reset every field an edit leaves out.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  ) as { [K in keyof S]: WithoutDefault<S[K]> };
  return z.object(shape).partial();
}
