import Database from 'better-sqlite3';

/**
 * Loads better-sqlite3's native binding once on an in-memory database, so a binding built for the wrong
 * runtime (Electron's ABI differs from Node's) is reported at start with a way out, rather than as an
 * unexpected error on the first lab the user opens. Returns null when it loads, otherwise the loader's message.
 */
export function sqliteBindingProblem(nativeBinding: string | undefined): string | null {
  try {
    new Database(':memory:', nativeBinding ? { nativeBinding } : {}).close();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
