// Which pages train the MNIST net: the training charts, and the loss landscape (which looks at that run).
import type { Config } from './schema';

const TRAINING_MODES: readonly Config['mode'][] = ['train', 'landscape'];

export const modeTrains = (mode: Config['mode']) => TRAINING_MODES.includes(mode);
