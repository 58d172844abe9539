import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectEngine } from './state/engineBridge';
import { initialState, useLab } from './state/store';
import { startUrlSync } from './state/urlSync';
import { decodeQuery } from './state/urlCodec';
import { App } from './ui/App';
import './ui/styles.css';

const decoded = decodeQuery(location.search);
useLab.setState(initialState(decoded.config, decoded.preset, decoded.rejected));
startUrlSync();
connectEngine();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
