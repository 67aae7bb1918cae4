// Failures in plain words, with a way to try again. The server's own problem detail (RFC 7807) is shown as it is
// when it explains the request; otherwise the message says what happened and what to do.
import { ProblemError } from './api.js';

export function plainMessage(error) {
  if (error instanceof ProblemError) {
    const detail = error.problem?.detail;
    if (error.status >= 400 && error.status < 500 && detail) return detail;
    if (error.status === 503 || error.status === 504) {
      return 'The server took too long to answer. Try again in a moment, or ask for a shorter departure window.';
    }
    if (error.status >= 500) return `The server could not answer (error ${error.status}). Try again; if it keeps failing, the server log says why.`;
    return detail || `The server refused the request (error ${error.status}).`;
  }
  if (error instanceof TypeError) return 'The map could not reach the server. Check that it is running and the connection works, then try again.';
  return `Something went wrong in the page: ${error.message}`;
}

/** Shows one failure at a time with Try again (when the action can be repeated) and Dismiss. */
export function createErrorBox(box, text, retryButton, dismissButton) {
  let retry = null;
  retryButton.addEventListener('click', () => {
    const action = retry;
    box.hidden = true;
    action?.();
  });
  dismissButton.addEventListener('click', () => { box.hidden = true; });
  return {
    show(error, retryAction = null) {
      console.warn(error);
      text.textContent = plainMessage(error);
      retry = retryAction;
      retryButton.hidden = !retryAction;
      box.hidden = false;
    },
    hide() { box.hidden = true; },
  };
}
