// The lecture map: every lecture topic with the preset (and so the mode and catalogue cards) that shows it.
// Generated from the presets' `teaches` data, so it cannot drift from them; docs/LECTURES.md is this text
// (`npm run lectures` rewrites it, and a unit test fails when it is stale). Each topic also links the guided
// lesson steps that teach it (their `teaches` data).
import { LECTURES, type LectureId } from './lectures';
import { lessonHref, LESSONS, type Lesson } from './lessons';
import { PRESETS, type Preset } from './presets';

export interface MapLink {
  preset: string;
  label: string;
  /** The page the link opens on: 'train', 'init-lab', 'workbench', ... */
  mode: string;
  /** Catalogue cards the preset features, as `registry/id`. */
  cards: string[];
  href: string;
}

/** A lesson step that teaches the topic. */
export interface MapLessonLink {
  lesson: string;
  step: number;
  label: string;
  href: string;
}

export interface MapTopic {
  topic: string;
  links: MapLink[];
  lessons: MapLessonLink[];
}

export interface MapLecture {
  id: LectureId;
  title: string;
  topics: MapTopic[];
}

const CARD_FIELDS = [
  ['act', 'activations'],
  ['loss', 'losses'],
  ['init', 'initializers'],
  ['opt', 'optimizers'],
] as const;

function linkOf(p: Preset): MapLink {
  const cards = CARD_FIELDS.flatMap(([field, registry]) => {
    const v = p.config[field];
    return typeof v === 'string' ? [`${registry}/${v}`] : [];
  });
  return { preset: p.id, label: p.label, mode: p.config.mode ?? 'train', cards, href: `?preset=${p.id}` };
}

/** Lectures in their listed order; topics in the order presets first name them. */
export function lectureMap(presets: readonly Preset[] = PRESETS, lessons: readonly Lesson[] = LESSONS): MapLecture[] {
  return LECTURES.map((lec) => {
    const topics: MapTopic[] = [];
    for (const p of presets) {
      for (const t of p.teaches ?? []) {
        if (t.lecture !== lec.id) continue;
        let topic = topics.find((x) => x.topic === t.topic);
        if (!topic) topics.push((topic = { topic: t.topic, links: [], lessons: [] }));
        topic.links.push(linkOf(p));
      }
    }
    // Lessons sit next to the topics the presets name (the lesson unit test checks every topic exists).
    for (const lesson of lessons) {
      lesson.steps.forEach((step, i) => {
        for (const t of step.teaches ?? []) {
          const topic = t.lecture === lec.id ? topics.find((x) => x.topic === t.topic) : undefined;
          topic?.lessons.push({ lesson: lesson.id, step: i + 1, label: `Lesson: ${lesson.title}, step ${i + 1}`, href: lessonHref(lesson, i + 1) });
        }
      });
    }
    return { id: lec.id, title: lec.title, topics };
  }).filter((l) => l.topics.length > 0);
}

/** The text of docs/LECTURES.md. */
export function lectureMapMarkdown(map: readonly MapLecture[] = lectureMap()): string {
  const lines = [
    '# Lecture map',
    '',
    'Each lecture topic and the experiment that shows it. Append the link to the app\'s address',
    '(`http://localhost:5173/?preset=…` under `npm run dev`), or open `?mode=lectures` for this map in the app.',
    '',
    'Generated from the `teaches` field of `src/state/presets.ts` and of the lessons in `src/state/lessons/`',
    'by `npm run lectures`; do not edit by hand. A lesson row opens that step of a guided lesson.',
  ];
  for (const lec of map) {
    lines.push('', `## ${lec.title}`, '', '| topic | open | page | cards |', '|---|---|---|---|');
    for (const t of lec.topics) {
      for (const l of t.links) {
        const cards = l.cards.length ? l.cards.map((c) => `\`${c}\``).join(', ') : '–';
        lines.push(`| ${t.topic} | [${l.label}](${l.href}) \`${l.href}\` | ${l.mode} | ${cards} |`);
      }
      for (const l of t.lessons) lines.push(`| ${t.topic} | [${l.label}](${l.href}) | lesson | – |`);
    }
  }
  return lines.join('\n') + '\n';
}
