// The experiment schema as the page sees it. It is declared once, in experiment/ (where the engine can read
// its types too); ui/ reaches it through state/, the only layer it may import besides catalog/.
export * from '../experiment/schema';
export { formatNumber, parseDecimal, type Field, type FieldGroup } from '../experiment/fields';
