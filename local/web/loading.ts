// The loading bar shown while the server opens the workbook (building the demo takes a few
// seconds): polls GET /api/status and shows the step and how far along it is.
import { api } from './api';
import { byId } from './dom';

const POLL_MS = 150;

export async function waitUntilReady(): Promise<void> {
  const box = byId('loading');
  const bar = byId('loading-bar');
  const step = byId('loading-step');
  box.hidden = false;
  for (;;) {
    let status;
    try {
      status = await api.status();
    } catch {
      status = { ready: false, step: 'Waiting for the server', fraction: 0 };
    }
    if ('error' in status && status.error) {
      step.textContent = `Could not open the workbook: ${status.error}`;
      box.classList.add('failed');
      throw new Error(status.error);
    }
    const percent = Math.round(status.fraction * 100);
    bar.style.width = `${percent}%`;
    box.setAttribute('aria-valuenow', String(percent));
    step.textContent = status.step;
    if (status.ready) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  box.hidden = true;
}
