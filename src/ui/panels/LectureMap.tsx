// The "for lecturers" view (mode=lectures): each lecture topic with a link that opens the preset showing it.
import { lectureMap } from '../../state/lectureMap';
import { goToStep } from '../../state/lessons/navigate';
import { useLab } from '../../state/store';
import '../workbench/workbench.css';

const MAP = lectureMap();

export function LectureMap() {
  const applyPreset = useLab((s) => s.applyPreset);
  return (
    <section className="panel lecture-map" data-panel="lectures" aria-label="Lecture map">
      <h2>
        For lecturers: slide → experiment <span className="caption-note">generated from the presets; docs/LECTURES.md holds the same list</span>
      </h2>
      {MAP.map((lec) => (
        <section key={lec.id} data-lecture={lec.id}>
          <h3>{lec.title}</h3>
          <table>
            <tbody>
              {lec.topics.flatMap((t) =>
                t.links.map((l, i) => (
                  <tr key={`${t.topic}-${l.preset}`}>
                    <th scope="row">{i === 0 ? t.topic : ''}</th>
                    <td>
                      <a
                        href={l.href}
                        data-map-link={l.preset}
                        onClick={(e) => {
                          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                          e.preventDefault();
                          applyPreset(l.preset);
                        }}
                      >
                        {l.label}
                      </a>
                    </td>
                    <td className="caption-note">{[l.mode, ...l.cards].join(' · ')}</td>
                  </tr>
                )).concat(
                  t.lessons.map((l) => (
                    <tr key={`${t.topic}-${l.lesson}-${l.step}`}>
                      <th scope="row" />
                      <td>
                        <a
                          href={l.href}
                          data-map-lesson={`${l.lesson}/${l.step}`}
                          onClick={(e) => {
                            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                            e.preventDefault();
                            goToStep(l.lesson, l.step);
                          }}
                        >
                          {l.label}
                        </a>
                      </td>
                      <td className="caption-note">guided lesson</td>
                    </tr>
                  )),
                ),
              )}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
