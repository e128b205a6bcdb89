// Building blocks of the API contract: each method pairs a zod input schema with an output type.
// The output is a phantom (types only): handlers are ours and type-checked, inputs are not.
import type { z } from 'zod';

declare const outputBrand: unique symbol;
export interface Returns<O> {
  readonly [outputBrand]?: O;
}

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  output: Returns<O>;
}

/** Marks the output type of a method: `output: returns<Code[]>()`. */
export function returns<O>(): Returns<O> {
  return {};
}

export type OutputOf<S> = S extends { output: Returns<infer O> } ? O : never;
