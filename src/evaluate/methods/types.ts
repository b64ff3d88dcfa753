import type { Thresholds } from '../thresholds.js';
import type { Status } from '../types.js';

/**
 * What a progress method sees: baseline x0 in t0, latest value x in t, target x* in T,
 * evaluation year Y, and which way is better.
 */
export interface ProgressInput {
  x0: number;
  t0: number;
  x: number;
  t: number;
  target: number;
  T: number;
  Y: number;
  direction: 'higher' | 'lower';
}

/** A method's verdict: its ratio, its own class name and the kepu status it maps to. */
export interface MethodResult {
  ratio: number | null;
  methodClass: string;
  status: Status;
}

export type ProgressMethod = (input: ProgressInput, thresholds: Thresholds) => MethodResult;
