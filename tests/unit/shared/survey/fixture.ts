// The action plan's numbered areas as the built-in codebook has them, for the pure tests.
import { HANDLINGSPLANEN } from '../../../../shared/codebook/template';
import type { Area } from '../../../../shared/survey/areas';

export const AREAS: Area[] = (HANDLINGSPLANEN[0]?.codes ?? []).map((c) => ({
  number: c.number ?? 0,
  name: c.name,
}));
