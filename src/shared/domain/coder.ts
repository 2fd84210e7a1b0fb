import { z } from 'zod';
import { Stamped } from './ids';

export const CoderName = z.string().trim().min(1, 'say who is working').max(100);

export const Coder = Stamped.extend({ name: CoderName });
export type Coder = z.infer<typeof Coder>;
