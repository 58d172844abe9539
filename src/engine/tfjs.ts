// The one place that loads tfjs for the engine: the core ops plus their gradients (the core package leaves
// gradients out unless asked, to keep inference-only bundles small). Backends are registered by the caller.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export { tf };
