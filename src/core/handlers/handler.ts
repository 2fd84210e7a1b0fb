import type { OpName, OpParsedInput, OpResult } from '../../shared/contract';
import type { Workspace } from '../app/workspace';

export type Handler<N extends OpName> = (ws: Workspace, input: OpParsedInput<N>) => OpResult<N> | Promise<OpResult<N>>;

/** A group of handlers for the operations whose names start with one of `P`. */
export type Handlers<P extends string> = { [N in Extract<OpName, `${P}.${string}`>]: Handler<N> };
