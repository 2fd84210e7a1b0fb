import type { AppEvent } from '../domain/app';
import type { WireResult } from './errors';
import type { OpInput, OpName, OpResult } from './index';

/** What a transport must provide: the one thing preload exposes as `window.workbench`. */
export interface WorkbenchBridge {
  call(name: string, input: unknown): Promise<WireResult<unknown>>;
  /** Returns an unsubscribe function. */
  subscribe(listener: (event: AppEvent) => void): () => void;
}

/** A typed call over any bridge; errors come back as values, never thrown stacks. */
export async function callOp<N extends OpName>(
  bridge: WorkbenchBridge,
  name: N,
  input: OpInput<N>,
): Promise<WireResult<OpResult<N>>> {
  return (await bridge.call(name, input)) as WireResult<OpResult<N>>;
}
