import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string>>;

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The contract's zod messages, one per form field (the first issue wins), ready to show under the field.
 * Nested paths (a list item, an attribute) are reported on their top-level field.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= sentence(issue.message);
  }
  return out;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
