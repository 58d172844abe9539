import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectEngine } from './state/engineBridge';
import { initialState, useLab } from './state/store';
import { guardResources } from './state/resourceGuard';
import { trackRuns } from './state/runsStore';
import { useStats } from './state/statsStore';
import { startUrlSync } from './state/urlSync';
import { decodeQuery } from './state/urlCodec';
import { App } from './ui/App';
import './ui/styles.css';

const decoded = decodeQuery(location.search);
const guarded = guardResources(decoded.config);
useLab.setState(initialState(guarded.config, decoded.preset, decoded.rejected));
if (guarded.notice) useLab.setState((s) => ({ notices: [...s.notices, guarded.notice!] }));
startUrlSync();
trackRuns(useLab, useStats);
connectEngine();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
