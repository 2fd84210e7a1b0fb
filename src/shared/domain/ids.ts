import { z } from 'zod';

export const Id = z.uuid({ error: 'must be an id (UUID)' });
export type Id = z.infer<typeof Id>;

/** The id a window gives a long call, to follow its progress events and cancel it (`jobs.cancel`). */
export const JobId = z.string().min(1).max(100);

/** Calendar dates travel as ISO `YYYY-MM-DD`; a lab's timeline has no time of day. */
export const IsoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

/** Every stored entity carries who made it and when. */
export const Stamped = z.object({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: Id.nullable(),
  updatedBy: Id.nullable(),
});
