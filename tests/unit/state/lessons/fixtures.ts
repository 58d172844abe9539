// Shared constants for the lesson tests, from the modules that own them.
export { LESSON_IDS } from '../../../../src/state/schema';
export { NUM_CLASSES as NUM_CLASSES_FOR_TESTS } from '../../../../src/state/types';
