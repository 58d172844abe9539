// The page, laid out the way the data flows (see shared STYLE.md): the run controls and key choices in one
// bar on top; settings on the left; the layers, input to output, in the middle with the diagnoses; the loss
// and accuracy curves on the right; details (cards, runs, predictions) below; the status along the bottom.
// The status bar is outside the scrolling area, so it never covers a panel. In lecturer mode the scrolling
// area becomes one screen's grid (see lecturer/stage.ts) and the settings a drawer.
import { useState } from 'react';
// styles.css first (main.tsx imports it too, after App): the layouts here must come after it to override it.
import './styles.css';
import './layout.css';
import { CatalogCards } from './cards/CatalogCards';
import { EarlyStopBanner } from './cards/EarlyStopBanner';
import { AccuracyChart } from './charts/AccuracyChart';
import { LayerPanel } from './charts/layers/LayerPanel';
import { LossChart } from './charts/LossChart';
import { LrChart } from './charts/LrChart';
import { ComparePanel } from './compare/ComparePanel';
import { FieldControl } from './controls/FieldControl';
import { IconLabel } from './controls/Icon';
import { LecturerBar } from './lecturer/LecturerBar';
import { LecturerMode } from './lecturer/LecturerMode';
import { useStage } from './lecturer/useStage';
import { LessonPanel } from './lessons/LessonPanel';
import { ConfigPanel } from './panels/ConfigPanel';
import { Diagnoses } from './panels/Diagnoses';
import { TrainingView } from './panels/TrainingView';
import { LoadingBar } from './panels/LoadingBar';
import { Notices } from './panels/Notices';
import { PresetPicker, PresetWatch } from './panels/PresetPicker';
import { RunControls } from './panels/RunControls';
import { StatusBar } from './panels/StatusBar';
import { PredictionsPanel } from './predictions/PredictionsPanel';
import { TOP_FIELDS } from './topFields';
import { WeightsPanel } from './weights/WeightsPanel';
import { InspectorPanel } from './inspector/InspectorPanel';
import { NetworkPanel } from './network/NetworkPanel';

export function App() {
  const { present, stage } = useStage();
  const [drawer, setDrawer] = useState(false);
  return (
    <div className="app" data-stage={stage ? 'fit' : 'scroll'}>
      <header className="top-bar">
        <h1>Layer Lab</h1>
        <RunControls />
        <PresetPicker />
        {present ? (
          <button type="button" aria-expanded={drawer} aria-controls="settings" onClick={() => setDrawer(!drawer)} title="Settings" data-action="settings" data-panel="controls">
            <IconLabel icon="settings">Settings</IconLabel>
          </button>
        ) : (
          <div className="top-fields">
            {TOP_FIELDS.map((n) => (
              <FieldControl key={n} name={n} compact />
            ))}
          </div>
        )}
        <LecturerBar />
      </header>
      <PresetWatch />
      <LecturerMode />
      <LoadingBar />
      <Notices />
      <LessonPanel />
      <div
        className="scroller"
        style={stage ? { gridTemplateColumns: stage.columns, gridTemplateRows: stage.rows, gridTemplateAreas: stage.areas } : undefined}
      >
        <main className="workspace">
          <ConfigPanel drawer={present} open={drawer} onClose={() => setDrawer(false)} />
          <TrainingView>
            <div className="center-column">
              <Diagnoses />
              <LayerPanel />
            </div>
            <section className="panel curves" aria-label="Training curves">
              <LossChart />
              <AccuracyChart />
              <LrChart />
              <EarlyStopBanner />
            </section>
          </TrainingView>
        </main>
        <section className="details" aria-label="Details">
          <CatalogCards />
          <ComparePanel />
          <PredictionsPanel />
          <WeightsPanel />
          <NetworkPanel />
          <InspectorPanel />
        </section>
      </div>
      <StatusBar />
    </div>
  );
}
