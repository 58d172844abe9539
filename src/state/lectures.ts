// The five lectures Layer Lab teaches (texts in the project's shared/lectures folder). Presets name the
// lecture and topic they show, and the lecture map (docs/LECTURES.md and mode=lectures) is generated from
// that, so a new preset appears in the map without anyone editing the map.

export const LECTURES = [
  { id: 'cis522-notes', title: 'CIS 522 (UPenn) lecture 4 notes: activations, losses from maximum likelihood, initialization' },
  { id: 'tbmi26-deep', title: 'TBMI26 (Linköping) lecture 6: deep networks' },
  { id: 'cis522-slides', title: 'CIS 522 lecture 4 slides' },
  { id: 'recap-training', title: 'Lecture 6 recap / lecture 7: training neural networks' },
  { id: 'loss-summary', title: 'Loss function summary: PReLU, Adam and a survey of losses' },
] as const;

export type LectureId = (typeof LECTURES)[number]['id'];

/** One thing a preset demonstrates: which lecture, and the topic as the lecture names it. */
export interface Teaches {
  lecture: LectureId;
  topic: string;
}
