// A lecture topic as zod sees it (the lesson schema validates the topics lessons name).
import { z } from 'zod';
import { LECTURES } from '../lectures';

export const TEACHES_SCHEMA = z.object({
  lecture: z.enum(LECTURES.map((l) => l.id) as [(typeof LECTURES)[number]['id'], ...(typeof LECTURES)[number]['id'][]]),
  topic: z.string().min(3),
});
