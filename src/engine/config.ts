// What the engine needs to know about an experiment. The state layer's Config is a superset of this
// (checked by the type-checker where the bridge converts one to the other).
import type { ActivationId } from '../catalog/activations';
import type { InitializerId } from '../catalog/initializers';
import type { LossId } from '../catalog/losses';
import type { OptimizerId } from '../catalog/optimizers';
import type { ScheduleId } from '../catalog/schedules';

export interface EngineConfig {
  act: ActivationId;
  maxoutK: number;
  layers: number[];
  init: InitializerId;
  initValue: number;
  biasInit: number;
  loss: LossId;
  opt: OptimizerId;
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  eps: number;
  sched: ScheduleId;
  decay: number;
  decayEvery: number;
  lrEnd: number;
  tau: number;
  batch: number;
  epochs: number;
  l2: number;
  l1: number;
  dropout: number;
  bn: boolean;
  earlyStop: number;
  trainSize: number;
  seed: number;
}
